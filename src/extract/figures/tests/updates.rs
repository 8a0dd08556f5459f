//! Notes an outlet adds to a story after it ran ("UPDATE, 2 June:", "Correction:"): their
//! figures are read, but the time they speak of is not the one the story goes on about.

use super::*;

#[test]
fn an_update_note_above_a_story_does_not_become_the_year_it_is_about() {
    let lines = [
        "Correction, 4 May 2024: An earlier version gave no total for 2023/24, when 1,210 burglaries were logged.",
        "Surrey Police recorded 1,480 burglaries in 2022/23, up from 1,300 in 2021/22.",
        "Sussex Police logged 2,050 over the same period.",
    ];
    assert_eq!(period_of(&lines, 1210.0), some("2023/24"));
    assert_eq!(period_of(&lines, 2050.0), some("2022/23"));
    let lines = [
        "UPDATE (12 March 2021): Figures since released show 640 thefts in 2019/20.",
        "Thefts in Dorset reached 580 in 2018/19, the force said.",
        "Wiltshire Police recorded 420 thefts.",
    ];
    assert_eq!(period_of(&lines, 420.0), some("2018/19"));
}

#[test]
fn a_story_whose_first_line_only_mentions_an_update_still_sets_its_year() {
    let lines =
        ["Police update: Kent Police recorded 1,100 thefts in 2023/24.", "Essex Police logged 900 in the same year."];
    assert_eq!(period_of(&lines, 900.0), some("2023/24"));
    let lines = ["Updated figures show Kent Police recorded 1,100 thefts in 2023/24.", "Essex Police logged 900."];
    assert_eq!(period_of(&lines, 900.0), some("2023/24"));
}

#[test]
fn a_correction_notes_withdrawn_figure_is_no_figure() {
    let lines = [
        "Essex Police recorded 2,214 stalking offences in 2022/23.",
        "CORRECTION: Our first version of this page wrongly put the Essex total at 2,241 offences. The right total is 2,214.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 2241.0), "{found:?}");
    let lines = [
        "Kent Police recorded 906 hate crimes in 2021/22.",
        "Correction: We wrongly reported a rise of 18% in yesterday's blog; the rise was 8%.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 18.0), "{found:?}");
}

#[test]
fn a_note_that_the_article_was_amended_withdraws_what_an_earlier_version_said() {
    let lines = [
        "Essex Police logged 3,157 stalking reports in 2023/24.",
        "This page was updated on 9 May 2024 to fix a typing error. Before that, an earlier version put the Essex total at 3,517.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 3517.0), "{found:?}");
    let lines = [
        "Kent Police recorded 906 hate crimes in 2021/22, up 8%.",
        "This story has been corrected. An earlier version of it stated that hate crimes in Kent were up 18%.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 18.0), "{found:?}");
}

#[test]
fn an_embargo_line_with_a_clock_time_and_a_date_dates_the_copy_not_its_figures() {
    let lines = [
        "EMBARGOED UNTIL 00.01 WEDNESDAY MARCH 4 2020",
        "Avon and Somerset Police recorded 640 stalking offences in 2018/19, against 512 in 2017/18.",
        "Of those, 88 involved former partners, up from 70 the year before.",
    ];
    assert_eq!(period_of(&lines, 88.0), some("2018/19"));
    assert_eq!(period_of(&lines, 70.0), some("2017/18"));
    let lines = [
        "Embargo: 19.00 Sunday 8 June 2014",
        "Dorset Police logged 930 thefts of farm machinery in 2012/13.",
        "A further 45 were recorded by the force's rural unit, down from 61 the previous year.",
    ];
    assert_eq!(period_of(&lines, 45.0), some("2012/13"));
}

#[test]
fn a_wire_time_stamp_line_dates_the_copy_not_its_figures() {
    let lines = [
        "1445 MONDAY OCTOBER 2 2017",
        "Cumbria Constabulary recorded 214 arson offences in 2015/16.",
        "The force also logged 96 attacks on fire crews, up from 80 the year before.",
    ];
    assert_eq!(period_of(&lines, 96.0), some("2015/16"));
    assert_eq!(period_of(&lines, 80.0), some("2014/15"));
}

#[test]
fn wire_time_stamps_and_the_time_copy_was_moved_are_no_figures() {
    let lines = [
        "1445 MONDAY OCTOBER 2 2017",
        "Cumbria Constabulary recorded 214 arson offences in 2015/16.",
        "Editors: the first take of this item was sent at 1652.",
    ];
    let found = values(&lines);
    assert_eq!(found, [214.0]);
}
