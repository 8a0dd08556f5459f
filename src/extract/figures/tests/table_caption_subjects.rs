//! A table whose numbered caption counts people or things, not offences, counts them in
//! every row.

use super::*;

#[test]
fn a_table_captioned_as_counting_no_offences_holds_no_counts_of_offences() {
    let lines = [
        "Table C2: Children subject to a child protection plan at 31 March 2031, by category",
        "| Category | Bristol | North Somerset | Total |",
        "|---|---:|---:|---:|",
        "| Neglect | 211 | 96 | 307 |",
        "| Sexual abuse | 14 | 6 | 20 |",
    ];
    let found = brief(&lines);
    assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let lines = [
        "Figure 3: Officers in post in Hampshire and Isle of Wight Constabulary, by team",
        "Team | 2029/30 | 2030/31",
        "Child abuse investigation | 41 | 45",
    ];
    let found = brief(&lines);
    assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    // A caption counting offences leaves its rows' counts as they are.
    let lines = ["Table 5: Sexual offences against children, by age", "| Age | 2030/31 |", "| 13 to 15 | 640 |"];
    assert!(brief(&lines).iter().any(|f| f.2 == 640.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn a_tables_unnumbered_caption_of_referrals_to_a_service_holds_no_counts_of_offences() {
    let lines = [
        "Referrals to the council's early help service where neglect was a concern",
        "| Financial year | Referrals | Of which repeat referrals |",
        "|---|---|---|",
        "| 2030/31 | 410 | 96 |",
        "| 2031/32 | 455 | 120 |",
    ];
    let found = brief(&lines);
    assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn a_tables_unnumbered_caption_of_officers_holds_no_counts_of_offences() {
    let lines = [
        "Officers trained in digital evidence, Gwent Police",
        "Year | Trained | Of which detectives",
        "2030/31 | 120 | 45",
    ];
    let found = brief(&lines);
    assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    // An unnumbered caption of offences leaves its rows' counts as they are.
    let lines = ["Burglaries recorded by Gwent Police", "Year | Burglaries", "2030/31 | 1,210"];
    assert!(brief(&lines).iter().any(|f| f.2 == 1210.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn a_sentence_leading_into_a_table_is_no_caption_of_people() {
    let lines = ["Officers in Gwent recorded these burglaries:", "Year | Burglaries", "2030/31 | 1,210"];
    assert!(brief(&lines).iter().any(|f| f.2 == 1210.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
}
