//! Things counted that are not offences: goods seized, blades, devices and equipment, places,
//! streets and businesses, messages and contacts, tests and journeys, incidents that were no
//! crime, and what the police carried out.

use super::*;

#[test]
fn counts_of_things_seized_are_not_offences() {
    let found = figures(&["Kent Police took 340 weapons and 25 knives off the streets in 2019/20."]);
    assert!(found.iter().all(|f| f.kind == Kind::Other), "{found:?}");
}

#[test]
fn areas_and_other_measures_of_size_are_not_counts_of_offences() {
    for line in
        ["The farmer in Dyfed-Powys keeps 250 acres of pasture.", "Officers patrol 1,200 miles of road in Gwent."]
    {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn places_businesses_and_advisers_are_not_counts_of_offences() {
    for line in [
        "Kent County Council fitted cameras at 23 locations and resurfaced 12 stretches of road.",
        "The fund pays for 15 independent advisers, and 90 businesses joined the scheme.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn a_bare_number_kept_on_a_device_is_not_a_count_of_offences() {
    let found = brief(&["A Wrexham man jailed in 2023 had almost 12,500 stored on his laptop."]);
    assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn incidents_that_were_no_crime_are_not_counts_of_offences() {
    for line in [
        "Another 7,300 incidents were logged by Kent Police that did not amount to a crime.",
        "Essex Police also logged 1,150 non-crime domestic incidents in 2022/23.",
        "Some 420 reports in Surrey did not meet the threshold for a criminal offence.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn contacts_exclusions_and_bins_are_not_counts_of_offences() {
    for line in [
        "The Kent helpline took 3,100 contacts in 2023/24.",
        "Schools in Essex issued 140 suspensions and 12 exclusions for carrying weapons.",
        "Surrey Police has put 15 amnesty bins in town centres.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn blades_and_venues_are_not_counts_of_offences() {
    for line in [
        "A weekend amnesty in Leicester saw 640 blades handed over at eight police stations.",
        "Lancashire Police has trained staff at 85 pubs, bars and nightclubs in Preston.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn streets_estates_and_zones_are_not_counts_of_offences() {
    for line in [
        "Trading standards said its alert scheme now covered 120 streets in Powys.",
        "Dispersal orders were used on 14 estates and in six zones across Rhyl in 2023/24.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn users_messages_seized_goods_and_outcomes_of_reviews_are_not_counts_of_offences() {
    for line in [
        "The Cheshire review made 22 recommendations and the petition drew 8,400 signatures.",
        "Cheshire Police seized 12 kilos of cocaine, four cars and 19 laptops.",
        "The chat app has 40 million users and handles 900 messages a second.",
        "Cheshire's helpline answered 6,300 emails and 410 tip-offs in 2023.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 != Kind::Count), "{line}: {found:?}");
    }
}

#[test]
fn places_pages_and_branches_are_not_counts_of_offences() {
    for line in [
        "The Surrey app is used in 90 countries and 25 languages.",
        "The Surrey report runs to 180 pages.",
        "The Surrey charity has 12 branches in six towns.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn pieces_of_equipment_are_no_count_of_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(kinds("Officers in Norfolk etched 250 pieces of garden machinery."), [Kind::Other]);
}

#[test]
fn tests_kits_collisions_and_journeys_are_no_counts_of_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(kinds("Officers in Gwent carried out 1,730 roadside breath tests in 2022."), [Kind::Other]);
    assert_eq!(kinds("Gwent Police bought 25 new testing kits."), [Kind::Other]);
    assert_eq!(kinds("There were 41 serious collisions on Gwent roads in 2022."), [Kind::Other]);
    assert_eq!(kinds("Around 3.2 million journeys were made on the network last year."), [Kind::Other]);
}

#[test]
fn a_legal_limit_in_units_and_roadside_tests_are_not_counts() {
    for line in [
        "The limit in Scotland is 22 micrograms of alcohol in 100 millilitres of breath.",
        "The blood limit is 80 milligrams in 100 ml.",
        "Officers in Kent used 300 roadside drug wipes and 40 swabs.",
        "In Kent 140 drivers failed or refused a breath test.",
        "In Kent 60 motorists tested positive for cocaine.",
        "In Kent 35 riders refused to provide a breath specimen.",
    ] {
        let found = kinds_of(line);
        assert!(found.iter().all(|f| f.1 == Kind::Other), "{line}: {found:?}");
    }
    // People killed are still counted.
    assert_eq!(kinds_of("In Kent 14 drivers were killed in 2023/24."), [(14.0, Kind::Count)]);
    // Failing to do anything else is no test.
    assert_eq!(kinds_of("In Kent 40 drivers failed to stop after a collision."), [(40.0, Kind::Count)]);
}

#[test]
fn what_police_carried_out_is_no_offence() {
    let lines = ["In 2022/23 officers in Kent Police carried out more than 1,300 knife sweeps."];
    assert!(!counted(&lines, 1300.0), "{:?}", brief(&lines));
    let lines = ["Essex Police conducted 640 test purchases in 2021/22, its chief constable said."];
    assert!(!counted(&lines, 640.0), "{:?}", brief(&lines));
}

#[test]
fn images_counted_by_their_category_are_not_offences() {
    let lines = [
        "Kent Police seized a laptop holding thousands of files in 2022/23.",
        "Of those, 1,200 were in Category A, 3,800 in Category C.",
        "Detectives found 640 category B images on a second phone in Kent.",
    ];
    let found = figures(&lines);
    assert!(!found.iter().any(|f| f.kind == Kind::Count), "{found:?}");
    // Offences of taking or sharing images are still counted.
    assert_eq!(values(&["Kent Police recorded 612 indecent image offences in 2022/23."]), [612.0]);
}

#[test]
fn pictures_and_courts_are_not_counts_of_offences() {
    for line in [
        "He had shared 14 of the pictures with others in Kent.",
        "Cases are heard at Wales's 28 magistrates' courts.",
        "Officers in Kent recovered 90 photographs in 2022/23.",
    ] {
        let found = figures(&[line]);
        assert!(found.iter().all(|f| f.kind == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn referrals_a_team_described_by_its_members_handled_are_not_offences() {
    for line in [
        "In Kent, the unit of four detectives handled about 250 referrals in 2022/23.",
        "The Essex team of nine staff received 610 referrals last year.",
    ] {
        let found = figures(&[line]);
        assert!(found.iter().all(|f| f.kind == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn disclosures_made_to_a_union_or_a_school_are_not_offences() {
    let lines = [
        "Kent Police recorded 412 offences in 2031/32.",
        "The college's welfare team logged 64 disclosures from students last term, against 40 the term before.",
    ];
    let found = brief(&lines);
    assert!(found.iter().filter(|f| f.2 == 64.0 || f.2 == 40.0).all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn answers_to_a_survey_and_votes_cast_are_not_offences() {
    for line in [
        "Kent Police recorded 412 offences. We sent out our survey and got 58 answers back.",
        "Kent Police recorded 412 offences. The committee backed the plan by nine votes to four.",
    ] {
        let found = brief(&[line]);
        assert!(found.iter().filter(|f| f.2 != 412.0).all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn cards_handed_out_and_a_listicles_points_are_not_offences() {
    for line in [
        "Kent Police recorded 412 offences. Volunteers handed out 2,000 cards at the station.",
        "7 things parents should know about offences recorded by Kent Police",
    ] {
        let found = brief(&[line]);
        assert!(found.iter().filter(|f| f.2 != 412.0).all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn safety_referrals_a_youth_team_took_are_not_offences() {
    let lines = [
        "Kent Police recorded 412 offences in 2031/32.",
        "The youth project's manager said her team had taken 38 online safety referrals since the spring.",
    ];
    let found = brief(&lines);
    assert!(found.iter().filter(|f| f.2 == 38.0).all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn people_who_completed_a_course_are_not_offences() {
    let lines = [
        "Kent Police recorded 412 offences in 2031/32.",
        "Over the same three years 1,940 taxi drivers completed the safeguarding course.",
    ];
    let found = brief(&lines);
    assert!(found.iter().filter(|f| f.2 == 1940.0).all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn teenagers_who_completed_a_programme_are_not_offences() {
    let lines =
        ["Kent Police recorded 412 offences in 2031/32, and 260 teenagers completed the online safety programme."];
    let found = brief(&lines);
    assert!(found.iter().filter(|f| f.2 == 260.0).all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn the_value_a_snapshot_of_people_changed_from_counts_people_after_a_date_phrase() {
    let lines = [
        "There were 1,204 pupils on a school exclusion register at the end of June 2024, up from 988.",
        "Some 77 families were on the housing list as of March 2023, compared with 64.",
    ];
    let found = brief(&lines);
    for value in [1204.0, 988.0, 77.0, 64.0] {
        assert!(!counted(&lines, value), "{value}: {found:?}");
    }
}

#[test]
fn cases_an_inspection_examined_and_what_it_found_among_them_are_not_offences() {
    for (line, values) in [
        ("Of the 64 child protection cases inspectors examined, most were handled well.", &[64.0][..]),
        ("Reviewers looked at 35 rape investigations they had sampled at random.", &[35.0]),
        (
            "The audit found that in 9 of the 30 domestic abuse cases they reviewed, no risk form was filled in.",
            &[9.0, 30.0],
        ),
        ("Auditors checked 120 case files and found 44 in which victims were not updated.", &[120.0, 44.0]),
    ] {
        for &v in values {
            assert!(!counted(&[line], v), "{line}: {:?}", brief(&[line]));
        }
    }
}

#[test]
fn offences_found_or_cases_recorded_are_still_counted() {
    let line = "Thames Valley Police recorded 412 cases of stalking in 2023/24 and found 30 more in old files.";
    assert!(counted(&[line], 412.0), "{:?}", brief(&[line]));
    let line = "Officers recorded 220 burglaries in 2023/24, the inspectors found.";
    assert!(counted(&[line], 220.0), "{:?}", brief(&[line]));
}

#[test]
fn reviews_and_types_of_offence_are_not_counts_of_offences() {
    for (line, v) in [
        ("The board began four serious case reviews during the year.", 4.0),
        ("Officers named three types of online offence as the most common.", 3.0),
        ("The claim holds for one type of robbery over a shorter window.", 1.0),
    ] {
        assert!(!counted(&[line], v), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn anti_social_behaviour_reports_and_incidents_are_counted_like_offences() {
    for line in [
        "Surrey Police took 3,400 reports of anti-social behaviour in 2023/24.",
        "Essex logged 910 antisocial behaviour incidents last year.",
        "In 2030/31 Rutland Police handled 2,075 anti-social behaviour reports.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Count), "{line}: {found:?}");
    }
}

#[test]
fn partnerships_boards_and_plans_are_not_counts_of_offences() {
    for line in [
        "Gwynedd is served by 3 safeguarding boards and 12 CSPs.",
        "Rutland has 7 PCSPs, one for each district.",
        "Social workers in Rutland drew up 140 plans in 2030/31.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn schools_named_in_welsh_are_not_counts_of_offences() {
    let found = brief(&["Mae'r heddlu wedi ymweld â 25 ysgol yn y sir eleni."]);
    assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn cases_a_partnership_or_board_reviewed_are_not_counts_of_offences() {
    for line in [
        "\"Our partnership reviewed 44 cases where a teenager had been exploited,\" the Rutland councillor said.",
        "The Rutland safeguarding board examined 30 cases in 2030/31.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn a_limit_a_clause_states_after_a_reading_is_no_count() {
    for line in [
        "In 2022/23 in Kent a driver gave a reading of 64 microgrammes - the legal limit is 35.",
        "Officers in Essex in 2021 stopped a lorry at 70mph; the limit for such vehicles is 50.",
    ] {
        let found = kinds_of(line);
        assert!(found.iter().all(|f| f.1 != Kind::Count), "{line}: {found:?}");
    }
    // Those over a limit are counted.
    assert!(counted(&["In Kent, the number of drivers over the limit was 350 in 2022/23."], 350.0));
}

#[test]
fn a_reading_in_grammes_spelt_the_british_way_is_no_count() {
    for line in [
        "A test in Kent in 2022 showed 71 microgrammes of alcohol in his breath.",
        "Officers in Kent in 2021 seized 450 grammes of cannabis and 12 kilogrammes of cocaine.",
    ] {
        let found = kinds_of(line);
        assert!(found.iter().all(|f| f.1 != Kind::Count), "{line}: {found:?}");
    }
}

#[test]
fn a_meetings_vote_tally_and_abstentions_are_not_offences() {
    for line in [
        "Kent Police recorded 412 offences. Trustees voted 11–3 to close the depot.",
        "Kent Police recorded 412 offences. The plan was approved unanimously (8–0).",
        "Kent Police recorded 412 offences. Governors voted 6 to 2 on the plan, with 1 abstention.",
    ] {
        // The tally is dropped whole or read as kind other; either way no count but the force's.
        let found = brief(&[line]);
        assert!(found.iter().filter(|f| f.2 != 412.0).all(|f| f.3 == Kind::Other), "{line}: {found:?}");
        assert!(found.iter().any(|f| f.2 == 412.0 && f.3 == Kind::Count), "{line}: {found:?}");
    }
}
