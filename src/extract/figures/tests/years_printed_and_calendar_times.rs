//! The financial year printed beside a count or by "the year to March", and calendar years,
//! quarters, parts of a year and calendar times, which give none of their own.

use super::*;

#[test]
fn counts_take_the_financial_year_printed_beside_them() {
    let cases: &[(&str, f64, &str)] = &[
        ("Kent Police logged 412 offences in 2017/18.", 412.0, "2017/18"),
        ("In 2018-19, Essex Police recorded 950 such crimes.", 950.0, "2018/19"),
        ("There were 77 cases across Surrey during 2019/2020.", 77.0, "2019/20"),
        ("Sussex Police recorded 88 offences in 2014/15 and 140 in 2015/16.", 140.0, "2015/16"),
        ("Sussex Police recorded 88 offences in 2014/15 and 140 in 2015/16.", 88.0, "2014/15"),
        ("Figures for 2012/13 show Dorset had 61 incidents.", 61.0, "2012/13"),
    ];
    for &(line, value, want) in cases {
        assert_eq!(period_of(&[line], value), some(want), "{line}");
    }
}

#[test]
fn years_to_march_are_financial_years() {
    let cases: &[(&str, f64, &str)] = &[
        ("In the year to March 2017, Durham recorded 310 offences.", 310.0, "2016/17"),
        ("Merseyside recorded 640 offences during the year ending March 2021.", 640.0, "2020/21"),
        ("Between April 2015 and March 2016, Cheshire Police recorded 222 crimes.", 222.0, "2015/16"),
        ("Humberside logged 51 offences from April 2019 to March 2020.", 51.0, "2019/20"),
        ("Over the 12 months to March 2018, Devon logged 93 offences.", 93.0, "2017/18"),
    ];
    for &(line, value, want) in cases {
        assert_eq!(period_of(&[line], value), some(want), "{line}");
    }
}

#[test]
fn calendar_years_quarters_and_spans_give_no_period() {
    for (line, value) in [
        ("In 2016, Kent Police recorded 720 offences.", 720.0),
        ("Essex logged 45 crimes between July and September 2021.", 45.0),
        ("Surrey has recorded 3,000 offences since 2015.", 3000.0),
        ("Gwent logged 1,100 offences between 2016/17 and 2020/21.", 1100.0),
        ("Norfolk recorded 2,400 offences in the past seven years.", 2400.0),
        ("Police in Dorset received 60 reports between January and March this year.", 60.0),
    ] {
        assert_eq!(period_of(&[line], value), None, "{line}");
    }
}

#[test]
fn the_year_to_march_with_no_year_printed_is_the_latest() {
    let line = "Essex Police logged 2,480 robberies in the year to March, up 6 per cent on 2022/23.";
    assert_eq!(period_of(&[line], 2480.0), some("2023/24"));
    assert_eq!(period_of(&[line], 6.0), some("2023/24"));
}

#[test]
fn part_of_a_year_is_no_financial_year_even_after_one() {
    for line in [
        "In the first nine months of this year, the force has logged a further 85.",
        "It received 85 reports over the past three months.",
        "Last summer alone, officers logged 85 reports.",
        "So far this year there have been 85.",
    ] {
        let lines = ["Wiltshire Police recorded 1,230 offences in 2022/23.", line];
        assert_eq!(period_of(&lines, 85.0), None, "{line}");
        assert_eq!(place_of(&lines, 85.0).as_deref(), Some("Wiltshire Police"), "{line}");
    }
}

#[test]
fn a_year_looked_back_to_does_not_become_the_year_of_a_text_about_a_calendar_time() {
    let lines = [
        "Officers in Norfolk logged 2,630 burglaries in the year to June 2023. That is almost three times the 910 logged in 2012/13.",
        "Norwich accounted for 1,140.",
        "Only 96 burglaries led to a charge, a rate of 3.6%, compared with 5.1% in 2017/18.",
        "Suffolk Constabulary recorded 1,480.",
    ];
    assert_eq!(period_of(&lines, 910.0), some("2012/13"));
    assert_eq!(period_of(&lines, 1140.0), None);
    assert_eq!(period_of(&lines, 96.0), None);
    assert_eq!(period_of(&lines, 1480.0), None);
}

