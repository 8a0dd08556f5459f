//! A member of a legislature named with party and seat before the name: "Labour MP for
//! Stockport Jo Bloggs", "SNP MSP for Glasgow Kelvin Ann Reid". The seat is part of the role,
//! and the name after it is the speaker's, quoted there or named again by surname later.

use super::*;

#[test]
fn a_member_named_with_party_and_seat_speaks_in_full() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Green MP for Bristol Central Ada Lyle said: \u{201c}The waiting lists are far too long.\u{201d}",
            "Ada Lyle",
            "Green MP for Bristol Central",
        ),
        (
            "\u{201c}We need more officers on the beat,\u{201d} said Conservative MP for Much Wenlock Tom Brierley.",
            "Tom Brierley",
            "Conservative MP for Much Wenlock",
        ),
    ];
    for (line, speaker, role) in cases {
        let quotes = quotes_of(&["Crime figures rose sharply last year.", line]);
        assert_eq!(quotes.len(), 1, "{line}");
        assert_eq!(quotes[0].speaker, *speaker, "{line}");
        assert_eq!(quotes[0].role.as_deref(), Some(*role), "{line}");
    }
}

#[test]
fn a_member_named_with_party_and_seat_is_the_surname_quoted_later() {
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &[
                "Liberal Democrat MP for North Fenwick Carys Abbott has written to the Justice Secretary.",
                "In her letter, Ms Abbott writes: \u{201c}Victims have waited long enough.\u{201d}",
            ],
            "Carys Abbott",
            "Liberal Democrat MP for North Fenwick",
        ),
        (
            &[
                "Plaid Cymru MS for Arfon Gethin Rhys tabled a question on Tuesday.",
                "Mr Rhys said: \u{201c}Ministers have ignored the warnings.\u{201d}",
            ],
            "Gethin Rhys",
            "Plaid Cymru MS for Arfon",
        ),
    ];
    for (lines, speaker, role) in cases {
        let quotes = quotes_of(lines);
        assert_eq!(quotes.len(), 1, "{lines:?}");
        assert_eq!(quotes[0].speaker, *speaker, "{lines:?}");
        assert_eq!(quotes[0].role.as_deref(), Some(*role), "{lines:?}");
    }
}

#[test]
fn a_two_word_party_before_a_members_letters_is_no_name_when_the_member_is_named_after() {
    let q = quotes_of(&[
        "The spa town's hotels fear a slump in visitors.",
        "“Tourism is the lifeblood of this city,” the Liberal Democrat MP for Bath, Wera Hobhouse, said.",
    ]);
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref())).collect();
    assert_eq!(got, [("Wera Hobhouse", Some("Liberal Democrat MP for Bath"))]);
    let q = quotes_of(&[
        "Cyclists staged a protest outside the council offices.",
        "The Green Party MP, Carla Denyer, said: “Safe lanes save lives.”",
    ]);
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.speaker.as_str(), q.role.as_deref())).collect();
    assert_eq!(got, [("Carla Denyer", Some("Green Party MP"))]);
}
