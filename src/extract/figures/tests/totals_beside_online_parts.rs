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
