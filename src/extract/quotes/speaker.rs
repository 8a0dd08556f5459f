//! Reading the words that name a speaker ("NCWT chief executive Owen Pryce", "a police
//! spokesman", "the charity", "she") into a structured, still unresolved [`Who`]. Here the
//! phrase is cut into parts ([`mod@parts`]) and read as a person ([`mod@person`]), an unnamed
//! person described ([`mod@description`]), a spokesperson or an organisation; [`roles`] reads
//! the role and organisation words around them.

mod clauses;
mod described_names;
mod description;
mod former;
mod initials;
mod parts;
mod person;
mod posts;
mod roles;

use std::sync::LazyLock;

use regex::Regex;

use super::context::is_known_org;
use super::names::{self, is_person_noun, Gender};
use crate::extract::places;
pub(super) use clauses::FINITE_VERBS;
pub(super) use described_names::is_describing_noun;
use description::description;
pub(crate) use description::without_unnamed_clause;
pub(super) use description::{family_compound_head, given_name_subject, name_given};
pub(crate) use former::holds_only_former_roles;
pub(super) use parts::without_lead_clause;
use parts::{first_word_lower, organisation_of_lead, parts, strip_conjunction, strip_statement, ADVERBIAL_STARTS};
use person::person;
pub(super) use person::{member_after_seat, peer_surname, SEAT_JOINING_WORDS};
pub(crate) use roles::is_charity_branch;
use roles::{office_of_a_person, organisation, spokes, spokes_for_a_person, strip_article};

/// An organisation as the speaker phrase names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgRef {
    /// Named in the phrase: "NSPCC", "Home Office", or a force by its canonical name.
    Named(String),
    /// "the force", "police": the force the article is about at this point.
    Force,
    /// "the charity": the charity named before.
    Charity,
    /// "the chain", "the insurer": the business or body named before, by its kind.
    Mentioned,
    /// "the council's", "the federation's": the body named before whose name holds this
    /// word, capitalised ("Council": "Northby Borough Council").
    Body(String),
    /// A councillor's council, when the words about them name none: the local council the
    /// text named last ("Northby Borough Council"), not any body called a council.
    Council,
    /// Not said: "A spokesperson said".
    Unsaid,
    /// Not said, but pointed back to with "the": "the spokesperson said", the one the
    /// paragraph reported, unless another has come up since.
    Reported,
}

/// A person named in the phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Full name without honorifics or ranks: "Owen Pryce".
    pub name: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub gender: Option<Gender>,
    /// Holds a police rank: "Detective Superintendent", "Sgt".
    pub police: bool,
    /// Named with a judge's title: "Judge Amy Lee", "Recorder Jo Bloggs", "Sheriff Ian Gow".
    pub judge: bool,
    /// The organisation the text named before, when the phrase only points back to it:
    /// "the force's assistant chief constable", "the charity's head of policy".
    pub owner: Option<OrgRef>,
}

/// Who a speaker phrase says is speaking, before looking at the rest of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Person(Person),
    /// A surname after a title: "Sgt Haldane", "Mr Pryce".
    Surname {
        surname: String,
        role: Option<String>,
        gender: Option<Gender>,
        /// The name stood after "Sir" or "Dame", which go before a given name ("Dame Jo"):
        /// it may be the given name of someone named in full before.
        given: bool,
    },
    /// A lone capitalised word: a surname ("Smith said") or an organisation ("Ofcom said").
    Bare(String),
    /// "he" or "she".
    Pronoun(Gender),
    /// "it": the organisation the text is about.
    It,
    /// An unnamed spokesperson; `word` is the printed noun ("spokesman").
    Spokes {
        word: String,
        org: OrgRef,
    },
    /// An organisation speaking: "the charity said", "the NSPCC said".
    Organisation(OrgRef),
    /// An unnamed person described: "one mother who rang Parentwise".
    Description {
        words: String,
        gender: Option<Gender>,
    },
}

/// Determiners that open an unnamed speaker's description.
const DETERMINERS: &[&str] = &["a", "an", "one", "another", "the", "this"];

