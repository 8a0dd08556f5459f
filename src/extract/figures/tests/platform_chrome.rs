//! A page's platform chrome: the counters under a post (replies, reposts, likes, views), a
//! profile's follower counts, a message's reactions, item labels printed as keycap emoji, a
//! newsletter's footer, match scores and the readers a newsletter greets. None of them counts
//! offences.

use super::*;

#[test]
fn a_line_made_only_of_emoji_counters_under_a_post_gives_no_figure() {
    for line in ["💬 17   🔁 240   ♥ 305", "❤️ 44 · 💬 9 · 🔁 6", "👍 31  😮 4  😢 2", "(👍 8)", "♥ 16"]
    {
        let lines = ["Kent Police recorded 1,450 burglaries in 2022/23.", line];
        assert_eq!(values(&lines), [1450.0], "{line}");
    }
}

#[test]
fn a_line_made_only_of_named_platform_counters_gives_no_figure() {
    for line in [
        "Quote posts (12) · Reposts 2,410 · Likes 3,075",
        "3.4K reposts · 5.1K likes · 88K views",
        "6.2K followers · 415 following",
    ] {
        let lines = ["Kent Police recorded 1,450 burglaries in 2022/23.", line];
        assert_eq!(values(&lines), [1450.0], "{line}");
    }
}

#[test]
fn counters_beside_words_of_the_text_are_still_read() {
    // A line with a place and a value is a row of figures, not a post's counters.
    let found = brief(&["Thefts in 2022/23:", "🔴 Essex 812", "🟢 Suffolk 305"]);
    assert!(found.iter().any(|f| f.2 == 812.0 && f.3 == Kind::Count), "{found:?}");
}

