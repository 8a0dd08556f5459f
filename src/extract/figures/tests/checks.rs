//! The measure carried forward, duplicates, and percent changes recomputed.

use super::*;

#[test]
fn measure_follows_the_sentence_and_carries_forward() {
    let lines = [
        "Kent sees rise in online child sex crimes",
        "Kent Police recorded 300 offences in 2019/20.",
        "Such crimes rose by 10% on the previous year.",
        "Sexual offences against under-18s, including rape, reached 2,400 in 2019/20.",
        "Of these, 90 involved children under five.",
        "Separately, 120 grooming offences were recorded in 2019/20.",
        "Kent also logged 700 indecent image offences.",
    ];
    assert_eq!(
        measures(&lines),
        [
            (300.0, Measure::Online),
            (10.0, Measure::Online),
            (2400.0, Measure::All),
            (90.0, Measure::All),
            (120.0, Measure::Other),
            (700.0, Measure::Other),
        ]
    );
}

#[test]
fn a_measure_named_only_in_a_speakers_words_is_not_the_articles() {
    let lines = [
        "Youth offending falls by a fifth in Conwy",
        "Young people in Conwy committed 143 proven offences in 2023/24, compared with 174 in 2022/23.",
        "Gwen Parry, head of the service, said: \"Children who go missing are at risk of sexual exploitation.\"",
    ];
    assert_eq!(measures(&lines), [(143.0, Measure::Other), (174.0, Measure::Other)]);
    // The writer's own words still set it, wherever they come.
    let lines = [
        "Figures released by the force",
        "Dyfed-Powys Police recorded 143 offences in 2023/24.",
        "\"These are children,\" said Gwen Parry. Most of the sexual offences against children were online.",
    ];
    assert_eq!(measures(&lines), [(143.0, Measure::All)]);
}

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
fn figures_before_an_opposed_clause_do_not_take_the_measure_only_it_names() {
    let lines = [
        "Sexual offences against children rose in Leeds to 900 in 2022/23.",
        "Bradford saw a fall of 4%, from 700 to 672, although 150 of its offences were flagged as online.",
        "In Wakefield, the number rose by 2%, to 510.",
    ];
    assert_eq!(
        measures(&lines),
        [
            (900.0, Measure::All),
            (-4.0, Measure::All),
            (700.0, Measure::All),
            (672.0, Measure::All),
            (150.0, Measure::Online),
            (2.0, Measure::All),
            (510.0, Measure::All),
        ]
    );
}

#[test]
fn a_total_before_and_a_part_of_those_counts_what_the_text_talked_about() {
    let lines = [
        "The report also looked at sexual offences against children.",
        "Avon and Somerset Police recorded 1,420 in 2023/24, and 260 of those were flagged as online.",
    ];
    assert_eq!(measures(&lines), [(1420.0, Measure::All), (260.0, Measure::Online)]);
}

#[test]
fn a_subset_sentence_does_not_change_the_measure_that_follows() {
    let lines = [
        "Durham logged 655 sexual offences against under-16s in 2017/18.",
        "Of the 655, 102 were flagged as having an online element.",
        "Meanwhile, Cleveland Police recorded 911 such offences.",
    ];
    assert_eq!(measures(&lines), [(655.0, Measure::All), (102.0, Measure::Online), (911.0, Measure::All)]);
}

#[test]
fn a_sentence_opening_on_a_part_of_the_offences_does_not_change_the_measure_after_it() {
    let lines = [
        "Gwent Police logged 1,204 sexual offences against children in 2022/23.",
        "Around 230 of the offences were flagged as having taken place online.",
        "The Newport area accounted for 410 crimes, more than any other.",
    ];
    assert_eq!(measures(&lines), [(1204.0, Measure::All), (230.0, Measure::Online), (410.0, Measure::All)]);
    let lines = [
        "Sexual crimes against under-16s recorded by Durham Constabulary rose to 812 in 2021/22.",
        "",
        "Just over 150 of these crimes carried a cyber flag.",
        "",
        "Darlington recorded 190, while Hartlepool logged 121.",
    ];
    assert_eq!(
        measures(&lines),
        [(812.0, Measure::All), (150.0, Measure::Online), (190.0, Measure::All), (121.0, Measure::All)]
    );
}

#[test]
fn a_part_that_accounted_for_some_of_the_crimes_does_not_change_the_measure_after_it() {
    let lines = [
        "Police Scotland recorded 6,245 sexual crimes against children in 2022-23.",
        "Communicating indecently with a child accounted for 1,480 of the crimes.",
        "In Glasgow, 920 crimes were recorded.",
    ];
    assert_eq!(measures(&lines), [(6245.0, Measure::All), (1480.0, Measure::Other), (920.0, Measure::All)]);
}

