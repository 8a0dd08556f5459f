//! Sexual offences against children or of every age: which an article's figures count when
//! children are named only in part, in another clause, or not at all.

use super::*;

#[test]
fn sexual_offences_naming_no_children_in_an_all_crime_article_are_of_every_age() {
    let lines = [
        "The police recorded crime statistics show Dyfed-Powys Police logged 2,210 sexual offences in 2022/23.",
        "In Carmarthen, 410 sexual offences were recorded in 2022/23, up 3% on the year before.",
        "Sexual offences against children under 16 numbered 730 in 2022/23.",
    ];
    assert_eq!(
        measures(&lines),
        [(2210.0, Measure::Other), (410.0, Measure::Other), (3.0, Measure::Other), (730.0, Measure::All)]
    );
    // Without a count of all recorded crime, or after a first sentence about children, the
    // sexual offences of an article that talks of children are those against children.
    for first in [
        "Dyfed-Powys Police logged 2,210 sexual offences in 2022/23.",
        "The police recorded crime statistics show Dyfed-Powys Police logged 2,210 sexual offences against children in 2022/23.",
    ] {
        let found = measures(&[first, lines[1], lines[2]]);
        assert_eq!(found.get(1), Some(&(410.0, Measure::All)), "{first}");
    }
}

#[test]
fn sexual_offences_whose_part_against_children_is_told_apart_are_of_every_age() {
    let lines = ["Kent Police recorded 2,400 sexual offences in 2023/24, of which 900 were offences against children."];
    assert_eq!(measures(&lines), [(2400.0, Measure::Other), (900.0, Measure::All)]);
    // A whole of offences against children, with an online part, stays all offences.
    let lines = ["Kent Police recorded 900 sexual offences against children in 2023/24, of which 200 were online."];
    assert_eq!(measures(&lines), [(900.0, Measure::All), (200.0, Measure::Online)]);
}

#[test]
fn overall_crime_is_another_measure_than_sexual_offences_against_children() {
    let lines = [
        "Overall crime in Kent fell by 3% in 2023/24, but sexual offences against children rose.",
        "Kent Police recorded 1,900 sexual offences against children in 2023/24.",
        "Total recorded crime stood at 140,200 in 2023/24.",
    ];
    assert_eq!(measures(&lines), [(-3.0, Measure::Other), (1900.0, Measure::All), (140_200.0, Measure::Other)]);
}

#[test]
fn overall_crime_in_another_clause_leaves_a_count_of_offences_against_children_all() {
    let lines =
        ["In Cheshire, 620 sexual offences against children were logged in 2022/23 while overall crime rose 4%."];
    assert_eq!(measures(&lines), [(620.0, Measure::All), (4.0, Measure::Other)]);
    let lines = ["Total recorded crime fell 3% in Kent whereas 880 sexual offences against children were logged."];
    assert_eq!(measures(&lines), [(-3.0, Measure::Other), (880.0, Measure::All)]);
}

#[test]
fn sexual_offences_whose_children_appear_only_as_a_part_are_of_every_age() {
    let lines = [
        "Sexual offences on buses in Greater Manchester rose by 14% in 2022/23.",
        "Transport for Greater Manchester said police recorded 640 sexual offences on its buses in 2022/23.",
        "Officers said 95 of the offences had victims aged under 18.",
        "Robberies on the network fell to 300.",
    ];
    assert_eq!(
        measures(&lines),
        [(14.0, Measure::Other), (640.0, Measure::Other), (95.0, Measure::All), (300.0, Measure::Other)]
    );
    // An article whose sexual offences are first named as against children keeps them so.
    let lines = [
        "Sexual offences against children in Cheshire rose by 14% in 2022/23.",
        "Cheshire Constabulary recorded 640 sexual offences in 2022/23.",
        "Officers said 95 of the offences had victims aged under 13.",
    ];
    assert_eq!(measures(&lines), [(14.0, Measure::All), (640.0, Measure::All), (95.0, Measure::All)]);
    // Nor does it change when children are named other than as a part.
    let lines = [
        "Sexual offences in Cheshire rose by 14% in 2022/23.",
        "Cheshire Constabulary recorded 640 sexual offences in 2022/23.",
        "The NSPCC said children were being targeted on gaming sites.",
    ];
    assert_eq!(measures(&lines), [(14.0, Measure::All), (640.0, Measure::All)]);
}

#[test]
fn children_named_in_another_clause_leave_sexual_offences_of_every_age() {
    let lines = [
        "The Office for National Statistics said crime was flat in 2022/23.",
        "Sexual offences fell 3% to 190,100, but image offences - mostly of children - rose 5% to 38,200.",
        "Sexual offences against children rose to 101,000 in 2022/23.",
    ];
    let found = measures(&lines);
    assert_eq!(found.first(), Some(&(-3.0, Measure::Other)), "{found:?}");
    assert_eq!(found.get(1), Some(&(190_100.0, Measure::Other)), "{found:?}");
    assert_eq!(found.last(), Some(&(101_000.0, Measure::All)), "{found:?}");
}

