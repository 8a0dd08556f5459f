//! Rows of a list read as the list says: the years its intro or its first row gives once for
//! every row, the place each row names for its later sentences, and what each segment of a
//! row counts.

use super::*;

/// (place, period, value) of every figure of a text file's article.
fn text_rows(text: &str) -> Vec<(Option<String>, Option<String>, f64)> {
    text_figures(text).into_iter().map(|f| (f.place, f.period.map(|p| p.to_string()), f.value)).collect()
}

fn row(place: &str, period: &str, value: f64) -> (Option<String>, Option<String>, f64) {
    (some(place), some(period), value)
}

#[test]
fn an_intro_naming_the_year_given_first_dates_every_rows_pair_of_values() {
    let text = "Burglaries rose across the region in 2032/33.\n\n\
        Here is how each force fared, with the 2031/32 figure first:\n\n\
        - Kent Police: 4,210 → 4,388\n\
        - Essex Police: 3,902 → 3,711\n\n\
        Kent's rise was the largest.\n";
    let got = text_rows(text);
    for want in [
        row("Kent Police", "2031/32", 4210.0),
        row("Kent Police", "2032/33", 4388.0),
        row("Essex Police", "2031/32", 3902.0),
        row("Essex Police", "2032/33", 3711.0),
    ] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
}

#[test]
fn a_row_of_two_pairs_dates_each_pair_by_the_years_given_once() {
    let text = "Child sexual offences in the region, 2031/32 then 2032/33:\n\n\
        - Kent Police - all offences: 1,204 → 1,290; online-flagged: 150 → 171\n\
        - Essex Police - all offences: 980 → 1,002; online-flagged: 88 → 79\n";
    let got = text_figures(text);
    let find = |v: f64| got.iter().find(|f| f.value == v).map(|f| (f.period.map(|p| p.to_string()), f.measure));
    assert_eq!(find(1204.0), Some((some("2031/32"), Measure::All)), "{got:?}");
    assert_eq!(find(1290.0), Some((some("2032/33"), Measure::All)), "{got:?}");
    assert_eq!(find(150.0), Some((some("2031/32"), Measure::Online)), "{got:?}");
    assert_eq!(find(79.0), Some((some("2032/33"), Measure::Online)), "{got:?}");
}

#[test]
fn years_on_the_first_item_alone_date_the_items_under_it_and_the_next_list() {
    let text = "Online offences rose fastest in three forces.\n\n\
        Biggest risers\n\n\
        1. Kent Police - 61 in 2031/32, 90 in 2032/33 (+48%)\n\
        2. Surrey Police - 40, then 55 (+38%)\n\n\
        Biggest fallers\n\n\
        1. Essex Police - 77, then 51 (-34%)\n";
    let got = text_rows(text);
    for want in [
        row("Kent Police", "2031/32", 61.0),
        row("Surrey Police", "2031/32", 40.0),
        row("Surrey Police", "2032/33", 55.0),
        row("Essex Police", "2031/32", 77.0),
        row("Essex Police", "2032/33", 51.0),
        row("Essex Police", "2032/33", -34.0),
    ] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
}

#[test]
fn a_later_sentence_of_a_list_row_is_about_the_place_the_row_opened_on() {
    let text = "Police across the North West logged more burglaries in 2032/33.\n\n\
        * Lancashire Constabulary: 3,120 burglaries in 2032/33, up from 2,980. Shed break-ins: 410, up from 377.\n\
        * Cumbria Constabulary: 702 burglaries, up from 688. Shed break-ins: 96, up from 90.\n\n\
        The North West total was 3,822.\n";
    let got = text_rows(text);
    assert!(got.iter().any(|f| f.0 == some("Lancashire Constabulary") && f.2 == 410.0), "{got:?}");
    assert!(got.iter().any(|f| f.0 == some("Cumbria Constabulary") && f.2 == 96.0), "{got:?}");
    assert!(got.iter().any(|f| f.0 == some("Cumbria Constabulary") && f.2 == 90.0), "{got:?}");
}

