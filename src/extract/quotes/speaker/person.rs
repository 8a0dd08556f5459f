//! Finding the person a speaker phrase names: runs of name words that are no place or
//! organisation, a first name described or aged ("Janet, 52, from Wallasey"), honorifics
//! and titles around a name, and the gender the words give.

use super::clauses::{tells_what_was_done, FINITE_VERBS, JOINING_WORDS};
use super::described_names::{first_name_described, is_describing_noun};
use super::initials::{initials_then_name, is_initial, is_titled_initial_at};
use super::roles::{is_body_kind, read_role_and_org};
use super::{bare, former, posts, OrgRef, Person, Who};
use crate::extract::places;
use crate::extract::quotes::context::is_known_org;
use crate::extract::quotes::names::{
    self, first_name_gender, gender_of_word, is_acronym, is_honorific, is_name_word, is_org_word, is_person_noun,
    is_role_word,
};

/// Words of feeling a paper sets before a person's title ("Devastated mum", "Proud dad").
fn is_feeling(word: &str) -> bool {
    const FEELINGS: &[&str] = &[
        "devastated",
        "heartbroken",
        "distraught",
        "grief-stricken",
        "tearful",
        "furious",
        "angry",
        "proud",
        "delighted",
        "relieved",
        "shocked",
        "brave",
        "tragic",
    ];
    FEELINGS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// Finds the person a phrase names, with their role and organisation from the other parts.
pub(super) fn person(parts: &[String], aged: bool) -> Option<Who> {
    let mut single: Option<Who> = None;
    for (p, part) in parts.iter().enumerate() {
        let tokens: Vec<&str> = part.split_whitespace().collect();
        let runs = name_runs(&tokens, aged);
        let titled = |run: &std::ops::Range<usize>| {
            run.start.checked_sub(1).is_some_and(|j| is_honorific(bare(tokens[j])) || is_role_word(bare(tokens[j])))
        };
        // "Kent County Councillor Andrew Brignall", "Scottish Labour justice spokesman Ruth
        // Baird": names right before a title (after a few lower-case words of it) that a later
        // name follows say whose title it is; the name is the one after.
        // "the Liberal Democrat MP for Bath, Wera Hobhouse": a name set off by commas after
        // the part is whose title it is.
        let apposed_name_follows = parts.get(p + 1..).unwrap_or_default().iter().any(|later| is_bare_name(later));
        let qualifies_title = |run: &std::ops::Range<usize>| {
            let title = tokens.iter().skip(run.end).take(3).take_while(|w| {
                let w = bare(w);
                is_honorific(w) || is_role_word(w) || w.starts_with(char::is_lowercase)
            });
            title.clone().any(|w| is_honorific(bare(w)) || is_role_word(bare(w)))
                && (runs.iter().any(|later| later.start > run.end && titled(later)) || apposed_name_follows)
        };
        // "the Scottish Conservative justice spokesman", "a Welsh Labour councillor": capitals
        // after an article and before the lower-case words of a title (a role or an office)
        // name whose title it is (a party, a body), never a person: no one's name follows
        // "the".
        let owns_title = |run: &std::ops::Range<usize>| {
            let article =
                run.start.checked_sub(1).is_some_and(|j| matches!(tokens[j], "the" | "The" | "a" | "A" | "an" | "An"));
            let title = tokens.iter().skip(run.end).take(3).take_while(|w| w.starts_with(char::is_lowercase));
            article && title.clone().any(|w| is_role_word(bare(w)) || names::is_office(bare(w)))
        };
        // "Head of Safeguarding for Schools Mrs Ann Lowe": capitals opening on no first name,
        // before a name a courtesy title ("Mr", "Ms", "Dr") introduces later in the part,
        // are the title's, not a name.
        let courtesy_name_follows = |run: &std::ops::Range<usize>| {
            first_name_gender(bare(tokens[run.start])).is_none()
                && runs.iter().any(|later| {
                    later.start > run.end && later.start.checked_sub(1).is_some_and(|j| is_courtesy(tokens[j]))
                })
        };
        let Some(run) = runs
            .iter()
            .find(|r| r.len() >= 2 && !qualifies_title(r) && !owns_title(r) && !courtesy_name_follows(r))
            // "The Chief Fire Officer, Dan Pike": a word between two of a title's words, before
            // a name set off by commas, is the title's ("Fire"), not a surname after "Chief".
            .or_else(|| runs.iter().find(|r| titled(r) && !qualifies_title(r)))
            .cloned()
        else {
            if single.is_none() && parts.len() == 1 && tokens.len() == 1 && runs.len() == 1 {
                single = Some(Who::Bare(bare(tokens[0]).to_string()));
            }
            if let Some(named) = first_name_described(p, &tokens, parts, aged) {
                return Some(named);
            }
            continue;
        };
        // "The trust's Independent Reviewer, Dr Alison Pryce", "Director for Roads, Public
        // Transport and Parking, Jo Bloggs": capitalised words opening with no first name,
        // before a name a later part gives with its honorific or alone from a first name,
        // are a title.
        if !titled(&run)
            && first_name_gender(bare(tokens[run.start])).is_none()
            && parts.get(p + 1..).unwrap_or_default().iter().any(|later| honoured_name(later) || first_named(later))
        {
            continue;
        }
        // "Spokesman" and "chairman" are the titles of many women too: before a name they
        // leave the person's pronoun open.
        let gender = tokens[..run.start]
            .iter()
            .filter(|w| !matches!(bare(w).to_lowercase().as_str(), "spokesman" | "chairman"))
            .find_map(|w| gender_of_word(bare(w)))
            .or_else(|| first_name_gender(bare(tokens[run.start])).filter(|_| run.len() >= 2));
        // An honorific that names an office of a place ("County Councillor") stays in the
        // role, and so does one that is an office by itself ("Councillor", "Recorder").
        let qualified = runs.iter().any(|r| r.end < run.start && qualifies_title(r));
        // "Inquiry chair Sir Robert Vane": the honorifics right before the name are the
        // name's, never the title's.
        let courtesy = tokens[..run.start].iter().rev().take_while(|w| is_courtesy(w)).count();
        let before: Vec<&str> =
            tokens[..run.start - courtesy].iter().copied().filter(|w| qualified || !is_courtesy(w)).collect();
        // "Heartbroken dad Tom Reed", "Proud headteacher Ann Lowe": a feeling opening the
        // words before the name is the writer's colour, not part of the title. Before a
        // capitalised word that is no title it opens a name ("Proud Trust chief executive",
        // "Brave Heart Trust founder") and stays.
        let mut feelings = before.iter().take_while(|w| is_feeling(bare(w))).count();
        if let Some(next) = before.get(feelings).map(|w| bare(w)) {
            let named = next.starts_with(char::is_uppercase) && !is_honorific(next) && !names::is_role_word(next);
            if named {
                feelings = 0;
            }
        }
        let before = before.get(feelings..).filter(|rest| !rest.is_empty()).unwrap_or(&before);
        // "…, though Detective Inspector Jo Bloggs": the word joining the clause is no title's.
        let joining = before.iter().take_while(|w| JOINING_WORDS.contains(w)).count();
        let before = &before[joining..];
        // "Jane Doe MP", "Sir Robert Vane KC": letters after the name go with it, not into a
        // role; a part of letters alone ("Ann Lowe, OBE,") too.
        let after = &tokens[run.end..];
        // "Lord Patel of Bradford": a peer's title and territorial designation name them.
        let peer = run.len() == 1 && tokens[..run.start].last().is_some_and(|w| is_peer_title(bare(w)));
        let designation = if peer { territorial_designation(after) } else { 0 };
        let (seat, after) = after.split_at(designation);
        // "Commissioner Jo Bloggs welcomed the fall but": what the sentence says they did.
        let after = if after.first().is_some_and(|w| tells_what_was_done(w)) { &[][..] } else { after };
        let lettered = after.iter().take_while(|w| names::is_postnominal(bare(w))).count();
        let (mut letters, after) = (after[..lettered].to_vec(), &after[lettered..]);
        let mut roles: Vec<String> = Vec::new();
        let mut org: Option<String> = None;
        let mut owner: Option<OrgRef> = None;
        read_role_and_org(&before.join(" "), &mut roles, &mut org, &mut owner);
        if !after.is_empty() {
            read_role_and_org(&after.join(" "), &mut roles, &mut org, &mut owner);
        }
        for (q, other) in parts.iter().enumerate() {
            let words: Vec<&str> = other.split_whitespace().collect();
            // "Devon's total has risen by half, though …": a clause of the sentence, with
            // no title in it ("a report by the police and crime commissioner" keeps one).
            let clause = words.iter().any(|w| FINITE_VERBS.contains(w)) && !words.iter().any(|w| is_role_word(bare(w)));
            // "Jo Bloggs, policy lead at the Hearth Foundation, the housing charity": what
            // kind of body theirs is says nothing of their role.
            if q == p || clause || (org.is_some() && describes_a_body(other)) {
                continue;
            }
            if words.iter().all(|w| names::is_postnominal(bare(w))) {
                letters.extend(words);
            } else {
                read_role_and_org(other, &mut roles, &mut org, &mut owner);
            }
        }
        roles.retain(|r| !r.is_empty());
        // A member's letters alone say what the person is: "Jo Bloggs MP" is an MP. Beside
        // a title they add nothing to it, and an honour ("OBE") is no role.
        if roles.is_empty() {
            let seats: Vec<&str> = letters.iter().map(|w| bare(w)).filter(|w| names::is_members_letters(w)).collect();
            if !seats.is_empty() {
                roles.push(seats.join(" "));
            }
        }
        // A rank held once ("retired detective") makes no serving officer of the speaker.
        let police = roles.iter().filter(|r| !former::is_former_role(r)).any(|r| posts::holds_police_rank(r));
        let role = (!roles.is_empty()).then(|| roles.join(", "));
        let judge = tokens[..run.start]
            .iter()
            .any(|w| matches!(bare(w).to_lowercase().as_str(), "judge" | "recorder" | "sheriff"));
        // An initial keeps its full stop: "G. Hatch".
        let name_words: Vec<&str> =
            tokens[run.clone()].iter().map(|w| if is_initial(w, true) { w } else { bare(w) }).collect();
        // "Mr Justice Hale", "Lady Justice Marr": a High Court or appeal judge is named by
        // the whole style, never by "Justice Hale".
        let styled = run.len() == 2
            && bare(tokens[run.start]) == "Justice"
            && tokens[..run.start]
                .last()
                .is_some_and(|w| matches!(bare(w), "Mr" | "Mrs" | "Ms" | "Miss" | "Lord" | "Lady"));
        if styled {
            let title = tokens[..run.start].last().map_or("", |w| bare(w));
            let name = format!("{title} {}", name_words.join(" "));
            let owner = owner.filter(|_| org.is_none());
            return Some(Who::Person(Person { name, role, organisation: org, gender, police, judge: true, owner }));
        }
        if peer {
            let title = tokens[..run.start].last().map_or("", |w| bare(w));
            let seat: Vec<&str> = seat.iter().map(|w| bare(w)).collect();
            let name = [&[title][..], &name_words, &seat].concat().join(" ");
            let owner = owner.filter(|_| org.is_none());
            return Some(Who::Person(Person { name, role, organisation: org, gender, police, judge, owner }));
        }
        // "ap Gruffydd" after "Cllr": one surname, its particle and all.
        let surname_only = name_words.len() == 1
            || (names::is_name_particle(name_words[0]) && name_words[0].starts_with(char::is_lowercase));
        if surname_only {
            let given = tokens[..run.start].last().is_some_and(|w| matches!(bare(w), "Sir" | "Dame"));
            // "Mrs K" is named by the title with the initial, as a report prints her.
            let surname = if is_titled_initial_at(&tokens, run.start) {
                format!("{} {}", bare(tokens[run.start - 1]).trim_end_matches('.'), name_words.join(" "))
            } else {
                name_words.join(" ")
            };
            return Some(Who::Surname { surname, role, gender, given });
        }
        let owner = owner.filter(|_| org.is_none());
        return Some(Who::Person(Person {
            name: name_words.join(" "),
            role,
            organisation: org,
            gender,
            police,
            judge,
            owner,
        }));
    }
    single
}

/// "the housing charity", "a campaign group that works with schools", "the think tank that
/// studies housing": a part that says what kind of body something is: an article, at most
/// three lower-case words that are no title, and a noun for a kind of body, ending the part
/// or opening what is said of the body.
fn describes_a_body(part: &str) -> bool {
    const GOES_ON: &[&str] = &["that", "which", "whose", "based", "in", "for", "with", "working", "founded", "run"];
    let tokens: Vec<&str> = part.split_whitespace().collect();
    if !tokens.first().is_some_and(|w| matches!(*w, "the" | "a" | "an")) {
        return false;
    }
    let is_kind = |w: &str| is_body_kind(w) || w == "tank";
    let Some(mut kind) = tokens.iter().skip(1).take(4).position(|w| is_kind(bare(w))).map(|at| at + 1) else {
        return false;
    };
    // "a campaign group": the last of the nouns heads it.
    while tokens.get(kind + 1).is_some_and(|w| is_kind(bare(w))) {
        kind += 1;
    }
    let described = tokens[1..kind].iter().all(|w| w.starts_with(char::is_lowercase) && !is_role_word(bare(w)));
    let ends = tokens.get(kind + 1).is_none_or(|next| GOES_ON.contains(next));
    described && ends
}

/// Whether a part of a phrase names someone with a courtesy honorific and a known first name:
/// "Dr Maureen Ashby", "Mr Tom Reed".
fn honoured_name(part: &str) -> bool {
    let tokens: Vec<&str> = part.split_whitespace().collect();
    tokens.windows(2).any(|w| is_courtesy(w[0]) && first_name_gender(bare(w[1])).is_some())
}

/// Whether a part is a person's name alone opening on a known first name: "Jo Bloggs",
/// "Priya de Souza".
fn first_named(part: &str) -> bool {
    is_bare_name(part) && part.split_whitespace().next().is_some_and(|w| first_name_gender(bare(w)).is_some())
}

/// An honorific that is no office: "Sir", "Dame", "Dr" ("Councillor" and "Judge" are offices).
/// A member's letters in capitals are a seat's, not a courtesy's ("Plaid Cymru MS for Arfon").
fn is_courtesy(word: &str) -> bool {
    let word = bare(word);
    is_honorific(word) && !names::is_office(word) && !names::is_members_letters(word)
}

/// "Wera Hobhouse", "Jo de Souza": a part that is a person's name alone, of two to four
/// capitalised name words, no place or organisation.
fn is_bare_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| is_name_word(bare(w)) || names::is_name_particle(w))
        && !words.iter().any(|w| is_org_word(bare(w)))
        && places::by_alias(part).is_none()
        && !is_known_org(part)
}

