//! Years set by a heading, a list's heading, a lead or a sentence that opens on them, a
//! caption that sets none, and figures of the opening lines that the body prints again.

use super::*;

#[test]
fn a_sentence_opening_on_the_year_of_the_figures_before_dates_them() {
    let lines = [
        "The number recorded by Kent Police has reached a record 1,204.",
        "The figure for 2022/23 is up 22% on the previous year.",
    ];
    assert_eq!(period_of(&lines, 1204.0), some("2022/23"));
    let lines =
        ["Kent Police recorded 321 offences, a rise of 18%.", "The figures, for 2021/22, were obtained by the NSPCC."];
    assert_eq!(period_of(&lines, 321.0), some("2021/22"));
    assert_eq!(period_of(&lines, 18.0), some("2021/22"));
    let lines = [
        "The data shows:",
        "- Kent Police: 1,120 offences (up from 976)",
        "- Sussex Police: 388 offences",
        "In 2016, Surrey Police recorded 79 a month.",
        "The figures cover the 2022/23 financial year.",
    ];
    assert_eq!(period_of(&lines, 1120.0), None, "a calendar year in between ends the run");
    let lines = [
        "The data shows:",
        "- Kent Police: 1,120 offences (up from 976)",
        "- Sussex Police: 388 offences",
        "The figures cover the 2022/23 financial year.",
    ];
    assert_eq!(period_of(&lines, 1120.0), some("2022/23"));
    assert_eq!(period_of(&lines, 976.0), some("2021/22"), "the value a rise starts from is the year before");
    assert_eq!(period_of(&lines, 388.0), some("2022/23"));
    // A year printed beside a figure is not overridden.
    let lines = ["Kent Police recorded 321 offences in 2019/20.", "The figures for 2021/22 are not yet out."];
    assert_eq!(period_of(&lines, 321.0), some("2019/20"));
}

#[test]
fn values_in_brackets_under_a_list_heading_take_the_year_it_gives_them() {
    let lines = [
        "Recorded grooming offences by force, 2021/22 (2020/21 in brackets):",
        "Essex Police - 220 (198)",
        "Kent Police - 305 (310)",
        "Essex had the sharpest rise.",
        "Suffolk Police recorded 75 (a record) in 2021/22.",
    ];
    let got = brief(&lines);
    let year_of = |v: f64| got.iter().find(|f| f.2 == v).and_then(|f| f.1.clone());
    assert_eq!(year_of(220.0).as_deref(), Some("2021/22"));
    assert_eq!(year_of(198.0).as_deref(), Some("2020/21"));
    assert_eq!(year_of(305.0).as_deref(), Some("2021/22"));
    assert_eq!(year_of(310.0).as_deref(), Some("2020/21"));
    assert_eq!(year_of(75.0).as_deref(), Some("2021/22"), "the list ended before this line");
}

#[test]
fn an_undated_figure_in_the_opening_lines_is_the_dated_one_the_body_prints_again() {
    let lines = [
        "Shoplifting up 23% as thefts hit a record",
        "Lincolnshire Police recorded 4,100 shoplifting offences in 2022/23, up 23% on the year before.",
    ];
    let changes: Vec<Figure> = figures(&lines).into_iter().filter(|f| f.value == 23.0).collect();
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0].place.as_deref(), Some("Lincolnshire Police"));
    assert_eq!(changes[0].period.map(|p| p.to_string()).as_deref(), Some("2022/23"));
    // An opening figure naming another place is not the body's.
    let lines = [
        "Shoplifting in Norfolk up 23%",
        "Lincolnshire Police recorded 4,100 shoplifting offences in 2022/23, up 23% on the year before.",
    ];
    assert_eq!(figures(&lines).iter().filter(|f| f.value == 23.0).count(), 2);
}

