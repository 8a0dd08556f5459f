//! A second value a change starts from, dated "the year before" after a first one with its
//! own year ("2,405 in 2020-21, up from 1,730 in 2015-16 but down from 2,511 the year
//! before"): it is the year before the figure both changes end on, not before the first
//! starting value's year.

use super::*;

#[test]
fn the_year_before_of_a_second_starting_value_counts_back_from_the_figure_changed() {
    let lines = [
        "Tayside Police recorded 1,480 stalking offences in 2022-23, up from 1,020 in 2018-19 - a rise of 45 per cent - though down from 1,530 the year before.",
    ];
    assert_eq!(period_of(&lines, 1530.0), some("2021/22"));
    assert_eq!(period_of(&lines, 1020.0), some("2018/19"));
    let lines = [
        "Figures show Gwent Police logged 640 thefts of bikes in 2020/21, up on 410 in 2015/16 but down from 702 the previous year.",
    ];
    assert_eq!(period_of(&lines, 702.0), some("2019/20"));
}

#[test]
fn the_year_before_after_the_figure_changed_still_counts_back_from_it() {
    let lines = ["Tayside Police recorded 1,480 stalking offences in 2022-23, down from 1,530 the year before."];
    assert_eq!(period_of(&lines, 1530.0), some("2021/22"));
}
