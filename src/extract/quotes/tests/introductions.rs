//! Quote paragraphs after a sentence that introduces someone (talking, sharing their words,
//! a gesture, how they put things): theirs, and no one's after some other sentence.

use super::*;

#[test]
fn an_intro_ending_a_paragraph_names_the_quote_in_the_next() {
    let q = said(&["Jane Smith, of the NSPCC, said the figures were “shocking”, adding:", "“We need action.”"]);
    assert_eq!(q, pairs(&[("Jane Smith", "We need action.")]));
    let q = said(&["Owen Pryce said:", "Most Read", "“Children cannot wait.”"]);
    assert_eq!(q, pairs(&[("Owen Pryce", "Children cannot wait.")]));
}

#[test]
fn quote_paragraphs_after_someone_is_introduced_as_talking_are_theirs() {
    let q = said(&[
        "Inspector Tom Reyes, who runs the cyber unit at Kent Police, has been speaking to us about the rise.",
        "“Every week brings cases we would not have seen five years ago.",
        "“We need parents to help. They see what we cannot.”",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Tom Reyes",
            "Every week brings cases we would not have seen five years ago. We need parents to help. They see what we cannot."
        )])
    );
    let q = said(&[
        "Jane Hill, who chairs the parents' forum, said the figures were alarming.",
        "“Families feel they have been left on their own with this.”",
    ]);
    assert_eq!(q, pairs(&[("Jane Hill", "Families feel they have been left on their own with this.")]));
}

#[test]
fn a_quote_paragraph_after_someone_whose_words_are_shared_is_theirs() {
    let q = said(&[
        "The helpline passed on the words of a 12-year-old girl who rang it last spring.",
        "“She kept saying nobody would believe me. I stopped going to school.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("a 12-year-old girl", "She kept saying nobody would believe me. I stopped going to school.")])
    );
    let q = said(&[
        "Victim Support has shared the account of one pensioner from Hull, whose savings were taken.",
        "\"I thought the man on the phone was from my bank.\"",
    ]);
    assert_eq!(q, pairs(&[("one pensioner from Hull", "I thought the man on the phone was from my bank.")]));
    // The words of a hymn are no one's to quote.
    let q = said(&["The school shared the words of the hymn at assembly.", "“Abide with me.”"]);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn an_interview_passage_after_someone_sat_down_with_the_paper_is_theirs() {
    let q = said(&[
        "Sergeant Ian Holt, who runs the rural crime team at Dyfed-Powys Police, sat down with the Gazette to explain the rise.",
        "“Quad bikes go first. Then it is tools and fuel.",
        "“Farmers tell us they have stopped reporting it. They think nothing will happen.”",
        "He added that the team now had six officers.",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Ian Holt",
            "Quad bikes go first. Then it is tools and fuel. Farmers tell us they have stopped reporting it. They think nothing will happen."
        )])
    );
}

