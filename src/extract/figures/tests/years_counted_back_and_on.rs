//! Years said relative to another ("the previous year", "a year later", "three years ago",
//! "last year", "this year") and the year each counts from.

use super::*;

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
fn years_counted_back_from_a_stated_year_are_resolved() {
    let line = "Kent recorded 688 offences in 2022-23, more than double the 333 recorded five years earlier.";
    assert_eq!(period_of(&[line], 333.0), some("2017/18"));
    let line = "Essex logged 40 offences in 2015/16 and 95 two years later.";
    assert_eq!(period_of(&[line], 95.0), some("2017/18"));
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
fn a_year_counted_back_starts_from_the_count_not_from_a_change_between() {
    let line = "Cumbria logged 415 crimes in 2019-20, up 12 per cent on the previous year, when 370 were recorded.";
    assert_eq!(period_of(&[line], 370.0), some("2018/19"));
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
fn a_year_later_counts_on_from_the_year_printed_last() {
    let lines = ["Surrey logged 960 cases in 2020/21, up from 500 in 2018/19.", "A year later the total reached 740."];
    assert_eq!(period_of(&lines, 740.0), some("2019/20"));
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
fn years_ago_count_back_from_the_text_year_even_after_a_previous_year() {
    let lines = [
        "Kent Police recorded 3,200 offences in 2022/23.",
        "That is 6% more than the year before, when 3,020 were logged, and up from 2,400 four years ago.",
    ];
    assert_eq!(period_of(&lines, 3020.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 2400.0).as_deref(), Some("2018/19"));
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
fn a_year_printed_right_after_a_relative_one_says_which_year_it_is() {
    let line = "Kent logged 2,310 thefts in 2022/23, double the 1,150 recorded a decade ago, in 2011/12.";
    assert_eq!(period_of(&[line], 1150.0), some("2011/12"));
    let line = "Essex Police recorded 940 offences in 2023/24, up from 610 five years earlier (2018/19).";
    assert_eq!(period_of(&[line], 610.0), some("2018/19"));
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
