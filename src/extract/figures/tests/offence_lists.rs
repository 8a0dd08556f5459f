//! A subject naming offences of a list of acts ("Offences of making, sharing or possessing
//! images rose from …"): the commas of the list join what the offences were of, and the
//! offences are what the change counts.

use super::*;

#[test]
fn offences_of_a_listed_acts_subject_are_what_a_change_counts() {
    let lines = [
        "Crimes of buying, selling or carrying zombie knives in Gwent rose from 84 to 131 between 2019/20 and 2023/24.",
    ];
    assert_eq!(
        brief(&lines).iter().map(|(_, _, v, k)| (*v, *k)).collect::<Vec<_>>(),
        [(84.0, Kind::Count), (131.0, Kind::Count)]
    );
    for line in [
        "Offences of filming, sharing or possessing intimate images in Fife fell from 412 to 390 in 2022-23.",
        "Reports of selling, supplying and importing firearms in Kent rose from 61 to 75 in 2023/24.",
    ] {
        assert!(brief(&[line]).iter().all(|(_, _, _, k)| *k == Kind::Count), "{:?}", brief(&[line]));
    }
    // A clause of its own after the comma is still a subject of its own.
    let lines = ["Thefts of cars fell, but officers in the unit rose from 40 to 52 in 2023/24."];
    assert!(brief(&lines).iter().all(|(_, _, _, k)| *k != Kind::Count), "{:?}", brief(&lines));
}