#[test]
fn sexual_offences_the_text_says_are_not_of_children_alone_are_another_measure() {
    let lines = [
        "Police logged 1,310 sexual offences at leisure centres in 2022/23, up 12% on the year before.",
        "Victims included staff and swimmers of every age, so the totals cannot be taken as crimes against children alone.",
        "Surrey Police recorded 96 offences, and 40 of them involved a suspect under 16.",
    ];
    let m = measures(&lines);
    assert!(m.iter().all(|&(_, measure)| measure == Measure::Other), "{m:?}");
    let lines = [
        "Sexual offences recorded on buses rose 18% to 640 in 2023/24.",
        "Operators do not record whether the victim was a child or an adult.",
        "Merseyside Police logged 75 sexual offences on buses.",
    ];
    let m = measures(&lines);
    assert!(m.iter().all(|&(_, measure)| measure == Measure::Other), "{m:?}");
    // Offences the same text counts against children keep their measure.
    let lines = [
        "Sexual offences recorded on buses rose 18% to 640 in 2023/24.",
        "Operators do not record whether the victim was a child or an adult.",
        "A separate count found 210 sexual offences against children on buses.",
    ];
    assert_eq!(measures(&lines).last(), Some(&(210.0, Measure::All)));
}

#[test]
fn sexual_offences_in_an_article_about_no_children_are_another_measure() {
    let lines = [
        "Hate crimes reported to British Transport Police rose in 2019/20.",
        "Sexual offences on the network also rose, with 2,472 recorded over the same period.",
    ];
    assert_eq!(measures(&lines), [(2472.0, Measure::Other)]);
    let lines = ["Kent Police logged 800 sexual offences in 2019/20.", "Most victims were girls under 16."];
    assert_eq!(measures(&lines), [(800.0, Measure::All)]);
}

#[test]
fn any_word_of_the_one_list_naming_children_makes_an_article_about_children() {
    for victims in [
        "Most victims were juveniles.",
        "Most victims were kids, one officer said.",
        "Most victims were schoolchildren.",
        "Most victims were teenage.",
    ] {
        let lines = ["Kent Police logged 800 sexual offences in 2019/20.", victims];
        assert_eq!(measures(&lines), [(800.0, Measure::All)], "{victims}");
    }
}

#[test]
fn a_word_that_only_begins_like_a_child_word_makes_no_article_about_children() {
    let lines = [
        "Sexual assaults at the arena rose to 95 last year.",
        "A minority were reported by stewards, and childcare staff and a girlfriend of one steward were among those targeted.",
    ];
    assert_eq!(measures(&lines), [(95.0, Measure::Other)]);
}

#[test]
fn both_measures_at_once_and_a_share_clause_leave_the_count_all_offences() {
    let lines = [
        "Durham Police recorded 1,210 sexual offences against children in 2021/22, online and offline.",
        "Cumbria recorded 860 sexual offences against under-18s in 2021/22, meaning about a fifth involved the internet.",
    ];
    assert_eq!(measures(&lines), [(1210.0, Measure::All), (860.0, Measure::All)]);
}

#[test]
fn rapes_of_victims_of_every_age_are_another_measure_than_offences_against_children() {
    let lines = [
        "Sexual offences against children in Essex rose again last year.",
        "Essex Police recorded 1,020 rapes in 2022/23, compared with 960 the year before.",
        "Rapes of girls under 16 made up 140 of them.",
    ];
    assert_eq!(measures(&lines), [(1020.0, Measure::Other), (960.0, Measure::Other), (140.0, Measure::All)]);
}

#[test]
fn sexual_offences_in_a_story_whose_only_child_is_in_a_link_to_another_are_no_child_offences() {
    let lines = [
        "Sexual offences on buses in Leeds rose to 212 in 2023/24.",
        "Read more: Girl, 14, hurt in crash on ring road",
        "Most of the victims were women aged 18 to 30.",
    ];
    assert_eq!(measures(&lines), [(212.0, Measure::Other)]);
}

#[test]
fn sexual_offences_counted_on_a_transport_network_are_of_every_age_unless_the_clause_names_children() {
    let lines = [
        "Sexual offences on the tram network in Sheffield rose by 12% in 2022/23.",
        "South Yorkshire Police recorded 460 sexual offences on trams in 2022/23, and 70 of them involved victims under 18.",
        "Another tally put offences against children on the trams at 150.",
        "Parents said girls no longer felt safe travelling to school.",
    ];
    assert_eq!(
        measures(&lines),
        [(12.0, Measure::Other), (460.0, Measure::Other), (70.0, Measure::All), (150.0, Measure::All)]
    );
    // Counted against children on a network, they stay offences against children.
    let lines = [
        "On the Metro in 2022/23, officers logged 310 sexual crimes against under-16s.",
        "Parents said girls no longer felt safe travelling to school.",
    ];
    assert_eq!(measures(&lines), [(310.0, Measure::All)]);
}

