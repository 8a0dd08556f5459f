//! A range across places ("ranged from 41 in Warwickshire to 2,140 in the Met"): each end is
//! the place printed with it, and both are the same year; a range is no change over time.

use super::*;

#[test]
fn each_end_of_a_range_across_places_takes_its_own_place() {
    let first = ["In 2022/23, recorded burglaries ranged from 35 in Dorset to 1,900 in the Met."];
    assert_eq!(place_of(&first, 35.0), some("Dorset Police"));
    assert_eq!(place_of(&first, 1900.0), some("Metropolitan Police"));
    let second = ["Arrest rates varied from 0.8 per 1,000 people in Cumbria to 2.6 in Merseyside."];
    assert_eq!(place_of(&second, 0.8), some("Cumbria Constabulary"));
    assert_eq!(place_of(&second, 2.6), some("Merseyside Police"));
}

#[test]
fn both_ends_of_a_range_across_places_are_the_same_year() {
    let first = ["Kent recorded 500 thefts in 2023/24.", "The totals ranged from 14 in Gwent to 260 in Essex."];
    assert_eq!(period_of(&first, 14.0), some("2023/24"));
    assert_eq!(period_of(&first, 260.0), some("2023/24"));
    let second = ["Essex logged 70 robberies in 2021/22.", "Counts varied from 9 in Suffolk to 88 in Norfolk."];
    assert_eq!(period_of(&second, 9.0), some("2021/22"));
    assert_eq!(period_of(&second, 88.0), some("2021/22"));
}