#[test]
fn a_measure_a_later_sentence_of_an_item_names_stays_in_that_item() {
    let text = "Online child sexual offences rose in every force in 2032/33.\n\n\
        * Kent Police: 61 (2031/32), 90 (2032/33). All child sexual offences in 2032/33: 1,377\n\
        * Essex Police: 40 (2031/32), 55 (2032/33). All child sexual offences in 2032/33: 980\n";
    let got = measures_of_text(text);
    assert!(got.contains(&(55.0, Measure::Online)), "{got:?}");
    assert!(got.contains(&(40.0, Measure::Online)), "{got:?}");
    assert!(got.contains(&(980.0, Measure::All)), "{got:?}");
}

/// (value, measure) of every figure of a text file's article.
fn measures_of_text(text: &str) -> Vec<(f64, Measure)> {
    text_figures(text).iter().map(|f| (f.value, f.measure)).collect()
}

#[test]
fn the_total_set_against_the_online_part_counts_all_offences() {
    let cases: &[(&str, f64, Measure)] = &[
        (
            "Essex had the steepest increase in overall offences, 17 per cent, but its online figure fell.",
            17.0,
            Measure::All,
        ),
        (
            "Only in Kent did the total drop, by 4%, while its internet-linked crimes grew by half.",
            -4.0,
            Measure::All,
        ),
        (
            "Surrey's online-flagged offences rose the most, up 28% in the year - even though its overall total dropped by 6%.",
            28.0,
            Measure::Online,
        ),
        (
            "Surrey's online-flagged offences rose the most, up 28% in the year - even though its overall total dropped by 6%.",
            -6.0,
            Measure::All,
        ),
    ];
    for &(line, value, want) in cases {
        let lines = ["Online child sexual offences rose across the South East in 2032/33.", line];
        let got = measures(&lines);
        assert!(got.contains(&(value, want)), "{line}: {got:?}");
    }
}

#[test]
fn a_value_a_total_is_compared_with_counts_what_the_total_counts() {
    let lines = [
        "Online child sexual offences rose in 2032/33.",
        "Essex Police logged 118 online-flagged crimes, up from 104, and 905 crimes in total, up from 861.",
    ];
    let got = measures(&lines);
    assert!(got.contains(&(104.0, Measure::Online)), "{got:?}");
    assert!(got.contains(&(905.0, Measure::All)), "{got:?}");
    assert!(got.contains(&(861.0, Measure::All)), "{got:?}");
}

#[test]
fn the_total_of_online_offences_with_no_clause_set_against_it_stays_online() {
    let lines = [
        "Online child sexual offences rose again in 2032/33.",
        "In 2028/29, when flagging online cases first became compulsory for forces, the total was 2,940.",
    ];
    let got = measures(&lines);
    assert!(got.contains(&(2940.0, Measure::Online)), "{got:?}");
}

#[test]
fn years_in_brackets_on_the_first_item_date_every_bare_pair_under_it() {
    let text = "The city's smaller forces tell another story.\n\n\
        - Kent Police: 52 offences in 2032/33 (47 in 2031/32); online-flagged 14 (11)\n\
        - Essex Police: 301 offences (288); online-flagged 36 (30)\n";
    let got = text_rows(text);
    for want in [
        row("Kent Police", "2032/33", 52.0),
        row("Kent Police", "2031/32", 47.0),
        row("Kent Police", "2032/33", 14.0),
        row("Kent Police", "2031/32", 11.0),
        row("Essex Police", "2032/33", 301.0),
        row("Essex Police", "2031/32", 288.0),
        row("Essex Police", "2032/33", 36.0),
        row("Essex Police", "2031/32", 30.0),
    ] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
}

