//! The place of figures in texts about a force that polices a whole nation and the parts of
//! its ground: "the national force", a division named after the nation opening a sentence.

use super::*;

#[test]
fn the_national_force_is_the_nation_s_force_the_text_named() {
    let lines = [
        "Police Scotland splits its ground into 13 divisions.",
        "Fife division logged 410 thefts in 2022/23.",
        "The national force recorded 5,140 thefts in 2022/23, an increase of 4 per cent.",
    ];
    assert_eq!(place_of(&lines, 5140.0), some("Police Scotland"));
    assert_eq!(place_of(&lines, 4.0), some("Police Scotland"));
    let lines = [
        "Thefts from cars rose in Tayside, where Police Scotland logged 380 in 2021/22.",
        "Overall the single national force dealt with 2,950 such thefts in 2021/22.",
    ];
    assert_eq!(place_of(&lines, 2950.0), some("Police Scotland"));
}

#[test]
fn a_part_of_a_force_after_the_nation_it_polices_opening_the_sentence_is_the_part_s() {
    let lines = ["Within Scotland, Fife division had the highest count: 412 in 2022/23."];
    assert_eq!(place_of(&lines, 412.0), some("Fife"));
    let lines =
        ["Police Scotland recorded 5,000 burglaries.", "Across Scotland, Tayside recorded 730 of them in 2021/22."];
    assert_eq!(place_of(&lines, 730.0), some("Tayside"));
}

#[test]
fn a_council_area_whose_force_is_named_only_as_the_source_of_its_figures_is_what_the_text_is_about() {
    let lines = [
        "Burglaries in Newry, Mourne and Down went up by 9 per cent in 2021-22, new PSNI figures show.",
        "Officers in the district dealt with 1,210 burglaries over the year, up from 1,110 in 2020-21.",
    ];
    assert_eq!(place_of(&lines, 1210.0), some("Newry, Mourne and Down"));
    assert_eq!(place_of(&lines, 1110.0), some("Newry, Mourne and Down"));
    let lines = [
        "Figures from the PSNI show car thefts in Mid Ulster fell by 6 per cent in 2022-23.",
        "Some 340 cars were stolen in the district over the year.",
    ];
    assert_eq!(place_of(&lines, 340.0), some("Mid Ulster"));
}

#[test]
fn an_area_ranked_next_with_its_own_number_is_that_number_s_place() {
    let line = "Mid Ulster saw 410 thefts in 2022/23, with Causeway Coast and Glens next, followed by Fermanagh and Omagh with 380.";
    assert_eq!(place_of(&[line], 380.0), some("Fermanagh and Omagh"));
    let line = "Belfast City had the most burglaries, 930, ahead of Newry, Mourne and Down on 212.";
    assert_eq!(place_of(&[line], 212.0), some("Newry, Mourne and Down"));
}

#[test]
fn a_total_over_more_forces_than_any_region_has_is_the_country_s_not_the_region_s() {
    let lines = [
        "Police in the South West logged more thefts in 2022/23.",
        "Avon and Somerset Police recorded 640, up 5%.",
        "Across the 41 forces that supplied data, 18,220 thefts were logged in 2022/23, up 3% on 2021/22.",
    ];
    assert_eq!(place_of(&lines, 18220.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 3.0), some(NATIONAL));
    let lines = [
        "How the East Midlands compares",
        "Derbyshire Constabulary recorded 410 burglaries in 2023/24.",
        "In total 12,900 burglaries were logged by the 39 forces that answered.",
    ];
    assert_eq!(place_of(&lines, 12900.0), some(NATIONAL));
}

#[test]
fn a_number_set_against_a_share_of_the_national_total_is_not_the_country_s() {
    let line =
        "Kent Police recorded 4,120 burglaries in 2023/24, up 6% on 2022/23 and about a tenth of the national total.";
    assert_eq!(place_of(&[line], 6.0), some("Kent Police"));
    let line = "Essex Police logged 980 thefts in 2022/23, a rise of 12 per cent and nearly 3% of the national figure.";
    assert_eq!(place_of(&[line], 12.0), some("Essex Police"));
}

#[test]
fn a_country_in_an_aside_describing_a_force_is_not_its_number_s_place() {
    let lines = ["Burglaries rose in 2022/23.", "Kent Police, one of the UK's busiest forces, logged 4,100 of them."];
    assert_eq!(place_of(&lines, 4100.0), some("Kent Police"));
    let lines = ["Thefts fell in 2022/23.", "The Met, Britain's largest force, came top with 9,310."];
    assert_eq!(place_of(&lines, 9310.0), some("Metropolitan Police"));
}

