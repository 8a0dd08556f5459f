//! What measure a figure takes from the text around it when its own words name none, and
//! when a clause beside it names another.

use super::*;

#[test]
fn figures_before_a_clause_naming_another_measure_count_what_their_own_words_name() {
    let lines = [
        "Police recorded 41,200 crimes in 2019/20.",
        "Violent crime rose to 12,480 from 11,950, an increase of 4 per cent, while sexual offences against children fell.",
    ];
    assert_eq!(
        measures(&lines),
        [(41200.0, Measure::Other), (12480.0, Measure::Other), (11950.0, Measure::Other), (4.0, Measure::Other)]
    );
    let lines = ["Online child sexual offences reached 300 in Dorset in 2020/21; overall crime, by contrast, fell."];
    assert_eq!(measures(&lines), [(300.0, Measure::Online)]);
}

#[test]
fn a_change_in_apposition_after_its_counts_counts_what_they_count() {
    let lines =
        ["Online child sex offences went up from 210 to 250, a rise of 19%, and grooming offences rose to 900."];
    assert_eq!(
        measures(&lines),
        [(210.0, Measure::Online), (250.0, Measure::Online), (19.0, Measure::Online), (900.0, Measure::Other)]
    );
    let lines =
        ["Indecent image crimes fell to 88 from 97, a drop of 9%, while online child sexual offences climbed to 140."];
    assert_eq!(
        measures(&lines),
        [(88.0, Measure::Other), (97.0, Measure::Other), (-9.0, Measure::Other), (140.0, Measure::Online)]
    );
}

#[test]
fn a_change_in_apposition_after_a_sum_of_money_is_no_count_of_offences() {
    let lines = [
        "Sexual offences against children in Dyfed-Powys rose to 610 in 2023/24.",
        "The precept takes a Band D bill to £298.40, a rise of 6.1 per cent, from April.",
    ];
    assert_eq!(measures(&lines), [(610.0, Measure::All), (298.4, Measure::Other), (6.1, Measure::Other)]);
    let lines = [
        "Online child sex offences in Cumbria reached 95 in 2022/23.",
        "Its budget grew to £130.2m, up 4%, the panel heard.",
    ];
    assert_eq!(measures(&lines), [(95.0, Measure::Online), (130_200_000.0, Measure::Other), (4.0, Measure::Other)]);
}

#[test]
fn a_lone_count_flagged_as_online_is_online_whatever_else_the_sentence_names() {
    let lines = ["Durham Constabulary flagged 188 child sexual offences as online in 2021/22."];
    assert_eq!(measures(&lines), [(188.0, Measure::Online)]);
    let lines =
        ["Last year, officers in Gwent flagged 97 sexual offences against under-18s as having an online element."];
    assert_eq!(measures(&lines), [(97.0, Measure::Online)]);
}

#[test]
fn a_part_set_off_by_a_comma_alone_counts_its_own_measure_and_the_whole_all_offences() {
    let lines = [
        "North Yorkshire Police recorded 780 child sexual offences in 2023/24, 96 of them online.",
        "Cleveland's total was 1,020.",
    ];
    assert_eq!(measures(&lines), [(780.0, Measure::All), (96.0, Measure::Online), (1020.0, Measure::All)]);
    let lines = ["Gwent logged 1,410 sexual offences against under-18s in 2022/23, most of those online."];
    assert_eq!(measures(&lines), [(1410.0, Measure::All)]);
    // A thousands comma opens no part clause: "1,986 of these" is the part itself.
    let lines = [
        "Forces in the region recorded 9,800 child sexual offences in 2022/23.",
        "1,986 of these offences were flagged as online.",
    ];
    assert_eq!(measures(&lines), [(9800.0, Measure::All), (1986.0, Measure::Online)]);
}

#[test]
fn sexual_offences_against_adults_are_another_measure() {
    let lines = [
        "Kent Police recorded 2,300 sexual offences against children in 2023/24.",
        "Sexual offences against adults in the county rose by 4% to 5,100.",
    ];
    assert_eq!(measures(&lines), [(2300.0, Measure::All), (4.0, Measure::Other), (5100.0, Measure::Other)]);
    let lines = ["Essex Police logged 3,900 sexual offences involving adult victims in 2022/23."];
    assert_eq!(measures(&lines), [(3900.0, Measure::Other)]);
}

