//! The whole country as a figure's place: national words and lists of nations, the police in
//! general, totals over the forces that answered a request, and UK-wide bodies' own counts.

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
fn a_national_rise_is_national() {
    let lines = ["Kent Police recorded 198 offences in 2022/23.", "This compares to a national rise of 60 per cent."];
    assert_eq!(place_of(&lines, 60.0), some(NATIONAL));
    let lines = ["Kent Police recorded 198 offences.", "The National Crime Agency said 40 were referred."];
    assert_eq!(place_of(&lines, 40.0), some("Kent Police"));
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
fn a_force_the_figures_exclude_is_not_their_place() {
    let lines = [
        "Police in England and Wales recorded 48,200 robberies in 2022/23.",
        "The figures exclude Greater Manchester Police, which did not submit data.",
        "Some 9,800 of the robberies involved a knife.",
    ];
    assert_eq!(place_of(&lines, 9800.0), some(NATIONAL));
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
fn forces_counting_after_a_word_summing_up_are_the_country_not_the_force_before() {
    let lines = [
        "Pensioners across England and Wales lost money to 31,500 frauds reported in 2022/23.",
        "Surrey Police logged 512 of them.",
        "Overall, forces recorded about 61,000 frauds of every kind in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 61000.0), some(NATIONAL), "{:?}", brief(&lines));
    let lines = [
        "Dorset Police recorded 640 dog thefts in 2023/24.",
        "In total, police forces logged 2,950 dog thefts in 2023/24.",
    ];
    assert_eq!(place_of(&lines, 2950.0), some(NATIONAL), "{:?}", brief(&lines));
    // In a text about a region, they are its forces.
    let lines = ["Thefts rose 9% across Yorkshire last year.", "Altogether, forces logged 4,400 thefts in 2023/24."];
    assert_eq!(place_of(&lines, 4400.0), some("Yorkshire"));
}

#[test]
fn those_forces_that_answered_a_request_counting_are_the_country() {
    let lines = [
        "A charity asked every police force in the UK for data. Of the 45 asked, 40 replied.",
        "Those forces recorded 8,120 dog thefts in 2023/24, compared with 7,300 in 2022/23.",
    ];
    assert_eq!(place_of(&lines, 7300.0), some(NATIONAL));
    // In a text about a region, they are its forces.
    let lines = ["Thefts rose 9% across Yorkshire last year.", "These forces logged 4,400 thefts in 2023/24."];
    assert_eq!(place_of(&lines, 4400.0), some("Yorkshire"));
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
fn a_total_across_those_forces_after_every_force_was_asked_is_the_countrys() {
    let lines = [
        "Break-ins rise in the West Midlands",
        "A homelessness charity asked every police force in Britain for its figures.",
        "In 2031/32, 38,900 burglaries were recorded across those forces.",
    ];
    assert_eq!(place_of(&lines, 38900.0), some(NATIONAL));
}

#[test]
fn a_total_among_these_forces_after_dozens_of_forces_answered_is_the_countrys() {
    let lines = [
        "Welsh forces see rise in thefts",
        "Of the 43 forces asked, 39 replied, among them every Welsh force.",
        "Among these forces, 12,400 thefts were logged in 2030/31.",
    ];
    assert_eq!(place_of(&lines, 12400.0), some(NATIONAL));
}

#[test]
fn a_total_across_those_forces_after_a_regions_few_is_the_regions() {
    let lines = [
        "Welsh forces see rise in thefts",
        "The four Welsh forces all replied to the request.",
        "Across those forces, 1,240 thefts were logged in 2030/31.",
    ];
    assert_eq!(place_of(&lines, 1240.0), some("Wales"));
}

#[test]
fn the_country_whose_forces_another_is_set_beside_is_no_place_the_text_moves_to() {
    let lines = [
        "The PSNI recorded 2,410 stalking offences in 2022/23.",
        "Unlike forces in England and Wales, it does not publish a breakdown by age.",
        "- 2021/22: 2,108",
    ];
    assert_eq!(place_of(&lines, 2108.0), some("Police Service of Northern Ireland"));
    let lines = [
        "Police Scotland recorded 690 thefts of bikes in 2022-23.",
        "The force counts them in the same way as forces across the UK do not.",
        "The year before there were 602.",
    ];
    assert_eq!(place_of(&lines, 602.0), some("Police Scotland"));
}

#[test]
fn the_country_named_as_a_place_of_its_own_still_moves_the_text() {
    let lines = [
        "The PSNI recorded 2,410 stalking offences in 2022/23.",
        "Forces in England and Wales publish more detail.",
        "The year before there were 98,200.",
    ];
    assert_eq!(place_of(&lines, 98200.0), some(NATIONAL));
}
