//! People introduced by their speech: the speaker of reported speech ("Jo Bloggs, from the
//! trust, said funding had run out."), someone talking to the press or telling of something,
//! words shared of someone ("the words of a 14-year-old boy"), and words printed after a colon
//! without quote marks.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::quotes::attribution::{
    has_speech_verb, pattern, speaker_units, verb_after, MAX_SPEAKER_UNITS, TITLES,
};
use crate::extract::quotes::speaker::{without_body_described, without_unnamed_clause};

/// The speaker words of a sentence of reported speech ("Jane Smith, from Essex police,
/// said tackling it is a priority."), used to know who "he" or "she" is later.
pub fn reported_speaker(sentence: &str) -> Option<String> {
    // The speaker words and the verb cannot run past a quote mark or a `!?;:`, so a text
    // with no speech verb before the first of those is ruled out by a cheap literal scan.
    // (A byte scan: the marks are ASCII, and a char-set `find` decodes every char.)
    let reach = sentence.bytes().position(|b| matches!(b, b'"' | b'!' | b'?' | b';' | b':')).unwrap_or(sentence.len());
    if !has_speech_verb(&sentence[..reach]) {
        return None;
    }
    let who = reported_who(sentence)?;
    // After its first capital, the words may run to MAX_SPEAKER_UNITS.
    // A relative clause about the name, too long to read with it, is left out: the name
    // before it speaks.
    const LONG_ASIDE_WORDS: usize = 16;
    let who = match without_relative_aside(who) {
        Some(kept) if who.split_whitespace().count() > LONG_ASIDE_WORDS => kept,
        _ => who,
    };
    let who = if speaker_units(who) > MAX_SPEAKER_UNITS + 1 {
        without_body_described(who).filter(|kept| speaker_units(kept) <= MAX_SPEAKER_UNITS + 1)?
    } else {
        who
    };
    let who = without_auxiliary(who.trim().trim_end_matches(','));
    if ends_on_joined_verb(who) {
        return None;
    }
    Some(after_writers_clause(who).unwrap_or(who).to_string())
}

/// "A neighbour heard the shouting and told police …", "Another pupil noticed and told
/// her": words before the speech verb ending on "and", with no comma among them, hold a
/// verb of their own, whose subject is only part of them; they name no one as said, and a
/// pronoun after them is not taken to mean whatever they would be read as. Words with a
/// comma are left to the speaker's reading, which takes apart an aside ("One nurse, who
/// … and asked not to be named,") or a clause of the writer's ("Jo Bloggs recorded a
/// verdict, and").
fn ends_on_joined_verb(who: &str) -> bool {
    !who.contains(',') && who.rsplit_once(' ').is_some_and(|(_, last)| last == "and")
}

/// "Baroness Okafor, who chaired the inquiry into ferry safety and later wrote to every
/// harbour board in the country": speaker words too long to read whole, of a name set
/// off before a relative clause about them, however long. The words before the clause, when
/// they are a name with its title, all capitalised; `None` otherwise (a description: "A
/// detective I spoke to in Leeds, who …").
fn without_relative_aside(who: &str) -> Option<&str> {
    let at = [", who ", ", whose ", ", whom "].iter().filter_map(|c| who.find(c)).min()?;
    let kept = who.get(..at)?.trim();
    // A name and its title, not a description ("A nurse we met at the clinic, who …").
    let named = kept.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
        && !matches!(kept.split_whitespace().next(), Some("A" | "An" | "The" | "One" | "Another" | "This"));
    (named && !kept.contains(',')).then_some(kept)
}

/// "That, says Jo, is what still hurts.", "The rise, said the inspector, was expected.": a
/// speaker named between commas after a verb of saying set into the writer's sentence. The
/// words naming them: a name of up to four words or a short description, for
/// [`crate::extract::quotes::speaker`] to read; a later "she says" means them.
pub fn parenthetical_speaker(sentence: &str) -> Option<&str> {
    static SET_IN: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*\p{Lu}[^",;:!?.]{0,60},\s+(?:says|said|adds|added|recalls|recalled|admits|admitted)\s+(?P<who>[^",;:!?.]{2,60}?),\s+\S"#,
        )
    });
    const MAX_WHO_WORDS: usize = 4;
    if !(sentence.contains(", says ")
        || sentence.contains(", said ")
        || sentence.contains(", add")
        || sentence.contains(", re")
        || sentence.contains(", adm"))
    {
        return None;
    }
    let who = SET_IN.captures(sentence)?.name("who")?.as_str().trim();
    let words: Vec<&str> = who.split_whitespace().collect();
    let first = words.first()?;
    let named = first.starts_with(char::is_uppercase);
    let described = matches!(*first, "her" | "his" | "their" | "one" | "a" | "an" | "the");
    ((named || described) && words.len() <= MAX_WHO_WORDS).then_some(who)
}

