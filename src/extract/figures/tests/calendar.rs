//! The calendar year a figure with no financial year takes.

use super::*;

/// (period, calendar year) of the figure of `value`.
fn dated(lines: &[&str], value: f64) -> (Option<String>, Option<u16>) {
    let found = figures(lines);
    let f = found.iter().find(|f| f.value == value);
    assert!(f.is_some(), "{value} not found in {found:#?}");
    f.map_or((None, None), |f| (f.period.map(|p| p.to_string()), f.calendar_year))
}

#[test]
fn counts_take_the_calendar_year_printed_beside_them() {
    let cases: &[(&str, f64, u16)] = &[
        ("Eleven pedestrians were killed on Fenland roads in 2022, compared with 15 in 2021.", 11.0, 2022),
        ("Eleven pedestrians were killed on Fenland roads in 2022, compared with 15 in 2021.", 15.0, 2021),
        ("During 2023 the helpline handled more than 740 reports of romance fraud.", 740.0, 2023),
    ];
    for &(line, value, year) in cases {
        assert_eq!(dated(&[line], value), (None, Some(year)), "{line}");
    }
}

#[test]
fn changes_take_the_later_calendar_year_they_compare() {
    let cases: &[(&str, f64, Option<u16>)] = &[
        ("Burglaries in the borough fell by 12% in 2023.", -12.0, Some(2023)),
        ("Shoplifting rose from 410 in 2021 to 520 in 2022, an increase of 27%.", 27.0, Some(2022)),
        ("Vehicle thefts reached 96 in 2023, up 9 per cent on 2022.", 9.0, Some(2023)),
        ("Arson attacks climbed 40 per cent between 2019 and 2023.", 40.0, Some(2023)),
        // Only the year it is compared with: the later one is not printed.
        ("Vehicle thefts were up 9 per cent on 2022.", 9.0, None),
    ];
    for &(line, value, year) in cases {
        assert_eq!(dated(&[line], value), (None, year), "{line}");
    }
}

#[test]
fn a_relative_year_after_a_calendar_year_counts_from_it() {
    let line = "Thirty drownings were recorded along the coast in 2023, up from 22 a year earlier.";
    assert_eq!(dated(&[line], 22.0), (None, Some(2022)));
    let line = "The food bank fed 610 families in 2020 and 745 the following year.";
    assert_eq!(dated(&[line], 745.0), (None, Some(2021)));
}

#[test]
fn a_financial_year_wins_over_a_calendar_year() {
    let line = "Kent Police logged 412 offences in 2017/18 and 388 in 2019.";
    assert_eq!(dated(&[line], 412.0), (some("2017/18"), None));
    assert_eq!(dated(&[line], 388.0), (None, Some(2019)));
}

#[test]
fn a_year_ending_a_date_dates_no_figure() {
    let line = "On 3 March 2024, officers seized 40 phones from the prison.";
    assert_eq!(dated(&[line], 40.0), (None, None));
    let line = "The appeal, launched on 12/06/2021, raised 300 pledges.";
    assert_eq!(dated(&[line], 300.0), (None, None));
}

#[test]
fn a_calendar_year_dating_something_else_dates_no_figure() {
    let cases: &[(&str, f64)] = &[
        ("Since the council launched its noise hotline in 2020, wardens have issued 870 warnings.", 870.0),
        ("The unit, formed in 2018, has grown from six officers to 14.", 14.0),
        ("The charity grew from 12 volunteers in 2019 to 40 today, and its vans made 350 deliveries.", 350.0),
        ("Reports were up 6% on 2021, when the register opened, and now run at about 90 a week.", 90.0),
        ("In the first six weeks of 2021, wardens issued 75 fines.", 75.0),
    ];
    for &(line, value) in cases {
        assert_eq!(dated(&[line], value).1, None, "{line}");
    }
    // A figure in the event's own words is the event's year's.
    let line = "The squad was set up with 62 detectives in 2016.";
    assert_eq!(dated(&[line], 62.0), (None, Some(2016)));
    // A clause about the year compared with gives the number in it that year.
    let line = "Claims were up 11 per cent on 2020, when 4,210 were made.";
    assert_eq!(dated(&[line], 4210.0), (None, Some(2020)));
}

#[test]
fn a_hedge_before_the_number_is_no_comparison_with_its_year() {
    let line = "The trust said its advisers answered more than 1,900 calls about scams in 2022.";
    assert_eq!(dated(&[line], 1900.0), (None, Some(2022)));
    let line = "Lifeboat crews rescued fewer than 80 swimmers during 2021.";
    assert_eq!(dated(&[line], 80.0), (None, Some(2021)));
}

#[test]
fn years_counted_from_another_figure_s_calendar_year_count_from_that_year() {
    let lines = [
        "In 2019, Essex Police recorded 3,000 burglaries.",
        "Three years earlier than the 2019 total, the force recorded 2,100.",
    ];
    assert_eq!(dated(&lines, 2100.0), (None, Some(2016)));
    let line = "The charity helped 480 people two years after the 2021 figures were collected.";
    assert_eq!(dated(&[line], 480.0), (None, Some(2023)));
}

#[test]
fn a_relative_year_after_a_calendar_year_counts_from_it_in_a_text_about_a_financial_year() {
    let lines = [
        "Cleveland Police logged 1,450 burglaries in 2022/23.",
        "Shoplifting offences reported to the force reached 1,040 in 2023, against 870 a year earlier.",
    ];
    let first = dated(&lines, 870.0);
    let lines = [
        "Durham Constabulary recorded 2,200 assaults in 2022/23.",
        "The charity helped 310 victims in 2021, compared with 280 the previous year.",
    ];
    assert_eq!((first, dated(&lines, 280.0)), ((None, Some(2022)), (None, Some(2020))));
}