/// Reads the words that name a speaker. `None` when they do not read as a speaker at all
/// (a clause of reported speech, a noun phrase, junk).
///
/// A clause saying where or when opens no speaker's words: it is dropped first, so that
/// "On a wet evening in Leeds, Jo Bloggs" is Jo Bloggs with no role, not one whose role is
/// "On a wet evening in Leeds". The words as they stand are read when the rest is no speaker.
/// A clause saying at which organisation ("At Barnardo's, chief executive Lynn Perry") gives
/// a person named after it with no organisation of their own theirs.
pub fn parse_who(phrase: &str) -> Option<Who> {
    let Some(rest) = without_lead_clause(phrase) else { return parse_who_in(phrase) };
    match parse_who_in(rest) {
        Some(Who::Person(mut p)) => {
            if p.organisation.is_none() && p.owner.is_none() {
                p.organisation = organisation_of_lead(phrase);
            }
            Some(Who::Person(p))
        }
        Some(who) => Some(who),
        None => parse_who_in(phrase),
    }
}

/// The most words a speaker is read from.
const MAX_SPEAKER_WORDS: usize = 24;

/// "Jo Bloggs, head of research at the Marlowe Institute, the think tank that studies housing
/// across the north …": speaker words too long to read whole, whose body named in a part set
/// off by commas is then described at length in a part of its own opening on an article.
/// The words before that description; `None` with no such part.
pub(in crate::extract::quotes) fn without_body_described(who: &str) -> Option<&str> {
    let first_comma = who.find(", ")?;
    let described_at = who[first_comma + 2..]
        .match_indices(", ")
        .map(|(at, _)| first_comma + 2 + at)
        .find(|&at| ["the ", "a ", "an "].iter().any(|article| who[at + 2..].starts_with(article)))?;
    Some(&who[..described_at])
}

/// [`parse_who`] on the speaker words as they stand.
fn parse_who_in(phrase: &str) -> Option<Who> {
    static PFCC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bpolice,\s+fire\s+and\s+crime\b").unwrap_or_else(|e| panic!("commissioner pattern: {e}"))
    });
    // "police, fire and crime commissioner" is one title, not two parts.
    let phrase = PFCC.replace_all(phrase, "Police Fire and Crime").replace(['(', ')'], ",");
    let phrase = phrase.trim().trim_matches(|c: char| c == ',' || c == '-' || c.is_whitespace());
    let phrase = strip_statement(strip_conjunction(phrase));
    let phrase = match without_body_described(phrase) {
        Some(kept) if phrase.split_whitespace().count() > MAX_SPEAKER_WORDS => kept,
        _ => phrase,
    };
    if phrase.is_empty() || phrase.split_whitespace().count() > MAX_SPEAKER_WORDS {
        return None;
    }
    // "Nadia, 38, from Luton", "Nadia, now 38, from Luton": an age after the first part
    // (which `parts` drops as an aside) says it names a person.
    let aged = phrase.split(',').nth(1).is_some_and(|a| {
        let a = a.trim();
        let a = ["now ", "then ", "aged "].iter().find_map(|w| a.strip_prefix(w)).unwrap_or(a).trim_start();
        (1..=3).contains(&a.len()) && a.bytes().all(|b| b.is_ascii_digit())
    });
    let parts = parts(phrase);
    let head = parts.first()?.clone();
    let head_lower = head.to_lowercase();
    match head_lower.as_str() {
        "he" => return Some(Who::Pronoun(Gender::Male)),
        "she" => return Some(Who::Pronoun(Gender::Female)),
        "it" => return Some(Who::It),
        _ => {}
    }
    if let Some(org) = organisation_by_clause(phrase) {
        return Some(Who::Organisation(org));
    }
    if let Some(spokes) = spokes_for_a_person(&head) {
        return Some(spokes);
    }
    if let Some(office) = office_of_a_person(&head) {
        return Some(office);
    }
    let found = person(&parts, aged);
    // "Police spokesman Jon Smith" is a named person; "A police spokesman" is not.
    if let Some(Who::Person(mut p)) = found {
        if p.organisation.is_none() {
            p.organisation = force_in_clause(phrase, p.police).map(str::to_string);
        }
        if p.organisation.is_none() && p.owner.is_none() && roles::is_councillor(p.role.as_deref()) {
            match councillors_body(phrase, p.role.as_deref().unwrap_or("")) {
                OrgRef::Named(name) => p.organisation = Some(name),
                other => p.owner = Some(other),
            }
        }
        return Some(Who::Person(p));
    }
    if let Some(named @ Who::Surname { .. }) = found {
        return Some(named);
    }
    if parts.iter().any(|p| p.to_lowercase().split_whitespace().any(|w| w.starts_with("spokes"))) {
        return spokes(&parts);
    }
    if let Some(found) = found {
        return Some(found);
    }
    if let Some(org) = organisation(&head).filter(|_| !person_from_a_body(&head)) {
        return Some(Who::Organisation(org));
    }
    // "Speaking to the panel in Leeds on Friday, the county's top officer": a part saying
    // when or doing what, too long for `without_lead_clause`, which `parts` drops as an
    // adverbial, opens no description either.
    description(phrase).or_else(|| {
        let (lead, rest) = split_at_comma(phrase)?;
        let adverbial = ADVERBIAL_STARTS.contains(&first_word_lower(lead).as_str());
        adverbial.then(|| description(rest.trim_start())).flatten()
    })
}

