//! What in quote marks is direct speech, and how far one quote runs: scare quotes, titles,
//! fragments, pull quotes and furniture are not; a quote runs on over paragraphs.

use super::*;

#[test]
fn single_quote_house_style_is_read() {
    assert_eq!(
        said(&["'We are shocked by the children's figures,' said Jane Smith, of the Forces' Trust."]),
        pairs(&[("Jane Smith", "We are shocked by the children's figures")])
    );
    assert_eq!(said(&["'We don't know,' he said.", "x"]), Vec::<(String, String)>::new());
}

#[test]
fn quotes_run_over_paragraphs_until_a_paragraph_without_one() {
    let q = quotes_of(&[
        "Sergeant Rob Haldane said:“My unit handles the hardest cases.",
        "\"Much of what we do is never seen by the public.",
        "“Keeping young people safe drives us.”",
        "Figures rose in Cleveland.",
        "“This is not his quote.”",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, "Rob Haldane");
    assert_eq!(
        q[0].text,
        "My unit handles the hardest cases. Much of what we do is never seen by the public. Keeping young people safe drives us."
    );
    assert_eq!(q[0].paragraphs, vec![0, 1, 2]);
}

#[test]
fn a_quote_whose_first_paragraph_ends_on_a_comma_before_she_said_runs_on_as_one_quote() {
    let q = quotes_of(&[
        "Inspector Dana Rowe runs the unit.",
        "“Every call we take is someone asking for help,” she said.",
        "“We answer more of them than ever. Nobody is turned away.”",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].text,
        "Every call we take is someone asking for help. We answer more of them than ever. Nobody is turned away."
    );
    assert_eq!(q[0].paragraphs, vec![1, 2]);
    // The name after the verb, and a role after it.
    let q = quotes_of(&[
        "“The rise is real,” said Omar Patel, the trust's chair.",
        "“Funding has not kept pace. We are stretched.”",
    ]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].text, "The rise is real. Funding has not kept pace. We are stretched.");
    // A paragraph going on in lower case loses the attribution's comma, as before.
    let q = quotes_of(&["“The rise is real,” said Omar Patel.", "“in every town we serve.”"]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].text, "The rise is real in every town we serve.");
    // Another speaker's quote in between still ends the first quote.
    let q = quotes_of(&[
        "“The rise is real,” said Omar Patel, the trust's chair.",
        "“It is not,” said Jo Black, the council leader.",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    // Inside one paragraph, a quote split by its attribution stays two quotes.
    let q = said(&["“We are shocked,” said Tom Jones. “It is a scandal.”"]);
    assert_eq!(q, pairs(&[("Tom Jones", "We are shocked"), ("Tom Jones", "It is a scandal.")]));
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    let lines = [
        "Since 2019/20 officers must attach an “online tag” whenever an offence took place partly on the web.",
        "It is the third year forces have had to add - ‘online tag’ - to such offences.",
        "The charity’s own ‘Stop Think Tell Someone’ scheme tours primary schools.",
        "It thought the “sharp jump” might reflect better record-keeping.",
        "'Deeply worrying trend'",
        "Midlands forces report 'alarming jump' in cases, says NSPCC",
        "The numbers arrive before rules that may impose a 'Safety Code' on app makers.",
        "\"Online tag\" offences, police said, climbed steeply.",
    ];
    assert_eq!(said(&lines), pairs(NONE));
}

#[test]
fn fragments_inside_reported_speech_are_not_quotes() {
    let lines = [
        "Sextortion reports hit 842, with the Lanyard Trust warning that \"the real number of victims is probably far greater\".",
        "The Lanyard Trust said \"the long holidays had handed predators an opening\" and believes \"this could be the beginning of a wave\".",
        "\"As schools stay shut across Wales, the charity believes that online harm will keep growing\".",
        "The Lanyard Trust says abusers treat gaming sites ‘like a factory line for swapping pictures in bulk’ and has asked MPs to ‘use this chance to toughen the law’.",
        "NCWT said that platforms “were each used to move children between apps, which shows a pattern of neglect.”",
        "The Lanyard Trust said \"bold and urgent steps\" were required from app makers to \"tackle the harm being done\".",
    ];
    assert_eq!(said(&lines), pairs(NONE));
}

#[test]
fn a_fragment_before_the_colon_does_not_hide_the_quote_after_it() {
    let q = said(&[
        "Detective Superintendent Nadine Ferrow, the Met lead for internet grooming, said: “Abusers hide behind a ‘trusted-friend’ mask.”",
        "She said there is “no single type” of abuser: “While most are men, they come from every walk of life.”",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Nadine Ferrow", "Abusers hide behind a ‘trusted-friend’ mask."),
            ("Nadine Ferrow", "While most are men, they come from every walk of life."),
        ])
    );
}

