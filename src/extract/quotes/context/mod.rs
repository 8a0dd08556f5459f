//! What the article has said so far, used to resolve "he", "Sgt Haldane", "the charity",
//! "the force" and a bare "A spokesperson" to a speaker.
//!
//! [`Context`] holds the article's paragraphs and the people named so far; [`Context::resolve`]
//! turns the words naming a speaker into who they are. The look-ups it makes live beside it:
//! [`memory`] (the people remembered), [`pronouns`] ("he", "she", "the judge"),
//! [`descriptions`] ("the mother", "the chief executive"), [`organisations`] ("the force",
//! "the charity", "a spokesperson") and [`initials`] ("the BRC"); what one paragraph says is
//! read by [`paragraph`], [`charities`] and [`bodies`].

mod bodies;
mod charities;
mod chars;
mod descriptions;
mod initials;
mod known_orgs;
mod memory;
mod organisations;
mod paragraph;
mod pronouns;
mod roles;
mod voice;

#[cfg(test)]
mod tests;

#[cfg(test)]
use std::cell::Cell;
use std::cell::{OnceCell, RefCell};
// Fx, not SipHash: these maps are memos and indexes keyed by an article's own words, never
// iterated.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::names::{is_org_word, Gender};
use super::speaker::{OrgRef, Who};
use crate::extract::places::ParagraphPlaces;
use paragraph::{Forces, Speaking};
use roles::{is_commissioner, leads_an_organisation};

pub(super) use bodies::{is_local_council, last_body_named};
pub(super) use chars::CharCounter;
pub(super) use known_orgs::{is_business_named_like_a_person, is_charity, is_known_org};

/// A speaker as printed in a [`crate::model::Quote`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub speaker: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
}

impl Resolved {
    /// Whether the speaker is printed as someone named: capitalised ("Dr Amy Lee", not "a
    /// 15-year-old girl") and no spokesperson ("Home Office spokesperson"). A reader that
    /// needs a person's own name adds its checks (`quotes::reader::is_named`).
    pub fn is_named_person(&self) -> bool {
        self.speaker.starts_with(char::is_uppercase) && !self.speaker.ends_with("spokesperson")
    }
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
    /// Named with a judge's title when first named.
    judge: bool,
    /// How this mention came up.
    noted: Noted,
}

/// How a person came up where the text mentions them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Noted {
    /// Quoted, reported as speaking ("Jo Bloggs said the figures …"), or named as acting or
    /// as a sentence's subject ("Jo Bloggs led the inquiry").
    #[default]
    Speaking,
    /// Singled out of a group by a description, neither named nor speaking ("Among the
    /// victims was a man in his 80s").
    SingledOut,
    /// Named after a job title in passing ("proposed by Councillor Jo Bloggs"): see
    /// [`Context::note_titled`].
    Titled,
}

/// How many people named in passing one paragraph's mentions may note: see
/// [`Context::note_reported`].
pub const NOTED_PER_PARAGRAPH: usize = 40;

/// One text paragraph as the context sees it. Each fact is read the first time a speaker
/// needs it: most paragraphs are never asked about, and each fact depends on the
/// paragraph's own text only, so reading late gives the same answer as reading early.
#[derive(Debug)]
struct ParaFacts<'a> {
    /// Which of the article's paragraphs it is.
    index: usize,
    /// How many section breaks come before it: see [`Context::new`].
    section: usize,
    norm: &'a str,
    forces: OnceCell<Forces>,
    charities: OnceCell<Vec<(usize, String)>>,
    speaking: OnceCell<Speaking>,
}

/// A role a speaker was named to, with where in `Context::known` those mentions stand.
type RoleMentions = (Option<String>, Vec<usize>);

