//! Places from the parts of a page around its sentences: headlines and opening lines,
//! headings and section breaks, lists and tables with their captions and source notes, and a
//! site's menus and breadcrumbs.

use super::*;

#[test]
fn a_separator_starts_a_new_section_with_nothing_carried_over() {
    let mut a = article(&[
        "Kent Police recorded 1,200 offences in 2023/24.",
        "---",
        "NORFOLK: Grooming up again",
        "The force logged 215 grooming offences, up 9 per cent.",
        "---",
        "Figures for the region were not published, but 88 were referred to social services.",
    ]);
    a.paragraphs[1].role = Role::Furniture;
    a.paragraphs[2].role = Role::Furniture;
    let found = extract_figures(&a);
    let of = |v: f64| found.iter().find(|f| f.value == v).map(|f| (f.place.clone(), f.period.map(|p| p.to_string())));
    assert_eq!(of(215.0), Some((some("Norfolk Constabulary"), None)));
    assert_eq!(of(9.0), Some((some("Norfolk Constabulary"), None)));
    assert_eq!(of(88.0), Some((None, None)));
}

#[test]
fn a_list_of_several_forces_is_not_the_place_of_later_sentences() {
    let lines = [
        "Sussex, Surrey and Kent lead regional league table for grooming crimes",
        "Forces in England and Wales recorded 6,400 grooming offences in 2022/23.",
        "Three forces, among them Dorset and Wiltshire, sent incomplete returns.",
        "In all, 31,000 offences against children were recorded in 2022/23.",
    ];
    assert_eq!(place_of(&lines[..2], 6400.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 31000.0), some(NATIONAL));
    // A headline list is not the place of an unplaced figure after it either.
    let lines = ["Sussex, Surrey and Kent lead grooming table", "Officers logged 6,400 offences."];
    assert_eq!(place_of(&lines, 6400.0), None);
}

#[test]
fn the_rows_of_a_list_or_table_do_not_become_the_place_of_the_text_after_it() {
    let lines = [
        "Police in England and Wales recorded 48,200 robberies in 2022/23.",
        "Avon and Somerset Police: 1,020",
        "Dorset Police: 310",
        "Force | Robberies",
        "Wiltshire Police | 290",
        "Of the 48,200, 9,800 involved a knife.",
    ];
    assert_eq!(place_of(&lines, 310.0), some("Dorset Police"));
    assert_eq!(place_of(&lines, 290.0), some("Wiltshire Police"));
    assert_eq!(place_of(&lines, 9800.0), some(NATIONAL));
}

#[test]
fn an_opening_change_with_no_place_is_about_the_first_placed_and_dated_figure() {
    let lines = [
        "Shed burglaries surge 37% in four years",
        "Police in England and Wales recorded 8,120 shed burglaries in 2021/22.",
    ];
    assert_eq!(place_of(&lines, 37.0), some("national"));
    assert_eq!(period_of(&lines, 37.0), some("2021/22"));
    // Not a change across forces the text leaves unnamed.
    let lines = ["Thefts rose 12% across six forces", "Kent Police recorded 640 thefts in 2021/22."];
    assert_eq!(place_of(&lines, 12.0), None);
}

#[test]
fn a_heading_naming_only_a_council_area_heads_a_section_about_it() {
    let lines = [
        "West Yorkshire Police recorded 18,204 vehicle crimes in 2023/24.",
        "Bradford",
        "There were 4,880 vehicle crimes in the district, up 3%.",
        "Kirklees",
        "Vehicle crime fell by 7% to 2,940.",
        "What the force says",
        "Officers logged 610 thefts of catalytic converters.",
    ];
    assert_eq!(place_of(&lines, 4880.0), some("Bradford"));
    assert_eq!(place_of(&lines, 3.0), some("Bradford"));
    assert_eq!(place_of(&lines, 2940.0), some("Kirklees"));
    // A heading naming no place ends the district's section.
    assert_eq!(place_of(&lines, 610.0), some("West Yorkshire Police"));
    // A name in capitals, as a dateline prints it, heads nothing.
    let lines = [
        "West Yorkshire Police recorded 18,204 vehicle crimes in 2023/24.",
        "BRADFORD",
        "There were 4,880 vehicle crimes, up 3%.",
    ];
    assert_eq!(place_of(&lines, 4880.0), some("West Yorkshire Police"));
}

#[test]
fn a_headline_figure_printed_again_undated_takes_that_printings_place() {
    let lines = [
        "Car thefts reach 61,204 in a year",
        "Police in Wales recorded 61,204 car thefts in the year to June 2024, the most in a decade.",
        "Gwent Police recorded 3,100 of them in 2023/24.",
    ];
    let found = figures(&lines);
    let places: Vec<Option<&str>> = found.iter().filter(|f| f.value == 61204.0).map(|f| f.place.as_deref()).collect();
    assert_eq!(places, [Some("Wales")]);
}

