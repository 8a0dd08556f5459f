//! The year of a value a change starts from or a count is compared with ("up from 1,730",
//! "the same as in 2019", "out of 900"), and of the count beside it.

use super::*;

#[test]
fn the_value_a_change_starts_from_is_the_year_before_unless_one_is_printed() {
    // With no comparison stated before it with both years, a change is read year on year.
    let lines = ["Kent recorded 900 offences in 2019/20.", "In Essex, the figure fell by 4%, from 1,005 to 965."];
    assert_eq!(period_of(&lines, 1005.0), some("2018/19"));
    assert_eq!(period_of(&lines, 965.0), some("2019/20"));
    let lines = ["Kent recorded 900 offences in 2019/20.", "Essex saw a year-on-year rise from 600 to 640."];
    assert_eq!(period_of(&lines, 600.0), some("2018/19"));
    assert_eq!(period_of(&lines, 640.0), some("2019/20"));
}

#[test]
fn a_starting_value_without_a_year_is_read_like_the_comparison_before_it() {
    let lines = [
        "Cumbria recorded 210 offences in 2017/18, up from 180 the previous year.",
        "In Lancashire, offences fell to 640 from 702.",
    ];
    assert_eq!(period_of(&lines, 702.0), some("2016/17"));
    assert_eq!(period_of(&lines, 640.0), some("2017/18"));
    let lines = ["Kent logged 500 offences in 2021/22, up from 300 in 2016/17.", "Essex rose from 410 to 690."];
    assert_eq!(period_of(&lines, 410.0), some("2016/17"));
    assert_eq!(period_of(&lines, 690.0), some("2021/22"));
}

#[test]
fn the_year_before_a_comparisons_start_is_that_values_alone() {
    let lines = [
        "West Mercia Police recorded 2,017 sexual offences against children in 2022/23.",
        "The total is up from 1,744 the year before, and means an average of more than five offences were recorded every day.",
        "Of the 2,017 offences, 312 were rapes.",
    ];
    assert_eq!(period_of(&lines, 1744.0), some("2021/22"));
    assert_eq!(period_of(&lines, 5.0), some("2022/23"), "the rate is for the year the text is about");
    assert_eq!(period_of(&lines, 312.0), some("2022/23"), "and so is what follows");
    // A year printed after one count still goes with the next in the same list.
    let lines = ["Kent recorded 500 in 2019/20 and Sussex Police 300."];
    assert_eq!(period_of(&lines, 300.0), some("2019/20"));
}

#[test]
fn the_year_a_count_is_compared_with_is_not_its_own() {
    let lines = [
        "Northumbria Police recorded almost 400 online child sex crimes last year.",
        "The figure for 2022/23 - 396 - is up by nearly a half on 2021/22, when there were 270.",
        "Durham Constabulary and Cleveland Police recorded 152 and 188 respectively.",
    ];
    assert_eq!(period_of(&lines, 396.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 270.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 188.0).as_deref(), Some("2022/23"));
}

#[test]
fn the_number_a_comparison_goes_to_is_for_the_year_after_its_start() {
    let line = "Burglaries fell by 3%, from 1,200 in 2021/22 to 1,164, while thefts rose from 500 to 530.";
    assert_eq!(period_of(&[line], 1200.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&[line], 1164.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&[line], 500.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&[line], 530.0).as_deref(), Some("2022/23"));
    // A clause about the starting year keeps its numbers there.
    let line = "Offences are up by a half from 2019/20, when the force logged 410 offences, to 615.";
    assert_eq!(period_of(&[line], 410.0).as_deref(), Some("2019/20"));
    // So does one set against a year after a change.
    let line = "Shoplifting in Dorset climbed 12% on 2021/22 to 3,180.";
    assert_eq!(period_of(&[line], 3180.0).as_deref(), Some("2022/23"));
    // A year past the comma closing a starting value opens a clause of its own.
    let line =
        "In 2021/22 Dorset Police recorded 640 robberies, down from 700, and in 2022/23 the figure fell again to 610.";
    assert_eq!(period_of(&[line], 610.0).as_deref(), Some("2022/23"));
}

#[test]
fn the_year_of_a_number_in_words_compared_with_is_not_the_counts() {
    let lines = [
        "Essex Police recorded 900 arson offences in 2022/23.",
        "Seven people were killed in arson attacks during the year, compared with ten in 2021/22.",
    ];
    assert_eq!(period_of(&lines, 7.0).as_deref(), Some("2022/23"));
}

