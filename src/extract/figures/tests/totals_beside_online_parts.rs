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

#[test]
fn the_whole_a_share_or_part_is_of_counts_all_offences() {
    let cases: &[(&str, f64)] = &[
        ("Essex Police said 15% of its 2,870 sexual offences against children involved the internet.", 2870.0),
        (
            "Online offences accounted for 240 of the 1,150 sexual crimes against children recorded by Kent Police.",
            1150.0,
        ),
    ];
    for &(line, whole) in cases {
        let lines = ["Police recorded 410 online child sexual offences in 2022/23.", line];
        let got = measures(&lines);
        assert!(got.contains(&(whole, Measure::All)), "{line}: {got:?}");
    }
    // A whole its own words call online stays so.
    let got = measures(&["Half of Kent's 640 online offences involved Snapchat."]);
    assert!(got.contains(&(640.0, Measure::Online)), "{got:?}");
}

#[test]
fn a_bare_total_joined_to_an_online_count_counts_all_offences() {
    let cases: &[(&str, f64)] = &[
        ("Thames Valley Police recorded more online child sex crimes than any other force in the region - 913 - and 4,420 in total.", 4420.0),
        ("West Mercia logged 388 online-flagged child sexual offences and 2,015 overall.", 2015.0),
    ];
    for &(line, whole) in cases {
        let got = measures(&[line]);
        assert!(got.contains(&(whole, Measure::All)), "{line}: {got:?}");
    }
}

#[test]
fn the_whole_a_part_is_of_keeps_the_online_measure_when_no_part_is_said_to_be_online() {
    let lines = [
        "Police recorded 410 online child sexual offences in 2022/23.",
        "Some of the 410 offences were committed on one app, the force said.",
    ];
    let got = measures(&lines);
    assert!(got.iter().all(|(_, m)| *m == Measure::Online), "{got:?}");
}

/// (value, measure) pairs of a line read after an opening line about online offences.
fn after_online_opening(line: &str) -> Vec<(f64, Measure)> {
    measures(&["Online child sexual offences rose across Wessex in 2032/33.", line])
}

#[test]
fn a_total_set_against_the_online_part_counts_all_offences_whichever_clause_comes_first() {
    let cases: &[(&str, f64)] = &[
        // The clause about the online part opens the sentence.
        ("While its internet-linked crimes grew by half, Dorset's total dropped by 4%.", -4.0),
        // Set apart by ", with" after the total.
        ("Dorset's total dropped by 4%, with its internet-linked crimes growing by half.", -4.0),
    ];
    for &(line, value) in cases {
        let got = after_online_opening(line);
        assert!(got.contains(&(value, Measure::All)), "{line}: {got:?}");
    }
}

#[test]
fn a_clause_opened_without_a_comma_sets_the_total_apart_from_the_online_part() {
    let cases: &[(&str, f64, Measure)] = &[
        ("Overall, offences in Dorset fell 4% while those flagged online rose.", -4.0, Measure::All),
        ("In Dorset the total went down by 4% even though online offences climbed.", -4.0, Measure::All),
        ("Hampshire's overall total dropped by 6% even as its online-flagged offences rose 28%.", -6.0, Measure::All),
        (
            "Hampshire's overall total dropped by 6% even as its online-flagged offences rose 28%.",
            28.0,
            Measure::Online,
        ),
    ];
    for &(line, value, want) in cases {
        let got = after_online_opening(line);
        assert!(got.contains(&(value, want)), "{line}: {got:?}");
    }
}

#[test]
fn in_all_in_total_and_altogether_name_the_total_set_against_the_online_part() {
    let cases: &[(&str, f64)] = &[
        ("Dorset's online-flagged crimes grew, although the force's offences fell by 4% altogether.", -4.0),
        ("Hampshire's online count went down, though its offences in all rose 17 per cent.", 17.0),
        ("In Hampshire offences rose 17 per cent in total, but the online figure fell.", 17.0),
    ];
    for &(line, value) in cases {
        let got = after_online_opening(line);
        assert!(got.contains(&(value, Measure::All)), "{line}: {got:?}");
    }
}