#[test]
fn an_opening_figure_placed_only_by_the_source_of_its_figures_is_the_bodys_for_a_part_of_its_ground() {
    let lines = [
        "Knife crime in Croydon hits 310 as borough tops the table",
        "Street robberies near the high street drive a 24% rise, new Met figures show",
        "Police recorded 310 knife crimes in Croydon in 2024, up 24 per cent from 250 in 2023, according to Metropolitan Police figures.",
    ];
    let places: Vec<Option<String>> =
        figures(&lines).into_iter().filter(|f| f.value == 24.0).map(|f| f.place).collect();
    assert_eq!(places, [some("Croydon")]);
    // Printed for the whole force too, the change is left to the force.
    let mut lines = lines.to_vec();
    lines.push("Across the Met as a whole, knife crime also rose 24 per cent in 2024.");
    let places: Vec<Option<String>> =
        figures(&lines).into_iter().filter(|f| f.value == 24.0).map(|f| f.place).collect();
    assert!(places.contains(&some("Metropolitan Police")), "{places:?}");
}

#[test]
fn a_council_area_opening_a_table_row_is_that_rows_place() {
    let lines = [
        "Merseyside Police recorded 2,050 car thefts in 2023/24.",
        "| Area | 2022/23 | 2023/24 |",
        "| Wirral | 410 | 432 |",
        "| Knowsley | 288 | 301 |",
    ];
    assert_eq!(place_of(&lines, 432.0), some("Wirral"));
    assert_eq!(place_of(&lines, 288.0), some("Knowsley"));
    assert_eq!(place_of(&lines, 2050.0), some("Merseyside Police"));
    // A row printed without its outer bars.
    let lines = ["Merseyside Police recorded 2,050 car thefts in 2023/24.", "Sefton | 190 | 204"];
    assert_eq!(place_of(&lines, 204.0), some("Sefton"));
}

#[test]
fn more_than_a_round_thousand_in_the_opening_lines_is_the_body_figure_it_cuts_down() {
    let lines = [
        "Thefts of vans rose sharply last year, with one force recording more than 3,000, figures show.",
        "Essex Police recorded 3,410 thefts of vans in 2023/24, up from 2,800.",
    ];
    assert_eq!(place_of(&lines, 3000.0), some("Essex Police"));
    assert_eq!(period_of(&lines, 3000.0), some("2023/24"));
    // Not one a hedge points away from.
    let lines = [
        "Thefts of vans rose sharply last year, with one force recording almost 3,000, figures show.",
        "Essex Police recorded 3,410 thefts of vans in 2023/24, up from 2,800.",
    ];
    assert_eq!(place_of(&lines, 3000.0), None);
}

#[test]
fn sections_after_a_break_in_a_text_about_one_force_are_that_forces() {
    // A newsletter split by rules: every placed figure is one force's.
    let mut a = article(&[
        "Over the summer Dorset Police recorded 12,300 crimes, 3% fewer than a year before.",
        "---",
        "| Crime | Summer 2023 | Summer 2024 |",
        "|---|---|---|",
        "| Burglary | 512 | 470 |",
        "Across the whole of 2022/23 the force logged 48,112 crimes.",
    ]);
    a.paragraphs[1].role = Role::Furniture;
    let found = extract_figures(&a);
    let place = |v: f64| found.iter().find(|f| f.value == v).and_then(|f| f.place.clone());
    assert_eq!(place(470.0), some("Dorset Police"), "{found:?}");
    assert_eq!(place(48112.0), some("Dorset Police"));
    // Another wording: a section of prose after the break.
    let mut a = article(&[
        "Gwent Police said 2,040 thefts were reported in the first half of the year.",
        "* * *",
        "In the six months to June there were 611 hate crimes, a 7 per cent rise.",
    ]);
    a.paragraphs[1].role = Role::Furniture;
    let found = extract_figures(&a);
    assert!(
        found.iter().filter(|f| f.value == 611.0 || f.value == 7.0).all(|f| f.place.as_deref() == Some("Gwent Police")),
        "{found:?}"
    );
    assert_eq!(found.iter().filter(|f| f.value == 611.0 || f.value == 7.0).count(), 2);
}

#[test]
fn a_caption_naming_one_city_heads_a_table_about_it() {
    let lines = [
        "Lancashire Constabulary recorded 4,100 burglaries in 2022/23.",
        "Table 3: Burglary in Blackpool, 2021/22 to 2022/23",
        "| Type | 2021/22 | 2022/23 |",
        "|---|---|---|",
        "| Dwelling | 610 | 644 |",
    ];
    assert_eq!(place_of(&lines, 644.0), some("Blackpool"));
    let lines = ["Figure 2 - Robberies, Sheffield", "| Year | Robberies |", "| 2021/22 | 377 |"];
    assert_eq!(place_of(&lines, 377.0), some("Sheffield"));
}

