//! The years a sentence's comparison spans, which a later change printing no years is read
//! over: those between the figure and the start printed with its own year, not a start
//! dated only "the year before".

use super::*;

#[test]
fn a_later_change_spans_the_gap_to_the_start_with_a_printed_year() {
    let lines = [
        "Tayside Police recorded 1,480 stalking offences in 2022-23, up from 1,020 in 2018-19, though down from 1,530 the year before.",
        "Harassment offences rose from 300 to 420 over the same period.",
    ];
    assert_eq!(period_of(&lines, 300.0), some("2018/19"));
    let lines = [
        "Gwent Police logged 640 thefts of bikes in 2023/24, compared with 410 in 2016/17, but down from 702 the previous year.",
        "Thefts of scooters went from 51 to 98 over that time.",
    ];
    assert_eq!(period_of(&lines, 51.0), some("2016/17"));
}

#[test]
fn the_same_figure_given_for_an_earlier_year_sets_the_span_a_later_change_is_read_over() {
    let lines = [
        "Dorset Police recorded 410 frauds flagged online in 2022/23. In 2018/19, the figure was 202.",
        "Over the same period, all frauds recorded by the force rose from 1,650 to 2,010.",
    ];
    assert_eq!(period_of(&lines, 1650.0), some("2018/19"));
    assert_eq!(period_of(&lines, 2010.0), some("2022/23"));
}