#[test]
fn a_places_share_of_some_offences_carries_their_measure_to_the_places_after_it() {
    let lines = [
        "Police Scotland recorded 6,245 sexual crimes against children in 2022-23, 1,800 of them with a cyber element.",
        "Dundee accounted for 96 of the communicating indecently crimes.",
        "Moray recorded 12.",
    ];
    assert_eq!(measures(&lines).last(), Some(&(12.0, Measure::Other)));
    let lines = [
        "Police Scotland recorded 6,245 sexual crimes against children in 2022-23, 1,800 of them with a cyber element.",
        "In Fife, indecent image offences rose to 140.",
        "Falkirk accounted for 31 of the grooming crimes, and Stirling logged 9.",
    ];
    assert_eq!(measures(&lines).last(), Some(&(9.0, Measure::Other)));
}

#[test]
fn a_clause_about_part_of_a_total_names_the_parts_measure_not_the_totals() {
    let lines = [
        "Durham recorded 3,120 sexual crimes against under-18s in 2021/22, of which around a quarter were internet-related.",
        "Cleveland Police recorded 911.",
    ];
    assert_eq!(measures(&lines), [(3120.0, Measure::All), (911.0, Measure::All)]);
    let line = "Durham recorded 3,120 sexual crimes against under-18s in 2021/22, of which 780 were internet-related.";
    assert_eq!(measures(&[line]), [(3120.0, Measure::All), (780.0, Measure::Online)]);
    for line in [
        "Durham recorded 1,050 sexual offences against children in 2022/23, 140 of which were flagged as having taken place online.",
        "Durham recorded 1,050 sexual offences against children in 2022/23, with 140 involving the internet.",
        "Durham recorded 1,050 sexual offences against children in 2022/23, including 140 online.",
    ] {
        assert_eq!(measures(&[line]), [(1050.0, Measure::All), (140.0, Measure::Online)], "{line}");
    }
}

#[test]
fn two_figures_naming_two_measures_in_one_sentence_keep_theirs() {
    for (line, expected) in [
        (
            "Suffolk Constabulary recorded 250 online child sex offences in 2022/23 and 1,900 sexual offences against children in total.",
            [(250.0, Measure::Online), (1900.0, Measure::All)],
        ),
        (
            "Essex Police recorded 2,400 sexual offences against children, while 410 offences were flagged as online.",
            [(2400.0, Measure::All), (410.0, Measure::Online)],
        ),
        (
            "In Norfolk the number of online offences (310) rose, but all sexual offences against children (1,500) fell.",
            [(310.0, Measure::Online), (1500.0, Measure::All)],
        ),
    ] {
        assert_eq!(measures(&[line]), expected, "{line}");
    }
    // One measure named: every figure takes it, up-from values included.
    let line = "Kent Police recorded 145 online child sex offences in 2016/17, up from 55 the year before.";
    assert_eq!(measures(&[line]), [(145.0, Measure::Online), (55.0, Measure::Online)]);
}

#[test]
fn a_figure_printed_again_is_one_figure_but_a_rounded_one_is_its_own() {
    let lines = [
        "Kent records 410 offences in a year",
        "Kent Police recorded 410 offences in 2019/20.",
        "That means Kent Police recorded 410 offences in 2019/20.",
        "Kent Police recorded nearly 400 offences.",
    ];
    assert_eq!(values(&lines), [410.0, 400.0]);
    assert_eq!(period_of(&lines, 410.0), some("2019/20"));
}