#[test]
fn a_hedged_round_number_in_the_opening_lines_is_the_body_figure_it_rounds() {
    let lines = [
        "Warning as Cumbria force logs nearly 700 grooming crimes",
        "Cumbria Constabulary recorded 688 grooming offences in 2022/23, up from 540 the year before.",
    ];
    assert_eq!(period_of(&lines, 700.0).as_deref(), Some("2022/23"));
    // Not a figure the hedge does not reach.
    let lines = [
        "Warning as Cumbria force logs more than 700 grooming crimes",
        "Cumbria Constabulary recorded 688 grooming offences in 2022/23, up from 540 the year before.",
    ];
    assert_eq!(period_of(&lines, 700.0), None);
}

#[test]
fn a_small_change_in_the_opening_lines_is_the_one_the_body_prints_once() {
    let lines = [
        "Council welcomes fall in burglary as vehicle crime drops 6%",
        "Suffolk Constabulary recorded 3,410 vehicle offences in the year to March 2024, a fall of 6% on 2022-23.",
    ];
    let sixes: Vec<Figure> = figures(&lines).into_iter().filter(|f| f.value == -6.0).collect();
    assert_eq!(sixes.len(), 1, "{sixes:#?}");
    assert_eq!(sixes[0].place.as_deref(), Some("Suffolk Constabulary"));
    // Printed twice in the body, for two places: which one the opening means is unknown.
    let lines = [
        "Vehicle crime drops 6%",
        "Suffolk Constabulary recorded 3,410 vehicle offences in 2023/24, a fall of 6%, and Norfolk Constabulary saw a fall of 6% too.",
    ];
    assert!(figures(&lines).iter().any(|f| f.value == -6.0 && f.place.is_none()));
}

#[test]
fn a_hedged_round_number_in_the_standfirst_takes_the_place_of_the_figure_it_rounds() {
    let lines = [
        "Data shows forces recorded nearly 9,000 such offences in a single year.",
        "Forces across England and Wales recorded 8,941 stalking offences in 2023/24.",
    ];
    let got = figures(&lines);
    let f = got.iter().find(|f| f.value == 9000.0);
    assert_eq!(f.and_then(|f| f.place.as_deref()), Some(NATIONAL), "{got:#?}");
}

#[test]
fn a_year_in_a_paragraph_heading_a_list_dates_its_rows_though_a_note_ends_the_paragraph() {
    let lines = [
        "---",
        "Vehicle crimes recorded in 2023/2024, by district. Some crimes could not be placed, so the districts do not add up to the total.",
        "Carlisle - 812",
        "Allerdale - 640",
    ];
    assert_eq!(period_of(&lines, 812.0), some("2023/24"));
    assert_eq!(period_of(&lines, 640.0), some("2023/24"));
}

#[test]
fn a_year_dating_an_event_in_a_list_heading_is_not_its_rows() {
    for heading in [
        "The picture by force is below. Counting rules changed in 2020/21, so older years are left out.",
        "Counting rules changed in 2020/21. The picture by force is below.",
    ] {
        let lines = [
            "Forces in Wales recorded 5,200 robberies in 2023/24.",
            heading,
            "- Gwent Police: 1,100",
            "- South Wales Police: 2,450",
        ];
        assert_eq!(period_of(&lines, 1100.0), some("2023/24"), "{heading}");
        assert_eq!(period_of(&lines, 2450.0), some("2023/24"), "{heading}");
    }
}

#[test]
fn a_caption_or_source_line_with_a_year_dates_nothing_after_it() {
    let mut a = article(&[
        "Cleveland Police recorded 3,900 thefts in 2023/24.",
        "Chart: Home Office data, 2020/21",
        "Robberies rose 9% to 1,150, the force said.",
    ]);
    a.paragraphs[1].role = Role::Caption;
    let found = extract_figures(&a);
    assert_eq!(found.iter().find(|f| f.value == 1150.0).and_then(|f| f.period.map(|p| p.to_string())), some("2023/24"));
    let lines = [
        "Cleveland Police recorded 3,900 thefts in 2023/24.",
        "Updated: 2021/22",
        "Robberies rose 9% to 1,150, the force said.",
    ];
    assert_eq!(period_of(&lines, 1150.0), some("2023/24"));
}

