//! What one paragraph says of organisations: the forces it names and the one it opens with,
//! and the organisation it reports as speaking. Each is read once, when first asked.

use super::chars::{char_at, CharCounter};
use super::WhoMemo;
use crate::extract::places::{self, Mention, Scope};
use crate::extract::quotes::speaker::{OrgRef, Who};
use crate::extract::quotes::{attribution, mentions};

/// Where the forces a paragraph names stand, and the one it opens with as its subject.
#[derive(Debug, Default)]
pub(super) struct Forces {
    /// Forces named, by char offset.
    pub(super) named: Vec<(usize, &'static str)>,
    /// The force the paragraph opens with, as its subject ("Durham Constabulary recorded ...").
    pub(super) subject: Option<&'static str>,
}

impl Forces {
    /// The forces of `norm`, from its gazetteer `mentions` ([`places::mentions`] of it).
    pub(super) fn read(norm: &str, mentions: &[Mention]) -> Self {
        let mut chars = CharCounter::new(norm);
        let named: Vec<(usize, &'static str)> = mentions
            .iter()
            .filter(|m| m.place.scope == Scope::Force)
            .map(|m| (chars.at(m.range.start), m.place.name))
            .collect();
        let lead = norm.trim_start();
        let lead_skip = norm.len() - lead.len();
        let opener =
            ["The ", "In ", "the "].iter().find_map(|w| lead.strip_prefix(w)).map_or(0, |rest| lead.len() - rest.len());
        let subject = named.first().filter(|(pos, _)| *pos <= char_at(norm, lead_skip + opener)).map(|&(_, name)| name);
        Forces { named, subject }
    }
}

/// The organisation a paragraph reports as speaking.
#[derive(Debug, Default)]
pub(super) struct Speaking {
    /// An organisation other than a force that the paragraph opens with as speaker
    /// ("Meta said it ...", "The Home Office said ...").
    pub(super) org: Option<String>,
    /// The organisation of a spokesperson the paragraph reports ("A spokesperson for North
    /// Yorkshire Police said the force had ..."), whom a later "the spokesperson said" means.
    pub(super) spokes_for: Option<String>,
    /// Char offset where the sentence of that report ends.
    pub(super) report_end: usize,
}

impl Speaking {
    pub(super) fn read(norm: &str, memo: &mut WhoMemo) -> Self {
        let reported = mentions::reported_speaker(norm).and_then(|who| memo.read(&who));
        let org = reported.clone().and_then(|who| match who {
            Who::Organisation(OrgRef::Named(name)) | Who::Bare(name) if places::by_name(&name).is_none() => Some(name),
            _ => None,
        });
        let spokes_for = reported.and_then(|who| match who {
            Who::Spokes { org: OrgRef::Named(name), .. } => Some(name),
            _ => None,
        });
        let report_end = match spokes_for {
            Some(_) => attribution::first_sentence_end(&norm.chars().collect::<Vec<char>>()),
            None => 0,
        };
        Speaking { org, spokes_for, report_end }
    }
}