#[test]
fn a_force_in_brackets_after_a_rows_label_is_whose_records_they_are() {
    let lines = [
        "Table 1: Exploitation in Blackpool",
        "| Measure | 2021/22 | 2022/23 |",
        "| Referrals to the hub | 140 | 162 |",
        "| Flagged crimes (Lancashire Constabulary) | 58 | 61 |",
    ];
    assert_eq!(place_of(&lines, 61.0), some("Blackpool"));
    let lines =
        ["Table 4: Robbery in Sheffield", "| | 2021/22 |", "| Robberies recorded (South Yorkshire Police) | 377 |"];
    assert_eq!(place_of(&lines, 377.0), some("Sheffield"));
}

#[test]
fn a_source_note_under_a_table_leaves_the_text_on_its_place() {
    let lines = [
        "Table 1: Knife crime in Blackpool",
        "| Year | Offences |",
        "| 2021/22 | 212 |",
        "Source: Lancashire Constabulary, Crime Recording Unit.",
        "Offences rose to 240 in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 240.0), some("Blackpool"));
    let lines = [
        "Table 2: Robbery in Sheffield",
        "| Year | Offences |",
        "| 2021/22 | 377 |",
        "Data sources: South Yorkshire Police; Sheffield City Council.",
        "There were 402 robberies in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 402.0), some("Sheffield"));
}

#[test]
fn a_force_in_brackets_after_a_part_of_its_ground_heads_a_table_of_the_part() {
    let lines = [
        "Table 2: Reported burglaries, Wigan District (Greater Manchester Police)",
        "| Type | 2022/23 | 2023/24 |",
        "|---|---|---|",
        "| Dwelling | 433 | 461 |",
    ];
    assert_eq!(place_of(&lines, 461.0), some("Wigan"));
    let lines = [
        "Robberies by year, the Sheffield division (South Yorkshire Police):",
        "| Kind | 2021/22 | 2022/23 |",
        "|---|---|---|",
        "| Personal | 377 | 402 |",
    ];
    assert_eq!(place_of(&lines, 402.0), some("Sheffield"));
}

/// An article whose first lines are its lead-in, above a headline.
fn under_lead_in(lead_in: &[&str], headline: &str, body: &[&str]) -> Article {
    let lines: Vec<&str> = lead_in.iter().copied().chain([headline]).chain(body.iter().copied()).collect();
    let mut a = article(&lines);
    for p in &mut a.paragraphs[..lead_in.len()] {
        p.role = Role::Furniture;
    }
    a.paragraphs[lead_in.len()].role = Role::Headline;
    a
}

#[test]
fn a_site_menus_section_link_places_no_figure() {
    let body = ["Police recorded 1,400 shop thefts in 2023/24, the force said."];
    for menu in ["Home | News | Sport | Wales | Weather", "Front page · Politics · Scotland · Business · Culture"] {
        let a = under_lead_in(&[menu], "Shop thefts climb across the region", &body);
        let place = extract_figures(&a).into_iter().find(|f| f.value == 1400.0).and_then(|f| f.place);
        assert_eq!(place, None, "{menu}");
    }
    let a = under_lead_in(&["Home | UK | Wales | Scotland"], "Shop thefts climb across the region", &body);
    let place = extract_figures(&a).into_iter().find(|f| f.value == 1400.0).and_then(|f| f.place);
    assert_eq!(place, None);
}

#[test]
fn the_last_part_of_a_breadcrumb_still_places_figures() {
    let body = ["Police recorded 1,400 shop thefts in 2023/24, the force said."];
    let a = under_lead_in(&["Home > News > Wales"], "Shop thefts climb across the region", &body);
    let place = extract_figures(&a).into_iter().find(|f| f.value == 1400.0).and_then(|f| f.place);
    assert!(place.is_some_and(|p| p.contains("Wales")));
    let a = under_lead_in(&["Home / Regions / Scotland"], "Shop thefts climb across the country", &body);
    let place = extract_figures(&a).into_iter().find(|f| f.value == 1400.0).and_then(|f| f.place);
    assert!(place.as_ref().is_some_and(|p| p.contains("Scotland")), "{place:?}");
    // A name plate's motto opening a menu still says where the paper is.
    let a = under_lead_in(&["Wales's own weekly paper | Subscribe | Log in"], "Shop thefts climb", &body);
    let place = extract_figures(&a).into_iter().find(|f| f.value == 1400.0).and_then(|f| f.place);
    assert!(place.as_ref().is_some_and(|p| p.contains("Wales")), "{place:?}");
}