#[test]
fn pull_quotes_and_scare_quotes_after_an_introduction_are_not_quotes() {
    let q = said(&[
        "Jane Hill, who chairs the parents' forum, said the figures were alarming.",
        "“Families left on their own with this”",
        "“Sextortion” cases rose again in the spring.",
    ]);
    assert_eq!(q, pairs(NONE));
    // Nobody introduced as talking: a quote paragraph with no attribution is nobody's.
    let q = said(&["The figures were published on Monday.", "“Families feel they have been left on their own.”"]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_passage_after_an_introduction_that_ends_naming_someone_else_is_theirs() {
    let q = said(&[
        "Jane Hill, who chairs the parents' forum, said the figures were alarming.",
        "“Schools have been slow to act on this.",
        "“Parents are left to find out on their own,” said Tom Reyes, a governor at one of the schools.",
    ]);
    assert_eq!(
        q,
        pairs(&[("Tom Reyes", "Schools have been slow to act on this. Parents are left to find out on their own")])
    );
}

#[test]
fn a_quote_after_a_gesture_of_the_speaker_is_theirs() {
    let q = said(&[
        "Mayor Joanne Pike has chaired the transport board for three years.",
        "She was asked whether the tram extension would open on time.",
        "She laughs. “Ask me when the track is down.”",
    ]);
    assert_eq!(q, pairs(&[("Joanne Pike", "Ask me when the track is down.")]));
}

#[test]
fn a_quote_after_some_other_sentence_of_the_writers_is_not_given_to_a_pronoun() {
    let q = said(&[
        "Mayor Joanne Pike has chaired the transport board for three years.",
        "She lost the vote. “A shameful day for the city.”",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_quote_after_a_sentence_saying_how_a_named_person_puts_things_is_theirs() {
    let q = said(&[
        "Reservoir levels fell again in August.",
        "Gwen Talbot, who ran the water board until last spring, is blunter still. “We have been lucky for ten years. The luck has run out.”",
    ]);
    assert_eq!(q, pairs(&[("Gwen Talbot", "We have been lucky for ten years. The luck has run out.")]));
    let q = said(&[
        "Councillors backed the plan by nine votes to four.",
        "Dr Omar Haddad was more cautious. “I would want to see the costs before anyone celebrates.”",
    ]);
    assert_eq!(q, pairs(&[("Omar Haddad", "I would want to see the costs before anyone celebrates.")]));
    // A sentence saying something else the person did gives them no quote.
    let q = said(&[
        "Councillors backed the plan by nine votes to four.",
        "Dr Omar Haddad was outvoted. “A sad day for the valley and everyone in it.”",
    ]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_pronoun_saying_how_the_speaker_puts_things_opens_their_next_quote() {
    let said_by = |lines: &[&str]| -> Vec<(String, String)> {
        quotes_of(lines).into_iter().map(|q| (q.speaker, q.text)).collect()
    };
    let q = said_by(&[
        "Inspector Ruth Cole said: “We are busy every night.”",
        "She is careful not to exaggerate it. “Some of the rise is simply better recording.”",
    ]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(who, _)| who == "Ruth Cole"), "{q:?}");
    let q = said_by(&[
        "Mark Ellis, the charity's director, said the service was stretched.",
        "He is quick to add a caveat. “It has been a hard year, but not a hopeless one.”",
    ]);
    assert_eq!(q, [("Mark Ellis".to_string(), "It has been a hard year, but not a hopeless one.".to_string())]);
}

#[test]
fn a_quote_paragraph_after_someone_described_telling_of_something_is_theirs() {
    let q = said(&[
        "A boy from Wigan was helped through the trial by an adviser. His father described what the help meant.",
        "'We felt lost until she came along. She answered every call, however late.'",
    ]);
    assert_eq!(
        q,
        pairs(&[("his father", "We felt lost until she came along. She answered every call, however late.")])
    );
    let q = said(&[
        "One victim of the scheme talked about the months after the break-in.",
        "“I could not sleep in my own house for weeks. Every noise woke me.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("one victim of the scheme", "I could not sleep in my own house for weeks. Every noise woke me.")])
    );
    // Followed by more than a quote, the sentence gives no one words.
    let q = said(&[
        "One victim of the scheme talked about the months after the break-in.",
        "The 'help desk' closed in March, the council said.",
    ]);
    assert!(q.is_empty(), "{q:?}");
    // A spokesman describing something is no one's introduction, as before.
    let q = said(&["A council spokesman described the closure.", "“We had no choice.”"]);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn someone_who_spoke_at_an_event_is_whom_the_pronoun_before_the_quote_means() {
    let q = said(&[
        "Our branch secretary, Nigel Forde, spoke at the open evening in Ripon. He said:",
        "“Every hour you give matters.”",
    ]);
    assert_eq!(q, pairs(&[("Nigel Forde", "Every hour you give matters.")]));
    let q = said(&[
        "Ruth Abara, the parish priest, was speaking at a vigil on Sunday.",
        "“We will not forget them,” she said.",
    ]);
    assert_eq!(q, pairs(&[("Ruth Abara", "We will not forget them")]));
    // Introduced so earlier in the paragraph than its last sentence.
    let q = said(&["Nigel Forde spoke at the open evening in Ripon. He said:", "“Every hour you give matters.”"]);
    assert_eq!(q, pairs(&[("Nigel Forde", "Every hour you give matters.")]));
}

#[test]
fn a_quote_opening_right_after_a_short_sentence_on_how_plainly_someone_spoke_is_theirs() {
    let q = said(&[
        "Inspector Mo Reyes, who runs the burglary squad, did not play the numbers down when we met. He was blunt. “We are losing ground. We need more detectives.”",
    ]);
    assert_eq!(q, pairs(&[("Mo Reyes", "We are losing ground. We need more detectives.")]));
    // How someone spoke of something, with more after it, introduces no quote.
    let q = said(&["Mo Reyes was blunt about the cuts. “Doors Open Day” starts on Saturday."]);
    assert_eq!(q, pairs(NONE));
}

#[test]
fn a_statement_someone_read_out_is_theirs_when_it_said_introduces_it() {
    let q = said(&[
        "The victim's father, Alan Pike, read a statement outside court. It said: “We will never get over this.",
        "“Our son deserved better than this.”",
    ]);
    assert_eq!(q, pairs(&[("Alan Pike", "We will never get over this. Our son deserved better than this.")]));
    let q = said(&[
        "The head teacher, Dr Rosa Lind, issued a statement to parents on Monday. It read: “The school will reopen on Thursday.”",
    ]);
    assert_eq!(q, pairs(&[("Rosa Lind", "The school will reopen on Thursday.")]));
}

#[test]
fn a_quote_paragraph_after_the_writer_spoke_to_someone_named_is_theirs() {
    let q = said(&[
        "We dropped into the community garden on Saturday and chatted to volunteer Bryony Kade, who has tended the beds since 2015.",
        "\"People think it grows itself. It really does not.\"",
    ]);
    assert_eq!(q, pairs(&[("Bryony Kade", "People think it grows itself. It really does not.")]));
    let q = said(&[
        "I interviewed Osman Farah, who has coached the under-12s for six seasons:",
        "\"The kids turn up in the snow. That tells you everything.",
        "\"We just need a pitch with lights.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[(
            "Osman Farah",
            "The kids turn up in the snow. That tells you everything. We just need a pitch with lights."
        )])
    );
    // Someone the writer merely saw is no one introduced to speak.
    let q = said(&["We saw Bryony Kade at the gate.", "\"Keep off the grass.\""]);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn the_speaker_after_a_writers_clause_joined_by_and_is_the_one_speaking() {
    let q = orgs_of(&[
        "Drivers have complained about speeding on Mill Lane for months.",
        "We emailed Wiltshire Police on Friday and a spokesman replied (eventually):",
        "\"Extra patrols start in the spring.\"",
    ]);
    assert_eq!(q, owned(&[("Wiltshire Police spokesperson", Some("Wiltshire Police"))]));
    let q = orgs_of(&[
        "We messaged Gwent Police about the break-ins and a spokeswoman told us:",
        "\"Officers are reviewing the footage.\"",
    ]);
    assert_eq!(q, owned(&[("Gwent Police spokesperson", Some("Gwent Police"))]));
    let q = said(&["I wrote to the hospice and its director, Nia Probert, replied: \"Every bed is full.\""]);
    assert_eq!(q, pairs(&[("Nia Probert", "Every bed is full.")]));
    // Two speakers joined by "and" are no writer's clause.
    let q = said(&["Jo Pike and her neighbour Sam Reid said: \"We want the bus back.\""]);
    assert!(q.iter().all(|(who, _)| who != "Sam Reid"), "{q:?}");
}

#[test]
fn the_writer_meeting_someone_named_somewhere_or_by_their_post_introduces_their_words() {
    let q = said(&["We talked to Priya Nandra at the allotment gates.", "\"The waiting list is eleven years long.\""]);
    assert_eq!(q, pairs(&[("Priya Nandra", "The waiting list is eleven years long.")]));
    let q = said(&[
        "I caught up with the choir's conductor, Emeka Obi, after Sunday's rehearsal.",
        "\"We lost half the tenors to the new estate. They moved away.\"",
    ]);
    assert_eq!(q, pairs(&[("Emeka Obi", "We lost half the tenors to the new estate. They moved away.")]));
    // Someone's relative, or two people, give no one speaker.
    let q = said(&["We spoke to Priya Nandra's son at the gates.", "\"Mum never misses a day.\""]);
    assert!(q.iter().all(|(who, _)| who != "Priya Nandra"), "{q:?}");
    let q = said(&["We met Priya Nandra and her neighbour on the lane.", "\"Nobody cuts the hedges.\""]);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_quote_paragraph_after_the_writer_spoke_to_someone_described_is_theirs() {
    let q = said(&["I spoke to a night nurse on the children's ward.", "\"We are two staff short every shift.\""]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.contains("nurse"), "{q:?}");
    let q =
        said(&["We met a retired teacher from the next valley.", "\"The school had ninety pupils when I started.\""]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.contains("teacher"), "{q:?}");
}

#[test]
fn a_quote_paragraph_after_the_writer_put_a_question_to_someone_named_is_their_answer() {
    let q = said(&[
        "We asked Gethin Pryce, who runs the food bank, how the winter had gone:",
        "\"Busier than ever. We ran out of tins twice.\"",
    ]);
    assert_eq!(q, pairs(&[("Gethin Pryce", "Busier than ever. We ran out of tins twice.")]));
    let q = said(&[
        "I put the council's figures to Rosa Delgado of the tenants' union.",
        "\"They count the flats, not the families in them.\"",
    ]);
    assert_eq!(q, pairs(&[("Rosa Delgado", "They count the flats, not the families in them.")]));
}

#[test]
fn in_the_words_of_someone_before_a_colon_or_comma_introduces_their_quote() {
    let q = quotes_of(&["In the words of our chair, Sunita Varma: “We will keep the doors open.”"]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_str(), "Sunita Varma", "{q:?}");
    let q = said(&["In the words of one volunteer, “It never stops, not even at Christmas.”"]);
    assert_eq!(q, pairs(&[("one volunteer", "It never stops, not even at Christmas.")]));
}