#[test]
fn a_measure_one_list_item_names_does_not_carry_past_the_list() {
    let text = "Grooming offences rise across the region\n\n\
        Grooming is up everywhere in the county, a charity warned on Tuesday.\n\n\
        • Grooming offences rose to 1,410 across the region in 2022/23\n\
        • Officers on the rail network dealt with 31 sexual offences against under-16s at stations\n\n\
        In Derbyshire the count reached 240 in 2022/23, against 205 a year earlier.\n";
    let got: Vec<(f64, Measure)> = text_figures(text).iter().map(|f| (f.value, f.measure)).collect();
    assert_eq!(got, [(1410.0, Measure::Other), (31.0, Measure::All), (240.0, Measure::Other), (205.0, Measure::Other)]);
    let text = "Online child sex offences are rising\n\n\
        Online child sexual offences are rising, figures show.\n\n\
        - Kent: 402 child sexual offences in total in 2021/22\n\
        - Essex: 388\n\n\
        Surrey Police flagged 77 in the same year.\n";
    let got: Vec<(f64, Measure)> = text_figures(text).iter().map(|f| (f.value, f.measure)).collect();
    assert_eq!(got, [(402.0, Measure::All), (388.0, Measure::All), (77.0, Measure::Online)]);
}

#[test]
fn a_live_blog_entry_starts_again_from_what_the_story_counts() {
    let text = "LIVE: reaction to the grooming figures\n\n\
        Stay with us for reaction to new figures on grooming offences.\n\n\
        10:40 - Rail police figures\n\n\
        Rail officers dealt with 31 sexual offences against under-16s at stations in 2022/23.\n\n\
        09:15 - Derbyshire reacts\n\n\
        The Derbyshire force put its count at 240 for 2022/23, against 205 a year before.\n";
    let got: Vec<(f64, Measure)> = text_figures(text).iter().map(|f| (f.value, f.measure)).collect();
    assert_eq!(got, [(31.0, Measure::All), (240.0, Measure::Other), (205.0, Measure::Other)]);
    let text = "Live: online abuse figures\n\n\
        Follow the day's reaction to new figures on online child sexual offences.\n\n\
        4.15pm - Wider picture\n\n\
        Police in the county put the total of sexual offences against children at 1,900 for 2023/24.\n\n\
        3.30pm - Norfolk\n\n\
        Norfolk Constabulary recorded 233 in 2023/24.\n";
    let got: Vec<(f64, Measure)> = text_figures(text).iter().map(|f| (f.value, f.measure)).collect();
    assert_eq!(got, [(1900.0, Measure::All), (233.0, Measure::Online)]);
}

#[test]
fn a_part_in_words_flagged_online_does_not_carry_to_the_next_forces_count() {
    let lines = [
        "Surrey Police logged 1,276 child sexual offences during 2022/23.",
        "Two hundred and forty-five of them were marked as online offences.",
        "Sussex Police counted seven hundred and eighty-two crimes.",
    ];
    assert_eq!(measures(&lines), [(1276.0, Measure::All), (245.0, Measure::Online), (782.0, Measure::All)]);
}

#[test]
fn a_part_clause_with_its_number_in_words_counts_its_own_measure() {
    let lines = [
        "Essex Police recorded two thousand, one hundred and forty sexual offences against children in 2022/23, with three hundred and one flagged online.",
    ];
    assert_eq!(measures(&lines), [(2140.0, Measure::All), (301.0, Measure::Online)]);
}

#[test]
fn a_bare_it_was_after_a_part_counts_what_that_part_counted() {
    let lines = [
        "In 2022/23 Dorset Police logged 1,840 child sexual offences.",
        "Of the Dorset total, 230 offences were marked by detectives as committed online. Twelve months before it was 170.",
    ];
    assert_eq!(measures(&lines).last(), Some(&(170.0, Measure::Online)));
    let lines = [
        "In 2022/23 Wiltshire Police logged 1,120 child sexual offences.",
        "Of the force's total, 140 were flagged as online offences.",
        "In 2021/22 it stood at 101.",
    ];
    assert_eq!(measures(&lines).last(), Some(&(101.0, Measure::Online)));
    let lines = [lines[0], lines[1], "It was 101 in 2021/22."];
    assert_eq!(measures(&lines).last(), Some(&(101.0, Measure::Online)));
    // After the total itself, a bare "it was" counts the total.
    let lines = [
        "Of the force's total, 140 were flagged as online offences.",
        "In 2022/23 Wiltshire Police logged 1,120 child sexual offences.",
        "In 2021/22 it was 1,020.",
    ];
    assert_eq!(measures(&lines).last(), Some(&(1020.0, Measure::All)));
}

