//! Years, days of the month, times of day, durations and lengths (and a key to press): no
//! figures, though a four-digit count after "from" or "in" still is one.

use super::*;

#[test]
fn years_durations_and_counts_of_forces_are_not_figures() {
    for line in [
        "The law came into force in 2003 in England and Wales.",
        "The man was sentenced to 31 years over 50 counts of abuse.",
        "Nearly 17 months have passed since the plans were announced.",
        "Replies came from 39 forces covering England and Wales.",
        "All 46 forces across the UK responded.",
        "The new offence was created eight years ago.",
        "Figures from 43 police forces were collected.",
        "All four forces in Wales responded.",
        "It was published on 16th Nov 2020.",
        "The show is on Channel 4 at 9pm.",
        "Offences per 100,000 people are shown.",
        "Offending has trebled over the seven years since the law changed.",
        "That is one in five children in Kent.",
        "Around 1 in 10 offences in Kent were online.",
        "Of the 39 forces that responded to the request, 30 reported an increase.",
        "Of the forces in the region, only three saw a fall.",
        "One officer, who asked not to be named, described the work as relentless.",
        "Kent Police&#8217;s team was praised.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn the_first_day_of_a_range_of_dates_is_not_a_figure() {
    for line in ["The Essex campaign ran from 3 to 9 March.", "The operation in Kent ran 14-20 October."] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_day_of_may_printed_month_first_is_not_a_figure() {
    for line in [
        "Friday, May 17, 2024 | Edition 88 | Free",
        "The Gwent report, published on May 9, found burglaries had risen.",
        "Kent Police said the review would end by May 30.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // With neither a year after it nor a preposition of time before "May", the number is a count.
    assert_eq!(values(&["In May 23 burglaries were recorded in Kent."]), [23.0]);
}

#[test]
fn a_day_of_a_month_named_in_welsh_is_not_a_figure() {
    for line in
        ["Cyhoeddwyd / Published: 3 Mawrth / March 2025", "The Cardiff council meeting on 21 Hydref agreed the plan."]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_key_to_press_and_a_time_of_day_are_not_figures() {
    for line in [
        "If it is not safe to talk, press 55 when asked and the operator will help.",
        "The girl messaged the helpline at 11 o'clock at night.",
        "Her mother rang officers at 9pm on a Sunday.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn nights_are_a_duration() {
    assert!(values(&["A Surrey girl spent four nights in hospital after the attack."]).is_empty());
}

#[test]
fn a_year_before_1900_after_since_or_founded_is_no_figure() {
    assert!(values(&["Proudly serving Whitby and Scarborough since 1872"]).is_empty());
    assert!(values(&["The charity was founded in 1884."]).is_empty());
}

#[test]
fn a_four_digit_number_after_from_or_in_is_a_count_but_after_since_a_year() {
    let v = values(&["Kent Police recorded 2,020 thefts in 2023/24, up from 1850 in 2022/23, in 1820 cases."]);
    assert!(v.contains(&1850.0) && v.contains(&1820.0), "{v:?}");
    let v = values(&["The charity, founded in 1884, said Kent Police recorded 2,020 thefts in 2023/24."]);
    assert!(!v.contains(&1884.0), "{v:?}");
}

#[test]
fn a_distance_or_time_in_words_opening_a_sentence_is_no_figure() {
    for line in [
        "Thirty miles later, the stolen lorry was found.",
        "Twelve minutes after the call, officers arrived.",
        "Fifty-five mph was the speed of the car.",
        "Sixteen days is how long the inquiry took.",
    ] {
        assert_eq!(values(&["Kent Police detected 430 offences.", line]), [430.0], "{line}");
    }
}

#[test]
fn working_and_calendar_days_are_durations() {
    for line in [
        "You may ask Kent Police for a review within 20 working days of this letter.",
        "Essex Police must reply within 30 calendar days in 2023/24.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn the_first_of_two_durations_joined_by_or_or_to_is_a_duration() {
    for line in [
        "Victims told Kent Police of abuse from 20 or 30 years ago, the force said.",
        "Essex Police said some reports went back 15 to 25 years in 2023/24.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // Two counts joined by "or" are still counts.
    assert_eq!(values(&["Kent Police recorded 15 or 16 burglaries a week in 2023/24."]).first(), Some(&15.0));
}

#[test]
fn the_first_hour_of_a_time_range_is_no_figure() {
    for line in ["Drop-in surgery at the library, 2-4pm on Saturday.", "Beat meeting – Tue 3 June, 11–1pm, church hall"]
    {
        assert!(figures(&[line]).is_empty(), "{line}: {:?}", figures(&[line]));
    }
}

#[test]
fn the_one_school_year_a_child_is_in_or_finishes_is_not_a_figure() {
    for line in [
        "\"Some are carrying blades by the time they start year 9,\" the teacher said in Bolton.",
        "Two children in Bolton were groomed while still in year 6.",
    ] {
        assert!(values(&[line]).iter().all(|&v| v != 9.0 && v != 6.0), "{line}: {:?}", values(&[line]));
    }
    // A count after "the year" is still a count.
    assert_eq!(values(&["In Bolton over the year 12 children were groomed."]), [12.0]);
}

#[test]
fn a_length_in_words_is_no_figure() {
    let lines = ["Kent Police recorded 410 thefts in 2021/22. | Local Wire | Crime | 734 words"];
    assert!(!has_value(&lines, 734.0), "{:?}", brief(&lines));
    let lines = ["Essex Police recorded 388 thefts in 2022/23, the 1,100 words of its report say."];
    assert!(!has_value(&lines, 1100.0), "{:?}", brief(&lines));
}

#[test]
fn the_hours_of_a_notices_event_are_no_figures() {
    let lines = [
        "Kent Police recorded 412 offences in 2031/32.",
        "Do come to the harvest supper (Friday 6th October, 6 till 9, bring a plate).",
    ];
    assert_eq!(values(&lines), [412.0]);
}

#[test]
fn the_hours_of_a_coffee_morning_printed_with_until_are_no_figures() {
    let lines = [
        "Essex Police recorded 906 robberies in 2031/32. Coffee morning in the church hall, 10 until 12, all welcome.",
    ];
    assert_eq!(values(&lines), [906.0]);
}

#[test]
fn a_bare_value_a_duration_or_age_changed_from_is_no_figure() {
    for line in [
        "The force said a charging decision now takes 33 days, down from 47.",
        "The typical wait for a forensic examination was six weeks, compared with 11.",
        "The youngest person reported missing was nine years old, against 12 a year earlier.",
    ] {
        assert!(
            !counted(&[line], 47.0) && !counted(&[line], 11.0) && !counted(&[line], 12.0),
            "{line}: {:?}",
            brief(&[line])
        );
    }
}

#[test]
fn a_value_a_count_changed_from_after_the_last_year_is_still_a_figure() {
    let line = "Merseyside Police recorded 610 robberies last year, down from 702.";
    assert!(counted(&[line], 702.0), "{:?}", brief(&[line]));
    let line = "Merseyside Police recorded 610 robberies in two years, down from 702.";
    assert!(counted(&[line], 702.0), "{:?}", brief(&[line]));
}

#[test]
fn the_value_a_duration_is_compared_with_is_a_duration_too() {
    for lines in [
        ["Kent Police recorded 500 offences in 2021/22.", "Average wait for a Kent counsellor: 21 days (down from 30)"],
        ["Essex Police recorded 800 thefts in 2021/22.", "Time to first contact in Essex: 48 hours (up from 36)."],
    ] {
        let found = brief(&lines);
        assert!(found.iter().all(|f| f.2 == 500.0 || f.2 == 800.0), "{lines:?}: {found:?}");
    }
    // A count compared with a count stays one beside a duration.
    let found = brief(&["Kent Police recorded 500 offences in 2021/22, up from 410, over 12 months."]);
    assert!(found.iter().any(|f| f.2 == 410.0), "{found:?}");
}

#[test]
fn the_value_compared_after_the_span_a_count_covers_is_still_a_count() {
    let lines = ["In the Kent district, 44 reports were made over the 12 months - up from 30 the previous year."];
    assert!(brief(&lines).iter().any(|f| f.2 == 30.0), "{:?}", brief(&lines));
    let lines = ["Officers in Essex attended 2,120 incidents in the 12 months to March, up from 1,980 in 2019/20."];
    assert!(brief(&lines).iter().any(|f| f.2 == 1980.0), "{:?}", brief(&lines));
}