#[test]
fn a_story_first_counting_sexual_offences_on_a_network_counts_its_later_ones_of_every_age() {
    let lines = [
        "Police recorded 520 sexual offences on the Underground in 2023/24.",
        "Sexual offences reported through the app rose by 35% over the year.",
        "Parents said girls no longer felt safe travelling to school.",
    ];
    // The first count is on a network; the later one names no network, nor children.
    assert_eq!(measures(&lines), [(520.0, Measure::Other), (35.0, Measure::Other)]);
    let lines = [
        "Sexual offences against children on buses in Hull rose to 90 in 2023/24.",
        "Sexual offences reported through the app rose by 35% over the year.",
        "Parents said girls no longer felt safe travelling to school.",
    ];
    assert_eq!(measures(&lines).get(1), Some(&(35.0, Measure::All)));
}

#[test]
fn sexual_offences_said_to_be_against_adults_and_children_are_of_every_age() {
    let lines = [
        "Kent's tally of child sexual offences rose to 900 in 2021/22.",
        "Counting adults and children alike, sexual crimes logged by the force came to 1,310 in 2021/22.",
        "Sexual offences against victims of all ages numbered 1,450 in 2022/23.",
    ];
    assert_eq!(measures(&lines), [(900.0, Measure::All), (1310.0, Measure::Other), (1450.0, Measure::Other)]);
}

#[test]
fn sexual_offences_across_every_age_group_are_of_every_age() {
    let lines = [
        "Kent's tally of child sexual offences rose to 900 in 2021/22.",
        "Across every age group, the force logged 2,640 sexual offences in 2021/22.",
    ];
    assert_eq!(measures(&lines), [(900.0, Measure::All), (2640.0, Measure::Other)]);
    let lines = ["Across all ages, officers recorded 3,120 sexual offences in 2022/23.", "Girls made up most victims."];
    assert_eq!(measures(&lines), [(3120.0, Measure::Other)]);
}

#[test]
fn sexual_offences_counted_whatever_the_victims_age_are_of_every_age() {
    let lines = [
        "Kent's tally of child sexual offences rose to 900 in 2021/22.",
        "Sexual crimes regardless of the victim's age came to 2,800 in 2022/23.",
    ];
    assert_eq!(measures(&lines), [(900.0, Measure::All), (2800.0, Measure::Other)]);
}

#[test]
fn a_story_first_counting_sexual_offences_of_a_transport_police_counts_them_of_every_age() {
    let lines = [
        "British Transport Police logged 1,730 sexual offences in 2030/31.",
        "That was up 14% on the year before.",
        "Parents said girls no longer felt safe travelling to school.",
    ];
    assert_eq!(measures(&lines), [(1730.0, Measure::Other), (14.0, Measure::Other)]);
    // Counted against children, they stay offences against children.
    let lines = [
        "British Transport Police logged 210 sexual offences against under-18s in 2030/31.",
        "That was up 14% on the year before.",
    ];
    assert_eq!(measures(&lines), [(210.0, Measure::All), (14.0, Measure::All)]);
}

#[test]
fn a_transport_police_named_by_its_initials_counts_sexual_offences_of_every_age() {
    let lines = [
        "Officers of the BTP recorded 640 sexual crimes in 2030/31.",
        "Reports made by text message rose 20% over the year.",
        "Teenage girls travelling to school said they felt watched.",
    ];
    assert_eq!(measures(&lines), [(640.0, Measure::Other), (20.0, Measure::Other)]);
}

#[test]
fn total_sexual_crimes_naming_no_children_are_of_every_age() {
    let lines = [
        "Grampian recorded 380 sexual crimes against children in 2030/31.",
        "Total sexual crimes in the region fell 2% to 1,910 over the same year.",
    ];
    assert_eq!(measures(&lines), [(380.0, Measure::All), (-2.0, Measure::Other), (1910.0, Measure::Other)]);
}

#[test]
fn overall_sexual_offences_naming_no_children_are_of_every_age() {
    let lines = [
        "Grampian recorded 380 sexual crimes against children in 2030/31.",
        "Overall sexual offences recorded in Grampian rose to 2,040 in 2030/31.",
        "Overall sexual offences against children rose to 400 in 2031/32.",
    ];
    assert_eq!(measures(&lines), [(380.0, Measure::All), (2040.0, Measure::Other), (400.0, Measure::All)]);
}

#[test]
fn sexual_offences_whose_part_against_children_the_next_sentence_tells_apart_are_of_every_age() {
    let lines = [
        "Lothian and Borders Police dealt with 930 sexual crimes in 2012-13, up 4 per cent on 2011-12.",
        "Of these, 240 had a victim aged under 16, councillors were told.",
        // Children named again, not as a part: the story is not one about every age alone.
        "The force said child protection remained its first priority.",
    ];
    assert_eq!(measures(&lines), [(930.0, Measure::Other), (4.0, Measure::Other), (240.0, Measure::All)]);
}