#[test]
fn a_sentence_defining_what_the_figures_count_sets_their_measure() {
    let lines = [
        "Police Scotland recorded 1,900 online child sex crimes in 2022-23.",
        "The figures below count only offences of sexual grooming, which the force logs under a separate code.",
        "Government crime statistics show:",
        "- 2021-22: 1,148 such crimes",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(1148.0, Measure::Other)), "{found:?}");
}

#[test]
fn a_sentence_defining_what_the_figures_count_by_several_measures_sets_none() {
    let lines = [
        "Police Scotland recorded 1,900 online child sex crimes in 2022-23.",
        "The numbers here count offences of sexual grooming and every sexual crime against a child.",
        "Government crime statistics show:",
        "- 2021-22: 1,148 such crimes",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(1148.0, Measure::Online)), "{found:?}");
}

#[test]
fn counts_split_by_a_childs_age_after_online_ones_count_all_offences() {
    let lines = [
        "Wessex Police recorded 3,140 sexual offences against children in 2029/30.",
        "The online-flagged total was 512, up from 430.",
        "Where an age was logged, 1,207 involved girls aged 12 or younger.",
        "A further 61 concerned children under the age of five.",
    ];
    assert_eq!(
        measures(&lines),
        [
            (3140.0, Measure::All),
            (512.0, Measure::Online),
            (430.0, Measure::Online),
            (1207.0, Measure::All),
            (61.0, Measure::All)
        ]
    );
    let lines = [
        "- 2,210 sexual offences against children in Mercia in 2029/30",
        "- online-flagged child sex crimes rose to 640",
        "- almost 300 of the victims were aged between 11 and 14",
    ];
    assert_eq!(measures(&lines), [(2210.0, Measure::All), (640.0, Measure::Online), (300.0, Measure::All)]);
}

#[test]
fn counts_split_by_age_in_a_text_of_online_counts_alone_or_by_an_adults_age_keep_their_measure() {
    let lines = [
        "In Mercia, child sex crimes flagged as online climbed to 640 in 2029/30.",
        "Of those logged last year, 212 involved girls aged 12 or younger.",
    ];
    assert_eq!(measures(&lines), [(640.0, Measure::Online), (212.0, Measure::Online)]);
    let lines = [
        "Mercia Police logged 2,210 sexual offences against children in 2029/30.",
        "In Mercia, child sex crimes flagged as online climbed to 640 in 2029/30.",
        "Of those, 75 were committed online against children aged under 13.",
    ];
    assert_eq!(measures(&lines), [(2210.0, Measure::All), (640.0, Measure::Online), (75.0, Measure::Online)]);
    let lines = [
        "Mercia Police logged 2,210 sexual offences against children in 2029/30.",
        "Reports of online fraud in Mercia rose to 2,640 in 2029/30.",
        "Of those, 390 involved victims aged 70 or over.",
    ];
    assert_eq!(measures(&lines), [(2210.0, Measure::All), (2640.0, Measure::Other), (390.0, Measure::Other)]);
}

#[test]
fn such_offences_count_what_the_sentence_before_named_without_a_figure() {
    // A headline naming another measure first; the sentence right before the count names
    // online offences but gives no figure ("by a third" is none).
    let lines = [
        "Blackmail gangs target Fife teenagers",
        "Police in Fife say child sex crimes carrying an online flag are a third higher than a year ago.",
        "In 2022-23 the force dealt with 230 such offences, compared with 171 in 2021-22.",
    ];
    assert_eq!(measures(&lines), [(230.0, Measure::Online), (171.0, Measure::Online)]);
    let lines = [
        "A Swindon pensioner who hoarded indecent pictures of children was sentenced on Monday.",
        "Separate figures show child sexual offences recorded by Wessex Police have almost doubled.",
        "The force logged 418 such crimes in 2019/20.",
    ];
    assert_eq!(measures(&lines), [(418.0, Measure::All)]);
}

#[test]
fn a_bare_pair_given_respectively_after_all_and_online_counts_takes_each_measure_by_its_size() {
    let lines = [
        "Tayside's online-flagged child sex offences numbered 880 in 2020/21 and 610 in 2017/18.",
        "Counting every child sexual offence, the force's total for 2020/21 was 2,410, against 2,100 in 2017/18.",
        "For 2019/20 the two numbers were 2,290 and 790 respectively.",
    ];
    let found = measures(&lines);
    assert!(found.contains(&(2290.0, Measure::All)), "{found:?}");
    assert!(found.contains(&(790.0, Measure::Online)), "{found:?}");
}
