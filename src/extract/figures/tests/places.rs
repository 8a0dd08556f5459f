//! The place each figure takes.

use super::*;

#[test]
fn lists_with_a_national_scope_are_national() {
    for line in [
        "There were 10,000 crimes logged by all 46 forces in England, Northern Ireland, Wales and the Channel Islands.",
        "Forces in England, Wales and Scotland recorded 10,000 crimes.",
        "Across the UK, 10,000 crimes were recorded.",
        "Nationally, 10,000 crimes were recorded.",
        "Between them, the 43 forces of England and Wales logged 10,000 crimes.",
    ] {
        assert_eq!(place_of(&[line], 10000.0), some(NATIONAL), "{line}");
    }
}

#[test]
fn regions_stay_regions() {
    assert_eq!(place_of(&["Across the north west, 11,000 offences were recorded."], 11000.0), some("North West"));
    assert_eq!(place_of(&["Forces in the Midlands logged 7,000 offences."], 7000.0), some("Midlands"));
    let line = "All four forces in Wales - South Wales, Gwent, North Wales and Dyfed-Powys - logged 554 offences.";
    assert_eq!(place_of(&[line], 554.0), some("Wales"));
}

#[test]
fn the_north_east_and_cumbria_is_one_region_of_four_forces() {
    let line = "Police in the North East and Cumbria logged 1,420 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 1420.0), some("North East and Cumbria"));
    let line = "Northumbria, Durham, Cleveland and Cumbria police logged 1,420 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 1420.0), some("North East and Cumbria"));
    // The North East alone is still its three forces.
    let line = "Police in the North East logged 1,100 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 1100.0), some("North East"));
}

#[test]
fn a_region_named_by_another_of_its_names_is_placed_under_the_name_printed() {
    let line = "Across the six forces of the Eastern region, 2,100 burglaries were recorded in 2023/24.";
    assert_eq!(place_of(&[line], 2100.0), some("Eastern region"));
    let line = "Police in Yorkshire recorded 4,400 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 4400.0), some("Yorkshire"));
    let line = "Police in Yorkshire and the Humber recorded 4,400 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 4400.0), some("Yorkshire and the Humber"));
    // Its forces named together are still the region's standard name.
    let line = "Humberside, North Yorkshire, South Yorkshire and West Yorkshire police logged 4,400 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 4400.0), some("Yorkshire and the Humber"));
    // In lower case, an eastern region is no name.
    let line = "Kent Police recorded 900 thefts in 2023/24, with 300 in the eastern region of the county.";
    assert_ne!(place_of(&[line], 300.0), some("Eastern region"));
}

#[test]
fn a_total_over_unnamed_forces_is_the_regions_not_the_last_forces() {
    let lines = [
        "Yorkshire forces see rise in child sex offences",
        "West Yorkshire Police recorded 2,210 offences, while South Yorkshire Police recorded 1,345.",
        "In total, 5,037 offences were recorded across the four forces.",
    ];
    assert_eq!(place_of(&lines, 2210.0), some("West Yorkshire Police"));
    // The region under the name the text gives it.
    assert_eq!(place_of(&lines, 5037.0), some("Yorkshire"));
    // With no region named, a total over as many forces as the text just named is theirs,
    // together; over more than it named, it has no place rather than the wrong one.
    let lines =
        ["Kent Police recorded 310 offences and Sussex Police 200.", "The two forces combined logged 510 offences."];
    assert_eq!(place_of(&lines, 510.0), some("Kent Police and Sussex Police"));
    let lines = ["Kent Police recorded 310 offences.", "Across all its forces, the region logged 900."];
    assert_eq!(place_of(&lines, 900.0), None);
    let lines = ["Kent Police recorded 310 offences.", "In total, the four forces recorded 1,538 offences in 2019/20."];
    assert_eq!(place_of(&lines, 1538.0), None);
}

