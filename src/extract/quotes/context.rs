//! What the article has said so far, used to resolve "he", "Sgt Haldane", "the charity",
//! "the force" and a bare "A spokesperson" to a speaker.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::names::{is_org_word, Gender};
use super::speaker::{OrgRef, Who};
use crate::extract::places::{self, Scope};

/// A speaker as printed in a [`crate::model::Quote`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub speaker: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
}

/// A position in the article: text paragraph number and char offset within it.
pub type At = (usize, usize);

/// Someone who has spoken or been named as speaking.
#[derive(Debug, Clone)]
struct Known {
    at: At,
    resolved: Resolved,
    surname: Option<String>,
    gender: Option<Gender>,
}

/// How many paragraphs back "he" or "she" may reach for the person meant.
const PRONOUN_REACH: usize = 3;

/// Charities reporters name; "the charity" means the one named last.
static CHARITY: LazyLock<Regex> = LazyLock::new(|| {
    let known = [
        "NSPCC",
        "Barnardo's",
        "Barnardo’s",
        "Childline",
        "ChildLine",
        "Internet Watch Foundation",
        "IWF",
        "Action for Children",
        "The Children's Society",
        "Save the Children",
        "Women's Aid",
        "Refuge",
        "Victim Support",
        "Samaritans",
        "Marie Collins Foundation",
        "Lucy Faithfull Foundation",
        "Stop It Now",
        "Catch22",
        "Rape Crisis",
        "Childnet",
        "Internet Matters",
        "5Rights",
        "Molly Rose Foundation",
        "Parent Zone",
        "Kidscape",
        "YoungMinds",
        "Young Minds",
        "Crimestoppers",
        "Missing People",
        "The Survivors Trust",
        "NAPAC",
        "SafeLives",
        "Brook",
        "Mind",
        "Shelter",
        "Action Fraud",
    ];
    let names: Vec<String> = known.iter().map(|k| regex::escape(k)).collect();
    let source = format!(
        r"\b(?P<known>{})\b|(?:charity|charities)\s+(?P<after>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,3}})|(?P<before>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,3}}),\s+(?:a|the)\s+(?:[\w'’-]+\s+){{0,3}}charity",
        names.join("|")
    );
    Regex::new(&source).unwrap_or_else(|e| panic!("charity pattern: {e}"))
});

/// Words before a charity's name that make it the one someone turned to, not one that
/// speaks: "a girl who contacted Childline", "told Childline".
static CONTACTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)\b(?:told|contacted|contacting|called|calling|rang|ringing|phoned|texted|emailed|approached|wrote\s+to)\s+(?:the\s+)?$",
    )
});

/// Whether a role is one that heads or runs part of an organisation ("CEO", "chief
/// executive", "its director of policy", "head of child safety"): its holder speaks for it.
fn leads_an_organisation(role: &str) -> bool {
    const LEADS: &[&str] = &[
        "ceo",
        "chief executive",
        "director",
        "head",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "founder",
        "co-founder",
        "president",
        "manager",
    ];
    let words: Vec<String> = role.split_whitespace().map(|w| w.trim_matches(',').to_lowercase()).collect();
    LEADS.iter().any(|lead| {
        let lead: Vec<&str> = lead.split(' ').collect();
        words.windows(lead.len()).any(|w| w.iter().zip(&lead).all(|(a, b)| a == b))
    })
}

