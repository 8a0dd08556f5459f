//! The place a text goes on about from one sentence or paragraph to the next: the force named
//! last, an area a paragraph opens on, "there" and "the district" pointing back, a round-up
//! coming back to the country or the force, and figures restated.

use super::*;

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
fn a_rule_under_a_pages_heading_block_carries_the_headings_force_into_its_body() {
    let minutes = "# Gwent Police and Crime Panel\n\n\
                   ## Sitting of 14 August 2031, 10am – Council Chamber, Cwmbran\n\n\
                   **Attending:** Cllr R. Price (Chair); Cllr T. Lloyd; Ms D. Howells\n\n\
                   ---\n\n\
                   ### Agenda item 6 – quarterly crime figures\n\n\
                   In 2030/31, members heard, vehicle crime dropped 11%.\n";
    assert_eq!(text_brief(minutes), [(some("Gwent Police"), some("2030/31"), -11.0, Kind::PercentChange)]);
}

#[test]
fn a_rule_under_a_disclosure_logs_title_and_reference_carries_the_titles_force() {
    let log = "Disclosure log: Norfolk Constabulary\n\n\
               Request reference 2031/0456 | Response sent 12 May 2031\n\n\
               * * *\n\n\
               Recorded shoplifting offences rose to 2,140 in 2030/31.\n";
    assert_eq!(text_brief(log), [(some("Norfolk Constabulary"), some("2030/31"), 2140.0, Kind::Count)]);
}

#[test]
fn a_rule_after_a_story_under_the_heading_still_carries_no_place_on() {
    let page = "Kent Police news round-up\n\n\
                Kent Police opened a new front counter in Dover this week.\n\n\
                ---\n\n\
                Recorded shoplifting offences rose to 2,140 in 2030/31.\n";
    assert_eq!(text_brief(page), [(None, some("2030/31"), 2140.0, Kind::Count)]);
}

#[test]
fn a_wire_version_note_naming_the_places_it_adds_is_not_what_the_story_is_about() {
    let lines = [
        "(Adds Merseyside detail, council reaction)",
        "Charity warns knife crime has grown by over 30% in five years",
        "Knife offences across England and Wales reached 49,990 in 2022/23, 39% more than in 2017/18.",
    ];
    assert_ne!(place_of(&lines, 30.0), some("Merseyside Police"));
    let lines = [
        "(Recasts with West Midlands figures, adds quotes)",
        "Vehicle crime jumps by over 20% in twelve months",
        "In 2021/22, 130,600 vehicles were stolen across England and Wales, 23% more than a year earlier.",
    ];
    assert_ne!(place_of(&lines, 20.0), some("West Midlands Police"));
}

