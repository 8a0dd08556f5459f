//! Places named only as the patch of someone's office, in a sentence with no figure: the
//! text stays where it was.

use super::*;

fn vandalism_after(office: &str) -> Option<String> {
    let lines = [
        "Greater Manchester Police recorded 880 knife offences in 2022/23.",
        "Knife crime in Wigan is falling, the council says.",
        office,
        "In those months vandalism reports dropped 6% to 1,204.",
    ];
    place_of(&lines, 1204.0)
}

#[test]
fn a_mayors_patch_named_without_figures_does_not_move_the_place() {
    for office in [
        "Greater Manchester's Mayor has called knife crime the issue residents raise most.",
        "The Mayor of Greater Manchester has called knife crime the issue residents raise most.",
    ] {
        assert_eq!(vandalism_after(office), some("Wigan"), "{office}");
    }
    // A force's own officer speaks for the force, whose figures may follow.
    let office = "Greater Manchester Police's head of crime has called knife crime a priority.";
    assert_eq!(vandalism_after(office), some("Greater Manchester Police"));
}