#[test]
fn the_value_a_change_over_the_years_gone_through_starts_from_is_the_first_of_them() {
    let lines = [
        "Kent Police recorded 640 thefts in 2023/24, up from 590 the year before.",
        "Essex saw the steepest climb, up 60% from 400 to 640 over the four years.",
    ];
    assert_eq!(period_of(&lines, 400.0).as_deref(), Some("2020/21"));
    let lines = [
        "Dorset Police logged 330 burglaries in 2022/23.",
        "In Wiltshire, burglaries rose 25% over the three years, from 200 to 250.",
    ];
    assert_eq!(period_of(&lines, 200.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&lines, 250.0).as_deref(), Some("2022/23"));
}

#[test]
fn the_two_years_just_named_before_the_year_the_text_is_about_are_those_years() {
    let lines = [
        "Durham Constabulary recorded 2,300 shoplifting offences in 2023/24, up from 2,050 the year before.",
        "A town-centre patrol ran in 2017 and 2018. Over the two years, shoplifting in Darlington fell 14%.",
    ];
    assert_eq!(period_of(&lines, -14.0), None);
    let lines = [
        "Durham Constabulary recorded 2,300 shoplifting offences in 2023/24.",
        "Between 2015 and 2016 a pilot scheme ran, and over the two years, thefts fell 8%.",
    ];
    assert_eq!(period_of(&lines, -8.0), None);
    // The year before the one the text is about, and that year, are the two years.
    let lines = [
        "Durham Constabulary recorded 2,300 shoplifting offences in 2023/24, up from 2,050 the year before.",
        "Over the two years, shoplifting in Darlington rose 14%.",
    ];
    assert_eq!(period_of(&lines, 14.0).as_deref(), Some("2023/24"));
}

#[test]
fn the_year_a_count_is_the_same_as_is_not_the_counts_own() {
    let lines = [
        "Gwent Police recorded 40 such offences in 2021/22.",
        "Dyfed-Powys Police recorded four such offences, the same number as the year before.",
    ];
    assert_eq!(period_of(&lines, 4.0).as_deref(), Some("2021/22"));
}

#[test]
fn the_year_a_count_is_no_different_from_is_not_the_counts_own() {
    for second in [
        "A survey in Kent estimated 5.1 million thefts, \"not significantly different\" from the year before.",
        "Kent Police recorded 640 burglaries, little different from the previous year.",
    ] {
        let lines = ["Kent Police recorded 40 robberies in 2021/22.", second];
        let value = if second.contains("5.1") { 5_100_000.0 } else { 640.0 };
        assert_eq!(period_of(&lines, value).as_deref(), Some("2021/22"), "{second}");
    }
}

#[test]
fn a_count_the_same_as_another_years_is_that_years_count_too() {
    let lines = [
        "Gwent Police recorded 40 such offences in 2021/22.",
        "Dyfed-Powys Police recorded 17, exactly the same number as in 2020/21.",
    ];
    let got = brief(&lines);
    let seventeen: Vec<Option<String>> = got.iter().filter(|f| f.2 == 17.0).map(|f| f.1.clone()).collect();
    assert_eq!(seventeen, [some("2021/22"), some("2020/21")], "{got:?}");
    // A count the same as one of another kind is not repeated.
    let line = "Gwent Police recorded 40 such offences in 2021/22, a number unchanged since 2019/20.";
    assert_eq!(values(&[line]), [40.0]);
}

#[test]
fn offences_against_someone_in_a_year_are_that_years_not_a_baseline() {
    let line = "Surrey Police recorded 1,204 offences against women in 2022/23, up 7 per cent on the 1,125 recorded the year before.";
    assert_eq!(period_of(&[line], 7.0), some("2022/23"));
    assert_eq!(period_of(&[line], 1125.0), some("2021/22"));
    // A value or a year after "against" is still what a change is set against.
    let line = "Surrey Police recorded 1,204 offences, up 7 per cent against 2021/22.";
    assert_eq!(period_of(&[line], 7.0), some("2022/23"));
}