/// "I put that to Jo Bloggs, a lecturer at the university.", "We took the figures to Jo
/// Bloggs of Harwell University", "I asked Jo Bloggs, who chairs the board, what had
/// changed", "When I put this to Jo Bloggs, …, she said": the writer putting a question,
/// figures or a claim to someone named in full.
/// The name, with the body after "of", "at" or "from" and a description set off after it
/// ("a lecturer at the university"; not a "who" clause), for
/// [`crate::extract::quotes::speaker`] to read; a later "she told me" means them.
pub fn asked_by_writer(sentence: &str) -> Option<String> {
    static ASKED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?:(?:When|After|Once|Before|If)\s+)?(?:I|[Ww]e)\s+(?:then\s+|also\s+|later\s+)?(?:(?:put|took|showed|sent|read|raised)\s+[^,;:!?".]{1,60}?\s+(?:to|with)|asked)\s+(?P<name>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+)?\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+){1,3}(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\w'’&-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\w'’&-]*)*)?)(?:,\s+(?P<desc>[^,;:!?".]{3,120}?)\s*(?:[,.;:!?]|$)|\s|[.;:!?]|$)"#,
        )
    });
    let opening = sentence.trim_start();
    let lead = ["When ", "After ", "Once ", "Before ", "If "].iter().find_map(|w| opening.strip_prefix(w));
    let subject = lead.unwrap_or(opening);
    if !(subject.starts_with("I ") || subject.starts_with("We ") || (lead.is_some() && subject.starts_with("we "))) {
        return None;
    }
    let c = ASKED.captures(sentence)?;
    let name = c.name("name")?.as_str();
    let desc = c.name("desc").map(|d| d.as_str()).filter(|d| {
        let first = d.split_whitespace().next().unwrap_or_default();
        !matches!(first, "who" | "whose" | "which" | "whom" | "what" | "why" | "how" | "whether" | "if" | "and")
    });
    Some(desc.map_or_else(|| name.to_string(), |d| format!("{name}, {d}")))
}

/// "We spoke to youth worker Jo Bloggs, who runs the Tuesday club.", "I interviewed Jo Bloggs:",
/// "We caught up with the club's coach, Jo Bloggs, after training.", "We dropped into the café
/// and chatted to Jo Bloggs of the Hearth Trust.": the writer talking to or meeting someone
/// named in full, in a sentence of its own (after some other doing of the writer's joined by
/// "and", and before when or where). The name with the title before it, the body after it and
/// a description set off after it (not a "who" clause), for [`crate::extract::quotes::speaker`]
/// to read. Whom a paragraph of speech after it with no attribution quotes, and a later "she
/// told us". Two people ("Jo Bloggs and her son") or someone's relative ("Jo Bloggs's son")
/// are no one such.
pub fn met_by_writer(sentence: &str) -> Option<String> {
    static MET: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r#"^\s*(?:I|We)\s+(?:[^,;:!?".]{{1,100}}?\s+and\s+)?(?:then\s+|also\s+|later\s+|first\s+)?(?:(?:spoke|talked|chatted)\s+(?:to|with)|met(?:\s+up\s+with)?|interviewed|caught\s+up\s+with|sat\s+down\s+with)\s+(?:(?P<title>(?:the|a|an|our|its|their|his|her)\s+[^,;:!?".]{{1,60}}?),\s+)?(?P<name>(?:[a-z][\w'’-]*\s+){{0,3}}(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Cllr|Councillor|Rev|Sgt|PC)\.?\s+)?\p{{Lu}}[\w'’-]+(?:\s+(?:(?:{particles})\s+)*\p{{Lu}}[\w'’-]+){{1,2}})(?P<body>\s+(?:of|at|from)\s+(?:the\s+)?\p{{Lu}}[\w'’&-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{{Lu}}[\w'’&-]*)*)?(?:,\s+(?P<desc>[^,;:!?".]{{3,120}}?))?(?:\s*[,.;:!?](?:\s|$)|\s*$|\s+(?:at|in|on|after|before|during|outside|over|last|this|earlier|yesterday|today)\b[^"]*$)"#,
            particles = crate::extract::quotes::names::NAME_PARTICLES.join("|")
        ))
    });
    let opening = sentence.trim_start();
    if !(opening.starts_with("I ") || opening.starts_with("We ")) {
        return None;
    }
    let c = MET.captures(sentence)?;
    let name = c.name("name")?.as_str();
    if name.ends_with("'s") || name.ends_with("’s") {
        return None;
    }
    let desc = c.name("desc").map(|d| d.as_str());
    let first = desc.and_then(|d| d.split_whitespace().next()).unwrap_or_default();
    if matches!(first, "and" | "but" | "or") {
        return None;
    }
    let describes = matches!(first, "a" | "an" | "the") || crate::extract::quotes::names::is_role_word(first);
    let mut words = c.name("title").map_or_else(String::new, |t| format!("{}, ", t.as_str()));
    words.push_str(name);
    words.push_str(c.name("body").map_or("", |b| b.as_str()));
    if let Some(desc) = desc.filter(|_| describes) {
        words.push_str(", ");
        words.push_str(desc);
    }
    Some(words)
}