#[test]
fn a_row_labelled_with_a_force_and_the_area_it_covers_is_the_forces() {
    let text = "Offences on the railways rose.\n\n\
        - British Transport Police, the rail lines it patrols: 164 offences in 2032/33\n\
        - Kent Police, the county: 1,902 offences in 2032/33\n";
    let got = text_rows(text);
    assert!(got.contains(&row("British Transport Police", "2032/33", 164.0)), "{got:?}");
    assert!(got.contains(&row("Kent Police", "2032/33", 1902.0)), "{got:?}");
    // Two forces in the label are both the row's.
    let text = "Offences rose.\n\n- Kent and Essex: 3,100 offences in 2032/33\n- Surrey: 800 offences in 2032/33\n";
    let got = text_rows(text);
    assert!(!got.contains(&row("Kent Police", "2032/33", 3100.0)), "{got:?}");
}

#[test]
fn a_count_its_clause_gives_as_the_regions_is_the_regions() {
    let lines = [
        "Police forces across the North West recorded 4,410 burglaries in 2032/33.",
        "The previous year the regional tally was 3,980, and Lancashire accounted for 1,275 of them.",
    ];
    assert_eq!(place_of(&lines, 3980.0), some("North West"));
    assert_eq!(place_of(&lines, 1275.0), some("Lancashire Constabulary"));
    let lines = [
        "Break-ins in the North West, force by force.",
        "Cumbria Constabulary counted 688 burglaries in 2032/33, a low for the area, while the count of those break-ins across the region went up to 4,525.",
    ];
    assert_eq!(place_of(&lines, 4525.0), some("North West"));
    assert_eq!(place_of(&lines, 688.0), some("Cumbria Constabulary"));
    let lines = [
        "Police forces across the North West recorded 4,410 burglaries in 2032/33.",
        "Twelve months before, the tally for the region stood at 3,870.",
    ];
    assert_eq!(place_of(&lines, 3870.0), some("North West"));
    // A force described as in the region keeps its own figure.
    let lines = [
        "Police forces across the North West recorded 4,410 burglaries in 2032/33.",
        "Lancashire, the region's biggest force, logged 1,275.",
    ];
    assert_eq!(place_of(&lines, 1275.0), some("Lancashire Constabulary"));
}

#[test]
fn an_item_opening_on_words_keeps_its_place_for_its_later_sentences() {
    let text = "Online offences rose across the region in 2032/33.\n\n\
        * Kent Police: 61 (2031/32), 90 (2032/33). All offences in 2032/33: 1,377\n\
        * Essex Police: not supplied (2031/32), 55 (2032/33). All offences in 2032/33: 980\n";
    let got = text_rows(text);
    assert!(got.iter().any(|f| f.0 == some("Essex Police") && f.2 == 980.0), "{got:?}");
}

#[test]
fn a_total_set_beside_a_part_that_went_up_counts_what_its_own_words_name() {
    let lines = [
        "Over 4,300 child sexual offences were logged in the North West last year, while those involving the internet rose by 11 per cent.",
    ];
    let got = measures(&lines);
    assert!(got.contains(&(4300.0, Measure::All)), "{got:?}");
    assert!(got.contains(&(11.0, Measure::Online)), "{got:?}");
}

#[test]
fn the_forces_overall_figure_after_its_online_one_counts_all_offences() {
    let lines = [
        "North West forces logged 4,380 child sexual offences during 2032/33, and 605 carried an online flag.",
        "Cumbria Constabulary saw the sharpest rise, with online-flagged offences up 30 per cent, from 70 to 91.",
        "Its overall count rose as well, from 655 to 731.",
    ];
    let got = measures(&lines);
    assert!(got.contains(&(91.0, Measure::Online)), "{got:?}");
    assert!(got.contains(&(655.0, Measure::All)), "{got:?}");
    assert!(got.contains(&(731.0, Measure::All)), "{got:?}");
}