#[test]
fn a_year_after_on_that_follows_no_change_is_the_counts_own_not_a_baseline() {
    let lines = [
        "Kent Police recorded 940 attacks on staff in the year to March 2023, up 9% from 862 the year before.",
        "In Essex, attacks rose 6% to 705, compared with 665 in the previous 12 months.",
    ];
    assert_eq!(period_of(&lines, 940.0), some("2022/23"));
    assert_eq!(period_of(&lines, 9.0), some("2022/23"));
    assert_eq!(period_of(&lines, 862.0), some("2021/22"));
    // The paragraph after goes on about the same year, and its previous year is the one before.
    assert_eq!(period_of(&lines, 6.0), some("2022/23"));
    assert_eq!(period_of(&lines, 705.0), some("2022/23"));
    assert_eq!(period_of(&lines, 665.0), some("2021/22"));
    // After a change, "on" still sets a year against another, even past an adverb.
    let line = "Kent Police recorded 940 attacks in 2023/24, down slightly on 2022/23, when 951 were logged.";
    assert_eq!(period_of(&[line], 940.0), some("2023/24"));
    let line = "Attacks rose 9 per cent on 2022/23.";
    assert_eq!(period_of(&[line], 9.0), some("2023/24"));
    let line = "Kent Police recorded 940 attacks, a 9% rise in attacks on 2022/23.";
    assert_eq!(period_of(&[line], 9.0), some("2023/24"));
}

#[test]
fn the_value_a_change_within_a_printed_year_starts_from_is_the_year_befores() {
    let line = "Across Hampshire, robbery rose by 11% in 2023/24, from 2,940 offences to 3,263.";
    assert_eq!(period_of(&[line], 2940.0), some("2022/23"));
    assert_eq!(period_of(&[line], 3263.0), some("2023/24"));
    assert_eq!(period_of(&[line], 11.0), some("2023/24"));
    let line = "In 2023/24 Hampshire Constabulary recorded 3,263 robberies, down from 3,410.";
    assert_eq!(period_of(&[line], 3410.0), some("2022/23"));
    // A number "from" something that is no change keeps the year, and so does a range.
    let line = "In 2023/24 Hampshire Constabulary made 412 arrests from 1,730 referrals.";
    assert_eq!(period_of(&[line], 1730.0), some("2023/24"));
    let line = "In 2023/24, robbery rates across Hampshire's districts ranged from 40 to 90 per 100,000 people.";
    assert_eq!(period_of(&[line], 40.0), some("2023/24"));
}

#[test]
fn a_starting_value_with_no_year_and_no_gap_stated_is_the_year_before() {
    let lines = [
        "Cumbria Constabulary recorded 2,100 burglaries in 2022/23.",
        "In Lancashire, thefts fell by 6 per cent, from 530 to 498.",
    ];
    assert_eq!(period_of(&lines, 530.0), some("2021/22"));
    assert_eq!(period_of(&lines, 498.0), some("2022/23"));
}

#[test]
fn a_value_compared_with_with_no_year_of_its_own_is_not_the_year_of_the_count_before_it() {
    let line = "The offence was recorded 640 times in 2023-24 by Kent Police, compared with 410 in its first year.";
    assert_eq!(period_of(&[line], 640.0), some("2023/24"));
    let line = "In 2023/24, Kent Police recorded 500 thefts, compared with 450.";
    assert_eq!(period_of(&[line], 450.0), some("2022/23"));
}

#[test]
fn a_total_a_part_is_out_of_is_for_the_part_s_year() {
    let line =
        "Kent Police flagged 153 offences as online in 2022/23, compared with 112 in 2021/22, out of a total of 861.";
    assert_eq!(period_of(&[line], 861.0), some("2022/23"));
    assert_eq!(period_of(&[line], 112.0), some("2021/22"));
}

#[test]
fn a_total_out_of_takes_the_part_s_year_in_other_shapes() {
    let line = "Essex Police charged 95 suspects in 2021/22, against 80 in 2020/21, out of 1,210 offences recorded.";
    assert_eq!(period_of(&[line], 1210.0), some("2021/22"));
    // With no comparison, the year printed after the total is its own.
    let line = "Surrey Police solved 410 thefts out of 3,200 in 2022/23.";
    assert_eq!(period_of(&[line], 3200.0), some("2022/23"));
}

