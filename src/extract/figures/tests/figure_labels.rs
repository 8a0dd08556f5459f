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
