//! The year a change is for: the later of the two it compares, the year the text is about,
//! or the end of the span it runs over.

use super::*;

#[test]
fn a_change_takes_the_later_of_the_years_it_compares() {
    let found = figures(&["Offences in Kent rose 20% from 2016/17 to 2017/18."]);
    assert_eq!(found[0].period, Some(Period::starting(2017)));
    let found = figures(&["Kent had 120 offences in 2018/19, a rise of 20% from 100 in 2017/18."]);
    let change = found.iter().find(|f| f.kind == Kind::PercentChange);
    assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2018)));
    let found = figures(&["Kent had 120 offences in 2018/19.", "That was 20% higher than the previous year."]);
    let change = found.iter().find(|f| f.kind == Kind::PercentChange);
    assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2018)));
    let found = figures(&["The total has climbed by 31% from 2014/15, when Kent recorded 90."]);
    let change = found.iter().find(|f| f.kind == Kind::PercentChange);
    assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2015)));
}

#[test]
fn a_change_compared_with_an_earlier_year_is_in_the_later_one() {
    let lines = [
        "Kent recorded 1,021 offences in 2018/19.",
        "This was 15 per cent higher than in 2017-18, when it logged 888.",
    ];
    let found = figures(&lines);
    let change = found.iter().find(|f| f.kind == Kind::PercentChange);
    assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2018)));
    assert_eq!(period_of(&lines, 888.0), some("2017/18"));
    let lines = [
        "Kent recorded 2,112 offences in the year to March 2019.",
        "That is up from 1,716 the year before, a rise of 23 per cent.",
    ];
    let found = figures(&lines);
    let change = found.iter().find(|f| f.kind == Kind::PercentChange);
    assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2018)));
}

#[test]
fn a_change_on_an_early_year_runs_to_the_year_the_text_is_about() {
    let lines = [
        "Essex Police recorded 1,310 offences in 2020/21.",
        "That is up 64 per cent on 2015/16, when the force logged 799.",
    ];
    let found = figures(&lines);
    let change = found.iter().find(|f| f.kind == Kind::PercentChange);
    assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2020)));
    assert_eq!(period_of(&lines, 799.0), some("2015/16"));
}

#[test]
fn a_change_compared_with_an_earlier_year_is_for_the_year_the_text_is_about() {
    for verb in ["compares with", "compared to", "comparing with"] {
        let lines = [
            "Kent Police recorded 1,203 offences in 2022/23.",
            &format!("That {verb} 876 in 2017/18, a rise of 37 per cent."),
        ];
        assert_eq!(period_of(&lines, 37.0), some("2022/23"), "{verb}");
        assert_eq!(period_of(&lines, 876.0), some("2017/18"), "{verb}");
    }
}

#[test]
fn a_change_on_the_previous_year_is_for_the_year_stated_beside_it() {
    let lines = [
        "Kent Police recorded 1,204 offences.",
        "The figure for 2022/23 is up 22% on the previous year, when 987 were logged.",
    ];
    assert_eq!(period_of(&lines, 22.0), some("2022/23"));
    assert_eq!(period_of(&lines, 987.0), some("2021/22"));
    let lines = ["Kent Police recorded 1,204 offences in 2022/23.", "That is up 22% on the previous year."];
    assert_eq!(period_of(&lines, 22.0), some("2022/23"));
}

#[test]
fn a_change_over_a_span_of_years_is_for_its_last_year_and_a_total_over_it_has_none() {
    let lines = ["Between 2018/19 and 2022/23, offences with an online element in Kent rose 44%."];
    assert_eq!(period_of(&lines, 44.0), some("2022/23"));
    let lines = ["In the five years to 2022/23, Kent Police recorded 1,540 such offences in total."];
    assert_eq!(period_of(&lines, 1540.0), None);
}

#[test]
fn a_rise_on_a_count_of_an_earlier_year_runs_to_the_year_the_text_is_about() {
    let lines = [
        "Police Scotland recorded 64,807 incidents of domestic abuse in 2022-23.",
        "That is a rise of 2% on the 63,536 incidents recorded in 2021-22, and the highest total since 2013-14.",
    ];
    assert_eq!(period_of(&lines, 2.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 63536.0).as_deref(), Some("2021/22"));
}