#[test]
fn a_value_compared_with_for_another_place_keeps_the_year() {
    let line = "Kent Police recorded 287 offences in 2021/22 compared with 254 in Essex.";
    assert_eq!(period_of(&[line], 254.0), some("2021/22"));
    let line = "Kent Police recorded 287 offences in 2021/22, compared with 254 in neighbouring Essex.";
    assert_eq!(period_of(&[line], 254.0), some("2021/22"));
    let line = "Kent Police recorded 412 burglaries in 2021/22, compared with 380 on average for a force its size.";
    assert_eq!(period_of(&[line], 380.0), some("2021/22"));
}

#[test]
fn a_value_a_change_starts_from_after_last_year_is_read_like_the_text_s_comparisons() {
    let lines = [
        "Kent Police recorded 620 offences in 2024/25, up from 410 in 2019/20.",
        "Medway recorded 207 offences last year, up from 119.",
    ];
    assert_eq!(period_of(&lines, 207.0), some("2024/25"));
    assert_eq!(period_of(&lines, 119.0), some("2019/20"));
    let lines =
        ["Kent Police recorded 620 offences in 2024/25.", "Medway recorded 207 offences last year, up from 119."];
    assert_eq!(period_of(&lines, 119.0), some("2023/24"));
}

#[test]
fn a_value_compared_with_for_another_place_is_for_the_same_year() {
    let lines =
        ["Kent Police recorded 30,000 crimes in 2023/24.", "Kent recorded 900 burglaries, against 1,200 in Essex."];
    assert_eq!(period_of(&lines, 900.0), some("2023/24"));
    assert_eq!(period_of(&lines, 1200.0), some("2023/24"));
}

#[test]
fn a_value_another_place_went_down_from_is_the_year_before() {
    let lines = [
        "Kent Police recorded 30,000 crimes in 2023/24.",
        "Essex recorded a fall, from 188 to 149, while Surrey's total dropped from 120 to 104.",
    ];
    assert_eq!(period_of(&lines, 120.0), some("2022/23"));
}

#[test]
fn a_value_compared_with_at_a_time_the_sentence_names_otherwise_has_no_year() {
    let line = "Surrey Police recorded 1,020 car thefts in 2023/24, compared with 760 before the lockdowns.";
    assert_eq!(period_of(&[line], 760.0), None);
    let line = "Gwent Police logged 300 assaults in 2022/23, against 210 offences prior to the merger.";
    assert_eq!(period_of(&[line], 210.0), None);
    let line = "In 2023/24 Dorset Police recorded 640 thefts, compared with 480 when the scheme began.";
    assert_eq!(period_of(&[line], 480.0), None);
    // With nothing after it, it is still the year before.
    let line = "In 2023/24 Dorset Police recorded 640 thefts, compared with 480.";
    assert_eq!(period_of(&[line], 480.0), some("2022/23"));
}

#[test]
fn a_pair_of_values_a_change_goes_from_are_both_the_earlier_year_s() {
    let lines = ["In 2023/24, Cumbria Police went from 510 thefts and 42 robberies to 640 and 55."];
    assert_eq!(period_of(&lines, 42.0), some("2022/23"));
    assert_eq!(period_of(&lines, 55.0), some("2023/24"));
    let lines = ["In 2023/24, Cumbria Police went from 510 thefts, 42 of them at night, to 640 and 55."];
    assert_eq!(period_of(&lines, 42.0), some("2022/23"));
    // A second value not followed by "to" is not on the starting side.
    let lines = ["In 2023/24, Cumbria Police thefts rose from 510, and 42 robberies were recorded."];
    assert_eq!(period_of(&lines, 42.0), some("2023/24"));
}

#[test]
fn a_number_in_words_a_comparison_starts_from_past_a_percent_change_is_a_count() {
    let lines = [
        "Norfolk Constabulary recorded 312 offences of stalking in 2021/22.",
        "That was up from 250 in 2020/21, a 25 per cent rise, and from sixty-two in 2016/17, the year the law changed.",
    ];
    assert_eq!(period_of(&lines, 62.0), some("2016/17"));
    // Past a share in per cent, the value a comparison starts from is that share's: no count.
    for (line, word) in [
        ("Police recorded 4,210 burglaries in 2022/23 and solved 6 per cent, up from four the year before.", 4.0),
        ("Kent Police recorded 1,200 robberies in 2022/23 and charged 9 per cent of suspects, down from eleven in 2021/22.", 11.0),
        ("Essex Police recorded 800 thefts in 2022/23, and 12% were solved, compared with nine in 2019/20.", 9.0),
    ] {
        let got = values(&[lines[0], line]);
        assert!(!got.contains(&word), "{line}: {got:?}");
    }
    // With no count before it in its sentence, a number in words stays unread.
    assert!(!values(&[lines[0], "Up by a quarter, it rose from sixty-two in 2016/17."]).contains(&62.0));
}