#[test]
fn in_all_summing_the_online_count_itself_keeps_it_online() {
    // No clause sets a total apart: "in all" and "in total" sum the online offences.
    for (line, value) in [
        ("In 2032/33 the forces between them put an online flag on close to 4,000 crimes against children - 3,968 in all.", 3968.0),
        ("About a quarter of the force's sexual offences against children carried an online flag, 812 offences in total.", 812.0),
    ] {
        let got = after_online_opening(line);
        assert!(got.contains(&(value, Measure::Online)), "{line}: {got:?}");
    }
}

#[test]
fn a_total_beside_a_part_that_with_introduces_counts_what_its_own_words_name() {
    let line = "Wessex police logged over 2,700 child sex crimes over the last twelve months, with the ones that involved the internet rising 12 per cent.";
    let got = measures(&[line]);
    assert!(got.contains(&(2700.0, Measure::All)), "{got:?}");
    assert!(got.contains(&(12.0, Measure::Online)), "{got:?}");
}

#[test]
fn a_total_set_against_an_online_count_before_it_counts_all_offences() {
    let got = after_online_opening("Online crimes against children came to 515, against a total of 3,870.");
    assert!(got.contains(&(515.0, Measure::Online)), "{got:?}");
    assert!(got.contains(&(3870.0, Measure::All)), "{got:?}");
    // A count that rose to its total is that count.
    let got = after_online_opening("Online crimes against children rose from 480 to a total of 515.");
    assert!(got.contains(&(515.0, Measure::Online)), "{got:?}");
}

#[test]
fn a_whole_of_which_some_were_online_counts_all_offences() {
    let got = after_online_opening("A total of 3,870 offences against children were logged, 515 of which were online.");
    assert!(got.contains(&(3870.0, Measure::All)), "{got:?}");
    assert!(got.contains(&(515.0, Measure::Online)), "{got:?}");
}

#[test]
fn a_part_set_off_by_a_colon_or_dash_leaves_the_whole_all_offences() {
    for line in [
        "Dorset logged 2,950 offences altogether: 402 of them online.",
        "Dorset logged 2,950 offences in all - 402 of which were online.",
    ] {
        let got = after_online_opening(line);
        assert!(got.contains(&(2950.0, Measure::All)), "{line}: {got:?}");
        assert!(got.contains(&(402.0, Measure::Online)), "{line}: {got:?}");
    }
}

#[test]
fn a_count_its_own_words_call_the_total_beside_an_online_count_counts_all_offences() {
    for (line, total, online) in [
        ("Dorset logged 2,950 offences in all and 402 online.", 2950.0, 402.0),
        ("The 2,950 total included 402 offences flagged as online.", 2950.0, 402.0),
        ("Dorset's total of 2,950 offences included 402 flagged online.", 2950.0, 402.0),
        ("Online offences, at 402, were about a seventh of the 2,950 total.", 2950.0, 402.0),
    ] {
        let got = after_online_opening(line);
        assert!(got.contains(&(total, Measure::All)), "{line}: {got:?}");
        assert!(got.contains(&(online, Measure::Online)), "{line}: {got:?}");
    }
    // A total of online offences is theirs.
    let got = after_online_opening("The force's total of 402 online offences was up from 350.");
    assert!(got.contains(&(402.0, Measure::Online)), "{got:?}");
}

#[test]
fn a_whole_opening_the_sentence_whose_part_were_online_counts_all_offences() {
    let got = after_online_opening("Of the 2,950 offences Dorset logged altogether, 402 were online.");
    assert!(got.contains(&(2950.0, Measure::All)), "{got:?}");
    assert!(got.contains(&(402.0, Measure::Online)), "{got:?}");
}

#[test]
fn a_list_rows_dash_or_colon_after_its_label_sets_off_no_part() {
    let cases: &[(&str, f64, f64)] = &[
        ("2027/28 – 512 crimes against under-16s, of which 31 flagged as online-related", 512.0, 31.0),
        ("Year to March 2030: 744 child sex crimes, of which 58 were recorded as cyber-enabled", 744.0, 58.0),
        ("Northshire — 1,096 offences against under-18s, of which 87 carried an online flag", 1096.0, 87.0),
    ];
    for &(line, whole, part) in cases {
        let got = measures(&[line]);
        assert!(got.contains(&(whole, Measure::All)), "{line}: {got:?}");
        assert!(got.contains(&(part, Measure::Online)), "{line}: {got:?}");
    }
}
