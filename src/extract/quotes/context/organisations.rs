//! Which organisation a speaker at a point of the article speaks for: "the force", "the
//! charity", "it", "a spokesperson for the trust", an officer's force, a chief executive's
//! charity, read from what the paragraphs before name.

use rustc_hash::FxHashSet as HashSet;

use super::bodies::{answering_bodies, bodies_named, is_body, is_local_council, last_body_named, UNIONS_OF_STATES};
use super::charities::read_charities;
use super::chars::char_at;
use super::known_orgs::is_known_org;
use super::paragraph::{Forces, Speaking};
use super::{At, Context};
use crate::extract::places::{self, Scope};
use crate::extract::quotes::speaker::{is_charity_branch, OrgRef};
use crate::extract::sentences;

/// How many paragraphs before a spokesperson "for the trust" are read for the trust named.
const BODY_REACH: usize = 5;

impl<'a> Context<'a> {
    /// The forces paragraph `k` names.
    fn forces(&self, k: usize) -> Option<&Forces> {
        let p = self.paras.get(k)?;
        Some(p.forces.get_or_init(|| Forces::read(p.norm, &self.places.in_text(p.index, p.norm))))
    }

    /// The charities paragraph `k` names.
    fn charities(&self, k: usize) -> Option<&[(usize, String)]> {
        let p = self.paras.get(k)?;
        Some(p.charities.get_or_init(|| read_charities(p.norm)))
    }

    /// Every charity any paragraph names.
    pub(super) fn charity_names(&self) -> &HashSet<String> {
        self.charity_names.get_or_init(|| {
            (0..self.paras.len()).filter_map(|j| self.charities(j)).flatten().map(|(_, n)| n.clone()).collect()
        })
    }

    /// The organisation paragraph `k` reports as speaking.
    fn speaking(&self, k: usize) -> Option<&Speaking> {
        let p = self.paras.get(k)?;
        Some(p.speaking.get_or_init(|| Speaking::read(p.norm, &mut self.memo.borrow_mut())))
    }

    /// The force the article is mostly about: named more often than any other, in the text
    /// and the title.
    fn dominant(&self) -> Option<&'static str> {
        *self.dominant.get_or_init(|| {
            let mut counts: Vec<(&'static str, usize)> = Vec::new();
            let title_forces = self.title.map(|t| Forces::read(t, &places::mentions(t)).named).unwrap_or_default();
            let text_forces = (0..self.paras.len()).filter_map(|k| self.forces(k)).flat_map(|f| f.named.iter());
            for (_, name) in text_forces.chain(title_forces.iter()) {
                match counts.iter_mut().find(|(n, _)| n == name) {
                    Some(entry) => entry.1 += 1,
                    None => counts.push((name, 1)),
                }
            }
            counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
            match counts.as_slice() {
                [(name, _)] => Some(*name),
                [(name, a), (_, b), ..] if a > b => Some(*name),
                _ => None,
            }
        })
    }