#[test]
fn keycap_digits_numbering_items_are_no_figures() {
    let found = brief(&["3️⃣ BOOK SALE NEXT WEEK", "2️⃣ Swimming gala on Friday"]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn readers_or_members_counted_as_of_you_or_of_us_are_no_offences() {
    for line in [
        "A warm welcome to the 3,904 of you who now read this bulletin.",
        "About 45 of us turned up at the village hall on Monday.",
    ] {
        assert!(!counted(&[line], 3904.0) && !counted(&[line], 45.0), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_newsletters_footer_gives_no_figures() {
    let line = "Manage preferences · Unsubscribe © 2023 Acme Newsletters · 221 Harbour Rd Suite 40, Leeds LS1 4AB";
    assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{:?}", brief(&[line]));
}

#[test]
fn a_match_score_is_no_count() {
    for line in [
        "Rovers beat Town 4-1 at the weekend to stay top.",
        "Bristol City 2–2 Millwall on Saturday, with a late equaliser.",
    ] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

/// (place, period) of the figure of `value` in a text file's article.
fn text_place_period(text: &str, value: f64) -> Option<(Option<String>, Option<String>)> {
    text_brief(text).into_iter().find(|f| f.2 == value).map(|f| (f.0, f.1))
}

#[test]
fn a_posts_date_and_clock_time_is_no_time_the_list_under_it_is_about() {
    let text = "RIVERSIDE RUNNERS CLUB - monthly digest\n\
                Group: 240 members · Posted by Sam K (admin) · Tue 4 Jun 2024, 19:40\n\n\
                Some news from this month for everyone who missed the meeting.\n\n\
                The numbers the inspector shared with us:\n\
                • Kent Police recorded 3,120 burglaries in 2022/23\n\
                • That is up 7% on 2,915 the year before\n\
                • In Medway the figure was 410\n";
    assert_eq!(text_place_period(text, 7.0), Some((some("Kent Police"), some("2022/23"))));
    assert_eq!(text_place_period(text, 2915.0), Some((some("Kent Police"), some("2021/22"))));
    assert_eq!(text_place_period(text, 410.0), Some((some("Medway"), some("2022/23"))));
}

#[test]
fn a_count_in_brackets_after_messages_or_posts_is_no_figure() {
    for line in [
        "The group had loads of posts this week (286!) so here is a quick summary.",
        "So many comments today (57) that I've pinned the answers.",
    ] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_number_straight_after_a_bracketed_hash_numbers_an_issue() {
    for line in ["Coming up (#41, 9 May): parking fines by street.", "Last time [#40] we looked at potholes."] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_ranked_list_of_the_best_or_worst_counts_nothing() {
    for line in ["The 12 best bakeries in Devon, as voted by readers", "Our 7 worst roads for potholes this spring"] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn an_attendance_or_crowd_is_no_count_of_offences() {
    for line in ["Attendance at Ashton Gate was 18,240.", "The crowd at the final reached 41,300."] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn goods_sold_or_lost_and_people_taking_part_are_no_offences() {
    for line in [
        "We now hold 48 (!) umbrellas and 17 coats in the lost-and-found box.",
        "Volunteers sold 450 cupcakes and 212 runners finished the fun run.",
        "The council says the 14 and 27 buses will be diverted.",
    ] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn children_waiting_for_a_service_are_no_offences() {
    for line in ["In May we had 52 children waiting for counselling.", "There are 30 young people on our waiting list."]
    {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn an_average_age_given_after_a_label_is_no_count() {
    for line in ["Average age of the children in these cases: 12", "Median age of those targeted: 14"] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_change_ranked_among_the_steepest_in_a_region_keeps_its_forces_place() {
    let lines = [
        "Essex Police recorded 2,240 thefts in 2023/24.",
        "That was a 12% rise, one of the steepest across the East of England.",
    ];
    assert_eq!(place_of(&lines, 12.0), some("Essex Police"));
    let lines = [
        "Kent Police logged 905 robberies in 2023/24.",
        "It marks an 18% increase, among the sharpest in the South East.",
    ];
    assert_eq!(place_of(&lines, 18.0), some("Kent Police"));
}

#[test]
fn a_table_row_of_a_year_a_count_and_money_is_no_row_of_counters() {
    let found = brief(&["| 2019-20 | 2,715 | £6.2m |"]);
    assert!(found.iter().any(|f| f.2 == 2715.0), "{found:?}");
    let found = brief(&["2019-20 · 2,715 · €6.2m"]);
    assert!(found.iter().any(|f| f.2 == 2715.0), "{found:?}");
}

#[test]
fn a_season_last_year_dates_its_figure_to_no_financial_year() {
    for line in [
        "Last winter officers stopped 64 drug-drivers on the A30.",
        "This spring the force caught 120 speeding drivers near schools.",
    ] {
        let lines = ["Devon and Cornwall Police recorded 3,120 burglaries in 2022/23.", line];
        let found = brief(&lines);
        let seasonal = found.iter().find(|f| f.2 == 64.0 || f.2 == 120.0);
        assert!(seasonal.is_some_and(|f| f.1.is_none()), "{line}: {found:?}");
    }
}

#[test]
fn the_district_is_the_council_area_the_bulletin_last_gave_a_figure_for() {
    let lines = [
        "Police Scotland recorded 1,450 sexual offences against children in 2022/23.",
        "Burglaries in South Lanarkshire fell by 8% in the first half of this year.",
        "Officers also caught 52 drink-drivers in the district over the festive period.",
    ];
    assert_eq!(place_of(&lines, 52.0), some("South Lanarkshire"));
}

#[test]
fn it_is_with_a_bare_number_after_things_counted_counts_the_same_things() {
    for lines in [
        ["Last spring the project supported 30 families in Hull.", "Now it is 48."],
        ["The club had 120 volunteers when it opened.", "Today it's 210, she said."],
    ] {
        let found = brief(&lines);
        assert!(found.iter().all(|f| f.3 != Kind::Count), "{lines:?}: {found:?}");
    }
}

#[test]
fn one_described_case_that_can_or_could_do_something_is_a_general_case() {
    for line in [
        "One serious incident can distort a small force's total for years.",
        "One historic report could double the figure for a rural county.",
    ] {
        let lines = ["Rutland recorded 40 burglaries in 2022/23.", line];
        assert!(!counted(&lines, 1.0), "{line}: {:?}", brief(&lines));
    }
}

#[test]
fn numbers_in_reader_comments_under_the_story_are_no_figures() {
    let text = "Burglaries rise across Kent\n\n\
        Kent Police logged 4,210 burglaries during 2022/23, a 6% rise.\n\n\
        Officers said most break-ins happened at night.\n\n\
        HAVE YOUR SAY (38 comments)\n\n\
        Maidstone_Dave: My van was done twice, at 3 and again at 5 in the morning.\n\n\
        GardenGnome77: Shocking. My kids are 7 and 10 and scared stiff.\n";
    let found = text_brief(text);
    let values: Vec<f64> = found.iter().map(|f| f.2).collect();
    assert_eq!(values, [4210.0, 6.0], "{found:?}");
}

#[test]
fn a_reader_comment_printing_a_figure_again_adds_no_figure() {
    let text = "Shoplifting soars in Hull\n\n\
        Humberside Police logged 2,975 shoplifting offences in 2023/24.\n\n\
        READER COMMENTS\n\n\
        NorthBankNan: Only 2,975? I see that many on my street. Happened to me at 19.\n\n\
        Cottingham_Carl: Lock them up.\n";
    let found = text_brief(text);
    assert_eq!(found, [(some("Humberside Police"), some("2023/24"), 2975.0, Kind::Count)], "{found:?}");
}
