//! The number of a labelled part of a report ("Figure B.1", "Quarter 2") is no figure.

use super::*;

#[test]
fn a_figure_or_a_quarter_numbered_in_a_report_is_no_figure() {
    for line in [
        "Figure B.2: Thefts recorded by Gwent Police, 2028/29 to 2030/31",
        "Figure 4: Robberies in Surrey, 2030/31",
        "QUARTER 3 2030/31 PERFORMANCE REPORT",
        "Annex C.1 sets out the burglaries recorded by Kent Police in 2029/30.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    assert_eq!(values(&["In Quarter 2 itself, 412 burglaries were recorded by Kent Police."]), [412.0]);
}

#[test]
fn a_court_room_numbered_in_a_court_report_is_no_figure() {
    for line in [
        "Court 6 heard that the van was stopped on the A38 in Kent.",
        "Sentencing her in Courtroom 2, the judge in Kent said the harm was lasting.",
        "The case was moved to COURT 11 at Canterbury, Kent.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // A count of cases a court heard is still one.
    assert_eq!(values(&["Kent Police recorded 412 burglaries in 2022/23."]), [412.0]);
}

#[test]
fn how_many_parts_there_are_after_a_numbered_part_is_no_figure() {
    for line in [
        "CHAPTER 2 OF 9: KENT POLICE -- BURGLARIES",
        "Page 3 of 12 of the Kent Police report.",
        "Episode 4 of 6: thefts in Kent",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // A part of a count ("312 of 900 burglaries") is still a figure.
    assert!(values(&["Kent Police solved 312 of 900 burglaries in 2022/23."]).contains(&900.0));
}

#[test]
fn the_number_of_a_programme_segment_is_no_figure() {
    let lines = ["In segment 2, Kent Police burglaries are discussed. Kent Police recorded 412 burglaries in 2022/23."];
    assert_eq!(values(&lines), [412.0]);
}

#[test]
fn how_many_segments_or_instalments_a_programme_has_is_no_figure() {
    for line in [
        "Broadcast transcript: Friday 3 March 2017, 7pm-8pm (segment 3 of 5). Kent Police burglaries.",
        "Instalment 2 of 3: thefts in Kent",
        "Series 2 of 5 looks at Kent Police and burglary.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}