    /// The last force paragraph `k` names before char `pos`.
    fn force_before(&self, (k, pos): At) -> Option<&'static str> {
        self.forces(k)?.named.iter().rev().find(|(p, _)| *p < pos).map(|&(_, n)| n)
    }

    /// The organisation paragraph `j` reports as speaking, unless the one word naming it is
    /// the surname of a person named before: "Bloggs said officers were ..." after "Detective
    /// Inspector Jo Bloggs" is her speaking, and no spokesperson speaks for "Bloggs".
    fn org_speaking(&self, j: usize) -> Option<String> {
        let org = self.speaking(j)?.org.as_ref()?;
        let surname = self.by_surname.contains_key(&org.to_ascii_lowercase());
        (!surname).then(|| org.clone())
    }

    /// The force paragraph `j` opens with.
    fn subject(&self, j: usize) -> Option<&'static str> {
        self.forces(j)?.subject
    }

    /// The force an unnamed police speaker at `at` belongs to: one named earlier in the same
    /// paragraph, else the subject of one of the two paragraphs before, else the force the
    /// article is mostly about.
    fn force_at(&self, at: At) -> Option<&'static str> {
        let k = at.0;
        self.force_before(at)
            .or_else(|| (k.saturating_sub(2)..k).rev().find_map(|j| self.subject(j)))
            .or_else(|| self.dominant())
    }

    /// Whom "the spokesperson" later in a paragraph speaks for: the one the paragraph opened
    /// by reporting ("A spokesperson for Mr Bloggs said he had misspoken. “He meant …,” the
    /// spokesperson said."). A force named after that report's sentence, or another
    /// spokesperson quoted since, is nearer, and leaves it to [`Self::spokes_org_at`].
    pub(super) fn reported_spokes_at(&self, (k, pos): At) -> Option<String> {
        let speaking = self.speaking(k).filter(|_| pos > 0)?;
        let org = speaking.spokes_for.as_deref()?;
        let since = speaking.report_end..pos;
        let force_since = self.forces(k)?.named.iter().any(|&(p, force)| since.contains(&p) && force != org);
        let spokes_since = self.back_to_paragraph(k).any(|known| {
            known.at.0 == k
                && since.contains(&known.at.1)
                && known.resolved.role.as_deref().is_some_and(|r| r.starts_with("spokes"))
                && known.resolved.organisation.as_deref() != Some(org)
        });
        (!force_since && !spokes_since).then(|| org.to_string())
    }

    /// A force named earlier in the paragraph of `at`.
    pub(super) fn force_named_before(&self, at: At) -> Option<String> {
        self.force_before(at).map(str::to_string)
    }

    /// Whom a spokesperson reported as speaking in one of the two paragraphs before `at`
    /// speaks for ("A Kent Police spokesperson said the rise … ", then "“…,” the
    /// spokesperson said.").
    pub(super) fn spokes_reported_just_before(&self, (k, _): At) -> Option<String> {
        (k.saturating_sub(2)..k).rev().find_map(|j| self.speaking(j).and_then(|s| s.spokes_for.clone()))
    }

    /// Whom "the spokeswoman" speaks for when a spokesperson of the same word was named
    /// before in the article ("A spokeswoman for Safe Haven said: … Chief Inspector Jo
    /// Bloggs disagreed. … “Then why …?” the spokeswoman said."): the same one, not the
    /// force of whoever spoke between. A "spokesperson" may be either.
    pub(super) fn spokes_quoted_before(&self, word: &str, (k, pos): At) -> Option<String> {
        let same_word = |role: &str| role == word || role == "spokesperson" || word == "spokesperson";
        self.known
            .iter()
            .rev()
            .filter(|known| known.at.0 < k || (known.at.0 == k && known.at.1 < pos))
            .find(|known| known.resolved.role.as_deref().is_some_and(|r| r.starts_with("spokes") && same_word(r)))
            .and_then(|known| known.resolved.organisation.clone())
    }

    /// Whom a bare "A spokesperson" speaks for: a force named earlier in the paragraph, else
    /// the force or organisation one of the two paragraphs before opens with, else the
    /// force the article is mostly about.
    ///
    /// A body the writer's own clause names before it ("We wrote to Kent County Council, and
    /// a spokesperson replied:", "The Surrey Youth Trust was asked why. A spokeswoman said:")
    /// comes first: it is whom the spokesperson answers for, not the force whose area opens
    /// its name. So does one the paragraph before ends by naming, when the spokesperson opens
    /// this one.
    pub(super) fn spokes_org_at(&self, at: At) -> Option<String> {
        let k = at.0;
        if let Some(body) = self.body_in_writers_clause(at) {
            return Some(body);
        }
        if let Some(force) = self.force_before(at) {
            return Some(force.to_string());
        }
        let opens = self.text_before(k, at).is_some_and(|t| sentence_starts(t).is_empty());
        let end_before = k.checked_sub(1).and_then(|j| Some((j, self.paras.get(j)?.norm.chars().count())));
        if let Some(body) = end_before.filter(|_| opens).and_then(|end| self.body_in_writers_clause(end)) {
            return Some(body);
        }
        for j in (k.saturating_sub(2)..k).rev() {
            if let Some(force) = self.subject(j) {
                return Some(force.to_string());
            }
            if let Some(org) = self.org_speaking(j).or_else(|| self.speaking(j).and_then(|s| s.spokes_for.clone())) {
                return Some(org);
            }
        }
        self.dominant().map(str::to_string)
    }

    /// The body the writer's clause around a spokesperson at `at` names ([`answering_bodies`],
    /// or a charity): the sentence before theirs and theirs up to its colon or quote mark, the
    /// last one named, when they name no force outside a body's name. "Essex Police shared
    /// the figures with Essex County Council" does not say which of the two answers, and a
    /// body named inside a quote is the speaker's, not the writer's.
    fn body_in_writers_clause(&self, at: At) -> Option<String> {
        let k = at.0;
        let norm = self.paras.get(k)?.norm;
        let back = self.text_before(k, at)?;
        let starts = sentence_starts(back);
        let at_a_start = back.trim_end().ends_with(['.', '?', '!', '”', '"']) || back.trim().is_empty();
        let keep = if at_a_start { 1 } else { 2 };
        let from = starts.len().checked_sub(keep).and_then(|i| starts.get(i)).copied().unwrap_or(0);
        let from = back.get(from..)?.rfind(['“', '”', '"']).map_or(from, |q| from + q + 1);
        let forward = norm.get(back.len()..)?;
        let end = back.len() + forward.find([':', '“', '”', '"', '.', '?', '!']).unwrap_or(forward.len());
        let clause = norm.get(from..end)?;
        let (from_char, end_char) = (char_at(norm, from), char_at(norm, end));
        let mut bodies: Vec<(usize, usize, String)> = answering_bodies(clause)
            .into_iter()
            .map(|(range, name)| {
                (from_char + char_at(clause, range.start), from_char + char_at(clause, range.end), name)
            })
            .collect();
        let charities = self.charities(k)?.iter().filter(|(c, _)| (from_char..end_char).contains(c));
        bodies.extend(charities.map(|(c, name)| (*c, c + name.chars().count(), name.clone())));
        let inside = |p: usize| bodies.iter().any(|&(s, e, _)| s <= p && p < e);
        let forces = &self.forces(k)?.named;
        if forces.iter().any(|&(p, _)| (from_char..end_char).contains(&p) && !inside(p)) {
            return None;
        }
        bodies.into_iter().max_by_key(|&(s, _, _)| s).map(|(_, _, name)| name)
    }

    /// What "it" speaking means: the organisation this paragraph, or else the one before,
    /// opens with ("The NSPCC is urging ... In a statement, it said:").
    pub(super) fn it_at(&self, at: At) -> Option<String> {
        let (k, pos) = at;
        for j in (k.saturating_sub(1)..=k).rev() {
            let Some(charities) = self.charities(j) else { continue };
            let opening = charities.first().filter(|(c, _)| *c <= 4 && (j < k || *c < pos)).map(|(_, n)| n.clone());
            let found = self.subject(j).map(str::to_string).or(opening).or_else(|| self.org_speaking(j));
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The force of a named officer: one named earlier in the same paragraph, else the one
    /// the previous paragraph names, else the force the article is mostly about (also when
    /// the previous paragraph names several: "Staffordshire recorded 540, while West Mercia
    /// …" says nothing of whose officer speaks next).
    fn officer_force_at(&self, at: At) -> Option<&'static str> {
        let before = || {
            let named = &self.forces(at.0.checked_sub(1)?)?.named;
            let &(_, first) = named.first()?;
            if named.iter().all(|&(_, n)| n == first) {
                return Some(first);
            }
            self.dominant().or(named.last().map(|&(_, n)| n))
        };
        self.force_before(at).or_else(before).or_else(|| self.dominant())
    }

    /// A police officer belongs to a force: when the phrase names only a unit ("OCET
    /// Sergeant"), the unit joins the role and the force comes from the context.
    pub(super) fn officer_unit(
        &self,
        role: Option<String>,
        organisation: Option<String>,
        police: bool,
        at: At,
    ) -> (Option<String>, Option<String>) {
        let is_force = |o: &str| places::by_name(o).is_some_and(|p| p.scope == Scope::Force);
        // "policy officer, NSPCC Cymru" is no police officer, and the charity no unit of a force;
        // a body known by its name ("Action Fraud") is its own, whichever force runs it.
        if !police
            || organisation
                .as_deref()
                .is_some_and(|o| is_force(o) || is_charity_branch(o) || is_known_org(o) || is_body(o))
        {
            return (role, organisation);
        }
        let Some(force) = self.officer_force_at(at) else { return (role, organisation) };
        let role = match (role, organisation) {
            (Some(r), Some(unit)) => Some(format!("{r}, {unit}")),
            (r, unit) => r.or(unit),
        };
        (role, Some(force.to_string()))
    }

    /// The last charity paragraph `k` names before char `pos`.
    fn charity_before(&self, (k, pos): At) -> Option<String> {
        self.charities(k)?.iter().rev().find(|(p, _)| *p < pos).map(|(_, n)| n.clone())
    }

    /// The organisation a titled person with no organisation of their own ("Chief executive
    /// Jane Doe said:") speaks for: a charity named earlier in the paragraph, else the last
    /// charity or speaking organisation of the two paragraphs before.
    pub(super) fn organisation_near(&self, at: At) -> Option<String> {
        if let Some(name) = self.charity_before(at) {
            return Some(name);
        }
        let k = at.0;
        (k.saturating_sub(2)..k).rev().find_map(|j| {
            let last = self.charities(j)?.last().map(|(_, n)| n.clone());
            last.or_else(|| self.org_speaking(j))
        })
    }

    /// What "the chain" or "the insurer" means: the organisation other than a force that
    /// this paragraph or one of the two before reports as speaking ("Morland Retail, which
    /// runs 240 shops, said …"). A force is "the force", never "the company".
    ///
    /// With none reported speaking, "the company" is the one business the text named by its
    /// registered name in the [`BODY_REACH`] paragraphs before ("Crumbwell Bakeries Ltd will
    /// close three shops …"); two such names leave it unsaid.
    fn mentioned_org_at(&self, at: At) -> Option<String> {
        let k = at.0;
        (k.saturating_sub(2)..=k).rev().find_map(|j| self.org_speaking(j)).or_else(|| self.company_named_before(at))
    }

    /// The one company named with its legal ending ("Ltd", "plc") from [`BODY_REACH`]
    /// paragraphs before `at` up to it.
    fn company_named_before(&self, at: At) -> Option<String> {
        let mut found: Vec<String> = Vec::new();
        for j in at.0.saturating_sub(BODY_REACH)..=at.0 {
            for name in companies_named(self.text_before(j, at)?) {
                if !found.contains(&name) {
                    found.push(name);
                }
            }
        }
        match found.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// The text of paragraph `j` that comes before `at`: all of it for a paragraph before
    /// `at`'s, none for one after.
    fn text_before(&self, j: usize, (k, pos): At) -> Option<&'a str> {
        let norm = self.paras.get(j).filter(|_| j <= k)?.norm;
        Some(if j == k { norm.char_indices().nth(pos).map_or(norm, |(b, _)| &norm[..b]) } else { norm })
    }

    /// The body last named before `at` whose name holds `word` ("Council"), however far
    /// back: whose "the council's lead member" is.
    fn body_named_before(&self, word: &str, at: At) -> Option<String> {
        (0..=at.0).rev().find_map(|j| last_body_named(self.text_before(j, at)?, word))
    }

    /// Whom "a spokesperson for the trust" (the council, the union …) at `at` speaks for:
    /// the one body holding that word named in this paragraph before it or in the
    /// [`BODY_REACH`] before, named again in full or shorter or not. Two named there leave it
    /// unsaid which is meant. Only a local council is "the council" ([`is_local_council`]),
    /// and no union of states is "the union".
    pub(super) fn spokes_body_at(&self, word: &str, at: At) -> Option<String> {
        let mut found: Vec<String> = Vec::new();
        for j in at.0.saturating_sub(BODY_REACH)..=at.0 {
            let Some(text) = self.text_before(j, at) else { continue };
            for name in bodies_named(text, word) {
                let fits = match word {
                    "Council" => is_local_council(&name),
                    _ => !UNIONS_OF_STATES.contains(&name.as_str()),
                };
                if !fits {
                    continue;
                }
                match found.iter_mut().find(|f| f.contains(name.as_str()) || name.contains(f.as_str())) {
                    Some(same) if name.len() > same.len() => *same = name,
                    Some(_) => {}
                    None => found.push(name),
                }
            }
        }
        match found.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// The local council last named before `at`, however far back ("Hull City Council",
    /// "Northby Borough Council"): a councillor's, when nothing said about them names theirs.
    /// A national body called a council ("the National Police Chiefs' Council") is none.
    fn council_named_before(&self, at: At) -> Option<String> {
        (0..=at.0).rev().find_map(|j| {
            bodies_named(self.text_before(j, at)?, "Council").into_iter().rev().find(|name| is_local_council(name))
        })
    }

    /// The area whose police a commissioner with no place of their own answers for: that of
    /// the force an officer at `at` would belong to ("Lincolnshire" for Lincolnshire Police).
    pub(super) fn area_at(&self, at: At) -> Option<String> {
        let force = self.officer_force_at(at)?;
        let area = force.strip_suffix(" Police").or_else(|| force.strip_suffix(" Constabulary"))?;
        Some(area.to_string())
    }

    /// The charity last named before `at`.
    fn charity_at(&self, at: At) -> Option<String> {
        let k = at.0.min(self.paras.len());
        self.charity_before(at)
            .or_else(|| (0..k).rev().find_map(|j| self.charities(j).and_then(|c| c.last()).map(|(_, n)| n.clone())))
    }

    pub(super) fn org(&self, org: &OrgRef, at: At) -> Option<String> {
        match org {
            OrgRef::Named(name) => Some(self.spelled_out(name, at).unwrap_or_else(|| name.clone())),
            OrgRef::Force => self.force_at(at).map(str::to_string),
            OrgRef::Charity => self.charity_at(at),
            OrgRef::Mentioned => self.mentioned_org_at(at),
            OrgRef::Body(word) => self.body_named_before(word, at),
            OrgRef::Council => self.council_named_before(at),
            OrgRef::Unsaid | OrgRef::Reported => None,
        }
    }

    /// The organisation an unnamed person's description says they work for by whose they are:
    /// "the force's head of public protection" (the force the text is about at `at`), "the
    /// charity's helpline manager" (the charity named last), "Lancashire's chief constable"
    /// (a force named by its area, only for a police post: "London's mayor" is no officer
    /// of the Met).
    pub(super) fn description_owner(&self, words: &str, at: At) -> Option<String> {
        const POLICE_WORDS: &[&str] =
            &["constable", "officer", "detective", "police", "superintendent", "inspector", "sergeant", "commander"];
        // "chief fire officer", "medical officer": an officer of another service. A police
        // and crime commissioner, and the panel that scrutinises one, are elected or
        // appointed apart from the force: "Cleveland's police and crime commissioner" is no
        // officer of Cleveland Police.
        const OTHER_SERVICES: &[&str] = &[
            "fire",
            "ambulance",
            "medical",
            "probation",
            "prison",
            "council",
            "health",
            "education",
            "welfare",
            "commissioner",
            "commissioners",
            "panel",
        ];
        let (owner, post) = words.split_once("'s ")?;
        match owner.to_lowercase().as_str() {
            "the force" => self.force_at(at).map(str::to_string),
            "the charity" => self.charity_at(at),
            _ => {
                let words: Vec<String> = post.split_whitespace().map(str::to_lowercase).collect();
                let police = words.iter().any(|w| POLICE_WORDS.contains(&w.as_str()))
                    && !words.iter().any(|w| OTHER_SERVICES.contains(&w.as_str()));
                let force = places::by_alias(owner).filter(|p| p.scope == Scope::Force);
                force.filter(|_| police).map(|p| p.name.to_string())
            }
        }
    }
}

/// Companies `text` names with a legal ending: "Crumbwell Bakeries Ltd", "Harlow & Finch
/// plc" (capitalised words, "&" between them, then "Ltd", "Limited", "plc" or "LLP"), without
/// a leading "The".
fn companies_named(text: &str) -> Vec<String> {
    static COMPANY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::extract::quotes::attribution::pattern(
            r"\b\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*){0,4}\s+(?:Ltd|Limited|plc|PLC|Plc|LLP)\b",
        )
    });
    if !(text.contains("Ltd")
        || text.contains("Limited")
        || text.contains("plc")
        || text.contains("PLC")
        || text.contains("Plc")
        || text.contains("LLP"))
    {
        return Vec::new();
    }
    COMPANY
        .find_iter(text)
        .map(|m| m.as_str().strip_prefix("The ").unwrap_or(m.as_str()).to_string())
        .filter(|name| name.split_whitespace().count() >= 2)
        .collect()
}

/// Byte offsets where a sentence after the first in `text` starts ([`sentences::split`]).
fn sentence_starts(text: &str) -> Vec<usize> {
    sentences::split(text).into_iter().skip(1).map(|r| r.start).collect()
}