/// The titles a peer is named by before their surname alone ("Baroness Hollis", "Lord
/// Patel"), as printed.
const PEER_TITLES: &[&str] = &["Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess"];

fn is_peer_title(word: &str) -> bool {
    PEER_TITLES.contains(&word)
}

/// The surname of a peer named by title ("Okafor" of "Lord Okafor of Saltash" or "Lord
/// Okafor"), or `None` for a name that is no peer's.
pub(in crate::extract::quotes) fn peer_surname(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let title = words.next()?;
    let surname = words.next()?;
    let rest: Vec<&str> = words.collect();
    let seated = rest.is_empty() || rest.first() == Some(&"of");
    (is_peer_title(title) && seated).then_some(surname)
}

/// How many of the words after a peer's surname are their territorial designation: "of"
/// and the capitalised words of a place up to a comma ("of Bradford", "of Kings Heath,").
fn territorial_designation(after: &[&str]) -> usize {
    if after.first().is_none_or(|w| *w != "of") {
        return 0;
    }
    let mut n = 1;
    while let Some(w) = after.get(n) {
        if !is_name_word(bare(w)) || !w.starts_with(char::is_uppercase) {
            break;
        }
        n += 1;
        if w.ends_with([',', ')', ';']) {
            break;
        }
    }
    if n > 1 {
        n
    } else {
        0
    }
}