/// One text paragraph as the context sees it.
#[derive(Debug, Default)]
struct ParaFacts {
    /// Forces named, by char offset.
    forces: Vec<(usize, &'static str)>,
    /// The force the paragraph opens with, as its subject ("Durham Constabulary recorded ...").
    subject: Option<&'static str>,
    /// Charities named, by char offset.
    charities: Vec<(usize, String)>,
    /// An organisation other than a force that the paragraph opens with as speaker
    /// ("Meta said it ...", "The Home Office said ...").
    speaking_org: Option<String>,
    /// The organisation of a spokesperson the paragraph reports ("A spokesperson for North
    /// Yorkshire Police said the force had ..."), whom a later "the spokesperson said" means.
    spokes_for: Option<String>,
}

/// Char offset of a byte offset.
fn char_at(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}

impl ParaFacts {
    fn read(norm: &str, memo: &mut WhoMemo) -> Self {
        let forces: Vec<(usize, &'static str)> = places::mentions(norm)
            .into_iter()
            .filter(|m| m.place.scope == Scope::Force)
            .map(|m| (char_at(norm, m.range.start), m.place.name))
            .collect();
        let lead = norm.trim_start();
        let lead_skip = norm.len() - lead.len();
        let opener =
            ["The ", "In ", "the "].iter().find_map(|w| lead.strip_prefix(w)).map_or(0, |rest| lead.len() - rest.len());
        let subject =
            forces.first().filter(|(pos, _)| *pos <= char_at(norm, lead_skip + opener)).map(|&(_, name)| name);
        let charities = CHARITY
            .captures_iter(norm)
            .filter(|c| c.get(0).is_none_or(|m| !CONTACTED.is_match(norm.get(..m.start()).unwrap_or(""))))
            .filter_map(|c| {
                let m = c.name("known").or_else(|| c.name("after")).or_else(|| c.name("before"))?;
                let name = m.as_str().replace('’', "'");
                let name = if name.eq_ignore_ascii_case("childline") { "Childline".to_string() } else { name };
                Some((char_at(norm, m.start()), name))
            })
            .collect();
        let reported = super::attribution::reported_speaker(norm).and_then(|who| memo.read(&who));
        let speaking_org = reported.clone().and_then(|who| match who {
            Who::Organisation(OrgRef::Named(name)) | Who::Bare(name) if places::by_name(&name).is_none() => Some(name),
            _ => None,
        });
        let spokes_for = reported.and_then(|who| match who {
            Who::Spokes { org: OrgRef::Named(name), .. } => Some(name),
            _ => None,
        });
        ParaFacts { forces, subject, charities, speaking_org, spokes_for }
    }
}

/// The article so far.
#[derive(Debug, Default)]
pub struct Context {
    paras: Vec<ParaFacts>,
    dominant: Option<&'static str>,
    known: Vec<Known>,
    memo: WhoMemo,
}

/// Speaker phrases already read in this article, with what they said: one phrase is often
/// read several times (as a titled name, in reported speech, as a quote's speaker).
#[derive(Debug, Default)]
struct WhoMemo(HashMap<String, Option<Who>>);

impl WhoMemo {
    fn read(&mut self, phrase: &str) -> Option<Who> {
        if let Some(known) = self.0.get(phrase) {
            return known.clone();
        }
        let who = super::speaker::parse_who(phrase);
        self.0.insert(phrase.to_string(), who.clone());
        who
    }
}

impl Context {
    /// Reads forces and charities from the title and the text paragraphs (normalised).
    pub fn new(title: Option<&str>, paragraphs: &[&str]) -> Self {
        let mut memo = WhoMemo::default();
        let paras: Vec<ParaFacts> = paragraphs.iter().map(|p| ParaFacts::read(p, &mut memo)).collect();
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        let title_forces = title.map(|t| ParaFacts::read(t, &mut memo)).map(|f| f.forces).unwrap_or_default();
        for (_, name) in paras.iter().flat_map(|p| p.forces.iter()).chain(title_forces.iter()) {
            match counts.iter_mut().find(|(n, _)| n == name) {
                Some(entry) => entry.1 += 1,
                None => counts.push((name, 1)),
            }
        }
        counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        let dominant = match counts.as_slice() {
            [(name, _)] => Some(*name),
            [(name, a), (_, b), ..] if a > b => Some(*name),
            _ => None,
        };
        Context { paras, dominant, known: Vec::new(), memo }
    }

    /// What a speaker phrase says ([`super::speaker::parse_who`]), read once per article.
    pub fn read_who(&mut self, phrase: &str) -> Option<Who> {
        self.memo.read(phrase)
    }