#[test]
fn the_ends_of_a_change_take_the_ends_of_the_span_after_them() {
    let line = "Grooming offences recorded by North Wales Police fell from 82 to 64 between 2020/21 and 2021/22, a drop of 22 per cent.";
    assert_eq!(period_of(&[line], 82.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&[line], 64.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&[line], -22.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_change_with_no_year_that_checks_out_against_the_next_sentence_takes_the_later_count_year() {
    let lines = [
        "Recorded hate crime in Cumbria has gone up by a fifth, to a new high, and by 25 per cent in total.",
        "Cumbria Constabulary logged 1,250 hate crimes in 2021/22, compared with 1,000 in 2020/21.",
    ];
    assert_eq!(period_of(&lines, 25.0).as_deref(), Some("2021/22"));
    // One that does not check out is left without.
    let lines = [
        "Recorded hate crime in Cumbria has gone up by 40 per cent.",
        "Cumbria Constabulary logged 1,250 hate crimes in 2021/22, compared with 1,000 in 2020/21.",
    ];
    assert_eq!(period_of(&lines, 40.0), None);
}

#[test]
fn a_change_since_an_early_year_runs_to_the_year_the_text_is_about() {
    let lines = [
        "Suffolk Constabulary recorded 388 grooming offences in 2022/23.",
        "Since 2016/17, when the constabulary recorded 150 such offences, the number has risen by 159 per cent.",
    ];
    assert_eq!(period_of(&lines, 150.0).as_deref(), Some("2016/17"));
    assert_eq!(period_of(&lines, 159.0).as_deref(), Some("2022/23"));
}

#[test]
fn over_the_same_period_means_the_comparison_just_made_even_a_year_later() {
    let lines = [
        "Wiltshire Police recorded 402 offences in 2022/23, compared with 280 in 2017/18.",
        "Gloucestershire Constabulary recorded 190 in 2021/22. A year later, that had risen to 214.",
        "In Dorset, the number fell from 130 to 121 over the same period.",
    ];
    assert_eq!(period_of(&lines, 130.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 121.0).as_deref(), Some("2022/23"));
}

#[test]
fn over_the_same_period_is_the_last_change_not_years_filled_in_within_it() {
    // The years between the ends of a change, given one after another with no rise or fall
    // said between them, are no comparison of their own: "the same period" is still the change's.
    let lines = [
        "Surrey Police recorded 900 thefts in 2018/19, up from 500 in 2015/16, a rise of 80 per cent.",
        "In 2016/17 the force logged 610 thefts, and a year later 720.",
        "Next door, Kent Police's figure went from 1,200 to 1,900 over the same period.",
    ];
    assert_eq!(period_of(&lines, 1200.0).as_deref(), Some("2015/16"));
    assert_eq!(period_of(&lines, 1900.0).as_deref(), Some("2018/19"));
    let lines = [
        "Dorset Police logged 310 frauds in 2021/22, compared with 150 in 2019/20.",
        "There were 220 in 2020/21; a year later, 310.",
        "Wiltshire's total moved from 90 to 160 over the same period.",
    ];
    assert_eq!(period_of(&lines, 90.0).as_deref(), Some("2019/20"));
    assert_eq!(period_of(&lines, 160.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_change_in_a_year_is_for_the_latest_year_the_article_reports() {
    let lines = [
        "Stalking reports to Cleveland Police have gone up by 50 per cent in a year.",
        "Officers logged 1,740 reports in 2021/22.",
    ];
    assert_eq!(period_of(&lines, 50.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_change_higher_than_the_count_a_year_earlier_is_for_the_later_year() {
    let lines = [
        "Shoplifting in Kent reached 9,120 offences in the year to March 2023.",
        "That total is 21 per cent higher than the 7,540 offences logged 12 months earlier.",
    ];
    assert_eq!(period_of(&lines, 21.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 7540.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_change_over_the_period_since_an_earlier_year_runs_to_the_year_the_text_is_about() {
    let lines = [
        "Forces in England and Wales recorded 9,800 stalking offences against children in 2023/24.",
        "Four years earlier, in 2019-20, the total was 6,100, so such offences have grown by 61 per cent over that period.",
    ];
    assert_eq!(period_of(&lines, 61.0).as_deref(), Some("2023/24"));
    assert_eq!(period_of(&lines, 6100.0).as_deref(), Some("2019/20"));
}

#[test]
fn a_change_over_the_years_the_text_went_through_runs_to_the_year_it_is_about() {
    let lines = [
        "Forces in England and Wales recorded 4,100 stalking offences in 2021/22 and 5,000 in 2023/24.",
        "Over the two years, offences in Kent rose 30%, to 260, while Essex logged 900 offences over the two years.",
    ];
    assert_eq!(period_of(&lines, 30.0).as_deref(), Some("2023/24"));
    assert_eq!(period_of(&lines, 260.0).as_deref(), Some("2023/24"));
    // A total over the years is no one year's.
    assert_eq!(period_of(&lines, 900.0), None);
    // Years running up to now are a span of their own, left as they were.
    let lines = [
        "Kent Police recorded 500 stalking offences in 2023/24.",
        "Offences in Kent rose 30% over the past two years.",
    ];
    assert_eq!(period_of(&lines, 30.0), None);
}

#[test]
fn the_year_a_change_is_set_against_does_not_end_the_years_gone_through() {
    // "up 14% on 2020/21" names the year a comparison starts from; what it went through ends in
    // the year compared, so "the three years" after it still end in the year the text is about.
    let lines = [
        "| Force | 2019/20 | 2020/21 | 2021/22 |",
        "|---|---:|---:|---:|",
        "| Kent Police | 10 | 12 | 16 |",
        "| Essex Police | 20 | 22 | 25 |",
        "Essex was up 13.6% on 2020/21.",
        "Kent's numbers are small but have risen 60% over the three years.",
    ];
    assert_eq!(period_of(&lines, 60.0).as_deref(), Some("2021/22"));
    let lines = [
        "Surrey Police recorded 160 burglaries in 2021/22, a rise of 14% compared with 2020/21.",
        "Over the three years, burglaries in Sussex fell 9%.",
    ];
    assert_eq!(period_of(&lines, -9.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_change_higher_than_a_count_of_an_earlier_year_runs_to_the_year_the_text_is_about() {
    let lines = [
        "West Mercia Police recorded 1,900 stalking offences in 2023/24.",
        "That is 44 per cent higher than the 1,320 recorded in 2019-20, the first year of the new rules.",
    ];
    assert_eq!(period_of(&lines, 44.0).as_deref(), Some("2023/24"));
}

#[test]
fn a_change_said_to_have_happened_the_year_before_is_for_that_year() {
    let lines = [
        "Dyfed-Powys Police received 2,310 fraud reports in 2023/24, compared with 2,050 in 2022/23. Reports had risen by 6% the year before.",
        "The previous year, reports fell by 13 per cent."
    ];
    assert_eq!(period_of(&lines, 6.0), some("2022/23"));
    assert_eq!(period_of(&lines, -13.0), some("2022/23"));
    // Even where the count it ran to and the count of the year after happen to work out to it.
    let lines = [
        "Dyfed-Powys Police received 2,310 fraud reports in 2023/24, down 5% on 2022/23.",
        "The previous year, reports fell by 10 per cent to 2,567.",
    ];
    assert_eq!(period_of(&lines, -10.0), some("2022/23"));
    // A change since that year runs from it to the year counted from.
    let lines = [
        "Dyfed-Powys Police received 2,310 fraud reports in 2023/24.",
        "A year earlier the force had 1,150 officers, and their number has since grown by 4%.",
    ];
    assert_eq!(period_of(&lines, 4.0), some("2023/24"));
    assert_eq!(period_of(&lines, 1150.0), some("2022/23"));
    // Set against the year before, a change is for the later year.
    let line = "Dyfed-Powys Police received 2,310 fraud reports in 2023/24, up 9% on the year before.";
    assert_eq!(period_of(&[line], 9.0), some("2023/24"));
    let line = "Dyfed-Powys Police received 2,310 fraud reports in 2023/24, a rise of 9% over the year before.";
    assert_eq!(period_of(&[line], 9.0), some("2023/24"));
}

#[test]
fn a_change_said_of_the_latest_total_is_for_the_latest_year() {
    let lines = [
        "Kent Police logged 2,050 frauds in 2023/24, up from 900 in 2020/21.",
        "By 2021/22 the number had reached 1,200, and the latest figure is 71 per cent higher still.",
    ];
    assert_eq!(period_of(&lines, 71.0), some("2023/24"));
    let lines = [
        "Kent Police logged 2,050 frauds in 2023/24, up from 900 in 2020/21.",
        "By 2021/22 the number had reached 1,200. The latest figure is 71 per cent higher still.",
    ];
    assert_eq!(period_of(&lines, 71.0), some("2023/24"), "at the start of a sentence too");
}

#[test]
fn the_size_of_a_change_is_for_the_later_year_it_compares() {
    let lines = ["Essex Police recorded 1,045 thefts in 2023/24.", "That compares with 700 in 2019/20, a rise of 345."];
    assert_eq!(period_of(&lines, 700.0), some("2019/20"));
    assert_eq!(period_of(&lines, 345.0), some("2023/24"));
    let line = "Kent Police logged 2,210 robberies in 2022/23, 118 more than in the previous year.";
    assert_eq!(period_of(&[line], 118.0), some("2022/23"));
}

#[test]
fn a_change_worked_out_from_an_earlier_year_to_the_text_s_year_is_for_the_later_year() {
    let lines = [
        "West Mercia Police recorded 1,540 online fraud offences in 2021/22.",
        "In 2020/21, the totals were 6,100 and 1,400 respectively, so online fraud rose by 10 per cent in one year.",
    ];
    assert_eq!(period_of(&lines, 10.0), some("2021/22"));
    // A change the earlier year's own values do not work out to stays with that year.
    let lines = [
        "West Mercia Police recorded 1,540 online fraud offences in 2021/22.",
        "In 2020/21, the total was 1,400, having risen by 25 per cent.",
    ];
    assert_eq!(period_of(&lines, 25.0), some("2020/21"));
}

#[test]
fn a_change_in_the_sentence_after_an_earlier_year_s_counts_runs_to_the_year_of_the_text() {
    let lines = [
        "Thames Valley Police recorded 3,300 burglaries in 2023/24. Of those, 660 involved a vehicle.",
        "In 2018/19, the equivalent totals were 3,000 and 400. That means burglaries rose by 10% over the period, while those involving a vehicle rose by 65%.",
    ];
    assert_eq!(period_of(&lines, 10.0), some("2023/24"));
    assert_eq!(period_of(&lines, 65.0), some("2023/24"));
    assert_eq!(period_of(&lines, 400.0), some("2018/19"));
    // A change the counts of the two years do not work out to stays with the earlier year.
    let lines = [
        "Thames Valley Police recorded 3,300 burglaries in 2023/24.",
        "In 2018/19, the total was 3,000. That was a rise of 4%.",
    ];
    assert_eq!(period_of(&lines, 4.0), some("2018/19"));
}

#[test]
fn a_from_to_pair_under_a_span_opening_its_sentence_takes_the_span_s_two_ends() {
    let lines = [
        "Cumbria Constabulary recorded 1,200 thefts in 2022/23.",
        "Between 2017/18 and 2022/23, thefts in Carlisle rose from 310 to 355.",
    ];
    assert_eq!(period_of(&lines, 310.0), some("2017/18"));
    assert_eq!(period_of(&lines, 355.0), some("2022/23"));
    // A number between the span and the pair is what the span is about, not the pair.
    let lines = [
        "Cumbria Constabulary recorded 1,200 thefts in 2022/23.",
        "Between 2017/18 and 2022/23, 40 shops closed, and thefts in Carlisle rose from 310 to 355.",
    ];
    assert_eq!(period_of(&lines, 310.0), None);
}

#[test]
fn a_number_set_against_an_earlier_year_is_for_the_later_year() {
    let lines =
        ["Avon and Somerset Police recorded 4,120 robberies in 2022/23.", "The total was 260 higher than in 2021/22."];
    assert_eq!(period_of(&lines, 260.0), some("2022/23"));
    // The sentence's own later year, before the one the text was about.
    let lines = [
        "Avon and Somerset Police recorded 4,120 robberies in 2022/23.",
        "Lancashire Constabulary logged 980 arson offences in 2020/21, 75 crimes lower than for 2019/20.",
    ];
    assert_eq!(period_of(&lines, 75.0), some("2020/21"));
    // A year a number is simply for stays its own.
    let lines = ["Lancashire Constabulary logged 980 arson offences in 2019/20."];
    assert_eq!(period_of(&lines, 980.0), some("2019/20"));
}

#[test]
fn a_change_from_one_value_to_another_in_the_last_year_is_year_on_year() {
    let lines = [
        "Kent Police recorded 187 offences in 2024/25, up from 58 in 2017/18.",
        "In Essex, the number of offences rose from 61 to 74 in the last year.",
    ];
    assert_eq!(period_of(&lines, 61.0), some("2023/24"));
    assert_eq!(period_of(&lines, 74.0), some("2024/25"));
}

#[test]
fn a_count_with_no_year_of_its_own_is_for_the_year_after_the_one_it_rose_from() {
    assert_eq!(period_of(&["Norfolk recorded 640 burglaries, up from 590 in 2021/22."], 640.0), some("2022/23"));
    let line = "Across the county, officers logged 1,210 assaults, down from 1,330 in 2018/19.";
    assert_eq!(period_of(&[line], 1210.0), some("2019/20"));
    // A year the text is about, later than that, is still the count's.
    let lines = ["Essex recorded 100 thefts in 2023/24.", "Norfolk recorded 640, up from 590 in 2021/22."];
    assert_eq!(period_of(&lines, 640.0), some("2023/24"));
}

#[test]
fn a_change_between_the_last_two_years_is_of_the_later_year() {
    let lines = [
        "Rail thefts rise",
        "Cumbria Police logged 212 bicycle thefts during 2021/22. That compares with 180 a year earlier and 150 the year before that. Between the last two years, thefts grew by 18 per cent.",
        "Over the last two years, thefts have climbed by 41 per cent.",
    ];
    assert_eq!(period_of(&lines, 18.0), some("2021/22"));
    // Over two years is a span of them, with no year of its own.
    assert_eq!(period_of(&lines, 41.0), None);
}