/// Titles that are also surnames, as printed: after a first name they end a name.
const SURNAME_TITLES: &[&str] = &["Lord", "Judge", "Sheriff", "Baron", "Dame"];

/// Where names may stand among a part's words: runs of name words that are not a place or
/// an organisation ("NSPCC Northern Ireland", "from Barnardo's Cymru", "Thames Valley Police").
/// `aged`: the phrase gives the person's age ("Jack Wills, 19,"), so a name a business or
/// place also has is theirs.
fn name_runs(tokens: &[&str], aged: bool) -> Vec<std::ops::Range<usize>> {
    let is_possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // "Grandmother Janet", "Farmer Tom Hartley", "Victim Tamsin Crewe": a word for a
        // person before a first name (alone, or known as one and followed by a surname, or any
        // two name words that end the name) is no part of the name.
        let name_at = |j: usize| tokens.get(j).is_some_and(|w| is_name_word(bare(w)));
        // "Victim Support Cymru" is an organisation's name.
        let org_name = |n: usize| {
            tokens
                .get(i..i + n)
                .is_some_and(|ws| is_known_org(&ws.iter().map(|w| bare(w)).collect::<Vec<_>>().join(" ")))
        };
        let first_name_follows = || {
            (tokens.get(i + 1).is_some_and(|w| first_name_gender(bare(w)).is_some())
                || !name_at(i + 3)
                    && !tokens.get(i + 1).is_some_and(|w| w.ends_with(','))
                    && !org_name(2)
                    && !org_name(3))
                && name_at(i + 1)
                && name_at(i + 2)
        };
        // Asked last, and only of a name word: the lookups of the words after it are the dear part.
        let describing = || is_describing_noun(tokens[i]) && (i == 0 && tokens.len() == 2 || first_name_follows());
        // "Cllr ap Gruffydd", "Ms van Damme": a surname opening on a lower-case particle,
        // right after a title, is named by title and surname as any other.
        let particle_opens = i > 0
            && names::is_name_particle(tokens[i])
            && tokens[i].starts_with(char::is_lowercase)
            && is_honorific(bare(tokens[i - 1]))
            && !tokens[i - 1].ends_with([',', ')']);
        let particle_opens = particle_opens.then(|| particles_then_name(tokens, i)).flatten();
        // "Mrs K", "Mr D": a courtesy title and one capital is the name a report gives
        // someone it keeps unnamed, a surname of its own ("Mr J Smith" is an initial
        // before the surname).
        if i > 0 && is_titled_initial_at(tokens, i) {
            runs.push(i..i + 1);
            i += 1;
            continue;
        }
        // "Mr G. Hatch", "J. R. Bloggs": a person's initials open the name they stand before.
        let particle_opens = particle_opens.or_else(|| initials_then_name(tokens, i));
        if particle_opens.is_none() && (!is_name_word(bare(tokens[i])) || is_possessive(tokens[i]) || describing()) {
            i += 1;
            continue;
        }
        let start = i;
        if let Some(name_at) = particle_opens {
            i = name_at;
        }
        // "Amy Lord", "Owen Judge": a title that is also a surname, after a name word and
        // before none, ends the name ("Lord Smith" is still a title).
        let surname_title = |j: usize| {
            j > start
                && SURNAME_TITLES.contains(&bare(tokens[j]))
                && !tokens[j - 1].ends_with([',', ')'])
                && !tokens.get(j + 1).is_some_and(|w| is_name_word(bare(w)))
        };
        // "Llinos ap Dafydd", "Anna van der Berg", "Ciara Ó Néill": a particle between name
        // words is part of the name.
        let particles = |j: usize| {
            let mut k = j;
            while k > start
                && k < tokens.len()
                && names::is_name_particle(tokens[k])
                && !tokens[k - 1].ends_with([',', ')'])
            {
                k += 1;
            }
            (k > j && tokens.get(k).is_some_and(|w| is_name_word(bare(w)))).then_some(k)
        };
        while i < tokens.len() && (is_name_word(bare(tokens[i])) || surname_title(i)) && !is_possessive(tokens[i]) {
            if let Some(k) = particles(i + 1) {
                i = k;
            }
            i += 1;
            if tokens[i - 1].ends_with([',', ')']) {
                break;
            }
        }
        // "Liberal Democrat MP for Bath Jo Bloggs": the member is the one named; the words
        // before the seat are the party's.
        if let Some(name_start) = member_after_seat(tokens, start, i) {
            runs.clear();
            runs.push(name_start..i.min(name_start + 4));
            continue;
        }
        let run = start..i.min(start + 4);
        let words: Vec<&str> = tokens[run.clone()].iter().map(|w| bare(w)).collect();
        let prev = start.checked_sub(1).map(|j| tokens[j]);
        // "from Safe Harbour", "the charity Safe Harbour": the name of an organisation. After
        // a kind of body, a known first name still starts a person's name ("head of policy
        // at the charity Andrew Barnes said").
        let after_kind = prev.is_some_and(is_body_kind) && first_name_gender(words[0]).is_none();
        let after_org = after_kind
            || prev.is_some_and(|w| {
                (is_acronym(w) && !is_possessive(w))
                    || matches!(w.to_lowercase().as_str(), "from" | "of" | "for" | "at" | "with" | "by" | "in")
            });
        let before_org = tokens.get(i).is_some_and(|w| is_org_word(bare(w)) || is_acronym(w));
        // "A Co Antrim mother": names before a person noun say where the person is from.
        let before_noun = tokens.get(i).is_some_and(|w| w.starts_with(char::is_lowercase) && is_person_noun(bare(w)));
        let place = places::by_alias(&words.join(" ")).is_some();
        // "Victim Support said", "Action Fraud said": a known organisation's name is no person's.
        let joined = words.join(" ");
        let named_like_a_person = names::named_like_a_person(&joined);
        let known_org =
            words.len() >= 2 && !(aged && named_like_a_person) && (is_known_org(&joined) || named_like_a_person);
        if !after_org && !before_org && !before_noun && !place && !known_org {
            runs.push(run);
        }
    }
    runs
}