#[test]
fn split_quotes_keep_their_words_and_speaker() {
    let q = said(&["“The figures,” she said, “are stark.”"]);
    assert!(q.is_empty(), "nobody named: {q:?}");
    let q = said(&["Jane Smith runs the unit.", "“The figures,” Jane Smith said, “are stark.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "The figures are stark.")]));
    // The verb first, with or without a role after the name.
    for attribution in
        ["said Jane Smith", "said Jane Smith, NSPCC campaigns manager", "said Jane Smith, the charity's head"]
    {
        let q = said(&[&format!("“The figures,” {attribution}, “are stark.”")]);
        assert_eq!(q, pairs(&[("Jane Smith", "The figures are stark.")]), "{attribution}");
    }
    // A comma before a conjunction is the sentence's own, and stays.
    let q = said(&["Jane Smith runs the unit.", "“We back the officers,” Jane Smith said, “but the apps must act.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "We back the officers, but the apps must act.")]));
    let q = said(&["Jane Smith runs the unit.", "“We will find the dealers,” Jane Smith said, “wherever they hide.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "We will find the dealers, wherever they hide.")]));
    let q = said(&["“We are shocked,” said Tom Jones. “It is a scandal.”"]);
    assert_eq!(q, pairs(&[("Tom Jones", "We are shocked"), ("Tom Jones", "It is a scandal.")]));
}

#[test]
fn words_folded_into_the_writers_sentence_after_a_comma_are_not_a_quote() {
    assert!(said(&["According to Jane Kennedy, \"more must be done by social media companies\"."]).is_empty());
    assert!(said(&["Jane Kennedy said, \"more must be done by social media companies\"."]).is_empty());
    assert_eq!(
        said(&["According to Jane Kennedy, \"More must be done by social media companies.\""]),
        pairs(&[("Jane Kennedy", "More must be done by social media companies.")])
    );
    assert_eq!(said(&["Jane Kennedy said: \"more must be done.\""]), pairs(&[("Jane Kennedy", "more must be done.")]));
}

#[test]
fn a_missing_closing_mark_does_not_swallow_the_next_quote() {
    let q = said(&[
        "Jane Smith said: “We are shocked by these figures.",
        "Tom Jones, of the NSPCC, said: “They are a scandal.”",
    ]);
    assert_eq!(q, pairs(&[("Jane Smith", "We are shocked by these figures."), ("Tom Jones", "They are a scandal.")]));
}

#[test]
fn furniture_inside_a_quote_does_not_interrupt_it() {
    let q = quotes_of(&[
        "Owen Pryce, NCWT chief executive, said: “This rise is alarming.",
        "Most Read",
        "“Officers need the right tools.”",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "This rise is alarming. Officers need the right tools.");
    assert_eq!(q[0].paragraphs, vec![0, 2]);
}

#[test]
fn repeated_pull_quotes_are_one_quote() {
    let lines = [
        ("A Gwent Police spokesperson said: “Gwent Police works closely with schools.”", Role::Body),
        ("“Gwent Police works closely with schools.”", Role::Repeat),
        ("“Gwent Police works closely with schools.”", Role::Body),
    ];
    let q = extract_quotes(&article_with_roles(&lines));
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn captions_and_headlines_give_no_quotes() {
    let lines = [
        ("“We are shocked,” says charity", Role::Headline),
        ("Owen Pryce said: “A caption quote.”", Role::Caption),
        ("By Jane Smith", Role::Byline),
    ];
    assert!(extract_quotes(&article_with_roles(&lines)).is_empty());
}

#[test]
fn quoted_report_titles_and_nicknames_are_not_quotes() {
    let q = said(&[
        "“Who Is Watching Online?” is the NSPCC’s yearly review.",
        "The report, called “Hidden Harms”, was published today.",
        "\"Sextortion\", the NSPCC said, is rising.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_quote_paragraph_flagged_as_a_repeat_still_continues_its_quote() {
    let lines = [
        ("We are working with partners to improve safety.", Role::Body),
        ("Detective Jane Smith said: “We take every report seriously.", Role::Body),
        ("“We are working with partners to improve safety.", Role::Repeat),
        ("“We will continue to act.”", Role::Body),
        ("“We are working with partners to improve safety.”", Role::Repeat),
    ];
    let q = extract_quotes(&article_with_roles(&lines));
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].text,
        "We take every report seriously. We are working with partners to improve safety. We will continue to act."
    );
    assert_eq!(q[0].paragraphs, vec![1, 2, 3]);
}

#[test]
fn quoted_words_after_said_without_a_colon_are_reported_speech() {
    let q = said(&[
        "The NCWT's Nick Tavener said the numbers were “deeply troubling”.",
        "He described the rise as \"shocking\" and \"unacceptable\".",
        "Jane Smith said that \"more must be done to protect children online\".",
        "Police said \"a number of\" arrests had been made.",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_quote_opened_after_an_attribution_runs_into_the_next_paragraph() {
    let q = said(&[
        "‘These numbers are grim,’ said Tom Hale, director at the Safe Kids Trust. ‘We know many children never tell anyone.",
        "‘Platforms have to act now.’",
    ]);
    assert_eq!(
        q,
        pairs(&[
            ("Tom Hale", "These numbers are grim"),
            ("Tom Hale", "We know many children never tell anyone. Platforms have to act now."),
        ])
    );
}

#[test]
fn a_quote_paragraph_ending_without_a_full_stop_still_ends_its_sentence() {
    let q = said(&[
        "Tom Hale said: “The figures are up again.",
        "“Children are at risk in their own bedrooms",
        "“Tech firms must act.”",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Tom Hale",
            "The figures are up again. Children are at risk in their own bedrooms. Tech firms must act."
        )])
    );
}

#[test]
fn a_pull_quote_of_words_already_quoted_does_not_carry_on_the_quote_before_it() {
    let lines = [
        ("Prof Ann Reid, the trust's director, said: “Each image is a child harmed. We cannot look away.”", Role::Body),
        ("A mother from Wrexham told us: \"We had no idea what was happening.", Role::Body),
        ("\"It still keeps me awake at night.\"", Role::Body),
        ("\"Each image is a child harmed.\"", Role::Repeat),
    ];
    let got: Vec<(String, String)> =
        extract_quotes(&article_with_roles(&lines)).into_iter().map(|q| (q.speaker, q.text)).collect();
    assert_eq!(
        got,
        pairs(&[
            ("Ann Reid", "Each image is a child harmed. We cannot look away."),
            ("a mother from Wrexham", "We had no idea what was happening. It still keeps me awake at night."),
        ])
    );
}

#[test]
fn a_pull_quote_lifted_from_a_longer_paragraph_later_does_not_carry_on_the_quote_before_it() {
    let lines = [
        ("Tom Hale, of the Safe Kids Trust, said: “The figures are up again.”", Role::Body),
        ("“Every child deserves to feel safe at home and online.”", Role::Repeat),
        ("Sarah Bloggs welcomed the report.", Role::Body),
        ("“Every child deserves to feel safe at home and online,” she said. “We will keep going.”", Role::Body),
    ];
    let got: Vec<(String, String)> =
        extract_quotes(&article_with_roles(&lines)).into_iter().map(|q| (q.speaker, q.text)).collect();
    assert_eq!(
        got,
        pairs(&[
            ("Tom Hale", "The figures are up again."),
            ("Sarah Bloggs", "Every child deserves to feel safe at home and online"),
            ("Sarah Bloggs", "We will keep going."),
        ])
    );
    // After a quote left open, the repeat is that quote's next paragraph, even when a longer
    // paragraph (a pull-quote signed under it) holds its words too.
    let lines = [
        ("Tom Hale, of the Safe Kids Trust, said: “The figures are up again.", Role::Body),
        ("“Every child deserves to feel safe at home and online.”", Role::Repeat),
        ("“Every child deserves to feel safe at home and online” – Tom Hale", Role::Body),
    ];
    let got: Vec<(String, String)> =
        extract_quotes(&article_with_roles(&lines)).into_iter().map(|q| (q.speaker, q.text)).collect();
    assert_eq!(
        got,
        pairs(&[("Tom Hale", "The figures are up again. Every child deserves to feel safe at home and online.")])
    );
}

#[test]
fn a_position_is_inside_a_quote_when_any_span_opened_before_it_runs_past_it() {
    let span = |open: usize, end: usize| spans::Span {
        open,
        inner: open + 1..end.saturating_sub(1),
        end,
        closed: true,
        opened: true,
        mark: spans::Mark::Double,
    };
    // A long span holding a short one, and one after both.
    let quoted = Covered::by(&[span(2, 40), span(10, 14), span(50, 60)]);
    let inside: Vec<usize> =
        [0, 2, 12, 20, 39, 40, 45, 50, 59, 60].into_iter().filter(|&at| quoted.covers(at)).collect();
    assert_eq!(inside, [2, 12, 20, 39, 50, 59]);
    assert!(!Covered::by(&[]).covers(0));
}
