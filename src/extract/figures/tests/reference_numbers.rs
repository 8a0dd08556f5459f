//! Numbers that label rather than count: numbered parts of reports and agendas, references,
//! versions, ranks, radio frequencies and address units, registered numbers, the numbers in
//! names, links and bylines, and what an earlier version or a correction printed.

use super::*;

#[test]
fn an_agenda_item_number_is_not_a_figure() {
    for line in ["Item 9: annual policing report 2023/24", "Members turned to items 4 and 5 of the agenda in 2023/24."]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_parliamentary_question_number_or_a_committee_session_number_is_not_a_figure() {
    for line in [
        "UIN 48213, tabled on 2 May 2023",
        "Knife Crime: Kent Police (UIN 12034), answered 9 June 2023",
        "Item 2: Inquiry into youth violence in 2023/24: evidence session 4",
        "Kent Police gave evidence at the committee's second sitting 2 on knife crime.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_numbered_box_table_or_annex_of_a_report_is_not_a_figure() {
    for line in [
        "Box 4.1: Voices of young people",
        "Table 7 sets out the burglaries recorded in Kent in 2023/24.",
        "See Annex 3 for how the thefts in Surrey were counted.",
        "The method is in Appendix 2.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn the_version_of_a_licence_or_a_document_is_not_a_figure() {
    for line in [
        "Text licensed CC BY 4.0.",
        "Words and pictures are shared under CC BY-SA 3.0 unless marked.",
        "Kent Police published version 2 of its burglary data in 2023/24.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count after a word ending like one is still a figure.
    assert_eq!(values(&["Kent Police recorded 4 burglaries in 2023/24."]), [4.0]);
}

#[test]
fn numbers_listed_after_the_plural_of_a_reports_parts_are_those_parts() {
    for line in [
        "Boxes 3 and 4 give the burglaries recorded in Kent in 2023/24.",
        "The thefts in Surrey are set out in Annexes 2 to 5.",
        "Appendices 1, 2 and 6 describe how Essex Police counted offences.",
        "Paragraphs 12 and 14 of the report cover the 2022/23 thefts in Kent.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_number_alone_in_square_brackets_is_a_reference() {
    assert!(values(&["[Back to top][4]"]).is_empty());
    assert_eq!(values(&["Kent recorded 410 offences in 2022/23 [2]."]), [410.0]);
}

#[test]
fn a_rank_in_a_table_note_is_not_a_figure() {
    assert!(values(&["Kent Police data. Rank 1 = the lowest rate of the forces."]).is_empty());
    assert!(values(&["Essex Police ranked 7 of the forces for online offences."]).is_empty());
}

#[test]
fn a_pages_count_of_comments_is_not_a_figure() {
    assert!(values(&["Comments (23)"]).is_empty());
    assert!(values(&["Kent crime story. Replies (8)"]).is_empty());
    assert!(values(&["Comments 31 | Share 9"]).is_empty());
    assert!(values(&["The Essex Echo, Issue 1,204"]).is_empty());
}

#[test]
fn a_numbered_section_heading_is_not_a_figure() {
    assert!(values(&["4.2 Knife crime in Kent"]).is_empty());
    assert!(values(&["## 2.7 Online grooming"]).is_empty());
    assert_eq!(values(&["Kent recorded 5.4 Offences per head, in 2022/23."]), [5.4]);
    assert_eq!(values(&["4.2 Knife crime in Kent", "Essex recorded 310 offences in 2023/24."]), [310.0]);
}

#[test]
fn a_part_of_a_text_named_with_a_colon_or_a_tables_column_is_not_a_figure() {
    assert!(values(&["Wards affected: All Agenda item: 11 Status: Public"]).is_empty());
    assert!(values(&["Report number: 4 Item: 9"]).is_empty());
    assert!(values(&["The figures in column 4 are a minimum, and row 2 includes them."]).is_empty());
    assert_eq!(values(&["Kent Police recorded 412 offences, shown in column 2."]), [412.0]);
}

#[test]
fn an_inspections_numbered_findings_are_not_figures() {
    assert!(values(&["Area for improvement 7"]).is_empty());
    assert!(values(&["Recommendation 3", "The force should review its flagging by June."]).is_empty());
    assert_eq!(values(&["Recommendation 3 asks the force to cut 420 outstanding cases."]), [420.0]);
    // A plan's numbered aims too.
    assert!(values(&["Section four covers Priority 5 of the county's Police and Crime Plan."]).is_empty());
    assert!(values(&["Progress against priority 4 is set out below."]).is_empty());
}

#[test]
fn a_labelled_number_opening_a_heading_is_not_a_figure() {
    // A plan's parts, numbered by a label word and a colon: "Objective 3: Safer streets".
    assert!(values(&["Objective 3: Safer streets for everyone"]).is_empty());
    assert!(values(&["Goal 12: Protecting people from harm"]).is_empty());
    assert!(values(&["## Theme 1: Tackling violence against women"]).is_empty());
    // A count before a colon, or a sentence, is still one.
    assert_eq!(values(&["Burglaries 412: the county's lowest in a decade"]), [412.0]);
    // Under 100 too: a place, a counted noun or an offence before the colon labels a figure.
    for line in [
        "Burglaries 41: the county's lowest in a decade",
        "Sevenoaks 38: the most thefts of any Kent district in 2022/23.",
        "Seizures 17: blades handed in to Essex Police in 2022/23.",
        "Robbery 29: the force's lowest for ten years",
    ] {
        assert_eq!(values(&[line]).len(), 1, "{line}");
    }
    assert_eq!(values(&["Aim 2: cut burglaries to 3,100 in 2024/25."]), [3100.0]);
}

#[test]
fn a_reading_time_in_a_byline_is_not_a_figure() {
    assert!(values(&["By Sam Hale · The Courier · 12 May 2024 · 6 min read"]).is_empty());
}

#[test]
fn numbers_an_earlier_version_printed_are_not_figures() {
    let line = "Correction: an earlier version of this story gave the Gwent total for 2022/23 as 412.";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
    let lines =
        ["Correction: an earlier version of this story gave the Gwent total as 412.", "The correct figure is 421."];
    assert!(values(&lines).is_empty(), "{:?}", values(&lines));
}

#[test]
fn a_pictures_place_in_a_gallery_and_a_step_are_not_figures() {
    for line in ["Picture 4 of 9", "Slide 2/7: Lancashire Police officers", "Step 2: tell a teacher in Preston"] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_number_hyphened_to_a_word_describes_and_does_not_count() {
    assert!(values(&["Lancashire Police published a 3,500-word review in 2022."]).is_empty());
    assert_eq!(values(&["Lancashire Police logged 600-plus grooming offences in 2022/23."]), [600.0]);
}

#[test]
fn a_rank_out_of_the_forces_is_not_a_figure() {
    assert!(values(&["Lancashire came 5th out of 39 in the league table."]).is_empty());
}

#[test]
fn a_link_to_another_story_under_its_label_is_not_a_figure() {
    for line in [
        "Most read: Man jailed after 300 offences against children in Essex",
        "Sponsored: 7 ways to keep your teenager safe online",
        "Also in the news: Norfolk Police recorded 650 burglaries",
        "MORE: Kent pensioner, 81, wins £2m on the lottery",
        "More: Essex Police seize 40 stolen bikes in one raid",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    assert_eq!(values(&["Most of the 300 offences in Essex were online."]), [300.0]);
    assert_eq!(values(&["More than 300 offences were recorded in Essex in 2023/24."]), [300.0]);
    // A bare "More:" before a sentence that goes on from the text is no link label.
    let lines = ["Essex Police logged 2,310 thefts in 2022/23.", "More: 410 of them were in Basildon, the force said."];
    assert_eq!(values(&lines), [2310.0, 410.0]);
    let lines = ["Norfolk recorded 980 burglaries in 2022/23.", "More: 120 were in Norwich, police said."];
    assert_eq!(values(&lines), [980.0, 120.0]);
}

#[test]
fn numbers_listed_after_sections_or_pages_are_no_figures() {
    let found = values(&["Offences under sections 5, 6 and 8 of the Sexual Offences Act rose to 412 in Kent."]);
    assert_eq!(found, [412.0]);
    assert!(values(&["The report, on pages 14 to 16, covers Kent."]).is_empty());
    assert!(values(&["Download the data (CSV, 12 KB) for Kent."]).is_empty());
}

#[test]
fn a_number_in_a_stations_name_is_no_figure() {
    for line in [
        "Kent's chief constable told BBC Radio 4's Today programme that 2023/24 had been hard.",
        "Speaking to Channel 4 News, the Kent commissioner said more must be done.",
        "She told 5 Live on Tuesday that Kent Police were stretched.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count after the station's name is still one.
    assert_eq!(values(&["Kent Police told Radio Kent it recorded 5 robberies in 2023/24."]), [5.0]);
}

#[test]
fn a_radio_frequency_a_clock_time_and_an_address_unit_are_not_figures() {
    for line in [
        "Coast FM 102.4 | Cumbria | Listen live | Weather",
        "Tune in on 95.8 FM for the breakfast show.",
        "The station broadcasts on 104.9MHz across the county.",
        "Drop-in session: Friday 14 March, 11am to 12 noon, Penrith Library.",
        "The helpline closes at 12 midnight on weekdays.",
        "Write to the Commissioner's Office, Unit 7, Station Yard, Kendal LA9 4BB.",
        "Our offices are at Suite 12, Harbour House, Whitehaven.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count beside them still counts.
    let line = "Cumbria Constabulary recorded 412 burglaries, the station's 12 noon bulletin said.";
    assert_eq!(values(&[line]), [412.0], "{:?}", brief(&[line]));
}

#[test]
fn numbers_things_are_filed_under_are_not_figures() {
    for line in [
        "Anyone with information should call Kent Police on 101 quoting incident 312 of 4 May.",
        "Witnesses in Kent can email the team with crime reference number 24000112233.",
        "Please quote log 4471 when calling Kent Police.",
        "Kent Police gave the case number 88 to the appeal.",
        "Kent Police: reference 5521.",
        "Call Kent Police on 101, quoting 312 of 4 May.",
    ] {
        let found = kinds_of(line);
        assert!(found.is_empty(), "{line}: {found:?}");
    }
    // An incident counted is no reference.
    assert_eq!(kinds_of("Kent Police recorded 312 incidents in 2023/24."), [(312.0, Kind::Count)]);
    assert_eq!(kinds_of("In a single incident 40 cars in Kent were stolen."), [(40.0, Kind::Count)]);
    assert_eq!(kinds_of("The minister quoted 3,000 burglaries in Kent in 2023/24."), [(3000.0, Kind::Count)]);
}

#[test]
fn a_registered_charity_or_company_number_is_no_figure() {
    for line in
        ["The Kent Trust is registered charity number 1099123.", "Kent Safe Ltd, company numbers 40123 and 40124."]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // With the nation it is registered in printed where "number" would be.
    for line in [
        "Victim Care Cymru is a registered charity in England and Wales (1123987).",
        "Registered charity Scotland 30544. Registered in England and Wales No. 7712045.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A charity registered in some places is not a number after "registered in".
    assert_eq!(values(&["The charity, registered in 40 countries, helped 300 families in Kent."]).len(), 2);
}

#[test]
fn a_numbered_paragraph_of_a_report_is_not_a_figure() {
    for (line, want) in [
        ("2.3 Essex Police recorded 1,420 burglaries in 2023/24.", vec![1420.0]),
        ("4.1 The panel noted the update from Kent Police.", vec![]),
        ("7.2 None.", vec![]),
        ("## 5.6 Officers in Kent made 310 arrests in 2022/23, up 4.5% on the year before.", vec![310.0, 4.5]),
    ] {
        assert_eq!(values(&[line]), want, "{line}");
    }
    // A decimal with a magnitude after it is a number, not a paragraph's.
    assert_eq!(values(&["2.5 Million calls were made to Kent Police in 2023/24."]), [2_500_000.0]);
    // … and a unit, in a title-case sentence.
    assert_eq!(values(&["1.5 Kilos of heroin were found by Essex Police in 2022/23."]), [1.5]);
    assert_eq!(values(&["3.4 Miles of copper cable were stolen in Kent in 2022/23."]), [3.4]);
}

#[test]
fn a_table_question_or_appendix_number_is_not_a_figure() {
    for line in [
        "Table 3: Burglaries recorded by Essex Police, 2019/20 to 2022/23",
        "Question 4",
        "Details of the Kent figures are in Appendix 2 of this report.",
        "Annex 5 sets out the offences recorded by Surrey Police in 2021/22.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_bilingual_pages_welsh_paragraphs_give_no_figures() {
    let lines = [
        "Mae'r heddlu wedi cofnodi 214 o droseddau stelcian yn 2022/23, i fyny o 180.",
        "Gwent Police logged 214 stalking offences during 2022/23, up from 180.",
        "Os ydych yn poeni, ffoniwch 101 neu 111 bob amser.",
    ];
    let found = brief(&lines);
    assert_eq!(found.len(), 2, "{found:?}");
    let lines = [
        "Yn ôl ffigurau newydd, mae 57 o blant wedi cael eu cam-drin ar-lein yn ardal Heddlu Gogledd Cymru.",
        "New figures show 57 children were abused online in the North Wales Police area in 2023/24.",
        "Mae'r tîm hefyd wedi cynnal 33 o sesiynau mewn ysgolion.",
    ];
    // The 33 has no English twin: the Welsh is its only copy, read for it.
    let found = brief(&lines);
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_figure_a_correction_withdraws_is_no_figure() {
    let lines = ["Correction: the first version of this story gave Dorset Police's thefts in 2021/22 as 712. The right total is 721."];
    assert!(!has_value(&lines, 712.0), "{:?}", brief(&lines));
    let lines = ["CORRECTION: Our bulletin of Monday wrongly put Kent Police's 2022/23 burglaries at 1,480."];
    assert!(!has_value(&lines, 1480.0), "{:?}", brief(&lines));
}

#[test]
fn a_zero_padded_number_inside_a_reference_code_is_no_figure() {
    let lines = [
        "Kent Police recorded 412 offences in 2031/32.",
        "The reply, reference FOI-2032-00417, said the data were provisional.",
    ];
    assert!(!has_value(&lines, 417.0), "{:?}", brief(&lines));
}

#[test]
fn a_disclosure_logs_slashed_reference_opening_with_a_padded_number_is_no_figure() {
    let lines =
        ["Robberies recorded by Essex Police", "04/DL/32/051277", "Essex Police recorded 906 robberies in 2031/32."];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 4.0 || f.2 == 51277.0), "{found:?}");
}

#[test]
fn a_response_dated_a_day_of_may_is_no_figure() {
    let lines = ["The force's reply, dated May 19, showed Essex Police recorded 906 robberies in 2031/32."];
    assert!(!has_value(&lines, 19.0), "{:?}", brief(&lines));
}

#[test]
fn a_letter_dated_a_day_of_may_gives_no_figure_for_the_day() {
    let lines = ["Kent Police recorded 412 offences in 2031/32, a letter dated May 3 confirmed."];
    assert_eq!(values(&lines), [412.0]);
}

#[test]
fn hansard_columns_house_papers_and_numbered_questions_are_not_figures() {
    let lines = [
        "Kent Police recorded 1,210 thefts in 2022/23.",
        "Speaking in the Commons on Tuesday (Hansard, vol. 701, col. 233), she asked the minister to act.",
        "The committee's report (HC 941) found most thefts went unsolved.",
        "Huw Morgan AM: 4. Will the Minister make a statement on thefts in Kent?",
    ];
    assert_eq!(values(&lines), [1210.0]);
}

#[test]
fn a_wire_slug_s_word_count_version_and_withdrawn_figure_are_not_figures() {
    let lines = [
        "SLUG: CRIME Thefts Kent",
        "WORDS: 512",
        "(CORRECTS total in paragraph 2 to 4,312 from 4,132)",
        "Kent Police recorded 4,312 thefts in 2022/23.",
        "Keywords: BRITAIN CRIME/THEFT (UPDATE 3)",
    ];
    assert_eq!(values(&lines), [4312.0]);
}