#[test]
fn a_change_to_a_count_given_before_runs_to_its_year_after_a_look_back() {
    let lines = [
        "Cheshire Constabulary recorded 1,930 burglaries in 2022/23. Of those, 415 were of garden sheds.",
        "A year before, officers logged 1,702 burglaries. Break-ins at sheds dropped, from 433 to 415.",
    ];
    assert_eq!(period_of(&lines, 415.0), some("2022/23"));
    assert_eq!(period_of(&lines, 433.0), some("2021/22"));
}

#[test]
fn a_change_to_a_new_value_keeps_the_year_the_text_looked_back_to() {
    let lines = [
        "Cheshire Constabulary recorded 1,930 burglaries in 2022/23. Of those, 415 were of garden sheds.",
        "In 2019/20 officers logged 1,702 burglaries. Break-ins at sheds dropped, from 433 to 390.",
    ];
    assert_eq!(period_of(&lines, 390.0), some("2019/20"));
    assert_eq!(period_of(&lines, 433.0), some("2018/19"));
}

#[test]
fn a_multiple_of_a_number_years_before_is_not_dated_by_them() {
    let lines = [
        "Dorset Police recorded 8,120 thefts in 2023/24.",
        "Bike thefts came to 2,905, nearly twice the number logged five years before.",
        "Around 640 of the thefts in the year were from sheds.",
    ];
    assert_eq!(period_of(&lines, 2905.0), some("2023/24"));
    assert_eq!(period_of(&lines, 640.0), some("2023/24"));
    let lines = [
        "Kent Police recorded 7,400 frauds in 2022/23.",
        "There were 1,310 romance frauds, three times the level a decade before.",
    ];
    assert_eq!(period_of(&lines, 1310.0), some("2022/23"));
}

#[test]
fn a_bare_change_spoken_again_is_the_change_given_before_in_its_years() {
    let summary = "Stalking reports to Dorset Police climbed to 2,140 over 2022/23 from 1,875 a year earlier.";
    for turn in
        ["[0:40] Sam Cole: Priya, 1,875 to 2,140. What's driving that?", "Sam Cole: So 1,875 to 2,140 in a year. Why?"]
    {
        let lines = [summary, "[0:10] Sam Cole: Hello and welcome, I'm Sam Cole.", turn];
        let periods: Vec<_> = brief(&lines).into_iter().filter(|f| f.2 == 1875.0).map(|f| f.1).collect();
        assert_eq!(periods, [some("2021/22")], "{turn}");
    }
}

#[test]
fn a_range_of_values_not_given_before_as_a_change_is_read_as_before() {
    let lines = [
        "Stalking reports to Dorset Police climbed to 2,140 over 2022/23 from 1,875 a year earlier.",
        "Sam Cole: Experts say 1,500 to 2,140 go unreported every year.",
    ];
    let periods: Vec<_> = brief(&lines).into_iter().filter(|f| f.2 == 1500.0).map(|f| f.1).collect();
    assert!(!periods.contains(&some("2021/22")), "{periods:?}");
}

#[test]
fn a_bare_fall_spoken_again_takes_the_years_of_the_fall_given_before() {
    let lines = [
        "Stalking reports to Dorset Police dropped to 498 over 2022/23 from 540 a year earlier.",
        "Sam Cole: Priya, 540 to 498. Why the fall?",
    ];
    let periods: Vec<_> = brief(&lines).into_iter().filter(|f| f.2 == 540.0).map(|f| f.1).collect();
    assert_eq!(periods, [some("2021/22")]);
}

#[test]
fn a_part_of_a_count_after_the_year_it_is_compared_with_keeps_the_counts_year() {
    let lines =
        ["Kent Police logged 2,410 burglaries in 2019/20, up 8 per cent on 2018/19, with 305 involving a weapon."];
    assert_eq!(period_of(&lines, 305.0), some("2019/20"));
    let lines =
        ["Essex Police recorded 760 robberies in 2021/22, down 4% on the year before, with 88 of them at knifepoint."];
    assert_eq!(period_of(&lines, 88.0), some("2021/22"));
}
