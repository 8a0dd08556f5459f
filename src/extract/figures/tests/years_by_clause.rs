//! Which number a year belongs to when clauses, semicolons, dashes, brackets, asides or
//! "when" clauses stand between them, and times that date something other than the figures.

use super::*;

#[test]
fn a_relative_year_after_a_semicolon_belongs_to_the_next_clause_not_the_number_before_it() {
    let cases: &[(&str, f64, &str)] = &[
        (
            "During 2017/18, Avon and Somerset Police dealt with 350 cases; a year later it dealt with 420.",
            350.0,
            "2017/18",
        ),
        (
            "During 2017/18, Avon and Somerset Police dealt with 350 cases; a year later it dealt with 420.",
            420.0,
            "2018/19",
        ),
        ("For 2019/20 Gwent logged 96 crimes; the following year, 131.", 96.0, "2019/20"),
        ("For 2019/20 Gwent logged 96 crimes; the following year, 131.", 131.0, "2020/21"),
        // Within one clause the phrase after a number is still its own.
        ("Suffolk logged 12 offences in 2011/12 and 19 the following year.", 19.0, "2012/13"),
    ];
    for &(line, value, want) in cases {
        assert_eq!(period_of(&[line], value), some(want), "{line}");
    }
}

#[test]
fn a_year_past_a_new_clause_belongs_to_the_number_after_it() {
    let lines = [
        "Essex Police logged 3,046 offences against under-18s in 2021/22.",
        "The previous year it recorded 2,811, and five years earlier, in 2016/17, just 1,906.",
    ];
    assert_eq!(period_of(&lines, 2811.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&lines, 1906.0).as_deref(), Some("2016/17"));
    // Looking back does not change the year the text is about.
    let mut more = lines.to_vec();
    more.push("Of the 3,046, some 612 had an online element.");
    assert_eq!(period_of(&more, 612.0).as_deref(), Some("2021/22"));
    assert_eq!(figures(&more).iter().filter(|f| f.value == 3046.0).count(), 1);
    // A sentence about an earlier year with no looking back does.
    let lines = [
        "Kent Police recorded 300 offences in 2021/22.",
        "In 2016/17, the force recorded 100.",
        "Of these, 20 were online.",
    ];
    assert_eq!(period_of(&lines, 20.0).as_deref(), Some("2016/17"));
}

/// A year an aside between dashes ties to the figures ("- released today for the year to
/// March 2023 -", "- the council's data for 2021/22 shows -") is the figures' year; a year
/// in a relative clause there is another event's.
#[test]
fn a_year_an_aside_between_dashes_gives_the_figures_dates_them() {
    let lines =
        ["Statistics - released today for the year to March 2023 - show 2,870 thefts were recorded by Kent Police."];
    assert_eq!(period_of(&lines, 2870.0).as_deref(), Some("2022/23"));
    let lines = ["Arson attacks reported to Dorset Police - the council's data for 2021/22 shows - reached 1,140."];
    assert_eq!(period_of(&lines, 1140.0).as_deref(), Some("2021/22"));
    let lines = ["Cycle thefts in Oxford - which peaked in 2019/20 - fell by 6% to 1,450."];
    assert_eq!(period_of(&lines, 1450.0), None);
}

#[test]
fn a_time_in_an_aside_between_dashes_is_not_the_year_of_the_number_after_it() {
    let lines = [
        "Suffolk Police recorded 880 rural crimes in 2021/22.",
        "Thefts of tractors fell to 40, while poaching - usually worst between October and February - fell by 9% to 210.",
    ];
    assert_eq!(period_of(&lines, 210.0).as_deref(), Some("2021/22"));
    let lines = [
        "Norfolk Constabulary recorded 1,430 burglaries in 2022/23.",
        "Garden thefts - which peak from May to August - rose to 260.",
    ];
    assert_eq!(period_of(&lines, 260.0).as_deref(), Some("2022/23"));
    // An aside that is only the time still dates the number.
    let lines = [
        "Norfolk Constabulary recorded 1,430 burglaries in 2022/23.",
        "Garden thefts - from May to August - rose to 260.",
    ];
    assert_eq!(period_of(&lines, 260.0), None);
}

#[test]
fn a_when_clause_takes_the_year_it_goes_back_to() {
    let lines = [
        "North Yorkshire Police recorded 1,130 sexual offences against children in the year to March 2023.",
        "That is an increase of 86 on the previous year, and of more than 40 per cent since 2013/14, when 798 were recorded.",
    ];
    let b = brief(&lines);
    assert!(b.contains(&(some("North Yorkshire Police"), some("2022/23"), 40.0, Kind::PercentChange)), "{b:?}");
    assert!(b.contains(&(some("North Yorkshire Police"), some("2013/14"), 798.0, Kind::Count)), "{b:?}");
}

