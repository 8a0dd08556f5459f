//! Periods written as a business would: "FY23", "Q1", "the same quarter last year", and
//! totals "over the same twelve months" as a figure before them.

use super::*;

#[test]
fn fy_labels_name_the_financial_year_they_end_in() {
    let cases: &[(&str, f64, &str)] = &[
        ("Essex Police logged 880 thefts in FY23, new figures show.", 880.0, "2022/23"),
        ("Kent Police logged 990 burglaries in FY2024.", 990.0, "2023/24"),
        ("Surrey Police logged 420 robberies in FY23-24.", 420.0, "2023/24"),
        ("The force's FY 21 total was 615 assaults.", 615.0, "2020/21"),
    ];
    for &(line, value, want) in cases {
        assert_eq!(period_of(&[line], value), some(want), "{line}");
    }
}

#[test]
fn the_second_year_of_an_fy_range_is_no_figure() {
    let got = values(&["Surrey Police logged 420 robberies in FY23-24."]);
    assert_eq!(got, vec![420.0]);
    let got = values(&["Dorset Police logged 77 frauds in FY 22/23."]);
    assert_eq!(got, vec![77.0]);
}

#[test]
fn quarter_figures_take_no_financial_year() {
    let text = [
        "Cumbria Police recorded 2,100 burglaries in 2021/22.",
        "In Q2 the force logged 310 burglaries, against 290 in the same quarter last year.",
    ];
    assert_eq!(period_of(&text, 310.0), None);
    assert_eq!(period_of(&text, 290.0), None);
    let text = [
        "Norfolk Constabulary recorded 2,100 burglaries in 2021/22.",
        "Breckland saw 530 of them in the quarter, up 4 per cent.",
    ];
    assert_eq!(period_of(&text, 530.0), None);
    assert_eq!(period_of(&text, 4.0), None);
}

#[test]
fn a_quarter_of_a_named_financial_year_is_no_financial_year() {
    let cases: &[(&str, f64)] = &[
        ("Gwent Police logged 74 reports in Q1 2024/25.", 74.0),
        ("Gwent Police logged 61 reports in Q3 FY24.", 61.0),
    ];
    for &(line, value) in cases {
        assert_eq!(period_of(&[line], value), None, "{line}");
    }
}

#[test]
fn a_quarter_as_a_fraction_is_no_time() {
    let text = ["Devon and Cornwall Police recorded 1,200 frauds in 2022/23, a quarter of them online."];
    assert_eq!(period_of(&text, 1200.0), some("2022/23"));
}

#[test]
fn a_total_over_the_same_twelve_months_is_for_the_year_the_sentence_states() {
    let cases: &[(&str, f64, &str)] = &[
        (
            "Northumbria Police recorded 2,140 online child sexual offences in 2022/23, up 18% on the year before, out of 7,310 sexual offences against children over the same twelve months.",
            7310.0,
            "2022/23",
        ),
        (
            "Cheshire Constabulary logged 930 online offences in 2019/20, a rise of 11% on the previous year, while all offences reached 3,880 in the same period.",
            3880.0,
            "2019/20",
        ),
    ];
    for &(line, value, want) in cases {
        assert_eq!(period_of(&[line], value), some(want), "{line}");
    }
}

#[test]
fn a_whole_set_against_its_part_is_for_the_part_s_year() {
    let cases: &[(&str, f64, &str)] = &[
        ("Dorset Police logged 530 online crimes in 2019/20, against 2,210 crimes in total.", 2210.0, "2019/20"),
        (
            "Wiltshire Police logged 310 online offences in 2018/19, compared with 1,450 offences overall.",
            1450.0,
            "2018/19",
        ),
    ];
    for &(line, value, want) in cases {
        assert_eq!(period_of(&[line], value), some(want), "{line}");
    }
}

#[test]
fn the_value_a_change_over_the_years_reaches_after_a_comma_is_for_the_last_year() {
    let text = [
        "Staffordshire Police recorded 2,050 sexual offences against children in 2023/24.",
        "Reports of grooming grew 35% across the three years, to 770.",
    ];
    assert_eq!(period_of(&text, 770.0), some("2023/24"));
    let text = [
        "West Mercia Police recorded 3,100 sexual offences against children in 2021/22.",
        "Reports of grooming went up 25% across the three years, to 640.",
    ];
    assert_eq!(period_of(&text, 640.0), some("2021/22"));
}

#[test]
fn counts_for_part_of_a_year_against_the_same_months_before_take_no_financial_year() {
    let text = [
        "Merseyside Police recorded 4,100 knife offences in 2022/23.",
        "Robberies in Bootle dropped to 27 between July and September, against 39 in the same three months of last year.",
    ];
    assert_eq!(period_of(&text, 39.0), None);
    let text = [
        "Devon and Cornwall Police recorded 610 frauds in 2021/22.",
        "Officers have had 16 reports of doorstep fraud since April, against 9 in the same month a year earlier.",
    ];
    assert_eq!(period_of(&text, 16.0), None);
    assert_eq!(period_of(&text, 9.0), None);
}

#[test]
fn counts_over_a_few_weeks_or_days_take_no_financial_year() {
    let text = [
        "Kent Police recorded 3,410 burglaries in 2023/24.",
        "Burglaries fell 8% in the six weeks after the crackdown began.",
    ];
    assert_eq!(period_of(&text, -8.0), None);
    let text = [
        "Norfolk Constabulary recorded 1,010 thefts in 2022/23.",
        "Officers took 45 reports of shed break-ins in ten days.",
    ];
    assert_eq!(period_of(&text, 45.0), None);
}
