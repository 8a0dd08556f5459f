//! Where an area's number sits in its sentence: printed after the number, in brackets, past a
//! dash, as a part counted of a force's total, or in a list of areas with a verb gapped.

use super::*;

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
