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
