//! A report quoted directly ("The report concludes: “…”") speaks with its author's words:
//! the committee, commission or inquiry the text named.

use super::*;

#[test]
fn a_reports_conclusion_quoted_is_the_committees_that_wrote_it() {
    let q = said(&[
        "The Transport Select Committee says rural bus routes have halved since 2010.",
        "The report concludes: \"Villages have been cut off. Ministers must act this year.\"",
    ]);
    assert_eq!(
        q,
        pairs(&[("Transport Select Committee", "Villages have been cut off. Ministers must act this year.")])
    );
}

#[test]
fn a_report_quoted_with_no_committee_named_has_no_speaker() {
    let q = said(&[
        "Bus routes in the county have halved since 2010.",
        "The report concludes: \"Villages have been cut off.\"",
    ]);
    assert_eq!(q, pairs(NONE));
}
