//! The measure a figure counts as it carries from sentence to sentence, through clauses,
//! wholes and their parts, lists and counts given again.

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
fn a_lone_figure_before_as_and_a_measure_that_doubles_or_trebles_counts_its_own_words() {
    let lines = ["Sexual offences against children reach 2,040 in Wessex as online offending trebles"];
    assert_eq!(measures(&lines), [(2040.0, Measure::All)]);
    let lines = ["Online child sex crimes reach 880 in Mercia as all child sex offences treble"];
    assert_eq!(measures(&lines), [(880.0, Measure::Online)]);
}

#[test]
fn a_lone_figure_before_as_and_a_measure_that_halves_counts_its_own_words() {
    let lines = ["Child sexual offences in Mercia reach 3,300 as cases flagged online halve"];
    assert_eq!(measures(&lines), [(3300.0, Measure::All)]);
}