#[test]
fn a_number_in_words_naming_the_group_compared_is_no_figure() {
    let lines = [
        "North West forces logged 4,380 child sexual offences during 2032/33.",
        "Cumbria had the sharpest increase of the five in overall offences, up 13 per cent.",
        "Lancashire was the largest of the five, with 1,330.",
    ];
    let got = brief(&lines);
    assert!(!got.iter().any(|f| f.2 == 5.0), "{got:?}");
    assert!(got.iter().any(|f| f.2 == 13.0 && f.3 == Kind::PercentChange), "{got:?}");
    assert!(got.iter().any(|f| f.2 == 1330.0), "{got:?}");
}

#[test]
fn a_total_a_where_clause_gives_for_the_noun_before_counts_what_it_names() {
    let lines = [
        "Kent Police recorded 3,100 sexual offences against children in 2032/33.",
        "Kent thus holds a 7.4 per cent share of online-flagged crimes logged nationwide, where the total was 15,230.",
    ];
    let got = measures(&lines);
    assert!(got.contains(&(15230.0, Measure::Online)), "{got:?}");
}

#[test]
fn a_plain_count_whose_online_part_the_next_sentence_gives_counts_all_offences() {
    let lines = [
        "Online child sex crimes up 9% across the North West.",
        "Over 4,300 child sexual offences were logged in the North West last year, while those involving the internet rose by 11 per cent.",
        "The region's five forces logged 4,410 offences in 2032/33, compared with 4,102 in 2031/32.",
        "Of those, 640 were flagged as online, up from 587 the year before.",
    ];
    let got = measures(&lines);
    assert!(got.contains(&(4410.0, Measure::All)), "{got:?}");
    assert!(got.contains(&(4102.0, Measure::All)), "{got:?}");
    assert!(got.contains(&(640.0, Measure::Online)), "{got:?}");
    // A count its own sentence names as online stays online.
    let lines = [
        "Kent Police recorded 310 online-flagged offences in 2032/33.",
        "Of those, 41 were flagged as online grooming.",
    ];
    assert!(measures(&lines).contains(&(310.0, Measure::Online)), "{:?}", measures(&lines));
}

#[test]
fn offences_counted_whether_or_not_online_are_all_offences_and_that_figure_is_theirs() {
    let lines = [
        "Police flagged 14,020 sexual offences against children as online in 2032/33.",
        "Kent Police flagged 1,152 of them.",
        "Forces also reported their full count of child sexual crimes, online and offline alike. Nationally that figure came to 79,450 in 2032/33.",
    ];
    let got = measures(&lines);
    assert!(got.contains(&(1152.0, Measure::Online)), "{got:?}");
    assert!(got.contains(&(79450.0, Measure::All)), "{got:?}");
    // "That figure" after a figure is still that figure's.
    let lines = [
        "Police flagged 14,020 sexual offences against children as online in 2032/33.",
        "In 2031/32 that figure was 13,100.",
    ];
    assert!(measures(&lines).contains(&(13100.0, Measure::Online)), "{:?}", measures(&lines));
}

#[test]
fn a_part_of_such_crimes_naming_no_measure_leaves_the_count_before_it_online() {
    let lines = [
        "Online child sex crimes in Wessex rise by a fifth.",
        "Police in Wessex logged 310 such crimes in 2032/33, compared with 260 the year before.",
        "Of those recorded last year, 90 involved under-13s.",
    ];
    let got = measures(&lines);
    assert!(got.contains(&(310.0, Measure::Online)), "{got:?}");
}

#[test]
fn an_intro_naming_the_year_the_text_is_about_first_dates_the_second_value_the_year_before() {
    let text = "Burglaries rose across the region in 2032/33.\n\n\
        Here is how each force fared, with the 2032/33 figure first:\n\n\
        - Kent Police: 4,388 / 4,210 (up 4%)\n\
        - Essex Police: 3,711 / 3,902 (down 5%)\n";
    let got = text_rows(text);
    for want in [
        row("Kent Police", "2032/33", 4388.0),
        row("Kent Police", "2031/32", 4210.0),
        row("Kent Police", "2032/33", 4.0),
        row("Essex Police", "2031/32", 3902.0),
    ] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
}