/// The article so far.
#[derive(Debug)]
pub struct Context<'a> {
    title: Option<&'a str>,
    paras: Vec<ParaFacts<'a>>,
    /// The gazetteer's scan of each paragraph, shared with the other stages.
    places: &'a ParagraphPlaces<'a>,
    dominant: OnceCell<Option<&'static str>>,
    known: Vec<Known>,
    /// Where in `known` each one-word speaker given a role stands, by the role in ASCII
    /// lower case: see [`Context::given_name_before`].
    given_names: HashMap<String, Vec<usize>>,
    /// Where in `known` each speaker stands, by speaker name: the mentions of one person
    /// are looked up, not sought among everyone remembered.
    by_speaker: HashMap<String, Vec<usize>>,
    /// Where in `known` each person named in full (a speaker name of two words or more)
    /// stands, by surname in ASCII lower case: see [`Context::named_before`].
    by_surname: HashMap<String, Vec<usize>>,
    /// Where in `known` each speaker stands, by speaker name and then by the role they were
    /// named to: see [`Context::resolve`].
    roles: HashMap<String, Vec<RoleMentions>>,
    /// Where in `known` the mentions of judges stand: see [`Context::judge_meant`].
    judged: Vec<usize>,
    /// Where in `known` the people described, not named ("a mother from Leeds"), stand:
    /// see [`Context::described_before`].
    described: Vec<usize>,
    /// The furthest paragraph any mention in `known` stands in.
    highest: usize,
    /// How many paragraphs before `highest` (as it was then) a mention was pushed at most: a
    /// person introduced in the paragraph before a quote is noted after that paragraph's own
    /// mentions. A look back over the last few paragraphs stops at the first mention more
    /// than this before them, as no mention earlier in `known` can be in them.
    max_lag: usize,
    /// Every charity any paragraph names: see [`Context::resolve`].
    charity_names: OnceCell<HashSet<String>>,
    /// How many mentions the look-ups have read: see the tests.
    #[cfg(test)]
    read: Cell<usize>,
    memo: RefCell<WhoMemo>,
    /// Initials the article spells out, with the paragraph and the name: see
    /// [`Context::spelled_out`].
    spelled: OnceCell<HashMap<String, (usize, String)>>,
    /// How the people remembered now came up: see [`Context::note_named`].
    noting: Noted,
    /// The paragraph whose mentions are being noted, and how many have been: see
    /// [`Context::note_reported`].
    noted_in: (usize, usize),
    /// Every person named with a judge's title: whom "the judge" may mean.
    judges: Vec<Resolved>,
    /// The gender first known of each person named, by speaker name: see [`Context::remember`].
    genders: HashMap<String, Gender>,
    /// The one who signs the piece as a letter ("Warm wishes, / Dr Jo Bloggs / Director"):
    /// whom its "I" means. See [`Context::set_writer`].
    writer: Option<Resolved>,
    /// People a picture caption names with a title ("Jo Bloggs MP speaking in …"), each with
    /// the first text paragraph after the caption: see [`Context::note_caption`].
    captioned: Vec<(usize, Resolved)>,
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

impl<'a> Context<'a> {
    /// Takes the title and the text paragraphs (normalised, each with its index among the
    /// article's paragraphs and the number of section breaks before it); nothing is read
    /// from them yet. A section break (a separator line, a live blog's time stamp) starts
    /// text that a "he" or "she" after it does not reach back across: a live blog's entries
    /// run newest first, and a feature's sections each name their people afresh.
    pub fn new(
        title: Option<&'a str>,
        paragraphs: &[(usize, &'a str, usize)],
        places: &'a ParagraphPlaces<'a>,
    ) -> Self {
        let paras = paragraphs
            .iter()
            .map(|&(index, norm, section)| ParaFacts {
                index,
                section,
                norm,
                forces: OnceCell::new(),
                charities: OnceCell::new(),
                speaking: OnceCell::new(),
            })
            .collect();
        Context {
            title,
            paras,
            places,
            dominant: OnceCell::new(),
            known: Vec::new(),
            given_names: HashMap::default(),
            by_speaker: HashMap::default(),
            by_surname: HashMap::default(),
            roles: HashMap::default(),
            judged: Vec::new(),
            described: Vec::new(),
            highest: 0,
            max_lag: 0,
            charity_names: OnceCell::new(),
            #[cfg(test)]
            read: Cell::new(0),
            memo: RefCell::default(),
            spelled: OnceCell::new(),
            noting: Noted::Speaking,
            noted_in: (0, 0),
            judges: Vec::new(),
            genders: HashMap::default(),
            writer: None,
            captioned: Vec::new(),
        }
    }

    /// What a speaker phrase says ([`super::speaker::parse_who`]), read once per article.
    /// The committee, commission or inquiry the text last named by its full name before
    /// paragraph `at.0` (or in it, before `at.1`): whose report "the report concludes:" quotes.
    pub fn report_author_before(&self, at: At) -> Option<String> {
        static AUTHOR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            crate::extract::numbers::compile(
                r"\b(?P<name>(?:[A-Z][\w'’&-]*\s+(?:and\s+|of\s+|for\s+)?){1,6}(?:Committee|Commission|Inquiry|Inspectorate))\b",
            )
        });
        let upto = |(k, facts): (usize, &ParaFacts<'a>)| {
            let text = if k == at.0 {
                let end = facts.norm.char_indices().nth(at.1).map_or(facts.norm.len(), |(b, _)| b);
                facts.norm.get(..end).unwrap_or_default()
            } else {
                facts.norm
            };
            let name = AUTHOR.captures_iter(text).filter_map(|c| c.name("name")).last()?.as_str();
            Some(name.strip_prefix("The ").unwrap_or(name).to_string())
        };
        self.paras.iter().enumerate().take(at.0 + 1).rev().find_map(upto)
    }