#[test]
fn a_year_earlier_than_a_calendar_year_the_text_moved_to_stays_unstated() {
    let lines = [
        "Lincolnshire Police recorded 1,318 thefts in 2021/22.",
        "In 2023, the force logged 950 frauds.",
        "A year earlier it had logged 870, and 61 of them targeted farmers.",
    ];
    assert_eq!(period_of(&lines, 870.0), None);
    assert_eq!(period_of(&lines, 61.0), None);
}

#[test]
fn a_financial_year_overlapping_or_after_a_calendar_time_becomes_the_year_of_the_text() {
    // A charity's calendar year, then police figures for the financial year it overlaps.
    let lines = [
        "A helpline took 3,070 calls about stalking in 2022.",
        "Police forces recorded 1,390 stalking offences in 2022/23.",
        "The force added that 260 more were still being investigated.",
    ];
    assert_eq!(period_of(&lines, 260.0), some("2022/23"));
    // A quarter in passing still leaves a later financial year to be the text's.
    let lines = [
        "Between July and September 2023, Avon and Somerset Police recorded 412 thefts from cars.",
        "Across 2023/24 the force logged 1,702.",
        "Bristol accounted for 808.",
    ];
    assert_eq!(period_of(&lines, 808.0), some("2023/24"));
    // A calendar year overlapping the financial year the text is about is an aside.
    let lines = [
        "Thames Valley Police recorded 4,410 frauds in 2023/24.",
        "A victims' charity said it handled 800 calls in 2023.",
        "Reading accounted for 1,020 of the force's frauds and Oxford 760.",
    ];
    assert_eq!(period_of(&lines, 760.0), some("2023/24"));
}

#[test]
fn a_part_of_a_calendar_year_in_passing_leaves_the_financial_year_of_the_text() {
    let lines = [
        "Merseyside Police recorded 655 cases of cuckooing in 2023/24.",
        "In the first six months of 2024 alone, officers recorded 380.",
        "The force said that 212 of its cases involved a child.",
    ];
    assert_eq!(period_of(&lines, 212.0), some("2023/24"));
}

#[test]
fn a_change_from_a_year_looked_back_to_runs_to_the_calendar_time_of_the_text() {
    let lines = [
        "Hertfordshire Constabulary recorded 3,212 vehicle thefts in the year to June 2023.",
        "That is up 9% on a year earlier, and twice the 1,604 logged in 2013/14.",
        "Thefts of catalytic converters were up 40% on 2016/17.",
    ];
    assert_eq!(period_of(&lines, 9.0), None);
    assert_eq!(period_of(&lines, 40.0), None);
    assert_eq!(period_of(&lines, 1604.0), some("2013/14"));
}

#[test]
fn a_change_between_two_financial_years_printed_with_fy_is_for_the_later() {
    let lines =
        ["Durham Constabulary logged 410 thefts in FY2023/24, a rise of 22.5% between FY2020/21 and FY2023/24."];
    assert_eq!(period_of(&lines, 22.5), some("2023/24"));
    let lines = [
        "Merseyside Police recorded 1,020 robberies in FY2022/23.",
        "Robberies fell by 8.1% between FY 2021/22 and FY 2022/23.",
    ];
    assert_eq!(period_of(&lines, -8.1), some("2022/23"));
}

#[test]
fn part_of_a_financial_year_is_no_financial_year() {
    let lines = [
        "Kent Police recorded 2,100 thefts in 2023/24.",
        "In the first six months of 2024/25, the force logged 958 thefts.",
    ];
    assert_eq!(period_of(&lines, 958.0), None);
    let lines = [
        "Durham Constabulary recorded 1,650 burglaries in 2022-23.",
        "Over the last three months of 2023-24 alone, it logged 412.",
    ];
    assert_eq!(period_of(&lines, 412.0), None);
}

#[test]
fn a_change_in_a_sentence_printing_its_own_financial_year_runs_to_it_after_a_calendar_time() {
    let lines = [
        "So far in 2024, the helpline has taken 1,630 calls.",
        "Forces across England and Wales, meanwhile, logged 5,894 thefts in 2022/23, 19% more than in 2021/22.",
    ];
    assert_eq!(period_of(&lines, 19.0), some("2022/23"));
    let lines = [
        "Between January and June 2024 its advisers took 820 calls.",
        "Across both nations the count reached 3,100 in 2022-23, 12% above the year before.",
    ];
    assert_eq!(period_of(&lines, 12.0), some("2022/23"));
}