/// "I spoke to a nurse on the ward, who asked not to be named.", "We met a retired teacher in
/// the village.": the writer meeting or talking to someone described, not named, in a sentence
/// of its own. The description, without a closing clause about staying unnamed, for
/// [`crate::extract::quotes::speaker`] to read; a later "she told me" means them.
pub fn described_to_writer(sentence: &str) -> Option<&str> {
    static MET: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?:I|We)\s+(?:then\s+|also\s+|later\s+)?(?:(?:spoke|talked|chatted)\s+(?:to|with)|met|interviewed)\s+(?P<desc>(?:a|an|one)\s+[^;:!?".]{3,160}?)\s*\.?\s*$"#,
        )
    });
    let opening = sentence.trim_start();
    if !(opening.starts_with("I ") || opening.starts_with("We ")) {
        return None;
    }
    let desc = MET.captures(sentence)?.name("desc")?.as_str();
    Some(without_unnamed_clause(desc).unwrap_or(desc))
}

/// "The commissioner, Jo Bloggs, has now agreed …": the words before the verb end on an
/// auxiliary with an adverb between it and the verb, which the reading's own auxiliaries
/// (right before the verb) do not take. Neither is the speaker's: both are dropped.
fn without_auxiliary(who: &str) -> &str {
    const ADVERBS: &[&str] =
        &["now", "since", "already", "just", "today", "recently", "previously", "also", "this week"];
    let mut rest = who;
    if let Some(before) = ADVERBS.iter().find_map(|a| rest.strip_suffix(a).and_then(|b| b.strip_suffix(' '))) {
        rest = before;
    } else {
        return who;
    }
    match ["has", "had", "have"].iter().find_map(|a| rest.strip_suffix(a).and_then(|b| b.strip_suffix(' '))) {
        Some(before) => before.trim_end().trim_end_matches(','),
        None => who,
    }
}

/// "Chief Constable Ann Rowe will retire in June, Durham Constabulary said": words whose
/// first part is a clause of the writer's (it has a verb of its own) before the last comma
/// report what the one after the comma said. The words after it, when they open on a
/// capital or an article ("the force"). A clause set off after a name ("Jo Bloggs, who was
/// jailed,") is about the speaker, and its verb is not in the first part.
fn after_writers_clause(who: &str) -> Option<&str> {
    let (_, tail) = who.rsplit_once(", ")?;
    let first = who.split(", ").next()?;
    let clause = first.split_whitespace().any(|w| crate::extract::quotes::speaker::FINITE_VERBS.contains(&w));
    // "When I put this to Jo Bloggs, a lecturer at …, she said": a pronoun after the aside.
    let pronoun = matches!(tail, "he" | "she" | "they" | "we");
    let speaker =
        tail.starts_with(|c: char| c.is_uppercase()) || tail.starts_with("the ") || tail.starts_with("a ") || pronoun;
    ((clause && speaker) || pronoun).then_some(tail)
}