#[test]
fn a_year_labelling_a_bracketed_number_is_that_numbers() {
    let lines = [
        "Hertfordshire Constabulary dealt with 340 online offences during 2020/21.",
        "Bedfordshire Police recorded 165 (2019/20: 140), and Cambridgeshire Constabulary 290 (2019/20: 301).",
    ];
    assert_eq!(period_of(&lines, 165.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&lines, 140.0).as_deref(), Some("2019/20"));
    assert_eq!(period_of(&lines, 290.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&lines, 301.0).as_deref(), Some("2019/20"));
}

#[test]
fn a_relative_year_closing_one_clause_is_not_the_year_of_the_next() {
    let line = "Essex recorded 410 online offences in 2020/21, up from 380 the year before, while its total for all child sexual offences rose to 2,950.";
    assert_eq!(period_of(&[line], 380.0), some("2019/20"));
    assert_eq!(period_of(&[line], 2950.0), some("2020/21"));
}

#[test]
fn a_relative_year_closing_a_clause_before_a_dash_and_but_is_not_the_year_of_the_next() {
    let lines = [
        "Forces in England recorded 3,200 thefts of bicycles in 2022/23.",
        "Avon and Somerset Police logged 1,210 thefts, up 6 per cent on the year before \u{2013} but Dorset Police recorded 640.",
        "Wiltshire Police logged 530 thefts, down 3 per cent on the previous year - but Devon and Cornwall Police saw 880.",
    ];
    assert_eq!(period_of(&lines, 640.0), some("2022/23"));
    assert_eq!(period_of(&lines, 880.0), some("2022/23"));
    assert_eq!(period_of(&lines, 1210.0), some("2022/23"));
}

#[test]
fn a_dash_opening_an_aside_closed_by_a_second_dash_is_no_new_clause() {
    let lines = [
        "Forces in the south recorded 9,400 burglaries in 2022/23.",
        "Kent Police recorded 415 burglaries \u{2013} but only in 2021/22 \u{2013} while Essex Police saw 385.",
        "Sussex Police recorded 520 robberies \u{2013} though only in 2020/21 \u{2013} against 300 in Surrey.",
        "Thames Valley Police recorded 410 thefts \u{2013} and that was in 2019/20 alone \u{2013} while Essex Police saw 380.",
        "In 2022/23 Hampshire Police recorded 700 thefts; the year before \u{2013} and this was the peak \u{2013} it recorded 910.",
    ];
    assert_eq!(period_of(&lines, 415.0), some("2021/22"));
    assert_eq!(period_of(&lines, 520.0), some("2020/21"));
    assert_eq!(period_of(&lines, 410.0), some("2019/20"));
    assert_eq!(period_of(&lines, 910.0), some("2021/22"));
}

#[test]
fn a_relative_year_after_a_starting_value_is_not_the_year_of_the_places_listed_after_it() {
    // "up from 640 the year before" dates 640 alone: the places listed after it, each with a
    // count and no year of its own, are for the year the text is about, however long the list.
    let line = "Across the South East, Kent Police recorded 720 thefts in 2021/22, up from 640 the year before, \
                Sussex Police 410, Surrey Police 350 and Thames Valley Police just 95, down 8 per cent; in the \
                West, Avon and Somerset Police logged 530, Dorset Police 170 and Wiltshire Police 140.";
    assert_eq!(period_of(&[line], 640.0), some("2020/21"));
    for value in [410.0, 350.0, 95.0, 530.0, 170.0, 140.0] {
        assert_eq!(period_of(&[line], value), some("2021/22"), "{value}");
    }
}

