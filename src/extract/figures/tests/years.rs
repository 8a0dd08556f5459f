//! The period each figure takes.

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
fn relative_years_resolve_against_the_year_beside_them() {
    let cases: &[(&str, f64, &str)] = &[
        ("Gwent Police recorded 300 offences in 2018/19, up from 250 the previous 12 months.", 250.0, "2017/18"),
        ("Kent recorded 95 crimes in 2016/17, compared with 60 the year before.", 60.0, "2015/16"),
        ("Norfolk had 40 cases in 2013/14 and a year later that rose to 70.", 70.0, "2014/15"),
        ("Suffolk logged 12 offences in 2011/12 and 19 the following year.", 19.0, "2012/13"),
        ("Lancashire recorded 500 crimes in 2020/21, against 410 the prior year.", 410.0, "2019/20"),
    ];
    for &(line, value, want) in cases {
        assert_eq!(period_of(&[line], value), some(want), "{line}");
    }
}

#[test]
fn a_relative_year_after_a_semicolon_belongs_to_the_next_clause_not_the_number_before_it() {
    let cases: &[(&str, f64, &str)] = &[
        (
            "During 2017/18, Avon and Somerset Police dealt with 350 cases; a year later it dealt with 420.",
            350.0,
            "2017/18",
        ),
        (
            "During 2017/18, Avon and Somerset Police dealt with 350 cases; a year later it dealt with 420.",
            420.0,
            "2018/19",
        ),
        ("For 2019/20 Gwent logged 96 crimes; the following year, 131.", 96.0, "2019/20"),
        ("For 2019/20 Gwent logged 96 crimes; the following year, 131.", 131.0, "2020/21"),
        // Within one clause the phrase after a number is still its own.
        ("Suffolk logged 12 offences in 2011/12 and 19 the following year.", 19.0, "2012/13"),
    ];
    for &(line, value, want) in cases {
        assert_eq!(period_of(&[line], value), some(want), "{line}");
    }
}

#[test]
fn last_year_follows_its_baseline_or_the_latest_year_stated() {
    // The baseline in the same sentence: last year is the year after it.
    assert_eq!(
        period_of(&["Kent Police recorded 900 offences last year, up 12% from 804 in 2015/16."], 900.0),
        some("2016/17")
    );
    // A later year stated elsewhere in the article wins over the baseline.
    let lines = [
        "Forces in the region recorded 4,000 offences in 2019/20.",
        "Essex Police logged 1,200 crimes last year - up from 700 in 2015/16.",
    ];
    assert_eq!(period_of(&lines, 1200.0), some("2019/20"));
    // No baseline: the latest year the article states.
    let lines = ["Last year 3,100 offences were recorded nationally.", "That compares with 2,500 in 2017/18."];
    assert_eq!(period_of(&lines, 3100.0), some("2017/18"));
    // Nothing to resolve against: no guess.
    assert_eq!(period_of(&["Last year Cumbria recorded 41 offences."], 41.0), None);
}

