//! Places named only as the source of figures the text set its own against.

use super::*;

#[test]
fn a_place_named_as_the_source_of_figures_compared_with_does_not_move_the_text() {
    let lines = [
        "Kent Police recorded 1,200 thefts in 2022/23, up from 900 in 2018/19.",
        "This paper checked its totals against statistics released by Essex Police.",
        "The 2022/23 total was 5% higher than 2021/22, when 1,143 thefts were recorded.",
    ];
    assert_eq!(place_of(&lines, 1143.0).as_deref(), Some("Kent Police"));
    let lines = [
        "Robberies recorded by Durham Constabulary rose from 310 in 2019/20 to 402 in 2023/24.",
        "We set those numbers against figures published by Cleveland Police.",
        "Of the 402, some 120 involved a weapon.",
    ];
    assert_eq!(place_of(&lines, 120.0).as_deref(), Some("Durham Constabulary"));
}
