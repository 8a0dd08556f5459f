//! The names of forces and other bodies as places: renamed forces under the name the article
//! prints, the Met as London's police, legacy and Crown dependency forces, ambulance and fire
//! services, national bodies a force runs, and organisations and datelines named after places.

use super::*;

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
fn police_in_london_are_the_met() {
    let lines = ["Police in London recorded 9,100 offences in 2022/23.", "Across London the rate was 104 per 100,000."];
    assert_eq!(place_of(&lines, 9100.0), some("Metropolitan Police"));
    assert_eq!(place_of(&lines, 104.0), some("London"));
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
fn a_legacy_scottish_force_is_the_place_of_its_figures() {
    let line = "Grampian Police logged 1,204 housebreakings in 2010/11, while Central Scotland Police logged 655.";
    assert_eq!(place_of(&[line], 1204.0), some("Grampian Police"));
    assert_eq!(place_of(&[line], 655.0), some("Central Scotland Police"));
    let lines = ["Scotland's forces recorded 9,800 frauds in 2009/10.", "Northern Constabulary counted 412 of them."];
    assert_eq!(place_of(&lines, 412.0), some("Northern Constabulary"));
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
fn a_place_printed_as_a_hashtag_is_the_place() {
    let lines = ["Knife crime fell across London last year.", "In #Camden this week we have recorded 31 burglaries."];
    assert_eq!(place_of(&lines, 31.0), some("Camden"));
    let lines = ["Shoplifting in #Bolton rose by 12% in 2023/24."];
    assert_eq!(place_of(&lines, 12.0), some("Bolton"));
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
fn a_renamed_force_printed_without_the_word_constabulary_takes_its_new_name() {
    let rows = [
        "Online offences by force:",
        "| Force | 2031/32 | 2032/33 |",
        "| Thames Valley | 401 | 420 |",
        "| Hampshire and Isle of Wight | 305 | 361 |",
    ];
    assert_eq!(place_of(&rows, 361.0), some("Hampshire and Isle of Wight Constabulary"));
    let lines = ["Burglaries in Hampshire and Isle of Wight reached 2,100 in 2032/33."];
    assert_eq!(place_of(&lines, 2100.0), some("Hampshire and Isle of Wight Constabulary"));
    // The old name alone stays the old name.
    let lines = ["Hampshire logged 1,900 burglaries in 2016/17."];
    assert_eq!(place_of(&lines, 1900.0), some("Hampshire Constabulary"));
}
