//! A table row's label is no figure, whatever numbers it prints: bands of ages, a count of
//! forces in brackets.

use super::*;

#[test]
fn the_numbers_of_a_rows_label_name_the_row_and_are_no_figures() {
    let lines = [
        "Victims of robbery in Kent, by age",
        "| Age of victim | 2029/30 | 2030/31 |",
        "|---|---:|---:|",
        "| 0-9 | 14 | 11 |",
        "| 10 to 17 | 230 | 251 |",
        "| 65+ | 48 | 52 |",
    ];
    assert_eq!(values(&lines), [14.0, 11.0, 230.0, 251.0, 48.0, 52.0]);
    let lines = [
        "Thefts of bicycles, 2031/32",
        "| Rank | Force | Thefts |",
        "|---|---|---|",
        "| 1 | Avon and Somerset Police | 1,310 |",
        "| | All forces that replied (28) | 9,870 |",
    ];
    assert_eq!(values(&lines), [1310.0, 9870.0]);
}

#[test]
fn a_row_whose_label_names_no_offences_counts_no_offences() {
    let lines = [
        "The Rutland Safeguarding Children Board's report shows:",
        "| Measure | 2030/31 | 2031/32 |",
        "|---|---|---|",
        "| Care plans opened | 310 | 295 |",
        "| Strategy meetings held | 41 | 52 |",
        "| Referrals to adult social care | 900 | 950 |",
    ];
    let found = brief(&lines);
    assert_eq!(found.len(), 6, "{found:?}");
    assert!(found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    // A row of offences in the same table is still counted.
    let lines = [
        "The Rutland force's report shows:",
        "| Measure | 2030/31 | 2031/32 |",
        "|---|---|---|",
        "| Sexual offences against children | 310 | 295 |",
        "| Multi-agency strategy meetings | 41 | 52 |",
        "| Indecent images of children | 87 | 93 |",
        "| Possession of weapons | 120 | 133 |",
        "| Images offences | 61 | 70 |",
    ];
    let kinds: Vec<Kind> = brief(&lines).into_iter().map(|f| f.3).collect();
    assert_eq!(
        kinds,
        [
            Kind::Count,
            Kind::Count,
            Kind::Other,
            Kind::Other,
            Kind::Count,
            Kind::Count,
            Kind::Count,
            Kind::Count,
            Kind::Count,
            Kind::Count
        ]
    );
}
