//! A table laid out with spaces whose header takes several lines, or prints nothing over
//! its rows' labels, and whose rows' labels may open in lower case.

use super::*;

/// (value, period) of every figure of a text file's article.
fn dated(text: &str) -> Vec<(f64, Option<String>)> {
    text_brief(text).into_iter().map(|(_, period, value, _)| (value, period)).collect()
}

#[test]
fn a_header_printed_over_several_lines_is_one_row_over_the_columns() {
    let text = "Burglaries by force\n\n\
                Force                  2030/31   2031/32   % change   Patrol\n\
                \x20                                                  officers\n\
                \x20                                                  (FTE)\n\
                Dorset Police              410       451      +10.0        35\n\
                Wiltshire Police           220       198      -10.0        12\n";
    let found = text_brief(text);
    assert_eq!(
        found,
        [
            (some("Dorset Police"), some("2030/31"), 410.0, Kind::Count),
            (some("Dorset Police"), some("2031/32"), 451.0, Kind::Count),
            (some("Dorset Police"), some("2031/32"), 10.0, Kind::PercentChange),
            (some("Dorset Police"), some("2031/32"), 35.0, Kind::Other),
            (some("Wiltshire Police"), some("2030/31"), 220.0, Kind::Count),
            (some("Wiltshire Police"), some("2031/32"), 198.0, Kind::Count),
            (some("Wiltshire Police"), some("2031/32"), -10.0, Kind::PercentChange),
            (some("Wiltshire Police"), some("2031/32"), 12.0, Kind::Other),
        ]
    );
    // Years printed under the words of their columns, over no label.
    let text = "Thefts in Kent\n\n\
                \x20                   YE Mar    YE Mar    YE Mar\n\
                \x20                     2029      2030      2031\n\
                Thefts from shops     1,200     1,350     1,410\n\
                Thefts of bicycles      640       610       590\n";
    assert_eq!(
        dated(text),
        [
            (1200.0, some("2028/29")),
            (1350.0, some("2029/30")),
            (1410.0, some("2030/31")),
            (640.0, some("2028/29")),
            (610.0, some("2029/30")),
            (590.0, some("2030/31")),
        ]
    );
}

#[test]
fn a_header_over_the_values_alone_leaves_the_labels_a_column_of_their_own() {
    let text = "Robberies recorded by Cumbria Constabulary\n\n\
                \x20                         2028/29   2029/30   2030/31\n\
                Robberies                     310       295       330\n\
                \x20 of which: armed              41        38        52\n";
    assert_eq!(
        dated(text),
        [
            (310.0, some("2028/29")),
            (295.0, some("2029/30")),
            (330.0, some("2030/31")),
            (41.0, some("2028/29")),
            (38.0, some("2029/30")),
            (52.0, some("2030/31")),
        ]
    );
    let text = "Arson in Essex, by year\n\n\
                \x20                     2026/27   2027/28\n\
                All arson                  88        97\n\
                \x20 of which vehicles          30        n/a\n";
    assert_eq!(dated(text), [(88.0, some("2026/27")), (97.0, some("2027/28")), (30.0, some("2026/27"))]);
}
