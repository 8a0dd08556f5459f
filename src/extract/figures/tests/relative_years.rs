//! Years counted back from a printed one: "the year after it logged …", "two years before".

use super::*;

/// (period, calendar year) of the figure of `value`.
fn dated(lines: &[&str], value: f64) -> (Option<String>, Option<u16>) {
    let found = figures(lines);
    let f = found.iter().find(|f| f.value == value);
    assert!(f.is_some(), "{value} not found in {found:#?}");
    f.map_or((None, None), |f| (f.period.map(|p| p.to_string()), f.calendar_year))
}

#[test]
fn a_figure_the_year_after_which_a_year_is_printed_is_the_year_before() {
    let line = "Dorset Police recorded 2,150 burglaries in 2022/23, the year after it logged 1,940.";
    assert_eq!(dated(&[line], 1940.0).0, some("2021/22"));
    let line = "The council issued 615 fines in 2021/22, the year after it had issued 540.";
    assert_eq!(dated(&[line], 540.0).0, some("2020/21"));
    // The other way round: the year printed is the year before the clause's.
    let line = "Gwent Police recorded 1,300 burglaries in 2021/22, the year before it logged 1,450.";
    assert_eq!(dated(&[line], 1450.0).0, some("2022/23"));
}

#[test]
fn a_count_of_years_before_a_calendar_year_takes_its_year() {
    let line = "Gwent Police logged 1,210 robberies in 2023, 1,090 a year earlier and 1,005 two years before.";
    assert_eq!(dated(&[line], 1005.0), (None, Some(2021)));
    let line = "Lifeboats launched 96 times in 2022, 88 a year earlier and 71 three years before.";
    assert_eq!(dated(&[line], 71.0), (None, Some(2019)));
}

#[test]
fn paired_values_both_take_the_year_printed_after_them() {
    let line = "The rate of burglary stood at 7.1 against 5.9 across England and Wales in 2023.";
    assert_eq!(dated(&[line], 7.1), (None, Some(2023)));
    let line = "Its rate was 3.4 per 1,000 people, against 2.8 nationally, in 2022.";
    assert_eq!(dated(&[line], 3.4), (None, Some(2022)));
    let line = "The rate of theft stood at 4.1 against 3.9 across England and Wales in 2022/23.";
    assert_eq!(dated(&[line], 4.1).0, some("2022/23"));
}

#[test]
fn a_relative_year_a_comparison_starts_from_does_not_date_a_number_past_a_semicolon() {
    let lines = [
        "Humberside Police recorded 2,300 burglaries in 2023/24.",
        "Lincolnshire saw 1,110 burglaries, 12% more than a year earlier; sheds made up 240 of them.",
    ];
    assert_eq!(period_of(&lines, 240.0), some("2023/24"));
    let lines = [
        "Cambridgeshire Constabulary logged 3,050 thefts in 2021/22.",
        "Thefts from cars were down 6% on the previous year; bikes accounted for 410.",
    ];
    assert_eq!(period_of(&lines, 410.0), some("2021/22"));
}
