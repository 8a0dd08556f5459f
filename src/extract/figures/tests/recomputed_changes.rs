//! Percent changes recomputed from the two values they run between, beside them or a
//! sentence away.

use super::*;

#[test]
fn a_change_beside_its_two_values_is_recomputed() {
    let found = figures(&["Kent recorded 245 offences in 2016/17, up from 85 the year before, a rise of 188.2%."]);
    let check = found.iter().find_map(|f| f.check);
    assert_eq!(check.map(|c| (c.from, c.to, c.computed, c.consistent)), Some((85.0, 245.0, 188.2, true)));
    let found = figures(&["Kent logged 540 offences in 2017/18, up 31% from 420 in 2016/17."]);
    let check = found.iter().find_map(|f| f.check);
    assert_eq!(check.map(|c| (c.computed, c.consistent)), Some((28.6, false)));
    let found = figures(&["Essex crimes climbed from 1,210 in 2016/17 to 1,279 in 2017/18 - a rise of almost 6%."]);
    assert_eq!(found.iter().find_map(|f| f.check).map(|c| c.consistent), Some(true));
    let found = figures(&["Kent saw an eight per cent fall - from 512 in 2018/19 to 470 in 2019/20."]);
    assert_eq!(found.iter().find_map(|f| f.check).map(|c| (c.computed, c.consistent)), Some((-8.2, true)));
}

#[test]
fn a_change_a_sentence_away_from_its_values_is_recomputed() {
    let lines =
        ["Durham recorded 655 offences in 2017/18, down from 702 the previous year.", "That is a decrease of 6.7%."];
    let check = figures(&lines).iter().find_map(|f| f.check);
    assert_eq!(check.map(|c| (c.from, c.to, c.computed, c.consistent)), Some((702.0, 655.0, -6.7, true)));
    let lines =
        ["Kent offences rose by 50 per cent in the last year.", "They climbed from 120 in 2013-14 to 180 in 2014-15."];
    let check = figures(&lines).iter().find_map(|f| f.check);
    assert_eq!(check.map(|c| (c.from, c.to, c.consistent)), Some((120.0, 180.0, true)));
    // A rounded restatement is not a second value to compare with.
    let lines = [
        "Kent logged 12,184 crimes in 2019/20, topping 12,000 for the first time.",
        "That is up 16% on the previous year.",
    ];
    assert_eq!(figures(&lines).iter().find_map(|f| f.check), None);
}
