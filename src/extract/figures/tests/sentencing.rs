//! A sentencing story: the numbers of the one case it reports (the defendant's age, images
//! found by category, victims, hours or days of an order), told before any dated figure and
//! with no year, are no statistics; the force's or the country's figures after them are.

use super::*;

/// An article with a headline, whose lines are body paragraphs.
fn headed(title: &str, lines: &[&str]) -> Article {
    Article { title: Some(title.to_string()), ..article(lines) }
}

fn values_headed(title: &str, lines: &[&str]) -> Vec<(f64, Kind)> {
    extract_figures(&headed(title, lines))
        .into_iter()
        .filter(|f| matches!(f.kind, Kind::Count | Kind::PercentChange))
        .map(|f| (f.value, f.kind))
        .collect()
}

#[test]
fn a_sentencing_storys_case_numbers_before_its_dated_figures_are_no_statistics() {
    let lines = [
        "Morven Achterberg, 52, travelled to Swindon to meet the boy and was held on the platform.",
        "Officers found 3,402 images on his laptop, 211 of them in Category A, 640 in Category B and 2,551 in Category C.",
        "He was ordered to complete 35 rehabilitation activity days and 150 hours of unpaid work.",
        "\"You drew three children into a secret world,\" the judge told him.",
        "Wiltshire Police recorded 508 grooming offences in 2022/23, up 12 per cent on the year before.",
    ];
    assert_eq!(
        values_headed("Swindon man jailed for grooming boy he met online", &lines),
        [(508.0, Kind::Count), (12.0, Kind::PercentChange)]
    );
    let lines = [
        "Tamsin Oyelaran-Price, 39, admitted the offences when she appeared before the sheriff.",
        "She sent more than 60 messages to four schoolgirls aged between 12 and 14 over a summer.",
        "Across Scotland, 1,180 such crimes were logged in 2021-22, the figures show.",
    ];
    assert_eq!(values_headed("Dundee woman spared jail after messaging schoolgirls", &lines), [(1180.0, Kind::Count)]);
}

#[test]
fn figures_of_a_story_that_sentences_no_one_or_recorded_or_dated_ones_are_still_counted() {
    // An undated count in a story that reports no sentence is read as the sentence says.
    let lines = ["Wiltshire has seen 640 grooming offences since the law changed, the charity said."];
    assert_eq!(values_headed("Charity warns of rise in online grooming", &lines), [(640.0, Kind::Count)]);
    // In a sentencing story, a count said to be recorded is the statistics', dated or not.
    let lines = ["Wiltshire Police has recorded 640 grooming offences since the law changed."];
    assert_eq!(values_headed("Swindon man jailed for grooming boy", &lines), [(640.0, Kind::Count)]);
    // So is one sharing its sentence with a dated figure.
    let lines = [
        "In England and Wales 4,120 such offences came to light in the first year of the law, with Wiltshire seeing 96 in 2022/23.",
    ];
    let found = values_headed("Man jailed for grooming girl", &lines);
    assert!(found.contains(&(4120.0, Kind::Count)), "{found:?}");
}

#[test]
fn a_sentence_passed_in_the_first_paragraph_under_a_slug_makes_a_sentencing_story() {
    let lines = [
        "A former swimming instructor who messaged a boy he thought was 12 has been jailed for 27 months.",
        "Dorian Fairweather-Lusk, 46, drove from Hereford to meet the boy but was met by officers.",
        "Across England and Wales, 5,120 such offences were logged in 2021/22.",
    ];
    assert_eq!(values_headed("COURTS Grooming (Hereford)", &lines), [(5120.0, Kind::Count)]);
    let lines = [
        "A Gloucester woman who sent explicit images to a 14-year-old boy has been given a suspended sentence.",
        "Priya Lamberton-Vos, 33, befriended him on a gaming site over six weeks.",
    ];
    assert!(values_headed("NEWS Gloucester court", &lines).is_empty());
}