#[test]
fn a_figure_printed_again_with_no_place_of_its_own_is_the_one_printed_before() {
    // After a section break, where nothing carries a place on to it.
    let mut a = article(&[
        "Kent Police recorded 3,412 burglaries in 2023/24.",
        "---",
        "\"3,412 is not a number anyone should accept,\" one victim said.",
    ]);
    a.paragraphs[1].role = Role::Furniture;
    let found = extract_figures(&a);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_value_pointed_back_to_is_the_figure_printed_before_whatever_place_its_sentence_names() {
    let lines = [
        "Lancashire Constabulary recorded 1,318 burglaries in 2023/24.",
        "Jo Price, Victim Support's manager for the North West, said: \"Behind those 1,318 burglaries are frightened families.\"",
    ];
    assert_eq!(brief(&lines).len(), 1, "{:?}", brief(&lines));
    let lines = [
        "Police in Surrey logged 455 stalking offences last year.",
        "Speaking for the charity in the South East, Ann Cole said every one of these 455 offences left someone afraid.",
    ];
    assert_eq!(brief(&lines).len(), 1, "{:?}", brief(&lines));
}

#[test]
fn a_value_pointed_back_to_is_the_figure_printed_before_whatever_its_new_words_make_it() {
    let lines = [
        "The city's child exploitation hub received 640 referrals in 2023/24.",
        "Cllr Jo Bloggs said: \"Behind each of those 640 referrals is a child that someone was worried about.\"",
    ];
    assert_eq!(brief(&lines).len(), 1, "{:?}", brief(&lines));
    let lines = [
        "The Youth Diversion team worked with 215 young people in 2022/23.",
        "\"Every one of these 215 cases matters,\" the sergeant said.",
    ];
    assert_eq!(brief(&lines).len(), 1, "{:?}", brief(&lines));
}

#[test]
fn a_bare_number_opening_a_sentence_with_is_names_the_figure_printed_before() {
    let lines = [
        "Merseyside Police recorded 905 hate crimes in 2022/23.",
        "The total for all forces was 9,400.",
        "905 is far too many for one city, the charity said.",
    ];
    assert_eq!(brief(&lines).len(), 2, "{:?}", brief(&lines));
    let lines = [
        "Gwent Police recorded 318 stalking offences in 2021/22.",
        "Nationally, 6,200 were logged.",
        "\"318 was not a surprise to anyone on the team,\" she said.",
    ];
    assert_eq!(brief(&lines).len(), 2, "{:?}", brief(&lines));
}

#[test]
fn a_figure_with_no_place_that_counts_something_else_is_not_the_earlier_one_of_that_value() {
    // Same value, but the second sentence counts thefts, which the first never named.
    let lines = [
        "Norfolk Constabulary said 700 burglaries were logged in Norwich in 2023.",
        "Separately, shed thefts climbed to 700 over the year, insurers said.",
    ];
    assert_eq!(values(&lines), [700.0, 700.0], "{:?}", brief(&lines));
    // Said again with nothing counted of its own, it is still the one figure.
    let lines = [
        "Norfolk Constabulary said 700 burglaries were logged in Norwich in 2023.",
        "---",
        "\"700 is far too many,\" a resident said.",
    ];
    let mut a = article(&lines);
    a.paragraphs[1].role = Role::Break;
    assert_eq!(extract_figures(&a).len(), 1);
}

#[test]
fn a_figure_printed_for_london_and_for_the_met_is_one_the_mets() {
    let lines = [
        "Robberies across London: 31,210 in 2023/24",
        "Police in London are stretched.",
        "The Metropolitan Police recorded 31,210 robberies in 2023/24, new figures show.",
    ];
    let found = brief(&lines);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, some("Metropolitan Police"));
}

#[test]
fn a_london_figure_and_a_met_figure_of_one_value_in_one_sentence_are_two() {
    let line = "In London, 340 cyclists were hurt in the spring, according to hospital records, and the Metropolitan Police recorded 340 thefts of bikes over the same months.";
    let found = brief(&[line]);
    assert_eq!(found.iter().filter(|f| f.2 == 340.0).count(), 2, "{found:?}");
    // Nor in two sentences counting different things.
    let lines = [
        "In London, 340 assaults on cyclists were seen by hospitals in the spring, NHS records show.",
        "The Metropolitan Police recorded 340 burglaries over the same months.",
    ];
    let found = brief(&lines);
    assert_eq!(found.iter().filter(|f| f.2 == 340.0).count(), 2, "{found:?}");
}