/// The speaker words of reported speech, as the pattern
/// `^\s*(?P<who>[A-Z](?:TITLE_DOT|[^".!?;:])*?),?\s+(?:has\s+|had\s+|also\s+)?(?:VERBS)\b`
/// would capture them, read by hand: the pattern's captures cost a search with
/// backtracking on every sentence of every paragraph.
///
/// The lazy words end at the first place the rest follows. They may run over any char but
/// `".!?;:`, and over a full stop only when it ends a title that starts after the first
/// capital ("Det Supt. Jo Bloggs"); no title ends with a space or comma, so trying each end
/// in turn finds the same one as the pattern.
fn reported_who(sentence: &str) -> Option<&str> {
    let start = sentence.len() - sentence.trim_start().len();
    if !sentence[start..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // "Lady Bloggs, who forced a vote on a bill to make operators report assaults, said …": a
    // relative clause set off after the name has verbs of its own ("report"), which are not
    // the sentence's.
    let aside = [", who ", ", whose ", ", whom "]
        .iter()
        .filter_map(|c| sentence.find(c))
        .min()
        .filter(|&open| sentence.get(start..).and_then(without_relative_aside).is_some_and(|n| n.len() == open - start))
        .and_then(|open| Some(open + 1..open + 2 + sentence.get(open + 2..)?.find(',')?));
    for (offset, c) in sentence[start + 1..].char_indices() {
        let end = start + 1 + offset;
        if aside.as_ref().is_some_and(|a| a.contains(&end)) {
            if matches!(c, '"' | '!' | '?' | ';' | ':') {
                return None;
            }
            continue;
        }
        if (c == ',' || c.is_whitespace()) && verb_follows(&sentence[end..]) {
            return Some(&sentence[start..end]);
        }
        let title_dot = c == '.' && TITLES.iter().any(|t| sentence[..end].ends_with(t) && end - t.len() > start);
        if matches!(c, '"' | '.' | '!' | '?' | ';' | ':') && !title_dot {
            return None;
        }
    }
    None
}

/// Does `text` open with `,?\s+(?:has\s+|had\s+|also\s+)?(?:VERBS)\b`?
fn verb_follows(text: &str) -> bool {
    verb_after(text, &["has", "had", "also"]).is_some()
}

/// "Jo Bloggs, who leads the unit, has been speaking to us about the figures", "Jo Bloggs
/// sat down with the Gazette to explain the rise", "Jo Bloggs spoke at the annual dinner": a
/// sentence that introduces someone as talking to the press or to an audience without
/// reporting what they said. The words naming them, when the
/// sentence opens with them. Sitting down is an interview only with the press ("us", a
/// paper's name after "the", a broadcaster's capitals), not "with officers", "with his
/// family" or "with Jo Bloggs", who may be the one talking. Someone a report, a release or
/// a hearing is said to quote ("A teenager who called the trust's line is quoted in the
/// booklet", "Jo Bloggs was quoted by the Gazette") is introduced as speaking too; one who
/// quoted something ("Jo Bloggs quoted the figures") is not.
pub fn talking_speaker(sentence: &str) -> Option<String> {
    static TALKING: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r"^(?P<who>.+?),?\s+(?:has been |have been |had been |was |were |has |have |had )?(?:(?:speaking|talking|spoke|talked|spoken)\s+(?:exclusively\s+)?(?:to|with)\s+(?:the\s+)?[A-Z]|(?:speaking|spoke|spoken)\s+at\s+(?:the|a|an|this|last|our|their)\s|(?:sat|sits|sitting) down\s+(?:exclusively\s+)?with\s+(?:the\s+[A-Z]|[A-Z]{2})|(?:(?:speaking|talking|spoke|talked|spoken)\s+(?:exclusively\s+)?(?:to|with)|(?:sat|sits|sitting) down\s+(?:exclusively\s+)?with)\s+(?:us\b|me\b|reporters\b|journalists\b|the (?:media|press)\b|(?:this|our) (?:newspaper|paper|website|programme|station|reporter)\b)|(?:was|is|were|are|has\s+been|had\s+been)\s+quoted\s+(?:in|by|at|as\s+saying)\s)",
        )
    });
    // The pattern needs one of these words: literal checks first.
    let talk = memchr::memchr(b'k', sentence.as_bytes()).is_some()
        && (sentence.contains("spok") || sentence.contains("speaking") || sentence.contains("talk"));
    if !talk && !sentence.contains(" down with ") && !sentence.contains(" quoted ") {
        return None;
    }
    let start = sentence.len() - sentence.trim_start().len();
    if !sentence[start..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let who = TALKING.captures(&sentence[start..])?.name("who")?.as_str();
    let clean = who.char_indices().all(|(i, c)| {
        let title_dot = c == '.' && TITLES.iter().any(|t| who[..i].ends_with(t));
        !matches!(c, '"' | '!' | '?' | ';' | ':') && (c != '.' || title_dot)
    });
    (clean && speaker_units(who) <= MAX_SPEAKER_UNITS).then(|| who.trim().trim_end_matches(',').to_string())
}

