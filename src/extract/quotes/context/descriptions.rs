//! Whom a description of a speaker means: "the mother" after "a mother from Bradford", "the
//! chief executive" after the person named to that office, "the detective" after a detective
//! named by rank, "her mother" after the name the story gave her.

use super::roles::post_of_kind;
use super::{At, Context, Known, Resolved, Who};
use crate::extract::quotes::mentions::is_relative_word;
use crate::extract::quotes::names::{first_name_gender, is_person_noun, Gender};
use crate::extract::quotes::speaker::family_compound_head;

/// Nouns for someone by their age, which a feature uses again for its case study ("says the
/// teenager"); "man" and "woman" bring in someone new as often as not.
const AGE_NOUNS: &[&str] = &[
    "teenager",
    "teen",
    "youngster",
    "pensioner",
    "schoolgirl",
    "schoolboy",
    "girl",
    "boy",
    "toddler",
    "widow",
    "widower",
    "grandparent",
    "parent",
];

/// How many children a kin noun may be "of" ("the father of two").
const CHILD_COUNTS: &[&str] =
    &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

impl<'a> Context<'a> {
    /// "her mother said" after "Her mother, who asked to be called "Karen"": the person the
    /// story gave a name to under the same description.
    ///
    /// The mentions it may be are looked up by the description, not sought among all the
    /// people remembered: a page quoting "Kent's chief constable" thousands of times would
    /// otherwise go through every earlier mention for each quote.
    pub(super) fn given_name_before(&self, words: &str, at: At) -> Option<Resolved> {
        self.given_names
            .get(&words.to_ascii_lowercase())?
            .iter()
            .rev()
            .filter_map(|&i| self.known.get(i))
            .find(|k| k.at <= at)
            .map(|k| k.resolved.clone())
    }

    /// "says the grandmother-of-five from Leek", "says the father of two": a definite
    /// description of someone of a known sex, with no earlier description or office it
    /// names again, means the person the story introduced by a lone first name ("Zara",
    /// "Tomasz, 52, runs a garage"), when they are the last person of that sex within a
    /// pronoun's reach: features call their case studies so once named.
    ///
    /// Only a bare kin or age noun is read so ("the mother", "the 15-year-old schoolgirl",
    /// "the mother-of-three from Hull"): a description with a relative or prepositional tail or
    /// of another noun ("the woman who runs the refuge", "the man at the jobcentre") brings in
    /// someone new.
    pub(super) fn first_named_described(&self, words: &str, gender: Option<Gender>, at: At) -> Option<Resolved> {
        if !is_bare_kin_or_age_description(words) {
            return None;
        }
        let gender = gender?;
        let nearest = self
            .back_within_reach(at)
            .filter(|k| self.pronoun_reaches(k.at, at))
            .find(|k| k.gender.is_none_or(|g| g == gender))?;
        let lone = &nearest.resolved;
        let first_name = !lone.speaker.contains(' ')
            && lone.role.is_none()
            && lone.organisation.is_none()
            && first_name_gender(&lone.speaker) == Some(gender);
        first_name.then(|| lone.clone())
    }

    /// "The mother" after "a mother from Bradford": the person described before whose
    /// description has the same noun.
    pub(super) fn described_before(&self, words: &str, at: At) -> Option<Resolved> {
        let rest: Vec<&str> = words.strip_prefix("the ")?.split_whitespace().collect();
        let noun = rest.last().filter(|w| rest.len() <= 2 && is_person_noun(w))?;
        self.at_places(Some(&self.described))
            .rev()
            .filter(|k| k.at <= at && k.resolved.role.is_none() && k.resolved.organisation.is_none())
            .map(|k| &k.resolved)
            .find(|r| {
                let mut said = r.speaker.split_whitespace();
                said.next().is_some_and(|d| matches!(d, "a" | "an" | "one" | "another")) && said.any(|w| w == *noun)
            })
            .cloned()
    }

    /// "The Commissioner" after "Commissioner Jo Bloggs", "the chief executive" after "Jo
    /// Bloggs, chief executive of the trust": an office named again by its title alone means
    /// the one person named before whose role is that office (a role's head before "of",
    /// "for" or "at", alone, after "acting" or "interim", or after a body's possessive, "the
    /// trust's chief executive"); a longer
    /// title is another office ("Prime Minister" is no "the minister", "Detective Chief
    /// Inspector" no "the inspector"). Two people named to roles it fits leave it unsaid
    /// which is meant, and so does the office's word anywhere between the holder's mention
    /// and the description ("A junior minister met them …", "The council's chief executive
    /// wrote …"): another holder, named or not, may be meant.
    ///
    /// A clause after the title that tells more of the holder ("the MP, who has represented
    /// the seat since 2017,") leaves the title to name them.
    pub(super) fn office_holder_before(&self, words: &str, at: At) -> Option<Resolved> {
        let office = office_title(words)?;
        let holds = |role: &str| holds_office(role, &office);
        let holders: Vec<&Known> = self
            .known
            .iter()
            .filter(|k| k.at <= at && k.resolved.speaker.contains(' '))
            .filter(|k| k.resolved.role.as_deref().is_some_and(holds))
            .collect();
        let first = holders.first()?;
        if holders.iter().any(|other| other.resolved.speaker != first.resolved.speaker) {
            return None;
        }
        if self.office_named_between(&office, holders.last()?.at.0, at) {
            return None;
        }
        // Of the mentions naming them to it, the one whose role is the title alone: a role
        // read from reported speech may hold more of its sentence.
        holders.iter().min_by_key(|k| k.resolved.role.as_deref().map_or(0, str::len)).map(|k| k.resolved.clone())
    }