#[test]
fn a_total_over_the_forces_that_answered_a_request_is_the_countrys() {
    let lines = [
        "A charity asked every force in England and Wales for its figures on stalking.",
        "Kent Police recorded 310 offences and Sussex Police 200.",
        "Across the forces that responded, 8,900 offences were recorded in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 8900.0), some("national"));
    // In a text about a region, the forces that answered are the region's.
    let lines = [
        "Yorkshire forces see rise in stalking",
        "West Yorkshire Police recorded 2,210 offences, while South Yorkshire Police recorded 1,345.",
        "Across the forces that responded, 4,600 offences were recorded in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 4600.0), some("Yorkshire"));
}

#[test]
fn the_forces_that_answered_a_request_to_some_forces_are_not_the_country() {
    let lines = [
        "A road safety charity sent requests to Cumbria Constabulary, Lancashire Constabulary and Merseyside Police.",
        "Across the forces that responded, 1,700 offences were recorded in 2023/24.",
    ];
    assert_ne!(place_of(&lines, 1700.0), some(NATIONAL));
    // Asked of every force, or of the 43, they are.
    for asked in ["The charity wrote to all 43 forces.", "Of the 43 forces asked, 40 replied."] {
        let lines = [asked, "Across the forces that responded, 1,700 offences were recorded in 2023/24."];
        assert_eq!(place_of(&lines, 1700.0), some(NATIONAL), "{asked}");
    }
}

#[test]
fn a_total_over_dozens_of_forces_that_were_able_to_answer_is_the_countrys() {
    let lines = [
        "West Mercia Police recorded 1,085 offences in 2017/18.",
        "In the 36 forces that were able to share data, the total came to 2,947.",
    ];
    assert_eq!(place_of(&lines, 2947.0), some(NATIONAL));
    let lines = [
        "Kent Police logged 900 thefts in 2022/23.",
        "Among the 31 forces which were able to provide figures, 22,410 thefts were recorded.",
    ];
    assert_eq!(place_of(&lines, 22410.0), some(NATIONAL));
    // A handful of forces that answered are no country.
    let lines = [
        "Kent Police logged 900 thefts in 2022/23.",
        "Among the three forces which were able to provide figures, 2,410 thefts were recorded.",
    ];
    assert_ne!(place_of(&lines, 2410.0), some(NATIONAL));
}

#[test]
fn a_rise_from_one_number_to_another_is_for_the_place_of_the_first() {
    let line =
        "Dyfed-Powys Police saw the smallest increase, from 201 to 207, while South Wales Police recorded 1,032.";
    assert_eq!(place_of(&[line], 201.0), some("Dyfed-Powys Police"));
    assert_eq!(place_of(&[line], 207.0), some("Dyfed-Powys Police"));
    assert_eq!(place_of(&[line], 1032.0), some("South Wales Police"));
}

#[test]
fn a_place_a_force_is_compared_with_is_not_where_its_figure_is() {
    let lines = [
        "Merseyside Police recorded 2,845 hate crimes in 2022/23.",
        "Lancashire Constabulary, which neighbours Merseyside, saw hate crime rise from 2,455 to 2,601.",
    ];
    assert_eq!(place_of(&lines, 2455.0), some("Lancashire Constabulary"));
    assert_eq!(place_of(&lines, 2601.0), some("Lancashire Constabulary"));
    let line = "Surrey Police, which shares a number of specialist teams with Sussex, recorded 288 online offences.";
    assert_eq!(place_of(&[line], 288.0), some("Surrey Police"));
    let line = "Unlike Kent, Essex Police saw offences rise to 800.";
    assert_eq!(place_of(&[line], 800.0), some("Essex Police"));
}

#[test]
fn every_number_in_brackets_after_a_place_is_that_places() {
    let line = "The biggest rises were in Norfolk Constabulary (up 22%, to 410), Suffolk Constabulary (up 15%, to 290) and Kent Police (up 9%).";
    let places: Vec<(f64, Option<String>)> = figures(&[line]).into_iter().map(|f| (f.value, f.place)).collect();
    assert_eq!(
        places,
        [
            (22.0, some("Norfolk Constabulary")),
            (410.0, some("Norfolk Constabulary")),
            (15.0, some("Suffolk Constabulary")),
            (290.0, some("Suffolk Constabulary")),
            (9.0, some("Kent Police")),
        ]
    );
}

#[test]
fn a_number_in_brackets_after_a_place_with_a_place_of_its_own_is_that_places() {
    let line = "Burglary rose in Cumbria (up 18%, against 9% in Lancashire) in 2023/24.";
    assert_eq!(place_of(&[line], 18.0), some("Cumbria Constabulary"));
    assert_eq!(place_of(&[line], 9.0), some("Lancashire Constabulary"));
    let line = "Knife crime fell in Essex (down 6%, compared with a fall of 2% across England and Wales) in 2023/24.";
    assert_eq!(place_of(&[line], -6.0), some("Essex Police"));
    assert_eq!(place_of(&[line], -2.0), some(NATIONAL));
    let line = "Dorset Police (which logged 1,300 thefts, against 1,750 in Wiltshire) said it was pleased.";
    assert_eq!(place_of(&[line], 1300.0), some("Dorset Police"));
    assert_eq!(place_of(&[line], 1750.0), some("Wiltshire Police"));
}

#[test]
fn a_change_in_brackets_after_a_count_is_for_the_counts_place() {
    let line = "Norfolk Constabulary recorded 356 (up 41%), Suffolk Constabulary 298 (up 12%) and Hertfordshire Constabulary 610 (down 4%).";
    let places: Vec<(f64, Option<String>)> = figures(&[line]).into_iter().map(|f| (f.value, f.place)).collect();
    assert_eq!(
        places,
        [
            (356.0, some("Norfolk Constabulary")),
            (41.0, some("Norfolk Constabulary")),
            (298.0, some("Suffolk Constabulary")),
            (12.0, some("Suffolk Constabulary")),
            (610.0, some("Hertfordshire Constabulary")),
            (-4.0, some("Hertfordshire Constabulary")),
        ]
    );
}

#[test]
fn a_place_a_figure_is_ranked_within_is_not_its_place() {
    let line = "Avon and Somerset Constabulary had the highest total in the south west, at 876.";
    assert_eq!(place_of(&[line], 876.0), some("Avon and Somerset Police"));
    let line = "Kent Police recorded 412, the second-highest number of any force in England and Wales.";
    assert_eq!(place_of(&[line], 412.0), some("Kent Police"));
}

#[test]
fn a_region_a_described_spot_is_ranked_within_is_not_the_figures_place() {
    let lines = [
        "Figures from British Transport Police cover every station on the network.",
        "More than 900 thefts were recorded at Ashcombe Parkway in 2023/24, which made it the worst-hit halt on the line in the North West.",
    ];
    assert_ne!(place_of(&lines, 900.0), some("North West"));
    let lines = [
        "Humberside Police released the figures for 2023/24.",
        "Burglaries on Mill Lane reached 88, the highest of any single street in Yorkshire.",
    ];
    assert_ne!(place_of(&lines, 88.0), some("Yorkshire"));
    // A region's own figure stays the region's.
    let line = "The North West recorded 900 thefts at stations in 2023/24, the most crime-hit region.";
    assert_eq!(place_of(&[line], 900.0), some("North West"));
}

#[test]
fn a_region_setting_the_scene_is_not_listed_with_the_forces_after_it() {
    let line = "Across the East Midlands, Nottinghamshire Police (402), Leicestershire Police (389) and Derbyshire Constabulary (351) recorded the most.";
    assert_eq!(place_of(&[line], 402.0), some("Nottinghamshire Police"));
    assert_eq!(place_of(&[line], 351.0), some("Derbyshire Constabulary"));
    // So before a force named with "the".
    let line = "In London, the Metropolitan Police said it received 2,300 reports of fraud in 2022/23.";
    assert_eq!(place_of(&[line], 2300.0), some("Metropolitan Police"));
    let line = "In the North East, the Northumbria force recorded 610 thefts in 2022/23.";
    assert_eq!(place_of(&[line], 610.0), some("Northumbria Police"));
}

#[test]
fn a_national_rise_is_national() {
    let lines = ["Kent Police recorded 198 offences in 2022/23.", "This compares to a national rise of 60 per cent."];
    assert_eq!(place_of(&lines, 60.0), some(NATIONAL));
    let lines = ["Kent Police recorded 198 offences.", "The National Crime Agency said 40 were referred."];
    assert_eq!(place_of(&lines, 40.0), some("Kent Police"));
}

#[test]
fn a_school_named_after_a_place_is_not_where_a_figure_is() {
    let lines = [
        "Devon and Cornwall Police recorded 530 online offences in 2021/22.",
        "Professor Sonia Livingstone of the London School of Economics said 14 investigators were too few.",
    ];
    assert_eq!(place_of(&lines, 14.0), some("Devon and Cornwall Police"));
}

#[test]
fn organisations_named_after_places_are_not_where_a_figure_is() {
    let lines =
        ["Kent Police recorded 310 offences in 2018/19.", "Jane Smith from NSPCC Scotland said 40 cases were serious."];
    assert_eq!(place_of(&lines, 40.0), some("Kent Police"));
    let lines = [
        "Kent Police recorded 310 offences.",
        "Dorset Police and Crime Commissioner Sam Example said 45 cases were new.",
    ];
    assert_eq!(place_of(&lines, 45.0), some("Kent Police"));
}

#[test]
fn the_place_carries_forward_to_the_force_and_here() {
    let lines = [
        "Cumbria sees jump in online child abuse crimes",
        "The force recorded 212 offences in 2019/20.",
        "Of those, 48 involved children under ten.",
        "Meanwhile, 1,000 offences were recorded here the year before.",
    ];
    assert_eq!(place_of(&lines, 212.0), some("Cumbria Constabulary"));
    assert_eq!(place_of(&lines, 48.0), some("Cumbria Constabulary"));
    assert_eq!(period_of(&lines, 48.0), some("2019/20"));
}

#[test]
fn police_in_general_are_the_whole_country_but_a_force_is_not() {
    let lines = [
        "Kent Police recorded 300 offences.",
        "Police forces are required to flag online crimes, and police are recording 15 a day.",
    ];
    assert_eq!(place_of(&lines, 15.0), some(NATIONAL));
    let lines = [
        "Kent Police recorded 300 offences.",
        "Officers said police have seen a rise.",
        "The force logged 45 more last month.",
    ];
    assert_eq!(place_of(&lines, 45.0), some("Kent Police"));
}

#[test]
fn each_number_takes_the_place_next_to_it() {
    let line = "Norfolk recorded 500 offences, while 300 were recorded in Suffolk.";
    assert_eq!(place_of(&[line], 500.0), some("Norfolk Constabulary"));
    assert_eq!(place_of(&[line], 300.0), some("Suffolk Constabulary"));
    let lines =
        ["Kent Police recorded 80 offences.", "The total reached 37,000, including 7,190 logged in the Midlands."];
    assert_eq!(place_of(&lines, 37000.0), some("Kent Police"));
    assert_eq!(place_of(&lines, 7190.0), some("Midlands"));
}

#[test]
fn a_place_that_leads_into_the_next_number_is_not_the_one_before() {
    let line =
        "Staffordshire Police recorded 540 image offences in 2023, up from 488, while West Mercia Police recorded 611.";
    assert_eq!(place_of(&[line], 488.0), some("Staffordshire Police"));
    assert_eq!(place_of(&[line], 611.0), some("West Mercia Police"));
    let lines = [
        "Essex Police logged 3,046 offences against under-18s in 2021/22.",
        "The rate stood at 2.0 per 1,000 children, higher than the national average of 1.7.",
    ];
    assert_eq!(place_of(&lines, 2.0), some("Essex Police"));
    assert_eq!(place_of(&lines, 1.7), some("national"));
}

#[test]
fn the_force_is_the_force_named_last_even_after_a_national_figure() {
    let lines = [
        "Avon and Somerset Police flagged 318 offences as online in 2022/23.",
        "Across England and Wales the figure was 11,223.",
        "In all, the force recorded 1,944 sexual offences against children in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 11223.0), some("national"));
    assert_eq!(place_of(&lines, 1944.0), some("Avon and Somerset Police"));
}

#[test]
fn after_the_force_figure_for_part_of_its_ground_the_text_is_about_the_force_again() {
    let lines = [
        "British Transport Police recorded 3,338 hate crimes in 2019/20.",
        "In the North West, the force recorded 521 offences, up from 446.",
        "Sexual offences on the network also rose, with 2,472 recorded over the same period.",
    ];
    assert_eq!(place_of(&lines, 521.0), some("North West"));
    assert_eq!(place_of(&lines, 2472.0), some("British Transport Police"));
    // A region's own figure carries on as before.
    let lines = ["In Wales, forces recorded 500 offences in 2019/20.", "Of these, 200 were online."];
    assert_eq!(place_of(&lines, 200.0), some("Wales"));
}

#[test]
fn places_in_a_clause_describing_a_forces_ground_are_not_where_a_figure_is() {
    let lines = [
        "Crimes reported to Cumbria Constabulary rose last year.",
        "The force, which polices an area the size of Wales, recorded 812 offences in 2019/20.",
    ];
    assert_eq!(place_of(&lines, 812.0), some("Cumbria Constabulary"));
    let line = "British Transport Police, which is responsible for the railways of England, Wales and Scotland, logged 2,000 offences.";
    assert_eq!(place_of(&[line], 2000.0), some("British Transport Police"));
}

#[test]
fn council_areas_listed_in_a_clause_describing_a_forces_ground_are_not_where_a_figure_is() {
    let line = "West Mercia, which covers Herefordshire, Shropshire, Telford and Wrekin and Worcestershire, recorded 212 tractor thefts in 2023/24.";
    assert_eq!(place_of(&[line], 212.0), some("West Mercia Police"));
    let line = "North Wales Police, which polices Conwy, Gwynedd and Wrexham, logged 96 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 96.0), some("North Wales Police"));
    // A place after ", and" is no item of the list: the clause is closed.
    let line = "Kent Police, which covers Medway, and Essex Police recorded 410 and 380 respectively in 2023/24.";
    assert_eq!(place_of(&[line], 380.0), some("Essex Police"));
}

#[test]
fn police_scotland_divisions_are_places_of_their_own() {
    let lines = ["Police Scotland recorded 5,100 crimes in 2021-22.", "In Fife, officers logged 312 of them."];
    assert_eq!(place_of(&lines, 312.0), some("Fife"));
    assert_eq!(place_of(&lines, 5100.0), some("Police Scotland"));
}

#[test]
fn a_total_over_the_forces_is_for_the_region_and_forces_named_together_before_it() {
    let lines = [
        "Forces in the South West and Dyfed-Powys logged 610 online offences in 2020/21.",
        "Avon and Somerset, Dorset and Devon and Cornwall recorded 200, 90 and 180 respectively.",
        "Across the four forces, 3,100 sexual offences against children were recorded in 2020/21.",
    ];
    let got = brief(&lines);
    let place_of = |v: f64| got.iter().find(|f| f.2 == v).and_then(|f| f.0.clone());
    assert_eq!(place_of(3100.0).as_deref(), Some("South West and Dyfed-Powys Police"), "{got:?}");
}

#[test]
fn a_renamed_force_is_given_the_name_the_article_prints() {
    let new = ["Hampshire and Isle of Wight Constabulary recorded 300 online offences in 2023/24."];
    assert_eq!(brief(&new)[0].0.as_deref(), Some("Hampshire and Isle of Wight Constabulary"));
    let old = ["Hampshire recorded 210 online offences in 2016/17."];
    assert_eq!(brief(&old)[0].0.as_deref(), Some("Hampshire Constabulary"));
    // An article printing the old name in full keeps it for the figures it printed with it.
    let both = [
        "Hampshire Constabulary recorded 210 online offences in 2016/17.",
        "The force has since been renamed Hampshire and Isle of Wight Constabulary.",
    ];
    assert_eq!(brief(&both)[0].0.as_deref(), Some("Hampshire Constabulary"));
    // Figures printed with the new name keep it, even where a note names the old one.
    let rows = [
        "| Hampshire and Isle of Wight Constabulary | 512 | 470 |",
        "Its earlier figure was supplied under its former name, Hampshire Constabulary.",
    ];
    let got = figures(&rows);
    assert!(!got.is_empty(), "{got:?}");
    assert!(got.iter().all(|f| f.place.as_deref() == Some("Hampshire and Isle of Wight Constabulary")), "{got:?}");
    assert_eq!(
        crate::extract::places::by_name("Hampshire and Isle of Wight Constabulary").map(|p| p.name),
        Some("Hampshire Constabulary")
    );
}

#[test]
fn a_renamed_forces_old_name_in_the_pages_tags_leaves_the_new_one_the_articles() {
    let text = "Man jailed for grooming\n\nHampshire and Isle of Wight Constabulary recorded 312 offences in 2024/25.\n\nIn the first three months of 2025/26, the force recorded 91.\n\nTags: Gosport, Hampshire Constabulary, courts";
    let got = text_figures(text);
    assert!(got.iter().any(|f| f.value == 91.0), "{got:?}");
    assert!(got.iter().all(|f| f.place.as_deref() == Some("Hampshire and Isle of Wight Constabulary")), "{got:?}");
    let text = "Burglaries fall\n\nHampshire and Isle of Wight Constabulary logged 4,210 burglaries in 2023/24.\n\nThe force said 380 of them were in Southampton.\n\nTopics: Hampshire Constabulary, burglary";
    let got = text_figures(text);
    assert!(got.iter().any(|f| f.value == 4210.0), "{got:?}");
    assert!(got.iter().all(|f| f.place.as_deref() != Some("Hampshire Constabulary")), "{got:?}");
}

#[test]
fn a_renamed_forces_old_name_in_a_speakers_job_leaves_the_new_one_the_articles() {
    // The old name only says where a speaker works; the figures are the force's under the
    // name the article reports them with.
    let lines = [
        "Hampshire and Isle of Wight Constabulary logged 9,120 thefts in 2023/24.",
        "Robberies rose by 17 per cent to 640.",
        "Inspector Dee Marsh, who leads the burglary team at Hampshire Constabulary, said: \"We are on it.\"",
    ];
    assert_eq!(place_of(&lines, 640.0), some("Hampshire and Isle of Wight Constabulary"));
    assert_eq!(place_of(&lines, 17.0), some("Hampshire and Isle of Wight Constabulary"));
    let lines = [
        "Burglaries fell 6% to 4,210 in 2022/23, Hampshire and Isle of Wight Constabulary said.",
        "Vehicle crime was down 11 per cent.",
        "\"This is progress,\" a spokesman for Hampshire Constabulary added.",
    ];
    assert_eq!(place_of(&lines, -11.0), some("Hampshire and Isle of Wight Constabulary"));
}

#[test]
fn a_renamed_force_printed_with_an_ampersand_takes_its_new_name() {
    let row = ["Offences by force:", "Hampshire & Isle of Wight Constabulary: 540 (+12%)"];
    let got = brief(&row);
    assert!(!got.is_empty(), "{got:?}");
    assert!(got.iter().all(|f| f.0.as_deref() == Some("Hampshire and Isle of Wight Constabulary")), "{got:?}");
    // A later sentence naming the county alone is the same force, under the name printed.
    let lines = [
        "Police at Hampshire & Isle of Wight Constabulary logged 1,210 burglaries in 2022/23.",
        "Hampshire recorded 310 robberies in the same year.",
    ];
    assert_eq!(place_of(&lines, 1210.0), some("Hampshire and Isle of Wight Constabulary"));
    assert_eq!(place_of(&lines, 310.0), some("Hampshire and Isle of Wight Constabulary"));
}

#[test]
fn a_dateline_city_is_not_the_place_of_the_figures() {
    let line = "CARDIFF - South Wales Police recorded 415 offences in 2022/23.";
    assert_eq!(place_of(&[line], 415.0), some("South Wales Police"));
    let lines = ["Durham Constabulary recorded 300 offences in 2022/23.", "GLASGOW - Officers logged 415 more."];
    assert_eq!(place_of(&lines, 415.0), some("Durham Constabulary"));
    // A place in capitals that is the subject is still the place.
    assert_eq!(place_of(&["KENT recorded 415 offences."], 415.0), some("Kent Police"));
}

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
fn a_force_the_figures_exclude_is_not_their_place() {
    let lines = [
        "Police in England and Wales recorded 48,200 robberies in 2022/23.",
        "The figures exclude Greater Manchester Police, which did not submit data.",
        "Some 9,800 of the robberies involved a knife.",
    ];
    assert_eq!(place_of(&lines, 9800.0), some(NATIONAL));
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
fn a_place_past_while_or_a_semicolon_belongs_to_the_next_clause() {
    let line = "Cheshire Constabulary logged 530 offences, a rise of 6%, while Cumbria Constabulary, the smallest force in the region, logged 214.";
    assert_eq!(place_of(&[line], 6.0), some("Cheshire Constabulary"));
    assert_eq!(place_of(&[line], 214.0), some("Cumbria Constabulary"));
    let line = "Essex Police recorded 900 offences - up 4% on the 865 logged in 2021/22 - whereas Kent Police, with 1,100, saw a fall.";
    assert_eq!(place_of(&[line], 865.0), some("Essex Police"));
    assert_eq!(place_of(&[line], 1100.0), some("Kent Police"));
}

#[test]
fn a_place_singled_out_past_with_as_the_most_is_not_the_place_of_the_number_before() {
    let lines = [
        "Police in England and Wales recorded 212,400 vehicle thefts in 2023/24.",
        "Vehicle thefts rose 14% in a year, with Lancashire Constabulary seeing the sharpest rise of the ten forces.",
    ];
    assert_ne!(place_of(&lines, 14.0), some("Lancashire Constabulary"));
    let lines =
        ["Kent Police recorded 900 burglaries in 2023/24.", "Burglaries rose 9%, with Thanet the worst affected."];
    assert_eq!(place_of(&lines, 9.0), some("Kent Police"));
    // Past ", with", a place not singled out keeps the number before it.
    let lines = ["Thefts rose 14% in a year, with Lancashire Constabulary blaming organised gangs."];
    assert_eq!(place_of(&lines, 14.0), some("Lancashire Constabulary"));
}

#[test]
fn a_place_ending_the_sentence_as_its_source_is_the_place_of_all_its_figures() {
    let lines = [
        "Kent Police recorded 1,200 offences in 2022/23.",
        "Burglaries fell by 9 per cent in 2022/23 to 3,450, Northumbria Police has said.",
        "Hate crimes rose 14% to 610, according to Cleveland Police.",
    ];
    assert_eq!(place_of(&lines, -9.0), some("Northumbria Police"));
    assert_eq!(place_of(&lines, 3450.0), some("Northumbria Police"));
    assert_eq!(place_of(&lines, 14.0), some("Cleveland Police"));
    // A place at the end with no saying is no source.
    let lines =
        ["Kent Police recorded 1,200 offences.", "The figure rose by 9 per cent, the most since 2015, in Essex."];
    assert_eq!(place_of(&lines, 9.0), some("Essex Police"));
}

#[test]
fn a_place_a_force_is_singled_out_within_is_not_its_place() {
    let line =
        "Durham Constabulary was the only force in the North East to see a rise, with 312 offences, up 5 per cent.";
    assert_eq!(place_of(&[line], 312.0), some("Durham Constabulary"));
    assert_eq!(place_of(&[line], 5.0), some("Durham Constabulary"));
    let line = "Dorset Police, one of only two forces in the South West to record a fall, logged 140.";
    assert_eq!(place_of(&[line], 140.0), some("Dorset Police"));
    let line = "Lancashire Constabulary recorded more than any other force in the North West, at 1,020.";
    assert_eq!(place_of(&[line], 1020.0), some("Lancashire Constabulary"));
}

#[test]
fn a_total_across_the_region_is_the_regions_not_the_last_forces() {
    let lines = [
        "Forces in the North East recorded more grooming offences last year.",
        "Northumbria Police logged 410 and Cleveland Police 215.",
        "That makes 780 offences across the region, against 700 the year before.",
        "The region's forces recorded 520 in 2018/19.",
    ];
    assert_eq!(place_of(&lines, 780.0), some("North East"));
    assert_eq!(place_of(&lines, 700.0), some("North East"));
    assert_eq!(place_of(&lines, 520.0), some("North East"));
}

#[test]
fn a_total_across_an_unnamed_region_is_the_forces_the_text_took_together() {
    let lines = [
        "Kent Police recorded 310 thefts, Essex Police 290 and Surrey Police 300 in 2022/23.",
        "Across the three forces, thefts rose 20% to 900.",
        "Kent had the steepest rise.",
        "In all, 900 thefts works out at 2.5 a day across the region.",
    ];
    let found = brief(&lines);
    let together = some("Kent Police, Essex Police and Surrey Police");
    assert!(found.iter().filter(|f| f.2 == 900.0).all(|f| f.0 == together), "{found:#?}");
    let lines = [
        "Dorset Police logged 120 burglaries and Wiltshire Police 140 in 2021/22.",
        "Between them, the two forces recorded 260.",
        "Dorset's total was the lower.",
        "Throughout the whole region, 260 burglaries means five a week.",
    ];
    let found = brief(&lines);
    assert!(
        found.iter().filter(|f| f.2 == 260.0).all(|f| f.0 == some("Dorset Police and Wiltshire Police")),
        "{found:#?}"
    );
}

#[test]
fn london_boroughs_are_places_in_a_text_about_london() {
    let lines = [
        "The Metropolitan Police recorded 2,900 knife offences against under-18s in 2022/23.",
        "Westminster must act, said Ms Smith, whose charity logged 44 referrals.",
        "Croydon Council said 31 of its schools had taken part.",
        "Lambeth saw the most of any London borough, with 240, ahead of Hackney (198) and Sutton (75).",
        "In Westminster, officers recorded 160.",
        "Camden accounted for 130 of them, and Harrow alone saw 62.",
    ];
    assert_eq!(place_of(&lines, 130.0), some("Camden"));
    assert_eq!(place_of(&lines, 62.0), some("Harrow"));
    assert_eq!(place_of(&lines, 240.0), some("Lambeth"));
    assert_eq!(place_of(&lines, 198.0), some("Hackney"));
    assert_eq!(place_of(&lines, 75.0), some("Sutton"), "an ambiguous name in a list of boroughs");
    assert_eq!(place_of(&lines, 160.0), some("Westminster"));
    assert_ne!(place_of(&lines, 44.0), some("Westminster"), "the seat of government");
    assert_ne!(place_of(&lines, 31.0), some("Croydon"), "the council");
    // Outside a text about London, a Sutton is not the borough.
    let lines = ["West Midlands Police recorded 900 offences.", "In Sutton Coldfield, officers logged 52."];
    assert_eq!(place_of(&lines, 52.0), some("West Midlands Police"));
}

#[test]
fn a_section_naming_another_force_no_longer_reads_london_borough_names() {
    // A round-up that opens on London and moves on to another force behind a break: the
    // section's heading names that force, so "Sutton" is its village, not the borough.
    let mut a = article(&[
        "Thefts in London rose 4% last year, figures from the Metropolitan Police show.",
        "---",
        "Cambridgeshire",
        "Sutton recorded 37 thefts in 2023/24.",
    ]);
    a.paragraphs[1].role = Role::Break;
    a.paragraphs[2].role = Role::Furniture;
    let found = extract_figures(&a);
    assert_ne!(found.iter().find(|f| f.value == 37.0).and_then(|f| f.place.clone()), some("Sutton"));
    // With no heading, a force named in the section's own sentence does the same.
    let mut a = article(&[
        "Thefts in London rose 4% last year, figures from the Metropolitan Police show.",
        "---",
        "Sutton, with 37 thefts, was the quietest part of Cambridgeshire last year.",
    ]);
    a.paragraphs[1].role = Role::Break;
    let found = extract_figures(&a);
    assert_ne!(found.iter().find(|f| f.value == 37.0).and_then(|f| f.place.clone()), some("Sutton"));
}

#[test]
fn london_named_before_a_section_break_still_makes_its_boroughs_places() {
    let mut a = article(&[
        "Robberies across London rose to 31,000 in 2023/24, the Metropolitan Police said.",
        "---",
        "Where it happened",
        "Hackney: 1,420 robberies, up 8%",
        "Camden: 1,210, down 3%",
    ]);
    a.paragraphs[1].role = Role::Furniture;
    a.paragraphs[2].role = Role::Furniture;
    let found = extract_figures(&a);
    let place = |v: f64| found.iter().find(|f| f.value == v).and_then(|f| f.place.clone());
    assert_eq!(place(1420.0), some("Hackney"));
    assert_eq!(place(8.0), some("Hackney"));
    assert_eq!(place(1210.0), some("Camden"));
    // A text that never named London keeps a town of the same name no place.
    let mut a = article(&["Kent Police recorded 900 robberies in 2023/24.", "---", "Camden: 12 robberies"]);
    a.paragraphs[1].role = Role::Furniture;
    let found = extract_figures(&a);
    assert_ne!(found.iter().find(|f| f.value == 12.0).and_then(|f| f.place.clone()), some("Camden"));
}

#[test]
fn a_borough_given_a_hedged_value_with_with_is_a_place_whatever_the_hedge() {
    for hedge in ["roughly", "well over", "fewer than", "just under"] {
        let lines = [
            "The Metropolitan Police recorded 2,100 robberies in 2022/23.".to_string(),
            format!("Sutton, with {hedge} 90, was the quietest borough."),
        ];
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(place_of(&lines, 90.0), some("Sutton"), "{hedge}");
    }
}

#[test]
fn a_borough_given_a_value_with_with_is_a_place_though_its_name_is_ambiguous() {
    let lines = [
        "The Metropolitan Police recorded 900 thefts in 2022/23.",
        "Camden, with 187, and Hackney, with 164, were the worst-hit boroughs.",
    ];
    assert_eq!(place_of(&lines, 187.0), some("Camden"));
    assert_eq!(place_of(&lines, 164.0), some("Hackney"));
}

#[test]
fn police_in_london_are_the_met() {
    let lines = ["Police in London recorded 9,100 offences in 2022/23.", "Across London the rate was 104 per 100,000."];
    assert_eq!(place_of(&lines, 9100.0), some("Metropolitan Police"));
    assert_eq!(place_of(&lines, 104.0), some("London"));
}

#[test]
fn the_country_named_only_as_a_yardstick_does_not_become_the_place() {
    let lines = [
        "Norfolk Constabulary recorded 640 offences in 2022/23.",
        "The chief constable said the national picture was worse.",
        "The force also recorded 95 online offences.",
        "Officers made 120 arrests.",
    ];
    assert_eq!(place_of(&lines, 95.0), some("Norfolk Constabulary"));
    assert_eq!(place_of(&lines, 120.0), some("Norfolk Constabulary"));
}

#[test]
fn the_largest_share_in_a_force_is_a_part_of_that_forces_figures() {
    let lines = [
        "Sussex Police recorded 2,400 hate crimes in 2022/23.",
        "Religious hate crimes made up the smallest share in Surrey, with 48 offences.",
    ];
    assert_eq!(place_of(&lines, 48.0), some("Surrey Police"));
}

#[test]
fn places_named_as_well_as_others_are_one_list() {
    let lines = [
        "Police in England and Wales recorded 48,200 robberies in 2022/23.",
        "The campaign involved every force in England and Wales as well as British Transport Police.",
        "Robberies of phones fell by 8% to 21,300.",
    ];
    assert_eq!(place_of(&lines, 21300.0), some(NATIONAL));
}

#[test]
fn both_ends_of_a_rise_take_the_place_printed_after_the_second() {
    let lines = ["Burglaries fell 8% to 2,960 in North Yorkshire during 2021/22, the force said."];
    assert_eq!(place_of(&lines, -8.0), some("North Yorkshire Police"));
    assert_eq!(place_of(&lines, 2960.0), some("North Yorkshire Police"));
}

#[test]
fn a_place_in_a_clause_describing_something_else_is_not_the_figures() {
    let lines = [
        "Lancashire Constabulary arrested 188 drivers in its summer operation, down from 214.",
        "The fall of 12% came over a fortnight of checks, which were carried out by every force in the North West.",
    ];
    assert_eq!(place_of(&lines, -12.0), some("Lancashire Constabulary"));
}

#[test]
fn a_hedged_round_restatement_takes_the_place_and_year_of_the_figure_it_rounds() {
    let lines = [
        "Staffordshire Police recorded 2,612 stalking offences in 2022/23.",
        "Across England and Wales, stalking offences rose 9%.",
        "The county's commissioner said: \"Around 2,600 stalking offences is not something we can accept.\"",
    ];
    assert_eq!(place_of(&lines, 2600.0), some("Staffordshire Police"));
    assert_eq!(period_of(&lines, 2600.0).as_deref(), Some("2022/23"));
    // A round number further off is no restatement.
    let far = lines[2].replace("2,600", "3,000");
    let lines = [lines[0], lines[1], far.as_str()];
    assert_eq!(place_of(&lines, 3000.0), some(NATIONAL));
}

#[test]
fn the_region_of_a_speakers_job_is_not_where_the_text_goes_on() {
    let lines = [
        "Cheshire Constabulary recorded 1,140 offences in 2022/23.",
        "\"This is deeply worrying,\" said Sam Example, the charity's regional manager for the North West.",
        "Online offences made up 220 of them.",
    ];
    assert_eq!(place_of(&lines, 220.0), some("Cheshire Constabulary"));
    // A region the text turns to is still its place.
    let lines = [
        "Cheshire Constabulary recorded 1,140 offences in 2022/23.",
        "Figures for the North West as a whole were also released.",
        "Online offences made up 220 of them.",
    ];
    assert_eq!(place_of(&lines, 220.0), some("North West"));
}

#[test]
fn a_round_up_of_forces_comes_back_to_the_country_in_a_new_paragraph_naming_none() {
    let opening = [
        "Burglaries across England and Wales fell 6% to 180,200 in 2022/23.",
        "Northumbria Police recorded 6,100 burglaries.",
        "Thames Valley Police saw a 12% fall to 7,900.",
    ];
    let with = |line: &str| {
        let mut lines = opening.to_vec();
        lines.push(line);
        place_of(&lines, 1300.0)
    };
    assert_eq!(with("Commercial burglary dropped by 3% to 1,300."), some(NATIONAL));
    // Not when the paragraph refers back, or someone is speaking.
    assert_eq!(with("In the county, commercial burglary dropped to 1,300."), some("Thames Valley Police"));
    assert_eq!(with("Most of those were homes; 1,300 were shops."), some("Thames Valley Police"));
    assert_eq!(with("Yet the share of those burglaries solved fell to 1,300."), some("Thames Valley Police"));
    assert_eq!(with("\"We have seen 1,300 break-ins at shops,\" she said."), some("Thames Valley Police"));
    // Nor in a text that started on one force.
    let lines = [
        "Northumbria Police recorded 6,100 burglaries in 2022/23.",
        "Across England and Wales, burglaries fell 6%.",
        "Thames Valley Police saw 7,900.",
        "Commercial burglary dropped to 1,300.",
    ];
    assert_eq!(place_of(&lines, 1300.0), some("Thames Valley Police"));
}

#[test]
fn a_round_up_of_a_national_forces_divisions_comes_back_to_the_force() {
    // Police Scotland and the PSNI police whole nations: their divisions and districts are
    // its places, as forces are the country's.
    let lines = [
        "Police Scotland recorded 9,870 housebreakings in 2023/24, down from 10,400.",
        "Tayside division saw 1,020 and Fife division 870.",
        "Edinburgh City division logged 1,460.",
        "Housebreakings of commercial premises fell by 4.5 per cent to 2,210.",
    ];
    assert_eq!(place_of(&lines, 2210.0), some("Police Scotland"));
    let lines = [
        "The PSNI recorded 3,400 drug seizures in 2022/23.",
        "Belfast City policing district saw 1,300 and Derry City and Strabane 410.",
        "Armagh City, Banbridge and Craigavon recorded 260.",
        "Cannabis seizures rose by 6 per cent to 2,020.",
    ];
    assert_eq!(place_of(&lines, 2020.0), some("Police Service of Northern Ireland"));
}

#[test]
fn a_round_up_of_divisions_in_one_sentence_comes_back_to_the_force() {
    // Two divisions ranked in one sentence are as many places gone through as two sentences.
    let lines = [
        "Police Scotland recorded 4,310 frauds in 2022/23.",
        "Tayside division logged the most, with 610, ahead of Fife on 540.",
        "The figure has climbed 35 per cent since 2018/19, when officers recorded 3,190.",
    ];
    assert_eq!(place_of(&lines, 35.0), some("Police Scotland"));
    assert_eq!(place_of(&lines, 3190.0), some("Police Scotland"));
    let lines = [
        "The PSNI recorded 2,870 thefts of vehicles in 2023/24.",
        "Belfast City policing district saw 980, while Derry City and Strabane had 310.",
        "Vehicle thefts are up 12% on five years earlier.",
    ];
    assert_eq!(place_of(&lines, 12.0), some("Police Service of Northern Ireland"));
}

#[test]
fn a_place_a_later_clause_does_something_with_is_not_the_numbers_place() {
    let lines = [
        "Dorset Police recorded 412 thefts in 2023/24.",
        "Thefts rose 18% as officers teamed up with Wiltshire Police.",
    ];
    assert_eq!(place_of(&lines, 18.0), some("Dorset Police"));
    let lines = [
        "Essex Police logged 1,930 frauds in 2022/23.",
        "Frauds are up 27 per cent after the force agreed a data-sharing deal with Kent.",
    ];
    assert_eq!(place_of(&lines, 27.0), some("Essex Police"));
    // The place a clause of the number's own counts it in is still its place.
    let line = "Thefts rose 18% as officers in Wiltshire dealt with more shoplifting.";
    assert_eq!(place_of(&[line], 18.0), some("Wiltshire Police"));
}

#[test]
fn the_value_of_a_figure_given_before_is_that_figure_again() {
    let lines = [
        "Offences across England and Wales rose 7% to 62,000 in 2022/23.",
        "Kent Police recorded 2,400 offences.",
        "\"Behind the 7% increase are real families,\" the charity said.",
    ];
    let sevens: Vec<Figure> = figures(&lines).into_iter().filter(|f| f.value == 7.0).collect();
    assert_eq!(sevens.len(), 1, "{sevens:#?}");
    assert_eq!(sevens[0].place.as_deref(), Some(NATIONAL));
}

#[test]
fn a_superlative_of_what_is_counted_ranks_within_the_region_after_it() {
    let line =
        "North Yorkshire Police has the highest rate of hare-coursing reports in Yorkshire, at 31 per 100,000 people.";
    assert_eq!(place_of(&[line], 31.0), some("North Yorkshire Police"));
    // Where the most were recorded is the place of the figure.
    let line = "The most burglaries were recorded in the North West, with 3,000.";
    assert_eq!(place_of(&[line], 3000.0), some("North West"));
}

#[test]
fn a_place_in_a_clause_describing_the_offence_gives_way_to_the_place_printed_with_the_number() {
    let line = "Upskirting, the offence which became law in England and Wales in April 2019, reached 41 offences in Gwent last year.";
    assert_eq!(place_of(&[line], 41.0), some("Gwent Police"));
}

#[test]
fn the_national_rise_a_figure_is_compared_with_is_not_its_place() {
    let lines = [
        "Essex Police logged 930 online offences in 2023/24.",
        "That was up 9 per cent on the year before, well ahead of the national rise.",
    ];
    assert_eq!(place_of(&lines, 9.0), some("Essex Police"));
}

#[test]
fn the_country_whose_average_a_figure_is_set_against_is_not_its_place() {
    let lines = [
        "Cheshire Constabulary logged 4,310 burglaries in 2023/24.",
        "That is 3.9 burglaries per 1,000 homes, well below the average across England and Wales.",
        "Shoplifting rose by 12 per cent to 6,020 offences.",
    ];
    assert_eq!(place_of(&lines, 3.9), some("Cheshire Constabulary"));
    assert_eq!(place_of(&lines, 6020.0), some("Cheshire Constabulary"));
    let line = "Lincolnshire recorded 18 thefts per 1,000 people, higher than the England and Wales rate.";
    assert_eq!(place_of(&[line], 18.0), some("Lincolnshire Police"));
    let line = "Burglaries rose to 61,000 across England and Wales.";
    assert_eq!(place_of(&[line], 61000.0), some(NATIONAL));
}

#[test]
fn the_region_whose_average_a_figure_is_set_against_is_not_its_place() {
    let lines = [
        "Essex Police logged 5,200 burglaries in 2023/24.",
        "That is about 6 burglaries per 1,000 homes, in line with the average for the East of England.",
        "Car thefts rose by 14 per cent to 2,310.",
    ];
    assert_eq!(place_of(&lines, 6.0), some("Essex Police"));
    assert_eq!(place_of(&lines, 2310.0), some("Essex Police"));
    let lines = [
        "Derbyshire Constabulary recorded 940 robberies in 2022/23, above the rate across the East Midlands.",
        "Knife offences fell 3% to 512.",
    ];
    assert_eq!(place_of(&lines, 940.0), some("Derbyshire Constabulary"));
    assert_eq!(place_of(&lines, 512.0), some("Derbyshire Constabulary"));
}

#[test]
fn every_force_of_a_region_named_together_is_the_region() {
    let lines = [
        "Gwent, Dyfed-Powys, South Wales and North Wales police logged 1,204 grooming offences in 2023/24.",
        "A year earlier the total was 1,050.",
    ];
    assert_eq!(place_of(&lines, 1204.0), some("Wales"));
    assert_eq!(place_of(&lines, 1050.0), some("Wales"));
    let line = "Gwent and South Wales police logged 610 grooming offences in 2023/24.";
    assert_eq!(place_of(&[line], 610.0), some("Gwent Police and South Wales Police"));
}

#[test]
fn a_figure_said_of_both_forces_named_together_is_each_ones() {
    let line = "Cumbria Constabulary and Lancashire Constabulary both saw rises of 12% in 2022/23.";
    let got = brief(&[line]);
    let places: Vec<Option<&str>> = got.iter().filter(|f| f.2 == 12.0).map(|f| f.0.as_deref()).collect();
    assert_eq!(places, [Some("Cumbria Constabulary"), Some("Lancashire Constabulary")], "{got:?}");
}

#[test]
fn a_borough_named_with_london_is_a_place_and_the_forces_figures_are_only_the_source() {
    let lines = [
        "Lewisham saw more knife offences than any other London borough last year, latest Met Police figures show.",
        "The data shows 506 knife offences were recorded in the borough in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 506.0), some("Lewisham"));
    let lines = ["The Metropolitan Police's busiest boroughs in 2023/24 were:", "Lambeth - 402", "Harrow - 212"];
    assert_eq!(place_of(&lines, 212.0), some("Harrow"));
}

#[test]
fn figures_from_the_force_placed_in_the_city_are_the_city_divisions() {
    let lines = [
        "Complaints of disorder in Glasgow have risen by 8 per cent.",
        "Police Scotland figures show 9,310 complaints were made in the city in 2023-24.",
    ];
    assert_eq!(place_of(&lines, 9310.0), some("Glasgow"));
    // Without a sentence about part of its ground, the force's figures are its own.
    let line = "Police Scotland figures show 9,310 complaints were made in the city in 2023-24.";
    assert_eq!(place_of(&[line], 9310.0), some("Police Scotland"));
}

#[test]
fn figures_from_the_force_placed_across_the_district_are_the_council_areas_the_text_is_about() {
    let lines = [
        "Thefts from farms in the Causeway Coast and Glens policing district rose by 14 per cent in 2022/23.",
        "PSNI figures show 312 such thefts were recorded across the district that year.",
        "Officers also recovered 41 stolen quad bikes, up from 29 the year before.",
    ];
    assert_eq!(place_of(&lines, 312.0), some("Causeway Coast and Glens"));
    assert_eq!(place_of(&lines, 41.0), some("Causeway Coast and Glens"));
    let lines = [
        "Shoplifting in the Falkirk council area rose by 9% in 2023-24.",
        "Police Scotland data shows 1,204 shoplifting crimes were recorded in the council area in 2023-24.",
    ];
    assert_eq!(place_of(&lines, 1204.0), some("Falkirk"));
    // Another force's figures are that force's: the council area is not part of its ground.
    let lines = [
        "Shoplifting in the Falkirk council area rose by 9% in 2023-24.",
        "Cumbria Constabulary figures show 880 shoplifting crimes were recorded across the district in 2023-24.",
    ];
    assert_eq!(place_of(&lines, 880.0), some("Cumbria Constabulary"));
}

#[test]
fn a_council_area_the_text_opens_its_figures_on_is_what_it_goes_on_about() {
    let lines = [
        "Burglaries in the Wakefield district rose by 6% in 2023/24.",
        "There were 1,950 burglaries in total, and 420 of them were of sheds.",
    ];
    assert_eq!(place_of(&lines, 1950.0), some("Wakefield"));
    assert_eq!(place_of(&lines, 420.0), some("Wakefield"));
    let lines = ["In Midlothian, vandalism fell by 12% last year.", "Officers recorded 630 such crimes."];
    assert_eq!(place_of(&lines, 630.0), some("Midlothian"));
    // After the force's own figures, an area is a breakdown and the text goes back to the force.
    let lines = [
        "West Yorkshire Police recorded 21,400 burglaries in 2023/24.",
        "Burglaries in the Wakefield district rose by 6%.",
        "There were 610 burglaries of sheds.",
    ];
    assert_eq!(place_of(&lines, 610.0), some("West Yorkshire Police"));
}

#[test]
fn a_council_area_in_the_subject_named_as_a_district_is_its_figures_place() {
    let line = "Car thefts in the Mid Ulster policing district fell by 7% in 2022/23.";
    assert_eq!(place_of(&[line], -7.0), some("Mid Ulster"));
    let line = "Assaults across the Inverclyde council area rose by 5% in 2023-24.";
    assert_eq!(place_of(&[line], 5.0), some("Inverclyde"));
}

#[test]
fn an_area_named_as_a_neighbourhood_area_is_the_place_of_its_part() {
    let lines = [
        "Northumbria Police recorded 2,140 burglaries in 2021/22.",
        "The Sunderland neighbourhood area accounted for 312 of them.",
    ];
    assert_eq!(place_of(&lines, 312.0), some("Sunderland"));
    let lines = [
        "Police in Northumbria logged 640 thefts of tools in 2021/22.",
        "The Tynedale neighbourhood area saw 58 of the thefts, up from 40 the year before.",
    ];
    assert_eq!(place_of(&lines, 58.0), some("Tynedale"));
    assert_eq!(place_of(&lines, 40.0), some("Tynedale"));
}

#[test]
fn a_part_of_the_offences_counted_in_an_area_is_the_areas() {
    let lines = [
        "Lancashire Constabulary recorded 2,410 burglaries in 2022/23.",
        "Of those, 604 of the burglaries were in Preston, up from 520.",
    ];
    assert_eq!(place_of(&lines, 604.0), some("Preston"));
    let lines = [
        "Cambridgeshire Constabulary logged 1,320 thefts of bikes in 2022/23.",
        "Police data shows 815 of the thefts took place within Cambridge city, the highest share in the county.",
    ];
    assert_eq!(place_of(&lines, 815.0), some("Cambridge"));
    // "of" tying the number to another noun still keeps the area from it.
    let lines =
        ["Lancashire Constabulary recorded 2,410 burglaries in 2022/23.", "It visited 52 of the schools in Preston."];
    assert_eq!(place_of(&lines, 52.0), some("Lancashire Constabulary"));
}

#[test]
fn a_council_area_whose_figure_is_in_words_is_its_place() {
    let lines = ["Police Scotland recorded 310 thefts of bikes in 2023-24.", "Shetland recorded three."];
    assert_eq!(place_of(&lines, 3.0), some("Shetland"));
    let lines = ["Police Scotland recorded 310 thefts of bikes in 2023-24.", "Clackmannanshire logged nine."];
    assert_eq!(place_of(&lines, 9.0), some("Clackmannanshire"));
}

#[test]
fn an_area_whose_name_is_printed_with_the_is_given_its_figure_after_the() {
    let lines = ["Police Scotland recorded 9,000 thefts in 2023-24.", "In the Scottish Borders, 140 were from farms."];
    assert_eq!(place_of(&lines, 140.0), some("Scottish Borders"));
    let lines = ["Police Scotland recorded 9,000 thefts in 2023-24.", "The Western Isles recorded 14."];
    assert_eq!(place_of(&lines, 14.0), some("Western Isles"));
    let lines = ["Police Scotland recorded 9,000 thefts in 2023-24.", "Thefts across the Shetland Islands rose by 6%."];
    assert_eq!(place_of(&lines, 6.0), some("Shetland Islands"));
    // "The" before a name printed without it makes it part of something else.
    let lines = ["Police Scotland recorded 9,000 thefts in 2023-24.", "The Stirling team recorded 61."];
    assert_eq!(place_of(&lines, 61.0), some("Police Scotland"));
}

#[test]
fn northern_ireland_districts_printed_in_short_are_found() {
    let lines =
        ["The PSNI recorded 9,000 thefts in 2023/24.", "In the Derry and Strabane district, 310 were recorded."];
    assert_eq!(place_of(&lines, 310.0), some("Derry and Strabane"));
    let lines = ["The PSNI recorded 9,000 thefts in 2023/24.", "Armagh, Banbridge and Craigavon recorded 402."];
    assert_eq!(place_of(&lines, 402.0), some("Armagh, Banbridge and Craigavon"));
}

#[test]
fn a_neighbourhood_or_local_policing_area_is_placed_under_the_name_printed() {
    let lines = [
        "The PSNI recorded 2,100 burglaries in 2023/24.",
        "In the Limavady and Dungiven neighbourhood policing area, officers recorded 96 burglaries.",
    ];
    assert_eq!(place_of(&lines, 96.0), some("Limavady and Dungiven"));
    let line = "Across the Leith and Portobello local policing area, 140 bikes were stolen in 2023-24.";
    assert_eq!(place_of(&[line], 140.0), some("Leith and Portobello"));
}

#[test]
fn a_place_in_an_aside_set_off_by_dashes_before_the_number_is_not_its_place() {
    let lines = ["Police in England and Wales recorded 5,100 robberies in 2023/24. Thefts rose by 4%. Arson - setting aside last year's riots in London and Manchester - rose to 1,240."];
    assert_eq!(place_of(&lines, 1240.0), some("national"));
    let lines = ["Police in England and Wales recorded 5,100 robberies in 2023/24. Thefts rose by 4%. Knife homicides – not counting the attacks in Kent – climbed to 212."];
    assert_eq!(place_of(&lines, 212.0), some("national"));
}

#[test]
fn a_number_a_relative_clause_records_is_the_place_it_hangs_on() {
    let line = "The region's total sums data from Durham Constabulary, which recorded 1,210 thefts, with figures from Cleveland Police, which recorded 988.";
    assert_eq!(place_of(&[line], 1210.0), some("Durham Constabulary"));
    assert_eq!(place_of(&[line], 988.0), some("Cleveland Police"));
    let line = "The survey covered staff at Gwent Police, who logged almost 300 reports, as well as officers from Dyfed-Powys Police.";
    assert_eq!(place_of(&[line], 300.0), some("Gwent Police"));
}

#[test]
fn a_number_a_relative_clause_on_a_force_area_the_others_are_outside_records_is_that_forces() {
    let line = "Avon and Somerset Police logged 2,140 and Devon and Cornwall Police 1,980, the highest totals outside the Thames Valley Police area, which recorded 3,020.";
    assert_eq!(place_of(&[line], 1980.0), some("Devon and Cornwall Police"));
    assert_eq!(place_of(&[line], 3020.0), some("Thames Valley Police"));
    let line = "Cumbria Constabulary saw 410 thefts, the most of any force beyond the Lancashire force area, which logged almost 1,900.";
    assert_eq!(place_of(&[line], 1900.0), some("Lancashire Constabulary"));
}

#[test]
fn a_total_over_the_forces_just_named_is_theirs_together_in_the_order_named() {
    let lines = [
        "Essex Police logged 610 stalking offences in 2021/22.",
        "In Kent, police recorded 702, and Sussex Police 455.",
        "Across the three forces, 1,767 stalking offences were recorded that year.",
    ];
    assert_eq!(place_of(&lines, 1767.0), some("Essex Police, Kent Police and Sussex Police"));
    // Only the last two of them, for "both forces".
    let lines = [
        "Essex Police logged 610 stalking offences in 2021/22.",
        "Kent Police recorded 702 and Sussex Police 455 in 2021/22.",
        "Both forces recorded 1,157 such offences between them.",
    ];
    assert_eq!(place_of(&lines, 1157.0), some("Kent Police and Sussex Police"));
}

#[test]
fn a_force_ranked_among_a_regions_forces_is_the_place_not_the_region() {
    let line = "In North Wales, the busiest of the four Welsh forces, stalking offences rose to 512 in 2021/22.";
    assert_eq!(place_of(&[line], 512.0), some("North Wales Police"));
    // A noun of what is ranked may stand between: "the highest total of".
    let line =
        "Gwent Police had the highest total of the four Welsh forces with 388, followed by Dyfed-Powys Police on 201.";
    assert_eq!(place_of(&[line], 388.0), some("Gwent Police"));
    assert_eq!(place_of(&[line], 201.0), some("Dyfed-Powys Police"));
}

#[test]
fn a_compass_point_before_a_region_names_part_of_it_not_the_region() {
    let lines = [
        "North Wales Police has published its figures for the year.",
        "Officers in north-west Wales logged 95 grooming offences in 2020/21.",
    ];
    assert_eq!(place_of(&lines, 95.0), some("North Wales Police"));
    let line = "Officers across Wales logged 95 grooming offences in 2020/21.";
    assert_eq!(place_of(&[line], 95.0), some("Wales"));
}

#[test]
fn a_part_of_a_forces_ground_keeps_the_name_it_is_printed_under() {
    let line = "Edinburgh logged 131 of the offences in 2021-22 and Glasgow 187.";
    assert_eq!(place_of(&[line], 131.0), some("Edinburgh"));
    assert_eq!(place_of(&[line], 187.0), some("Glasgow"));
    let line = "The Greater Glasgow division logged 187 of the offences in 2021-22.";
    assert_eq!(place_of(&[line], 187.0), some("Greater Glasgow"));
    // A force is named as the gazetteer names it, however it is printed.
    let line = "Hampshire Police logged 412 offences in 2021-22.";
    assert_eq!(place_of(&[line], 412.0), some("Hampshire Constabulary"));
}

#[test]
fn a_total_over_so_many_forces_is_theirs_in_a_sentence_naming_the_country_too() {
    let lines = [
        "Kent Police recorded 900 robberies in 2022/23.",
        "Essex Police recorded 700 in the same year.",
        "Between them, the two forces logged 1,600 robberies - a tenth of the 16,000 recorded across England and Wales.",
    ];
    assert_eq!(place_of(&lines, 1600.0), some("Kent Police and Essex Police"));
    assert_eq!(place_of(&lines, 16000.0), some("national"));
}

#[test]
fn a_combined_value_after_several_forces_values_is_theirs_together() {
    let line = "Gwent Police logged 120 thefts, Dyfed-Powys Police 310 and North Wales Police 95 - a combined 525.";
    assert_eq!(place_of(&[line], 525.0), some("Gwent Police, Dyfed-Powys Police and North Wales Police"));
    // Forces that make up a whole region are the region.
    let line = "Northumbria Police recorded 410 burglaries, Durham Constabulary 150 and Cleveland Police 260, a combined total of 820.";
    assert_eq!(place_of(&[line], 820.0), some("North East"));
}

#[test]
fn the_force_whose_figures_they_are_is_not_the_place_of_a_borough_figure() {
    let line =
        "Officers logged 88 thefts in Camden in 2023, down 5 per cent from 93 in 2022, according to Metropolitan Police data.";
    assert_eq!(place_of(&[line], 93.0), some("Camden"));
    assert_eq!(place_of(&[line], -5.0), some("Camden"));
}

#[test]
fn the_text_goes_on_about_a_figures_place_not_the_average_it_was_set_against() {
    let lines = [
        "Kent Police logged 612 offences in 2022/23, a rate of 33 per 100,000, above the England and Wales average of 28.",
        "Around 140 of the offences involved a weapon.",
    ];
    assert_eq!(place_of(&lines, 140.0), some("Kent Police"));
    assert_eq!(place_of(&lines, 28.0), some("national"));
    let lines = [
        "In Lewisham that equals 0.7 thefts per 1,000 people, against a London average of 0.4.",
        "Some 55 thefts happened near the station.",
    ];
    assert_eq!(place_of(&lines, 55.0), some("Lewisham"));
}

#[test]
fn the_rail_network_of_great_britain_is_british_transport_polices_ground() {
    let lines = [
        "British Transport Police recorded 3,100 thefts of bikes in 2023/24.",
        "In 2019/20 the force had recorded 2,480 across the network in England, Wales and Scotland.",
        "Robberies on the rail network in Great Britain rose by 8 per cent.",
    ];
    assert_eq!(place_of(&lines, 2480.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 8.0), some("British Transport Police"));
    // A single force counting across Great Britain can only be the one that polices its railways.
    let lines = [
        "British Transport Police recorded 3,100 thefts of bikes in 2023/24.",
        "Across England, Wales and Scotland, the force logged 310 robberies.",
    ];
    assert_eq!(place_of(&lines, 310.0), some("British Transport Police"));
    // The three nations with no railway named are the country.
    let line = "Across England, Wales and Scotland, 10,400 thefts of bikes were recorded in 2023/24.";
    assert_eq!(place_of(&[line], 10400.0), some(NATIONAL));
}

#[test]
fn the_railways_of_a_region_are_british_transport_polices_ground() {
    let line =
        "BTP recorded 610 thefts on the rail network in the North West in 2023/24, up 9% from 560 the year before.";
    assert_eq!(brief(&[line]).iter().filter(|f| f.0.as_deref() != Some("British Transport Police")).count(), 0);
    let line = "There were 230 robberies on the railways of Wales in 2023/24.";
    assert_eq!(place_of(&[line], 230.0), some("British Transport Police"));
    let line = "BTP recorded 140 robberies on the railways of Scotland in 2022/23, up 12% from 125.";
    assert_eq!(place_of(&[line], 125.0), some("British Transport Police"));
    // Not the railways' own news.
    let line = "Punctuality on the rail network in the North West fell to 61 per cent in 2023/24.";
    assert_ne!(place_of(&[line], 61.0), some("British Transport Police"));
}

#[test]
fn nationally_in_a_text_about_btp_is_its_whole_network() {
    let lines = [
        "British Transport Police recorded 1,900 thefts on trains in 2023/24.",
        "Of the thefts recorded nationally in 2023/24, 220 involved a mobile phone, down from 260 in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 220.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 260.0), some("British Transport Police"));
    let lines = [
        "BTP logged 3,400 assaults across the rail network in 2022/23.",
        "Nationally, 510 of the assaults were on station staff.",
    ];
    assert_eq!(place_of(&lines, 510.0), some("British Transport Police"));
    // The police in general, or another force, counting nationally are the country.
    let lines = [
        "British Transport Police recorded 1,900 thefts on trains in 2023/24.",
        "Nationally, police forces recorded 96,000 thefts from the person.",
    ];
    assert_eq!(place_of(&lines, 96000.0), some(NATIONAL));
    let lines =
        ["Kent Police recorded 1,900 thefts in 2023/24.", "Nationally, 96,000 thefts from the person were recorded."];
    assert_eq!(place_of(&lines, 96000.0), some(NATIONAL));
}

#[test]
fn nationally_with_a_source_of_national_statistics_is_the_country_not_btp() {
    let lines = [
        "British Transport Police recorded 2,300 thefts on trains in 2023/24.",
        "Nationally, robbery rose by 7 per cent to 81,000 offences, the Office for National Statistics said.",
    ];
    assert_eq!(place_of(&lines, 81000.0), some(NATIONAL));
    let lines = [
        "BTP logged 1,700 assaults on the rail network in 2022/23.",
        "Home Office data show 44,000 assaults on emergency workers were recorded nationally.",
    ];
    assert_eq!(place_of(&lines, 44000.0), some(NATIONAL));
}

#[test]
fn the_three_nations_are_btp_only_in_a_text_already_about_btp() {
    // "The forces", "the forced": no single force.
    let line = "Across England, Wales and Scotland, the forces recorded 12,000 assaults on officers in 2023/24.";
    assert_eq!(place_of(&[line], 12000.0), some(NATIONAL));
    let line = "Ticket offices face the forced closure of 1,000 sites across England, Wales and Scotland, unions said.";
    assert_eq!(place_of(&[line], 1000.0), some(NATIONAL));
    // "The force" a territorial one, and the nations its yardstick.
    let line = "Police Scotland said the force logged 310 robberies in 2023/24, compared with 8,000 across England, Wales and Scotland.";
    assert_eq!(place_of(&[line], 8000.0), some(NATIONAL));
    let line =
        "Unemployment across England, Wales and Scotland rose to 4.4 per cent, the ONS said, as BTP cut 200 jobs.";
    assert_eq!(place_of(&[line], 4.4), some(NATIONAL));
    let lines = [
        "Cumbria Constabulary recorded 410 knife offences in 2023/24.",
        "Across England, Wales and Scotland, the force said, knife crime rose by 5 per cent.",
    ];
    assert_eq!(place_of(&lines, 5.0), some(NATIONAL));
}

#[test]
fn the_railways_as_a_whole_are_btps_ground_only_for_crime_on_them() {
    let line = "Fares on Britain's trains will rise by 4.6 per cent in March, the Department for Transport said.";
    assert_ne!(place_of(&[line], 4.6), some("British Transport Police"));
    let line = "Network Rail said 40 of Britain's stations would get step-free access by 2030.";
    assert_ne!(place_of(&[line], 40.0), some("British Transport Police"));
    let line = "Passenger journeys on the rail network in Great Britain rose by 8 per cent in 2023/24.";
    assert_ne!(place_of(&[line], 8.0), some("British Transport Police"));
    let line = "Punctuality across the network in England, Wales and Scotland fell to 68 per cent last year.";
    assert_eq!(place_of(&[line], 68.0), some(NATIONAL));
    let line =
        "Food banks in the network across England, Wales and Scotland handed out 3.1 million parcels in 2023/24.";
    assert_eq!(place_of(&[line], 3_100_000.0), some(NATIONAL));
    // Crime on them is the force's.
    let line = "The rail network in Great Britain saw 1,200 sexual offences in 2023/24.";
    assert_eq!(place_of(&[line], 1200.0), some("British Transport Police"));
    let line = "Thefts at Britain's stations rose by 11 per cent.";
    assert_eq!(place_of(&[line], 11.0), some("British Transport Police"));
}

#[test]
fn on_opens_a_clause_only_before_a_network_or_a_place_that_takes_on() {
    // "On X," as often means "about X".
    let line = "On Wigan, the manager said 12 players were injured.";
    assert_ne!(place_of(&[line], 12.0), some("Wigan"));
    let line = "On Bolton, the minister said 30 schools would get new roofs.";
    assert_ne!(place_of(&[line], 30.0), some("Bolton"));
    let lines = [
        "British Transport Police recorded 3,100 thefts of bikes in 2023/24.",
        "On the Elizabeth line, 130 were recorded.",
    ];
    assert_eq!(place_of(&lines, 130.0), some("Elizabeth line"));
    let lines = ["North Wales Police recorded 9,200 crimes in 2023/24.", "On Anglesey, 640 were recorded."];
    assert_eq!(place_of(&lines, 640.0), some("Anglesey"));
}

#[test]
fn an_island_after_on_the_is_the_place_of_its_figures() {
    let lines = [
        "Hampshire and Isle of Wight Constabulary recorded 18,300 thefts in 2023/24.",
        "On the Isle of Wight 1,120 thefts were recorded.",
    ];
    assert_eq!(place_of(&lines, 1120.0), some("Isle of Wight"));
    let lines = [
        "Hampshire and Isle of Wight Constabulary recorded 18,300 thefts in 2023/24.",
        "On the Isle of Wight, officers logged 990 burglaries.",
    ];
    assert_eq!(place_of(&lines, 990.0), some("Isle of Wight"));
}

#[test]
fn a_rail_network_given_its_own_figure_is_its_place() {
    let lines = [
        "British Transport Police recorded 3,100 thefts of bikes in 2023/24.",
        "London Overground accounted for 420 of them.",
        "In 2023/24, Merseyrail and Tyne and Wear Metro recorded 210, up 12 per cent.",
    ];
    assert_eq!(place_of(&lines, 420.0), some("London Overground"));
    assert_eq!(place_of(&lines, 210.0), some("Merseyrail and Tyne and Wear Metro"));
    // A network's name takes "the", and a figure on it "on".
    let lines = [
        "British Transport Police recorded 3,100 thefts of bikes in 2023/24.",
        "On the Elizabeth line, 130 were recorded.",
        "The Docklands Light Railway accounted for 96 of them.",
    ];
    assert_eq!(place_of(&lines, 130.0), some("Elizabeth line"));
    assert_eq!(place_of(&lines, 96.0), some("Docklands Light Railway"));
    // Named in passing, a network is no place.
    let line = "A London Overground guard said 40 passengers were on the train.";
    assert_ne!(place_of(&[line], 40.0), some("London Overground"));
}

#[test]
fn the_countrys_value_a_forces_figure_is_compared_with_is_a_yardstick() {
    let lines = [
        "Kent Police recorded 120,400 crimes in 2024/25, its annual report shows.",
        "That is a rate of 72.1 per 1,000 residents, compared with 84.3 across England and Wales.",
        "Burglaries rose by 6 per cent to 8,410.",
    ];
    assert_eq!(place_of(&lines, 84.3), some(NATIONAL));
    assert_eq!(place_of(&lines, 8410.0), some("Kent Police"));
    let lines = [
        "Gwent Police solved 14 per cent of burglaries in 2024/25, against 11 per cent nationally.",
        "It charged 230 people.",
    ];
    assert_eq!(place_of(&lines, 230.0), some("Gwent Police"));
}

#[test]
fn in_a_national_story_a_local_figure_set_against_the_country_is_the_aside() {
    let lines = [
        "Knife crime rose by 4 per cent across England and Wales in 2023/24, Home Office figures show.",
        "Essex Police recorded a rise of 9 per cent, against 4 per cent nationally.",
        "The figures show 50,500 offences involving a knife or sharp instrument.",
    ];
    assert_eq!(place_of(&lines, 9.0), some("Essex Police"));
    assert_eq!(place_of(&lines, 50500.0), some(NATIONAL));
    let lines = [
        "Police in England and Wales recorded 430,000 shoplifting offences in 2023/24, a rise of 23 per cent.",
        "Kent saw a rise of 5 per cent, compared with 23 per cent across England and Wales.",
        "In total, 12,000 people were charged.",
    ];
    assert_eq!(place_of(&lines, 12000.0), some(NATIONAL));
    // Nor is the country's value a yardstick when the figure before it is the country's too.
    let lines = [
        "Action Fraud received 300,000 reports, against 280,000 in England and Wales the year before.",
        "Some 40 per cent involved online shopping.",
    ];
    assert_eq!(place_of(&lines, 40.0), some(NATIONAL));
}

#[test]
fn an_average_with_its_place_between_average_and_value_is_a_yardstick_too() {
    let lines = [
        "Surrey Police recorded 41.2 thefts per 1,000 homes, under the average for England and Wales of 44.9 per 1,000.",
        "Shed thefts rose by 6 per cent to 880.",
    ];
    assert_eq!(place_of(&lines, 880.0), some("Surrey Police"));
    assert_eq!(place_of(&lines, 44.9), some("national"));
    let lines = [
        "Gwent Police solved 14 per cent of burglaries, above the average across the country of 11 per cent.",
        "It charged 230 people.",
    ];
    assert_eq!(place_of(&lines, 230.0), some("Gwent Police"));
    let lines = [
        "Kent Police recorded 72.1 offences per 1,000 residents, under the average for forces in England and Wales of 84.3.",
        "Burglaries rose by 6 per cent to 8,410.",
    ];
    assert_eq!(place_of(&lines, 72.1), some("Kent Police"));
    assert_eq!(place_of(&lines, 84.3), some(NATIONAL));
    assert_eq!(place_of(&lines, 8410.0), some("Kent Police"));
    // An average over a time is the figure's own.
    let line = "Kent Police logged 380 thefts in March, while the average for the year was 352.";
    assert!(!is_average_yardstick(line, line.find("352").unwrap_or(0)));
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
fn a_city_or_district_the_text_names_as_such_is_a_place_of_its_own() {
    let line = "Officers recorded 214 burglaries in the city of Sheffield in 2022/23, up from 190.";
    assert_eq!(place_of(&[line], 214.0), some("Sheffield"));
    let line = "In the district of South Lakeland, police logged 38 such crimes in 2022/23.";
    assert_eq!(place_of(&[line], 38.0), some("South Lakeland"));
    // A name in capitals is a headline's, not read as an area.
    let line = "Cumbria Constabulary logged 38 crimes IN THE CITY OF CARLISLE in 2022/23.";
    assert_eq!(place_of(&[line], 38.0), some("Cumbria Constabulary"));
}

#[test]
fn the_value_a_comparison_starts_from_is_about_the_place_of_the_value_compared() {
    let line = "Kent Police logged 330 thefts from lorries bound for London in 2023/24, twice the 165 in 2021/22.";
    assert_eq!(place_of(&[line], 165.0), some("Kent Police"));
    let line = "British Transport Police recorded 210 thefts on trains in Wales in 2023/24, up from 150 in 2022/23.";
    assert_eq!(place_of(&[line], 150.0), place_of(&[line], 210.0));
    // A place printed with the starting value is its own.
    let line = "Kent Police logged 330 thefts in 2023/24, compared with 290 in Essex.";
    assert_eq!(place_of(&[line], 290.0), some("Essex Police"));
}

#[test]
fn a_county_a_force_is_named_after_printed_alone_is_that_part_of_its_ground() {
    let lines = [
        "Devon and Cornwall Police recorded 1,920 burglaries in 2022/23.",
        "In Devon, 1,210 homes were burgled, up from 1,140.",
        "Around 300 of the burglaries happened at night.",
    ];
    assert_eq!(place_of(&lines, 1210.0), some("Devon"));
    assert_eq!(place_of(&lines, 1140.0), some("Devon"));
    // A breakdown: the text then goes on about the force.
    assert_eq!(place_of(&lines, 300.0), some("Devon and Cornwall Police"));
    let line = "The force said 44 were logged in Cornwall and the Isles of Scilly in 2022/23.";
    assert_eq!(place_of(&[line], 44.0), some("Cornwall and the Isles of Scilly"));
    // Listed with the force's other county, the whole force.
    let line = "Across Cornwall, Devon and the Isles of Scilly, police logged 812 thefts in 2022/23.";
    assert_eq!(place_of(&[line], 812.0), some("Devon and Cornwall Police"));
}

#[test]
fn a_region_named_without_figures_that_holds_the_force_is_its_ground() {
    let lines = [
        "Northumbria Police logged 2,140 stalking offences in 2022/23.",
        "It means stalking in the North East is now reported more often than ever.",
        "Of those offences, 410 involved a former partner.",
    ];
    assert_eq!(place_of(&lines, 410.0), some("Northumbria Police"));
    // A region that does not hold the force moves the text.
    let lines = [
        "Northumbria Police logged 2,140 stalking offences in 2022/23.",
        "Attention is now turning to the North West.",
        "There, 3,900 offences were logged.",
    ];
    assert_eq!(place_of(&lines, 3900.0), some("North West"));
}

#[test]
fn a_national_rate_a_force_is_set_against_is_not_what_the_text_goes_on_about() {
    let lines = [
        "Gwent Police had 96 offences per 100,000 people in 2022/23, twice the UK rate of 48.",
        "Some 230 of its offences involved a weapon.",
    ];
    assert_eq!(place_of(&lines, 230.0), some("Gwent Police"));
}

#[test]
fn a_council_area_given_its_own_figure_is_its_place() {
    let lines = [
        "Lancashire Constabulary recorded 2,310 burglaries in 2023/24.",
        "In Blackpool, 412 homes were burgled, up from 380.",
        "Preston saw 268, and Blackburn with Darwen accounted for 301.",
        "Around 500 of the burglaries happened at night.",
    ];
    assert_eq!(place_of(&lines, 412.0), some("Blackpool"));
    assert_eq!(place_of(&lines, 380.0), some("Blackpool"));
    assert_eq!(place_of(&lines, 268.0), some("Preston"));
    assert_eq!(place_of(&lines, 301.0), some("Blackburn with Darwen"));
    // The text then goes on about the force.
    assert_eq!(place_of(&lines, 500.0), some("Lancashire Constabulary"));
    // An area whose name holds the force's is the area.
    let line = "Devon and Cornwall Police logged 3,100 thefts in 2023/24. In East Devon, 260 were from vehicles.";
    assert_eq!(place_of(&[line], 260.0), some("East Devon"));
    let line = "Redcar and Cleveland recorded 530 thefts in 2023/24.";
    assert_eq!(place_of(&[line], 530.0), some("Redcar and Cleveland"));
    let line = "Sunderland's 147 was the highest in the force area in 2022/23.";
    assert_eq!(place_of(&[line], 147.0), some("Sunderland"));
    let line = "Police logged 96 knife offences in 2022/23; in Rhondda Cynon Taf alone, officers seized 41 blades.";
    assert_eq!(place_of(&[line], 41.0), some("Rhondda Cynon Taf"));
}

#[test]
fn a_council_area_set_off_with_its_figure_after_a_comma_is_its_place() {
    let lines = [
        "West Yorkshire Police recorded 21,400 burglaries in 2023/24, down 6%.",
        "All five districts saw a fall except Calderdale, where burglaries rose by 4% on the year before.",
        "The sharpest fall was in Wakefield, down 15%.",
        "Across the county, 610 of the burglaries were of sheds.",
    ];
    assert_eq!(place_of(&lines, 4.0), some("Calderdale"));
    assert_eq!(place_of(&lines, -15.0), some("Wakefield"));
    assert_eq!(place_of(&lines, -6.0), some("West Yorkshire Police"));
    // The text then goes on about the force.
    assert_eq!(place_of(&lines, 610.0), some("West Yorkshire Police"));
    // An area left out, whose clause gives no figure of its own, stays left out.
    let lines = [
        "West Yorkshire Police recorded 21,400 burglaries in 2023/24.",
        "Every district except Kirklees, where figures were late, saw burglaries fall by 8%.",
    ];
    assert_eq!(place_of(&lines, -8.0), some("West Yorkshire Police"));
    // Nor is an area left out the place of what the sentence goes on to say of the rest.
    let lines = [
        "West Yorkshire Police recorded 21,400 burglaries in 2023/24.",
        "Excluding Leeds, where 40% of them were recorded, burglaries fell by 5%.",
    ];
    assert_eq!(place_of(&lines, -5.0), some("West Yorkshire Police"));
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
fn a_town_mentioned_in_passing_is_not_the_place_of_a_figure() {
    let lines = [
        "A man from Swansea was among 38 people South Wales Police arrested in 2023/24.",
        "South Wales Police said 52 pupils at a school in Bridgend had been spoken to in 2023/24.",
        "Cardiff Council said South Wales Police issued 61 fines in 2023/24.",
        "Swansea Bay University Health Board said South Wales Police referred 19 cases in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 38.0), some("South Wales Police"));
    assert_eq!(place_of(&lines, 52.0), some("South Wales Police"));
    assert_eq!(place_of(&lines, 61.0), some("South Wales Police"));
    assert_eq!(place_of(&lines, 19.0), some("South Wales Police"));
}

#[test]
fn a_neighbourhood_named_as_an_area_is_a_place_of_its_own() {
    let lines = [
        "Merseyside Police logged 2,900 reports of anti-social behaviour in 2023/24.",
        "Calls about nuisance bikes in the Toxteth and Dingle area rose by 31% to 388.",
    ];
    assert_eq!(place_of(&lines, 388.0), some("Toxteth and Dingle"));
    assert_eq!(place_of(&lines, 2900.0), some("Merseyside Police"));
    // A force's ground named as an area is still the force.
    let line = "Officers in the Thames Valley area seized 73 e-scooters in 2023/24.";
    assert_eq!(place_of(&[line], 73.0), some("Thames Valley Police"));
}

#[test]
fn a_city_itself_is_its_own_place_inside_the_force() {
    let lines = [
        "West Yorkshire Police recorded 9,800 burglaries in 2023/24.",
        "In Leeds itself there were 3,100, the most of the five districts.",
    ];
    assert_eq!(place_of(&lines, 3100.0), some("Leeds"));
    assert_eq!(place_of(&lines, 9800.0), some("West Yorkshire Police"));
}

#[test]
fn areas_with_their_value_in_brackets_are_its_places_and_the_force_wide_total_the_forces() {
    let lines = [
        "Greater Manchester Police recorded 88,000 thefts in 2022/23.",
        "Shoplifting rose in Wigan (up 12%), Oldham (up 8%) and Stockport (up 3.5%), although the force-wide total fell 2% to 31,200.",
    ];
    assert_eq!(place_of(&lines, 12.0), some("Wigan"));
    assert_eq!(place_of(&lines, 8.0), some("Oldham"));
    assert_eq!(place_of(&lines, 3.5), some("Stockport"));
    assert_eq!(place_of(&lines, -2.0), some("Greater Manchester Police"));
    assert_eq!(place_of(&lines, 31200.0), some("Greater Manchester Police"));
}

#[test]
fn changes_each_printed_before_its_own_place_and_joined_by_a_conjunction_are_each_places() {
    let lines = [
        "Surrey Police and Sussex Police published their figures for 2023/24.",
        "Burglaries rose 9% in Surrey but fell 4% in Sussex.",
        "Robberies were up 3% in Surrey and down 8% in Sussex.",
    ];
    assert_eq!(place_of(&lines, 9.0), some("Surrey Police"));
    assert_eq!(place_of(&lines, -4.0), some("Sussex Police"));
    assert_eq!(place_of(&lines, 3.0), some("Surrey Police"));
    assert_eq!(place_of(&lines, -8.0), some("Sussex Police"));
    // A place far on in the next clause is another noun's.
    let line = "In 2023/24 there were 300 robberies in Surrey and 40% of them involved people from Sussex.";
    assert_eq!(place_of(&[line], 40.0), some("Surrey Police"));
}

#[test]
fn an_area_printed_after_its_number_is_its_place() {
    let lines = [
        "Merseyside Police logged 5,400 thefts in 2023/24.",
        "There were 1,150 bike thefts in Liverpool, and 97 offences were recorded in Wirral last year.",
        "Officers said 44 pupils at a college in Sefton had been spoken to.",
    ];
    assert_eq!(place_of(&lines, 1150.0), some("Liverpool"));
    assert_eq!(place_of(&lines, 97.0), some("Wirral"));
    // A place tied to another noun is not where the number was counted.
    assert_eq!(place_of(&lines, 44.0), some("Merseyside Police"));
}

#[test]
fn an_area_after_its_number_and_a_long_description_is_its_place() {
    let lines = [
        "Lancashire Constabulary logged 2,900 offences in 2023/24.",
        "Some 212 online sexual offences against young girls were logged in Preston over the summer.",
    ];
    assert_eq!(place_of(&lines, 212.0), some("Preston"));
    // A clause of its own between the number and the area leaves the number where it was.
    let lines = ["Lancashire Constabulary said thefts were up 7% as shoplifting figures show a sharp rise in Preston."];
    assert_eq!(place_of(&lines, 7.0), some("Lancashire Constabulary"));
    // So does a year's end before a share counted in the area.
    let lines = ["Across Lancashire, 2,900 offences were recorded in 2023/24, roughly one in five of them in Preston."];
    assert_eq!(place_of(&lines, 2900.0), some("Lancashire Constabulary"));
}

#[test]
fn an_area_described_in_a_clause_before_its_figure_is_its_place() {
    let lines = [
        "Northumbria Police recorded 4,100 thefts in 2023/24.",
        "Sunderland, which takes in Washington, Houghton and Hetton, had more than any other district, with 930.",
    ];
    assert_eq!(place_of(&lines, 930.0), some("Sunderland"));
}

#[test]
fn a_policing_district_is_printed_under_its_own_name() {
    let lines =
        ["The PSNI recorded 402 stalking offences in 2022/23. Lisburn and Castlereagh City policing district accounted for 75 of them."];
    assert_eq!(place_of(&lines, 75.0), some("Lisburn and Castlereagh City"));
    assert_eq!(period_of(&lines, 75.0), some("2022/23"));
    // The council's own name is an institution, not the district.
    let line = "The PSNI said Belfast City Council had reported 31 cases in 2022/23.";
    assert_eq!(place_of(&[line], 31.0), some("Police Service of Northern Ireland"));
}

#[test]
fn across_the_country_in_a_text_about_scotland_is_scotland() {
    let lines = [
        "Police Scotland recorded 1,830 hate crimes in 2022/23.",
        "In Dundee, 140 were recorded. Across the country, 960 more were logged in the first quarter of 2023/24.",
    ];
    assert_eq!(place_of(&lines, 960.0), some("Police Scotland"));
    // Once the text has named England and Wales, the country is the UK's.
    let lines = [
        "Police in England and Wales recorded 9,000 hate crimes in 2022/23.",
        "Police Scotland recorded 800.",
        "Nationally, 2,300 were against disabled people.",
    ];
    assert_eq!(place_of(&lines, 2300.0), some(NATIONAL));
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
fn a_change_after_a_forces_count_across_its_own_region_is_the_forces() {
    let line = "The Metropolitan Police logged 8,210 robberies across London in 2023/24, a rise of 6 per cent.";
    assert_eq!(place_of(&[line], 6.0), some("Metropolitan Police"));
    assert_eq!(place_of(&[line], 8210.0), some("Metropolitan Police"));
}

#[test]
fn an_area_after_its_number_set_off_by_dashes_is_its_place() {
    let lines = [
        "Cheshire Constabulary recorded 640 stalking offences in 2023/24.",
        "Roughly a quarter of them - 158 - were logged in Warrington.",
    ];
    assert_eq!(place_of(&lines, 158.0), some("Warrington"));
    assert_eq!(place_of(&lines, 640.0), some("Cheshire Constabulary"));
}

#[test]
fn an_aside_set_off_by_dashes_after_an_areas_number_ends_its_clause() {
    // Closed like a comma, the aside leaves the next number to the area printed after it.
    let lines = [
        "West Yorkshire Police recorded 20,000 thefts in 2023/24.",
        "There were 8,216 in Leeds - almost half the total - and 3,904 in Wakefield.",
    ];
    assert_eq!(place_of(&lines, 8216.0), some("Leeds"));
    assert_eq!(place_of(&lines, 3904.0), some("Wakefield"));
    let line = "Northumbria Police logged 5,120 burglaries in Newcastle – a record – and 1,733 in Sunderland.";
    assert_eq!(place_of(&[line], 1733.0), some("Sunderland"));
    // An aside left open says nothing of where the next number was counted.
    let line = "Northumbria Police logged 5,120 burglaries in Newcastle - and 1,733 of them were from Sunderland.";
    assert_ne!(place_of(&[line], 1733.0), some("Sunderland"));
}

#[test]
fn an_area_after_its_number_and_an_abbreviated_noun_is_its_place() {
    let line = "Merseyside Police logged 3,410 ASB reports in Wirral in 2023/24, compared with 3,902 a year earlier.";
    assert_eq!(place_of(&[line], 3410.0), some("Wirral"));
    assert_eq!(place_of(&[line], 3902.0), some("Wirral"));
}

#[test]
fn a_sentence_restating_the_change_just_given_for_an_area_is_that_areas() {
    for restated in ["That's a 19 per cent rise.", "This is a fall of 6%."] {
        let lines = [
            "Thames Valley Police recorded 40,100 crimes in 2023/24. In Reading, thefts went from 1,200 in 2022/23 to 1,428 in 2023/24. "
                .to_string()
                + restated,
        ];
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let value = if restated.contains("19") { 19.0 } else { -6.0 };
        assert_eq!(place_of(&lines, value), some("Reading"), "{restated}");
    }
    // A change with nothing referring back stays the text's place.
    let lines = ["Thames Valley Police recorded 40,100 crimes in 2023/24. In Reading, thefts went from 1,200 in 2022/23 to 1,428 in 2023/24. Burglary rose 19 per cent."];
    assert_eq!(place_of(&lines, 19.0), some("Thames Valley Police"));
}

#[test]
fn a_ward_named_as_one_is_the_place_of_its_figure_under_the_name_printed() {
    let lines = [
        "West Midlands Police recorded 9,000 burglaries in 2023/24.",
        "Soho and Victoria ward recorded 402 burglaries, the highest of any ward.",
        "The ward also logged 310 thefts.",
        "Soho ward councillors said 120 cars were stolen.",
    ];
    assert_eq!(place_of(&lines, 402.0), some("Soho and Victoria"));
    // "The ward" names none, nor does a ward's councillors make it the figure's place.
    assert_eq!(place_of(&lines, 310.0), some("West Midlands Police"));
    assert_eq!(place_of(&lines, 120.0), some("West Midlands Police"));
}

#[test]
fn an_area_closing_the_subject_of_a_change_is_its_place() {
    let lines = [
        "Lancashire Constabulary said knife crime was broadly flat in 2023/24.",
        "Officers say robberies in Blackpool fell by 9% in 2023/24, to 212.",
        "The force also said thefts across Preston have risen to 1,040.",
    ];
    assert_eq!(place_of(&lines, -9.0), some("Blackpool"));
    assert_eq!(place_of(&lines, 212.0), some("Blackpool"));
    assert_eq!(place_of(&lines, 1040.0), some("Preston"));
    // A person in a town is no subject of a change.
    let lines = ["Lancashire Constabulary arrested 61 people in 2023/24, a man in Blackpool among them."];
    assert_eq!(place_of(&lines, 61.0), some("Lancashire Constabulary"));
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
fn a_unitary_area_named_after_another_forces_county_is_placed_under_its_own_name() {
    let lines = [
        "Humberside Police recorded 3,900 burglaries in 2023/24.",
        "North Lincolnshire recorded 640 of them, while in North East Lincolnshire there were 702.",
    ];
    assert_eq!(place_of(&lines, 640.0), some("North Lincolnshire"));
    assert_eq!(place_of(&lines, 702.0), some("North East Lincolnshire"));
    assert_eq!(place_of(&lines, 3900.0), some("Humberside Police"));
    let lines = ["Avon and Somerset Police recorded 9,100 thefts in 2023/24.", "South Gloucestershire: 812, up 4%"];
    assert_eq!(place_of(&lines, 812.0), some("South Gloucestershire"));
    // Named only in passing, the area is its force's ground, not the county's force.
    let line = "A man from South Gloucestershire was among 45 people charged by the force in 2023/24.";
    assert_ne!(place_of(&[line], 45.0), some("Gloucestershire Constabulary"));
}

#[test]
fn an_area_framing_a_forces_own_account_of_its_figure_is_its_place() {
    let lines = [
        "Cheshire Constabulary recorded 2,210 car thefts in 2023/24.",
        "In Warrington alone we recorded 640, and in Halton they logged 310.",
        "In Chester we met officers who said the force had recorded 95 arrests.",
    ];
    assert_eq!(place_of(&lines, 640.0), some("Warrington"));
    assert_eq!(place_of(&lines, 310.0), some("Halton"));
    // A visit to a town is no frame for the force's figure.
    assert_eq!(place_of(&lines, 95.0), some("Cheshire Constabulary"));
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
fn a_division_printed_with_the_word_division_is_named_without_it() {
    let line = "Police Scotland's Fife division, which covers Kirkcaldy and Dunfermline, logged 233 thefts in 2022-23.";
    assert_eq!(place_of(&[line], 233.0), some("Fife"));
    let line = "The Fife Division recorded 84 robberies last year.";
    assert_eq!(place_of(&[line], 84.0), some("Fife"));
    let line = "The Forth Valley local policing division logged 150 frauds in 2021-22.";
    assert_eq!(place_of(&[line], 150.0), some("Forth Valley"));
    // A district's own name keeps its "City".
    let line = "Derry City policing district accounted for 310 of the incidents in 2022/23.";
    assert_eq!(place_of(&[line], 310.0), some("Derry City"));
}

#[test]
fn a_council_area_officially_named_a_city_is_placed_under_that_name() {
    let lines = [
        "Nottinghamshire Police recorded 9,840 shoplifting offences in 2023/24.",
        "Nottingham City – 4,107 (12.9 per 1,000)",
        "Lisburn and Castlereagh City recorded 212 burglaries in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 4107.0), some("Nottingham City"));
    assert_eq!(place_of(&lines, 212.0), some("Lisburn and Castlereagh City"));
    // The council is an institution, not the area.
    let line =
        "Nottinghamshire Police logged 730 thefts in 2023/24. Nottingham City Council said 58 were from its parks.";
    assert_ne!(place_of(&[line], 58.0), some("Nottingham City"));
}

#[test]
fn a_city_councils_official_name_before_council_area_is_placed_under_the_citys_name() {
    let line = "Police Scotland said 310 frauds were recorded in the Dundee City council area in 2023-24.";
    assert_eq!(place_of(&[line], 310.0), some("Dundee"));
    let line = "In the City of Edinburgh council area, burglaries fell from 940 to 880 in 2023-24.";
    assert_eq!(place_of(&[line], 880.0), some("Edinburgh"));
    // Printed alone, the official name is kept.
    let line = "Police Scotland recorded 8,400 frauds in 2023-24. In Dundee City, 310 were reported.";
    assert_eq!(place_of(&[line], 310.0), some("Dundee City"));
}

#[test]
fn a_council_area_named_as_one_after_the_opens_its_clause_as_the_name_would() {
    let lines = [
        "Police Scotland recorded 8,400 frauds in 2023-24.",
        "In the Moray council area, 96 were recorded.",
        "The Falkirk council area saw 61.",
    ];
    assert_eq!(place_of(&lines, 96.0), some("Moray"));
    assert_eq!(place_of(&lines, 61.0), some("Falkirk"));
    // So is one named as a local authority's area.
    let lines = [
        "Police Scotland recorded 8,400 frauds in 2023-24.",
        "Some 96 frauds were recorded in the Moray local authority area last year.",
        "In the Dundee City local authority area, 130 were recorded.",
    ];
    assert_eq!(place_of(&lines, 96.0), some("Moray"));
    assert_eq!(place_of(&lines, 130.0), some("Dundee"));
    // Not named as an area, "the" makes the name part of something else.
    let lines = ["Police Scotland recorded 8,400 frauds in 2023-24.", "The Falkirk team saw 61."];
    assert_eq!(place_of(&lines, 61.0), some("Police Scotland"));
}

#[test]
fn a_council_area_named_as_one_after_a_long_offence_name_is_where_the_number_was_counted() {
    let line =
        "Police Scotland recorded 88 crimes of threatening or abusive behaviour in the Moray council area in 2023-24.";
    assert_eq!(place_of(&[line], 88.0), some("Moray"));
    let line = "Police Scotland recorded 51 offences of sharing indecent images with a child in the Angus council area in 2022-23.";
    assert_eq!(place_of(&[line], 51.0), some("Angus"));
    // What the number counts is still tied elsewhere by "at".
    let line = "Police Scotland recorded 900 thefts in 2023-24. It said 40 pupils at a school in the Moray council area were spoken to.";
    assert_ne!(place_of(&[line], 40.0), some("Moray"));
}

#[test]
fn a_paragraph_that_opens_with_a_council_area_goes_on_about_it() {
    let lines = [
        "Greater Manchester Police logged 4,310 thefts from vehicles in 2022/23.",
        "Oldham fared worst. There were 518 thefts in the borough, up from 433. Of those, 61 involved vans.",
        "In Stockport, thefts fell. Its total went down from 302 to 281 over the same period.",
        "Tameside was the only district where the number doubled, from 95 to 190.",
        "Rochdale saw the steepest fall. Overall, 1,220 of the thefts happened at night.",
        "About 700 were reported online.",
    ];
    assert_eq!(place_of(&lines, 518.0), some("Oldham"));
    assert_eq!(place_of(&lines, 433.0), some("Oldham"));
    assert_eq!(place_of(&lines, 61.0), some("Oldham"));
    assert_eq!(place_of(&lines, 302.0), some("Stockport"));
    assert_eq!(place_of(&lines, 281.0), some("Stockport"));
    assert_eq!(place_of(&lines, 95.0), some("Tameside"));
    assert_eq!(place_of(&lines, 190.0), some("Tameside"));
    // A sentence about the whole ground, or a new paragraph, is the force's again.
    assert_eq!(place_of(&lines, 1220.0), some("Greater Manchester Police"));
    assert_eq!(place_of(&lines, 700.0), some("Greater Manchester Police"));
}

#[test]
fn a_paragraph_opening_with_an_area_in_passing_is_not_about_it() {
    let lines = [
        "Merseyside Police recorded 2,040 robberies in 2023/24.",
        "Wirral Council wants more officers. There were 310 robberies on buses.",
        "Sefton and Knowsley were named in the report. Some 150 involved knives.",
    ];
    assert_eq!(place_of(&lines, 310.0), some("Merseyside Police"));
    assert_eq!(place_of(&lines, 150.0), some("Merseyside Police"));
}

#[test]
fn a_sentence_referring_back_to_an_area_given_a_figure_is_about_it() {
    let lines = [
        "West Yorkshire Police recorded 8,950 burglaries in 2023/24. In Kirklees, burglaries rose 12% to 1,140. \
         Shoplifting there fell by 4%. Officers said 220 vans had been stolen across the county.",
        "Across the force, car thefts rose. In Calderdale, 310 cars were taken, and there were 42 more thefts of \
         motorbikes.",
    ];
    assert_eq!(place_of(&lines, 1140.0), some("Kirklees"));
    assert_eq!(place_of(&lines, -4.0), some("Kirklees"));
    // A sentence that does not refer back is about the force again.
    assert_eq!(place_of(&lines, 220.0), some("West Yorkshire Police"));
    assert_eq!(place_of(&lines, 310.0), some("Calderdale"));
}

#[test]
fn an_area_singled_out_as_the_only_one_is_the_subject_of_its_figures() {
    let line = "Cumbria Constabulary logged 1,480 thefts in 2023/24, down from 1,530. \
                Carlisle was the only district where they rose, from 402 to 433.";
    assert_eq!(place_of(&[line], 402.0), some("Carlisle"));
    assert_eq!(place_of(&[line], 433.0), some("Carlisle"));
    let line = "Kent Police recorded 5,200 assaults in 2023/24. Thanet was one of two districts to see a fall, of 6%.";
    assert_eq!(place_of(&[line], -6.0), some("Thanet"));
}

#[test]
fn a_force_named_as_the_local_division_is_the_division_the_text_is_about() {
    let lines = [
        "Officers in Fife logged 2,210 thefts in 2023-24.",
        "Figures given to the council showed the local division of Police Scotland had recorded 1,980 in 2022-23.",
    ];
    assert_eq!(place_of(&lines, 1980.0), some("Fife"));
    let lines =
        ["Officers in Fife logged 2,210 thefts in 2023-24.", "Police Scotland's local division had 1,980 in 2022-23."];
    assert_eq!(place_of(&lines, 1980.0), some("Fife"));
    // The force named as a whole is the force.
    let lines = ["Officers in Fife logged 2,210 thefts in 2023-24.", "Police Scotland recorded 41,000 in 2023-24."];
    assert_eq!(place_of(&lines, 41000.0), some("Police Scotland"));
    // The division holding a council area is not the council area.
    let lines = [
        "In Falkirk, 310 thefts were logged in 2023-24.",
        "The local division of Police Scotland recorded 1,980 in 2022-23.",
    ];
    assert_eq!(place_of(&lines, 1980.0), some("Police Scotland"));
    // A borough's command is the borough.
    let lines = [
        "The Metropolitan Police said Lewisham saw 310 robberies in 2023/24.",
        "The Met's borough command recorded 280 in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 280.0), some("Lewisham"));
}

#[test]
fn a_scottish_council_area_opening_its_clause_is_its_place() {
    let lines = [
        "Police Scotland recorded 8,400 frauds in 2023-24.",
        "In Falkirk the number of frauds rose from 210 in 2022-23 to 248 in 2023-24.",
        "Across Clackmannanshire, 96 were recorded.",
    ];
    assert_eq!(place_of(&lines, 210.0), some("Falkirk"));
    assert_eq!(place_of(&lines, 248.0), some("Falkirk"));
    assert_eq!(place_of(&lines, 96.0), some("Clackmannanshire"));
    // A clause opening on the place and going on with something else does not frame it.
    let lines = ["Police Scotland recorded 8,400 frauds in 2023-24. In Falkirk the council's review found 210 cases."];
    assert_eq!(place_of(&lines, 210.0), some("Police Scotland"));
}

#[test]
fn a_council_area_named_like_a_person_is_a_place_only_where_framed_as_one() {
    let lines = [
        "Police Scotland recorded 8,400 frauds in 2023-24.",
        "In Angus, 312 were reported. Frauds in Highland rose by 7%.",
        "Angus recorded 55 of them online.",
    ];
    assert_eq!(place_of(&lines, 312.0), some("Angus"));
    assert_eq!(place_of(&lines, 7.0), some("Highland"));
    // As a subject it may be anyone called Angus.
    assert_eq!(place_of(&lines, 55.0), some("Police Scotland"));
    let lines = ["Police Scotland recorded 8,400 frauds in 2023-24.", "Angus had 40 of the calls transferred."];
    assert_eq!(place_of(&lines, 40.0), some("Police Scotland"));
    // Framed in the middle of a paragraph, too.
    let line = "Police Scotland recorded 8,400 frauds in 2023-24. In Highland the number fell by 3% to 1,240.";
    assert_eq!(place_of(&[line], 1240.0), some("Highland"));
}

#[test]
fn a_paragraph_opening_in_a_council_area_named_like_a_person_goes_on_about_it() {
    let lines = [
        "Police Scotland recorded 8,400 frauds in 2023-24.",
        "In Angus the total rose to 312. Of those, 58 were online.",
        "Angus Robertson said 40 more staff were needed.",
    ];
    assert_eq!(place_of(&lines, 58.0), some("Angus"));
    assert_ne!(place_of(&lines, 40.0), some("Angus"));
}

#[test]
fn nationally_before_a_force_sets_the_scene_and_the_force_is_the_place() {
    let lines = [
        "Officers in Tayside recorded 1,100 frauds in 2023-24.",
        "Nationally, Police Scotland dealt with 14,300 frauds, a rise of 4%.",
    ];
    assert_eq!(place_of(&lines, 14300.0), some("Police Scotland"));
    assert_eq!(place_of(&lines, 4.0), some("Police Scotland"));
    let line = "Across the UK, British Transport Police logged 2,900 thefts of bikes.";
    assert_eq!(place_of(&[line], 2900.0), some("British Transport Police"));
    // Nations listed one after another stay one list.
    let line = "England and Wales, Scotland and Northern Ireland together recorded 61,000.";
    assert_eq!(place_of(&[line], 61000.0), some(NATIONAL));
}

#[test]
fn the_divisions_a_division_is_one_of_are_not_the_place_the_text_moves_to() {
    let lines = [
        "Officers in Tayside recorded 1,100 frauds in 2023-24.",
        "Tayside is one of 13 local policing divisions across the country.",
        "Of the frauds, 210 were online.",
    ];
    assert_eq!(place_of(&lines, 210.0), some("Tayside"));
}

#[test]
fn a_part_of_the_forces_ground_a_number_was_counted_in_is_its_place() {
    let lines = [
        "The Metropolitan Police published its figures on Tuesday.",
        "Between July and September the Met recorded 212 robberies in Lewisham, compared with 170 a year earlier.",
    ];
    assert_eq!(place_of(&lines, 212.0), some("Lewisham"));
    assert_eq!(place_of(&lines, 170.0), some("Lewisham"));
    let line = "Greater Manchester Police logged 1,020 burglaries in Wigan in 2023/24.";
    assert_eq!(place_of(&[line], 1020.0), some("Wigan"));
    // A place of another force's ground, or a noun's, is not.
    let line = "Greater Manchester Police logged 1,020 burglaries in 2023/24, 40 by men from Leeds.";
    assert_eq!(place_of(&[line], 40.0), some("Greater Manchester Police"));
}

#[test]
fn there_refers_back_to_the_area_a_sentence_without_figures_named_last() {
    let lines =
        ["Greater Manchester Police recorded 9,140 burglaries in 2023/24. In Wigan, burglaries rose 12%. Bolton saw \
         no change. Shoplifting there fell by 4%."];
    assert_eq!(place_of(&lines, 12.0), some("Wigan"));
    assert_eq!(place_of(&lines, -4.0), some("Bolton"));
    // "There," opening a sentence points back too.
    let lines =
        ["Greater Manchester Police recorded 9,140 burglaries in 2023/24. In Wigan, burglaries rose 12%. Bolton saw \
         no change. There, thefts of bikes fell by 4%."];
    assert_eq!(place_of(&lines, -4.0), some("Bolton"));
}

#[test]
fn there_saying_only_that_something_exists_does_not_refer_back() {
    for (sentence, value) in [
        ("There's been a rise of 5% in thefts of vans.", 5.0),
        ("There’s been a rise of 5% in thefts of vans.", 5.0),
        ("There seems to have been a rise of 6% in van thefts.", 6.0),
        ("There appear to be 38 more thefts of vans.", 38.0),
        ("There remain 41 open cases.", 41.0),
        ("Officers said there must be 44 more patrols.", 44.0),
        ("Officers said there need to be 46 more patrols.", 46.0),
    ] {
        let line = format!(
            "Greater Manchester Police recorded 9,140 burglaries in 2023/24. In Wigan, burglaries rose 12%. {sentence}"
        );
        assert_eq!(place_of(&[&line], value), some("Greater Manchester Police"), "{sentence}");
    }
}

#[test]
fn a_sentence_about_the_whole_county_is_the_forces_not_the_opening_areas() {
    for sentence in [
        "Across the county, burglaries rose 3% to 9,800.",
        "Burglaries throughout the force area rose 3% to 9,800.",
        "Burglaries across the force as a whole rose 3% to 9,800.",
        "In the county as a whole, burglaries rose 3% to 9,800.",
    ] {
        let lines = [
            "Greater Manchester Police published its figures on Tuesday.",
            &format!("Bolton recorded the steepest rise. There were 412 burglaries. {sentence}"),
        ];
        assert_eq!(place_of(&lines, 412.0), some("Bolton"), "{sentence}");
        assert_eq!(place_of(&lines, 9800.0), some("Greater Manchester Police"), "{sentence}");
    }
    // The area's own total, or the area as a whole, is still the area's.
    for sentence in ["There were 9,800 burglaries in total.", "The borough as a whole saw 9,800 burglaries."] {
        let lines = [
            "Greater Manchester Police published its figures on Tuesday.",
            &format!("Bolton recorded the steepest rise. There were 412 burglaries. {sentence}"),
        ];
        assert_eq!(place_of(&lines, 9800.0), some("Bolton"), "{sentence}");
    }
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
fn a_part_counted_of_those_in_an_area_is_the_areas() {
    let lines = [
        "Merseyside Police recorded 5,100 burglaries in 2023/24, and 1,840 of those were in Liverpool.",
        "Kent Police logged 900 thefts in 2023/24, 210 of them in Medway – almost a quarter.",
    ];
    assert_eq!(place_of(&lines, 5100.0), some("Merseyside Police"));
    assert_eq!(place_of(&lines, 1840.0), some("Liverpool"));
    assert_eq!(place_of(&lines, 210.0), some("Medway"));
    // So is each of two parts counted in turn.
    let lines = [
        "Merseyside Police recorded 5,100 burglaries in 2023/24.",
        "Of those, 1,840 were in Liverpool and 520 were in Wirral.",
    ];
    assert_eq!(place_of(&lines, 1840.0), some("Liverpool"));
    assert_eq!(place_of(&lines, 520.0), some("Wirral"));
    // An area described as a council area or district after "the".
    let lines = [
        "Cumbria Constabulary recorded 9,400 incidents in 2023/24.",
        "There were 2,300 incidents in the Carlisle council area and 700 in the Kendal district.",
    ];
    assert_eq!(place_of(&lines, 2300.0), some("Carlisle"));
    assert_eq!(place_of(&lines, 700.0), some("Kendal"));
    // Or as an area alone: the next number, counted in the next area, is that area's.
    let lines = [
        "West Yorkshire Police recorded 20,000 thefts in 2023/24.",
        "There were 3,512 thefts in the Leeds area and 2,040 in Bradford.",
    ];
    assert_eq!(place_of(&lines, 3512.0), some("Leeds"));
    assert_eq!(place_of(&lines, 2040.0), some("Bradford"));
    // Not one before another noun: the Carlisle branch is no place a figure is for.
    let line =
        "Cumbria Constabulary recorded 9,400 incidents in 2023/24, and 30 were in the Carlisle branch of a bank.";
    assert_eq!(place_of(&[line], 30.0), some("Cumbria Constabulary"));
    // Another noun's "of" still ties the area to that noun.
    let line = "Kent Police logged 900 thefts in 2023/24, and 30 were the work of gangs in Medway.";
    assert_eq!(place_of(&[line], 30.0), some("Kent Police"));
}

#[test]
fn a_place_opening_the_next_clause_after_a_comma_and_conjunction_is_not_the_earlier_numbers() {
    let line = "Gwent Police recorded 2,100 thefts in 2024/25, a rise of 6 per cent, and across England and Wales thefts reached 440,000.";
    assert_eq!(place_of(&[line], 6.0), some("Gwent Police"));
    assert_eq!(place_of(&[line], 440000.0), some(NATIONAL));
    let line =
        "The panel heard that Kent Police recorded 900 robberies, up 5%, and that in Essex robberies reached 700.";
    assert_eq!(place_of(&[line], 5.0), some("Kent Police"));
    assert_eq!(place_of(&[line], 700.0), some("Essex Police"));
    // Tied by its preposition with no new clause, the place is the number's before it.
    let line = "Robberies rose by 5% in Essex to 700.";
    assert_eq!(place_of(&[line], 5.0), some("Essex Police"));
}

#[test]
fn the_force_opening_a_clause_is_the_force_named_last_though_a_later_clause_names_another_place() {
    let lines = [
        "Kent Police recorded 4,100 burglaries in 2023/24, a rise of 7 per cent, and across England and Wales burglaries reached 190,000.",
        "The force charged 9% of suspects, while in Sussex the figure was 11%.",
    ];
    assert_eq!(place_of(&lines, 9.0), some("Kent Police"));
    assert_eq!(place_of(&lines, 11.0), some("Sussex Police"));
    let lines = [
        "Avon and Somerset Police logged 2,760 robberies in 2023/24, and throughout the UK robberies numbered 81,000.",
        "The constabulary solved 14% of them, but Wiltshire Police solved 19%.",
    ];
    assert_eq!(place_of(&lines, 14.0), some("Avon and Somerset Police"));
    assert_eq!(place_of(&lines, 19.0), some("Wiltshire Police"));
    // With no force named, "the force" is no force, and not the country either.
    let lines =
        ["Across England and Wales, burglaries reached 190,000 in 2023/24.", "The force charged 9% of suspects."];
    assert_ne!(place_of(&lines, 9.0), some(NATIONAL));
    // A place printed before "the force" frames its numbers.
    let lines = [
        "Kent Police recorded 4,100 burglaries in 2023/24, and across England and Wales burglaries reached 190,000.",
        "In Medway, the force charged 6% of suspects.",
    ];
    assert_eq!(place_of(&lines, 6.0), some("Medway"));
}

#[test]
fn a_value_compared_with_in_another_place_does_not_move_what_the_text_is_about() {
    let lines = [
        "Lancashire Constabulary recorded 1,212 robberies in 2023/24, compared with 1,390 in Cumbria.",
        "Officers made 3,070 arrests.",
    ];
    assert_eq!(place_of(&lines, 1390.0), some("Cumbria Constabulary"));
    assert_eq!(place_of(&lines, 3070.0), some("Lancashire Constabulary"));
    // "The force" is still the force of the figure, not the one it was compared with.
    let lines = [
        "Lancashire Constabulary recorded 1,212 robberies in 2023/24, compared with 1,390 in Cumbria.",
        "The force charged 340 people.",
    ];
    assert_eq!(place_of(&lines, 340.0), some("Lancashire Constabulary"));
    // Nor one measured against an average elsewhere.
    let lines =
        ["Dorset Police solved 18% of thefts in 2023/24, against 12% in Devon and Cornwall.", "It charged 240 people."];
    assert_eq!(place_of(&lines, 240.0), some("Dorset Police"));
    // Set against the country in a sentence ranking places, a local figure leaves the text where
    // the country's value took it (outside a ranking, the country's value is a yardstick).
    let lines = [
        "Manchester had the highest rate, 141 per 100,000 people, against 79 per 100,000 across England and Wales.",
        "Some 2,450 offences were recorded in all.",
    ];
    assert_eq!(place_of(&lines, 2450.0), some(NATIONAL));
    // A clause of its own about another place moves it there.
    let lines = [
        "Lancashire Constabulary recorded 1,212 robberies in 2023/24, while Cumbria Constabulary recorded 1,390.",
        "Officers there made 3,070 arrests.",
    ];
    assert_eq!(place_of(&lines, 3070.0), some("Cumbria Constabulary"));
}

#[test]
fn a_city_or_town_centre_is_placed_under_the_name_printed() {
    let lines = [
        "South Wales Police recorded 3,020 shoplifting offences in 2024/25.",
        "Swansea city centre accounted for 640 of them.",
        "There were 215 thefts in Bridgend town centre in 2024/25.",
    ];
    assert_eq!(place_of(&lines, 3020.0), some("South Wales Police"));
    assert_eq!(place_of(&lines, 640.0), some("Swansea city centre"));
    assert_eq!(place_of(&lines, 215.0), some("Bridgend town centre"));
    let lines =
        ["South Wales Police recorded 3,020 shoplifting offences in 2024/25.", "Cardiff city centre alone saw 702."];
    assert_eq!(place_of(&lines, 702.0), some("Cardiff city centre"));
}

#[test]
fn a_council_area_named_after_its_council_is_the_area() {
    let lines = [
        "Police Scotland recorded 150 road deaths in 2024.",
        "In all, 17 people died on roads in the Highland Council area in 2024, up from 11 in 2023.",
    ];
    assert_eq!(place_of(&lines, 17.0), some("Highland"));
    assert_eq!(place_of(&lines, 11.0), some("Highland"));
    // The council itself is an institution, not a place.
    let line = "Police Scotland recorded 150 road deaths in 2024. Highland Council said 12 roads would be resurfaced.";
    assert_ne!(place_of(&[line], 12.0), some("Highland"));
}

#[test]
fn council_areas_listed_with_their_numbers_after_a_verb_gapped_are_each_places() {
    let lines = [
        "Lancashire Constabulary recorded 2,310 burglaries in 2023/24.",
        "Preston recorded 268, Blackpool 212 and Chorley 97.",
        "Burnley logged 140 thefts, and Pendle 61, in the same year.",
    ];
    assert_eq!(place_of(&lines, 268.0), some("Preston"));
    assert_eq!(place_of(&lines, 212.0), some("Blackpool"));
    assert_eq!(place_of(&lines, 97.0), some("Chorley"));
    assert_eq!(place_of(&lines, 61.0), some("Pendle"));
    // A name with a number after it that opens no clause of a list is no such item.
    let line = "Lancashire Constabulary recorded 2,310 burglaries in 2023/24 and Blackpool 2025 is a festival.";
    assert_ne!(place_of(&[line], 2310.0), some("Blackpool"));
    // The list's later items and a bracketed change after a number go on with it.
    let line = "Wigan recorded 412 burglaries (up 9%), Bolton 380, Bury 96 and Salford 77.";
    assert_eq!(place_of(&[line], 96.0), some("Bury"));
    assert_eq!(place_of(&[line], 77.0), some("Salford"));
    // So does a first item giving its number any other way.
    for line in [
        "Wigan topped the list with 412, Bolton 380 and Bury 96.",
        "Wigan was next with 412, Bolton 380 and Bury 96.",
        "Wigan: 412, Bolton 380 and Bury 96.",
        "Wigan saw burglaries rise to 412, Bolton 380 and Bury 96.",
        "In Wigan, 412 cars were stolen, Bolton 380 and Bury 96.",
    ] {
        assert_eq!(place_of(&[line], 380.0), some("Bolton"), "{line}");
        assert_eq!(place_of(&[line], 96.0), some("Bury"), "{line}");
    }
}

#[test]
fn areas_with_numbers_after_a_clause_recording_none_are_no_list_of_counts() {
    // Ranks after an area ranked in words are no counts of theirs.
    let lines = [
        "Greater Manchester Police recorded 31,000 burglaries in 2023/24.",
        "Oldham was ranked worst in the county, Rochdale 2 and Bolton 3.",
        "Trafford came top for safety, with Stockport 2nd, Bury 3 and Wigan 4.",
    ];
    assert_ne!(place_of(&lines, 2.0), some("Rochdale"));
    assert_ne!(place_of(&lines, 3.0), some("Bolton"));
    assert_ne!(place_of(&lines, 3.0), some("Bury"));
    assert_ne!(place_of(&lines, 4.0), some("Wigan"));
    // Nor are scores in a list headed by no verb of recording.
    let line = "Ratings were Bolton 8.2, Wigan 6.4 and Salford 5.1, the study found.";
    assert_ne!(place_of(&[line], 6.4), some("Wigan"));
    assert_ne!(place_of(&[line], 5.1), some("Salford"));
    // Nor ranks after a first rank in figures.
    let line = "Oldham was ranked number 1 in the county, Rochdale 2 and Bolton 3.";
    assert_ne!(place_of(&[line], 2.0), some("Rochdale"));
    // Nor a bare decimal after a recorded count, which counts nothing.
    let line = "Wigan recorded 412 burglaries, Bolton 6.4 and Salford 5.1 on the index.";
    assert_ne!(place_of(&[line], 6.4), some("Bolton"));
}

#[test]
fn every_territorial_force_with_british_transport_police_is_the_country() {
    let lines = [
        "Forces in England and Wales recorded 5,210 thefts of catalytic converters in 2023/24.",
        "The insurer, which asked all 43 territorial forces and British Transport Police for their figures, said the total had fallen by 8 per cent.",
        "Forces that replied logged 2,904 arrests over the same period.",
    ];
    assert_eq!(place_of(&lines, -8.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 2904.0), some(NATIONAL));
    let line = "Figures from each of the 43 police forces in England and Wales, plus British Transport Police, show 7,700 offences in 2023/24.";
    assert_eq!(place_of(&[line], 7700.0), some(NATIONAL));
    // British Transport Police alone is still the force.
    let line = "Requests were sent to British Transport Police, which logged 300 offences in 2023/24.";
    assert_eq!(place_of(&[line], 300.0), some("British Transport Police"));
}

#[test]
fn council_areas_joined_by_and_are_one_place_the_text_goes_on_about() {
    let lines = [
        "Burglary down across Conwy and Denbighshire",
        "Burglaries in Conwy and Denbighshire have fallen by 12 per cent, the community safety partnership said.",
        "Households in the two counties reported 430 break-ins in 2023/24.",
        "Thefts of bicycles also fell, from 96 to 71.",
    ];
    assert_eq!(place_of(&lines, -12.0), some("Conwy and Denbighshire"));
    assert_eq!(place_of(&lines, 430.0), some("Conwy and Denbighshire"));
    assert_eq!(place_of(&lines, 71.0), some("Conwy and Denbighshire"));
    let line = "Across Leeds, Bradford and Wakefield, 2,100 burglaries were recorded in 2023/24.";
    assert_eq!(place_of(&[line], 2100.0), some("Leeds, Bradford and Wakefield"));
    // Named with a figure, they are a part of the force's ground, after which the text goes
    // on about the force.
    let lines = [
        "Surrey Police recorded 2,400 burglaries in 2023/24.",
        "Thefts in Guildford and Woking fell by 9 per cent.",
        "Shoplifting rose to 3,100 offences.",
    ];
    assert_eq!(place_of(&lines, -9.0), some("Guildford and Woking"));
    assert_eq!(place_of(&lines, 3100.0), some("Surrey Police"));
    // Named in passing in a sentence (not a headline) with no figure, they are not what the
    // text goes on about.
    let lines = [
        "Surrey Police recorded 2,400 burglaries in 2023/24.",
        "Officers in Guildford and Woking are appealing for witnesses.",
        "Shoplifting rose to 3,100 offences.",
    ];
    assert_eq!(place_of(&lines, 3100.0), some("Surrey Police"));
    // A share counted in several areas together is the force's.
    let lines = [
        "Surrey Police recorded 2,400 burglaries in 2023/24.",
        "Around 40% of those were recorded in Guildford and Woking.",
    ];
    assert_eq!(place_of(&lines, 40.0), some("Surrey Police"));
    // Areas each given a figure of their own stay apart.
    let line = "There were 520 thefts in Liverpool and 310 in Wirral in 2023/24.";
    assert_eq!(place_of(&[line], 310.0), some("Wirral"));
}

#[test]
fn a_national_body_a_force_runs_for_the_country_has_the_countrys_figures() {
    let line = "The national vehicle crime unit, run by Essex Police, logged 12,400 stolen cars last year.";
    assert_eq!(place_of(&[line], 12400.0), some(NATIONAL));
    let line = "The National Police Air Service, hosted by West Yorkshire Police, recorded 9,800 offences against its crews in 2023/24.";
    assert_eq!(place_of(&[line], 9800.0), some(NATIONAL));
    // A force's own unit is the force's.
    let line = "The custody suites run by Essex Police held 8,100 people in 2023/24.";
    assert_eq!(place_of(&[line], 8100.0), some("Essex Police"));
}

#[test]
fn an_ambulance_or_fire_service_opening_its_clause_is_the_place_of_its_figure() {
    let line = "East Midlands Ambulance Service said assaults on its staff had reached 640 in 2023/24.";
    assert_eq!(place_of(&[line], 640.0), some("East Midlands Ambulance Service"));
    let line = "Kent Fire and Rescue Service recorded 310 deliberate fires in 2023/24.";
    assert_eq!(place_of(&[line], 310.0), some("Kent Fire and Rescue Service"));
    // Named in passing, it is no place of the figure.
    let lines = [
        "Kent Police recorded 2,100 assaults on emergency workers in 2023/24.",
        "A paramedic from South East Coast Ambulance Service was among 212 staff attacked.",
    ];
    assert_ne!(place_of(&lines, 212.0), some("South East Coast Ambulance Service"));
    assert_ne!(place_of(&lines, 212.0), some("South East"));
    // Listed with a force, it is not the subject alone.
    let line = "Kent Police and Kent Fire and Rescue Service said 40 homes had been targeted in 2023/24.";
    assert_eq!(place_of(&[line], 40.0), some("Kent Police"));
}

#[test]
fn an_island_council_named_in_its_forces_name_is_its_own_area() {
    // A table's row for the island is the island council's, not the force's.
    let lines = [
        "Hampshire and Isle of Wight Constabulary recorded 4,100 vehicle thefts in 2023/24.",
        "| District | 2022/23 | 2023/24 |",
        "|---|---|---|",
        "| Winchester | 210 | 230 |",
        "| Isle of Wight | 305 | 287 |",
    ];
    assert_eq!(place_of(&lines, 287.0), some("Isle of Wight"));
    assert_eq!(place_of(&lines, 4100.0), some("Hampshire and Isle of Wight Constabulary"));
    // The force's short name, which holds the island's, is still the force alone.
    let line = "Hampshire and Isle of Wight recorded 655 thefts in 2023/24, up 8%.";
    assert_eq!(place_of(&[line], 655.0), some("Hampshire Constabulary"));
    // The force's full name, which holds the island's, is still the force.
    let lines = ["Hampshire and Isle of Wight Constabulary recorded 4,100 vehicle thefts in 2023/24, up 6%."];
    assert_eq!(place_of(&lines, 6.0), some("Hampshire and Isle of Wight Constabulary"));
}

#[test]
fn a_uk_wide_body_reporting_its_own_count_has_the_countrys_figure() {
    let lines = [
        "Lancashire Police recorded 96 sextortion offences in 2023/24.",
        "The IWF said it had removed 3,080 images in 2023, up 18 per cent.",
    ];
    assert_eq!(place_of(&lines, 3080.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 18.0), some(NATIONAL));
    let lines = [
        "Lancashire Police recorded 96 sextortion offences in 2023/24.",
        "The National Crime Agency, which leads the response, reported 470 referrals in 2023.",
    ];
    assert_eq!(place_of(&lines, 470.0), some(NATIONAL));
    // A force's figure told to the body stays the force's.
    let lines = ["Lancashire Police referred 96 cases to the NCA in 2023/24."];
    assert_eq!(place_of(&lines, 96.0), some("Lancashire Constabulary"));
}

#[test]
fn a_ward_printed_with_its_town_in_brackets_is_placed_under_its_own_name() {
    let lines = [
        "Northumbria Police recorded 8,200 incidents of anti-social behaviour in 2023/24.",
        "Three wards stand out:",
        "- Elswick (Newcastle) logged 640 reports, up from 590.",
        "- Hendon East (Sunderland) saw 410 reports, up from 380.",
        "- Blyth South West (Northumberland) had 275 reports.",
    ];
    // A region's name inside the ward's is part of the name.
    assert_eq!(place_of(&lines, 275.0), some("Blyth South West"));
    assert_eq!(place_of(&lines, 640.0), some("Elswick"));
    assert_eq!(place_of(&lines, 410.0), some("Hendon East"));
    assert_eq!(place_of(&lines, 380.0), some("Hendon East"));
    // The town in brackets after a force is no ward.
    let line = "Northumbria Police (Newcastle) logged 640 reports in 2023/24.";
    assert_eq!(place_of(&[line], 640.0), some("Northumbria Police"));
}

#[test]
fn a_total_named_over_a_region_after_a_forces_figure_is_the_regions() {
    let line = "Gwent Police logged 3,210 thefts, taking the total across Wales to 14,880.";
    assert_eq!(place_of(&[line], 3210.0), some("Gwent Police"));
    assert_eq!(place_of(&[line], 14880.0), some("Wales"));
    let line = "Essex Police recorded 2,050 robberies, while the overall figure for the East of England was 9,400.";
    assert_eq!(place_of(&[line], 9400.0), some("East of England"));
    // A region tied to the force's number as where it was counted is still the force's ground.
    let line = "The Met logged 8,210 robberies across London in 2023/24, a rise of 6 per cent.";
    assert_eq!(place_of(&[line], 6.0), some("Metropolitan Police"));
}

#[test]
fn a_figure_restated_beside_the_forces_the_figures_came_from_keeps_its_place() {
    let lines = [
        "Police in Lincolnshire recorded 310 online grooming offences in 2022/23, up 24% on the year before.",
        "The 24% rise is shown in figures gathered by the charity from forces across the UK.",
    ];
    let places_of = |lines: &[&str], v: f64| -> Vec<Option<String>> {
        figures(lines).into_iter().filter(|f| f.value == v).map(|f| f.place).collect()
    };
    assert_eq!(places_of(&lines, 24.0), [some("Lincolnshire Police")]);
    let lines = [
        "Dorset Police logged 205 stalking offences in 2022/23, a rise of 17 per cent.",
        "That 17 per cent increase is drawn from FOI responses from 40 police forces in England and Wales.",
    ];
    assert_eq!(places_of(&lines, 17.0), [some("Dorset Police")]);
}

#[test]
fn the_forces_figures_came_from_place_the_figures_just_given_with_none() {
    let lines = [
        "Officers logged 6,120 image offences in the year to March 2023.",
        "The figures, gathered by a charity from 39 forces across England and Wales, were published today.",
    ];
    assert_eq!(place_of(&lines, 6120.0), some("national"));
    let lines = [
        "Police recorded 1,480 thefts of bikes in 2022/23, up from 1,200 the year before.",
        "These figures come from the five forces in the North West.",
    ];
    assert_eq!(place_of(&lines, 1480.0), some("North West"));
    assert_eq!(place_of(&lines, 1200.0), some("North West"));
    // A figure with a place of its own keeps it.
    let lines =
        ["Kent Police logged 905 image offences in 2022/23.", "The figures were obtained from forces across the UK."];
    assert_eq!(place_of(&lines, 905.0), some("Kent Police"));
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

/// The forces figures came from place the figures before only when the sentence points back
/// at them ("The figures …") and they are police counts: a hospital's patients or a charity's
/// calls before a sentence about forces' data keep no place.
#[test]
fn the_forces_figures_came_from_place_only_police_figures_pointed_back_at() {
    let lines = [
        "The trust's walk-in centres saw 3,400 patients with stab wounds last year.",
        "Data from police forces in Wales suggests knife offences are rising too.",
    ];
    assert_eq!(place_of(&lines, 3400.0), None);
    let lines = [
        "The helpline took 7,900 calls from worried parents last year.",
        "The figures, obtained from 43 forces across England and Wales, show stalking rose.",
    ];
    assert_eq!(place_of(&lines, 7900.0), None);
    let lines = [
        "Officers recorded 2,150 thefts of catalytic converters in 2022/23.",
        "The data comes from forces across the North East.",
    ];
    assert_eq!(place_of(&lines, 2150.0), some("North East"));
}

#[test]
fn east_yorkshire_is_humberside_not_the_yorkshire_region() {
    for line in [
        "Police in East Yorkshire recorded 310 burglaries in 2023/24.",
        "Thefts in Hull and East Yorkshire rose by 12 per cent in 2022/23.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty(), "{line}");
        assert!(found.iter().all(|f| f.0.as_deref() == Some("Humberside Police")), "{line}: {found:?}");
    }
}

#[test]
fn the_ground_of_the_forces_asked_is_no_place_of_a_forces_own_figure() {
    let lines = [
        "Kent Police recorded 4,120 burglaries in 2023/24.",
        "The force logged 3,900 thefts in 2022/23, according to data gathered by a charity from police forces across England and Wales.",
    ];
    assert_eq!(place_of(&lines, 3900.0), some("Kent Police"));
    let lines = [
        "Essex recorded 900 thefts in 2023/24.",
        "The figures, obtained by a newspaper from forces across the UK, show that 210 of those thefts were recorded by Essex Police.",
    ];
    assert_eq!(place_of(&lines, 210.0), some("Essex Police"));
}

#[test]
fn a_count_recorded_in_several_areas_together_is_theirs_and_a_share_the_forces() {
    let lines = ["Kent Police recorded 500 burglaries in 2023/24.", "Of those, 231 were recorded in Medway and Swale."];
    assert_eq!(place_of(&lines, 231.0), some("Medway and Swale"));
    let lines =
        ["Essex Police logged 800 thefts in 2022/23.", "Some 310 of them were logged in Basildon and Colchester."];
    assert_eq!(place_of(&lines, 310.0), some("Basildon and Colchester"));
    let lines =
        ["Essex Police logged 800 thefts in 2022/23.", "About 40% of them were logged in Basildon and Colchester."];
    assert_eq!(place_of(&lines, 40.0), some("Essex Police"));
    // A year printed between the share and the areas does not make the share a count.
    let lines = ["Kent Police recorded 500 burglaries.", "Some 12 per cent in 2023/24 were in Medway and Swale."];
    assert_eq!(place_of(&lines, 12.0), some("Kent Police"));
    let lines =
        ["Essex Police logged 800 thefts.", "About 40% of them in 2022 were logged in Basildon and Colchester."];
    assert_eq!(place_of(&lines, 40.0), some("Essex Police"));
}

#[test]
fn a_force_named_in_a_where_clause_is_not_the_place_the_clause_describes() {
    let line = "In Wales, where British Transport Police patrol the valley lines, stations and depots, 240 assaults were recorded in 2029/30, up from 200 the year before - a rise of 20%.";
    assert_eq!(place_of(&[line], 240.0), some("Wales"));
    assert_eq!(place_of(&[line], 200.0), some("Wales"));
    assert_eq!(place_of(&[line], 20.0), some("Wales"));
    let line = "In the North West, where Greater Manchester Police shares the motorway patrols, 3,120 thefts were logged in 2029/30.";
    assert_eq!(place_of(&[line], 3120.0), some("North West"));
    // A force that did the counting in the clause stays the place.
    let line = "In Kent, where police recorded 512 burglaries, shops were the worst hit.";
    assert_eq!(place_of(&[line], 512.0), some("Kent Police"));
}

#[test]
fn a_legacy_scottish_force_is_the_place_of_its_figures() {
    let line = "Grampian Police logged 1,204 housebreakings in 2010/11, while Central Scotland Police logged 655.";
    assert_eq!(place_of(&[line], 1204.0), some("Grampian Police"));
    assert_eq!(place_of(&[line], 655.0), some("Central Scotland Police"));
    let lines = ["Scotland's forces recorded 9,800 frauds in 2009/10.", "Northern Constabulary counted 412 of them."];
    assert_eq!(place_of(&lines, 412.0), some("Northern Constabulary"));
}

#[test]
fn the_nation_a_part_of_its_force_is_ranked_in_is_not_the_parts_place() {
    let line = "Tayside Police, the smallest force in Scotland, recorded 2,310 thefts in 2011/12.";
    assert_eq!(place_of(&[line], 2310.0), some("Tayside Police"));
    let line = "Fife Constabulary, the busiest of Scotland's eight forces, logged 5,020 assaults in 2010/11.";
    assert_eq!(place_of(&[line], 5020.0), some("Fife Constabulary"));
    let line = "Greater Glasgow, the largest division in Scotland, had 3,213 robberies in 2022/23.";
    assert_eq!(place_of(&[line], 3213.0), some("Greater Glasgow"));
    // A force ranked among the nation's others, printed as their owner.
    let line = "Gwent Police, the smallest of Wales's four forces, recorded 818 burglaries in 2023/24.";
    assert_eq!(place_of(&[line], 818.0), some("Gwent Police"));
    // Named alone, the nation is still its force's ground.
    let line = "Robberies in Scotland were the highest in Scotland since 2001, at 2,900 in 2011/12.";
    assert_eq!(place_of(&[line], 2900.0), some("Police Scotland"));
}

#[test]
fn a_command_unit_named_with_the_places_it_covers_is_the_place_of_its_figures() {
    let line = "The North East Basic Command Unit (BCU), which covers Hackney and Tower Hamlets, recorded 640 robberies in 2023/24, up 12% on 2022/23.";
    assert_eq!(place_of(&[line], 640.0), some("North East BCU"));
    assert_eq!(place_of(&[line], 12.0), some("North East BCU"));
    let line = "In 2022/23 the South West Borough Command Unit, which covers Kingston, Merton, Richmond, and Wandsworth, logged 1,110 burglaries.";
    assert_eq!(place_of(&[line], 1110.0), some("South West BCU"));
    let line = "Essex Police's Harbour Division, which covers Harwich and Clacton, saw thefts rise to 870 in 2023/24.";
    assert_eq!(place_of(&[line], 870.0), some("Harbour"));
    // A division the gazetteer knows keeps its name.
    let line =
        "Police Scotland's Tayside division, which covers Dundee, Angus and Perth, logged 455 frauds in 2022-23.";
    assert_eq!(place_of(&[line], 455.0), some("Tayside"));
}

#[test]
fn a_command_unit_covering_boroughs_listed_with_a_serial_comma_is_their_place_in_london() {
    let lines = [
        "The Met recorded 9,020 burglaries across London in 2023/24.",
        "The South Basic Command Unit (BCU), which covers Croydon, Bromley, and Sutton and Merton, logged 1,230 of them.",
    ];
    assert_eq!(place_of(&lines, 1230.0), some("South BCU"));
}

#[test]
fn the_total_the_forces_asked_show_keeps_their_ground_beside_a_force_named_later() {
    let lines = [
        "Returns from police forces across England and Wales show 38,200 thefts were logged in 2022/23, with Essex Police among the highest.",
    ];
    assert_eq!(place_of(&lines, 38200.0), some(NATIONAL));
    let lines = [
        "Data from forces across England and Wales show 38,200 thefts were logged in 2022/23, more than Police Scotland's 7,400.",
    ];
    assert_eq!(place_of(&lines, 38200.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 7400.0), some("Police Scotland"));
}

#[test]
fn places_offered_as_alternatives_do_not_move_the_text_away_from_its_force() {
    for lines in [
        [
            "Kent Police recorded 310 burglaries in 2023/24.",
            "\"People talk as if this only happens in Leeds or London,\" he said.",
            "Of the 310, around 90 involved a car being taken.",
        ],
        [
            "Dorset Police logged 412 thefts from vans in 2022/23.",
            "Residents said the thieves drove in from Bristol or London each night.",
            "A further 60 were reported in the spring.",
        ],
    ] {
        let last = figures(&lines).last().map(|f| (f.value, f.place.clone()));
        let force = lines[0].split(" Police").next().map(|f| format!("{f} Police"));
        assert!(last.as_ref().is_some_and(|(_, p)| *p == force), "{lines:?}: {last:?}");
    }
}

#[test]
fn the_crown_dependencies_forces_take_their_own_figures() {
    let lines = [
        "Lancashire Constabulary logged 1,510 thefts in 2022/23.",
        "On the island, the Isle of Man Constabulary logged 57 thefts in 2022/23, up from 44.",
    ];
    assert_eq!(place_of(&lines, 57.0), some("Isle of Man Constabulary"));
    assert_eq!(place_of(&lines, 44.0), some("Isle of Man Constabulary"));
    let lines = [
        "Devon and Cornwall Police recorded 2,300 burglaries last year.",
        "Across the Channel, Jersey Police recorded 61 and Guernsey Police 48.",
    ];
    assert_eq!(place_of(&lines, 61.0), some("States of Jersey Police"));
    assert_eq!(place_of(&lines, 48.0), some("Guernsey Police"));
}

#[test]
fn a_force_named_in_a_clause_about_anothers_past_ties_is_not_the_figures_place() {
    let line = "Dorset Police, which until last year shared a firearms unit with Devon and Cornwall, logged 212.";
    assert_eq!(place_of(&[line], 212.0), some("Dorset Police"));
    let line = "Kent recorded 900, while Norfolk Constabulary, which once worked closely with Suffolk, recorded 301.";
    assert_eq!(place_of(&[line], 301.0), some("Norfolk Constabulary"));
}

#[test]
fn a_place_in_a_relative_clause_describing_a_force_is_not_where_its_figures_are() {
    let line = "The BTP, which patrols hundreds of stations across England, Wales and Scotland, received 66 reports of robbery in 2021/22, up from 40 in 2020/21.";
    assert_eq!(place_of(&[line], 66.0), some("British Transport Police"));
    assert_eq!(place_of(&[line], 40.0), some("British Transport Police"));
    let line = "The Civil Nuclear Constabulary, who guard 12 sites throughout the UK, logged 19 thefts last year, against 11 the year before.";
    assert_eq!(place_of(&[line], 19.0), some("Civil Nuclear Constabulary"));
    assert_eq!(place_of(&[line], 11.0), some("Civil Nuclear Constabulary"));
}

#[test]
fn a_place_in_a_relative_clause_of_a_dashed_aside_after_the_number_is_not_its_place() {
    let lines = [
        "Kent Police recorded 1,402 stalking offences in 2019/20.",
        "Of those, 87 began on gaming sites – a year during which forces in Scotland were told to log them.",
    ];
    assert_eq!(place_of(&lines, 87.0), some("Kent Police"));
    let lines = [
        "Essex Police logged 3,118 burglaries in 2022/23.",
        "Some 640 were of sheds — a figure which officers across the UK say is rising.",
    ];
    assert_eq!(place_of(&lines, 640.0), some("Essex Police"));
}

#[test]
fn a_part_of_figures_given_in_words_after_of_the_total_stays_the_forces() {
    let lines = [
        "Kent Police recorded 52 burglaries at farms in 2022/23.",
        "Of the 52 burglaries, seven related to Romney Marsh.",
    ];
    assert_eq!(place_of(&lines, 7.0), some("Kent Police"));
    let lines =
        ["Dorset Police logged 38 thefts from boats in 2023/24.", "Of the 38 thefts, five came from Poole Quay."];
    assert_eq!(place_of(&lines, 5.0), some("Dorset Police"));
}

#[test]
fn a_comparison_set_aside_does_not_carry_into_the_next_paragraph() {
    let lines = [
        "Lincolnshire Police recorded 412 thefts of farm machinery in 2022/23.",
        "By comparison, police across England and Wales recorded 9,800 such thefts in 2022/23.",
        "Quad bikes were the most targeted. There were 160 taken in 2022/23, against 120 in 2021/22.",
    ];
    assert_eq!(place_of(&lines, 9800.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 160.0), some("Lincolnshire Police"));
    assert_eq!(place_of(&lines, 120.0), some("Lincolnshire Police"));
    let lines = [
        "Cumbria Constabulary logged 88 hate crimes at football grounds in 2023/24.",
        "In contrast, forces across the UK logged 2,640 in 2023/24.",
        "Some 31 of the incidents happened at away matches.",
    ];
    assert_eq!(place_of(&lines, 2640.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 31.0), some("Cumbria Constabulary"));
    // "The force" after an aside about another force is still the text's own.
    let lines = [
        "Cumbria Constabulary logged 88 hate crimes at football grounds in 2023/24.",
        "For comparison, Lancashire Constabulary logged 240 in 2023/24.",
        "The force said 31 of its incidents happened at away matches.",
    ];
    assert_eq!(place_of(&lines, 31.0), some("Cumbria Constabulary"));
}

#[test]
fn a_place_that_opens_a_where_clause_is_not_the_place_of_a_number_before_it() {
    let line = "The steepest rises were in Kent, where thefts rose 40% to 210 from 150, and Essex, where they climbed 22% to 330, from 270.";
    assert_eq!(place_of(&[line], 150.0), some("Kent Police"));
    assert_eq!(place_of(&[line], 270.0), some("Essex Police"));
    let line = "Falls came in Norfolk, where burglaries dropped to 95 from 120, and in Suffolk, where they dropped to 80 from 101.";
    assert_eq!(place_of(&[line], 120.0), some("Norfolk Constabulary"));
    assert_eq!(place_of(&[line], 101.0), some("Suffolk Constabulary"));
}

#[test]
fn forces_counting_with_no_place_named_are_the_country() {
    let lines = [
        "Forces recorded 12,640 thefts of catalytic converters in 2023/24, up 8% from 11,700 in 2022/23.",
        "Kent Police recorded 900.",
    ];
    assert_eq!(place_of(&lines, 12640.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 8.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 11700.0), some(NATIONAL));
    let lines = ["Police forces logged 4,410 dog thefts in 2021/22, figures obtained by a charity show."];
    assert_eq!(place_of(&lines, 4410.0), some(NATIONAL));
    // In a text about a region, they are its forces.
    let lines = ["Thefts rose 9% across Yorkshire last year.", "Police forces logged 4,400 thefts in 2023/24."];
    assert_eq!(place_of(&lines, 4400.0), some("Yorkshire"));
}

#[test]
fn an_area_in_a_gapped_clause_keeps_the_verbs_preposition() {
    let lines = [
        "Gloucestershire Constabulary recorded 410 burglaries in 2023/24.",
        "Tewkesbury accounted for 52 of the burglaries, and Stroud for 61.",
    ];
    assert_eq!(place_of(&lines, 52.0), some("Tewkesbury"));
    assert_eq!(place_of(&lines, 61.0), some("Stroud"));
    let lines = [
        "South Wales Police logged 1,900 thefts in 2022/23.",
        "Cardiff district accounted for 700 offences, and the Vale of Glamorgan for 140.",
    ];
    assert_eq!(place_of(&lines, 140.0), some("Vale of Glamorgan"));
}

#[test]
fn the_whole_a_part_is_out_of_is_the_figure_printed_before() {
    let lines = [
        "Gloucestershire Constabulary recorded 410 burglaries in 2023/24.",
        "Tewkesbury accounted for 52 of the 410 burglaries.",
    ];
    let found = brief(&lines);
    assert!(
        found.iter().filter(|f| f.2 == 410.0).all(|f| f.0.as_deref() == Some("Gloucestershire Constabulary")),
        "{found:?}"
    );
    let lines = ["Cumbria Constabulary logged 96 thefts in 2022/23.", "Of the 96 thefts, 40 were in Carlisle."];
    let found = brief(&lines);
    assert!(found.iter().filter(|f| f.2 == 96.0).all(|f| f.0.as_deref() == Some("Cumbria Constabulary")), "{found:?}");
}

#[test]
fn a_command_unit_named_by_a_compass_point_or_an_area_is_a_place_under_its_name() {
    let lines = [
        "The Met's South West Basic Command Unit (BCU) logged 420 robberies in 2023/24, up 9% from 385 in 2022/23.",
        "The South West BCU also recorded 3,100 thefts in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 420.0), some("South West BCU"));
    assert_eq!(place_of(&lines, 385.0), some("South West BCU"));
    assert_eq!(place_of(&lines, 3100.0), some("South West BCU"));
    let lines = [
        "Metropolitan Police figures show 2,210 burglaries across London in 2024/25.",
        "Nearby West Area BCU, which covers Ealing, Hillingdon and Hounslow, recorded 301 burglaries.",
        "The Central North Basic Command Unit recorded 255.",
    ];
    assert_eq!(place_of(&lines, 301.0), some("West Area BCU"));
    assert_eq!(place_of(&lines, 255.0), some("Central North BCU"));
}

#[test]
fn a_total_across_the_forces_a_region_is_printed_as_is_the_regions() {
    let lines = [
        "| Force | 2022/23 | 2023/24 |",
        "|---|---:|---:|",
        "| Durham Constabulary | 210 | 230 |",
        "| Cleveland Police | 300 | 320 |",
        "| **North East (two forces)** | **510** | **550** |",
        "Across the two forces, the total is up 8% since 2022/23.",
    ];
    assert_eq!(place_of(&lines, 8.0), some("North East"));
    let lines = [
        "Figures for the South East (three forces) came from Kent Police, Sussex Police and Surrey Police.",
        "Kent Police recorded 300 thefts in 2023/24, Sussex Police 350 and Surrey Police 250.",
        "Between them, the three forces saw a 12% rise.",
    ];
    assert_eq!(place_of(&lines, 12.0), some("South East"));
}

#[test]
fn a_place_in_a_dash_aside_gives_way_to_the_place_the_aside_hangs_on() {
    let line = "The South West BCU – which polices part of London – logged 420 robberies in 2023/24, up 9% from 385.";
    assert_eq!(place_of(&[line], 420.0), some("South West BCU"));
    assert_eq!(place_of(&[line], 9.0), some("South West BCU"));
    assert_eq!(place_of(&[line], 385.0), some("South West BCU"));
    let line = "The Central North BCU - one of 12 BCUs in London - logged 300 thefts in 2023/24, up 5% from 286.";
    assert_eq!(place_of(&[line], 300.0), some("Central North BCU"));
    assert_eq!(place_of(&[line], 286.0), some("Central North BCU"));
}

#[test]
fn a_force_releasing_figures_for_a_body_it_runs_is_not_their_place() {
    let lines = [
        "Fraud reports in the Kent Police area rose to 9,000 in 2024/25.",
        "A further 310 reports came from businesses, according to figures released by the City of London Police, which runs Action Fraud.",
        "Some 120 of them were made online.",
    ];
    assert_eq!(place_of(&lines, 310.0), some("Kent Police"));
    assert_eq!(place_of(&lines, 120.0), some("Kent Police"));
    let lines = [
        "Humberside Police logged 2,100 drone sightings in 2023/24.",
        "Another 45 were near airports, according to data supplied by West Yorkshire Police, which hosts the National Police Air Service.",
    ];
    assert_eq!(place_of(&lines, 45.0), some("Humberside Police"));
}

#[test]
fn a_district_or_division_printed_with_a_capital_after_an_areas_name_is_the_area() {
    let line = "Greater Manchester Police recorded 740 burglaries in the Wigan District in 2023/24, up 6% from 698.";
    assert_eq!(place_of(&[line], 740.0), some("Wigan"));
    assert_eq!(place_of(&[line], 698.0), some("Wigan"));
    let line = "South Yorkshire Police logged 515 robberies across the Sheffield Division last year.";
    assert_eq!(place_of(&[line], 515.0), some("Sheffield"));
}

#[test]
fn a_force_named_recording_every_figure_for_a_part_of_its_ground_leaves_the_text_about_the_part() {
    let lines = [
        "This paper draws on data from Greater Manchester Police.",
        "Greater Manchester Police recorded 740 burglaries in the Wigan District in 2023/24.",
        "Of these, 212 were of garages or sheds.",
    ];
    assert_eq!(place_of(&lines, 212.0), some("Wigan"));
    let lines = [
        "South Yorkshire Police logged 515 robberies across the Sheffield district last year.",
        "Knife-point robberies rose to 88.",
    ];
    assert_eq!(place_of(&lines, 88.0), some("Sheffield"));
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
fn a_force_recording_figures_in_the_city_the_text_is_about_gives_the_citys() {
    let lines = [
        "Table 1: Knife crime in Blackpool",
        "| Year | Offences |",
        "| 2019/20 | 188 |",
        "Lancashire Constabulary logged 226 knife offences in the city during 2020/21, up from 188.",
    ];
    assert_eq!(place_of(&lines, 226.0), some("Blackpool"));
    let lines = [
        "Table 2: Robbery in Sheffield",
        "| Year | Offences |",
        "| 2021/22 | 377 |",
        "South Yorkshire Police logged 402 robberies across the district in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 402.0), some("Sheffield"));
    // The part named before the force is its whole ground.
    let lines = [
        "Table 2: Robbery in Sheffield",
        "| Year | Offences |",
        "| 2021/22 | 377 |",
        "Across the district, South Yorkshire Police recorded 1,402 robberies in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 1402.0), some("South Yorkshire Police"));
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

#[test]
fn a_part_in_brackets_after_its_force_is_what_the_text_goes_on_about() {
    let lines = [
        "This chapter uses data from Greater Manchester Police (Wigan District) and the council.",
        "Recorded burglaries fell from 1,210 in 2022/23 to 1,144 in 2023/24.",
        "Garage break-ins rose by 6 per cent.",
    ];
    assert_eq!(place_of(&lines, 1144.0), some("Wigan"));
    assert_eq!(place_of(&lines, 6.0), some("Wigan"));
    let lines = [
        "Figures are supplied by South Yorkshire Police (the Sheffield division).",
        "Personal robberies numbered 402 in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 402.0), some("Sheffield"));
}

#[test]
fn a_uk_bodys_staff_reporting_its_own_count_give_the_countrys_figure() {
    let lines = [
        "Cumbria Constabulary recorded 412 image offences in 2022/23.",
        "In 2023, IWF analysts processed 18,400 reports, a 12% rise on 2022.",
    ];
    assert_eq!(place_of(&lines, 12.0), some(NATIONAL));
    let lines = [
        "Dorset Police logged 230 such offences last year.",
        "NCA investigators actioned 9,100 referrals, up 7% on the year before.",
    ];
    assert_eq!(place_of(&lines, 7.0), some(NATIONAL));
}

#[test]
fn a_forces_share_of_the_countrys_total_leaves_the_text_about_the_country() {
    let lines = [
        "Police in England and Wales recorded 5,210 stalking offences in 2023/24.",
        "Kent Police recorded 301 of these, a rise of 14%.",
        "Helpline calls about stalking fell by 6% to 4,480.",
    ];
    assert_eq!(place_of(&lines, -6.0), some(NATIONAL));
    let lines = [
        "Across the UK, forces logged 880 drone offences last year.",
        "Of those, 72 were in the Essex Police area.",
        "Reports to the charity rose 9%.",
    ];
    assert_eq!(place_of(&lines, 9.0), some(NATIONAL));
}

#[test]
fn a_region_by_no_name_is_neither_a_regional_word_nor_a_named_region() {
    assert!(names_the_region("That comes to 900 across the whole region."));
    assert!(names_the_region("The region's forces logged 520 in 2018/19."));
    assert!(!names_the_region("Across all the forces, 40 regional officers were hired."));
    assert!(!names_the_region("Between them, the forces of both regions logged 800."));
    assert!(!names_the_region("All the forces in the North West region recorded 1,200."));
    assert!(!names_the_region("These forces made up the South West Region's total of 600."));
}

#[test]
fn a_force_named_recording_for_a_part_printed_as_its_area_leaves_the_text_about_the_part() {
    let lines =
        ["West Yorkshire Police recorded 930 thefts in the Leeds area in 2023/24.", "Of these, 310 were from shops."];
    assert_eq!(place_of(&lines, 310.0), some("Leeds"));
    let lines = [
        "Greater Manchester Police logged 640 burglaries within the Bolton area last year.",
        "Sheds made up 150 of them.",
    ];
    assert_eq!(place_of(&lines, 150.0), some("Bolton"));
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

#[test]
fn the_district_after_figures_for_an_area_is_that_area() {
    let lines = [
        "Greater Manchester Police recorded 2,410 burglaries in 2022/23.",
        "Data for Bolton came out too. The borough recorded 388 of them, against 301 a year earlier.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.0.as_deref() == Some("Bolton") && f.2 == 388.0), "{found:?}");
    let lines = [
        "West Yorkshire Police recorded 5,120 shoplifting offences in 2023/24.",
        "A breakdown for Kirklees was also shown to councillors. The district accounted for 640 of the offences.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.0.as_deref() == Some("Kirklees") && f.2 == 640.0), "{found:?}");
}

#[test]
fn a_number_of_a_regions_forces_is_the_forces_of_it_named_before() {
    let found = brief(&[
        "Burglaries top 3,000 in Northumbria and Durham",
        "Police in two North East force areas recorded more than 3,000 burglaries between them in 2023/24.",
    ]);
    assert!(found.iter().all(|f| f.0.as_deref() != Some("North East")), "{found:?}");
    let found = brief(&[
        "Lancashire Constabulary and Cumbria Constabulary shared a helicopter last year.",
        "The two North West forces logged 4,100 rural thefts in 2022/23.",
    ]);
    assert!(found.iter().all(|f| f.0.as_deref() != Some("North West")), "{found:?}");
}

#[test]
fn a_council_area_after_reports_of_an_offence_is_the_figures_place_not_a_region_in_its_name() {
    let line = "We logged 23 reports of dog theft across Bath and North East Somerset this spring.";
    assert_eq!(place_of(&[line], 23.0), some("Bath and North East Somerset"));
    let line = "Officers logged 212 cases of shoplifting in Telford and Wrekin during 2023.";
    assert_eq!(place_of(&[line], 212.0), some("Telford and Wrekin"));
    // "of" before another noun still ties the number to it: the pupils are not counted there.
    let line = "Some 40 pupils of a school in Bolton took part.";
    assert_ne!(figures(&[line]).iter().find(|f| f.value == 40.0).and_then(|f| f.place.clone()), some("Bolton"));
}

#[test]
fn a_place_printed_as_a_hashtag_is_the_place() {
    let lines = ["Knife crime fell across London last year.", "In #Camden this week we have recorded 31 burglaries."];
    assert_eq!(place_of(&lines, 31.0), some("Camden"));
    let lines = ["Shoplifting in #Bolton rose by 12% in 2023/24."];
    assert_eq!(place_of(&lines, 12.0), some("Bolton"));
}

#[test]
fn a_speaker_commanding_part_of_a_force_does_not_move_the_text_to_the_whole_force() {
    let lines = [
        "West Yorkshire Police recorded 880 knife offences in the Bradford district in 2022/23.",
        "Superintendent Jo Hart, Bradford District Commander at West Yorkshire Police, told the meeting: \"We are not done yet.\"",
        "Over the same period, reports to the council's street team fell by 9%.",
    ];
    assert_eq!(place_of(&lines, -9.0), some("Bradford"));
    let lines = [
        "Greater Manchester Police logged 612 robberies in the Wigan division in 2022/23.",
        "Chief Inspector Sam Cole, the Wigan division lead at Greater Manchester Police, said the work would go on.",
        "Reports of youth disorder to the council dropped 4% in that year.",
    ];
    assert_eq!(place_of(&lines, -4.0), some("Wigan"));
}

#[test]
fn a_region_printed_in_full_names_the_figures_given_under_its_shorter_name() {
    let lines = [
        "Yorkshire car crime falls",
        "Vehicle thefts logged by the region's forces fell to 6,420 in 2023/24.",
        "In Yorkshire and the Humber as a whole, 1,380 of the thefts in 2023/24 were of vans.",
    ];
    let places: Vec<_> = brief(&lines).into_iter().map(|f| f.0).collect();
    assert!(places.iter().all(|p| p.as_deref() == Some("Yorkshire and the Humber")), "{places:?}");
    let lines = [
        "Police in Yorkshire recorded 2,150 robberies in 2022/23.",
        "Across Yorkshire and the Humber, robberies were up 9% on 2021/22.",
    ];
    let places: Vec<_> = brief(&lines).into_iter().map(|f| f.0).collect();
    assert!(places.iter().all(|p| p.as_deref() == Some("Yorkshire and the Humber")), "{places:?}");
}

#[test]
fn a_region_printed_only_under_its_shorter_name_keeps_it() {
    let lines = ["Police in Yorkshire recorded 2,150 robberies in 2022/23."];
    assert_eq!(brief(&lines)[0].0.as_deref(), Some("Yorkshire"));
}

#[test]
fn a_comparison_in_a_clause_opening_on_another_place_is_that_place_s() {
    let lines = ["Cheshire Constabulary reported 9% more robberies in 2023/24, yet Merseyside Police's total fell from 930 to 870."];
    assert_eq!(place_of(&lines, 930.0).as_deref(), Some("Merseyside Police"));
    assert_eq!(place_of(&lines, 870.0).as_deref(), Some("Merseyside Police"));
    let lines = ["Burglaries in Surrey fell 6% in 2021/22, while in Sussex the total went up from 2,410 to 2,530."];
    assert_eq!(place_of(&lines, 2410.0).as_deref(), Some("Sussex Police"));
}

#[test]
fn a_total_a_few_unnamed_forces_recorded_in_a_text_about_a_region_is_the_region_s() {
    let lines = [
        "South West car crime figures published",
        "Between them, six forces received 2,730 reports of car theft in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 2730.0).as_deref(), Some("South West"));
    let lines = [
        "Thefts across the North East rise again, with Durham worst hit",
        "Three police forces logged 9,410 thefts in 2022/23, up 6%.",
    ];
    assert_eq!(place_of(&lines, 9410.0).as_deref(), Some("North East"));
}

#[test]
fn a_uk_wide_body_cited_for_figures_of_no_place_has_the_countrys_figures() {
    let lines = [
        "Reports of online blackmail have tripled, according to the Internet Watch Foundation.",
        "The charity's analysts handled 3,410 reports in 2023.",
        "In the first quarter of this year, staff have already dealt with 1,020 cases, the IWF said.",
    ];
    assert_eq!(place_of(&lines, 3410.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 1020.0), some(NATIONAL));
    let lines = [
        "Grooming is now the most common reason children get in touch, according to Childline.",
        "The service's counsellors held 4,200 sessions about it last year.",
        "So far this year there have been 1,300, Childline says.",
    ];
    assert_eq!(place_of(&lines, 4200.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 1300.0), some(NATIONAL));
}

#[test]
fn a_forces_figure_cited_from_a_uk_wide_body_stays_the_forces() {
    let lines = ["Kent Police recorded 96 sextortion cases in 2023, the IWF said."];
    assert_eq!(place_of(&lines, 96.0), some("Kent Police"));
    let lines = ["According to the NCA, Essex Police made 41 arrests in 2023."];
    assert_eq!(place_of(&lines, 41.0), some("Essex Police"));
}

#[test]
fn the_square_mile_is_city_of_london_polices_ground() {
    let lines = [
        "Police in London recorded 3,000 burglaries in 2023/24.",
        "In the Square Mile, the force recorded 41 burglaries in 2023/24, down from 52.",
    ];
    assert_eq!(place_of(&lines, 41.0), some("City of London Police"));
    assert_eq!(place_of(&lines, 52.0), some("City of London Police"));
    let lines =
        ["The Met logged 9,200 thefts in 2022/23.", "Across the Square Mile there were 130 thefts in the same year."];
    assert_eq!(place_of(&lines, 130.0), some("City of London Police"));
}

#[test]
fn a_regions_railways_named_with_its_possessive_are_british_transport_polices() {
    let lines = [
        "British Transport Police recorded 900 assaults in 2023/24.",
        "Officers logged 210 thefts on London's rail and Underground network in 2023/24, up 5% on 200 the year before.",
    ];
    assert_eq!(place_of(&lines, 5.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 200.0), some("British Transport Police"));
    let lines = ["Robberies on the North West's railways rose to 85 in 2022/23, from 70 the year before."];
    assert_eq!(place_of(&lines, 85.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 70.0), some("British Transport Police"));
}

#[test]
fn reports_made_to_a_uk_wide_reporting_centre_are_the_countrys() {
    let lines = [
        "Police in London recorded 3,000 frauds in 2023/24.",
        "Reports of romance fraud made to Action Fraud rose by 12% in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 12.0), some(NATIONAL));
    let lines = [
        "The Met recorded 5,100 thefts in 2022/23.",
        "Reports to Action Fraud, which the City of London force runs, numbered 2,300 for holiday scams in 2022/23.",
        "A year earlier they numbered 1,900.",
    ];
    assert_eq!(place_of(&lines, 2300.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 1900.0), some(NATIONAL));
}

#[test]
fn reports_some_peoples_made_to_a_uk_wide_reporting_centre_stay_theirs() {
    let lines = [
        "Kent Police recorded 3,000 frauds in 2023/24.",
        "Pensioners in the county sent 1,204 reports of scams to Action Fraud in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 1204.0), some("Kent Police"));
    let lines = ["Essex Police logged 800 frauds in 2022/23.", "Pensioners in the county made 310 calls to Childline."];
    assert_eq!(place_of(&lines, 310.0), some("Essex Police"));
}

#[test]
fn a_regions_defence_estate_is_the_ministry_of_defence_polices_ground() {
    let lines = [
        "The Ministry of Defence Police recorded 40 thefts in 2023.",
        "The force logged 12 assaults on the defence estate in the South West in 2024, against nine a year earlier.",
    ];
    assert_eq!(place_of(&lines, 12.0), some("Ministry of Defence Police"));
    assert_eq!(place_of(&lines, 9.0), some("Ministry of Defence Police"));
    let lines = ["Across the defence estate in Scotland, officers dealt with 18 drug offences in 2022/23."];
    assert_eq!(place_of(&lines, 18.0), some("Ministry of Defence Police"));
}

#[test]
fn railways_in_a_forces_area_are_british_transport_polices() {
    let lines = [
        "British Transport Police gave us figures too.",
        "Officers logged 23 thefts on railways in the East Midlands in 2022, against 15 a year earlier.",
    ];
    assert_eq!(place_of(&lines, 23.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 15.0), some("British Transport Police"));
    let lines = ["Officers recorded 64 assaults on the railways of Kent in 2023/24, up from 51 the year before."];
    assert_eq!(place_of(&lines, 64.0), some("British Transport Police"));
    assert_eq!(place_of(&lines, 51.0), some("British Transport Police"));
}

#[test]
fn a_forces_figures_it_gives_for_its_own_division_are_the_divisions() {
    let lines = [
        "According to Police Scotland, officers logged 96 thefts in the force's Tayside division in 2018/19, against 71 a year earlier.",
        "Across Scotland the force logged 1,412 thefts that year.",
    ];
    assert_eq!(place_of(&lines, 96.0), some("Tayside"));
    assert_eq!(place_of(&lines, 71.0), some("Tayside"));
    assert_eq!(place_of(&lines, 1412.0), some("Police Scotland"));
    let lines = ["Police Scotland recorded 230 frauds in its North East division in 2022/23."];
    assert_eq!(place_of(&lines, 230.0), some("North East"));
}

#[test]
fn a_place_in_a_possessive_apposition_is_not_listed_with_the_place_it_describes() {
    let first = ["Cumbria Constabulary, Lancashire's northern neighbour, logged 143 thefts in 2022/23."];
    assert_eq!(place_of(&first, 143.0), some("Cumbria Constabulary"));
    let second = ["Last year Gwent Police, South Wales's smaller neighbour, recorded 77 robberies."];
    assert_eq!(place_of(&second, 77.0), some("Gwent Police"));
}

#[test]
fn a_place_a_figure_is_likened_to_or_set_apart_from_is_not_its_place() {
    let first = ["Unlike its neighbour Norfolk, Suffolk saw burglaries fall, to 512."];
    assert_eq!(place_of(&first, 512.0), some("Suffolk Constabulary"));
    let second = ["Dorset, like neighbouring Hampshire and Wiltshire, logged 96 such crimes."];
    assert_eq!(place_of(&second, 96.0), some("Dorset Police"));
}

#[test]
fn a_renamed_force_is_named_as_the_text_named_it_last_before_the_figure() {
    // A reader's letter prints the old name; the reply prints the new one, then "the force".
    let lines = [
        "Sir, your report said Hampshire Constabulary recorded 900 thefts in 2023/24.",
        "The editor replies: Hampshire and Isle of Wight Constabulary confirmed 900 thefts in 2023/24.",
        "The force recorded 2,700 burglaries in the same period.",
    ];
    assert_eq!(place_of(&lines, 2700.0), some("Hampshire and Isle of Wight Constabulary"));
    let lines = [
        "A councillor's leaflet credits Hampshire Constabulary with 45 arrests in 2024/25.",
        "Hampshire and Isle of Wight Constabulary told us it had made 61 arrests in 2024/25.",
        "It logged 330 shoplifting offences, up 8 per cent.",
    ];
    assert_eq!(place_of(&lines, 330.0), some("Hampshire and Isle of Wight Constabulary"));
    assert_eq!(place_of(&lines, 8.0), some("Hampshire and Isle of Wight Constabulary"));
}

#[test]
fn paired_values_after_two_places_compared_go_to_the_places_in_order() {
    let cases: &[&str] = &[
        "Rates of violent crime in Kent were higher than in Essex, at 6.4 against 5.2 per 1,000 people.",
        "Burglary rates in Surrey were lower than in Sussex, 3.1 compared with 4.7 per 1,000 households.",
        "Robbery was rarer in Devon than in Dorset (1.2 v 1.9 per 1,000 people).",
    ];
    for line in cases {
        let found = brief(&[line]);
        let places: Vec<Option<String>> = found.iter().map(|f| f.0.clone()).collect();
        let first = ["Kent Police", "Surrey Police", "Devon"];
        let second = ["Essex Police", "Sussex Police", "Dorset Police"];
        assert_eq!(found.len(), 2, "{line}: {found:?}");
        assert!(places[0].as_deref().is_some_and(|p| first.contains(&p)), "{line}: {found:?}");
        assert!(places[1].as_deref().is_some_and(|p| second.contains(&p)), "{line}: {found:?}");
    }
}

#[test]
fn a_region_ranked_within_that_opens_a_where_clause_is_the_place_of_its_figures() {
    let lines = [
        "Lancashire Police recorded 900 thefts in 2022.",
        "The cost of a theft was highest in the North West, where the average was £4,100.",
    ];
    assert_eq!(place_of(&lines, 4100.0), some("North West"));
    let lines = ["Merseyside Police recorded 1,300 burglaries in 2022, the most in the North West, where the average was 1,050 per force."];
    assert_eq!(place_of(&lines, 1300.0), some("Merseyside Police"));
    assert_eq!(place_of(&lines, 1050.0), some("North West"));
    // The number ranked is not the region's.
    let lines = ["Kent Police said thefts rose to 870, the highest in the South East, where forces averaged 610."];
    assert_eq!(place_of(&lines, 870.0), some("Kent Police"));
    assert_eq!(place_of(&lines, 610.0), some("South East"));
}

#[test]
fn a_number_in_an_opening_phrase_takes_the_place_the_main_clause_opens_on() {
    let first = ["After a peak of 1,900 in 2019/20, Cleveland Police logged 1,450 burglaries in 2022/23."];
    let second = ["Having recorded 610 robberies the year before, Gwent Police saw 540 in 2021/22."];
    assert_eq!((place_of(&first, 1900.0), place_of(&second, 610.0)), (some("Cleveland Police"), some("Gwent Police")));
}
