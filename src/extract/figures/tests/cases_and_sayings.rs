//! Numbers of one case (a defendant's charges, one offender's victims, offences taken into
//! consideration) and of what was only said or did not happen: no statistics, though court
//! words counting many offences or offenders are.

use super::*;

#[test]
fn a_number_the_sentence_denies_is_not_a_figure() {
    let line = "Essex recorded 2,310 offences in 2023/24, not 3,210 as first reported.";
    assert_eq!(values(&[line]), [2310.0]);
    let line = "Kent's online share rose 2.5 percentage points in 2023/24 rather than 2.5 per cent.";
    assert_eq!(values(&[line]), [2.5]);
}

#[test]
fn a_bare_number_that_answered_a_request_is_not_a_figure() {
    for line in
        ["Thirty-eight forces were asked; 29 provided figures for 2022/23.", "Of those asked, 12 declined to respond."]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn what_people_in_a_survey_said_is_not_a_figure() {
    for line in [
        "Of the 3,000 Surrey parents polled, 1,100 said they checked phones.",
        "In Surrey 640 of those questioned said they had been sent images.",
    ] {
        let found = brief(&[line]);
        assert!(found.iter().all(|f| f.3 != Kind::Count), "{line}: {found:?}");
    }
}

#[test]
fn what_a_speaker_calls_their_own_is_not_a_figure() {
    let line = "A Hull father said: \"My 2 sons are on the app every night.\"";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
}

#[test]
fn the_charges_one_defendant_faces_are_not_offence_statistics() {
    let v = values(&[
        "A Wrexham man who pleaded guilty to 19 offences, including fraud, was sentenced on Tuesday.",
        "Gareth Jones, 41, had earlier denied a total of 6 charges and was convicted of 4 counts of stalking.",
        "North Wales Police recorded 1,310 stalking offences in 2023/24.",
    ]);
    assert_eq!(v, [1310.0]);
}

#[test]
fn offences_an_inquiry_links_to_one_suspect_are_the_case() {
    for line in [
        "Detectives in Kent linked the 19-year-old to 23 burglaries.",
        "Kent Police said he was linked to 40 thefts from cars.",
        "Officers linked Hughes to more than 60 shoplifting offences in Kent.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // A statistic of offences linked to many is one, and so is one linked to a place.
    let line = "Kent Police linked gangs to 400 drug offences in 2023/24.";
    assert_eq!(values(&[line]), [400.0], "{:?}", brief(&[line]));
    let line = "The Kent Police analysis linked Medway to 400 drug offences in 2023/24.";
    assert_eq!(values(&[line]), [400.0], "{:?}", brief(&[line]));
}

#[test]
fn a_count_before_the_verb_or_a_plural_subject_makes_court_words_a_statistic() {
    for (line, value) in [
        ("Nationally, 4,200 men were convicted of 5,100 stalking offences in 2023/24.", 5100.0),
        ("Across Wales, defendants were convicted of 2,900 stalking offences in 2023/24.", 2900.0),
        ("In Cheshire, 310 people admitted 450 offences of harassment in 2023/24.", 450.0),
    ] {
        assert!(values(&[line]).contains(&value), "{line}: {:?}", brief(&[line]));
    }
    // One defendant's charges stay out, and so do those of a group the story picks out.
    for (line, value) in [
        ("The 34-year-old from Crewe was convicted of 12 offences of stalking.", 12.0),
        ("The two men were convicted of 14 offences at Chester Crown Court.", 14.0),
        ("Three men who denied 20 charges were cleared on Friday.", 20.0),
        ("In 2019 Evans admitted 16 offences of fraud.", 16.0),
        ("A Crewe man faces 9 charges of stalking.", 9.0),
    ] {
        assert!(!values(&[line]).contains(&value), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn victims_a_group_of_offenders_harmed_as_an_inquiry_found_are_a_statistic() {
    let line = "Grooming gangs abused more than 1,000 girls in Telford, the inquiry found.";
    assert_eq!(values(&[line]), [1000.0], "{:?}", brief(&[line]));
    let line = "Offenders in Shropshire groomed 410 children in 2023/24, the report said.";
    assert_eq!(values(&[line]), [410.0], "{:?}", brief(&[line]));
    let line = "The men groomed 11 girls over three years.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
}

#[test]
fn victims_said_to_be_one_offenders_are_the_case() {
    for line in [
        "The 45 victims of one fraudster in Kent lost £2m between them.",
        "In Kent, 12 victims of the same man gave evidence.",
    ] {
        assert!(!brief(&[line]).iter().any(|f| f.3 == Kind::Count), "{line}: {:?}", brief(&[line]));
    }
    let line = "Kent Police recorded 3,100 victims of fraud in 2023/24.";
    assert_eq!(values(&[line]), [3100.0], "{:?}", brief(&[line]));
}

#[test]
fn victims_a_court_awards_each_of_are_the_case() {
    for line in [
        "He was ordered to pay £100 compensation to each of the four victims.",
        "The judge awarded each of his six victims £500 in Kent.",
    ] {
        assert!(!brief(&[line]).iter().any(|f| f.3 == Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn the_victims_of_one_offender_are_not_a_statistic_of_victims() {
    let v = values(&[
        "A lorry driver who abused 5 children over a decade has been jailed.",
        "He had groomed nine of the boys through an online game and blackmailed 3 teenagers.",
        "West Mercia Police recorded 640 grooming offences in 2024/25, involving 590 children.",
    ]);
    assert_eq!(v, [640.0, 590.0]);
}

#[test]
fn charges_brought_for_an_offence_count_offences_charged() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "Officers in Fife brought 2,140 charges for domestic abuse in 2023/24.";
    assert_eq!(kinds(line), [(2140.0, Kind::Count)]);
    let line = "In Fife the number of charges rose from 410 in 2022/23 to 455 in 2023/24.";
    assert_eq!(kinds(line), [(410.0, Kind::Count), (455.0, Kind::Count)]);
    // Charges against someone, or the ones the story has in hand, are a case.
    for line in [
        "Detectives in Fife have laid 15 charges against two men from Kirkcaldy.",
        "In Fife, 17 charges were brought against him.",
        "The 19 charges relate to offences in Fife between 2015 and 2020.",
    ] {
        assert!(values(&[line]).iter().all(|&v| v != 15.0 && v != 17.0 && v != 19.0), "{line}: {:?}", brief(&[line]));
    }
    // People charged are people; officers who faced assaults faced offences.
    let line = "In Fife 310 people were charged in 2023/24.";
    assert_eq!(kinds(line), [(310.0, Kind::Other)]);
    let line = "Officers in Fife faced 1,210 assaults in 2023/24.";
    assert_eq!(kinds(line), [(1210.0, Kind::Count)]);
}

#[test]
fn offences_taken_into_consideration_are_a_case() {
    let line = "In Kent, she asked for 27 other offences to be taken into consideration.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
    let line = "He had a further 9 burglaries taken into consideration.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
}

#[test]
fn a_number_of_what_did_not_happen_is_no_figure() {
    let lines = ["Dorset Police recorded 310 burglaries in 2022/23. If Dorset Police had logged 40 more burglaries, it would have topped the table."];
    assert!(!brief(&lines).iter().any(|f| f.2.abs() == 40.0), "{:?}", brief(&lines));
    let lines = ["Gwent Police recorded 388 offences in 2021/22. Had Gwent Police recorded 25 fewer offences, its rate would have matched the Welsh average."];
    assert!(!brief(&lines).iter().any(|f| f.2.abs() == 25.0), "{:?}", brief(&lines));
    assert!(brief(&lines).iter().any(|f| f.2 == 388.0), "{:?}", brief(&lines));
}

#[test]
fn a_number_in_what_someone_would_rather_have_is_no_figure() {
    let lines = [
        "Dorset Police recorded 310 burglaries in 2022/23.",
        "\"We'd rather chase 20 false alarms than let 1 burglar go,\" the inspector said.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 20.0 || f.2 == 1.0), "{found:?}");
    let lines = [
        "Gwent Police recorded 388 offences in 2021/22.",
        "The sergeant said he would much rather take 12 wasted trips than miss one victim.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 12.0 || f.2 == 1.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 388.0), "{found:?}");
}

#[test]
fn how_many_someone_can_reach_is_no_figure() {
    let lines = [
        "Dorset Police recorded 310 offences in 2022/23.",
        "\"A groomer can now message 300 teenagers in a night,\" the detective said.",
        "Scammers could easily reach up to 5,000 pensioners with one email, she added.",
    ];
    let found = brief(&lines);
    assert!(!found.iter().any(|f| f.2 == 300.0 || f.2 == 5000.0), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 310.0), "{found:?}");
}