    /// Remembers the people a picture caption names with a title ("Jo Bloggs MP at the
    /// launch", "Councillor Jo Bloggs"), the caption standing before text paragraph `before`:
    /// a report often names its subject only under the photograph and calls them by the
    /// office alone in the text ("The MP said …").
    pub fn note_caption(&mut self, caption: &str, before: usize) {
        use crate::extract::quotes::names::{is_members_letters, is_name_word, words_with_offsets};
        let words = words_with_offsets(caption);
        let bare = |w: &str| w.trim_end_matches([',', '.', ':', ';']).to_string();
        // "Jo Bloggs MP": two or three name words before a member's letters.
        let mut phrases: Vec<String> = Vec::new();
        for (i, &(_, word)) in words.iter().enumerate() {
            if !is_members_letters(&bare(word)) {
                continue;
            }
            let names = words[..i].iter().rev().take_while(|&&(_, w)| is_name_word(w) && bare(w) == w).count();
            if (2..=3).contains(&names) {
                let from = i - names;
                let phrase: Vec<String> = words[from..=i].iter().map(|&(_, w)| bare(w)).collect();
                phrases.push(phrase.join(" "));
            }
        }
        phrases.extend(crate::extract::quotes::mentions::titled_names(caption).into_iter().map(|(_, w)| w));
        for phrase in phrases {
            if let Some(Who::Person(p)) = self.read_who(&phrase) {
                if p.role.is_some() && p.name.contains(' ') {
                    let resolved = Resolved { speaker: p.name, role: p.role, organisation: p.organisation };
                    self.captioned.push((before, resolved));
                }
            }
        }
    }

    /// "The MP said" where the text names no MP but a picture caption before it does ("Jo
    /// Bloggs MP speaking at …"): the one person captioned to that office, when the text
    /// names no holder of it up to `at`.
    pub(super) fn office_holder_captioned(&self, words: &str, at: At) -> Option<Resolved> {
        let office = office_title(words)?;
        let holds = |r: &Resolved| r.role.as_deref().is_some_and(|role| holds_office(role, &office));
        if self.known.iter().any(|k| k.at <= at && holds(&k.resolved)) {
            return None;
        }
        let mut holders = self.captioned.iter().filter(|(before, r)| *before <= at.0 && holds(r)).map(|(_, r)| r);
        let first = holders.next()?;
        holders.all(|other| other.speaker == first.speaker).then(|| first.clone())
    }

    /// "the detective" after "Det Ch Insp Jo Bloggs", "the officer" after "Sergeant Jo
    /// Bloggs", "the councillor" after "Cllr Jo Bloggs": a word for a kind of post, not an
    /// office's title, means the person last named before `at` to a post of that kind
    /// (any detective's rank; any police rank; a councillor's title). Two people named to such
    /// posts in that one paragraph leave it unsaid which is meant.
    pub(super) fn kind_of_post_holder_before(&self, words: &str, at: At) -> Option<Resolved> {
        let kind = words.strip_prefix("the ")?.trim().to_lowercase();
        let fits = post_of_kind(&kind)?;
        let holds = |k: &&Known| {
            k.at <= at
                && k.resolved.speaker.contains(' ')
                && k.resolved.role.as_deref().is_some_and(|role| {
                    role.split(", ").any(|part| {
                        let words: Vec<String> = part.split_whitespace().map(str::to_lowercase).collect();
                        fits(&words)
                    })
                })
        };
        let nearest = self.known.iter().filter(holds).max_by_key(|k| k.at)?;
        let rival = self
            .known
            .iter()
            .filter(holds)
            .any(|k| k.at.0 == nearest.at.0 && k.resolved.speaker != nearest.resolved.speaker);
        (!rival).then(|| nearest.resolved.clone())
    }

    /// Whether `office` ("minister") is named from paragraph `from` up to `at` more than the
    /// once the holder's own mention in paragraph `from` takes: see
    /// [`Context::office_holder_before`].
    fn office_named_between(&self, office: &str, from: usize, (k, pos): At) -> bool {
        let times = |text: &str| {
            let lower = text.to_lowercase();
            lower
                .match_indices(office)
                .filter(|(i, _)| !lower.get(..*i).unwrap_or("").ends_with(char::is_alphanumeric))
                .count()
        };
        let mut named = 0;
        for j in from..=k.min(self.paras.len().saturating_sub(1)) {
            let Some(para) = self.paras.get(j) else { break };
            let text = if j == k {
                (0..=pos.min(para.norm.len())).rev().find_map(|p| para.norm.get(..p)).unwrap_or("")
            } else {
                para.norm
            };
            named += times(text);
        }
        named > 1
    }
}

