//! Unit tests of the context's own look-ups and readers.

use super::bodies::{last_words, NAME_WINDOW};
use super::chars::char_at;
use super::known_orgs::{BUSINESSES_NAMED_LIKE_PEOPLE, CHARITY_NAMES, NAMED_BODIES};
use super::*;

#[test]
fn every_known_organisation_is_found_in_any_case_and_a_longer_name_is_none() {
    for name in CHARITY_NAMES.iter().chain(&NAMED_BODIES).chain(BUSINESSES_NAMED_LIKE_PEOPLE) {
        assert!(name.len() <= 64, "{name} is longer than is_known_org's buffer");
        assert!(is_known_org(name), "{name}");
        assert!(is_known_org(&name.to_uppercase()), "{name}");
    }
    assert!(!is_known_org(&"Barnardo's ".repeat(8)));
    assert!(!is_known_org("Cleveland Police"));
}

#[test]
fn the_people_an_article_names_again_and_again_are_looked_up_not_read_through() {
    // One inspector of seven quoted in each of thousands of paragraphs, a surname no one
    // has, a "she": each look-up reads the few mentions it may mean, so the work of the
    // whole article grows with its length, not with the square of it.
    const SURNAMES: [&str; 7] = ["Hill", "Bell", "Stone", "Reed", "Moss", "Hart", "Lane"];
    let read = |n: usize| {
        let texts: Vec<String> = (0..n).map(|i| format!("Inspector Jane {} spoke.", SURNAMES[i % 7])).collect();
        let art = super::super::tests::article(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        let places = ParagraphPlaces::new(&art);
        let paras: Vec<(usize, &str, usize)> = art.paragraphs.iter().map(|p| (p.index, p.norm.as_str(), 0)).collect();
        let mut ctx = Context::new(None, &paras, &places);
        for i in 0..n {
            let at = (i, 0);
            let who = ctx.read_who(&format!("Inspector Jane {}", SURNAMES[i % 7]));
            let resolved = who.and_then(|who| ctx.resolve(who, at));
            assert!(resolved.is_some_and(|r| r.speaker == format!("Jane {}", SURNAMES[i % 7])), "{i}");
            ctx.note_reported(Who::Bare("Smithers".into()), (i, 1));
            if i == 1 {
                // A person noted in the paragraph before the one being read, as one
                // introduced before a quote is: the mentions are out of order once.
                let who = ctx.read_who("Inspector Tom Hollis");
                assert!(who.and_then(|who| ctx.resolve(who, (0, 9))).is_some());
            }
            assert!(ctx.named_before("Smithers", (i, 2)).is_none());
            assert!(ctx.named_before("reed", (i, 2)).is_some() == (i >= 3), "{i}");
            assert!(ctx.resolve(Who::Pronoun(Gender::Female), (i, 3)).is_some(), "{i}");
            assert!(!ctx.person_named_before("Jane Smithers", (i, 4)), "{i}");
            assert!(!ctx.pronoun_ambiguous(Gender::Male, (i, 5)), "{i}");
        }
        ctx.read.get()
    };
    let (small, large) = (read(200), read(1600));
    assert!(large <= 10 * small, "{small} mentions read for 200 paragraphs, {large} for 1600");
}

#[test]
fn a_local_council_is_named_by_its_kind_or_by_its_area() {
    for name in [
        "Hull City Council",
        "Conwy County Borough Council",
        "Swansea Council",
        "Wrexham Council",
        "Camden Council",
        "Fife Council",
        "City of Edinburgh Council",
    ] {
        assert!(is_local_council(name), "{name}");
    }
    for name in [
        "Borough Council",
        "Hull Youth Council",
        "Sentencing Council",
        "National Police Chiefs' Council",
        "Swansea Youth Council",
    ] {
        assert!(!is_local_council(name), "{name}");
    }
}

#[test]
fn the_last_words_of_a_text_are_cut_at_a_word_boundary() {
    assert_eq!(last_words("Hull City Council", 12), "Hull City Council");
    assert_eq!(last_words("The Hull Youth Council met.  Leeds City Council", 3), " Leeds City Council");
    assert_eq!(last_words("", 3), "");
    // A council's name longer than the window is no local council's, cut or whole.
    let long = "The Royal And Ancient Honourable Guild Of Merchants Venturers Trading Borough Council";
    assert!(!is_local_council(&last_body_named(long, "Council").unwrap_or_default()));
    assert!(!is_local_council(&last_body_named(last_words(long, NAME_WINDOW), "Council").unwrap_or_default()));
}

#[test]
fn a_body_is_named_by_the_capitalised_words_around_its_word() {
    for (text, word, name) in [
        (
            "A meeting of the Gwent Police and Crime Panel was told on Friday.",
            "Panel",
            Some("Gwent Police and Crime Panel"),
        ),
        (
            "Women's Aid Federation Northern Ireland said its refuges were full.",
            "Federation",
            Some("Women's Aid Federation Northern Ireland"),
        ),
        (
            "The Northby Borough Council's budget fell. \"Council\" staff left.",
            "Council",
            Some("Northby Borough Council"),
        ),
        ("It wrote to Northby Council, which runs 40 schools.", "Council", Some("Northby Council")),
        (
            "The Association of Chief Police Officers said so.",
            "Association",
            Some("Association of Chief Police Officers"),
        ),
        ("The council said so.", "Council", None),
    ] {
        assert_eq!(last_body_named(text, word).as_deref(), name, "{text}");
    }
}

/// Counting on from the last offset gives what counting from the start does, for offsets
/// in order, back again, past the end and inside a character.
#[test]
fn char_offsets_counted_on_are_those_counted_from_the_start() {
    let text = "Kent’s chief — Avon & Somerset Police, Dyfed-Powys Police … é Essex Police";
    let mut counter = CharCounter::new(text);
    let bytes: Vec<usize> = (0..=text.len() + 2).chain((0..=text.len()).rev()).chain([7, 3, 40, 9, 200]).collect();
    for byte in bytes {
        assert_eq!(counter.at(byte), char_at(text, byte), "{byte}");
    }
}

fn resolved(speaker: &str, organisation: Option<&str>) -> Resolved {
    Resolved { speaker: speaker.to_string(), role: None, organisation: organisation.map(str::to_string) }
}

#[test]
fn a_capitalised_speaker_is_a_named_person_whatever_their_body() {
    assert!(resolved("Dr Rhian Pugh", None).is_named_person());
    assert!(resolved("Marsh Lane Trust", Some("Marsh Lane Trust")).is_named_person());
}

#[test]
fn a_spokesperson_or_someone_described_is_no_named_person() {
    assert!(!resolved("Harbour Authority spokesperson", Some("Harbour Authority")).is_named_person());
    assert!(!resolved("a 72-year-old lock keeper", None).is_named_person());
}