/// "A counsellor from a Hull charity", "a nurse at the trust": words describing a
/// person (an article, then a word for a person) by the body they come from or work at,
/// which the words end on. They describe the person, not the body.
fn person_from_a_body(head: &str) -> bool {
    let lower = head.to_lowercase();
    let Some(at) = [" from ", " at ", " with "].iter().filter_map(|p| lower.find(p)).min() else { return false };
    let words: Vec<&str> = lower[..at].split_whitespace().collect();
    let described = matches!(words.first(), Some(&("a" | "an" | "one" | "another")));
    described && words.len() <= 4 && words.iter().skip(1).any(|w| is_person_noun(w))
}

/// "Morland Retail, which runs 240 shops", "Hollins, the bakery chain": a name that the
/// words set off after it tell is a thing, not a person (people take "who", and a kind of
/// organisation is no person) names the organisation speaking, whatever its words are.
/// Only a name of capitalised words is read so.
fn organisation_by_clause(phrase: &str) -> Option<OrgRef> {
    let (head, rest) = phrase.split_once(',')?;
    // "At Children 1st, which runs a helpline": the preposition opening the sentence is
    // no part of the name, unless the whole is a name known ("For Women Scotland").
    let head = head.trim();
    let head = if is_known_org(head) {
        head
    } else {
        ["At ", "In ", "From ", "For ", "With "].iter().find_map(|p| head.strip_prefix(p)).unwrap_or(head)
    };
    let rest = rest.trim_start();
    let told = rest.starts_with("which ") || {
        // "the bakery chain", "a Midlands bank": up to four words after the article, ending in
        // a kind of organisation that is never a person.
        let part = rest.split(',').next().unwrap_or("");
        let words: Vec<&str> = part.split_whitespace().collect();
        matches!(words.first(), Some(&("the" | "a" | "an")))
            && (2..=5).contains(&words.len())
            && words.last().is_some_and(|w| names::is_org_kind_only(w))
    };
    let tokens: Vec<&str> = strip_article(head).split_whitespace().collect();
    let capitalised = tokens.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || matches!(*w, "of" | "and" | "&" | "for")
    });
    let pronoun = matches!(head.to_lowercase().as_str(), "he" | "she" | "it" | "they" | "we");
    if !told || tokens.is_empty() || tokens.len() > 6 || !capitalised || pronoun {
        return None;
    }
    let name = strip_article(head);
    Some(organisation(head).unwrap_or_else(|| OrgRef::Named(name.to_string())))
}

