//! A figure printed again is one figure (a rounded one, or one for London and for the Met,
//! may be two), and a change of the same size stated afresh is another.

use super::*;

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
fn a_hedged_round_part_of_those_just_counted_is_no_restatement_of_a_near_value() {
    let lines = [
        "Kent Police recorded 1,010 burglaries in 2030/31 and 4,200 thefts in 2031/32.",
        "Nearly 1,000 of those thefts were reported online.",
    ];
    assert_eq!(period_of(&lines, 1000.0), some("2031/32"));
}

#[test]
fn a_hedged_round_part_of_them_takes_the_year_of_its_whole() {
    let lines = [
        "Essex Police logged 2,030 robberies in 2029/30.",
        "In 2030/31 it logged 6,500 robberies. More than 2,000 of them involved a knife.",
    ];
    assert_eq!(period_of(&lines, 2000.0), some("2030/31"));
}

#[test]
fn a_small_change_printed_again_naming_no_measure_is_the_change_before() {
    let lines = [
        "Merseyside Police logged 1,830 sexual offences on buses in 2030/31, a drop of 3% from 1,890 in 2029/30.",
        "Crimes against children form a smaller share. Of these, 60 were cyber-enabled. The cyber-enabled count for 2029/30 was 45.",
        "Even so, nobody should celebrate a 3% drop.",
    ];
    let found = brief(&lines);
    assert_eq!(found.iter().filter(|f| f.2 == -3.0).count(), 1, "{found:?}");
}

#[test]
fn a_small_rise_printed_again_in_a_later_paragraph_is_the_rise_before() {
    let lines = [
        "British Transport Police logged 2,205 sexual offences on the Tube in 2028/29, up 5% on the 2,100 of 2027/28.",
        "Among children, 140 of the crimes were cyber-enabled, compared with 110 a year earlier.",
        "That 5% increase ought to trouble every commuter, though.",
    ];
    let found = brief(&lines);
    assert_eq!(found.iter().filter(|f| f.2 == 5.0).count(), 1, "{found:?}");
}
