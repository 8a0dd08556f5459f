//! Offences flagged as online (or with another marker) and the totals set against them: which
//! figures count the flagged part and which all offences.

use super::*;

#[test]
fn the_online_figure_set_against_the_total_takes_each_its_measure() {
    let lines = [
        "Lincolnshire Police recorded 96 child sexual offences with an online element in 2018/19, out of a total of 1,012 sexual offences against children.",
        "The online figure was up from 71 the year before, while the total rose 8%.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(71.0, Measure::Online)), "{m:?}");
    assert!(m.contains(&(8.0, Measure::All)), "{m:?}");
}

#[test]
fn offences_flagged_as_online_with_the_count_between_are_online() {
    let line = "Forces in Wales flagged 2,310 sexual offences against children as online in 2021/22, up from 2,050 the year before.";
    assert_eq!(measures(&[line]), [(2310.0, Measure::Online), (2050.0, Measure::Online)]);
}

#[test]
fn offences_flagged_as_exploitation_are_a_flagged_part_not_all_sexual_offences() {
    let line = "Essex Police recorded 140 offences flagged as child sexual exploitation in 2023/24.";
    assert_eq!(measures(&[line]), [(140.0, Measure::Other)]);
    let line = "Some 65 crimes in Gwent carried a child sexual exploitation marker last year.";
    assert_eq!(measures(&[line]), [(65.0, Measure::Other)]);
    // Offences of that name with no flag are a kind of sexual offence against children, not
    // all of them: another measure too.
    let line = "Gwent Police recorded 300 child sexual exploitation offences in 2023/24.";
    assert_eq!(measures(&[line]), [(300.0, Measure::Other)]);
    // Flagged so by the police, and counted as "such offences" after a colon.
    let line = "Crimes marked by officers as child sexual exploitation were logged in each force: Essex recorded 212 such offences in 2023/24.";
    assert_eq!(measures(&[line]), [(212.0, Measure::Other)]);
    let line = "Some 74 crimes were flagged by the police as involving child sexual exploitation in 2023/24.";
    assert_eq!(measures(&[line]), [(74.0, Measure::Other)]);
}

#[test]
fn a_part_of_offences_flagged_online_is_online_whatever_it_involved() {
    let line = "Of the 410 online offences Cumbria logged, 52 were cases of blackmail over images.";
    assert_eq!(measures(&[line]), [(410.0, Measure::Online), (52.0, Measure::Online)]);
}

#[test]
fn flagged_offences_set_against_the_overall_count_take_each_their_measure() {
    let lines = [
        "Dorset Police counts how many crimes against children it flags as online.",
        "In Dorset overall offences rose 5 per cent, from 800 to 840, while flagged offences fell from 96 to 90.",
    ];
    let found = measures(&lines);
    assert_eq!(found[0], (5.0, Measure::All), "{found:?}");
    assert_eq!(found.last(), Some(&(90.0, Measure::Online)), "{found:?}");
}

#[test]
fn the_total_over_several_forces_of_flagged_offences_is_of_flagged_offences() {
    let lines = [
        "In 2017/18 Dorset Police logged 1,518 sexual offences against children.",
        "An online flag was put on 164 of them.",
        "Wiltshire Police flagged 73 offences in that year.",
        "For the 41 forces that answered, the total reached 4,072.",
    ];
    assert_eq!(measures(&lines).last(), Some(&(4072.0, Measure::Online)), "{:?}", measures(&lines));
    let lines = [
        "Cumbria Constabulary logged 640 sexual offences against children over 2020/21, 85 of them flagged online.",
        "Dyfed-Powys Police flagged 97 offences as online that year.",
        "Taken together, the two forces' total was 182.",
    ];
    assert_eq!(measures(&lines).last(), Some(&(182.0, Measure::Online)), "{:?}", measures(&lines));
    // The overall number after the online one, in one force, is all offences.
    let lines = [
        "Cumbria Constabulary logged 640 sexual offences against children over 2020/21, 85 of them flagged online.",
        "In 2021/22 Cumbria flagged 97 offences as online.",
        "The total was 700, up from 640.",
    ];
    assert_eq!(measures(&lines).last(), Some(&(700.0, Measure::All)), "{:?}", measures(&lines));
}

#[test]
fn an_online_flag_named_in_quote_marks_is_the_online_flag() {
    for line in [
        "Of the offences logged in 2023/24, 212 carried an \"online\" flag, meaning a device was used.",
        "In 2023/24, 148 of those offences were flagged as 'online' by the force.",
        "Some 96 crimes bore an 'internet' marker in 2023/24.",
    ] {
        let lines = ["Dyfed-Powys Police recorded 1,180 sexual offences against children in 2023/24.", line];
        let m = measures(&lines);
        assert!(m.iter().any(|&(v, measure)| v != 1180.0 && measure == Measure::Online), "{line}: {m:?}");
        assert!(m.contains(&(1180.0, Measure::All)), "{line}: {m:?}");
    }
}

#[test]
fn offences_flagged_as_happening_or_committed_online_are_online() {
    for line in [
        "In 2022/23 Dorset Police flagged 233 of its cases as happening online.",
        "In 2022/23, 97 offences were flagged by officers as committed online.",
        "Some 58 crimes were flagged up as taking place on the internet in 2022/23.",
    ] {
        let m = measures(&[line]);
        assert!(m.first().is_some_and(|&(_, measure)| measure == Measure::Online), "{line}: {m:?}");
    }
}

#[test]
fn an_online_link_or_a_digital_element_is_the_online_flag() {
    for line in [
        "In 2023/24, 164 of the force's offences had an online link.",
        "A total of 164 offences had a digital element in 2023/24.",
        "Some 164 crimes had an internet dimension in 2023/24.",
    ] {
        let lines = ["Avon and Somerset Police recorded 1,420 sexual offences against children in 2023/24.", line];
        assert!(measures(&lines).contains(&(164.0, Measure::Online)), "{line}: {:?}", measures(&lines));
    }
    // With none, another measure.
    let line = "Some 164 offences had no online link in 2023/24.";
    assert!(measures(&[line]).contains(&(164.0, Measure::Other)), "{:?}", measures(&[line]));
}

#[test]
fn a_count_that_denies_the_online_element_of_the_one_before_it_is_another_measure() {
    for line in [
        "Cumbria Constabulary logged 96 offences involving the internet in 2023/24 and 410 that did not.",
        "Of the total, 96 were online offences and 410 were not.",
    ] {
        let lines = ["Cumbria Constabulary recorded 506 sexual offences against children in 2023/24.", line];
        let m = measures(&lines);
        assert!(m.contains(&(96.0, Measure::Online)) && m.contains(&(410.0, Measure::Other)), "{line}: {m:?}");
    }
    // A count compared with the online one, with no denial, stays online.
    let line = "Cumbria Constabulary logged 96 offences involving the internet in 2023/24, up from 71.";
    assert!(measures(&[line]).contains(&(71.0, Measure::Online)), "{:?}", measures(&[line]));
}

#[test]
fn offences_where_the_internet_played_a_part_are_online() {
    for line in [
        "Where the internet played a part, the force logged 96 crimes in 2023/24.",
        "The web had a role in 96 of the offences recorded in 2023/24.",
    ] {
        let lines = ["Cumbria Constabulary recorded 506 sexual offences against children in 2023/24.", line];
        assert!(measures(&lines).contains(&(96.0, Measure::Online)), "{line}: {:?}", measures(&lines));
    }
}

#[test]
fn that_overall_total_after_the_online_part_is_all_offences() {
    let lines = [
        "Forces logged 1,090 sexual offences against children with an online element in 2023/24.",
        "Forces logged 9,100 sexual offences against children in 2023/24, and about 12% carried an 'online' flag.",
        "That overall total is up 31 per cent since 2018/19, when 6,950 offences were recorded.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(31.0, Measure::All)) && m.contains(&(6950.0, Measure::All)), "{m:?}");
    let lines = [
        "Forces logged 9,100 sexual offences against children in 2023/24, of which 1,020 were flagged online.",
        "This total compares with 7,400 in 2020/21.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(7400.0, Measure::All)), "{m:?}");
}

#[test]
fn a_part_of_the_offences_after_the_online_part_of_the_total_is_a_part_of_all_offences() {
    let lines = [
        "Lincolnshire Police recorded 930 sexual offences against children in 2022/23.",
        "Some 140 of them carried the online flag, up from 118.",
        "Some 210 of the offences were against children below secondary-school age.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(210.0, Measure::All)) && m.contains(&(140.0, Measure::Online)), "{m:?}");
    let lines = [
        "Lincolnshire Police recorded 930 sexual offences against children in 2022/23, and the number flagged online fell from 150 to 140.",
        "Nine of the crimes logged in 2022/23 involved babies, and forty involved pre-school children.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(9.0, Measure::All)) && m.contains(&(40.0, Measure::All)), "{m:?}");
    // In a text that counted only online offences, "the offences" are those.
    let lines = [
        "Lincolnshire Police recorded 140 online sexual offences against children in 2022/23.",
        "Some 61 of the offences were against primary pupils.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(61.0, Measure::Online)), "{m:?}");
}

#[test]
fn a_plain_count_after_a_paragraph_going_from_the_total_to_the_online_part_is_the_total() {
    let lines = [
        "In Fife, sexual offences against children rose to 402 in 2024/25. Online-flagged offences there rose from 60 to 95.",
        "Angus recorded 188 offences in 2024/25, down from 201. Its online-flagged offences rose from 22 to 30.",
        "Stirling was the only area where the overall number rose, from 140 to 151.",
    ];
    let m = measures(&lines);
    for v in [188.0, 201.0, 140.0, 151.0] {
        assert!(m.contains(&(v, Measure::All)), "{v}: {m:?}");
    }
    assert!(m.contains(&(30.0, Measure::Online)), "{m:?}");
    // A text about online offences alone keeps counting them.
    let lines = [
        "Sexual offences against children in Fife reached 402 last year.",
        "Online offences are the focus of the new unit. Fife flagged 95 online offences in 2024/25.",
        "Angus recorded 30 offences in 2024/25, down from 41.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(30.0, Measure::Online)) && m.contains(&(41.0, Measure::Online)), "{m:?}");
}

#[test]
fn the_total_and_its_rate_after_the_online_part_count_all_offences() {
    let lines = [
        "Police Scotland recorded 3,140 sexual offences against children in 2023/24. Of those, 610 were flagged as having an online element.",
        "Online-flagged crimes now account for 19% of all sexual offences against children.",
        "The total was 240 higher than in 2022/23, and works out at about 60 offences a week.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(240.0, Measure::All)) && m.contains(&(60.0, Measure::All)), "{m:?}");
    // Counts given again in order leave the text about what it was about before them.
    let lines = [
        "In Dundee there were 212 sexual offences against children last year. Of those, 58 were flagged as online.",
        "In 2020/21 those numbers stood at 190 and 31 respectively.",
        "Dundee's rate, 7.4 offences per 1,000 children, was the highest in Scotland.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(7.4, Measure::All)), "{m:?}");
}

#[test]
fn the_whole_an_online_part_and_its_baseline_are_out_of_is_all_offences() {
    let lines = [
        "Kent counts sexual offences against children.",
        "Kent Police flagged 140 offences as online in 2022/23, compared with 98 in 2021/22, out of a total of 910.",
    ];
    assert_eq!(measures(&lines), [(140.0, Measure::Online), (98.0, Measure::Online), (910.0, Measure::All)]);
    let line = "Essex recorded the most online-flagged offences, at 230, up from 170, out of 1,540 child sexual offences overall.";
    assert_eq!(measures(&[line]), [(230.0, Measure::Online), (170.0, Measure::Online), (1540.0, Measure::All)]);
}

/// Offences that "carried the marker" carry the flag the text named last: the online one when
/// that is what was named, another ("a domestic abuse flag", "a hate crime marker") when not,
/// and never a flag the words after name ("the flag for …").
#[test]
fn offences_carrying_the_marker_carry_the_flag_named_last() {
    let online = [
        "Forces attach an online tag to offences in which the internet played a part.",
        "Last year, 875 sexual offences against children in Kent bore that tag.",
    ];
    assert_eq!(measures(&online), [(875.0, Measure::Online)]);
    let online = [
        "Each force can mark a crime with a cyber flag.",
        "In Suffolk, 312 sexual crimes against children carried the flag in 2022.",
    ];
    assert_eq!(measures(&online), [(312.0, Measure::Online)]);
    for named in [
        "Officers add a domestic abuse marker to crimes between partners.",
        "Each force can mark a crime with a hate crime flag.",
    ] {
        let lines = [named, "In Suffolk, 1,240 offences carried the marker in 2022."];
        assert_ne!(measures(&lines)[0].1, Measure::Online, "{named}");
        let lines = [named, "In Suffolk, 1,240 offences carried the flag in 2022."];
        assert_ne!(measures(&lines)[0].1, Measure::Online, "{named}");
    }
    let qualified = [
        "Each force can mark a crime with a cyber flag.",
        "In Suffolk, 96 offences also carried the flag for disability hate crime.",
    ];
    assert_ne!(measures(&qualified)[0].1, Measure::Online);
}

#[test]
fn the_flagged_figure_is_online() {
    let lines = [
        "Cumbria Constabulary recorded 1,840 sexual offences against children in 2030/31.",
        "Across the county the flagged figure rose from 41 to 56.",
    ];
    assert_eq!(measures(&lines), [(1840.0, Measure::All), (41.0, Measure::Online), (56.0, Measure::Online)]);
}

#[test]
fn a_places_flagged_total_is_online() {
    let lines = [
        "Durham Constabulary recorded 1,020 sexual offences against children in 2030/31.",
        "Durham's flagged total fell to 38 in 2030/31.",
    ];
    assert_eq!(measures(&lines), [(1020.0, Measure::All), (38.0, Measure::Online)]);
}

#[test]
fn figures_someone_flagged_up_are_no_flagged_offences() {
    let lines = ["The charity flagged figures showing 900 sexual offences against children in 2030/31."];
    assert_eq!(measures(&lines), [(900.0, Measure::All)]);
}

#[test]
fn offences_that_began_online_are_online() {
    let lines = [
        "Suffolk Constabulary recorded 740 sexual offences against children in 2030/31.",
        "Detectives said 88 of them began online, on gaming sites.",
    ];
    assert_eq!(measures(&lines), [(740.0, Measure::All), (88.0, Measure::Online)]);
}

#[test]
fn offences_that_started_on_the_internet_are_online() {
    let lines = [
        "Suffolk Constabulary recorded 740 sexual offences against children in 2030/31.",
        "In 2030/31, 91 cases had started on the internet.",
    ];
    assert_eq!(measures(&lines), [(740.0, Measure::All), (91.0, Measure::Online)]);
}

#[test]
fn the_online_ones_that_rose_are_online() {
    let lines = [
        "Suffolk Constabulary recorded 740 sexual offences against children in 2030/31.",
        "In that year the online ones climbed 12% to 130.",
    ];
    assert_eq!(measures(&lines), [(740.0, Measure::All), (12.0, Measure::Online), (130.0, Measure::Online)]);
}

#[test]
fn the_flagged_ones_that_fell_are_online() {
    let lines = [
        "Suffolk Constabulary recorded 740 sexual offences against children in 2030/31.",
        "The flagged ones fell to 64 in 2030/31.",
    ];
    assert_eq!(measures(&lines), [(740.0, Measure::All), (64.0, Measure::Online)]);
}

#[test]
fn the_online_ones_only_named_leave_the_count_its_measure() {
    let lines =
        ["Before 2015/16 the force was not flagging the online ones, and logged 512 sexual offences against children."];
    assert_eq!(measures(&lines), [(512.0, Measure::All)]);
}

#[test]
fn offences_involving_the_use_of_the_internet_are_online() {
    let lines = [
        "Norfolk Constabulary logged 655 sexual offences against children in 2030/31.",
        "Of these, 72 were cases involving the use of the internet.",
    ];
    assert_eq!(measures(&lines), [(655.0, Measure::All), (72.0, Measure::Online)]);
}

#[test]
fn offences_involving_a_device_or_the_internet_are_online() {
    let lines = [
        "Norfolk Constabulary logged 655 sexual offences against children in 2030/31.",
        "In all, 81 were logged as involving a webcam or the internet.",
    ];
    assert_eq!(measures(&lines), [(655.0, Measure::All), (81.0, Measure::Online)]);
}

#[test]
fn online_measure_words_in_quote_marks_before_their_noun_are_online() {
    let lines = [
        "Sexual offences against children in Wessex reached 2,950 in 2029/30.",
        "Its own data lists 377 \"online child sexual abuse\" crimes for that year.",
    ];
    assert_eq!(measures(&lines), [(2950.0, Measure::All), (377.0, Measure::Online)]);
    let lines = [
        "Sexual offences against children in Wessex reached 2,950 in 2029/30.",
        "Of those, 412 were logged as ‘internet child sex’ offences.",
    ];
    assert_eq!(measures(&lines), [(2950.0, Measure::All), (412.0, Measure::Online)]);
}

#[test]
fn online_child_sexual_abuse_reported_or_rising_is_online() {
    let lines = ["Online child sexual abuse reports to the hotline went up 31 per cent in 2021/22."];
    assert_eq!(measures(&lines), [(31.0, Measure::Online)]);
    let lines = ["Online child abuse has risen by 45% in four years, a charity said."];
    assert_eq!(measures(&lines), [(45.0, Measure::Online)]);
    // A unit named for it counts what its sentence names.
    let lines = ["Its online child abuse team investigated 260 sexual offences against children during 2020/21."];
    assert_eq!(measures(&lines), [(260.0, Measure::All)]);
}

#[test]
fn counselling_sessions_a_helpline_held_are_another_measure() {
    let lines = ["In 2021/22 the helpline ran 3,210 counselling sessions on online sexual abuse, a rise of 12%."];
    assert_eq!(measures(&lines), [(3210.0, Measure::Other), (12.0, Measure::Other)]);
}

#[test]
fn reports_or_offences_of_sexual_exploitation_are_another_measure() {
    let lines = ["Referrals of child sexual exploitation to the county's hub rose to 340 in 2020/21."];
    assert_eq!(measures(&lines), [(340.0, Measure::Other)]);
    let lines = ["Police in the region logged 1,150 offences of child sexual exploitation last year."];
    assert_eq!(measures(&lines), [(1150.0, Measure::Other)]);
}
