//! Numbers told in passing that are no statistics: the few people of one case, a clock time
//! or a date on a wire embargo line, a limit set on what is sent in, a distance away.

use super::*;

#[test]
fn a_few_people_charged_or_arrested_in_one_case_are_no_figure() {
    for line in [
        "Four men, all from Deal, were bailed after the raid on a jeweller's in Canterbury.",
        "Police have charged two teenagers over a robbery at a shop in Ashford.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // Children charged over a year are still counted.
    assert_eq!(values(&["In Kent 412 children were charged with knife offences in 2023/24."]), [412.0]);
}

#[test]
fn a_few_people_dealt_with_after_a_dated_figure_are_part_of_that_years_statistics() {
    assert_eq!(
        values(&["In 2022/23 the county's rural crime team made 55 arrests. Six people were jailed."]),
        [55.0, 6.0]
    );
    assert_eq!(
        values(&["In the year to March 2024 the unit seized 30 vehicles. Four men have been charged."]),
        [30.0, 4.0]
    );
}

#[test]
fn a_clock_time_and_a_date_on_an_embargo_line_are_no_figures() {
    for line in ["EMBARGOED UNTIL 0030 THURSDAY MARCH 7", "Embargoed to 0001 Friday June 14"] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // A zero-padded value in a row of values is still one.
    assert_eq!(values(&["Quarter by quarter, Surrey logged 07 215 386 402 thefts."]), [7.0, 215.0, 386.0, 402.0]);
}

#[test]
fn a_limit_set_on_what_is_sent_in_is_no_figure() {
    for line in [
        "Entries must be no longer than 500 words and reach the Kent desk by Friday.",
        "Comments should not exceed 250 characters, the Kent editor said.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // An estimate that may reach a number is still one.
    assert_eq!(values(&["Kent Police said there may be up to 300 more burglaries in 2023/24."]), [300.0]);
}

#[test]
fn a_distance_away_or_from_somewhere_is_no_figure() {
    for line in [
        "The stolen tractor was recovered 35 miles north of the farm, in a barn near Kent.",
        "The car was abandoned 40 kilometres away, in a lay-by outside Kent.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // Miles of road patrolled are still measured.
    assert_eq!(values(&["Officers in Kent patrol 1,200 miles of road."]), [1200.0]);
}

#[test]
fn a_day_of_may_after_a_day_of_the_week_is_a_date() {
    for line in ["EMBARGOED TO 0001 SUNDAY MAY 19", "The hearing is on Tuesday, May 21 in Maidstone."] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn compensation_to_each_of_a_number_of_victims_counts_the_cases_victims() {
    for line in [
        "The Kent man was told to pay £800 to each of five victims at Maidstone Crown Court.",
        "She must also give £250 in compensation to each of 3 victims, the Essex court ruled.",
    ] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}: {:?}", brief(&[line]));
    }
    // Each of the offences a force recorded is still counted.
    assert_eq!(values(&["Kent Police recorded 412 thefts in 2023/24."]), [412.0]);
}

#[test]
fn as_many_people_as_the_ages_listed_after_them_are_the_cases_people() {
    for line in [
        "In Kent the court heard he messaged three boys aged 12, 13 and 15 over a year.",
        "The Essex jury was told two girls, aged 14 and 16, had been filmed.",
    ] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}: {:?}", brief(&[line]));
    }
    // A count of people of an age band is still a figure.
    let line = "Kent Police recorded 310 girls aged 13 to 15 as victims in 2023/24.";
    assert!(brief(&[line]).iter().any(|f| f.2 == 310.0 && f.3 == Kind::Count), "{line}: {:?}", brief(&[line]));
}

#[test]
fn the_number_of_a_week_is_a_label() {
    for line in ["The Kent Courier — Week 41", "Week 7: the Essex round-up of court news"] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // A count a week is still one.
    let line = "Kent Police now records 40 thefts a week.";
    assert!(!values(&[line]).is_empty(), "{line}");
}

#[test]
fn a_recommended_maximum_or_limit_is_no_count() {
    for (line, value) in [
        (
            "Kent Police recorded 900 offences in 2022/23. Each officer had 35 cases, against an agreed maximum of 20.",
            20.0,
        ),
        ("Essex logged 610 thefts in 2022/23, above the agreed limit of 450 set by the board.", 450.0),
    ] {
        assert!(!counted(&[line], value), "{line}: {:?}", brief(&[line]));
    }
    assert!(counted(&["Essex logged 610 thefts in 2022/23."], 610.0));
}

#[test]
fn what_a_generic_you_has_in_a_condition_is_no_count() {
    for (line, value) in [
        ("Kent Police recorded 900 offences in 2022/23. \"When you've got 40, nothing gets done properly.\"", 40.0),
        ("Essex logged 610 thefts in 2022/23. 'If you have 25 on your desk, you cannot cope,' she said.", 25.0),
    ] {
        assert!(!counted(&[line], value), "{line}: {:?}", brief(&[line]));
    }
}