/// Where the name word after the particles from `at` stands ("ap Gruffydd", "van der Berg"):
/// `None` when no name word ends them.
fn particles_then_name(tokens: &[&str], at: usize) -> Option<usize> {
    let mut k = at;
    while tokens.get(k).is_some_and(|w| names::is_name_particle(w)) {
        k += 1;
    }
    (k > at && tokens.get(k).is_some_and(|w| is_name_word(bare(w)))).then_some(k)
}

/// Lower-case words a seat's name may hold: "Houghton and Sunderland South", "Stratford-on-Avon".
pub(in crate::extract::quotes) const SEAT_JOINING_WORDS: &[&str] = &["and", "of", "upon", "on", "the", "in"];

/// "Labour MP for Stockport Jo Bloggs", "MSP for Glasgow Kelvin Ann Reid": the run of name
/// words `start..end` ends a seat named after a member's letters and "for", and then the
/// member's name: where that name starts, at a known first name past the seat's first word,
/// or else the last two words. `None` when the run follows no seat or is too short to hold
/// a seat and a name.
pub(in crate::extract::quotes) fn member_after_seat(tokens: &[&str], start: usize, end: usize) -> Option<usize> {
    if end < start + 3 || tokens[start..end - 1].iter().any(|w| w.ends_with([',', ')'])) {
        return None;
    }
    let mut j = start.checked_sub(1)?;
    while SEAT_JOINING_WORDS.contains(&tokens[j]) || (j + 1 < start && is_name_word(bare(tokens[j]))) {
        if start - j > 8 {
            return None;
        }
        j = j.checked_sub(1)?;
    }
    let seat_opens = tokens[j] == "for" && j.checked_sub(1).is_some_and(|m| names::is_members_letters(bare(tokens[m])));
    if !seat_opens {
        return None;
    }
    let first_name = (start + 1..end - 1).find(|&k| first_name_gender(bare(tokens[k])).is_some());
    Some(first_name.unwrap_or(end - 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::names::Gender;
    use crate::extract::quotes::speaker::parse_who;
    use crate::extract::quotes::speaker::tests::person_of;

    #[test]
    fn a_capitalised_title_before_an_honoured_name_is_no_name() {
        let p = person_of("The trust's Independent Reviewer, Dr Alison Pryce");
        assert_eq!(p.name, "Alison Pryce");
        assert!(p.role.is_some_and(|r| r.contains("Independent Reviewer")));
        let p = person_of("The board's Lay Member, Mr David Kerr");
        assert_eq!(p.name, "David Kerr");
    }

    #[test]
    fn people_are_named_without_titles_whatever_the_word_order() {
        let cases = [
            (
                "Nick Tavener, NCWT head of youth internet safety policy",
                "Nick Tavener",
                Some("head of youth internet safety policy"),
                Some("NCWT"),
            ),
            ("OCET Sergeant Rob Haldane", "Rob Haldane", Some("Sergeant"), Some("OCET")),
            (
                "Gwent Police Detective Chief Superintendent Fiona Raikes",
                "Fiona Raikes",
                Some("Detective Chief Superintendent"),
                Some("Gwent Police"),
            ),
            ("Owen Pryce, chief executive of the NCWT", "Owen Pryce", Some("chief executive"), Some("NCWT")),
            (
                "Owen Pryce, chief executive of the Lanyard Trust",
                "Owen Pryce",
                Some("chief executive"),
                Some("Lanyard Trust"),
            ),
            ("NCWT chief executive Owen Pryce", "Owen Pryce", Some("chief executive"), Some("NCWT")),
            ("CEO Owen Pryce", "Owen Pryce", Some("CEO"), None),
            ("Chief executive Sir Owen Pryce", "Owen Pryce", Some("Chief executive"), None),
            ("Chief executive Dame Marion Tate", "Marion Tate", Some("Chief executive"), None),
            ("Sir Owen Pryce, NCWT CEO", "Owen Pryce", Some("CEO"), Some("NCWT")),
            (
                "Graham Lusk, Head of Practice for NCWT Scotland",
                "Graham Lusk",
                Some("Head of Practice"),
                Some("NCWT Scotland"),
            ),
            ("Dylan Marr from NCWT Northern Ireland", "Dylan Marr", None, Some("NCWT Northern Ireland")),
            (
                "Gwent Police and Crime Commissioner, Helen Pennock",
                "Helen Pennock",
                Some("Police and Crime Commissioner"),
                Some("Gwent"),
            ),
            (
                "Helen Pennock, the Police and Crime Commissioner for Gwent",
                "Helen Pennock",
                Some("Police and Crime Commissioner"),
                Some("Gwent"),
            ),
            (
                "Detective Superintendent Ruth Okafor, from Norfolk police",
                "Ruth Okafor",
                Some("Detective Superintendent"),
                Some("Norfolk Constabulary"),
            ),
            (
                "Detective Superintendent Nadine Ferrow, the Met lead for internet grooming and image-based abuse",
                "Nadine Ferrow",
                Some("Detective Superintendent, lead for internet grooming and image-based abuse"),
                Some("Metropolitan Police"),
            ),
            ("Detective Superintendent Anne-Marie Pell", "Anne-Marie Pell", Some("Detective Superintendent"), None),
            ("In a statement, Dr Jane O'Brien, 45, who leads the unit", "Jane O'Brien", None, None),
            ("The NCWT's Nick Tavener", "Nick Tavener", None, Some("NCWT")),
            (
                "Mo Farouk, Bristol City Council's lead member for housing",
                "Mo Farouk",
                Some("lead member for housing"),
                Some("Bristol City Council"),
            ),
            // The title holds the council's name; a party's name is none.
            (
                "Surrey County Councillor Priya Okoye",
                "Priya Okoye",
                Some("Surrey County Councillor"),
                Some("Surrey County Council"),
            ),
            ("Green Party Councillor Tom Ellery", "Tom Ellery", Some("Green Party Councillor"), None),
            ("Cllr Amy Rees (Northby Council)", "Amy Rees", Some("Cllr"), Some("Northby Council")),
            ("Cllr Ian Boyd (Kent County Council)", "Ian Boyd", Some("Cllr"), Some("Kent County Council")),
            ("Chief Inspector Ian Boyd, Kent Police", "Ian Boyd", Some("Chief Inspector"), Some("Kent Police")),
            (
                "Welsh Government deputy minister Julie Morgan",
                "Julie Morgan",
                Some("deputy minister"),
                Some("Welsh Government"),
            ),
        ];
        for (phrase, name, role, org) in cases {
            let p = person_of(phrase);
            assert_eq!((p.name.as_str(), p.role.as_deref(), p.organisation.as_deref()), (name, role, org), "{phrase}");
        }
    }

    #[test]
    fn a_word_for_a_person_before_a_first_name_is_the_role_not_the_name() {
        for (phrase, name, role) in [
            ("Farmer Tom Hartley", "Tom Hartley", "Farmer"),
            ("Grandmother Amy Lee", "Amy Lee", "Grandmother"),
            ("Shopkeeper Amy Lee, 52", "Amy Lee", "Shopkeeper"),
        ] {
            let p = person_of(phrase);
            assert_eq!((p.name.as_str(), p.role.as_deref()), (name, Some(role)), "{phrase}");
        }
        assert_eq!(person_of("Grandmother Amy Lee").gender, Some(Gender::Female));
        // A name of three words with no word for a person before it stays whole.
        assert_eq!(person_of("Julie Anne Hartley").name, "Julie Anne Hartley");
    }

    #[test]
    fn titles_before_a_surname_make_a_reference() {
        for phrase in ["Sgt Haldane", "Mr Pryce", "Det Supt Ferrow", "Ms Pennock"] {
            assert!(matches!(parse_who(phrase), Some(Who::Surname { .. })), "{phrase}");
        }
        assert_eq!(parse_who("He"), Some(Who::Pronoun(Gender::Male)));
        assert_eq!(parse_who("she"), Some(Who::Pronoun(Gender::Female)));
        assert_eq!(parse_who("Smith"), Some(Who::Bare("Smith".into())));
    }
}