    /// The force an unnamed police speaker at `at` belongs to: one named earlier in the same
    /// paragraph, else the subject of one of the two paragraphs before, else the force the
    /// article is mostly about.
    fn force_at(&self, at: At) -> Option<&'static str> {
        let (k, pos) = at;
        let here = self.paras.get(k).and_then(|p| p.forces.iter().rev().find(|(p, _)| *p < pos)).map(|&(_, n)| n);
        here.or_else(|| (k.saturating_sub(2)..k).rev().find_map(|j| self.paras.get(j).and_then(|p| p.subject)))
            .or(self.dominant)
    }

    /// Whom a bare "A spokesperson" speaks for: a force named earlier in the paragraph, else
    /// the force or organisation one of the two paragraphs before opens with, else the
    /// force the article is mostly about.
    fn spokes_org_at(&self, at: At) -> Option<String> {
        let (k, pos) = at;
        let here = self.paras.get(k).and_then(|p| p.forces.iter().rev().find(|(p, _)| *p < pos)).map(|&(_, n)| n);
        if let Some(force) = here {
            return Some(force.to_string());
        }
        for j in (k.saturating_sub(2)..k).rev() {
            let Some(p) = self.paras.get(j) else { continue };
            if let Some(force) = p.subject {
                return Some(force.to_string());
            }
            if let Some(org) = p.speaking_org.as_ref().or(p.spokes_for.as_ref()) {
                return Some(org.clone());
            }
        }
        self.dominant.map(str::to_string)
    }

