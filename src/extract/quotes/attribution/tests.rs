//! Tests of the attribution grammar, and generated test texts shared with other quote tests.

use super::intro::{intro_parts, Intro, MAX_INTRO_CHARS};
use super::verbs::{is_word_char, speech_verb};
use super::*;

/// Generated test texts from a small linear congruential generator: the same cases on
/// every run.
pub(in crate::extract::quotes) struct Cases(pub(in crate::extract::quotes) u64);

impl Cases {
    /// A number below `n`.
    pub(in crate::extract::quotes) fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize % n
    }

    /// One to `most` pieces, picked at random and joined.
    pub(in crate::extract::quotes) fn text(&mut self, pieces: &[&str], most: usize) -> String {
        let len = 1 + self.below(most);
        (0..len).map(|_| pieces[self.below(pieces.len())]).collect()
    }
}

/// [`speech_verb`] as it was: each verb with the text's first letter tried in list order.
fn speech_verb_by_list(text: &str) -> Option<&'static str> {
    let list: Vec<&'static str> = VERBS.split('|').collect();
    let &first = text.as_bytes().first()?;
    list.into_iter()
        .filter(|v| v.as_bytes()[0] == first)
        .find(|v| text.starts_with(v) && !text[v.len()..].starts_with(is_word_char))
}

proptest::proptest! {
    #[test]
    fn has_speech_verb_is_the_pattern(text in "([a-zA-Z ,.'’é_]|said|Said|SAYS|says|went on|pointed out|raged){0,12}") {
        let pattern = pattern(&format!(r"\b(?:{VERBS})\b"));
        proptest::prop_assert_eq!(has_speech_verb(&text), pattern.is_match(&text));
    }
}

#[test]
fn every_verb_opens_and_ends_on_a_letter() {
    for verb in VERBS.split('|') {
        assert!(verb.starts_with(|c: char| c.is_ascii_lowercase()), "{verb}");
        assert!(verb.ends_with(|c: char| c.is_ascii_lowercase()), "{verb}");
    }
}

#[test]
fn a_verb_that_opens_another_is_followed_there_by_a_word_char() {
    let verbs: Vec<&str> = VERBS.split('|').collect();
    for a in &verbs {
        for b in &verbs {
            if a != b && b.starts_with(a) {
                assert!(b[a.len()..].starts_with(is_word_char), "{a:?} opens {b:?}");
            }
        }
    }
}

#[test]
fn speech_verb_finds_what_trying_each_verb_in_turn_finds() {
    let verbs: Vec<&str> = VERBS.split('|').collect();
    let after = ["", " ", ":", ",", "s", "ed", "ing", "_", "1", "é", "’", " out", "-", "\"", " on"];
    let mut texts = vec![String::new(), "x".to_string(), "Said".to_string(), "SAID".to_string(), "sai".to_string()];
    for v in &verbs {
        for a in after {
            texts.push(format!("{v}{a}"));
            texts.push(format!("{}{a}", &v[..v.len() - 1]));
            texts.push(format!(" {v}{a}"));
        }
    }
    for t in &texts {
        assert_eq!(speech_verb(t), speech_verb_by_list(t), "{t:?}");
    }
}

#[test]
fn the_title_list_and_the_title_pattern_name_the_same_titles() {
    assert_eq!(TITLE_DOT, format!(r"(?:{})\.", TITLES.join("|")));
}

#[test]
fn a_title_with_its_full_stop_counts_once_in_the_speaker_length() {
    assert_eq!(speaker_units("Jo Bloggs"), 9);
    assert_eq!(speaker_units("Det. Supt. Jo Bloggs"), 13);
    assert_eq!(speaker_units("Mrs. Amy Lee"), 9);
}

#[test]
fn a_statement_is_read_as_the_one_just_quoted_or_as_whose_it_is_said_to_be() {
    let before = Some(Statement::Before);
    let of = |w: &str| Some(Statement::Of(w.to_string()));
    let cases: &[(&str, Option<Statement>)] = &[
        ("the statement", before.clone()),
        ("The joint statement", before.clone()),
        ("the press release", before.clone()),
        ("a statement from Kent Police", of("Kent Police")),
        ("A written statement issued on behalf of the family", of("the family")),
        // An aside naming who read it out is no part of whose it is.
        ("A statement from the boy's aunt, read by Ms Tait", of("the boy's aunt")),
        ("a statement from the victim, read to the court by the prosecutor", of("the victim")),
        ("the council's statement", of("the council")),
        ("its statement", Some(Statement::By(Who::It))),
        ("her statement", Some(Statement::By(Who::Pronoun(Gender::Female)))),
        ("His statement", Some(Statement::By(Who::Pronoun(Gender::Male)))),
        ("their statement", None),
        // Neither a statement nor a release: left to the speaker reading.
        ("the report", None),
        ("the letter", None),
        ("Jo Bloggs", None),
        ("a statement", None),
        ("the statement of intent", None),
    ];
    for (words, expected) in cases {
        assert_eq!(&statement_of(words), expected, "{words}");
    }
}

