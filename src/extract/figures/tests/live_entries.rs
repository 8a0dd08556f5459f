//! What a live blog's entry inherits: its own first line's place and year, else the story's
//! lead's, never the entry before's.

use super::*;

/// (place, period, value) of every figure of a text file's article.
fn placed(text: &str) -> Vec<(Option<String>, Option<String>, f64)> {
    text_brief(text).into_iter().map(|(place, period, value, _)| (place, period, value)).collect()
}

#[test]
fn a_live_blog_entry_naming_no_place_or_year_goes_back_to_the_lead() {
    let text = "Grooming crimes climb in Lancashire\n\n\
        Lancashire Police recorded 640 grooming offences in 2022/23, figures show.\n\n\
        10:15 - Cumbria Police said it logged 120 grooming offences in 2024/25.\n\n\
        11:30 - A spokesperson said 58 arrests had been made.\n";
    assert_eq!(
        placed(text),
        [
            (some("Lancashire Constabulary"), some("2022/23"), 640.0),
            (some("Cumbria Constabulary"), some("2024/25"), 120.0),
            (some("Lancashire Constabulary"), some("2022/23"), 58.0),
        ]
    );
    let text = "LIVE: Abuse figures published\n\n\
        Police in Kent recorded 1,240 sexual offences against children in 2022/23, according to data out on Monday.\n\n\
        14:32 - Essex figures out\n\n\
        Essex Police recorded 210 such offences in 2023/24.\n\n\
        15:10\n\n\
        The force said 95 of them involved online contact.\n";
    assert_eq!(
        placed(text),
        [
            (some("Kent Police"), some("2022/23"), 1240.0),
            (some("Essex Police"), some("2023/24"), 210.0),
            (some("Kent Police"), some("2022/23"), 95.0),
        ]
    );
}

#[test]
fn a_live_blog_entry_goes_on_with_the_place_its_own_first_line_names() {
    let text = "Live: Burglary figures\n\n\
        Surrey Police recorded 3,100 burglaries in 2023/24.\n\n\
        9.40am - Sussex Police publishes its figures\n\n\
        The force recorded 2,870 burglaries in 2023/24.\n\n\
        10.05am - Hampshire responds\n\n\
        Officers logged 4,020 burglaries over the same year.\n";
    assert_eq!(
        placed(text),
        [
            (some("Surrey Police"), some("2023/24"), 3100.0),
            (some("Sussex Police"), some("2023/24"), 2870.0),
            (some("Hampshire Constabulary"), some("2023/24"), 4020.0),
        ]
    );
}

#[test]
fn a_force_named_in_the_last_key_point_does_not_become_the_place_of_the_entries() {
    let text = "LIVE: Burglary figures for England and Wales as thefts climb\n\n\
        Key points\n\
        • Burglaries reached 210,400 in the twelve months ending March 2024\n\
        • Essex Police has the lowest burglary rate in the East\n\n\
        14:10\n\
        Robbery\n\
        Robberies logged by police dropped 5% to 61,200 over the year ending March 2024, say the statisticians.\n\n\
        12:00\n\
        Hello and welcome, we will be following the release all day.\n";
    let found = placed(text);
    assert!(found.contains(&(some("national"), some("2023/24"), 61200.0)), "{found:?}");
    assert!(found.contains(&(some("national"), some("2023/24"), -5.0)), "{found:?}");
}
