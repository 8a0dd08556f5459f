//! What a number counts when its own noun is not printed: the things counted a sentence
//! before, the count it is a part of or compared with, and the subject of a change.

use super::*;

#[test]
fn a_part_or_total_of_other_things_counted_a_sentence_before_counts_them_too() {
    let lines = [
        "Officers in Essex carried out 2,950 stop and searches in 2023/24.",
        "Knives were found in 310 of them.",
        "The total was down from 3,400 the year before.",
    ];
    let found = brief(&lines);
    assert!(found.len() == 3 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let lines = [
        "Officers in Essex carried out 2,950 stop and searches in 2023/24.",
        "Knives were found in 310 of them, and the total was down from 3,400 the year before.",
    ];
    let found = brief(&lines);
    assert!(found.len() == 3 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let line = "Essex officers made 2,950 searches in 2023/24, of which 41 found a weapon.";
    let found = brief(&[line]);
    assert!(found.len() == 2 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    // After a count of offences, the part and the total are offences too.
    let lines = [
        "Essex Police recorded 2,950 knife offences in 2023/24.",
        "Children were hurt in 310 of them.",
        "The total was down from 3,400 the year before.",
    ];
    assert!(brief(&lines).iter().all(|f| f.3 == Kind::Count), "{:?}", brief(&lines));
    let lines = ["Officers in Essex made 1,900 arrests in 2023/24.", "Of them, 340 were for robbery."];
    assert!(brief(&lines).iter().all(|f| f.3 == Kind::Other), "{:?}", brief(&lines));
    // Nor after a sentence about offences in between.
    let lines = [
        "Officers in Essex carried out 2,950 stop and searches in 2023/24.",
        "Burglary, meanwhile, is rising across the county.",
        "The total was 8,100 in 2023/24.",
    ];
    assert!(brief(&lines).iter().any(|f| f.2 == 8100.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
    // Those the sentence picks out anew are no part of the things counted before.
    let lines = ["Essex officers carried out 1,400 breath tests.", "Eleven of those arrested were under 21."];
    assert!(brief(&lines).iter().any(|f| f.2 == 11.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
    // A part of an offence count of its own sentence stays a count.
    let lines = ["Essex officers made 640 arrests in 2023/24.", "The force logged 900 thefts, 200 of them from cars."];
    let found = brief(&lines);
    assert!(found.iter().filter(|f| f.2 != 640.0).all(|f| f.3 == Kind::Count), "{found:?}");
}

#[test]
fn a_number_the_things_counted_before_are_compared_with_counts_them_too() {
    for lines in [
        [
            "Surrey had 2,310 special constables at the end of March 2024.",
            "That compares with 2,870 in March 2016, when recruitment was paused.",
        ],
        ["There were 880 firearms officers in Kent last year.", "This compares to 1,020 in 2015, before the review."],
    ] {
        let found = brief(&lines);
        assert!(found.len() == 2 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    }
    // After a count of offences, what it is compared with is offences too.
    let lines = ["Surrey Police recorded 2,310 burglaries in 2023/24.", "That compares with 2,870 in 2015/16."];
    assert!(brief(&lines).iter().all(|f| f.3 == Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn the_total_after_offences_named_since_the_things_counted_totals_offences() {
    // A sentence naming offences by no measure word leaves the searches behind.
    let lines = [
        "Patrols in Dorset stopped 1,760 vehicles last year.",
        "Violence against the person is climbing in the county.",
        "The figure reached 12,300 in 2023/24, the force said.",
    ];
    assert!(brief(&lines).iter().any(|f| f.2 == 12300.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
    // So does a sentence whose own subject, before its total, is offences.
    let lines = [
        "Patrols in Dorset stopped 1,760 vehicles last year.",
        "Reported crimes went up 6% in the same months; the total was 47,000.",
    ];
    assert!(brief(&lines).iter().any(|f| f.2 == 47000.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn a_number_told_against_a_count_of_other_things_counts_them_too() {
    let line = "The Hampshire helpline ran 2,400 support sessions in 2022/23, 310 of them with boys.";
    let found = brief(&[line]);
    assert!(found.len() == 2 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let line = "Youth workers funded by the Hampshire commissioner: 23 (2022/23: 17)";
    let found = brief(&[line]);
    assert!(found.len() == 2 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let line = "Hampshire recorded 1,900 offences in 2022/23, 410 of them online.";
    assert!(brief(&[line]).iter().all(|f| f.3 == Kind::Count));
}

#[test]
fn a_part_of_a_count_that_involved_something_is_still_a_count() {
    let line = "Of the 180 online offences in Gwent, 21 involved what detectives describe as blackmail.";
    assert!(brief(&[line]).iter().all(|f| f.3 == Kind::Count), "{:?}", brief(&[line]));
}

#[test]
fn a_part_of_what_an_opening_of_the_names_counts_that_even_past_a_verb() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "Of the assaults in Dorset, 318 left the officer needing hospital treatment.";
    assert_eq!(kinds(line), [(318.0, Kind::Count)]);
    let line = "Of the Dorset referrals in 2023/24, 140 concerned people trafficked for work.";
    assert_eq!(kinds(line), [(140.0, Kind::Count)]);
    let line = "Of the 400 arrests in Dorset, 120 involved children.";
    assert_eq!(kinds(line), [(400.0, Kind::Other), (120.0, Kind::Other)]);
    let line = "Of the 2,000 calls in Dorset, 300 led to an arrest.";
    assert_eq!(kinds(line), [(2000.0, Kind::Other), (300.0, Kind::Other)]);
    // A noun of its own after the number still says what it counts.
    let line = "Of the 400 offences in Dorset, 120 officers were assaulted.";
    assert_eq!(kinds(line), [(400.0, Kind::Count), (120.0, Kind::Other)]);
}

#[test]
fn a_child_or_a_possessive_describes_the_noun_that_is_counted() {
    for line in [
        "Surrey Police now runs 7 child protection teams.",
        "There are 30 children's homes in Surrey.",
        "Surrey Police has 11 child exploitation officers.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    assert_eq!(brief(&["Surrey logged 75 child sexual offences."])[0].3, Kind::Count);
    assert_eq!(brief(&["Surrey logged 75 child victims' cases."])[0].3, Kind::Count);
}

#[test]
fn a_part_named_after_including_counts_what_the_number_before_counts() {
    let found = brief(&[
        "During the operation Norfolk officers arrested 38 suspects, including 6 teenagers, and protected 25 people, among them 9 children.",
    ]);
    assert!(found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    // After a count of offences, a part is still offences.
    let found = brief(&["Norfolk Police recorded 1,120 offences in 2024/25, including 310 offences against children."]);
    assert!(found.iter().filter(|f| f.3 == Kind::Count).count() == 2, "{found:?}");
}

#[test]
fn a_part_of_offences_told_as_of_them_counts_offences_whatever_it_involved() {
    let line = "Norfolk Police recorded 930 incidents in 2024/25, 45 of them involving weapons.";
    assert_eq!(brief(&[line]).iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Count, Kind::Count]);
    // A part of people still counts people.
    let line = "Norfolk officers arrested 300 people in 2024/25, 45 of them carrying weapons.";
    assert!(brief(&[line]).iter().all(|f| f.3 == Kind::Other), "{:?}", brief(&[line]));
}

#[test]
fn a_part_of_offences_that_had_more_of_something_is_still_a_count() {
    let lines =
        ["Lancashire Police recorded 9,400 stalking offences.", "Of those offences, 3,000 had more than one victim."];
    assert_eq!(values(&lines), [9400.0, 3000.0], "{:?}", brief(&lines));
}

#[test]
fn the_value_a_comparison_starts_from_counts_what_the_count_before_it_counts() {
    let line = "Cheshire Police arrested 180 drivers over the month, compared with 150 a year before.";
    assert_eq!(kinds_of(line), [(180.0, Kind::Other), (150.0, Kind::Other)]);
    let line = "Officers in Crewe made 60 arrests, down 10% from 66 in the previous operation.";
    assert_eq!(kinds_of(line), [(60.0, Kind::Other), (-10.0, Kind::PercentChange), (66.0, Kind::Other)]);
    // After a count of offences it stays a count.
    let line = "Cheshire recorded 600 burglaries in 2024/25, compared with 550 the year before.";
    assert_eq!(kinds_of(line), [(600.0, Kind::Count), (550.0, Kind::Count)]);
}

#[test]
fn what_the_subject_of_a_change_counts_says_what_its_value_counts() {
    let line = "Hospital admissions for stab wounds in Kent fell to 180 last year, from 220 in 2022/23.";
    assert_eq!(kinds_of(line), [(180.0, Kind::Other), (220.0, Kind::Other)]);
    let line = "The force said that arrests for shoplifting in Kent have risen to 900.";
    assert_eq!(kinds_of(line), [(900.0, Kind::Other)]);
    // A subject that counts offences, or says nothing, leaves a count.
    let line = "Burglaries in Kent fell to 1,800 last year, from 2,000 in 2022/23.";
    assert_eq!(kinds_of(line), [(1800.0, Kind::Count), (2000.0, Kind::Count)]);
    let line = "In Kent, reports of fraud rose from 800 to 950 in 2023/24.";
    assert_eq!(kinds_of(line), [(800.0, Kind::Count), (950.0, Kind::Count)]);
    let line = "The figure for Kent rose to 640 in 2023/24.";
    assert_eq!(kinds_of(line), [(640.0, Kind::Count)]);
    let line = "Women killed by a partner in Kent rose to 14 in 2023/24.";
    assert_eq!(kinds_of(line), [(14.0, Kind::Count)]);
}

#[test]
fn an_and_inside_what_offences_were_of_leaves_the_offences_the_subject() {
    let line = "In Kent, thefts of tractors and farm vehicles rose from 52 to 61 in 2023/24.";
    assert_eq!(kinds_of(line), [(52.0, Kind::Count), (61.0, Kind::Count)]);
    let line = "Burglaries fell, and reports of stalking and harassment in Kent rose to 300.";
    assert_eq!(kinds_of(line), [(300.0, Kind::Count)]);
    // An "and" opening a clause of its own still starts the subject there.
    let line = "Thefts of tractors in Kent fell, and officers on the rural team rose to 14.";
    assert_eq!(kinds_of(line), [(14.0, Kind::Other)]);
    // Nor is the verb closing the first clause part of what the offences were of.
    let line = "Thefts of garden tools dropped and volunteers at the station rose from 18 to 25.";
    assert_eq!(kinds_of(line), [(18.0, Kind::Other), (25.0, Kind::Other)]);
    let line = "Reports of fly-tipping went up sharply and patrols by the rural unit climbed to 40.";
    assert_eq!(kinds_of(line), [(40.0, Kind::Other)]);
    // Nor are things that are not offences, after the "and", among what they were of.
    let line = "Thefts of bicycles in Cambridge and staff in the city team rose to 12.";
    assert_eq!(kinds_of(line), [(12.0, Kind::Other)]);
}

#[test]
fn an_aside_between_dashes_before_a_change_is_not_its_subject() {
    let line = "In Kent the number of first-time entrants - teenagers given a first caution - fell, from 70 to 52.";
    assert_eq!(kinds_of(line), [(70.0, Kind::Count), (52.0, Kind::Count)]);
    let line = "In Kent, patrols - officers on foot - rose, from 30 to 45.";
    assert_eq!(kinds_of(line), [(30.0, Kind::Other), (45.0, Kind::Other)]);
}
