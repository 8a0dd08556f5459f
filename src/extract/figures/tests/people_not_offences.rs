//! People counted who are not offences: people helped, referred, reported missing, surveyed,
//! arrested, charged or searched; and the victims and casualties who are counted as such.

use super::*;

#[test]
fn things_done_and_people_helped_are_not_counts_of_offences() {
    for line in [
        "Officers made 310 home visits in Dorset in 2023/24.",
        "In Dorset, 95 children were referred to social services in 2023/24.",
        "Dorset will fund 12 'early help' support workers.",
        "Detectives in Dorset closed 31 county lines last year.",
        "Knives handed in at Dorset stations: 640",
        "Detectives found 5,200 indecent images, 410 of them in the most serious category.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    assert_eq!(brief(&["Offences recorded by Dorset Police: 640"])[0].3, Kind::Count);
    assert_eq!(brief(&["In Dorset, 95 children were victims of grooming in 2023/24."])[0].3, Kind::Count);
}

#[test]
fn people_killed_or_attacked_are_counted_as_victims() {
    let found = brief(&["Nine people were murdered in Cleveland in 2022/23, compared with twelve in 2021/22."]);
    assert!(found.contains(&(some("Cleveland Police"), some("2022/23"), 9.0, Kind::Count)), "{found:?}");
    assert!(found.contains(&(some("Cleveland Police"), some("2021/22"), 12.0, Kind::Count)), "{found:?}");
    let found = brief(&["In Cleveland, 31 women had been sexually assaulted on nights out in 2022/23."]);
    assert_eq!(found[0].3, Kind::Count, "{found:?}");
    // People helped or employed are not.
    let found = brief(&["Cleveland Police employs 1,400 people."]);
    assert!(found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn people_injured_or_killed_on_the_roads_are_counted_as_casualties() {
    let found = brief(&["In Kent, 640 people were seriously injured in 2022/23 and 31 people died."]);
    assert!(found.iter().all(|f| f.3 == Kind::Count) && found.len() == 2, "{found:?}");
    // With where they were between them and what happened.
    let found = brief(&["Some 640 people in Kent were seriously injured in 2022/23."]);
    assert_eq!(found[0].3, Kind::Count, "{found:?}");
    let found = brief(&["Across Essex, 52 people lost their lives on the roads in 2021/22."]);
    assert_eq!(found[0].3, Kind::Count, "{found:?}");
    let lines = ["Essex recorded 52 road deaths in 2021/22.", "Six of the dead were pedestrians."];
    assert_eq!(values(&lines), [52.0, 6.0]);
}

#[test]
fn people_counted_before_the_help_they_were_given_are_not_counts_of_offences() {
    for line in [
        "Kent in numbers: 312 young people and children supported this year, against 250 the year before",
        "Our Kent outreach: 58 victims and families supported in 2021/22, against 41 the year before.",
    ] {
        let lines = ["Kent Police recorded 500 offences in 2021/22.", line];
        let found = brief(&lines);
        let ours: Vec<_> = found.iter().filter(|f| f.2 != 500.0).collect();
        assert!(!ours.is_empty() && ours.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    // Children abused are counted as offences against them.
    let found = brief(&["In Kent, 312 children were abused online in 2021/22."]);
    assert!(found.iter().any(|f| f.3 == Kind::Count), "{found:?}");
}

#[test]
fn people_a_service_helped_are_not_counts_of_offences() {
    for line in [
        "The Kent charity supported 240 women and 310 children in the past year.",
        "Last year the Essex refuge counselled 85 girls and housed 40 young people.",
        "Over the winter the Surrey helpline contacted 930 elderly victims of scams.",
        "The Essex exploitation unit identified 58 children who were being groomed by gangs.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn practitioners_and_professionals_trained_are_people_not_offences() {
    for line in [
        "The board will commission safety training for 250 practitioners by March.",
        "More than 1,400 professionals attended the sessions in 2028/29.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn people_reported_missing_are_not_counts_of_offences() {
    for line in [
        "Avon and Somerset Police took 2,150 reports of missing young people in 2022.",
        "Norfolk logged 780 missing-person reports last year.",
        "In Suffolk 64 children went missing from care homes in 2023.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    assert_eq!(brief(&["Norfolk recorded 90 offences against missing children."])[0].3, Kind::Count);
}

#[test]
fn people_reported_missing_are_counted_in_a_story_about_them() {
    let kinds = |headline: &str| {
        let lines = [headline, "Cumbria Constabulary took 2,140 reports of missing children in 2023/24."];
        let mut a = article(&lines);
        a.paragraphs[0].role = Role::Headline;
        a.title = Some(headline.to_string());
        extract_figures(&a).into_iter().map(|f| (f.value, f.kind)).collect::<Vec<_>>()
    };
    let found = kinds("More than 2,000 children reported missing in Cumbria in a year");
    assert!(found.contains(&(2140.0, Kind::Count)), "{found:?}");
    assert!(found.contains(&(2000.0, Kind::Count)), "{found:?}");
    // A story about something else counts offences, not the people reported missing.
    let found = kinds("Knife crime involving teenagers up by a fifth in Cumbria");
    assert!(found.contains(&(2140.0, Kind::Other)), "{found:?}");
}

#[test]
fn the_earlier_value_of_people_reported_missing_is_counted_with_them_in_a_story_about_them() {
    let headline = "Hundreds more children reported missing in Cumbria";
    for (line, earlier) in [
        ("Cumbria Constabulary took 2,140 reports of missing children in 2023/24, up from 1,980 in 2022/23.", 1980.0),
        ("Durham logged 870 missing episodes involving teenagers last year, compared with 802 the year before.", 802.0),
    ] {
        let mut a = article(&[headline, line]);
        a.paragraphs[0].role = Role::Headline;
        a.title = Some(headline.to_string());
        let found: Vec<(f64, Kind)> = extract_figures(&a).into_iter().map(|f| (f.value, f.kind)).collect();
        assert!(found.contains(&(earlier, Kind::Count)), "{line}: {found:?}");
    }
}

#[test]
fn children_a_team_is_working_with_are_not_counts_of_offences() {
    for line in [
        "The unit is currently working with 40 children judged to be at high risk in Gwent.",
        "Caseworkers in Swansea work with 75 girls referred by schools.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn children_found_at_risk_are_counted_in_a_story_about_children_exploited() {
    let kinds = |headline: &str, line: &str| {
        let mut a = article(&[headline, line]);
        a.paragraphs[0].role = Role::Headline;
        a.title = Some(headline.to_string());
        extract_figures(&a).into_iter().map(|f| (f.value, f.kind)).collect::<Vec<_>>()
    };
    let headline = "Teenagers exploited by drug gangs in Kent as numbers climb";
    let line = "Kent Police identified 240 children at risk of criminal exploitation in 2023/24, while Essex Police identified 190, up from 150 the year before.";
    let found = kinds(headline, line);
    for value in [240.0, 190.0, 150.0] {
        assert!(found.contains(&(value, Kind::Count)), "{found:?}");
    }
    let headline = "More children being exploited by county lines gangs in Devon";
    let found = kinds(headline, "Officers in Devon found 61 young people being used to run drugs in 2023/24.");
    assert!(found.contains(&(61.0, Kind::Count)), "{found:?}");
    // In a story about something else they are people found, not offences; and children a
    // service helped are people helped in any story.
    let found = kinds("Knife crime by teenagers in Kent rises by a fifth", line);
    assert!(found.contains(&(240.0, Kind::Other)), "{found:?}");
    let found = kinds(headline, "A charity in Devon supported 75 children in 2023/24.");
    assert!(found.contains(&(75.0, Kind::Other)), "{found:?}");
}

#[test]
fn referrals_to_a_service_are_not_counts_of_offences() {
    for line in [
        "Referrals to the county's young victims' hub: 1,480",
        "Cumbria Police made 515 referrals to the council's early help service in 2023/24.",
        "The force's hub in Kendal handled 1,920 child protection referrals in 2023/24.",
        "Cumbria Police made 640 safeguarding referrals last year.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn referrals_a_service_received_and_notifications_sent_are_not_counts_of_offences() {
    for lines in [
        [
            "Sexual offences against children in Dorset rose in 2022/23.",
            "Referrals received by the county's family support hub: 3,204",
        ],
        ["Sexual offences against children in Dorset rose in 2022/23.", "Alerts passed to GP surgeries: 1,118"],
        [
            "Sexual offences against children in Dorset rose in 2022/23.",
            "The force sent 880 notifications to schools about pupils at risk.",
        ],
    ] {
        let found = brief(&lines);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{lines:?}: {found:?}");
    }
}

#[test]
fn referrals_of_victims_to_a_scheme_for_victims_are_counts() {
    let found = brief(&["Cumbria Police made 212 referrals of potential slavery victims in 2023/24."]);
    assert_eq!(found.iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Count], "{found:?}");
}

#[test]
fn people_surveyed_taking_part_or_in_care_are_not_counts_of_offences() {
    for line in [
        "Researchers in Cheshire interviewed 750 teenagers about their phones.",
        "In Cheshire 95 pupils took part in the lessons.",
        "Some 1,800 children in Cheshire are in local authority care.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn men_charged_gangs_and_checks_are_not_counts_of_offences() {
    for line in [
        "In Gwent 14 men were charged and 3 perpetrators remain at large.",
        "Gwent Police ran 900 checks on 60 addresses.",
        "Gwent has 4 crime scene investigators and 2 victim care officers.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    assert_eq!(brief(&["In Gwent 5 women were raped in 2023."])[0].3, Kind::Count);
    assert_eq!(brief(&["Gwent recorded 1 offence in 2023."])[0].3, Kind::Count);
}

#[test]
fn people_the_police_charged_or_searched_are_not_counts_of_offences() {
    for line in [
        "Gwent Police charged 640 motorists with drink-driving in 2023.",
        "A further 212 were charged, the force said.",
        "Officers searched more than 1,900 people in Swindon last year.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    assert_eq!(brief(&["Gwent Police recorded 640 drink-driving offences in 2023."])[0].3, Kind::Count);
    assert_eq!(brief(&["Those charged had committed 310 offences in 2023."])[0].3, Kind::Count);
}

#[test]
fn what_a_helpline_handled_is_no_count_of_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(
        kinds("Essex Police recorded 900 stalking offences, and a national advice line handled 14,310 cases in 2023."),
        [Kind::Count, Kind::Other]
    );
}

#[test]
fn people_referred_to_a_service_are_no_count_of_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(
        kinds("Councils in the North East referred 870 possible victims of trafficking to the national scheme."),
        [Kind::Other]
    );
    assert_eq!(kinds("In the North East, 640 children were referred on to early help services."), [Kind::Other]);
}

#[test]
fn referrals_a_speakers_service_had_are_no_count_of_offences() {
    let line = "\"We had 340 referrals last year and only six beds,\" the Tyneside refuge manager said.";
    assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{:?}", brief(&[line]));
    // A service named as the subject, an aside after it or not.
    for line in [
        "In Durham, the force's hate crime hub, opened in 2020 with the council, had received 215 referrals.",
        "A spokeswoman said the sexual assault clinic has handled more than 480 referrals this year.",
    ] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{:?}", brief(&[line]));
    }
    // Referrals a force recorded are still counted.
    let line = "Northumbria Police recorded 340 referrals in 2023/24.";
    assert_eq!(brief(&[line]).iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Count]);
}

#[test]
fn victims_referred_to_no_service_are_counted_as_referrals() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "Across Wales, 2,310 suspected victims were referred in 2023, a record.";
    assert_eq!(kinds(line), [(2310.0, Kind::Count)]);
}

#[test]
fn people_arrested_are_not_counts_of_offences() {
    for line in [
        "Cheshire Police arrested 180 drivers over the festive period.",
        "A further 40 were arrested in Crewe, the force said.",
        "In Chester 75 motorists were later arrested.",
    ] {
        let found = kinds_of(line);
        assert!(!found.is_empty() && found.iter().all(|f| f.1 == Kind::Other), "{line}: {found:?}");
    }
    // Arrests said to be for an offence are left as counts (gold answers disagree on them).
    assert_eq!(kinds_of("Cheshire Police arrested 180 drivers for drink-driving."), [(180.0, Kind::Count)]);
    assert_eq!(kinds_of("In Crewe 40 men were arrested on suspicion of burglary."), [(40.0, Kind::Other)]);
}

#[test]
fn a_number_of_those_the_police_dealt_with_counts_people() {
    for line in [
        "Of those stopped in Chester, 25 were over the limit.",
        "Of the drivers breathalysed in Crewe, 31 had been drinking that morning.",
        "Of those charged, 12 were children.",
    ] {
        let found = kinds_of(line);
        assert!(!found.is_empty() && found.iter().all(|f| f.1 == Kind::Other), "{line}: {found:?}");
    }
    // Those recorded are offences.
    assert_eq!(kinds_of("Of those recorded in Chester, 25 were flagged as online."), [(25.0, Kind::Count)]);
}

#[test]
fn a_headcount_reached_is_people_however_it_is_hedged() {
    let lines = ["Gwent Police has hired 85 more officers since 2020, taking its headcount to roughly 1,420."];
    assert_eq!(brief(&lines).iter().find(|f| f.2 == 1420.0).map(|f| f.3), Some(Kind::Other), "{:?}", brief(&lines));
    let lines = ["The force took on 60 detectives this year, bringing its strength to nearly 900."];
    assert_eq!(brief(&lines).iter().find(|f| f.2 == 900.0).map(|f| f.3), Some(Kind::Other), "{:?}", brief(&lines));
}

#[test]
fn children_subject_to_plans_or_on_a_register_are_not_counts_of_offences() {
    for line in [
        "By 31 March 2031, 830 children were subject to a protection plan in Rutland.",
        "Some 415 children were on the county's child protection register in Rutland on 1 May 2031.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn referrals_to_social_care_or_a_council_are_not_counts_of_offences() {
    for line in [
        "Essex councils logged 51,200 referrals to children's social care during 2022/23.",
        "A Norfolk head said she had made 40 referrals to the local authority last year.",
        "Schools in Devon sent 730 referrals to the council's front door in 2021/22.",
    ] {
        assert!(!counted(&[line], 51200.0) && !counted(&[line], 40.0) && !counted(&[line], 730.0), "{line}");
    }
}

#[test]
fn referrals_a_board_or_partnership_received_are_not_counts_of_offences() {
    for line in [
        "The Rutland Safeguarding Adults Board, which received 63 referrals about financial abuse in 2030/31, meets today.",
        "In Rutland the community safety partnership received 58 referrals last year.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn cases_a_worker_carries_or_holds_are_a_caseload_not_offences() {
    for (line, value) in [
        ("In Surrey, the typical probation worker was carrying 48 cases in March 2023.", 48.0),
        ("Kent Police recorded 900 stalking offences in 2022/23. One detective said she held 31 cases.", 31.0),
        ("A Cumbria nurse said: \"I used to have perhaps three cases a term that began on a phone.\"", 3.0),
        ("Officers in Hampshire are juggling 27 investigations each, the branch says.", 27.0),
    ] {
        assert!(!counted(&[line], value), "{line}: {:?}", brief(&[line]));
    }
    assert!(counted(&["Kent Police recorded 900 stalking offences in 2022/23."], 900.0));
}

#[test]
fn average_caseloads_said_to_pass_a_value_are_not_counts_of_offences() {
    for (line, value) in [
        ("Average caseloads in some Essex teams have reached 27, the union said.", 27.0),
        ("Durham Constabulary recorded 610 offences in 2022/23, and caseloads in its teams passed 30.", 30.0),
    ] {
        assert!(!counted(&[line], value), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn children_referred_then_described_are_people_not_offences() {
    for line in [
        "In Rutland, nine of the 64 children referred were boys.",
        "In Rutland the 210 young people referred were seen within a week.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn children_on_plans_named_in_several_words_are_not_counts_of_offences() {
    for line in [
        "In Durham, 2,900 children were on child in need plans last spring.",
        "Councils across Kent had 1,450 children on child protection or in need plans.",
    ] {
        assert!(!counted(&[line], 2900.0) && !counted(&[line], 1450.0), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn survey_respondents_named_by_any_noun_are_not_counts_of_offences() {
    for (line, value) in [
        ("Of the 940 SENCOs who responded, 60% said online harm had grown in Kent.", 940.0),
        ("The 2,300 NQTs who took part in the survey were all in Essex schools.", 2300.0),
    ] {
        assert!(!counted(&[line], value), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn concerns_a_school_logs_are_not_counts_of_offences() {
    for (line, value) in [
        ("A Leeds academy has logged 230 safeguarding concerns since January.", 230.0),
        ("Schools in Kent raised 1,800 concerns about online contact in 2022/23.", 1800.0),
    ] {
        assert!(!counted(&[line], value), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_number_said_before_another_takes_the_noun_of_the_second() {
    for (line, value) in [
        ("Gwent Police now has 30, 35 detectives on the unit in 2022/23.", 30.0),
        ("Dorset sent 40 or 50 officers to the town in 2022/23.", 40.0),
    ] {
        assert!(!counted(&[line], value), "{line}: {:?}", brief(&[line]));
    }
}
