//! Numbers that size a group, name an operation, count a plan's parts or end a proportion
//! in words: no counts of offences.

use super::*;

#[test]
fn a_bare_number_after_one_of_is_the_size_of_the_subjects_group() {
    for line in [
        "Lancashire Constabulary recorded 310 online offences; the force is one of 43 in England and Wales.",
        "Dorset Police was one of only 12 to record a fall in 2022/23.",
        "The county's force, one of 39 nationally, logged 640 offences.",
    ] {
        let got = values(&[line]);
        assert!(!got.contains(&43.0) && !got.contains(&12.0) && !got.contains(&39.0), "{line}: {got:?}");
    }
    // With a noun, or a participle saying they were recorded, the number counts offences.
    assert_eq!(values(&["The attack was one of 41 offences recorded in Kent in 2022/23."]), [41.0]);
    assert_eq!(values(&["It was one of 57 reported to Essex Police in 2021/22."]), [57.0]);
}

#[test]
fn a_number_in_an_operations_name_is_no_figure() {
    assert_eq!(values(&["Officers from Operation Falcon 3 visited 40 schools in 2023/24."]), [40.0]);
    assert_eq!(values(&["Operation Bluebell 2 led to the arrest of a man in Derby."]), Vec::<f64>::new());
}

#[test]
fn the_parts_of_a_plan_are_no_offences() {
    let got = brief(&["The commissioner's plan sets out 4 priorities for 2024/25."]);
    assert!(got.iter().all(|f| f.3 != Kind::Count), "{got:?}");
    let got = brief(&["The strategy makes 6 pledges to victims of online abuse."]);
    assert!(got.iter().all(|f| f.3 != Kind::Count), "{got:?}");
}

#[test]
fn the_whole_of_a_proportion_of_times_is_no_figure() {
    assert_eq!(values(&["Nine times out of ten the caller is a parent, officers said."]), Vec::<f64>::new());
    assert_eq!(
        values(&["In 2022/23 Kent logged 300 offences; four times in five the victim knew the offender."]),
        [300.0]
    );
}

#[test]
fn the_number_in_one_of_n_things_that_are_no_offences_is_the_size_of_a_set() {
    for line in [
        "Kent Police recorded 310 offences in 2023/24; the report was one of 27 annual reviews sent to the board that week.",
        "Her question was one of 64 written questions tabled to the Home Office on Monday.",
    ] {
        let got = values(&[line]);
        assert!(!got.contains(&27.0) && !got.contains(&64.0), "{line}: {got:?}");
    }
    // "one of" a number of offences is a count.
    assert_eq!(values(&["The attack was one of 41 burglaries recorded in Kent in 2022/23."]), [41.0]);
}