#[test]
fn intro_speaker_words_are_bounded_in_length() {
    let intro = |chars: usize| format!("A{} said:", "b".repeat(chars));
    assert!(intro_speaker(&intro(MAX_INTRO_CHARS)).is_some());
    assert_eq!(intro_speaker(&intro(MAX_INTRO_CHARS + 1)), None);
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

#[test]
fn intro_clauses_name_the_speaker() {
    let cases = [
        (
            "Nick Tavener, NCWT head of youth internet safety policy, said: ",
            "Nick Tavener, NCWT head of youth internet safety policy",
        ),
        ("OCET Sergeant Rob Haldane said:", "OCET Sergeant Rob Haldane"),
        ("Sgt Haldane added: ", "Sgt Haldane"),
        ("She said there is \"no single type\" of abuser: ", "She"),
        ("Dylan Marr from NCWT Northern Ireland said: ", "Dylan Marr from NCWT Northern Ireland"),
        ("He told the BBC: ", "He"),
        ("He told the Northern Echo, ", "He"),
        ("The force said in a statement: ", "The force"),
        ("According to Marion Tate, ", "Marion Tate"),
        ("Jane Smith said, ", "Jane Smith"),
        ("Detective Chief Superintendent Lucy Morris: ", "Detective Chief Superintendent Lucy Morris"),
        ("Sir Peter Wanless, NSPCC chief executive: ", "Sir Peter Wanless, NSPCC chief executive"),
    ];
    for (clause, who) in cases {
        assert_eq!(intro_speaker(clause).as_deref(), Some(who), "{clause}");
    }
}

#[test]
fn a_label_in_capitals_is_read_in_name_case() {
    let cases = [
        ("CHIEF SUPERINTENDENT OMAR DALE: ", "Chief Superintendent Omar Dale"),
        ("CLLR BETH ANNAN (Northby District Council): ", "Cllr Beth Annan (Northby District Council)"),
        ("PC SAM HOLT: ", "PC Sam Holt"),
        ("DCI LEE WARD: ", "DCI Lee Ward"),
        ("Chair (Cllr Nia Pugh): ", "Chair (Cllr Nia Pugh)"),
    ];
    for (clause, who) in cases {
        assert_eq!(intro_speaker(clause).as_deref(), Some(who), "{clause}");
    }
}

#[test]
fn reported_speech_before_a_fragment_is_no_intro() {
    for clause in [
        "The NSPCC said ",
        "with the Lanyard Trust warning that ",
        "The Lanyard Trust said \"the holidays had left children exposed\" and believes ",
        "It believed the ",
        "the NSPCC said, in a report on crimes that were ",
        "She said the figures were ",
        "Read More: ",
        "Jane Smith: ",
        "Key findings: ",
        "KEY FINDINGS: ",
        "UPDATE: ",
        "BREAKING NEWS: ",
        "WATCH: ",
        "JANE SMITH: ",
        "KEY FINDINGS FROM THE HOME OFFICE: ",
        "LETTER TO THE EDITOR: ",
        "WHAT THE CHIEF CONSTABLE SAID NEXT: ",
        "TOP STORIES IN WEST YORKSHIRE: ",
        "Key Findings from the Home Office: ",
        "Top Stories in West Yorkshire: ",
        "Latest Updates, Northby Police: ",
    ] {
        assert_eq!(intro_speaker(clause), None, "{clause}");
    }
}

#[test]
fn trailing_attributions_name_the_speaker() {
    let cases = [
        (", the charity said.", "the charity", false),
        (" the charity said.", "the charity", false),
        (
            ", said Owen Pryce, chief executive of the Lanyard Trust.",
            "Owen Pryce, chief executive of the Lanyard Trust",
            false,
        ),
        (", she said, ", "she", true),
        (" he told the BBC.", "he", false),
        (", according to Jane Smith.", "Jane Smith", false),
        (", Owen Pryce, NCWT chief executive, said.", "Owen Pryce, NCWT chief executive", false),
        (" she said, adding that more was needed.", "she", false),
        (", said its head of services, Mei Tanaka.", "its head of services, Mei Tanaka", false),
        (", said their spokeswoman.", "their spokeswoman", false),
    ];
    for (after, who, split) in cases {
        let t = trailing_speaker(after, false).unwrap_or_else(|| panic!("{after}"));
        assert_eq!((t.who.as_str(), t.split), (who, split), "{after}");
    }
}

#[test]
fn an_attribution_may_go_on_to_say_where_the_words_were_said() {
    let t = trailing_speaker(", Okafor says later, over coffee in the depot canteen. ", true);
    assert_eq!(t.map(|t| t.who).as_deref(), Some("Okafor"));
    let t = trailing_speaker(", she says, outside the allotment gates. ", true);
    assert_eq!(t.map(|t| t.who).as_deref(), Some("she"));
}

#[test]
fn a_new_sentence_after_a_quote_is_not_an_attribution() {
    assert_eq!(trailing_speaker(" She said the figures were worrying.", true), None);
    assert_eq!(trailing_speaker(" is a term used by police.", false), None);
    assert_eq!(trailing_speaker(" crimes, police said, rose sharply.", false), None);
    assert!(trailing_speaker(" Marion Tate said.", true).is_some());
    assert_eq!(trailing_speaker(", the NSPCC said, is rising.", false), None);
    assert_eq!(trailing_speaker(", said Dr. Jane Smith.", false).map(|t| t.who).as_deref(), Some("Dr. Jane Smith"));
    let aside = trailing_speaker(", a witness, who asked to stay anonymous, told reporters.", false);
    assert_eq!(aside.as_ref().map(|t| t.who.as_str()), Some("a witness"));
    assert_eq!(aside.map(|t| t.len), Some(", a witness, who asked to stay anonymous, told reporters.".len()));
}

#[test]
fn sentences_start_after_full_stops_but_not_abbreviations() {
    let text = chars("It rose. Dr. Smith said: \"Yes.\" J. Bloggs agreed.");
    assert_eq!(sentence_start(&text, 20), 9);
    assert!(starts_sentence(&text, 0));
    assert!(starts_sentence(&text, 9));
    assert!(!starts_sentence(&text, 13));
    assert_eq!(sentence_start(&text, 40), 32);
}

#[test]
fn a_sentence_start_is_looked_for_only_within_reach() {
    let text = chars("It rose. Dr. Smith said: \"Yes.\" J. Bloggs agreed.");
    assert_eq!(sentence_start_within(&text, 20, 11), Some(9));
    assert_eq!(sentence_start_within(&text, 20, 10), None);
    assert_eq!(sentence_start_within(&text, 5, 10), Some(0));
    let long = chars(&"\"No,\" the statement added, ".repeat(100));
    assert_eq!(sentence_start_within(&long, 2_000, 500), None);
    assert_eq!(sentence_start(&long, 2_000), 0);
}

/// "X said:" / "X, the charity's head of policy, said:" / "X told the BBC:" / "X said,".
static INTRO: LazyLock<Regex> = LazyLock::new(|| {
    pattern(&format!(
        r"(?s)^\s*(?P<who>[^\s].*?),?\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|later\s+)?(?P<verb>{VERBS})\b(?P<rest>.*?)\s*(?P<punct>[:,])\s*$"
    ))
});

#[test]
fn intro_clauses_are_read_as_the_pattern_reads_them() {
    let pieces = [
        "Jo",
        "Bloggs",
        " ",
        "  ",
        ",",
        ", ",
        ":",
        ": ",
        ".",
        "\"",
        "said",
        "says",
        "saying",
        "said_",
        "saidé",
        "told",
        "tells",
        "has",
        "had",
        "have",
        "also",
        "then",
        "later",
        "pointed out",
        "went on",
        "went onward",
        "the BBC",
        "in a statement",
        "that",
        "\u{a0}",
        "é",
        "\n",
        "a",
    ];
    let mut cases = Cases(11);
    for _ in 0..20_000 {
        let mut text = cases.text(&pieces, 10);
        text.push_str([":", ",", ": ", ", ", "", " :"][cases.below(6)]);
        let expected = INTRO.captures(&text).map(|c| Intro {
            who: c.name("who").map_or("", |m| m.as_str()),
            verb: c.name("verb").map_or("", |m| m.as_str()),
            rest: c.name("rest").map_or("", |m| m.as_str()),
            punct: c["punct"].chars().next().unwrap_or(' '),
        });
        assert_eq!(intro_parts(&text), expected, "{text:?}");
    }
}

#[test]
fn sharing_someones_letter_or_reply_before_a_colon_names_its_writer_by_pronoun() {
    use super::intro_without_verb::shares_their_words;
    assert_eq!(shares_their_words("With her consent I reproduce some of her email:").as_deref(), Some("she"));
    assert_eq!(shares_their_words("Below is part of their response to my question:").as_deref(), Some("they"));
    assert_eq!(intro_speaker("I can share a section of his letter:").as_deref(), Some("he"));
}

#[test]
fn a_letter_mentioned_but_not_shared_before_a_colon_introduces_no_one() {
    use super::intro_without_verb::shares_their_words;
    assert_eq!(shares_their_words("I will print part of her letter next month."), None);
    assert_eq!(shares_their_words("I wrote my letter to the minister on Monday:"), None);
    assert_eq!(shares_their_words("Her letter arrived on Friday:"), None);
}
