//! Parts of a total the text gave before, named again by its value ("Of those 2,310 …").

use super::*;

#[test]
fn a_part_of_a_total_named_by_its_value_is_for_that_totals_year() {
    let lines = [
        "Cumbria Police recorded 2,310 burglaries in 2022/23. In 2012/13 it had logged 1,720.",
        "Of those 2,310 burglaries, 415 were of sheds, up from 390 the year before.",
    ];
    assert_eq!(period_of(&lines, 415.0), some("2022/23"));
    assert_eq!(period_of(&lines, 390.0), some("2021/22"));
    let lines = [
        "In 2019/20 Dorset logged 980 thefts of bikes, against 700 in 2015/16.",
        "Of the 980 thefts, 212 happened at stations.",
    ];
    assert_eq!(period_of(&lines, 212.0), some("2019/20"));
}

#[test]
fn after_a_part_of_an_earlier_total_the_text_goes_back_to_its_own_year() {
    let lines = [
        "Kent Police logged 1,900 frauds in 2023/24. In 2019/20 it had logged 1,150.",
        "Of those 1,150 frauds, 240 were online. Essex Police recorded 760 frauds.",
    ];
    assert_eq!(period_of(&lines, 240.0), some("2019/20"));
    assert_eq!(period_of(&lines, 760.0), some("2023/24"));
    let lines = [
        "Surrey saw 640 robberies in 2022/23, compared with 420 in 2017/18.",
        "Of the 420 robberies, 80 involved knives.",
        "Sussex saw 510 robberies.",
    ];
    assert_eq!(period_of(&lines, 80.0), some("2017/18"));
    assert_eq!(period_of(&lines, 510.0), some("2022/23"));
}

#[test]
fn the_value_a_part_is_compared_with_counts_what_the_part_counts() {
    let lines = [
        "Child sexual offences logged by Essex Police reached 2,040 in 2022/23.",
        "Of those 2,040 offences, 388 took place online, against 301 a year earlier.",
    ];
    assert_eq!(measures(&lines), [(2040.0, Measure::All), (388.0, Measure::Online), (301.0, Measure::Online)]);
    let lines = [
        "In 2020/21 Kent logged 1,310 sexual offences against children.",
        "Of the 1,310 crimes, 270 took place online, compared with 190 in 2019/20.",
    ];
    assert_eq!(measures(&lines)[2], (190.0, Measure::Online));
}