#[test]
fn a_heading_that_is_only_a_year_dates_the_figures_of_its_section() {
    let mut a = article(&[
        "Kent Police recorded 9,400 burglaries in the 12 months to March 2021.",
        "## 2012/13",
        "Police in Kent record 14,100 burglaries over the financial year.",
        "2016-17",
        "The force logs 11,020 burglaries.",
        "Burglaries in Kent: a decade",
        "The force logs 8,000 thefts.",
    ]);
    a.paragraphs[1].role = Role::Furniture;
    let found = extract_figures(&a);
    let year = |v: f64| found.iter().find(|f| f.value == v).and_then(|f| f.period.map(|p| p.to_string()));
    assert_eq!(year(14100.0), some("2012/13"));
    assert_eq!(year(11020.0), some("2016/17"));
    // A heading with more words than a year's is no year heading.
    for line in ["Burglary up 4% in 2016/17", "2016/17 was the worst year on record", "In 2016/17: 400"] {
        assert_eq!(year_heading(line), None, "{line}");
    }
    assert_eq!(year_heading("## The year to March 2021").map(|p| p.to_string()), some("2020/21"));
}

#[test]
fn a_lead_with_no_figure_dates_the_figures_after_it() {
    let lines = [
        "Kent Police had the South East's worst theft rate in 2016/17, new Home Office tables reveal.",
        "Taken together, thefts in the region's forces climbed 13% to 5,521.",
    ];
    let got = brief(&lines);
    assert!(got.iter().any(|f| f.2 == 5521.0 && f.1.as_deref() == Some("2016/17")), "{got:?}");
    assert!(got.iter().any(|f| f.2 == 13.0 && f.1.as_deref() == Some("2016/17")), "{got:?}");
    let lines = [
        "Burglaries were reported more than 9,000 times to the three forces in Wessex in 2019/20, an analysis of force data shows.",
        "Dorset Police's burglaries climbed 6% to 2,410.",
    ];
    let got = brief(&lines);
    assert!(got.iter().any(|f| f.2 == 2410.0 && f.1.as_deref() == Some("2019/20")), "{got:?}");
}

#[test]
fn an_undated_change_in_the_opening_lines_takes_the_year_the_body_gives_its_sentence_mates() {
    let lines = [
        "Kent shop thefts top 4,000 a year",
        "Figures show shop thefts in Kent now number over 4,000 a year, and those where staff were threatened have climbed 12 per cent.",
        "Kent Police's shoplifting tally was 4,210 in 2023/24, against 3,900 the year before.",
    ];
    assert_eq!(period_of(&lines, 12.0), some("2023/24"));
    let lines = [
        "Thefts from cars recorded by Essex Police have risen to almost 6,000 a year, with those at night up 9%, new figures show.",
        "The force logged 5,930 thefts from vehicles in 2021/22, against 5,400 the year before.",
    ];
    assert_eq!(period_of(&lines, 9.0), some("2021/22"));
}

#[test]
fn an_undated_change_over_a_span_in_the_opening_lines_keeps_no_year_from_its_mates() {
    let lines = [
        "Kent's shop thefts, now over 4,000 a year, have grown 40% since lockdown ended, figures show.",
        "Kent Police's shoplifting tally was 4,210 in 2023/24, against 3,900 the year before.",
    ];
    assert_eq!(period_of(&lines, 40.0), None);
}

#[test]
fn an_undated_change_beside_a_sum_for_a_budget_year_in_the_opening_lines_takes_no_year_from_it() {
    let lines = [
        "Policing precept of £240.10 set for FY2024/25 while burglary drops 8 per cent",
        "Burglaries dropped 8 per cent to 1,410 over the twelve months to March 2024, the force said.",
    ];
    assert_ne!(period_of(&lines, -8.0), some("2024/25"));
}
