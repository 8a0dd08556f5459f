//! Starting values of later comparisons printed with no year, in a text that has set out
//! the span its comparisons run over.

use super::*;

#[test]
fn a_start_after_a_dated_count_spans_the_years_the_text_compared() {
    let lines = [
        "Burglaries in the county rose from 3,100 in 2017/18 to 3,900 in 2021/22.",
        "Essex Police recorded 1,240 burglaries in 2021/22, up from 1,010.",
    ];
    assert_eq!(period_of(&lines, 1010.0).as_deref(), Some("2017/18"));
    let lines = [
        "Thefts reached 8,200 in 2022/23, against 6,900 in 2019/20.",
        "Thefts in Norfolk came down to 2,050 in 2022/23 (from 2,300), the constabulary said.",
    ];
    assert_eq!(period_of(&lines, 2300.0).as_deref(), Some("2019/20"));
}

#[test]
fn a_start_after_a_dated_count_with_no_span_set_out_is_the_year_before() {
    let lines = ["Essex Police recorded 1,240 burglaries in 2021/22, up from 1,010."];
    assert_eq!(period_of(&lines, 1010.0).as_deref(), Some("2020/21"));
}

#[test]
fn n_years_earlier_counts_the_years_of_the_span_inclusively() {
    let lines = [
        "Robberies rose from 410 in 2018/19 to 530 in 2022/23.",
        "Kent Police's robberies numbered 212 in 2022/23, compared with 160 five years earlier.",
    ];
    assert_eq!(period_of(&lines, 160.0).as_deref(), Some("2018/19"));
    let lines = [
        "Across the region, 5,400 thefts were logged in 2023/24, compared with 4,800 in 2020/21.",
        "Surrey Police logged 930 thefts in 2023/24 against 870 four years before.",
    ];
    assert_eq!(period_of(&lines, 870.0).as_deref(), Some("2020/21"));
}

#[test]
fn n_years_earlier_keeps_its_count_when_the_span_was_as_long() {
    let lines = [
        "Robberies rose from 390 in 2017/18 to 530 in 2022/23.",
        "Kent Police's robberies numbered 212 in 2022/23, compared with 160 five years earlier.",
    ];
    assert_eq!(period_of(&lines, 160.0).as_deref(), Some("2017/18"));
}

#[test]
fn a_start_after_a_comparison_with_the_year_before_in_its_sentence_is_the_year_before() {
    let lines = [
        "Burglaries in the county rose from 3,100 in 2017/18 to 3,900 in 2021/22.",
        "Kent Police dealt with 410 burglaries in 2021/22 against 380 twelve months before, but Essex Police's count went down from 170 to 150.",
    ];
    assert_eq!(period_of(&lines, 170.0).as_deref(), Some("2020/21"));
    let lines = [
        "Thefts reached 8,200 in 2022/23, against 6,900 in 2019/20.",
        "In 2022/23 Norfolk Constabulary logged 2,050 thefts, against 1,900 a year earlier, and Suffolk Constabulary's total went from 700 to 760.",
    ];
    assert_eq!(period_of(&lines, 700.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_dated_start_joined_after_a_start_of_the_year_before_sets_the_span() {
    let lines = [
        "There were 1,240 burglaries in Essex in 2021/22, against 1,100 the year before and 1,010 in 2017/18.",
        "In Kent, police said patrols had not stopped burglaries rising to 980 in 2021/22 (from 900).",
    ];
    assert_eq!(period_of(&lines, 900.0).as_deref(), Some("2017/18"));
    let lines = [
        "In 2022/23 Norfolk Constabulary logged 2,050 thefts, compared with 1,900 a year earlier and 1,700 in 2018/19.",
        "Suffolk Constabulary's total went from 700 to 760.",
    ];
    assert_eq!(period_of(&lines, 700.0).as_deref(), Some("2018/19"));
}

#[test]
fn the_span_of_the_text_s_comparisons_carries_past_a_section_break() {
    let lines = [
        "Robberies rose from 410 in 2018/19 to 530 in 2022/23.",
        "---",
        "Kent Police's robberies numbered 212 in 2022/23, compared with 160 five years earlier.",
    ];
    assert_eq!(period_of(&lines, 160.0).as_deref(), Some("2018/19"));
    let lines = [
        "Thefts reached 8,200 in 2022/23, against 6,900 in 2019/20.",
        "* * *",
        "AREA BY AREA",
        "Norfolk Constabulary logged 2,050 thefts in 2022/23, down from 2,300.",
    ];
    assert_eq!(period_of(&lines, 2300.0).as_deref(), Some("2019/20"));
}
