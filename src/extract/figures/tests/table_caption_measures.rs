//! What a table's caption says it counts is what its rows count, over what the text counted
//! before; a caption naming nothing goes on with the last table's.

use super::*;

#[test]
fn a_tables_caption_says_what_its_rows_count() {
    let lines = [
        "Police recorded 5,100 online child sexual offences in 2030/31.",
        "Table 2: Sexual offences against children by region, 2030/31",
        "Region | Offences | Change",
        "North West | 14,200 | +3%",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(14200.0, Measure::All)), "{found:?}");
    let lines = [
        "| Measure | 2029/30 | 2030/31 |",
        "| Offences flagged as online | 410 | 455 |",
        "Table 3: Indecent image offences by force, 2030/31",
        "| Force | Offences |",
        "| Gwent Police | 212 |",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(212.0, Measure::Other)), "{found:?}");
}

#[test]
fn a_rape_row_of_a_table_of_offences_against_children_counts_rapes_of_children() {
    let lines = [
        "Table 1: Sexual offences against children, Cleveland Police",
        "| | 2029/30 | 2030/31 |",
        "| All sexual offences | 1,310 | 1,402 |",
        "| of which: rape | 230 | 251 |",
        "Table 1 (continued): 2031/32",
        "| | 2031/32 |",
        "| of which: rape | 266 |",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(251.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(266.0, Measure::All)), "{found:?}");
    // Under a table of offences against people of every age, a rape is another measure.
    let lines = ["Table 4: Sexual offences, all ages, Durham", "| | 2030/31 |", "| Rape | 402 |"];
    assert!(measures(&lines).contains(&(402.0, Measure::Other)), "{:?}", measures(&lines));
}

#[test]
fn a_row_naming_no_measure_counts_what_the_table_counts_not_what_the_row_before_named() {
    let lines = [
        "Table 1: Sexual offences against children by offence type, Essex Police",
        "Offence type | 2029/30 | 2030/31",
        "Sexual communication with a child | 120 | 131",
        "Sexual assault of a child under 13 | 210 | 222",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(131.0, Measure::Other)), "{found:?}");
    assert!(found.contains(&(222.0, Measure::All)), "{found:?}");
    let lines = [
        "Table 2: Online child sexual offences, Merseyside Police",
        "| Type | 2030/31 |",
        "| Indecent images | 77 |",
        "| Contact offences arranged online | 54 |",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(77.0, Measure::Other)), "{found:?}");
    assert!(found.contains(&(54.0, Measure::Online)), "{found:?}");
}

#[test]
fn a_heading_right_over_a_table_says_what_its_rows_count() {
    let text = "Abuse figures for Mercia\n\n\
                Mercia Police logged 2,317 sexual offences against children in 2030/31.\n\n\
                Separately, officers logged 310 grooming crimes in 2030/31.\n\n\
                Sexual offences against children, by district\n\n\
                | District | 2029/30 | 2030/31 |\n|---|---|---|\n| Hereford | 401 | 433 |\n";
    let found: Vec<(f64, Measure)> = text_figures(text).iter().map(|f| (f.value, f.measure)).collect();
    assert!(found.contains(&(433.0, Measure::All)), "{found:?}");
}

#[test]
fn a_heading_naming_the_online_flag_over_a_table_makes_its_rows_online() {
    let text = "Abuse figures for Mercia\n\n\
                Mercia Police logged 2,317 sexual offences against children in 2030/31.\n\n\
                Offences flagged as online, by district\n\n\
                | District | 2029/30 | 2030/31 |\n|---|---|---|\n| Hereford | 88 | 97 |\n";
    let found: Vec<(f64, Measure)> = text_figures(text).iter().map(|f| (f.value, f.measure)).collect();
    assert!(found.contains(&(97.0, Measure::Online)), "{found:?}");
}

#[test]
fn a_link_to_another_story_right_over_a_table_says_nothing_of_its_rows() {
    let text = "Online abuse in Mercia\n\n\
                Mercia Police flagged 290 sexual offences against children as online in 2030/31.\n\n\
                Read more: Burglaries in Hereford fall by a tenth\n\n\
                | District | 2029/30 | 2030/31 |\n|---|---|---|\n| Hereford | 88 | 97 |\n";
    let found: Vec<(f64, Measure)> = text_figures(text).iter().map(|f| (f.value, f.measure)).collect();
    assert!(found.contains(&(97.0, Measure::Online)), "{found:?}");
}