    /// Notes who signs the piece as a letter: a quote its writer introduces in the first
    /// person ("As I told the Gazette:") is theirs.
    pub fn set_writer(&mut self, writer: Option<Resolved>) {
        self.writer = writer;
    }

    /// Who signs the piece as a letter, when someone does.
    pub fn writer(&self) -> Option<&Resolved> {
        self.writer.as_ref()
    }

    pub fn read_who(&mut self, phrase: &str) -> Option<Who> {
        self.memo.get_mut().read(phrase)
    }

    /// Notes a person named as speaking in reported speech, or named with a title, so "He
    /// said:" can find them; a person described, not named ("A mother from Leeds told the
    /// paper ..."), too. A lone word counts only as the surname of someone named in full
    /// before ("Bell says the funding runs out" after "Marcus Bell"): it names them again.
    ///
    /// Each mention noted is read again at every later one, so one paragraph notes at most
    /// [`NOTED_PER_PARAGRAPH`]: news prose names far fewer people in one, and text that names
    /// them thousands of times (a feed run together) costs no more than that.
    pub fn note_reported(&mut self, who: Who, at: At) {
        if self.noted_in.0 != at.0 {
            self.noted_in = (at.0, 0);
        }
        if self.noted_in.1 >= NOTED_PER_PARAGRAPH {
            return;
        }
        self.noted_in.1 += 1;
        match who {
            Who::Person(_) | Who::Surname { .. } | Who::Description { .. } => {
                let _ = self.resolve(who, at);
            }
            // "A Met spokesman said the force would … “We will …,” he said.": a spokesman or
            // spokeswoman reported as speaking is whom a later "he" or "she" means; an
            // ungendered "spokesperson" is no one's antecedent.
            Who::Spokes { ref word, .. } if super::names::gender_of_word(word).is_some() => {
                let _ = self.resolve(who, at);
            }
            Who::Bare(word) => {
                // Two people of one surname ("Emma Hart", "PC Sam Hart"): "Hart says" names neither.
                // One person noted twice, once with their role (a sign-off "Sam Hart, youth
                // worker") and once without, is still one.
                let mut same: Vec<&Resolved> = Vec::new();
                let places = self.by_surname.get(&word.to_ascii_lowercase());
                for k in self.at_places(places).filter(|k| k.at <= at && k.resolved.speaker.contains(' ')) {
                    if k.surname.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(&word))
                        && !same.iter().any(|s| s.speaker == k.resolved.speaker)
                    {
                        same.push(&k.resolved);
                    }
                }
                if let [found] = same.as_slice() {
                    let found = (*found).clone();
                    let gender = self.gender_of(&found);
                    self.remember(at, &found, Some(word), gender);
                }
            }
            _ => {}
        }
    }

    /// Notes a person named as acting or as a sentence's subject, not as speaking: a later
    /// "he said" may mean them, as it may mean someone reported speaking.
    pub fn note_named(&mut self, who: Who, at: At) {
        self.note_reported(who, at);
    }

    /// Notes a person named after a job title in passing ("The motion was proposed by
    /// Councillor Jo Bloggs"), as [`Context::note_named`] does; a later "he" or "she" does
    /// not pick them out of others of their sex named in the same paragraph: see
    /// [`Context::pronoun_for_quote`].
    pub fn note_titled(&mut self, who: Who, at: At) {
        self.noting = Noted::Titled;
        self.note_reported(who, at);
        self.noting = Noted::Speaking;
    }

    /// Notes a judge the text names by a judge's style ("Lady Carmody", "Mr Justice Hale"):
    /// whom a later "the judge" means, named as printed.
    pub fn note_judge(&mut self, name: String, at: At) {
        let gender = match name.split_whitespace().next() {
            Some("Lord" | "Mr") => Some(Gender::Male),
            Some("Lady" | "Mrs" | "Ms" | "Miss") => Some(Gender::Female),
            _ => None,
        };
        let judge = super::speaker::Person {
            name,
            role: Some("Judge".to_string()),
            organisation: None,
            gender,
            police: false,
            judge: true,
            owner: None,
        };
        self.note_titled(Who::Person(judge), at);
    }

    /// Notes a person singled out of a group by a description ("Among the victims was a man
    /// in his 80s"): see [`Context::pronoun_for_quote`].
    pub fn note_singled_out(&mut self, who: Who, at: At) {
        self.noting = Noted::SingledOut;
        self.note_reported(who, at);
        self.noting = Noted::Speaking;
    }

    /// Someone printed before as `name` (a speaker's name as printed: "Nadia") is mentioned
    /// again at `at` ("Nadia's attacker was jailed …"): a later "she" means them, as a mention
    /// of their name as a subject would. Whether anyone was printed so before.
    pub fn note_named_again(&mut self, name: &str, at: At) -> bool {
        let Some(last) = self.mentions_of(name).rev().find(|k| k.at < at).cloned() else { return false };
        self.push_known(Known { at, noted: Noted::Speaking, ..last });
        true
    }

    /// `speaker` is quoted at `at`: a paragraph of theirs keeps them the one a later "he"
    /// or "she" means, as a mention of their name would.
    pub fn note_quoted(&mut self, speaker: &Resolved, at: At) {
        let last = self.mentions_of(&speaker.speaker).rev().find(|k| k.resolved == *speaker && k.at <= at);
        if let Some(k) = last.filter(|k| k.at.0 < at.0).cloned() {
            self.push_known(Known { at, ..k });
        }
    }

    /// The speaker the words mean at this point of the article, remembered for later
    /// references; `None` when the article does not say who it is.
    pub fn resolve(&mut self, who: Who, at: At) -> Option<Resolved> {
        match who {
            Who::Person(p) => {
                if let Some(found) = self.peer_named_before(&p, at) {
                    let gender = self.gender_of(&found).or(p.gender);
                    self.remember(at, &found, super::speaker::peer_surname(&p.name).map(str::to_string), gender);
                    return Some(found);
                }
                // Named again without the role and organisation given before, or with the
                // last words of the one title given before ("Commissioner Jo Bloggs" after
                // "Police and Crime Commissioner Jo Bloggs"): the same person, as introduced.
                // An office alone ("Councillor", "Judge") is no more than the name: the same
                // person named again, whatever else the first mention gave them.
                let office_only = p.role.as_deref().is_some_and(|r| r.split_whitespace().all(super::names::is_office));
                let shorter = |known: Option<&str>| {
                    let Some(role) = p.role.as_deref().filter(|_| !office_only) else { return true };
                    let before = known.unwrap_or("").to_lowercase();
                    let role = role.to_lowercase();
                    !before.contains(',')
                        && before.len() > role.len()
                        && before.strip_suffix(role.as_str()).is_some_and(|lead| lead.ends_with(' '))
                };
                // The last mention of each role they were named to, of the roles it may be.
                let same = (self.roles.get(&p.name).into_iter().flatten())
                    .filter(|(role, _)| shorter(role.as_deref()))
                    .filter_map(|(_, places)| {
                        places
                            .iter()
                            .rev()
                            .find(|&&i| self.known.get(i).inspect(|_| self.reading()).is_some_and(|k| k.at <= at))
                    })
                    .max()
                    .and_then(|&i| self.known.get(i))
                    .cloned()
                    .filter(|_| p.organisation.is_none() && p.owner.is_none());
                if let Some(k) = same.filter(|_| p.role.is_some()) {
                    self.remember(at, &k.resolved, k.surname, p.gender.or(k.gender));
                    return Some(k.resolved);
                }
                // A body the words point to ("who represents Eastfield on the panel") is read
                // again rather than taken from the first mention; the local council by default
                // is what that mention found.
                let pointed = p.owner.as_ref().is_some_and(|o| *o != OrgRef::Council);
                if (p.role.is_none() || office_only) && p.organisation.is_none() && !pointed {
                    let known =
                        self.mentions_of(&p.name).rev().find(|k| k.at <= at && k.resolved.speaker == p.name).cloned();
                    if let Some(k) = known {
                        self.remember(at, &k.resolved, k.surname, p.gender.or(k.gender));
                        return Some(k.resolved);
                    }
                }
                let organisation = p.organisation.or_else(|| p.owner.as_ref().and_then(|o| self.org(o, at)));
                let (role, organisation) = self.officer_unit(p.role, organisation, p.police, at);
                // A post held once ("former chief executive") is no one's the story names.
                let serving = !role.as_deref().is_some_and(super::speaker::holds_only_former_roles);
                let leads = serving && !p.police && role.as_deref().is_some_and(leads_an_organisation);
                let organisation = organisation.or_else(|| leads.then(|| self.organisation_near(at)).flatten());
                let commissioner = serving && is_commissioner(role.as_deref());
                let organisation = organisation.or_else(|| commissioner.then(|| self.area_at(at)).flatten());
                let surname = super::speaker::peer_surname(&p.name)
                    .or_else(|| p.name.split_whitespace().last())
                    .map(str::to_string);
                let resolved = Resolved { speaker: p.name, role, organisation };
                self.remember(at, &resolved, surname, p.gender);
                if p.judge {
                    let last = self.known.len().saturating_sub(1);
                    if let Some(k) = self.known.last_mut() {
                        if !k.judge {
                            self.judged.push(last);
                        }
                        k.judge = true;
                        if !self.judges.contains(&k.resolved) {
                            self.judges.push(k.resolved.clone());
                        }
                    }
                }
                Some(resolved)
            }
            Who::Surname { surname, role, gender, given } => {
                // "ap Gruffydd" is remembered of "Elis ap Gruffydd" by its last word.
                let after_particles = surname
                    .rsplit_once(' ')
                    .filter(|(lead, _)| lead.split_whitespace().all(super::names::is_name_particle))
                    .map(|(_, last)| last);
                let found = self
                    .named_before(&surname, at)
                    .or_else(|| after_particles.and_then(|last| self.named_before(last, at)))
                    .or_else(|| given.then(|| self.given_named_before(&surname, at)).flatten());
                let resolved = found.unwrap_or(Resolved { speaker: surname.clone(), role, organisation: None });
                self.remember(at, &resolved, Some(surname), gender);
                Some(resolved)
            }
            Who::Bare(word) => {
                if let Some(found) = self.named_before(&word, at) {
                    let gender = self.gender_of(&found);
                    self.remember(at, &found, Some(word), gender);
                    return Some(found);
                }
                let org_like = is_org_word(&word) || is_known_org(&word) || self.charity_names().contains(&word);
                if org_like {
                    return Some(Resolved { speaker: word.clone(), role: None, organisation: Some(word) });
                }
                // "Mia told us": a known first name alone that the text introduced someone by
                // before ("Mia (not her real name) was 14") is that person. Never introduced,
                // it may be anyone's ("Jane said"). "Jo went on:" after "Jo Bloggs, our
                // director": a blog calls its own people by first name once named in full.
                let found = self.first_named_before(&word, at).or_else(|| {
                    super::names::first_name_gender(&word).and_then(|_| self.given_named_before(&word, at))
                })?;
                let gender = super::names::first_name_gender(&word);
                self.remember(at, &found, Some(word), gender);
                Some(found)
            }
            Who::Pronoun(gender) => {
                let found = self
                    .back_within_reach(at)
                    .filter(|k| self.pronoun_reaches(k.at, at))
                    .find(|k| k.gender.is_none_or(|g| g == gender))?
                    .clone();
                self.remember(at, &found.resolved, found.surname, Some(gender));
                Some(found.resolved)
            }
            Who::Spokes { word, org } => {
                let organisation = match &org {
                    OrgRef::Unsaid => self.spokes_org_at(at),
                    OrgRef::Reported => self
                        .reported_spokes_at(at)
                        .or_else(|| self.force_named_before(at))
                        .or_else(|| self.spokes_reported_just_before(at))
                        .or_else(|| self.spokes_quoted_before(&word, at))
                        .or_else(|| self.spokes_org_at(at)),
                    // "a spokesperson for the trust" with no trust named before: the trust.
                    OrgRef::Body(word) => self.spokes_body_at(word, at).or_else(|| Some(word.to_lowercase())),
                    _ => self.org(&org, at),
                };
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
                let resolved = self
                    .given_name_before(&words, at)
                    .or_else(|| self.described_before(&words, at))
                    .or_else(|| self.office_holder_before(&words, at))
                    .or_else(|| self.kind_of_post_holder_before(&words, at))
                    .or_else(|| self.office_holder_captioned(&words, at))
                    .or_else(|| self.first_named_described(&words, gender, at));
                let resolved = resolved.unwrap_or_else(|| {
                    // "the force's head of public protection": the post is the role.
                    let organisation = self.description_owner(&words, at);
                    let role =
                        organisation.as_ref().and_then(|_| words.split_once("'s ")).map(|(_, post)| post.to_string());
                    Resolved { speaker: words, role, organisation }
                });
                self.remember(at, &resolved, None, gender);
                Some(resolved)
            }
        }
    }
}