#[test]
fn a_year_a_comparison_before_a_new_clause_ends_on_is_not_the_year_of_the_next() {
    let lines = [
        "Forces in the region recorded 3,000 offences in 2022/23.",
        "Essex Police recorded 900, up 4% on the 865 logged in 2021/22, while Kent Police saw 1,100 offences compared with 1,150 the year before.",
    ];
    assert_eq!(period_of(&lines, 865.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 1100.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 1150.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_when_clause_after_words_renaming_the_year_is_about_that_year() {
    let lines = [
        "Kent Police recorded 1,200 thefts in 2022/23.",
        "That is up 60% since 2015/16, the year the unit was set up, when 750 were recorded.",
    ];
    assert_eq!(period_of(&lines, 750.0).as_deref(), Some("2015/16"));
    assert_eq!(period_of(&lines, 60.0).as_deref(), Some("2022/23"));
    let lines = [
        "Essex Police logged 980 frauds in 2023/24.",
        "Frauds have doubled since 2016-17, the first full year in which the force kept such records, when there were 490.",
    ];
    assert_eq!(period_of(&lines, 490.0).as_deref(), Some("2016/17"));
}

#[test]
fn a_time_in_a_clause_describing_the_offence_is_not_the_figures() {
    let lines = [
        "Humberside Police recorded 2,100 harassment offences in 2020/21.",
        "Stalking offences, which became a separate crime in 2012, rose to 640.",
    ];
    assert_eq!(period_of(&lines, 640.0).as_deref(), Some("2020/21"));
}

#[test]
fn a_year_in_a_clause_describing_a_place_is_the_clause_s_number_s_only() {
    let lines = [
        "Kent Police recorded 940 burglaries in 2024/25.",
        "Essex Police logged 300, while Surrey Police, which had its worst year in 2023/24 with 88, saw the number fall to 61.",
    ];
    assert_eq!(period_of(&lines, 88.0).as_deref(), Some("2023/24"));
    assert_eq!(period_of(&lines, 61.0).as_deref(), Some("2024/25"));
}

#[test]
fn a_count_in_a_when_clause_after_since_a_year_is_for_that_year() {
    let lines = [
        "Gwent Police recorded 1,950 offences in 2023/24.",
        "The total has gone up every year since FY2020/21, when it stood at 1,420.",
    ];
    assert_eq!(period_of(&lines, 1420.0).as_deref(), Some("2020/21"));
}

#[test]
fn a_relative_year_before_although_is_not_the_year_of_the_clause_after_it() {
    let line = "Durham Constabulary logged 310 online offences in 2022/23, down from 355 the year before, \
                although the number of all child sexual offences in the county rose by six per cent to 2,040.";
    assert_eq!(period_of(&[line], 355.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&[line], 2040.0).as_deref(), Some("2022/23"));
}

#[test]
fn a_time_in_a_clause_about_when_something_else_happened_is_not_the_numbers() {
    let line = "Upskirting offences rose last year by 9 per cent to 212, and are now treble the level seen when the law changed in 2019.";
    let lines = ["Essex Police recorded 3,400 sexual offences in 2022/23.", line];
    assert_eq!(period_of(&lines, 212.0).as_deref(), Some("2022/23"));
}

#[test]
fn a_time_dating_the_report_a_number_was_published_in_is_not_the_numbers() {
    let lines = [
        "Avon and Somerset Police recorded 2,210 burglaries in 2023/24, down from 2,402 in 2022/23.",
        "Its 2022/23 count of 2,402 was revised up from a provisional figure of 2,390 published in last year's bulletin.",
    ];
    assert_eq!(period_of(&lines, 2390.0).as_deref(), Some("2022/23"));
}

#[test]
fn years_before_an_event_do_not_date_the_number_before_them() {
    let line = "Totals are below the level of 2009/10, when Kent Police detected 5,120 offences - three years before the law was changed.";
    assert_eq!(period_of(&[line], 5120.0), some("2009/10"));
}

#[test]
fn a_count_dated_by_an_event_has_no_year() {
    let head = "Cumbria Police recorded 1,240 burglaries in 2023/24.";
    assert_eq!(period_of(&[head, "Officers logged 980 the year before the first lockdown."], 980.0), None);
    assert_eq!(period_of(&[head, "Two years before the cost-of-living crisis it was 1,010."], 1010.0), None);
    assert_eq!(
        period_of(&[head, "The year before the new chief constable arrived, the force recorded 1,150."], 1150.0),
        None
    );
    // A year printed beside the event dates it.
    assert_eq!(
        period_of(&[head, "In 2019/20, the year before the pandemic, the force recorded 1,090."], 1090.0),
        some("2019/20")
    );
    assert_eq!(
        period_of(&[head, "The year before the pandemic, in 2019/20, the force recorded 1,070."], 1070.0),
        some("2019/20")
    );
}

#[test]
fn a_relative_year_in_a_clause_after_a_dated_count_is_not_the_counts() {
    let line = "In 2016/17 the trust logged 230 thefts, so a year later the total had barely moved.";
    assert_eq!(period_of(&[line], 230.0), some("2016/17"));
    let line = "Back in 2012/13 officers recorded 95 assaults, and two years later the problem had grown.";
    assert_eq!(period_of(&[line], 95.0), some("2012/13"));
    // With no year before it, the relative year after the count is still its own.
    let lines = ["Thefts reached 400 in 2019/20.", "Officers recorded 95 assaults two years later."];
    assert_eq!(period_of(&lines, 95.0), some("2021/22"));
}

#[test]
fn the_year_a_comparison_ended_on_does_not_date_a_count_past_a_semicolon() {
    let line = "Kent recorded 210 thefts in 2020/21, down 4% on the 219 it logged in 2019/20; in Essex the figure rose, and Surrey Police recorded 88.";
    assert_eq!(period_of(&[line], 88.0), some("2020/21"));
    let line =
        "Dorset saw 51 burglaries in 2022/23, compared with 60 in 2021/22; elsewhere, Wiltshire Police logged 73.";
    assert_eq!(period_of(&[line], 73.0), some("2022/23"));
}

#[test]
fn a_when_clause_after_an_apposition_naming_the_year_is_for_that_year() {
    let lines = [
        "Kent Police recorded 900 frauds in 2024/25.",
        "The figure has doubled since 2015/16, the year the unit was set up, when 450 were recorded.",
    ];
    assert_eq!(period_of(&lines, 450.0), some("2015/16"));
    let lines = [
        "Essex Police logged 610 drone offences in 2023/24.",
        "That is five times the number in 2019-20, its first full year of recording such offences, when the force logged 120.",
    ];
    assert_eq!(period_of(&lines, 120.0), some("2019/20"));
}

#[test]
fn a_law_s_year_does_not_stop_the_year_carried_from_the_sentence_before() {
    for law in [
        "Of those reports, 612 led to a charge under the Protection from Harassment Act 1997.",
        "In all, 612 were dealt with under the Antisocial Behaviour (Wales) Order 2014.",
        "Some 612 breached the Licensing Regulations 2010, officers said.",
    ] {
        let lines = ["Police in Kelby recorded 2,410 stalking reports in 2021/22.", law];
        assert_eq!(period_of(&lines, 612.0), some("2021/22"), "{law}");
        assert!(!has_value(&lines, 1997.0) && !has_value(&lines, 2014.0) && !has_value(&lines, 2010.0), "{law}");
    }
}

#[test]
fn a_year_beside_a_law_s_name_still_dates_its_figures() {
    let lines = [
        "Police in Kelby recorded 2,410 stalking reports in 2021/22.",
        "In 2019, 530 were charged under the Protection from Harassment Act 1997.",
    ];
    assert_eq!(period_of(&lines, 530.0), None);
    assert!(!has_value(&lines, 1997.0));
}

#[test]
fn a_year_an_event_happened_in_does_not_date_a_number_in_the_next_clause() {
    let lines = [
        "Police Scotland recorded 61,300 thefts in 2023/24.",
        "Vandalism reached 9,410, the most since the count began in 2008/09, while housebreaking rose by 4% to 13,220.",
    ];
    assert_eq!(period_of(&lines, 13220.0), some("2023/24"));
    let lines = [
        "Essex Police recorded 5,880 robberies in 2022/23.",
        "Stalking climbed to 2,740, the most since it became a crime in 2012/13, whereas harassment dropped 5% to 6,390.",
    ];
    assert_eq!(period_of(&lines, 6390.0), some("2022/23"));
}

#[test]
fn the_year_of_an_event_in_an_aside_after_a_number_is_not_its_year() {
    let lines =
        ["In 2021/22 Kent Police recorded 310 upskirting offences, the crime introduced in 2019 to close a loophole."];
    assert_eq!(period_of(&lines, 310.0), some("2021/22"));
    let lines = ["Last year, 2022/23, Essex Police logged 95 cases of cyber-flashing, an offence which came into force in 2023/24."];
    assert_eq!(period_of(&lines, 95.0), some("2022/23"));
}

#[test]
fn a_year_closing_a_pair_of_places_and_their_counts_dates_both() {
    let lines = ["Police logged 310 burglaries in Kent and 220 in Sussex across all of 2022/23."];
    assert_eq!(period_of(&lines, 310.0), some("2022/23"));
    assert_eq!(period_of(&lines, 220.0), some("2022/23"));
}

#[test]
fn a_year_closing_a_run_of_three_places_and_their_counts_dates_all_three() {
    let lines = ["Officers logged 95 thefts in Bath, 61 in Frome and 40 in Yeovil during 2023/24."];
    assert_eq!(period_of(&lines, 95.0), some("2023/24"));
    assert_eq!(period_of(&lines, 61.0), some("2023/24"));
    let lines = ["That compares with 512 thefts in Devon and 388 in Dorset over the whole of 2021/22."];
    assert_eq!(period_of(&lines, 512.0), some("2021/22"));
    assert_eq!(period_of(&lines, 388.0), some("2021/22"));
}

#[test]
fn a_year_closing_the_second_of_two_clauses_does_not_date_the_first() {
    // A clause of its own (a verb of its own) before the pair keeps its own time.
    let lines = ["Kent logged 40 burglaries this spring, while Sussex recorded 220 in 2022/23."];
    assert_ne!(period_of(&lines, 40.0), some("2022/23"));
}