/// "Jo Bloggs, who leads Merseyside Police's online team": the one force a clause about the
/// person names is the force they belong to. A force's name opening that of the body that
/// scrutinises it ("who chairs the Gwent Police and Crime Panel", "the Police, Fire and
/// Crime Commissioner") names no force they belong to. Nor, unless the person is an
/// officer, does the area a force polices ("who set up the Safe Screens Merseyside group").
fn force_in_clause(phrase: &str, police: bool) -> Option<&'static str> {
    let at = first_of(phrase, [" who ", ", who "])?;
    let clause = &phrase[at..];
    let scrutiny = |end: usize| {
        let after = clause.get(end..).unwrap_or("");
        let Some(at) = after.find("and Crime ") else { return false };
        // Only more of the body's name between: "Kent| and Medway Police and Crime Panel".
        let between: Vec<&str> = after.get(..at).unwrap_or("").split_whitespace().collect();
        between.len() <= 4
            && between
                .iter()
                .all(|w| w.trim_end_matches(',').starts_with(char::is_uppercase) || matches!(*w, "and" | "&"))
    };
    let mut forces = places::mentions(clause)
        .into_iter()
        .filter(|m| m.place.scope == places::Scope::Force && !scrutiny(m.range.end))
        .filter(|m| police || !clause.get(m.range.clone()).is_some_and(posts::names_an_area_only));
    let first = forces.next()?.place.name;
    forces.all(|m| m.place.name == first).then_some(first)
}

/// The body a councillor with no organisation of their own speaks for. A clause about them
/// may name it ("who chairs Northby Council's licensing committee") or point back to a panel
/// ("who represents Eastfield on the panel"), as a role may ("Panel chairman Councillor");
/// a title may hold the council's name ("Kent County Councillor"). Otherwise it is the local
/// council the text named last ([`OrgRef::Council`]), when it named one.
fn councillors_body(phrase: &str, role: &str) -> OrgRef {
    let clause = [" who ", ", who "].iter().filter_map(|w| phrase.find(w)).min().map_or("", |at| &phrase[at..]);
    for word in ["Council", "Panel"] {
        if let Some(name) = super::context::last_body_named(clause, word) {
            return OrgRef::Named(name);
        }
    }
    let panel = |words: &str| words.split_whitespace().any(|w| bare(w).eq_ignore_ascii_case("panel"));
    if panel(clause) || panel(role) {
        return OrgRef::Body("Panel".to_string());
    }
    roles::council_of_title(role).map_or(OrgRef::Council, OrgRef::Named)
}

/// Where the first of `needles` (at most three, none empty) starts in `text`: the least of
/// their `find`s, in one scan for their first bytes rather than a substring searcher set up
/// for each, which costs more than the search on the short phrases this is used for.
fn first_of<const N: usize>(text: &str, needles: [&str; N]) -> Option<usize> {
    // memchr3 scans for three first bytes: a fourth needle's would never be looked for.
    const { assert!(N >= 1 && N <= 3, "first_of takes one to three needles") };
    let first = |i: usize| needles.get(i.min(N.saturating_sub(1))).and_then(|n| n.bytes().next());
    let (a, b, c) = (first(0)?, first(1)?, first(2)?);
    memchr::memchr3_iter(a, b, c, text.as_bytes())
        .find(|&at| needles.iter().any(|n| text.as_bytes()[at..].starts_with(n.as_bytes())))
}

/// `text.split_once(", ")` found by a byte scan for commas: the substring searcher's set-up
/// costs more than the search on the short phrases this is used for.
fn split_at_comma(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = memchr::memchr(b',', bytes.get(from..)?) {
        let at = from + i;
        if bytes.get(at + 1) == Some(&b' ') {
            return Some((text.get(..at)?, text.get(at + 2..)?));
        }
        from = at + 1;
    }
    None
}

/// A word with punctuation stuck to it removed ("Pryce," → "Pryce"); keeps inner
/// apostrophes and hyphens.
fn bare(word: &str) -> &str {
    let word = word.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'));
    strip_all_suffixes(strip_all_suffixes(word, "'s"), "’s")
}