#[test]
fn london_named_where_the_met_gives_the_figures_is_the_met() {
    let line = "Robberies in London fell 4.2 per cent in 2023/24, Met figures show.";
    assert_eq!(place_of(&[line], -4.2), some("Metropolitan Police"));
    let lines = ["The Met published its figures.", "The force recorded 31,210 robberies across London in 2023/24."];
    assert_eq!(place_of(&lines, 31210.0), some("Metropolitan Police"));
    // So after London printed that value first, without the force.
    let lines = [
        "29,500 robberies in London in 2022/23",
        "The Met published its figures.",
        "The force recorded 31,210 robberies across London in 2023/24, compared with 29,500 in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 29500.0), some("Metropolitan Police"));
    // With no force giving them, London's figures stay London's.
    let line = "Across London as a whole, robberies rose by 6% in 2023/24, from 29,500 to 31,210.";
    assert_eq!(place_of(&[line], 31210.0), some("London"));
}

#[test]
fn london_figures_outside_the_clause_the_met_records_in_stay_londons() {
    // Another body's London figure before the Met's own clause is not the Met's.
    let line =
        "Paramedics in London answered 3,480 calls about assaults in 2023, while the Met recorded 9,150 robberies.";
    assert_eq!(place_of(&[line], 3480.0), some("London"));
    let line = "A food bank said 2,260 families in London sought help, though the Met said it had logged 640 thefts from shops.";
    assert_eq!(place_of(&[line], 2260.0), some("London"));
    // The Met's own clause still gives London's figures to it.
    let line = "In London the Met recorded 7,430 burglaries last year.";
    assert_eq!(place_of(&[line], 7430.0), some("Metropolitan Police"));
    // London's other force named too: the figure is the ground's of both.
    let line = "Across London, 5,120 frauds were reported, the Met and City of London Police said.";
    assert_eq!(place_of(&[line], 5120.0), some("London"));
}

#[test]
fn a_change_of_the_same_size_stated_afresh_in_its_paragraph_is_another_change() {
    let changes = |lines: &[&str]| figures(lines).iter().filter(|f| f.kind == Kind::PercentChange).count();
    let line = "In Kent, burglaries fell 4% in 2022/23. Robberies in Kent were also down 4% in 2022/23.";
    assert_eq!(changes(&[line]), 2, "{:?}", brief(&[line]));
    // Not one referring back to it, nor one printed again in another paragraph.
    let line = "In Kent, burglaries fell 4% in 2022/23. That 4% fall in Kent was the smallest in 2022/23.";
    assert_eq!(changes(&[line]), 1, "{:?}", brief(&[line]));
    let lines = ["Kent burglaries fall 4%", "In Kent, burglaries fell 4% in 2022/23."];
    assert_eq!(changes(&lines), 1, "{:?}", brief(&lines));
}

#[test]
fn a_change_beside_its_two_values_is_recomputed() {
    let found = figures(&["Kent recorded 245 offences in 2016/17, up from 85 the year before, a rise of 188.2%."]);
    let check = found.iter().find_map(|f| f.check);
    assert_eq!(check.map(|c| (c.from, c.to, c.computed, c.consistent)), Some((85.0, 245.0, 188.2, true)));
    let found = figures(&["Kent logged 540 offences in 2017/18, up 31% from 420 in 2016/17."]);
    let check = found.iter().find_map(|f| f.check);
    assert_eq!(check.map(|c| (c.computed, c.consistent)), Some((28.6, false)));
    let found = figures(&["Essex crimes climbed from 1,210 in 2016/17 to 1,279 in 2017/18 - a rise of almost 6%."]);
    assert_eq!(found.iter().find_map(|f| f.check).map(|c| c.consistent), Some(true));
    let found = figures(&["Kent saw an eight per cent fall - from 512 in 2018/19 to 470 in 2019/20."]);
    assert_eq!(found.iter().find_map(|f| f.check).map(|c| (c.computed, c.consistent)), Some((-8.2, true)));
}

#[test]
fn a_change_a_sentence_away_from_its_values_is_recomputed() {
    let lines =
        ["Durham recorded 655 offences in 2017/18, down from 702 the previous year.", "That is a decrease of 6.7%."];
    let check = figures(&lines).iter().find_map(|f| f.check);
    assert_eq!(check.map(|c| (c.from, c.to, c.computed, c.consistent)), Some((702.0, 655.0, -6.7, true)));
    let lines =
        ["Kent offences rose by 50 per cent in the last year.", "They climbed from 120 in 2013-14 to 180 in 2014-15."];
    let check = figures(&lines).iter().find_map(|f| f.check);
    assert_eq!(check.map(|c| (c.from, c.to, c.consistent)), Some((120.0, 180.0, true)));
    // A rounded restatement is not a second value to compare with.
    let lines = [
        "Kent logged 12,184 crimes in 2019/20, topping 12,000 for the first time.",
        "That is up 16% on the previous year.",
    ];
    assert_eq!(figures(&lines).iter().find_map(|f| f.check), None);
}

#[test]
fn a_value_compared_with_a_part_said_of_a_whole_counts_what_the_part_counts() {
    let lines = [
        "Essex Police counted child sexual offences for us.",
        "It said 301 of its 2,240 crimes in 2023/24 carried a cyber flag, against 88 in 2016/17.",
    ];
    assert_eq!(measures(&lines), [(301.0, Measure::Online), (2240.0, Measure::All), (88.0, Measure::Online)]);
    let lines = [
        "Sexual offences against children have risen in Kent.",
        "The force said 520 of the 3,100 offences last year were committed online, compared with 310 in 2019/20.",
    ];
    assert_eq!(measures(&lines), [(520.0, Measure::Online), (3100.0, Measure::All), (310.0, Measure::Online)]);
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
fn both_measures_at_once_and_a_share_clause_leave_the_count_all_offences() {
    let lines = [
        "Durham Police recorded 1,210 sexual offences against children in 2021/22, online and offline.",
        "Cumbria recorded 860 sexual offences against under-18s in 2021/22, meaning about a fifth involved the internet.",
    ];
    assert_eq!(measures(&lines), [(1210.0, Measure::All), (860.0, Measure::All)]);
}

#[test]
fn a_number_with_no_words_of_its_own_counts_what_the_number_before_it_counts() {
    let line = "Essex recorded 410 online offences in 2020/21, up from 380 the year before, while its total for all child sexual offences went up 4% to 2,950.";
    assert_eq!(
        measures(&[line]),
        [(410.0, Measure::Online), (380.0, Measure::Online), (4.0, Measure::All), (2950.0, Measure::All)]
    );
}

#[test]
fn a_list_heading_names_what_the_list_counts() {
    let lines = [
        "Across the region, 2,300 sexual offences against children were recorded in 2021/22.",
        "Online-flagged child sexual offences by force, 2021/22:",
        "Essex Police - 220",
    ];
    assert_eq!(measures(&lines), [(2300.0, Measure::All), (220.0, Measure::Online)]);
}

#[test]
fn a_part_is_what_is_said_of_it_and_the_whole_what_it_names() {
    let line = "Gwent Police said 212 of the 1,540 sexual offences against children it logged in 2022/23 carried an online element.";
    assert_eq!(measures(&[line]), [(212.0, Measure::Online), (1540.0, Measure::All)]);
    let lines = [
        "Gwent counts sexual offences against children.",
        "Two years earlier, 180 crimes had been flagged, out of 1,410.",
    ];
    assert_eq!(measures(&lines), [(180.0, Measure::Online), (1410.0, Measure::All)]);
    // A part with nothing said of it counts what the whole counts.
    let line = "In Gwent, 300 of the 1,540 sexual offences against children involved girls under 13.";
    assert_eq!(measures(&[line]), [(300.0, Measure::All), (1540.0, Measure::All)]);
}

#[test]
fn a_clause_after_while_names_its_own_measure() {
    let line = "Dorset recorded 150 online-flagged offences, up from 130 a year earlier, while its total for all sexual offences against children rose to 1,600.";
    assert_eq!(measures(&[line]), [(150.0, Measure::Online), (130.0, Measure::Online), (1600.0, Measure::All)]);
}

#[test]
fn a_clause_joined_by_and_with_a_rise_of_its_own_names_its_own_measure() {
    let line =
        "Across Dorset burglary fell 11 per cent and online child sexual offences climbed 14 per cent in 2023/24.";
    assert_eq!(measures(&[line]), [(-11.0, Measure::Other), (14.0, Measure::Online)]);
}

#[test]
fn a_change_with_no_words_of_its_own_counts_what_it_is_measured_against() {
    let line =
        "The total logged by Kent Police was up 12 per cent on the 930 crimes flagged as cyber-related a year before.";
    assert_eq!(measures(&[line]), [(12.0, Measure::Online), (930.0, Measure::Online)]);
}

#[test]
fn a_part_of_last_years_total_does_not_change_the_measure_after_it() {
    let lines = [
        "Kent recorded 900 sexual offences against children in 2022/23.",
        "Of last year's total, 120 had an online element.",
        "Around 150 of the offences involved children under 10.",
    ];
    assert_eq!(measures(&lines), [(900.0, Measure::All), (120.0, Measure::Online), (150.0, Measure::All)]);
}

#[test]
fn a_sentence_with_no_figure_naming_a_measure_sets_it_for_the_rest_of_its_paragraph() {
    let lines = [
        "Offences flagged as online in Norfolk rose to 240 in 2023/24.",
        "Sexual offences against children as a whole told another story. Norfolk Constabulary logged 1,310 of them, down 3%.",
    ];
    assert_eq!(measures(&lines), [(240.0, Measure::Online), (1310.0, Measure::All), (-3.0, Measure::All)]);
    // A remark closing a paragraph does not set what the next paragraph counts.
    let lines = [
        "Norfolk Constabulary logged 1,310 sexual offences against children in 2023/24.",
        "Campaigners point to a sharp rise in online crime.",
        "Reports rose by 4% on the year before.",
    ];
    assert_eq!(measures(&lines), [(1310.0, Measure::All), (4.0, Measure::All)]);
}

#[test]
fn the_figure_in_another_year_counts_what_the_last_figure_counted() {
    let lines = [
        "Suffolk Constabulary recorded 930 sexual offences against children in 2022/23.",
        "Of the 930, 150 were flagged as having an online element.",
        "Back in 2018/19 the figure was just 61.",
    ];
    assert_eq!(measures(&lines), [(930.0, Measure::All), (150.0, Measure::Online), (61.0, Measure::Online)]);
}

#[test]
fn a_change_before_an_although_clause_counts_what_the_count_before_it_counts() {
    let line = "Dorset Police logged 140 online offences against children in 2022/23, up from 120 the year before - a rise of 17% - although the number of all sexual offences against children in the county fell by 3% to 980.";
    assert_eq!(
        measures(&[line]),
        [
            (140.0, Measure::Online),
            (120.0, Measure::Online),
            (17.0, Measure::Online),
            (-3.0, Measure::All),
            (980.0, Measure::All)
        ]
    );
}

#[test]
fn a_meaning_clause_after_a_dash_does_not_name_what_the_totals_count() {
    let line = "Across the same years, the total number of sexual offences against children recorded in Gwent went from 1,204 to 1,377 - meaning about one in eight now carries an online flag.";
    assert_eq!(measures(&[line]), [(1204.0, Measure::All), (1377.0, Measure::All)]);
}

#[test]
fn a_measure_the_text_says_is_not_known_is_not_what_the_figure_counts() {
    let lines = [
        "Gwent Police recorded 1,377 sexual offences against children in 2022/23.",
        "Dyfed-Powys Police recorded 980, but could not say how many had been flagged as online.",
    ];
    assert_eq!(measures(&lines), [(1377.0, Measure::All), (980.0, Measure::All)]);
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
fn a_lone_figure_counts_what_its_own_clause_names_not_a_clause_after_it() {
    let line = "The number of sexual offences against children recorded in Gwent rose by 14% in 2022/23, with officers warning of a surge in grooming.";
    assert_eq!(measures(&[line]), [(14.0, Measure::All)]);
    let line = "Offences flagged as online made up 19 per cent of all child sexual offences in Gwent in 2022/23.";
    assert_eq!(measures(&[line]), [(19.0, Measure::Online)]);
    // A clause opened by a conjunction with no comma, as headlines print it.
    let line = "Child sex crimes in Gwent up 8pc in 2022/23 as online cases fall";
    assert_eq!(measures(&[line]), [(8.0, Measure::All)]);
    let line = "Online offences against children in Gwent rise 8pc in 2022/23 while sexual offences fall";
    assert_eq!(measures(&[line]), [(8.0, Measure::Online)]);
    // "as" that describes what is counted opens no clause.
    let line =
        "Gwent Police logged 187 sexual offences against children marked as having an online element in 2022/23.";
    assert_eq!(measures(&[line]), [(187.0, Measure::Online)]);
}

#[test]
fn a_small_change_in_the_headline_is_the_same_change_in_the_body() {
    let lines = [
        "Burglaries in Kent fall 6% as patrols are stepped up",
        "Kent Police recorded 8,100 burglaries in 2022/23, a fall of 6% on the year before.",
    ];
    let changes: Vec<_> = brief(&lines).into_iter().filter(|f| f.3 == Kind::PercentChange).collect();
    assert_eq!(changes, [(some("Kent Police"), some("2022/23"), -6.0, Kind::PercentChange)]);
}

#[test]
fn a_figure_printed_in_millions_in_a_headline_takes_the_year_and_place_of_the_one_it_rounds() {
    let lines = [
        "Police in Kent log 1.2 million calls as burglaries hit 4.3 million nationally",
        "Across England and Wales, police recorded 512,400 burglaries in 2023/24.",
        "In all, police recorded 4,312,800 burglaries and thefts in 2023/24.",
    ];
    let found = brief(&lines);
    assert!(found.contains(&(some("national"), some("2023/24"), 4_300_000.0, Kind::Count)), "{found:?}");
    // A figure the body does not round to at the digits printed keeps no year.
    let lines = [
        "Police log 4.4 million burglaries",
        "Across England and Wales, police recorded 4,312,800 burglaries in 2023/24.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 4_400_000.0 && f.1.is_none()), "{found:?}");
}

#[test]
fn a_headline_figure_in_whole_millions_takes_no_year_from_a_body_figure() {
    // "£5m" rounds anything from £4.5m to £5.5m: a new sum of its own, not the body's.
    let lines = [
        "Council gets £5m to fight fraud",
        "The money was confirmed on Friday.",
        "Separately, Hampshire Constabulary spent £4.8m on fraud inquiries in 2021/22.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 5_000_000.0 && f.1.is_none() && f.0.is_none()), "{found:?}");
    let lines =
        ["Courts face 3 million case backlog", "Forces recorded 3.2 million crimes in 2021/22 in England and Wales."];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 3_000_000.0 && f.1.is_none()), "{found:?}");
}

#[test]
fn a_rounded_figure_in_the_opening_lines_takes_the_place_year_and_measure_of_the_one_it_rounds() {
    let lines = [
        "Forces logged almost 2,500 offences against children in a single year, figures show",
        "Essex Police recorded 2,461 offences of sexual communication with a child in 2022/23.",
    ];
    let found = figures(&lines);
    let rounded =
        found.iter().find(|f| f.value == 2500.0).map(|f| (f.place.clone(), f.period.map(|p| p.to_string()), f.measure));
    assert_eq!(rounded, Some((some("Essex Police"), some("2022/23"), Measure::Other)), "{found:#?}");
    assert!(found.iter().any(|f| f.value == 2461.0));
}

#[test]
fn a_rounded_london_figure_in_the_opening_lines_is_the_figure_the_met_gives() {
    for lines in [
        [
            "Almost 500 London teens targeted by sextortion gangs",
            "The Metropolitan Police recorded 486 sextortion offences against under-18s in 2022/23.",
        ],
        [
            "More than 2,000 burglaries of London sheds in a year",
            "Figures from the Met show 2,140 shed burglaries were recorded in 2021/22.",
        ],
    ] {
        let found = brief(&lines);
        let rounded = found.iter().find(|f| f.2 == 500.0 || f.2 == 2000.0).map(|f| f.0.clone());
        assert_eq!(rounded, Some(some("Metropolitan Police")), "{found:?}");
    }
}

#[test]
fn a_total_said_in_the_opening_lines_to_top_a_value_is_the_one_the_body_prints() {
    let lines = [
        "Shoplifting in Dorset tops 3,000 for the first time",
        "Dorset Police recorded 3,214 shoplifting offences in 2022/23, up from 2,870 the year before.",
    ];
    let found = figures(&lines);
    let topped =
        found.iter().find(|f| f.value == 3000.0).map(|f| (f.period.map(|p| p.to_string()), f.qualifier.clone()));
    assert_eq!(topped, Some((some("2022/23"), some("more than"))), "{found:#?}");
    // One that only could top it is no figure at all (see the filters' tests).
    let found = figures(&["Shoplifting offences in Dorset could top 3,000 in 2022/23."]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_change_in_the_opening_lines_takes_the_place_found_for_the_count_beside_it() {
    let lines = [
        "Stalking reports hit new high",
        "Officers dealt with 1,312 stalking offences in the last year, a rise of 27 per cent",
        "Devon and Cornwall Police recorded 1,312 stalking offences in 2022/23, up from 1,033 the year before.",
    ];
    let found = brief(&lines);
    let change = found.iter().find(|f| f.2 == 27.0).map(|f| f.0.clone());
    assert_eq!(change, Some(some("Devon and Cornwall Police")), "{found:#?}");
}

#[test]
fn a_part_of_offences_flagged_online_is_online_whatever_it_involved() {
    let line = "Of the 410 online offences Cumbria logged, 52 were cases of blackmail over images.";
    assert_eq!(measures(&[line]), [(410.0, Measure::Online), (52.0, Measure::Online)]);
}

#[test]
fn a_total_given_in_a_relative_clause_counts_the_noun_before_it() {
    let line = "Online crimes were almost half of all sexual offences against children Dorset logged in 2023, which totalled 1,420.";
    assert_eq!(measures(&[line]), [(1420.0, Measure::All)]);
    // So beside a share of it in the same sentence.
    let line = "Online crimes made up 41% of all sexual offences against children Dorset logged in 2023, which totalled 1,420.";
    assert_eq!(measures(&[line]), [(41.0, Measure::Online), (1420.0, Measure::All)]);
    // "that" opens the clause as "which" does.
    let line =
        "Online cases were 29% of all sexual offences against children Avon logged in 2023, that totalled 2,210.";
    assert_eq!(measures(&[line]), [(29.0, Measure::Online), (2210.0, Measure::All)]);
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
fn sexual_offences_in_a_story_whose_only_child_is_in_a_link_to_another_are_no_child_offences() {
    let lines = [
        "Sexual offences on buses in Leeds rose to 212 in 2023/24.",
        "Read more: Girl, 14, hurt in crash on ring road",
        "Most of the victims were women aged 18 to 30.",
    ];
    assert_eq!(measures(&lines), [(212.0, Measure::Other)]);
}

#[test]
fn a_sentence_restating_a_count_counts_what_it_counted_and_so_does_its_baseline() {
    let lines = [
        "Kent Police recorded 2,310 sexual offences against children in 2023/24.",
        "The force also logged 140 offences of sexual communication with a child.",
        "| Force | All child sexual offences, 2023/24 |",
        "| Kent Police | 2,310 |",
        "Kent Police recorded the most: 2,310 offences, up from 2,150 the year before.",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(2150.0, Measure::All)), "{found:?}");
}

#[test]
fn parts_of_a_group_listed_after_it_count_what_the_group_counts_unless_their_clause_says() {
    let lines = [
        "Durham Constabulary recorded 812 sexual offences against children in 2021/22.",
        "Of those 812 offences, 205 were flagged as having an online element, and seven involved children under two.",
        "It also logged 96 grooming offences.",
    ];
    assert_eq!(
        measures(&lines),
        [(812.0, Measure::All), (205.0, Measure::Online), (7.0, Measure::All), (96.0, Measure::Other)]
    );
}

#[test]
fn counts_given_again_for_another_year_count_what_the_last_figures_counted_in_order() {
    let lines = [
        "Police Scotland recorded 3,140 sexual offences against children in 2023/24. Of those, 610 were flagged as having an online element.",
        "Three years before, the corresponding figures were 2,880 and 470.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(2880.0, Measure::All)) && m.contains(&(470.0, Measure::Online)), "{m:?}");
    let lines = [
        "In Dundee there were 212 sexual offences against children last year, and 58 of them were flagged as online.",
        "In 2020/21 those numbers stood at 190 and 31 respectively.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(190.0, Measure::All)) && m.contains(&(31.0, Measure::Online)), "{m:?}");
}

#[test]
fn a_pair_of_counts_given_again_as_the_figures_or_the_totals_counts_what_the_last_pair_did() {
    let lines = [
        "Gwent Police logged 860 sexual offences against children in 2021/22, 95 of them flagged as online.",
        "A year later the figures were 910 and 122.",
        "By 2023/24 the totals had risen to 1,004 and 151: all offences up 10%, flagged ones up 24%.",
    ];
    let m = measures(&lines);
    for (v, measure) in
        [(910.0, Measure::All), (122.0, Measure::Online), (1004.0, Measure::All), (151.0, Measure::Online)]
    {
        assert!(m.contains(&(v, measure)), "{v}: {m:?}");
    }
    let lines = [
        "Across Fife, 402 sexual offences against children were recorded in 2022/23, of which 61 were flagged online.",
        "In 2023/24, the figures were 433 and 70 respectively.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(433.0, Measure::All)) && m.contains(&(70.0, Measure::Online)), "{m:?}");
    // Two counts after "the figures were" that name their own measure keep it.
    let lines = [
        "Gwent Police logged 860 sexual offences against children in 2021/22, 95 of them flagged as online.",
        "A year later the figures were 30 grooming offences and 12 image offences.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(30.0, Measure::Other)) && m.contains(&(12.0, Measure::Other)), "{m:?}");
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
fn frauds_in_the_plural_are_another_measure() {
    let lines = [
        "Police Scotland recorded 610 online sexual offences against children in 2023/24.",
        "Pensioners were the victims in 2,140 of the frauds recorded in 2023/24.",
    ];
    assert!(measures(&lines).contains(&(2140.0, Measure::Other)), "{:?}", measures(&lines));
    let lines = ["Police Scotland recorded 610 cyber-enabled offences in 2023/24, and 95 frauds."];
    assert!(measures(&lines).contains(&(95.0, Measure::Other)), "{:?}", measures(&lines));
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
fn a_whole_opening_the_sentence_counts_all_offences_and_its_part_after_the_comma_what_is_said_of_it() {
    let lines = [
        "Avon and Somerset Police published its figures on sexual offences against children.",
        "Of the 1,420 offences logged in 2023/24, 164 had an online element.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(1420.0, Measure::All)) && m.contains(&(164.0, Measure::Online)), "{m:?}");
    let lines = [
        "Child sexual abuse figures for Gwent were released.",
        "Of all the 980 crimes recorded last year, 120 were flagged as online.",
    ];
    let m = measures(&lines);
    assert!(m.contains(&(980.0, Measure::All)) && m.contains(&(120.0, Measure::Online)), "{m:?}");
}

#[test]
fn an_aside_saying_what_a_count_takes_in_is_no_part_of_it() {
    for line in [
        "Sexual offences against children, including those committed online, rose to 1,420 in 2023/24.",
        "Recorded sexual crimes against under-18s, including those that took place online, totalled 1,420 in 2023/24.",
    ] {
        assert_eq!(measures(&[line]), [(1420.0, Measure::All)], "{line}");
    }
    // A part with a number of its own is one.
    let line = "Police recorded 1,420 sexual offences against children in 2023/24, including 164 online.";
    assert_eq!(measures(&[line]), [(1420.0, Measure::All), (164.0, Measure::Online)]);
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
fn the_first_measure_is_the_one_the_first_clause_names_not_a_later_clauses() {
    for (headline, measure) in [
        ("Child sex crimes up a fifth as detectives warn of sextortion surge", Measure::All),
        ("Online sex offences against children rise, while grooming cases fall", Measure::Online),
        ("Grooming cases rise as police warn parents", Measure::Other),
    ] {
        let article = Article::from_lines(&[
            (headline, Role::Headline),
            ("Police in Fife recorded 412 offences in 2023/24, up from 344 the year before.", Role::Body),
        ]);
        let m: Vec<Measure> = extract_figures(&article).iter().map(|f| f.measure).collect();
        assert_eq!(m, [measure, measure], "{headline}");
    }
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

#[test]
fn a_change_over_so_many_years_in_the_opening_lines_runs_to_the_year_of_the_first_body_figure() {
    let lines = [
        "Bike thefts in Norfolk up 80% in four years",
        "Bike thefts in Norfolk have risen by 80% in four years, figures show.",
        "Norfolk Constabulary recorded 900 bike thefts in the year to March 2024.",
    ];
    let found = brief(&lines);
    let periods: Vec<_> = found.iter().filter(|f| f.2 == 80.0).map(|f| f.1.clone()).collect();
    assert!(!periods.is_empty() && periods.iter().all(|p| p.as_deref() == Some("2023/24")), "{found:#?}");
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
fn a_headline_figure_with_no_place_is_the_one_the_body_places() {
    let lines = [
        "Police log more than 42,000 burglaries in a year",
        "Forces in England and Wales logged more than 42,000 burglaries in 2030, a new report shows.",
    ];
    assert_eq!(brief(&lines), [(some("national"), None, 42000.0, Kind::Count)]);
    let lines = [
        "Nearly 9,100 frauds reported in a year",
        "Police across the UK recorded nearly 9,100 frauds in 2030, the report says.",
    ];
    assert_eq!(brief(&lines), [(some("national"), None, 9100.0, Kind::Count)]);
}
