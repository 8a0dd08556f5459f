//! House numbers in postal addresses: no figures.

use super::*;

#[test]
fn a_house_number_before_a_street_ending_in_hill_way_or_grove_is_not_a_figure() {
    for line in [
        "Published by Jo Marsh on behalf of Sam Reid, both of 48 Castle Hill, Lancaster.",
        "The charity's new office is at 7 Orchard Way in Kendal.",
        "Write to the campaign at 3 Beech Grove, Ripon, before Friday.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count of things on a named hill counts them.
    assert_eq!(values(&["Kent Police recorded 40 Castle Hill burglaries in 2023/24."]), [40.0]);
}

#[test]
fn a_number_before_a_name_and_a_town_with_a_postcode_is_a_house_number() {
    for line in [
        "Printed by Fell Print, 21 Ribblesdale, Clitheroe BB7 2AA.",
        "Send comments to Dales Watch, 5 Millfold, Skipton BD23 1QP.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_house_number_before_a_street_name_is_not_a_figure() {
    for line in [
        "Letters to the editor: Kent Gazette, 27 Castle Street, Maidstone ME14 1AB.",
        "The Essex charity moved to 112 Station Road in 2021.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count of things on a high street counts them.
    assert_eq!(values(&["Kent Police recorded 40 High Street shops burgled in 2023/24."]), [40.0]);
}

#[test]
fn a_house_number_and_one_persons_relative_are_not_counts() {
    let v = values(&[
        "Detectives searched a flat at number 17 and a house number 3 in Mold.",
        "One girl's father told the court the family had moved away.",
    ]);
    assert!(v.is_empty(), "{v:?}");
    // A possessive before a noun of either list still says what is counted.
    let v = values(&["Cheshire Police recorded 210 children's cases and 40 children's homes in 2024/25."]);
    assert!(v.contains(&210.0), "{v:?}");
}