/// Offices whose title a portfolio, a party or a place may lead ("Schools Minister", "Labour
/// MP", "Victims' Commissioner") and still be the office named by its last word alone.
const QUALIFIED_OFFICES: &[&str] = &["minister", "mp", "msp", "ms", "mla", "mep", "commissioner"];

/// Words that, leading an office's title, make it another office than the one its last word
/// names ("Prime Minister", "Shadow Health Minister", "Deputy Commissioner", "former MP").
const OTHER_OFFICE_LEADS: &[&str] = &[
    "prime",
    "first",
    "chief",
    "shadow",
    "former",
    "ex",
    "retired",
    "late",
    "one-time",
    "deputy",
    "assistant",
    "general",
    "permanent",
    "press",
    "private",
    "company",
    "cabinet",
    "honorary",
    "national",
    "branch",
    "club",
    "parliamentary",
];

/// The office a description names by its title alone, lower-cased ("the minister",
/// "the chief executive"), with a clause telling more of the holder let go ("the MP who has
/// represented the seat since 2017"): `None` for any other description.
fn office_title(words: &str) -> Option<String> {
    let rest = words.strip_prefix("the ")?.trim();
    let title = rest.split_once(" who ").map_or(rest, |(title, _)| title);
    let office = title.trim().to_lowercase();
    let count = office.split_whitespace().count();
    ((1..=3).contains(&count) && office.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')).then_some(office)
}

/// Whether a role holds the office a description names by its title alone ("minister",
/// "chief executive"): one of the role's comma parts, up to "of", "for" or "at", is the title,
/// alone, acting or interim, after a body's possessive ("the trust's chief executive"), or,
/// for an office a portfolio or party may lead, after such words ("Schools Minister",
/// "Labour MP"). A secretary of state is a minister ("Home Secretary", "Secretary of State
/// for Health").
fn holds_office(role: &str, office: &str) -> bool {
    // "Police, Fire and Crime Commissioner" is one title, whose comma parts no roles.
    let role = role.to_lowercase().replace("police, fire and crime", "police fire and crime");
    role.split(", ").any(|part| {
        let head = [" of ", " for ", " at "].iter().filter_map(|w| part.find(w)).min().map_or(part, |i| &part[..i]);
        let lead_fits = |lead: &str, qualified: bool| {
            let lead = lead.trim_end();
            // An acting or interim holder holds the office meanwhile; "the commissioner" of
            // a story is its police and crime commissioner.
            matches!(lead, "" | "acting" | "interim" | "police and crime" | "police fire and crime")
                || lead.ends_with("'s")
                || lead.ends_with("’s")
                || (qualified && is_qualifying_lead(lead))
        };
        let qualified = QUALIFIED_OFFICES.contains(&office);
        // The office's title is the head's last word or words ("minister", not "administer").
        let lead = head.strip_suffix(office).filter(|lead| lead.is_empty() || lead.ends_with(' '));
        if lead.is_some_and(|lead| lead_fits(lead, qualified)) {
            return true;
        }
        office == "minister" && is_secretary_of_state(part, head)
    })
}

/// "health", "labour", "victims'", "junior schools": one to three words leading an office's
/// title that name a portfolio, party or place, none making it another office.
fn is_qualifying_lead(lead: &str) -> bool {
    let words: Vec<&str> = lead.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
        && !words.iter().any(|w| OTHER_OFFICE_LEADS.contains(w) || *w == "and" && words.len() == 1)
}

/// "home secretary", "work and pensions secretary", "secretary of state for health": a
/// cabinet minister's title (lower-cased; `head` the part up to "of", "for" or "at").
fn is_secretary_of_state(part: &str, head: &str) -> bool {
    if part.starts_with("secretary of state") {
        return true;
    }
    head.strip_suffix(" secretary").is_some_and(is_qualifying_lead)
}

/// "the father", "the 15-year-old schoolgirl", "the father of two", "the grandmother-of-five
/// from Leek": "the", at most one word before a kin or age noun, then at most how many
/// children they have and the place they come from (capitalised words after "from").
fn is_bare_kin_or_age_description(words: &str) -> bool {
    let Some(rest) = words.strip_prefix("the ") else { return false };
    let rest = match rest.split_once(" from ") {
        Some((head, place)) if place.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) => head,
        Some(_) => return false,
        None => rest,
    };
    let rest = match rest.split_once(" of ") {
        Some((head, count)) if CHILD_COUNTS.contains(&count) || count.chars().all(|c| c.is_ascii_digit()) => head,
        Some(_) => return false,
        None => rest,
    };
    let parts: Vec<&str> = rest.split_whitespace().collect();
    let Some(noun) = parts.last().map(|w| family_compound_head(&w.to_lowercase()).to_string()) else { return false };
    parts.len() <= 2 && (is_relative_word(&noun) || AGE_NOUNS.contains(&noun.as_str()))
}