/// "Her mother described the difference the support made.", "One victim talked about the
/// months after the break-in.": a sentence whose subject tells of something, without a quote
/// or a clause of what they said. The words before the verb, when the sentence opens with
/// them; [`crate::extract::quotes::speaker`] decides whether they describe a person. Read only as the last
/// sentence of a paragraph, as an introduction to a paragraph of their words after it.
pub fn telling_about_speaker(sentence: &str) -> Option<&str> {
    static TELLING: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^(?P<who>[A-Z][^,.;:!?"]{2,80}?)\s+(?:has |have |had )?(?:described|describes|remembered|remembers|(?:spoke|spoken|speaks|talked|talks) (?:of|about)|told of|tells of)\s[^"]*$"#,
        )
    });
    let sentence = sentence.trim();
    let telling = ["descri", "remember", " of ", " about "].iter().any(|w| sentence.contains(w));
    if !telling {
        return None;
    }
    TELLING.captures(sentence)?.name("who").map(|m| m.as_str().trim())
}

/// The byte after the first colon that closes a clause of saying or writing ("the victim's
/// daughter wrote:", "one neighbour posted on Facebook:"): what follows it in the paragraph
/// is someone's own words, printed without quote marks. `None` with no such colon.
pub fn unquoted_words_from(paragraph: &str) -> Option<usize> {
    paragraph.match_indices(':').map(|(at, _)| at).find_map(|colon| {
        let before = &paragraph[..colon];
        let clause_start = before.rfind(['.', '!', '?', ':', '"']).map_or(0, |at| at + 1);
        let clause = before[clause_start..].to_lowercase();
        crate::extract::quotes::attribution::has_speech_verb(&clause).then_some(colon + 1)
    })
}