#[test]
fn a_council_area_after_its_number_is_its_place_not_the_division_reporting_it() {
    let line = "A report from Police Scotland's Tayside division shows 97 thefts were recorded in Dundee between April and June, compared with 71 a year earlier.";
    assert_eq!(place_of(&[line], 97.0), some("Dundee"));
    assert_eq!(place_of(&[line], 71.0), some("Dundee"));
    let line = "Figures from the Fife division show 412 burglaries were logged in Kirkcaldy in 2022/23.";
    assert_eq!(place_of(&[line], 412.0), some("Kirkcaldy"));
}

#[test]
fn a_council_area_after_its_number_is_its_place_not_the_force_s_division_under_a_region_s_name() {
    let line = "Police Scotland's North East division logged 130 thefts in Aberdeenshire in 2022/23.";
    assert_eq!(place_of(&[line], 130.0), some("Aberdeenshire"));
    let line =
        "A review of Police Scotland's South West division found 88 frauds were reported in East Ayrshire last year.";
    assert_eq!(place_of(&[line], 88.0), some("East Ayrshire"));
}

#[test]
fn the_city_or_town_means_the_council_area_the_text_last_gave_a_figure_for() {
    let lines = [
        "Tayside division recorded 2,100 thefts in 2022/23.",
        "Of those, 640 were recorded in Dundee.",
        "Police Scotland said patrols had been stepped up.",
        "In 2021/22 the city recorded 590 thefts.",
    ];
    assert_eq!(place_of(&lines, 590.0), some("Dundee"));
    let lines = [
        "The Fife division logged 900 frauds in 2022/23, and 210 of them were reported in Kirkcaldy.",
        "Officers said most involved online shopping.",
        "Longer-term figures for the town were given in an appendix:",
        "| Kirkcaldy | 2021/22 | 2022/23 |",
        "|---|---|---|",
        "| Thefts | 95 | 120 |",
    ];
    assert_eq!(place_of(&lines, 95.0), some("Kirkcaldy"));
}

#[test]
fn the_city_is_not_a_neighbourhood_named_as_an_area() {
    let lines = [
        "Thefts in Edinburgh fell in 2023/24.",
        "Reports in the Leith Walk area rose to 410.",
        "Across the city, 2,300 thefts were recorded in 2023/24.",
    ];
    assert_ne!(place_of(&lines, 2300.0), some("Leith Walk"));
}

#[test]
fn a_region_naming_a_newsroom_is_no_place() {
    let lines = [
        "Words and charts by the Midlands Data Desk",
        "Derbyshire Constabulary recorded 410 burglaries in 2023/24.",
        "Across the two forces, burglaries rose by 7% to 730.",
    ];
    assert_ne!(place_of(&lines, 730.0), some("Midlands"));
    let lines = [
        "By the North West News Bureau",
        "Cumbria Constabulary logged 212 thefts in 2023/24.",
        "Across the three forces, thefts rose by 5% to 1,930.",
    ];
    assert_ne!(place_of(&lines, 1930.0), some("North West"));
}

#[test]
fn a_crosshead_figure_naming_no_place_takes_the_place_the_paragraph_under_it_prints_it_for() {
    let lines = [
        "Essex Police recorded 3,000 burglaries in 2022/23, up 2%.",
        "Thefts up 9%",
        "Kent Police recorded 4,100 thefts in 2022/23, up 9% on the year before.",
    ];
    let found = figures(&lines);
    assert!(found.iter().filter(|f| f.value == 9.0).all(|f| f.place.as_deref() == Some("Kent Police")), "{found:#?}");
    let lines = [
        "Across England and Wales, robberies fell 3% in 2022/23.",
        "Shoplifting rises 12 per cent",
        "Shoplifting offences in Dorset rose by 12 per cent to 5,210 in 2022/23.",
    ];
    let found = figures(&lines);
    assert!(
        found.iter().filter(|f| f.value == 12.0).all(|f| f.place.as_deref() == Some("Dorset Police")),
        "{found:#?}"
    );
}

#[test]
fn a_nation_in_the_title_of_an_order_or_regulations_is_no_place() {
    let lines = [
        "Under the Litter Fines (Wales) Order 2019, councils issued 640 penalty notices in 2023/24.",
        "Dyfed-Powys Police recorded 212 thefts in 2023/24.",
    ];
    assert_ne!(place_of(&lines, 640.0), some("Wales"));
    let lines =
        ["Councils issued 95 penalty notices under the Marine Licensing (Scotland) Regulations 2017 in 2022/23."];
    assert_eq!(place_of(&lines, 95.0), None);
    // The title of an Act was never one.
    let lines = [
        "Under the Litter Fines (Wales) Act 2019, councils issued 640 penalty notices in 2023/24.",
        "Dyfed-Powys Police recorded 212 thefts in 2023/24.",
    ];
    assert_ne!(place_of(&lines, 640.0), some("Wales"));
}