/// `text.trim_end_matches(suffix)` without setting up a substring search, which costs more
/// than the check itself on the short words this is used for.
fn strip_all_suffixes<'t>(mut text: &'t str, suffix: &str) -> &'t str {
    while let Some(rest) = text.strip_suffix(suffix) {
        text = rest;
    }
    text
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The person a phrase names; the test fails on anything else.
    pub(in crate::extract::quotes::speaker) fn person_of(phrase: &str) -> Person {
        match parse_who(phrase) {
            Some(Who::Person(p)) => p,
            other => panic!("{phrase} -> {other:?}"),
        }
    }

    proptest::proptest! {
        #[test]
        fn first_of_is_the_least_find(text in "[a-c ,é]{0,12}") {
            let needles = [" a ", ", a", "bc"];
            let least = needles.iter().filter_map(|w| text.find(w)).min();
            proptest::prop_assert_eq!(first_of(&text, needles), least);
            let least = needles[..2].iter().filter_map(|w| text.find(w)).min();
            proptest::prop_assert_eq!(first_of(&text, [needles[0], needles[1]]), least);
        }

        #[test]
        fn split_at_comma_is_split_once(text in "[a-c ,é]{0,12}") {
            proptest::prop_assert_eq!(split_at_comma(&text), text.split_once(", "));
        }
    }

    #[test]
    fn an_organisations_branch_in_a_nation_is_the_organisation() {
        for (phrase, role, org) in [
            (
                "Jo Barrett, NSPCC Scotland policy and public affairs manager",
                "policy and public affairs manager",
                "NSPCC Scotland",
            ),
            ("NSPCC Cymru's head of policy, Jo Barrett", "head of policy", "NSPCC Cymru"),
            ("Jo Barrett, head of Barnardo's Northern Ireland", "head", "Barnardo's Northern Ireland"),
            ("Barnardo's director Jo Barrett", "director", "Barnardo's"),
            ("Jo Barrett, NSPCC policy manager", "policy manager", "NSPCC"),
            ("Jo Barrett, the NSPCC's policy manager", "policy manager", "NSPCC"),
        ] {
            let p = person_of(phrase);
            assert_eq!(
                (p.name.as_str(), p.role.as_deref(), p.organisation.as_deref()),
                ("Jo Barrett", Some(role), Some(org)),
                "{phrase}"
            );
        }
    }

    #[test]
    fn a_party_or_body_before_a_title_is_whose_title_it_is() {
        let p = person_of("Welsh Liberal Democrat health spokesman Owen Pryce MS");
        assert_eq!(p.name, "Owen Pryce");
        assert!(p.role.is_some_and(|r| r.contains("Welsh Liberal Democrat health spokesman")));
    }

    #[test]
    fn the_charitys_or_the_forces_role_is_the_role() {
        for phrase in [
            "Jo Barrett, the charity's policy manager",
            "Jo Barrett, the force's policy manager",
            "Its policy manager, Jo Barrett",
        ] {
            assert_eq!(person_of(phrase).role.as_deref(), Some("policy manager"), "{phrase}");
        }
    }

    #[test]
    fn an_organisation_named_after_its_kind_or_as_where_someone_works_is_the_organisation() {
        for (phrase, role, org) in [
            ("Jo Barrett, chief executive of the Leeds-based charity Safe Harbour", "chief executive", "Safe Harbour"),
            (
                "Jo Barrett, a spokeswoman for the residents' group Keep Oakfield Green",
                "spokeswoman",
                "Keep Oakfield Green",
            ),
            ("Jo Barrett, head of research at Open Screens", "head of research", "Open Screens"),
            (
                "Jo Barrett, regional director of the Federation of Small Retailers",
                "regional director",
                "Federation of Small Retailers",
            ),
            ("Jo Barrett, deputy chair of the Welsh Assembly", "deputy chair", "Welsh Assembly"),
        ] {
            let p = person_of(phrase);
            assert_eq!((p.role.as_deref(), p.organisation.as_deref()), (Some(role), Some(org)), "{phrase}");
        }
        // A known first name after the kind of body starts a person's name.
        assert_eq!(person_of("head of policy at the children's charity Andrew Barnes").name, "Andrew Barnes");
        // A town is where someone works, not whom for.
        let p = person_of("Jo Barrett, a teacher at Leeds");
        assert_eq!(p.organisation, None);
        assert_eq!(
            parse_who("a spokesperson for the campaign group Open Streets"),
            Some(Who::Spokes { word: "spokesperson".into(), org: OrgRef::Named("Open Streets".into()) })
        );
    }

    #[test]
    fn a_unit_of_the_force_an_officer_is_of_joins_the_role() {
        for (phrase, role, org) in [
            ("Inspector Jo Barrett, of Dorset Police's Marine Unit", "Inspector, Marine Unit", "Dorset Police"),
            (
                "Detective Sergeant Jo Barrett, from the Met's fraud squad",
                "Detective Sergeant, fraud squad",
                "Metropolitan Police",
            ),
            ("Sergeant Jo Barrett, of Dorset Police", "Sergeant", "Dorset Police"),
            (
                "Sergeant Jo Barrett, of the Dorset Police Rural Crime Team",
                "Sergeant, Rural Crime Team",
                "Dorset Police",
            ),
            ("PC Jo Barrett, from Greater Manchester Police", "PC", "Greater Manchester Police"),
        ] {
            let p = person_of(phrase);
            assert_eq!((p.role.as_deref(), p.organisation.as_deref()), (Some(role), Some(org)), "{phrase}");
        }
    }

    #[test]
    fn a_name_owning_a_job_title_is_the_organisation() {
        for (phrase, role, org) in [
            ("Safe Harbour's head of policy, Jo Barrett", "head of policy", "Safe Harbour"),
            ("Jo Barrett, Welsh Labour's justice spokesperson", "justice spokesperson", "Welsh Labour"),
        ] {
            let p = person_of(phrase);
            assert_eq!((p.role.as_deref(), p.organisation.as_deref()), (Some(role), Some(org)), "{phrase}");
        }
        // A place owning a title is no organisation.
        assert_eq!(person_of("Britain's top police officer, Jo Barrett").organisation, None);
    }

    #[test]
    fn unnamed_spokespeople_keep_the_organisation_they_name() {
        let org = |phrase: &str| match parse_who(phrase) {
            Some(Who::Spokes { org, .. }) => org,
            other => panic!("{phrase} -> {other:?}"),
        };
        assert_eq!(org("A Cleveland Police spokesperson"), OrgRef::Named("Cleveland Police".into()));
        assert_eq!(org("A West Yorkshire Police spokesperson"), OrgRef::Named("West Yorkshire Police".into()));
        assert_eq!(org("A South Wales Police spokeswoman"), OrgRef::Named("South Wales Police".into()));
        assert_eq!(org("a spokesman for Durham Police"), OrgRef::Named("Durham Constabulary".into()));
        assert_eq!(org("a spokeswoman for the force"), OrgRef::Force);
        assert_eq!(org("A police spokesman"), OrgRef::Force);
        assert_eq!(org("A spokesperson"), OrgRef::Unsaid);
        assert_eq!(org("A Home Office spokesperson"), OrgRef::Named("Home Office".into()));
        assert_eq!(org("a spokesperson for the NSPCC"), OrgRef::Named("NSPCC".into()));
        assert_eq!(org("A Bank of England spokesman"), OrgRef::Named("Bank of England".into()));
        assert_eq!(
            org("a spokeswoman for the Department for Culture, Media and Sport"),
            OrgRef::Named("Department for Culture, Media and Sport".into())
        );
        assert_eq!(
            org("a spokesman for the Office of the Children's Commissioner"),
            OrgRef::Named("Office of the Children's Commissioner".into())
        );
        for phrase in [
            "A Thames Valley Police spokeswoman",
            "A Devon and Cornwall Police spokesperson",
            "A Welsh Government spokesperson",
            "A TikTok spokesperson",
            "a spokesperson for Barnardo's Cymru",
        ] {
            assert!(matches!(parse_who(phrase), Some(Who::Spokes { .. })), "{phrase}");
        }
        match parse_who("Police spokesman Jon Smith") {
            Some(Who::Person(p)) => {
                assert_eq!((p.name.as_str(), p.role.as_deref()), ("Jon Smith", Some("spokesman")))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_spokesperson_for_a_titled_person_speaks_for_that_person() {
        let spokes = |phrase: &str| match parse_who(phrase) {
            Some(Who::Spokes { word, org }) => (word, org),
            other => panic!("{phrase} -> {other:?}"),
        };
        // Named as printed, title and all: "Dr" or "Mr" may be part of a firm's name.
        assert_eq!(spokes("A spokesperson for Mr Hallam"), ("spokesperson".into(), OrgRef::Named("Mr Hallam".into())));
        assert_eq!(
            spokes("a spokeswoman for Dame Ruth Ellery"),
            ("spokeswoman".into(), OrgRef::Named("Dame Ruth Ellery".into()))
        );
        assert_eq!(spokes("The spokesman for Dr Okafor"), ("spokesman".into(), OrgRef::Named("Dr Okafor".into())));
        assert_eq!(spokes("A spokesperson for Dr Oetker"), ("spokesperson".into(), OrgRef::Named("Dr Oetker".into())));
        // A couple, their honorifics joined by "and".
        assert_eq!(
            spokes("A spokesman for Mr and Mrs Adeyemi"),
            ("spokesman".into(), OrgRef::Named("Mr and Mrs Adeyemi".into()))
        );
        // A portfolio after "for" is the title of the person named after it.
        match parse_who("Labour spokeswoman for home affairs Ms Ruth Ellery") {
            Some(Who::Person(p)) => assert_eq!(p.name, "Ruth Ellery"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_spokesperson_for_a_body_called_by_its_kind_points_back_to_it() {
        let org = |phrase: &str| match parse_who(phrase) {
            Some(Who::Spokes { org, .. }) => org,
            other => panic!("{phrase} -> {other:?}"),
        };
        assert_eq!(org("A spokesperson for the partnership"), OrgRef::Body("Partnership".into()));
        assert_eq!(org("a trust spokesman"), OrgRef::Body("Trust".into()));
        assert_eq!(org("a spokeswoman for the federation"), OrgRef::Body("Federation".into()));
        // A body calling itself by its kind writes it with a capital.
        assert_eq!(org("a spokesperson for the Trust"), OrgRef::Body("Trust".into()));
        // A body's own name is no pointer back.
        assert_eq!(org("a spokesman for the Ferndale Trust"), OrgRef::Named("Ferndale Trust".into()));
    }

    #[test]
    fn organisations_speak_for_themselves() {
        assert_eq!(parse_who("the charity"), Some(Who::Organisation(OrgRef::Charity)));
        assert_eq!(parse_who("The children's charity"), Some(Who::Organisation(OrgRef::Charity)));
        assert_eq!(parse_who("the NSPCC"), Some(Who::Organisation(OrgRef::Named("NSPCC".into()))));
        assert_eq!(parse_who("Cleveland Police"), Some(Who::Organisation(OrgRef::Named("Cleveland Police".into()))));
        assert_eq!(parse_who("the force"), Some(Who::Organisation(OrgRef::Force)));
        assert_eq!(
            parse_who("In a statement, the Home Office"),
            Some(Who::Organisation(OrgRef::Named("Home Office".into())))
        );
    }

    #[test]
    fn a_name_told_by_which_or_by_a_kind_of_business_is_an_organisation() {
        for (phrase, name) in [
            ("Hollins Bakeries, which runs 80 shops across Lancashire", "Hollins Bakeries"),
            ("Hollins, the bakery chain", "Hollins"),
            ("Tom Hartley, which runs 80 shops", "Tom Hartley"),
        ] {
            assert_eq!(parse_who(phrase), Some(Who::Organisation(OrgRef::Named(name.into()))), "{phrase}");
        }
        assert_eq!(
            parse_who("Durham Police, which covers the county"),
            Some(Who::Organisation(OrgRef::Named("Durham Constabulary".into())))
        );
        for phrase in
            ["Tom Hartley, who runs 80 shops", "Tom Hartley, a local retailer", "Tom Hartley, the firm's founder"]
        {
            assert!(matches!(parse_who(phrase), Some(Who::Person(_))), "{phrase}");
        }
        assert_eq!(parse_who("the chain"), Some(Who::Organisation(OrgRef::Mentioned)));
        assert_eq!(parse_who("The insurer"), Some(Who::Organisation(OrgRef::Mentioned)));
    }

    #[test]
    fn clauses_are_not_speakers() {
        for phrase in [
            "is a term used by",
            "crimes, police",
            "was introduced after the Home Office",
            "the figures",
            "they",
            "It was",
        ] {
            assert_eq!(parse_who(phrase), None, "{phrase}");
        }
    }
}