/// "The charity shared the words of a 14-year-old boy who contacted it", "The helpline has
/// passed on the account of one mother", "The report includes the testimony of a nurse": a
/// sentence that hands the reader someone's own words without a verb of saying, as a release
/// or a charity's case study is quoted. The words describing the one whose words they are,
/// without the clause after them, unless that clause gives the name they are called by ("…
/// of one 15-year-old, whom the charity calls Sam"); a quote next is theirs. Whether they
/// describe a person (not "the words of the hymn") is for [`crate::extract::quotes::speaker`]
/// to say.
pub fn words_shared_of(sentence: &str) -> Option<&str> {
    static SHARED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^[A-Z][^.;:!?"]{0,80}?\s(?:has |have |had |also )?(?:shared|published|released|passed on|relayed|read out|includes|included|contains|contained|features|featured|reproduces|reproduced|carries|carried)\s+(?:the\s+)?(?:words|account|testimony|experience|story)\s+of\s+(?P<who>[^,.;:!?"]{3,100}?)(?:\s+(?:who|whose|whom|that)\b|\s*[,.;:!?]|\s*$)"#,
        )
    });
    let sentence = sentence.trim_start();
    if !(sentence.contains(" of ")
        && (sentence.contains("words")
            || sentence.contains("account")
            || sentence.contains("testimony")
            || sentence.contains("experience")
            || sentence.contains("story")))
    {
        return None;
    }
    let who = SHARED.captures(sentence)?.name("who")?;
    // "… of a 13-year-old in Powys, who the leaflet calls Ellis": the name given is kept.
    let rest = &sentence[who.end()..];
    let clause = rest.strip_prefix(',').unwrap_or(rest);
    let named = crate::extract::quotes::speaker::name_given(clause.trim_start())
        .map(|(_, len)| who.end() + (rest.len() - clause.trim_start().len()) + len);
    Some(sentence[who.start()..named.unwrap_or(who.end())].trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::attribution::tests::Cases;
    use crate::extract::quotes::attribution::{TITLE_DOT, VERBS};

    #[test]
    fn a_speaker_set_between_commas_into_the_writers_sentence_is_found() {
        assert_eq!(parenthetical_speaker("The silence, says Megan, was the worst part."), Some("Megan"));
        assert_eq!(
            parenthetical_speaker("Most of the calls, said the duty sergeant, come after midnight."),
            Some("the duty sergeant")
        );
        assert_eq!(parenthetical_speaker("The figures, the council said, were provisional."), None);
        assert_eq!(parenthetical_speaker("Jo Bloggs said the figures were provisional."), None);
    }

    #[test]
    fn reported_speaker_words_are_bounded_in_length() {
        let long = |units: usize| format!("A{} said it was a priority.", "b".repeat(units));
        assert_eq!(reported_speaker(&long(MAX_SPEAKER_UNITS)).map(|w| w.len()), Some(MAX_SPEAKER_UNITS + 1));
        assert_eq!(reported_speaker(&long(MAX_SPEAKER_UNITS + 1)), None);
        let titled = format!("A Supt. {} said it was a priority.", "b".repeat(MAX_SPEAKER_UNITS - 3));
        assert!(reported_speaker(&titled).is_some(), "the title counts once: {titled}");
    }

    /// The pattern [`reported_who`] reads by hand.
    fn reported_pattern() -> Regex {
        pattern(&format!(
            r#"^\s*(?P<who>[A-Z](?:{TITLE_DOT}|[^".!?;:])*?),?\s+(?:has\s+|had\s+|also\s+)?(?:{VERBS})\b"#
        ))
    }

    #[test]
    fn reported_speaker_words_are_read_as_the_pattern_reads_them() {
        let oracle = reported_pattern();
        let pieces = [
            "Jo",
            "Bloggs",
            " ",
            "  ",
            ",",
            ", ",
            ".",
            ". ",
            "Dr.",
            "Dr",
            "Supt.",
            "Cmdr.",
            "Mrs.",
            "XSt.",
            "said",
            "says",
            "saying",
            "said_",
            "saidé",
            "said\u{301}",
            "has",
            "had",
            "also",
            "pointed out",
            "pointed",
            "went on",
            "went onward",
            "goes on",
            "\"",
            "!",
            "?",
            ";",
            ":",
            "the",
            "D",
            "é",
            "\u{a0}",
            "told",
            "a",
            "S",
            "1",
        ];
        let mut cases = Cases(7);
        for _ in 0..20_000 {
            let text = cases.text(&pieces, 12);
            let expected = oracle.captures(&text).map(|c| c.name("who").map(|m| m.as_str()));
            assert_eq!(reported_who(&text).map(Some), expected, "{text:?}");
        }
    }

    #[test]
    fn sharing_someones_words_introduces_them() {
        for (sentence, who) in [
            ("The helpline passed on the words of a 12-year-old girl who rang it last spring.", "a 12-year-old girl"),
            (
                "Victim Support has shared the account of one pensioner from Hull, whose savings went.",
                "one pensioner from Hull",
            ),
            ("The trust published the testimony of a nurse at the hospital.", "a nurse at the hospital"),
            ("The annual review includes the account of a carer in Bangor.", "a carer in Bangor"),
            (
                "The report contains the words of one 15-year-old from Hull, whom the charity calls Sam.",
                "one 15-year-old from Hull, whom the charity calls Sam",
            ),
            (
                "The leaflet carries the story of a pensioner, who Age Cymru calls Megan, and her neighbour.",
                "a pensioner, who Age Cymru calls Megan",
            ),
        ] {
            assert_eq!(words_shared_of(sentence), Some(who), "{sentence}");
        }
        for sentence in [
            "The charity said the words of a child were hard to read.",
            "Officers shared the boy's words with his school.",
            "the charity shared the words of a girl.",
            "He spoke of the story of a town in decline.",
        ] {
            assert_eq!(words_shared_of(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn talking_to_the_press_introduces_a_speaker() {
        for (sentence, who) in [
            (
                "Inspector Tom Reyes, who runs the county's cyber unit, has been speaking to us about the rise.",
                "Inspector Tom Reyes, who runs the county's cyber unit",
            ),
            ("A father from Hull spoke to the Yorkshire Post about his son's ordeal.", "A father from Hull"),
            ("Dr. Amy Lee talked to reporters after the hearing.", "Dr. Amy Lee"),
            (
                "Sergeant Ian Holt, who runs the rural crime team, sat down with the Gazette to explain the rise.",
                "Sergeant Ian Holt, who runs the rural crime team",
            ),
            ("Jo Bloggs has sat down with us to talk about her campaign.", "Jo Bloggs"),
            ("The chief constable sat down with BBC Wales.", "The chief constable"),
            ("Our new treasurer, Priya Nandy, spoke at the spring fair in Ludlow.", "Our new treasurer, Priya Nandy"),
            ("Canon Ruth Abara was speaking at a vigil on Sunday.", "Canon Ruth Abara"),
        ] {
            assert_eq!(talking_speaker(sentence).as_deref(), Some(who), "{sentence}");
        }
        for sentence in [
            "Officers spoke to the boy's parents.",
            "the charity has been talking to schools.",
            "Nobody said anything.",
            "He said: \"We spoke to Ofcom.\"",
            "The inspector sat down with his family.",
            "Jo Bloggs sat down with officers from three forces.",
            "The minister sat down with Jo Bloggs to hear her concerns.",
            "The mayor spoke at length about parking.",
        ] {
            assert_eq!(talking_speaker(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn someone_said_to_be_quoted_in_a_report_is_introduced_as_speaking() {
        for (sentence, who) in [
            (
                "A nine-year-old boy who rang the helpline is quoted in the annual review.",
                "A nine-year-old boy who rang the helpline",
            ),
            ("Councillor Priya Nandy was quoted by the Argus on Friday.", "Councillor Priya Nandy"),
            ("One tenant has been quoted as saying the flat was never repaired.", "One tenant"),
        ] {
            assert_eq!(talking_speaker(sentence).as_deref(), Some(who), "{sentence}");
        }
        // Quoting something, or being quoted without a verb of being, introduces no one.
        for sentence in
            ["Councillor Priya Nandy quoted the figures back to the minister.", "Prices quoted by the firm rose."]
        {
            assert_eq!(talking_speaker(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn reported_speech_after_a_clause_of_the_writers_names_the_one_after_the_comma() {
        assert_eq!(
            reported_speaker("Chief Constable Ann Rowe will retire in June, Durham Constabulary said.").as_deref(),
            Some("Durham Constabulary")
        );
        assert_eq!(reported_speaker("Crime has fallen by a fifth, the force said.").as_deref(), Some("the force"));
        // A clause about the speaker is theirs: the name before it speaks.
        assert_eq!(
            reported_speaker("Jo Bloggs, who was jailed in 2019, said the system failed her.").as_deref(),
            Some("Jo Bloggs, who was jailed in 2019")
        );
    }

    #[test]
    fn a_long_relative_clause_after_the_name_is_left_out_and_its_verbs_are_not_the_sentences() {
        assert_eq!(
            reported_speaker("Lady Corran, who last spring won a vote on a clause in the Ferries Bill to make every operator report cancelled sailings to the regulator, said the delays were a scandal.").as_deref(),
            Some("Lady Corran")
        );
        assert_eq!(
            reported_speaker("Dr Amy Holt, whose team spent two years asking shops to report thefts to a shared database run by the council, said the scheme worked.").as_deref(),
            Some("Dr Amy Holt")
        );
    }

    #[test]
    fn reported_speech_names_its_speaker() {
        assert_eq!(
            reported_speaker(
                "Detective Superintendent Ruth Okafor, from Norfolk police, said answering every call is a priority."
            )
            .as_deref(),
            Some("Detective Superintendent Ruth Okafor, from Norfolk police")
        );
        assert_eq!(reported_speaker("the figures said nothing"), None);
    }
}