#[test]
fn the_year_a_budget_is_set_for_is_not_the_latest_year_reported() {
    for budget in [
        "The commissioner said the £61.2 million budget for 2025/26 had been agreed.",
        "Members approved the 2025/26 precept without a vote.",
    ] {
        let lines =
            ["Essex Police recorded 2,400 burglaries in 2023/24.", "Last year the force logged 880 robberies.", budget];
        assert_eq!(period_of(&lines, 880.0), some("2023/24"), "{budget}");
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
fn years_counted_back_from_a_stated_year_are_resolved() {
    let line = "Kent recorded 688 offences in 2022-23, more than double the 333 recorded five years earlier.";
    assert_eq!(period_of(&[line], 333.0), some("2017/18"));
    let line = "Essex logged 40 offences in 2015/16 and 95 two years later.";
    assert_eq!(period_of(&[line], 95.0), some("2017/18"));
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
fn the_year_to_march_with_no_year_printed_is_the_latest() {
    let line = "Essex Police logged 2,480 robberies in the year to March, up 6 per cent on 2022/23.";
    assert_eq!(period_of(&[line], 2480.0), some("2023/24"));
    assert_eq!(period_of(&[line], 6.0), some("2023/24"));
}

#[test]
fn counts_further_back_joined_to_a_count_a_year_back_count_from_the_same_year() {
    let line =
        "Essex Police logged 2,480 robberies in 2023/24, up from 2,310 a year earlier and 2,050 three years before.";
    assert_eq!(period_of(&[line], 2310.0), some("2022/23"));
    assert_eq!(period_of(&[line], 2050.0), some("2020/21"));
    // "before that" counts back from the count before it.
    let line =
        "Essex Police logged 2,480 robberies in 2023/24, up from 2,310 a year earlier and 2,050 two years before that.";
    assert_eq!(period_of(&[line], 2050.0), some("2020/21"));
}

#[test]
fn a_second_value_compared_with_counts_its_relative_year_from_the_figure_compared_not_the_first_value() {
    let lines = [
        "Gwent Police recorded 1,140 stalking offences in 2022/23.",
        "That compares with 610 in 2016/17, and 1,020 the previous year.",
    ];
    assert_eq!(period_of(&lines, 610.0), some("2016/17"));
    assert_eq!(period_of(&lines, 1020.0), some("2021/22"));
    let lines = [
        "In 2020/21 Dyfed-Powys Police logged 880 thefts from farms.",
        "The total was up from 512 in 2015/16 - a 72% rise - and from 800 a year earlier.",
    ];
    assert_eq!(period_of(&lines, 800.0), some("2019/20"));
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
fn a_year_counted_back_starts_from_the_count_not_from_a_change_between() {
    let line = "Cumbria logged 415 crimes in 2019-20, up 12 per cent on the previous year, when 370 were recorded.";
    assert_eq!(period_of(&[line], 370.0), some("2018/19"));
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
fn a_sentence_opening_on_the_year_of_the_figures_before_dates_them() {
    let lines = [
        "The number recorded by Kent Police has reached a record 1,204.",
        "The figure for 2022/23 is up 22% on the previous year.",
    ];
    assert_eq!(period_of(&lines, 1204.0), some("2022/23"));
    let lines =
        ["Kent Police recorded 321 offences, a rise of 18%.", "The figures, for 2021/22, were obtained by the NSPCC."];
    assert_eq!(period_of(&lines, 321.0), some("2021/22"));
    assert_eq!(period_of(&lines, 18.0), some("2021/22"));
    let lines = [
        "The data shows:",
        "- Kent Police: 1,120 offences (up from 976)",
        "- Sussex Police: 388 offences",
        "In 2016, Surrey Police recorded 79 a month.",
        "The figures cover the 2022/23 financial year.",
    ];
    assert_eq!(period_of(&lines, 1120.0), None, "a calendar year in between ends the run");
    let lines = [
        "The data shows:",
        "- Kent Police: 1,120 offences (up from 976)",
        "- Sussex Police: 388 offences",
        "The figures cover the 2022/23 financial year.",
    ];
    assert_eq!(period_of(&lines, 1120.0), some("2022/23"));
    assert_eq!(period_of(&lines, 976.0), some("2021/22"), "the value a rise starts from is the year before");
    assert_eq!(period_of(&lines, 388.0), some("2022/23"));
    // A year printed beside a figure is not overridden.
    let lines = ["Kent Police recorded 321 offences in 2019/20.", "The figures for 2021/22 are not yet out."];
    assert_eq!(period_of(&lines, 321.0), some("2019/20"));
}

#[test]
fn a_change_over_a_span_of_years_is_for_its_last_year_and_a_total_over_it_has_none() {
    let lines = ["Between 2018/19 and 2022/23, offences with an online element in Kent rose 44%."];
    assert_eq!(period_of(&lines, 44.0), some("2022/23"));
    let lines = ["In the five years to 2022/23, Kent Police recorded 1,540 such offences in total."];
    assert_eq!(period_of(&lines, 1540.0), None);
}

#[test]
fn counts_after_one_relative_phrase_share_its_year() {
    let lines = [
        "Kent Police recorded 1,050 offences in 2022/23.",
        "The previous year, 980 offences were recorded, including 120 online.",
    ];
    assert_eq!(period_of(&lines, 980.0), some("2021/22"));
    assert_eq!(period_of(&lines, 120.0), some("2021/22"));
    // Each count after its own phrase still counts back from the one before.
    let lines = ["In 2020/21, 1603 offences were logged; a year later the figure was 2860."];
    assert_eq!(period_of(&lines, 2860.0), some("2021/22"));
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
fn a_rise_on_a_count_of_an_earlier_year_runs_to_the_year_the_text_is_about() {
    let lines = [
        "Police Scotland recorded 64,807 incidents of domestic abuse in 2022-23.",
        "That is a rise of 2% on the 63,536 incidents recorded in 2021-22, and the highest total since 2013-14.",
    ];
    assert_eq!(period_of(&lines, 2.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 63536.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_year_past_a_new_clause_belongs_to_the_number_after_it() {
    let lines = [
        "Essex Police logged 3,046 offences against under-18s in 2021/22.",
        "The previous year it recorded 2,811, and five years earlier, in 2016/17, just 1,906.",
    ];
    assert_eq!(period_of(&lines, 2811.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&lines, 1906.0).as_deref(), Some("2016/17"));
    // Looking back does not change the year the text is about.
    let mut more = lines.to_vec();
    more.push("Of the 3,046, some 612 had an online element.");
    assert_eq!(period_of(&more, 612.0).as_deref(), Some("2021/22"));
    assert_eq!(figures(&more).iter().filter(|f| f.value == 3046.0).count(), 1);
    // A sentence about an earlier year with no looking back does.
    let lines = [
        "Kent Police recorded 300 offences in 2021/22.",
        "In 2016/17, the force recorded 100.",
        "Of these, 20 were online.",
    ];
    assert_eq!(period_of(&lines, 20.0).as_deref(), Some("2016/17"));
}

#[test]
fn the_ends_of_a_change_take_the_ends_of_the_span_after_them() {
    let line = "Grooming offences recorded by North Wales Police fell from 82 to 64 between 2020/21 and 2021/22, a drop of 22 per cent.";
    assert_eq!(period_of(&[line], 82.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&[line], 64.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&[line], -22.0).as_deref(), Some("2021/22"));
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

/// A year an aside between dashes ties to the figures ("- released today for the year to
/// March 2023 -", "- the council's data for 2021/22 shows -") is the figures' year; a year
/// in a relative clause there is another event's.
#[test]
fn a_year_an_aside_between_dashes_gives_the_figures_dates_them() {
    let lines =
        ["Statistics - released today for the year to March 2023 - show 2,870 thefts were recorded by Kent Police."];
    assert_eq!(period_of(&lines, 2870.0).as_deref(), Some("2022/23"));
    let lines = ["Arson attacks reported to Dorset Police - the council's data for 2021/22 shows - reached 1,140."];
    assert_eq!(period_of(&lines, 1140.0).as_deref(), Some("2021/22"));
    let lines = ["Cycle thefts in Oxford - which peaked in 2019/20 - fell by 6% to 1,450."];
    assert_eq!(period_of(&lines, 1450.0), None);
}

#[test]
fn a_time_in_an_aside_between_dashes_is_not_the_year_of_the_number_after_it() {
    let lines = [
        "Suffolk Police recorded 880 rural crimes in 2021/22.",
        "Thefts of tractors fell to 40, while poaching - usually worst between October and February - fell by 9% to 210.",
    ];
    assert_eq!(period_of(&lines, 210.0).as_deref(), Some("2021/22"));
    let lines = [
        "Norfolk Constabulary recorded 1,430 burglaries in 2022/23.",
        "Garden thefts - which peak from May to August - rose to 260.",
    ];
    assert_eq!(period_of(&lines, 260.0).as_deref(), Some("2022/23"));
    // An aside that is only the time still dates the number.
    let lines = [
        "Norfolk Constabulary recorded 1,430 burglaries in 2022/23.",
        "Garden thefts - from May to August - rose to 260.",
    ];
    assert_eq!(period_of(&lines, 260.0), None);
}

#[test]
fn a_when_clause_takes_the_year_it_goes_back_to() {
    let lines = [
        "North Yorkshire Police recorded 1,130 sexual offences against children in the year to March 2023.",
        "That is an increase of 86 on the previous year, and of more than 40 per cent since 2013/14, when 798 were recorded.",
    ];
    let b = brief(&lines);
    assert!(b.contains(&(some("North Yorkshire Police"), some("2022/23"), 40.0, Kind::PercentChange)), "{b:?}");
    assert!(b.contains(&(some("North Yorkshire Police"), some("2013/14"), 798.0, Kind::Count)), "{b:?}");
}

#[test]
fn a_year_labelling_a_bracketed_number_is_that_numbers() {
    let lines = [
        "Hertfordshire Constabulary dealt with 340 online offences during 2020/21.",
        "Bedfordshire Police recorded 165 (2019/20: 140), and Cambridgeshire Constabulary 290 (2019/20: 301).",
    ];
    assert_eq!(period_of(&lines, 165.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&lines, 140.0).as_deref(), Some("2019/20"));
    assert_eq!(period_of(&lines, 290.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&lines, 301.0).as_deref(), Some("2019/20"));
}

#[test]
fn values_in_brackets_under_a_list_heading_take_the_year_it_gives_them() {
    let lines = [
        "Recorded grooming offences by force, 2021/22 (2020/21 in brackets):",
        "Essex Police - 220 (198)",
        "Kent Police - 305 (310)",
        "Essex had the sharpest rise.",
        "Suffolk Police recorded 75 (a record) in 2021/22.",
    ];
    let got = brief(&lines);
    let year_of = |v: f64| got.iter().find(|f| f.2 == v).and_then(|f| f.1.clone());
    assert_eq!(year_of(220.0).as_deref(), Some("2021/22"));
    assert_eq!(year_of(198.0).as_deref(), Some("2020/21"));
    assert_eq!(year_of(305.0).as_deref(), Some("2021/22"));
    assert_eq!(year_of(310.0).as_deref(), Some("2020/21"));
    assert_eq!(year_of(75.0).as_deref(), Some("2021/22"), "the list ended before this line");
}

#[test]
fn a_year_later_counts_on_from_the_year_printed_last() {
    let lines = ["Surrey logged 960 cases in 2020/21, up from 500 in 2018/19.", "A year later the total reached 740."];
    assert_eq!(period_of(&lines, 740.0), some("2019/20"));
}

#[test]
fn a_relative_year_closing_one_clause_is_not_the_year_of_the_next() {
    let line = "Essex recorded 410 online offences in 2020/21, up from 380 the year before, while its total for all child sexual offences rose to 2,950.";
    assert_eq!(period_of(&[line], 380.0), some("2019/20"));
    assert_eq!(period_of(&[line], 2950.0), some("2020/21"));
}

#[test]
fn a_relative_year_closing_a_clause_before_a_dash_and_but_is_not_the_year_of_the_next() {
    let lines = [
        "Forces in England recorded 3,200 thefts of bicycles in 2022/23.",
        "Avon and Somerset Police logged 1,210 thefts, up 6 per cent on the year before \u{2013} but Dorset Police recorded 640.",
        "Wiltshire Police logged 530 thefts, down 3 per cent on the previous year - but Devon and Cornwall Police saw 880.",
    ];
    assert_eq!(period_of(&lines, 640.0), some("2022/23"));
    assert_eq!(period_of(&lines, 880.0), some("2022/23"));
    assert_eq!(period_of(&lines, 1210.0), some("2022/23"));
}

#[test]
fn a_dash_opening_an_aside_closed_by_a_second_dash_is_no_new_clause() {
    let lines = [
        "Forces in the south recorded 9,400 burglaries in 2022/23.",
        "Kent Police recorded 415 burglaries \u{2013} but only in 2021/22 \u{2013} while Essex Police saw 385.",
        "Sussex Police recorded 520 robberies \u{2013} though only in 2020/21 \u{2013} against 300 in Surrey.",
        "Thames Valley Police recorded 410 thefts \u{2013} and that was in 2019/20 alone \u{2013} while Essex Police saw 380.",
        "In 2022/23 Hampshire Police recorded 700 thefts; the year before \u{2013} and this was the peak \u{2013} it recorded 910.",
    ];
    assert_eq!(period_of(&lines, 415.0), some("2021/22"));
    assert_eq!(period_of(&lines, 520.0), some("2020/21"));
    assert_eq!(period_of(&lines, 410.0), some("2019/20"));
    assert_eq!(period_of(&lines, 910.0), some("2021/22"));
}

#[test]
fn a_relative_year_after_a_starting_value_is_not_the_year_of_the_places_listed_after_it() {
    // "up from 640 the year before" dates 640 alone: the places listed after it, each with a
    // count and no year of its own, are for the year the text is about, however long the list.
    let line = "Across the South East, Kent Police recorded 720 thefts in 2021/22, up from 640 the year before, \
                Sussex Police 410, Surrey Police 350 and Thames Valley Police just 95, down 8 per cent; in the \
                West, Avon and Somerset Police logged 530, Dorset Police 170 and Wiltshire Police 140.";
    assert_eq!(period_of(&[line], 640.0), some("2020/21"));
    for value in [410.0, 350.0, 95.0, 530.0, 170.0, 140.0] {
        assert_eq!(period_of(&[line], value), some("2021/22"), "{value}");
    }
}

#[test]
fn a_sentence_about_earlier_years_does_not_move_the_year_the_text_is_about() {
    let lines = [
        "Cheshire Constabulary recorded 2,410 knife offences in the year to March 2023, up from 2,300 a year earlier.",
        "In the year to March 2021 the force logged 2,050; a year later that had climbed to 2,300.",
        "In Merseyside, the total went from 3,100 to 3,350.",
        "Lancashire Constabulary logged 1,900, compared with 1,840 in 2021/22.",
    ];
    assert_eq!(period_of(&lines, 2050.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&lines, 3100.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 3350.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 1900.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 1840.0).as_deref(), Some("2021/22"));
}

#[test]
fn years_ago_count_back_from_the_year_the_text_is_about() {
    let lines = [
        "Durham Constabulary logged 812 grooming offences in 2021/22.",
        "That is almost three times the 290 recorded four years ago.",
        "Cleveland Police recorded 640 in 2021/22, up from 505 a decade ago.",
    ];
    assert_eq!(period_of(&lines, 290.0).as_deref(), Some("2017/18"));
    assert_eq!(period_of(&lines, 505.0).as_deref(), Some("2011/12"));
    // A span back to a year is still no one year.
    assert_eq!(period_of(&["Durham has logged 5,000 offences since 2015."], 5000.0), None);
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
fn a_sentence_going_on_about_an_earlier_year_in_its_paragraph_keeps_that_year() {
    let lines = [
        "Police in England and Wales recorded 48,200 robberies in 2023/24.",
        "Two years before, in 2021/22, they recorded 39,900. Of those, 7,100 involved a knife. The figure for under-18 suspects was 8,350.",
        "Officers made 2,400 arrests.",
    ];
    assert_eq!(period_of(&lines, 7100.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 8350.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 2400.0).as_deref(), Some("2023/24"), "a new paragraph is back to the text's year");
}

#[test]
fn a_year_a_comparison_before_a_new_clause_ends_on_is_not_the_year_of_the_next() {
    let lines = [
        "Forces in the region recorded 3,000 offences in 2022/23.",
        "Essex Police recorded 900, up 4% on the 865 logged in 2021/22, while Kent Police saw 1,100 offences compared with 1,150 the year before.",
    ];
    assert_eq!(period_of(&lines, 865.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 1100.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 1150.0).as_deref(), Some("2021/22"));
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
fn a_when_clause_after_words_renaming_the_year_is_about_that_year() {
    let lines = [
        "Kent Police recorded 1,200 thefts in 2022/23.",
        "That is up 60% since 2015/16, the year the unit was set up, when 750 were recorded.",
    ];
    assert_eq!(period_of(&lines, 750.0).as_deref(), Some("2015/16"));
    assert_eq!(period_of(&lines, 60.0).as_deref(), Some("2022/23"));
    let lines = [
        "Essex Police logged 980 frauds in 2023/24.",
        "Frauds have doubled since 2016-17, the first full year in which the force kept such records, when there were 490.",
    ];
    assert_eq!(period_of(&lines, 490.0).as_deref(), Some("2016/17"));
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
fn a_time_in_a_clause_describing_the_offence_is_not_the_figures() {
    let lines = [
        "Humberside Police recorded 2,100 harassment offences in 2020/21.",
        "Stalking offences, which became a separate crime in 2012, rose to 640.",
    ];
    assert_eq!(period_of(&lines, 640.0).as_deref(), Some("2020/21"));
}

#[test]
fn the_first_and_last_year_are_the_ends_of_the_span_the_text_named() {
    let lines = [
        "We asked forces for their burglary figures for each year from 2016/17 to 2023/24.",
        "Kent Police recorded 4,100 in 2023/24. Essex's figures were 2,900 and 310 in the first year and 3,400 and 350 in the last.",
    ];
    let found = brief(&lines);
    let period = |v: f64| found.iter().find(|f| f.2 == v).and_then(|f| f.1.clone());
    assert_eq!(period(2900.0).as_deref(), Some("2016/17"), "{found:?}");
    assert_eq!(period(310.0).as_deref(), Some("2016/17"), "{found:?}");
    assert_eq!(period(3400.0).as_deref(), Some("2023/24"), "{found:?}");
    assert_eq!(period(350.0).as_deref(), Some("2023/24"), "{found:?}");
    // "In the last year" is the past twelve months, and with no span named nothing changes.
    let lines = [
        "Forces gave figures from 2016/17 to 2023/24.",
        "Kent Police recorded 4,100 burglaries in 2023/24, and 390 in the last year.",
    ];
    assert_eq!(period_of(&lines, 390.0).as_deref(), Some("2023/24"));
    let lines = ["Kent Police recorded 4,100 burglaries in 2023/24, and 2,900 in the first year of the scheme."];
    assert_eq!(period_of(&lines, 2900.0).as_deref(), Some("2023/24"));
    // Nor is the first year of something else the span's.
    let lines = [
        "Forces gave figures from 2016/17 to 2023/24.",
        "Kent Police recorded 4,100 burglaries in 2023/24, and 2,900 in the first year of the scheme.",
    ];
    assert_eq!(period_of(&lines, 2900.0).as_deref(), Some("2023/24"));
}

#[test]
fn the_first_or_last_year_of_something_begun_later_is_not_the_span_s() {
    // A sentence that names another year, or a new start, ends the span's hold.
    let lines = [
        "Burglaries in Devon were counted for each year from 2014-15 to 2021-22, the audit said.",
        "A rural crime team was formed in 2019. It logged 65 burglaries in its first six months, then 130 in the first year, and 190 in the last.",
    ];
    let found = brief(&lines);
    let period = |v: f64| found.iter().find(|f| f.2 == v).and_then(|f| f.1.clone());
    assert_ne!(period(130.0).as_deref(), Some("2014/15"), "{found:?}");
    assert_ne!(period(190.0).as_deref(), Some("2021/22"), "{found:?}");
    let lines = [
        "Thefts of tractors in Cheshire were counted from 2014-15 to 2021-22.",
        "The trial lasted two years. It logged 30 thefts in the first year and 45 in the last.",
    ];
    let found = brief(&lines);
    let period = |v: f64| found.iter().find(|f| f.2 == v).and_then(|f| f.1.clone());
    assert_ne!(period(30.0).as_deref(), Some("2014/15"), "{found:?}");
    assert_ne!(period(45.0).as_deref(), Some("2021/22"), "{found:?}");
    // Sentences that print only the span's own ends keep it.
    let lines = [
        "We asked forces for their burglary figures for each year from 2016/17 to 2023/24.",
        "Kent Police recorded 3,100 in 2016/17 and 4,100 in 2023/24.",
        "Essex's figures were 2,900 in the first year and 3,400 in the last.",
    ];
    let found = brief(&lines);
    let period = |v: f64| found.iter().find(|f| f.2 == v).and_then(|f| f.1.clone());
    assert_eq!(period(2900.0).as_deref(), Some("2016/17"), "{found:?}");
    assert_eq!(period(3400.0).as_deref(), Some("2023/24"), "{found:?}");
}

#[test]
fn the_printed_year_the_figures_are_for_beats_a_later_year_counted_from_it() {
    let lines = [
        "Kent Police recorded 74 burglaries of farms in 2016/17.",
        "Early figures for 2017-18 show the rise going on, with 80 burglaries of farms a year later.",
    ];
    assert_eq!(period_of(&lines, 80.0).as_deref(), Some("2017/18"));
    // With no year of the figures printed, "a year later" counts on from the year before.
    let lines = ["Kent Police recorded 74 burglaries of farms in 2016/17.", "A year later, 80 were recorded."];
    assert_eq!(period_of(&lines, 80.0).as_deref(), Some("2017/18"));
    // A year printed for another of its numbers is counted on from.
    let lines = ["In 2016/17 Kent Police recorded 74 burglaries, and a year later 80."];
    assert_eq!(period_of(&lines, 80.0).as_deref(), Some("2017/18"));
    let lines = ["Kent gave no figures for 2014/15, but recorded 74 burglaries in 2016/17 and 80 a year later."];
    assert_eq!(period_of(&lines, 80.0).as_deref(), Some("2017/18"));
}

#[test]
fn a_year_later_than_a_count_dated_by_the_figures_year_is_the_year_after_it() {
    // The figures' year is the first count's; "a year later" counts on from it.
    let lines = ["Statistics for 2018-19 showed 45 thefts of bikes in Leicester, and a year later there were 70."];
    assert_eq!(period_of(&lines, 70.0).as_deref(), Some("2019/20"));
    let lines = ["Data for 2019/20 showed Essex Police logged 210 frauds, climbing to 260 a year later."];
    assert_eq!(period_of(&lines, 260.0).as_deref(), Some("2020/21"));
    // With no earlier year in the text, "later" cannot count from one: the year after.
    let lines = ["Figures for 2018-19 show the rise going on, with 70 thefts of bikes a year later."];
    assert_ne!(period_of(&lines, 70.0).as_deref(), Some("2018/19"));
}

#[test]
fn a_year_in_a_clause_describing_a_place_is_the_clause_s_number_s_only() {
    let lines = [
        "Kent Police recorded 940 burglaries in 2024/25.",
        "Essex Police logged 300, while Surrey Police, which had its worst year in 2023/24 with 88, saw the number fall to 61.",
    ];
    assert_eq!(period_of(&lines, 88.0).as_deref(), Some("2023/24"));
    assert_eq!(period_of(&lines, 61.0).as_deref(), Some("2024/25"));
}

#[test]
fn years_ago_count_back_from_the_text_year_even_after_a_previous_year() {
    let lines = [
        "Kent Police recorded 3,200 offences in 2022/23.",
        "That is 6% more than the year before, when 3,020 were logged, and up from 2,400 four years ago.",
    ];
    assert_eq!(period_of(&lines, 3020.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 2400.0).as_deref(), Some("2018/19"));
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
fn a_count_in_a_when_clause_after_since_a_year_is_for_that_year() {
    let lines = [
        "Gwent Police recorded 1,950 offences in 2023/24.",
        "The total has gone up every year since FY2020/21, when it stood at 1,420.",
    ];
    assert_eq!(period_of(&lines, 1420.0).as_deref(), Some("2020/21"));
}

#[test]
fn last_year_beside_a_year_another_number_took_is_the_latest_year() {
    let lines = [
        "Avon and Somerset Police recorded 2,480 offences in 2023/24.",
        "The number climbed to 2,210 in 2022/23 and then to 2,480 last year.",
    ];
    assert_eq!(period_of(&lines, 2210.0).as_deref(), Some("2022/23"));
    let found = figures(&lines);
    assert!(found.iter().all(|f| f.value != 2480.0 || f.period.map(|p| p.to_string()).as_deref() == Some("2023/24")));
    // A year the sentence prints for nothing else is what "last year" means there.
    assert_eq!(
        period_of(&["Kent Police recorded 650 offences last year, in 2021/22."], 650.0).as_deref(),
        Some("2021/22")
    );
}

#[test]
fn an_undated_figure_in_the_opening_lines_is_the_dated_one_the_body_prints_again() {
    let lines = [
        "Shoplifting up 23% as thefts hit a record",
        "Lincolnshire Police recorded 4,100 shoplifting offences in 2022/23, up 23% on the year before.",
    ];
    let changes: Vec<Figure> = figures(&lines).into_iter().filter(|f| f.value == 23.0).collect();
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0].place.as_deref(), Some("Lincolnshire Police"));
    assert_eq!(changes[0].period.map(|p| p.to_string()).as_deref(), Some("2022/23"));
    // An opening figure naming another place is not the body's.
    let lines = [
        "Shoplifting in Norfolk up 23%",
        "Lincolnshire Police recorded 4,100 shoplifting offences in 2022/23, up 23% on the year before.",
    ];
    assert_eq!(figures(&lines).iter().filter(|f| f.value == 23.0).count(), 2);
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
fn a_relative_year_before_although_is_not_the_year_of_the_clause_after_it() {
    let line = "Durham Constabulary logged 310 online offences in 2022/23, down from 355 the year before, \
                although the number of all child sexual offences in the county rose by six per cent to 2,040.";
    assert_eq!(period_of(&[line], 355.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&[line], 2040.0).as_deref(), Some("2022/23"));
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
fn the_year_a_record_is_counted_since_is_not_the_figures() {
    let lines = [
        "Cheshire Constabulary recorded 2,410 harassment offences in 2023/24.",
        "Over the same period, reports of coercive control rose by 19 per cent to 880, the most since the offence was created in 2015.",
    ];
    assert_eq!(period_of(&lines, 880.0).as_deref(), Some("2023/24"));
}

#[test]
fn a_record_since_a_bare_year_leaves_the_figure_the_year_the_text_is_about() {
    let lines = [
        "Official statistics show that burglaries in Wales rose by 5% to 7,600 in 2011/12.",
        "Thefts of bicycles dropped by 11 per cent to 2,340, the lowest level since 1983.",
    ];
    assert_eq!(period_of(&lines, 2340.0).as_deref(), Some("2011/12"));
    let lines = [
        "Humberside Police recorded 3,900 vehicle thefts in the year to March 2019.",
        "Arson dropped to 412 - the fewest since 2001/02 - while criminal damage rose by 6%.",
    ];
    assert_eq!(period_of(&lines, 412.0).as_deref(), Some("2018/19"));
}

#[test]
fn a_hedged_round_number_in_the_opening_lines_is_the_body_figure_it_rounds() {
    let lines = [
        "Warning as Cumbria force logs nearly 700 grooming crimes",
        "Cumbria Constabulary recorded 688 grooming offences in 2022/23, up from 540 the year before.",
    ];
    assert_eq!(period_of(&lines, 700.0).as_deref(), Some("2022/23"));
    // Not a figure the hedge does not reach.
    let lines = [
        "Warning as Cumbria force logs more than 700 grooming crimes",
        "Cumbria Constabulary recorded 688 grooming offences in 2022/23, up from 540 the year before.",
    ];
    assert_eq!(period_of(&lines, 700.0), None);
}

#[test]
fn a_small_change_in_the_opening_lines_is_the_one_the_body_prints_once() {
    let lines = [
        "Council welcomes fall in burglary as vehicle crime drops 6%",
        "Suffolk Constabulary recorded 3,410 vehicle offences in the year to March 2024, a fall of 6% on 2022-23.",
    ];
    let sixes: Vec<Figure> = figures(&lines).into_iter().filter(|f| f.value == -6.0).collect();
    assert_eq!(sixes.len(), 1, "{sixes:#?}");
    assert_eq!(sixes[0].place.as_deref(), Some("Suffolk Constabulary"));
    // Printed twice in the body, for two places: which one the opening means is unknown.
    let lines = [
        "Vehicle crime drops 6%",
        "Suffolk Constabulary recorded 3,410 vehicle offences in 2023/24, a fall of 6%, and Norfolk Constabulary saw a fall of 6% too.",
    ];
    assert!(figures(&lines).iter().any(|f| f.value == -6.0 && f.place.is_none()));
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
fn a_hedged_round_number_in_the_standfirst_takes_the_place_of_the_figure_it_rounds() {
    let lines = [
        "Data shows forces recorded nearly 9,000 such offences in a single year.",
        "Forces across England and Wales recorded 8,941 stalking offences in 2023/24.",
    ];
    let got = figures(&lines);
    let f = got.iter().find(|f| f.value == 9000.0);
    assert_eq!(f.and_then(|f| f.place.as_deref()), Some(NATIONAL), "{got:#?}");
}

#[test]
fn a_year_something_is_planned_for_is_not_the_year_the_article_reports() {
    // "Last year", in the quote before, is the year the article reports, not the plan's.
    let lines = [
        "\"Last year we helped 2,210 families,\" the charity said.",
        "Thefts of farm machinery fell from 240 in 2021/22 to 198.",
        "The force said it would expand its rural team in 2023/24.",
    ];
    assert_eq!(period_of(&lines, 198.0).as_deref(), Some("2022/23"));
    let lines = [
        "Last year the helpline took 3,020 calls.",
        "Burglaries rose by 9% in 2022/23, while shed thefts climbed from 88 in 2021/22 to 131.",
        "The commissioner plans to open two more rural hubs in 2024/25.",
    ];
    assert_eq!(period_of(&lines, 131.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 9.0).as_deref(), Some("2022/23"));
    // Nor the year a sentence opens on to set a budget for.
    let lines = [
        "\"Last year we helped 2,210 families,\" the charity said.",
        "Thefts of farm machinery fell from 240 in 2021/22 to 198.",
        "For 2023/24, the panel approved a budget of £312m.",
    ];
    assert_eq!(period_of(&lines, 198.0).as_deref(), Some("2022/23"));
    let lines = [
        "Last year the helpline took 3,020 calls.",
        "Shed thefts climbed from 88 in 2021/22 to 131.",
        "For the financial year 2024/25, councillors agreed a policing precept rise of £13.",
    ];
    assert_eq!(period_of(&lines, 131.0).as_deref(), Some("2022/23"));
}

#[test]
fn a_year_whose_figures_are_still_to_come_is_not_the_year_the_article_reports() {
    let lines = [
        "Lancashire Constabulary recorded 1,120 offences in 2021/22, up from 1,010 the year before.",
        "Of last year's offences, 140 were against children under ten.",
        "Figures for 2022/23 are expected to be released in the spring.",
    ];
    assert_eq!(period_of(&lines, 140.0).as_deref(), Some("2021/22"));
    // Nor is a year of which the text reports only a part.
    let lines = [
        "Lancashire Constabulary recorded 1,120 offences in 2021/22.",
        "Across the county, 310 of last year's offences were online.",
        "In the first half of 2022/23, the force logged 600.",
    ];
    assert_eq!(period_of(&lines, 310.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_span_a_record_is_the_highest_over_is_not_the_figures_year() {
    let line = "Derbyshire Constabulary logged 930 last year, nearly 1,000 and the most in the six years since the data began.";
    assert_eq!(period_of(&[line], 1000.0), period_of(&[line], 930.0));
    let line =
        "Derbyshire Constabulary logged 930 in 2022/23 - about 1,000, the highest number in the past four years.";
    assert_eq!(period_of(&[line], 1000.0).as_deref(), Some("2022/23"));
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
fn a_time_in_a_clause_about_when_something_else_happened_is_not_the_numbers() {
    let line = "Upskirting offences rose last year by 9 per cent to 212, and are now treble the level seen when the law changed in 2019.";
    let lines = ["Essex Police recorded 3,400 sexual offences in 2022/23.", line];
    assert_eq!(period_of(&lines, 212.0).as_deref(), Some("2022/23"));
}

#[test]
fn a_time_dating_the_report_a_number_was_published_in_is_not_the_numbers() {
    let lines = [
        "Avon and Somerset Police recorded 2,210 burglaries in 2023/24, down from 2,402 in 2022/23.",
        "Its 2022/23 count of 2,402 was revised up from a provisional figure of 2,390 published in last year's bulletin.",
    ];
    assert_eq!(period_of(&lines, 2390.0).as_deref(), Some("2022/23"));
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
fn this_years_figures_are_the_year_the_article_reports_on() {
    let lines = [
        "Cumbria Constabulary brought 812 charges for stalking in 2023/24, up from 760 in 2022/23.",
        "Of this year's charges, 64 involved a former partner.",
    ];
    assert_eq!(period_of(&lines, 64.0), some("2023/24"));
    // "So far this year" is part of a calendar year, no financial year.
    let lines = [
        "Cumbria Constabulary brought 812 charges for stalking in 2023/24.",
        "So far this year, officers have brought 305 more.",
    ];
    assert_eq!(period_of(&lines, 305.0), None);
}

#[test]
fn a_relative_year_counts_from_the_year_the_sentence_before_in_its_paragraph_stated() {
    let lines = [
        "Gloucestershire Constabulary recorded 2,400 burglaries in 2023/24.",
        "In 2019/20, it recorded 1,900. The year before, 1,750 were recorded. That was up 4% on the previous year.",
        "The year before, burglaries rose 6%.",
    ];
    assert_eq!(period_of(&lines, 1750.0), some("2018/19"));
    // Counted from the sentence before's year, which was itself counted back.
    assert_eq!(period_of(&lines, 4.0), some("2018/19"));
    // A new paragraph counts from the year the text is about.
    assert_eq!(period_of(&lines, 6.0), some("2022/23"));
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
fn a_year_in_a_paragraph_heading_a_list_dates_its_rows_though_a_note_ends_the_paragraph() {
    let lines = [
        "---",
        "Vehicle crimes recorded in 2023/2024, by district. Some crimes could not be placed, so the districts do not add up to the total.",
        "Carlisle - 812",
        "Allerdale - 640",
    ];
    assert_eq!(period_of(&lines, 812.0), some("2023/24"));
    assert_eq!(period_of(&lines, 640.0), some("2023/24"));
}

#[test]
fn a_year_dating_an_event_in_a_list_heading_is_not_its_rows() {
    for heading in [
        "The picture by force is below. Counting rules changed in 2020/21, so older years are left out.",
        "Counting rules changed in 2020/21. The picture by force is below.",
    ] {
        let lines = [
            "Forces in Wales recorded 5,200 robberies in 2023/24.",
            heading,
            "- Gwent Police: 1,100",
            "- South Wales Police: 2,450",
        ];
        assert_eq!(period_of(&lines, 1100.0), some("2023/24"), "{heading}");
        assert_eq!(period_of(&lines, 2450.0), some("2023/24"), "{heading}");
    }
}

#[test]
fn a_year_printed_right_after_a_relative_one_says_which_year_it_is() {
    let line = "Kent logged 2,310 thefts in 2022/23, double the 1,150 recorded a decade ago, in 2011/12.";
    assert_eq!(period_of(&[line], 1150.0), some("2011/12"));
    let line = "Essex Police recorded 940 offences in 2023/24, up from 610 five years earlier (2018/19).";
    assert_eq!(period_of(&[line], 610.0), some("2018/19"));
}

#[test]
fn years_before_an_event_do_not_date_the_number_before_them() {
    let line = "Totals are below the level of 2009/10, when Kent Police detected 5,120 offences - three years before the law was changed.";
    assert_eq!(period_of(&[line], 5120.0), some("2009/10"));
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
fn a_year_money_is_pledged_for_in_other_shapes_is_not_the_text_s() {
    let lines = [
        "Essex Police recorded 640 thefts in 2023/24.",
        "The mayor will spend £2m on street lighting in 2025/26.",
        "Basildon recorded 210 burglaries.",
    ];
    assert_eq!(period_of(&lines, 210.0), some("2023/24"));
    let lines = [
        "Essex households will pay £12 more for policing in 2025/26.",
        "Essex Police recorded 640 thefts in 2023/24.",
        "Basildon recorded 210 burglaries.",
    ];
    assert_eq!(period_of(&lines, 210.0), some("2023/24"));
    // A year past the count the sentence's pledge is set beside is the count's.
    let lines =
        ["The force, which has promised £1m for patrols, recorded 940 thefts in 2023/24.", "Harlow recorded 300."];
    assert_eq!(period_of(&lines, 300.0), some("2023/24"));
}

#[test]
fn a_caption_or_source_line_with_a_year_dates_nothing_after_it() {
    let mut a = article(&[
        "Cleveland Police recorded 3,900 thefts in 2023/24.",
        "Chart: Home Office data, 2020/21",
        "Robberies rose 9% to 1,150, the force said.",
    ]);
    a.paragraphs[1].role = Role::Caption;
    let found = extract_figures(&a);
    assert_eq!(found.iter().find(|f| f.value == 1150.0).and_then(|f| f.period.map(|p| p.to_string())), some("2023/24"));
    let lines = [
        "Cleveland Police recorded 3,900 thefts in 2023/24.",
        "Updated: 2021/22",
        "Robberies rose 9% to 1,150, the force said.",
    ];
    assert_eq!(period_of(&lines, 1150.0), some("2023/24"));
}

#[test]
fn a_heading_that_is_only_a_year_dates_the_figures_of_its_section() {
    let mut a = article(&[
        "Kent Police recorded 9,400 burglaries in the 12 months to March 2021.",
        "## 2012/13",
        "Police in Kent record 14,100 burglaries over the financial year.",
        "2016-17",
        "The force logs 11,020 burglaries.",
        "Burglaries in Kent: a decade",
        "The force logs 8,000 thefts.",
    ]);
    a.paragraphs[1].role = Role::Furniture;
    let found = extract_figures(&a);
    let year = |v: f64| found.iter().find(|f| f.value == v).and_then(|f| f.period.map(|p| p.to_string()));
    assert_eq!(year(14100.0), some("2012/13"));
    assert_eq!(year(11020.0), some("2016/17"));
    // A heading with more words than a year's is no year heading.
    for line in ["Burglary up 4% in 2016/17", "2016/17 was the worst year on record", "In 2016/17: 400"] {
        assert_eq!(year_heading(line), None, "{line}");
    }
    assert_eq!(year_heading("## The year to March 2021").map(|p| p.to_string()), some("2020/21"));
}

#[test]
fn the_year_of_a_sum_of_money_does_not_date_changes_in_a_clause_after_it() {
    for line in [
        "Bills in Kent will rise to £310.20 for policing in 2025/26 - as burglary falls 12 per cent and thefts climb 15 per cent",
        "Kent households will pay £14 more in 2025/26, while burglaries fell 12 per cent and thefts rose 15 per cent.",
    ] {
        let found = figures(&[line]);
        let changes: Vec<_> =
            found.iter().filter(|f| f.kind == Kind::PercentChange).map(|f| f.period.map(|p| p.to_string())).collect();
        assert_eq!(changes, [None, None], "{line}");
    }
    // A change in the money's own clause is for its year.
    let line = "The Kent policing budget rose 4 per cent to £350m in 2025/26.";
    assert_eq!(period_of(&[line], 4.0), some("2025/26"));
}

#[test]
fn the_year_of_money_lost_or_spent_in_the_past_dates_the_changes_after_it() {
    for line in [
        "Card fraud cost shoppers in Dorset £6.4m in 2022/23 - as reports rose 18 per cent.",
        "Retailers in Dorset lost £1.9m to theft in 2022/23, while shoplifting offences rose 18%.",
    ] {
        assert_eq!(period_of(&[line], 18.0), some("2022/23"), "{line}");
    }
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
fn a_value_compared_with_for_another_place_keeps_the_year() {
    let line = "Kent Police recorded 287 offences in 2021/22 compared with 254 in Essex.";
    assert_eq!(period_of(&[line], 254.0), some("2021/22"));
    let line = "Kent Police recorded 287 offences in 2021/22, compared with 254 in neighbouring Essex.";
    assert_eq!(period_of(&[line], 254.0), some("2021/22"));
    let line = "Kent Police recorded 412 burglaries in 2021/22, compared with 380 on average for a force its size.";
    assert_eq!(period_of(&[line], 380.0), some("2021/22"));
}

#[test]
fn a_year_money_is_pledged_for_is_not_the_year_the_text_reports() {
    let lines = [
        "Kent Police recorded 812 knife offences in 2023/24, up from 700 in 2022/23 - a rise of 16 per cent.",
        "The commissioner has pledged an extra £300,000 for youth schemes in 2024/25.",
        "In 120 of the county's offences last year the suspect was under 18.",
        "\"A 16 per cent increase in a single year is a warning,\" he said.",
    ];
    assert_eq!(period_of(&lines, 120.0), some("2023/24"));
    let found = figures(&lines);
    let changes: Vec<_> =
        found.iter().filter(|f| f.kind == Kind::PercentChange).map(|f| f.period.map(|p| p.to_string())).collect();
    assert_eq!(changes, [some("2023/24")]);
}

#[test]
fn a_year_funding_is_given_for_is_not_the_year_the_text_reports() {
    let lines = [
        "Police Scotland recorded 4,120 frauds in 2023-24.",
        "Clydebank saw 96 of last year's frauds.",
        "Ministers said they had provided funding of £40 million for fraud teams in 2024-25.",
    ];
    assert_eq!(period_of(&lines, 96.0), some("2023/24"));
    let lines = [
        "Gwent Police recorded 880 thefts in 2023/24.",
        "The force is getting £2m of extra funding for patrols in 2025/26.",
        "Newport logged 310 of last year's thefts.",
    ];
    assert_eq!(period_of(&lines, 310.0), some("2023/24"));
    // Money a force spent on its patrols in a year is not funding given for one.
    let lines = [
        "Gwent Police recorded 880 thefts in 2023/24.",
        "It spent £2m on patrols in 2024/25.",
        "Newport logged 310 of last year's thefts.",
    ];
    assert_eq!(period_of(&lines, 310.0), some("2024/25"));
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
fn the_year_before_with_no_comma_and_a_subject_after_it_still_counts_back() {
    let head = "Northumbria Police recorded 3,920 vehicle thefts in 2022/23.";
    assert_eq!(period_of(&[head, "The year before the constabulary logged 3,410."], 3410.0), some("2021/22"));
    assert_eq!(period_of(&[head, "The year before they recorded 3,300."], 3300.0), some("2021/22"));
    assert_eq!(period_of(&[head, "The year before the total was 3,250."], 3250.0), some("2021/22"));
    assert_eq!(period_of(&[head, "Three years before it had logged 2,900."], 2900.0), some("2019/20"));
    assert_eq!(period_of(&[head, "A year prior the number stood at 3,100."], 3100.0), some("2021/22"));
}

#[test]
fn a_count_dated_by_an_event_has_no_year() {
    let head = "Cumbria Police recorded 1,240 burglaries in 2023/24.";
    assert_eq!(period_of(&[head, "Officers logged 980 the year before the first lockdown."], 980.0), None);
    assert_eq!(period_of(&[head, "Two years before the cost-of-living crisis it was 1,010."], 1010.0), None);
    assert_eq!(
        period_of(&[head, "The year before the new chief constable arrived, the force recorded 1,150."], 1150.0),
        None
    );
    // A year printed beside the event dates it.
    assert_eq!(
        period_of(&[head, "In 2019/20, the year before the pandemic, the force recorded 1,090."], 1090.0),
        some("2019/20")
    );
    assert_eq!(
        period_of(&[head, "The year before the pandemic, in 2019/20, the force recorded 1,070."], 1070.0),
        some("2019/20")
    );
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
fn the_latest_total_counts_back_from_the_year_the_text_is_about_not_an_earlier_year_just_printed() {
    let lines = [
        "Dorset Police recorded 412 frauds against pensioners in the year to March 2024.",
        "In 2018/19, the force recorded 90. The latest figure is up 12 per cent on a year earlier, when 368 were recorded.",
    ];
    assert_eq!(period_of(&lines, 90.0), some("2018/19"));
    assert_eq!(period_of(&lines, 12.0), some("2023/24"));
    assert_eq!(period_of(&lines, 368.0), some("2022/23"));
}

#[test]
fn a_total_given_by_a_later_year_sets_the_gap_that_later_undated_changes_span() {
    let lines = [
        "In 2016/17, Surrey Police recorded 800 thefts of bicycles. By 2021/22 the total was 1,100.",
        "Sussex Police went from 600 thefts to 750.",
    ];
    assert_eq!(period_of(&lines, 600.0), some("2016/17"));
    assert_eq!(period_of(&lines, 750.0), some("2021/22"));
    // Without "by", a later year is no comparison with the one before.
    let lines = [
        "In 2016/17, Surrey Police recorded 800 thefts of bicycles. In 2021/22 it seized 1,100 knives.",
        "Sussex Police went from 600 thefts to 750.",
    ];
    assert_eq!(period_of(&lines, 600.0), some("2020/21"));
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
fn a_year_reported_after_a_forward_looking_verb_is_still_the_year_the_article_reports() {
    // The same shape as a plan ("will … in YEAR", "For YEAR, … spending"), but the year is one
    // whose figures the sentence reports, so "last year" is that year.
    let cases: &[(&str, &str, f64, &str)] = &[
        (
            "Sussex Police logged 2,310 thefts last year, up from 2,050.",
            "The commissioner said officers would continue the operation after thefts climbed 9% in 2022/23.",
            2310.0,
            "2022/23",
        ),
        (
            "Shoplifting in Sussex went up 9% last year to 2,310.",
            "Sussex Police will increase its patrols after a record year in 2022/23, a spokesman said.",
            2310.0,
            "2022/23",
        ),
        (
            "Shoplifting in Sussex went up 9% last year to 2,310.",
            "Teams will focus on the 220 shops hit repeatedly in 2022/23, the force said.",
            2310.0,
            "2022/23",
        ),
        (
            "Car thefts dropped from 530 to 470 last year, Norfolk Constabulary said.",
            "The constabulary will use its 2022/23 data to plan patrols.",
            470.0,
            "2022/23",
        ),
        (
            "Sussex Police logged 2,310 thefts last year, up from 2,050.",
            "For 2022/23, spending on consultants rose 15% to £2.2m.",
            2310.0,
            "2022/23",
        ),
        (
            "Norfolk Constabulary logged 760 robberies last year.",
            "For 2022/23, the constabulary's spending on overtime grew to £2m.",
            760.0,
            "2022/23",
        ),
    ];
    for &(first, second, value, want) in cases {
        assert_eq!(period_of(&[first, second], value), some(want), "{second}");
    }
}

#[test]
fn a_relative_year_in_a_clause_after_a_dated_count_is_not_the_counts() {
    let line = "In 2016/17 the trust logged 230 thefts, so a year later the total had barely moved.";
    assert_eq!(period_of(&[line], 230.0), some("2016/17"));
    let line = "Back in 2012/13 officers recorded 95 assaults, and two years later the problem had grown.";
    assert_eq!(period_of(&[line], 95.0), some("2012/13"));
    // With no year before it, the relative year after the count is still its own.
    let lines = ["Thefts reached 400 in 2019/20.", "Officers recorded 95 assaults two years later."];
    assert_eq!(period_of(&lines, 95.0), some("2021/22"));
}

#[test]
fn the_year_a_comparison_ended_on_does_not_date_a_count_past_a_semicolon() {
    let line = "Kent recorded 210 thefts in 2020/21, down 4% on the 219 it logged in 2019/20; in Essex the figure rose, and Surrey Police recorded 88.";
    assert_eq!(period_of(&[line], 88.0), some("2020/21"));
    let line =
        "Dorset saw 51 burglaries in 2022/23, compared with 60 in 2021/22; elsewhere, Wiltshire Police logged 73.";
    assert_eq!(period_of(&[line], 73.0), some("2022/23"));
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
fn a_when_clause_after_an_apposition_naming_the_year_is_for_that_year() {
    let lines = [
        "Kent Police recorded 900 frauds in 2024/25.",
        "The figure has doubled since 2015/16, the year the unit was set up, when 450 were recorded.",
    ];
    assert_eq!(period_of(&lines, 450.0), some("2015/16"));
    let lines = [
        "Essex Police logged 610 drone offences in 2023/24.",
        "That is five times the number in 2019-20, its first full year of recording such offences, when the force logged 120.",
    ];
    assert_eq!(period_of(&lines, 120.0), some("2019/20"));
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
fn a_decade_earlier_after_a_nine_year_comparison_means_that_span() {
    let lines = [
        "Kent Police recorded 2,315 stalking offences in 2021/22, against 1,406 in 2012/13.",
        "Essex Police recorded 583 in 2021/22, compared with 302 a decade earlier.",
    ];
    assert_eq!(period_of(&lines, 302.0).as_deref(), Some("2012/13"));
    let lines = [
        "Surrey Police logged 610 burglaries in 2021/22, against 980 in 2010/11.",
        "Sussex Police logged 702 in 2021/22, down from 1,140 a decade ago.",
    ];
    assert_eq!(period_of(&lines, 1140.0).as_deref(), Some("2010/11"));
    // With no such comparison before, a decade is ten years.
    let lines = ["Sussex Police logged 702 burglaries in 2021/22, down from 1,140 a decade earlier."];
    assert_eq!(period_of(&lines, 1140.0).as_deref(), Some("2011/12"));
}

#[test]
fn a_lead_with_no_figure_dates_the_figures_after_it() {
    let lines = [
        "Kent Police had the South East's worst theft rate in 2016/17, new Home Office tables reveal.",
        "Taken together, thefts in the region's forces climbed 13% to 5,521.",
    ];
    let got = brief(&lines);
    assert!(got.iter().any(|f| f.2 == 5521.0 && f.1.as_deref() == Some("2016/17")), "{got:?}");
    assert!(got.iter().any(|f| f.2 == 13.0 && f.1.as_deref() == Some("2016/17")), "{got:?}");
    let lines = [
        "Burglaries were reported more than 9,000 times to the three forces in Wessex in 2019/20, an analysis of force data shows.",
        "Dorset Police's burglaries climbed 6% to 2,410.",
    ];
    let got = brief(&lines);
    assert!(got.iter().any(|f| f.2 == 2410.0 && f.1.as_deref() == Some("2019/20")), "{got:?}");
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

#[test]
fn the_year_after_that_counts_on_from_the_year_just_given() {
    let first = [
        "Police flagged 188 thefts in 2021/22.",
        "By 2022/23 it stood at 231, and in the 12 months after that it climbed to 265.",
    ];
    assert_eq!(period_of(&first, 265.0), some("2023/24"));
    let second = [
        "Kent logged 40 burglaries in 2015/16.",
        "The following year it logged 52, and a year after that the total was 61.",
    ];
    assert_eq!(period_of(&second, 61.0), some("2017/18"));
}

#[test]
fn twelve_months_on_counts_a_year_on_from_the_year_just_given() {
    let first = ["Dorset recorded 310 burglaries in 2019/20.", "Twelve months on, it had reached 355."];
    assert_eq!(period_of(&first, 355.0), some("2020/21"));
    let second = ["In 2016/17 Gwent logged 1,020 thefts; 12 months on the total was 1,180."];
    assert_eq!(period_of(&second, 1180.0), some("2017/18"));
}

#[test]
fn years_counted_from_another_figure_s_named_year_count_from_that_year() {
    let cases: &[(&[&str], f64, &str)] = &[
        (
            &[
                "Kent Police recorded 5,200 offences in 2020/21.",
                "Two years before the 2020/21 figure, the force logged 4,800 offences.",
            ],
            4800.0,
            "2018/19",
        ),
        (&["Three years earlier than the 2019/20 total, Gwent Police had logged 505 thefts."], 505.0, "2016/17"),
        (&["Three years on from the 2019/20 peak, Cleveland Police logged 1,450 burglaries."], 1450.0, "2022/23"),
        // The value printed for the named year is that year's.
        (
            &["Three years on from the 2019/20 peak of 1,900, Cleveland Police logged 1,450 burglaries."],
            1900.0,
            "2019/20",
        ),
        (&["A year after the 2016/17 count was published, Cumbria recorded 96 assaults."], 96.0, "2017/18"),
    ];
    for &(lines, value, want) in cases {
        assert_eq!(period_of(lines, value), some(want), "{lines:?}");
    }
}