    /// What "it" speaking means: the organisation this paragraph, or else the one before,
    /// opens with ("The NSPCC is urging ... In a statement, it said:").
    fn it_at(&self, at: At) -> Option<String> {
        let (k, pos) = at;
        for j in (k.saturating_sub(1)..=k).rev() {
            let Some(p) = self.paras.get(j) else { continue };
            let opening = p.charities.first().filter(|(c, _)| *c <= 4 && (j < k || *c < pos)).map(|(_, n)| n.clone());
            let found = p.subject.map(str::to_string).or(opening).or_else(|| p.speaking_org.clone());
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The force of a named officer: one named in the same or the previous paragraph.
    fn officer_force_at(&self, at: At) -> Option<&'static str> {
        let (k, pos) = at;
        let here = self.paras.get(k).and_then(|p| p.forces.iter().rev().find(|(p, _)| *p < pos));
        let before = k.checked_sub(1).and_then(|j| self.paras.get(j)).and_then(|p| p.forces.last());
        here.or(before).map(|&(_, n)| n)
    }

    /// A police officer belongs to a force: when the phrase names only a unit ("OCET
    /// Sergeant"), the unit joins the role and the force comes from the context.
    fn officer_unit(
        &self,
        role: Option<String>,
        organisation: Option<String>,
        police: bool,
        at: At,
    ) -> (Option<String>, Option<String>) {
        let is_force = |o: &str| places::by_name(o).is_some_and(|p| p.scope == Scope::Force);
        if !police || organisation.as_deref().is_some_and(is_force) {
            return (role, organisation);
        }
        let Some(force) = self.officer_force_at(at) else { return (role, organisation) };
        let role = match (role, organisation) {
            (Some(r), Some(unit)) => Some(format!("{r}, {unit}")),
            (r, unit) => r.or(unit),
        };
        (role, Some(force.to_string()))
    }

    /// The organisation a titled person with no organisation of their own ("Chief executive
    /// Jane Doe said:") speaks for: a charity named earlier in the paragraph, else the last
    /// charity or speaking organisation of the two paragraphs before.
    fn organisation_near(&self, at: At) -> Option<String> {
        let (k, pos) = at;
        let here = self.paras.get(k).and_then(|p| p.charities.iter().rev().find(|(p, _)| *p < pos));
        if let Some((_, name)) = here {
            return Some(name.clone());
        }
        (k.saturating_sub(2)..k).rev().find_map(|j| {
            let p = self.paras.get(j)?;
            p.charities.last().map(|(_, n)| n.clone()).or_else(|| p.speaking_org.clone())
        })
    }

    /// The charity last named before `at`.
    fn charity_at(&self, at: At) -> Option<String> {
        let (k, pos) = at;
        let here = self.paras.get(k).and_then(|p| p.charities.iter().rev().find(|(p, _)| *p < pos));
        here.or_else(|| self.paras[..k.min(self.paras.len())].iter().rev().find_map(|p| p.charities.last()))
            .map(|(_, n)| n.clone())
    }

    fn org(&self, org: &OrgRef, at: At) -> Option<String> {
        match org {
            OrgRef::Named(name) => Some(name.clone()),
            OrgRef::Force => self.force_at(at).map(str::to_string),
            OrgRef::Charity => self.charity_at(at),
            OrgRef::Unsaid => None,
        }
    }

    fn remember(&mut self, at: At, resolved: &Resolved, surname: Option<String>, gender: Option<Gender>) {
        self.known.push(Known { at, resolved: resolved.clone(), surname, gender });
    }

    /// Notes a person named as speaking in reported speech, or named with a title, so "He said:" can find them.
    pub fn note_reported(&mut self, who: Who, at: At) {
        if let Who::Person(_) | Who::Surname { .. } = who {
            let _ = self.resolve(who, at);
        }
    }

    /// The speaker the words mean at this point of the article, remembered for later
    /// references; `None` when the article does not say who it is.
    pub fn resolve(&mut self, who: Who, at: At) -> Option<Resolved> {
        match who {
            Who::Person(p) => {
                let (role, organisation) = self.officer_unit(p.role, p.organisation, p.police, at);
                let leads = !p.police && role.as_deref().is_some_and(leads_an_organisation);
                let organisation = organisation.or_else(|| leads.then(|| self.organisation_near(at)).flatten());
                let surname = p.name.split_whitespace().last().map(str::to_string);
                let resolved = Resolved { speaker: p.name, role, organisation };
                self.remember(at, &resolved, surname, p.gender);
                Some(resolved)
            }
            Who::Surname { surname, role, gender } => {
                let found = self.by_surname(&surname, at);
                let resolved = found.unwrap_or(Resolved { speaker: surname.clone(), role, organisation: None });
                self.remember(at, &resolved, Some(surname), gender);
                Some(resolved)
            }
            Who::Bare(word) => {
                if let Some(found) = self.by_surname(&word, at) {
                    self.remember(at, &found, Some(word), None);
                    return Some(found);
                }
                let org_like =
                    is_org_word(&word) || self.paras.iter().any(|p| p.charities.iter().any(|(_, n)| *n == word));
                org_like.then(|| Resolved { speaker: word.clone(), role: None, organisation: Some(word) })
            }
            Who::Pronoun(gender) => {
                let found = self
                    .known
                    .iter()
                    .rev()
                    .filter(|k| k.at < at && k.at.0 + PRONOUN_REACH >= at.0)
                    .find(|k| k.gender.is_none_or(|g| g == gender))?
                    .clone();
                self.remember(at, &found.resolved, found.surname, Some(gender));
                Some(found.resolved)
            }
            Who::Spokes { word, org } => {
                let organisation = if org == OrgRef::Unsaid { self.spokes_org_at(at) } else { self.org(&org, at) };
                let speaker = match &organisation {
                    Some(o) => format!("{o} spokesperson"),
                    None => "spokesperson".to_string(),
                };
                let resolved = Resolved { speaker, role: Some(word.clone()), organisation };
                self.remember(at, &resolved, None, super::names::gender_of_word(&word));
                Some(resolved)
            }
            Who::It => {
                let name = self.it_at(at)?;
                Some(Resolved { speaker: name.clone(), role: None, organisation: Some(name) })
            }
            Who::Organisation(org) => {
                let name = self.org(&org, at)?;
                Some(Resolved { speaker: name.clone(), role: None, organisation: Some(name) })
            }
            Who::Description { words, gender } => {
                let resolved = Resolved { speaker: words, role: None, organisation: None };
                self.remember(at, &resolved, None, gender);
                Some(resolved)
            }
        }
    }

    /// The person last named with this surname before `at`.
    fn by_surname(&self, surname: &str, at: At) -> Option<Resolved> {
        self.known
            .iter()
            .rev()
            .filter(|k| k.at <= at)
            .find(|k| {
                k.surname.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(surname))
                    && k.resolved.speaker.contains(' ')
            })
            .map(|k| k.resolved.clone())
    }
}