#[test]
fn a_court_round_up_or_trial_reports_cases_whose_numbers_are_no_statistics() {
    let lines = [
        "The following cases were heard by magistrates at Taunton this week.",
        "GARETH POOLE, 37, of Mill Street, Taunton, admitted two charges of theft and was fined £300.",
        "A roadside test showed 58 microgrammes of alcohol per 100ml of breath.",
        "Devon and Cornwall Police logged 1,835 drink-driving offences in 2020/21.",
    ];
    assert_eq!(values_headed("COURT ROUND-UP: Taunton magistrates", &lines), [(1835.0, Kind::Count)]);
    let lines = [
        "Lyle Pemberton, 52, denies sending 35 messages to a boy he thought was 14.",
        "Nationally, 5,120 such offences were logged in 2021/22.",
    ];
    assert_eq!(values_headed("Swimming coach 'groomed boy online', jury told", &lines), [(5120.0, Kind::Count)]);
    // A story about the courts, not a case heard in one, counts its numbers.
    let lines = ["Some 62,000 cases are waiting to be heard, up from 41,000."];
    assert!(values_headed("Crown court backlog at record high", &lines).contains(&(62000.0, Kind::Count)));
}

#[test]
fn a_headline_that_admits_a_share_or_opens_a_pilot_trial_is_no_court_story() {
    let lines = ["About 52,300 thefts went unsolved across the county, the chief constable told councillors."];
    assert_eq!(values_headed("Police chief admits four in ten thefts go unsolved", &lines), [(52300.0, Kind::Count)]);
    let lines =
        ["Wardens will patrol streets where 2,140 antisocial behaviour complaints were made, the council said."];
    assert_eq!(values_headed("Street-warden trial begins in six towns", &lines), [(2140.0, Kind::Count)]);
    let lines = ["About 7,810 frauds went unreported across the region, the charity said."];
    assert_eq!(values_headed("More cases dealt with by volunteer helpline", &lines), [(7810.0, Kind::Count)]);
}

#[test]
fn a_headline_with_a_plea_to_counts_or_cases_heard_in_court_is_a_court_story() {
    let lines = ["Aldous Penhale, 44, of Quay Road, conned 14 elderly customers over two years."];
    assert!(values_headed("Roofer admits three counts of fraud", &lines).is_empty());
    let lines = ["Nerys Tallow, 29, of Bridge Lane, stole 38 parcels from doorsteps."];
    assert!(values_headed("Cases dealt with by Exeter magistrates", &lines).is_empty());
}

#[test]
fn a_cases_counts_dated_by_a_month_or_a_span_of_months_are_no_statistics() {
    let lines = [
        "Prescott Vane, 41, of Mill Lane, was spared jail at Exeter Crown Court.",
        "Officers found 96 images in category A and 410 in category C when they raided his flat in June last year.",
        "He had passed on 12 to other users between May 2019 and January 2020, the court heard.",
        "Devon and Cornwall Police recorded 812 child sexual offences in 2020/21, up 9 per cent on the year before.",
    ];
    assert_eq!(
        values_headed("Exeter man spared jail over abuse images", &lines),
        [(812.0, Kind::Count), (9.0, Kind::PercentChange)]
    );
}

#[test]
fn the_children_an_offender_targeted_are_the_cases_even_in_a_dated_sentence() {
    let lines = [
        "Between 2019 and 2021 Morley also targeted at least nine boys in the UK aged 12 to 14 on gaming sites.",
        "Across England and Wales, 8,210 such offences were recorded in 2022/23.",
    ];
    assert_eq!(values_headed("Coach jailed after targeting boys online", &lines), [(8210.0, Kind::Count)]);
    let lines = [
        "In 2020 she befriended 14 girls in the UK through a fan forum, the court heard.",
        "Nationally, 3,050 offences were recorded in 2020/21.",
    ];
    assert_eq!(values_headed("Woman jailed for grooming girls on forum", &lines), [(3050.0, Kind::Count)]);
}

#[test]
fn a_round_up_of_who_has_been_in_court_tells_its_cases_numbers_as_no_statistics() {
    let lines = [
        "The cases below were heard this week.",
        "Ryan Peel (31), of Quay Street, got a community order including 20 days of rehabilitation work.",
        "Suffolk Police recorded 2,304 thefts from shops in 2022/23.",
    ];
    assert_eq!(values_headed("COLCHESTER COURTS: Who has been in court this week", &lines), [(2304.0, Kind::Count)]);
    let lines = [
        "Kay Lamb (29), of Bell Road, was ordered to do 30 rehabilitation activity days.",
        "Norfolk Police logged 1,880 shop thefts in 2021/22.",
    ];
    assert_eq!(values_headed("Who's been in court in Thetford", &lines), [(1880.0, Kind::Count)]);
}