#[test]
fn a_sentence_about_offences_in_one_district_moves_the_text_to_it_for_a_later_in_the_district() {
    let lines = [
        "Burglaries recorded in the Mid Ulster policing district have climbed to a new high, according to police.",
        "The PSNI recorded 318 burglaries in the district in 2022/23, compared with 240 in 2021/22.",
    ];
    assert_eq!(place_of(&lines, 318.0), some("Mid Ulster"));
    assert_eq!(place_of(&lines, 240.0), some("Mid Ulster"));
    let lines = [
        "Thefts committed across the Wrexham council area have doubled since 2019, campaigners say.",
        "North Wales Police logged 1,204 thefts across the council area in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 1204.0), some("Wrexham"));
}

#[test]
fn a_sentence_about_offences_in_another_forces_district_does_not_move_a_forces_figures() {
    let lines = [
        "Burglaries recorded in the Wigan borough have climbed to a new high.",
        "The PSNI recorded 318 burglaries in the district in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 318.0), some("Police Service of Northern Ireland"));
    // Naming a place beyond the district's force leaves the text where it was.
    let lines = [
        "Burglaries recorded in the Mid Ulster district have risen faster than in Greater Manchester.",
        "The PSNI recorded 318 burglaries in the district in 2022/23.",
    ];
    assert_ne!(place_of(&lines, 318.0), some("Mid Ulster"));
}

#[test]
fn a_force_left_out_of_the_figures_is_not_where_the_text_goes_on() {
    let lines = [
        "Across England and Wales, police logged 31,420 arson attacks in 2022/23.",
        "Gwent Police was excluded from the arson tables after a computer upgrade, analysts noted.",
        "Criminal damage fell by 6% to 402,110 offences.",
    ];
    assert_eq!(place_of(&lines, 402110.0), some(NATIONAL));
    assert_eq!(place_of(&lines, -6.0), some(NATIONAL));
    let lines = [
        "Police across England and Wales logged 9,870 dog attacks in 2023/24.",
        "Lincolnshire Police was unable to provide figures for the year.",
        "Injuries to postal workers rose to 1,215.",
    ];
    assert_eq!(place_of(&lines, 1215.0), some(NATIONAL));
}

#[test]
fn a_comparison_with_a_wider_place_leaves_the_text_where_it_was() {
    let lines = [
        "Police Scotland recorded 61,300 thefts in 2023/24, or 112 for every 10,000 people.",
        "It is well above the level in England and Wales, where police logged 94 per 10,000.",
        "Shoplifting made up 19,880 of the thefts.",
    ];
    assert_eq!(place_of(&lines, 94.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 19880.0), some("Police Scotland"));
    let lines = [
        "Gwent Police logged 4,480 burglaries in 2022/23.",
        "That was lower than the average for Wales, where the figure stood at 5,020 per force.",
        "Garage break-ins accounted for 610.",
    ];
    assert_eq!(place_of(&lines, 610.0), some("Gwent Police"));
}

#[test]
fn a_place_named_only_as_what_another_is_compared_with_does_not_take_the_text() {
    let lines = [
        "Dyfed-Powys Police recorded 2,950 burglaries in 2022/23.",
        "\"Take care when you compare Dyfed-Powys with England and Wales,\" the analyst said.",
        "Garage break-ins made up 520.",
    ];
    assert_eq!(place_of(&lines, 520.0), some("Dyfed-Powys Police"));
    let lines = [
        "Cumbria Constabulary logged 1,730 thefts from vehicles in 2023/24.",
        "Such thefts remain far rarer in the county than in Greater Manchester.",
        "Catalytic converters accounted for 210.",
    ];
    assert_eq!(place_of(&lines, 210.0), some("Cumbria Constabulary"));
}

/// A summary giving a force's figure, a section break and a programme's transcript under it,
/// opening on `intro`; the place of the 95 spoken after it.
fn place_after_programme_opening(intro: &str) -> Option<String> {
    let text = format!(
        "Stalking on the coast\n\nSussex Police logged 733 cases of stalking during 2020/21 (610 the year before).\n\n---\n\n\
         {intro}\n\n[0:20] Tom Hale: There were also 95 stalking offences on buses over the year.\n"
    );
    let found = text_brief(&text);
    found.iter().find(|f| f.2 == 95.0).and_then(|f| f.0.clone())
}

#[test]
fn a_programme_introducing_itself_does_not_move_the_text_to_its_patch() {
    for intro in [
        "[0:00] Tom Hale: This is Coastwise, the Gazette's podcast about getting around Hampshire. I'm Tom Hale.",
        "[0:00] Ruth Bell: Hello, you're listening to Night Lines, the radio show for Hampshire.",
        "[0:00] Ruth Bell: Good evening and welcome to Night Lines, the Hampshire Herald's weekly podcast.",
    ] {
        assert_ne!(place_after_programme_opening(intro), some("Hampshire Constabulary"), "{intro}");
    }
}

#[test]
fn a_place_named_after_a_programme_introduction_still_moves_the_text() {
    let intro = "[0:00] Tom Hale: Welcome to the podcast. Tonight: stalking in Hampshire.";
    assert_eq!(place_after_programme_opening(intro), some("Hampshire Constabulary"));
}

#[test]
fn a_figure_spoken_again_after_a_programme_introduction_is_the_summarys_figure() {
    let text =
        "Stalking on the coast\n\nSussex Police logged 733 cases of stalking during 2020/21 (610 the year before).\n\n---\n\n\
                [0:00] Tom Hale: Good evening and welcome to Night Lines, the Hampshire Herald's weekly podcast.\n\n\
                [0:20] Tom Hale: Amy, 733 stalking offences. Is that a lot?\n";
    let places: Vec<_> = text_brief(text).into_iter().filter(|f| f.2 == 733.0).map(|f| f.0).collect();
    assert_eq!(places, [some("Sussex Police")]);
}

/// A summary giving a force's figures, a section break, a transcript that moves on to another
/// force's ground, and `turn` spoken after it: the places of the figures of `value`.
fn places_spoken_again(turn: &str, value: f64) -> Vec<Option<String>> {
    let text = format!(
        "Stalking on the coast\n\nSussex Police recorded 733 stalking offences in 2020/21, up 20 per cent on \
         2019/20. In 2017 the force recorded 415.\n\n---\n\n[0:10] Tom Hale: In Hampshire, offences on buses are \
         rising. There were 95 stalking offences on buses.\n\n{turn}\n"
    );
    text_brief(&text).into_iter().filter(|f| f.2 == value).map(|f| f.0).collect()
}

#[test]
fn a_value_put_to_someone_by_name_is_the_summarys_figure_again() {
    for turn in ["[0:30] Tom Hale: Amy, 733 stalking offences. Is that a lot?", "TOM HALE: Amy Shaw, 733. Why so many?"]
    {
        assert_eq!(places_spoken_again(turn, 733.0), [some("Sussex Police")], "{turn}");
    }
}

#[test]
fn a_hedged_value_or_the_figure_spoken_again_is_the_summarys_figure_again() {
    let turn = "[0:40] Amy Shaw: It is up, by about 20 per cent. When you look back to 2017 the figure was 415.";
    assert_eq!(places_spoken_again(turn, 20.0), [some("Sussex Police")]);
    assert_eq!(places_spoken_again(turn, 415.0), [some("Sussex Police")]);
    // A value never given before is the place the text went on to.
    let turn = "[0:40] Amy Shaw: Amy, 812 stalking offences on buses.";
    assert_eq!(places_spoken_again(turn, 812.0), [some("Hampshire Constabulary")]);
}

#[test]
fn where_a_share_of_the_offences_took_place_is_not_carried_to_the_next_count() {
    let lines = [
        "British Transport Police recorded 1,900 thefts of bikes at stations in 2022/23.",
        "Some 40% of the thefts took place in the North West, mostly at commuter stations.",
        "Officers also recorded 300 thefts of luggage.",
    ];
    assert_eq!(place_of(&lines, 40.0), some("North West"));
    assert_eq!(place_of(&lines, 300.0), some("British Transport Police"), "{:?}", brief(&lines));
    let lines = [
        "Kent Police recorded 2,400 thefts from cars in 2022/23.",
        "Almost a third - 31% - of the thefts happened in the South East's busiest car parks.",
        "Officers also recorded 560 thefts of cars.",
    ];
    assert_eq!(place_of(&lines, 560.0), some("Kent Police"), "{:?}", brief(&lines));
}

#[test]
fn a_change_with_no_subject_is_of_the_figure_just_before_it() {
    // A long aside restating the country's total comes between: the change line is still
    // the country's, not the force's the text was on before.
    let lines = [
        "Hampshire Constabulary logged 512 burglaries during 2023/24, against 470 a year earlier, a 9% rise.",
        "UK-wide: 5,210 burglaries. So yes, \"over 5,000\" is the number you will be reading in most of the papers tomorrow morning, but do quote the exact one if you can. Up 3% on 2022/23.",
    ];
    assert_eq!(place_of(&lines, 3.0), some("national"));
    assert_eq!(place_of(&lines, 9.0), some("Hampshire Constabulary"));
}
