//! An office named again by its title alone ("the minister said", "the MP added") after the
//! story named its holder with a fuller title ("Health Minister Jo Bloggs", "Labour MP Jo
//! Bloggs", "the Home Secretary, Jo Bloggs"): the holder speaks, with the role they were
//! named to.

use super::*;

/// (speaker, role) of the last quote.
fn last_speaker(lines: &[&str]) -> (String, Option<String>) {
    quotes_of(lines).pop().map(|q| (q.speaker, q.role)).unwrap_or_default()
}

fn holder(name: &str, role: &str) -> (String, Option<String>) {
    (name.to_string(), Some(role.to_string()))
}

#[test]
fn the_minister_after_a_minister_named_with_a_portfolio() {
    let q = last_speaker(&[
        "Schools Minister Dana Whitlow opened the new wing on Friday.",
        "Parents queued outside the gates from early morning.",
        "“Every child deserves a warm classroom,” the minister said.",
    ]);
    assert_eq!(q, holder("Dana Whitlow", "Schools Minister"));
    let q = last_speaker(&[
        "The housing minister, Rhodri Vance, toured the estate in Cardiff.",
        "Tenants showed him mould in three flats.",
        "The minister told reporters: “That is simply not acceptable.”",
    ]);
    assert_eq!(q, holder("Rhodri Vance", "housing minister"));
}

#[test]
fn the_minister_after_a_secretary_of_state() {
    let q = last_speaker(&[
        "The Transport Secretary, Imogen Tull, said: “Fares will be frozen.”",
        "Unions said the freeze did not go far enough.",
        "“We have listened,” the minister said.",
    ]);
    assert_eq!(q, holder("Imogen Tull", "Transport Secretary"));
    let q = last_speaker(&[
        "Education Secretary Marcus Dole announced the review on Tuesday.",
        "Heads' unions welcomed the move.",
        "The minister added: “Nobody should be left behind.”",
    ]);
    assert_eq!(q, holder("Marcus Dole", "Education Secretary"));
}

#[test]
fn the_mp_after_a_member_named_with_a_party() {
    let q = last_speaker(&[
        "Labour MP Tessa Orme said: “The station must stay open.”",
        "Rail bosses said a decision would come in the spring.",
        "“Commuters have waited long enough,” the MP added.",
    ]);
    assert_eq!(q, holder("Tessa Orme", "Labour MP"));
    let q = last_speaker(&[
        "Conservative MP Gareth Lyle raised the closure in the Commons.",
        "The bank said the branch was little used.",
        "The MP said: “Older customers rely on it.”",
    ]);
    assert_eq!(q, holder("Gareth Lyle", "Conservative MP"));
}

#[test]
fn another_office_with_the_same_last_word_is_not_named_again() {
    // A shadow minister, a general secretary or a former MP holds no office "the minister" or
    // "the MP" means.
    let q = last_speaker(&[
        "Shadow Health Minister Pru Astley criticised the plan.",
        "“This will cost lives,” the minister said.",
    ]);
    assert_eq!(q.0, "the minister");
    let q = last_speaker(&[
        "Unite general secretary Lena Marsh called the offer an insult.",
        "“We are reviewing the claims,” the minister said.",
    ]);
    assert_eq!(q.0, "the minister");
    let q = last_speaker(&["Former Labour MP Hugh Tandy said the plan was flawed.", "“It will pass,” the MP said."]);
    assert_eq!(q.0, "the MP");
}

/// (speaker, role) of the last quote of an article given line by line with each line's role.
fn last_speaker_with_roles(lines: &[(&str, Role)]) -> (String, Option<String>) {
    extract_quotes(&article_with_roles(lines)).pop().map(|q| (q.speaker, q.role)).unwrap_or_default()
}

#[test]
fn the_office_with_a_clause_about_its_holder_is_still_the_holder() {
    let q = last_speaker(&[
        "Labour MP Tamsin Orrell has written to the rail regulator about the cuts.",
        "Commuters in the valley lost two morning trains in May.",
        "The MP, who has held the seat since 2019, said: “This timetable is failing working people.”",
    ]);
    assert_eq!(q, holder("Tamsin Orrell", "Labour MP"));
}

#[test]
fn the_mp_named_only_in_a_picture_caption_is_the_captioned_member() {
    let lines = [
        ("Ferry fares to rise by a fifth", Role::Headline),
        ("Picture caption: Hew Brannagh MP on the quayside at Oban. Photo: Island Times", Role::Caption),
        ("Ferry fares on the island routes will rise by 20 per cent from April.", Role::Body),
        ("The MP, who has held the islands seat since 2015, said: “Islanders cannot absorb this.”", Role::Body),
    ];
    assert_eq!(last_speaker_with_roles(&lines), holder("Hew Brannagh", "MP"));
}

#[test]
fn a_captioned_member_is_not_the_mp_when_the_text_names_another() {
    let lines = [
        ("Picture caption: Hew Brannagh MP on the quayside. Photo: Island Times", Role::Caption),
        ("Conservative MP Ailsa Dunmore raised the fares in the Commons.", Role::Body),
        ("“It is a tax on island life,” the MP said.", Role::Body),
    ];
    assert_eq!(last_speaker_with_roles(&lines), holder("Ailsa Dunmore", "Conservative MP"));
}
