//! A total set beside its online part in one sentence counts all offences, not online ones.

use super::*;

#[test]
fn a_total_whose_online_part_a_clause_tells_apart_counts_all_offences() {
    let cases: &[(&str, f64)] = &[
        ("Gwent Police recorded 990 offences in total, of which 201 were flagged as online.", 990.0),
        ("The force logged 1,310 crimes overall, 287 of them with an online flag.", 1310.0),
    ];
    for &(line, value) in cases {
        let lines = ["Police recorded 120 online child sexual offences in 2022/23.", line];
        let got = measures(&lines);
        assert!(got.contains(&(value, Measure::All)), "{line}: {got:?}");
    }
}

#[test]
fn a_total_set_against_an_online_count_counts_all_offences() {
    let cases: &[(&str, f64, f64)] = &[
        (
            "Kent Police recorded 650 online-flagged child sexual offences in 2021/22, against 2,870 offences in total.",
            650.0,
            2870.0,
        ),
        (
            "Suffolk Constabulary logged 141 online child sex offences in 2019/20, compared with 733 crimes altogether.",
            141.0,
            733.0,
        ),
        (
            "Avon and Somerset Police logged 388 online child sexual offences in 2020/21, inside 1,904 sexual offences against children of all kinds.",
            388.0,
            1904.0,
        ),
    ];
    for &(line, part, whole) in cases {
        let got = measures(&[line]);
        assert!(got.contains(&(part, Measure::Online)), "{line}: {got:?}");
        assert!(got.contains(&(whole, Measure::All)), "{line}: {got:?}");
    }
}

#[test]
fn a_part_clause_with_a_fraction_before_of_which_leaves_the_whole_all_offences() {
    let cases: &[(&str, f64, f64)] = &[
        (
            "Police in Cumbria logged 340 sexual offences against under-18s in 2023/24, roughly one in six of which were committed online - about 57.",
            340.0,
            57.0,
        ),
        (
            "Suffolk Constabulary recorded 880 child sexual offences in 2022/23, just under a fifth of which had an online flag, some 170.",
            880.0,
            170.0,
        ),
    ];
    for &(line, whole, part) in cases {
        let got = measures(&[line]);
        assert!(got.contains(&(whole, Measure::All)), "{line}: {got:?}");
        assert!(got.contains(&(part, Measure::Online)), "{line}: {got:?}");
    }
}

#[test]
fn the_whole_an_online_count_is_out_of_counts_all_offences() {
    let cases: &[(&str, f64, f64)] = &[
        ("The online share in Leicestershire was 21%, with 330 online-flagged crimes out of 1,570 child sexual offences.", 330.0, 1570.0),
        ("Bedfordshire Police logged 96 online child sex offences in 2020/21 out of a total of 505.", 96.0, 505.0),
    ];
    for &(line, part, whole) in cases {
        let got = measures(&[line]);
        assert!(got.contains(&(part, Measure::Online)), "{line}: {got:?}");
        assert!(got.contains(&(whole, Measure::All)), "{line}: {got:?}");
    }
}
