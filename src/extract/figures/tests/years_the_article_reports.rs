//! The year the article reports on, which a year planned for, funded, still to come, a
//! record counted since, or an earlier year a sentence goes back to does not move.

use super::*;

#[test]
fn the_year_a_budget_is_set_for_is_not_the_latest_year_reported() {
    for budget in [
        "The commissioner said the £61.2 million budget for 2025/26 had been agreed.",
        "Members approved the 2025/26 precept without a vote.",
    ] {
        let lines =
            ["Essex Police recorded 2,400 burglaries in 2023/24.", "Last year the force logged 880 robberies.", budget];
        assert_eq!(period_of(&lines, 880.0), some("2023/24"), "{budget}");
    }
}

#[test]
fn a_sentence_about_earlier_years_does_not_move_the_year_the_text_is_about() {
    let lines = [
        "Cheshire Constabulary recorded 2,410 knife offences in the year to March 2023, up from 2,300 a year earlier.",
        "In the year to March 2021 the force logged 2,050; a year later that had climbed to 2,300.",
        "In Merseyside, the total went from 3,100 to 3,350.",
        "Lancashire Constabulary logged 1,900, compared with 1,840 in 2021/22.",
    ];
    assert_eq!(period_of(&lines, 2050.0).as_deref(), Some("2020/21"));
    assert_eq!(period_of(&lines, 3100.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 3350.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 1900.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 1840.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_sentence_going_on_about_an_earlier_year_in_its_paragraph_keeps_that_year() {
    let lines = [
        "Police in England and Wales recorded 48,200 robberies in 2023/24.",
        "Two years before, in 2021/22, they recorded 39,900. Of those, 7,100 involved a knife. The figure for under-18 suspects was 8,350.",
        "Officers made 2,400 arrests.",
    ];
    assert_eq!(period_of(&lines, 7100.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 8350.0).as_deref(), Some("2021/22"));
    assert_eq!(period_of(&lines, 2400.0).as_deref(), Some("2023/24"), "a new paragraph is back to the text's year");
}

#[test]
fn the_first_and_last_year_are_the_ends_of_the_span_the_text_named() {
    let lines = [
        "We asked forces for their burglary figures for each year from 2016/17 to 2023/24.",
        "Kent Police recorded 4,100 in 2023/24. Essex's figures were 2,900 and 310 in the first year and 3,400 and 350 in the last.",
    ];
    let found = brief(&lines);
    let period = |v: f64| found.iter().find(|f| f.2 == v).and_then(|f| f.1.clone());
    assert_eq!(period(2900.0).as_deref(), Some("2016/17"), "{found:?}");
    assert_eq!(period(310.0).as_deref(), Some("2016/17"), "{found:?}");
    assert_eq!(period(3400.0).as_deref(), Some("2023/24"), "{found:?}");
    assert_eq!(period(350.0).as_deref(), Some("2023/24"), "{found:?}");
    // "In the last year" is the past twelve months, and with no span named nothing changes.
    let lines = [
        "Forces gave figures from 2016/17 to 2023/24.",
        "Kent Police recorded 4,100 burglaries in 2023/24, and 390 in the last year.",
    ];
    assert_eq!(period_of(&lines, 390.0).as_deref(), Some("2023/24"));
    let lines = ["Kent Police recorded 4,100 burglaries in 2023/24, and 2,900 in the first year of the scheme."];
    assert_eq!(period_of(&lines, 2900.0).as_deref(), Some("2023/24"));
    // Nor is the first year of something else the span's.
    let lines = [
        "Forces gave figures from 2016/17 to 2023/24.",
        "Kent Police recorded 4,100 burglaries in 2023/24, and 2,900 in the first year of the scheme.",
    ];
    assert_eq!(period_of(&lines, 2900.0).as_deref(), Some("2023/24"));
}

#[test]
fn the_first_or_last_year_of_something_begun_later_is_not_the_span_s() {
    // A sentence that names another year, or a new start, ends the span's hold.
    let lines = [
        "Burglaries in Devon were counted for each year from 2014-15 to 2021-22, the audit said.",
        "A rural crime team was formed in 2019. It logged 65 burglaries in its first six months, then 130 in the first year, and 190 in the last.",
    ];
    let found = brief(&lines);
    let period = |v: f64| found.iter().find(|f| f.2 == v).and_then(|f| f.1.clone());
    assert_ne!(period(130.0).as_deref(), Some("2014/15"), "{found:?}");
    assert_ne!(period(190.0).as_deref(), Some("2021/22"), "{found:?}");
    let lines = [
        "Thefts of tractors in Cheshire were counted from 2014-15 to 2021-22.",
        "The trial lasted two years. It logged 30 thefts in the first year and 45 in the last.",
    ];
    let found = brief(&lines);
    let period = |v: f64| found.iter().find(|f| f.2 == v).and_then(|f| f.1.clone());
    assert_ne!(period(30.0).as_deref(), Some("2014/15"), "{found:?}");
    assert_ne!(period(45.0).as_deref(), Some("2021/22"), "{found:?}");
    // Sentences that print only the span's own ends keep it.
    let lines = [
        "We asked forces for their burglary figures for each year from 2016/17 to 2023/24.",
        "Kent Police recorded 3,100 in 2016/17 and 4,100 in 2023/24.",
        "Essex's figures were 2,900 in the first year and 3,400 in the last.",
    ];
    let found = brief(&lines);
    let period = |v: f64| found.iter().find(|f| f.2 == v).and_then(|f| f.1.clone());
    assert_eq!(period(2900.0).as_deref(), Some("2016/17"), "{found:?}");
    assert_eq!(period(3400.0).as_deref(), Some("2023/24"), "{found:?}");
}

#[test]
fn the_year_a_record_is_counted_since_is_not_the_figures() {
    let lines = [
        "Cheshire Constabulary recorded 2,410 harassment offences in 2023/24.",
        "Over the same period, reports of coercive control rose by 19 per cent to 880, the most since the offence was created in 2015.",
    ];
    assert_eq!(period_of(&lines, 880.0).as_deref(), Some("2023/24"));
}

#[test]
fn a_record_since_a_bare_year_leaves_the_figure_the_year_the_text_is_about() {
    let lines = [
        "Official statistics show that burglaries in Wales rose by 5% to 7,600 in 2011/12.",
        "Thefts of bicycles dropped by 11 per cent to 2,340, the lowest level since 1983.",
    ];
    assert_eq!(period_of(&lines, 2340.0).as_deref(), Some("2011/12"));
    let lines = [
        "Humberside Police recorded 3,900 vehicle thefts in the year to March 2019.",
        "Arson dropped to 412 - the fewest since 2001/02 - while criminal damage rose by 6%.",
    ];
    assert_eq!(period_of(&lines, 412.0).as_deref(), Some("2018/19"));
}

#[test]
fn a_year_something_is_planned_for_is_not_the_year_the_article_reports() {
    // "Last year", in the quote before, is the year the article reports, not the plan's.
    let lines = [
        "\"Last year we helped 2,210 families,\" the charity said.",
        "Thefts of farm machinery fell from 240 in 2021/22 to 198.",
        "The force said it would expand its rural team in 2023/24.",
    ];
    assert_eq!(period_of(&lines, 198.0).as_deref(), Some("2022/23"));
    let lines = [
        "Last year the helpline took 3,020 calls.",
        "Burglaries rose by 9% in 2022/23, while shed thefts climbed from 88 in 2021/22 to 131.",
        "The commissioner plans to open two more rural hubs in 2024/25.",
    ];
    assert_eq!(period_of(&lines, 131.0).as_deref(), Some("2022/23"));
    assert_eq!(period_of(&lines, 9.0).as_deref(), Some("2022/23"));
    // Nor the year a sentence opens on to set a budget for.
    let lines = [
        "\"Last year we helped 2,210 families,\" the charity said.",
        "Thefts of farm machinery fell from 240 in 2021/22 to 198.",
        "For 2023/24, the panel approved a budget of £312m.",
    ];
    assert_eq!(period_of(&lines, 198.0).as_deref(), Some("2022/23"));
    let lines = [
        "Last year the helpline took 3,020 calls.",
        "Shed thefts climbed from 88 in 2021/22 to 131.",
        "For the financial year 2024/25, councillors agreed a policing precept rise of £13.",
    ];
    assert_eq!(period_of(&lines, 131.0).as_deref(), Some("2022/23"));
}

#[test]
fn a_year_whose_figures_are_still_to_come_is_not_the_year_the_article_reports() {
    let lines = [
        "Lancashire Constabulary recorded 1,120 offences in 2021/22, up from 1,010 the year before.",
        "Of last year's offences, 140 were against children under ten.",
        "Figures for 2022/23 are expected to be released in the spring.",
    ];
    assert_eq!(period_of(&lines, 140.0).as_deref(), Some("2021/22"));
    // Nor is a year of which the text reports only a part.
    let lines = [
        "Lancashire Constabulary recorded 1,120 offences in 2021/22.",
        "Across the county, 310 of last year's offences were online.",
        "In the first half of 2022/23, the force logged 600.",
    ];
    assert_eq!(period_of(&lines, 310.0).as_deref(), Some("2021/22"));
}

#[test]
fn a_span_a_record_is_the_highest_over_is_not_the_figures_year() {
    let line = "Derbyshire Constabulary logged 930 last year, nearly 1,000 and the most in the six years since the data began.";
    assert_eq!(period_of(&[line], 1000.0), period_of(&[line], 930.0));
    let line =
        "Derbyshire Constabulary logged 930 in 2022/23 - about 1,000, the highest number in the past four years.";
    assert_eq!(period_of(&[line], 1000.0).as_deref(), Some("2022/23"));
}

#[test]
fn a_year_money_is_pledged_for_in_other_shapes_is_not_the_text_s() {
    let lines = [
        "Essex Police recorded 640 thefts in 2023/24.",
        "The mayor will spend £2m on street lighting in 2025/26.",
        "Basildon recorded 210 burglaries.",
    ];
    assert_eq!(period_of(&lines, 210.0), some("2023/24"));
    let lines = [
        "Essex households will pay £12 more for policing in 2025/26.",
        "Essex Police recorded 640 thefts in 2023/24.",
        "Basildon recorded 210 burglaries.",
    ];
    assert_eq!(period_of(&lines, 210.0), some("2023/24"));
    // A year past the count the sentence's pledge is set beside is the count's.
    let lines =
        ["The force, which has promised £1m for patrols, recorded 940 thefts in 2023/24.", "Harlow recorded 300."];
    assert_eq!(period_of(&lines, 300.0), some("2023/24"));
}

#[test]
fn the_year_of_a_sum_of_money_does_not_date_changes_in_a_clause_after_it() {
    for line in [
        "Bills in Kent will rise to £310.20 for policing in 2025/26 - as burglary falls 12 per cent and thefts climb 15 per cent",
        "Kent households will pay £14 more in 2025/26, while burglaries fell 12 per cent and thefts rose 15 per cent.",
    ] {
        let found = figures(&[line]);
        let changes: Vec<_> =
            found.iter().filter(|f| f.kind == Kind::PercentChange).map(|f| f.period.map(|p| p.to_string())).collect();
        assert_eq!(changes, [None, None], "{line}");
    }
    // A change in the money's own clause is for its year.
    let line = "The Kent policing budget rose 4 per cent to £350m in 2025/26.";
    assert_eq!(period_of(&[line], 4.0), some("2025/26"));
}

#[test]
fn the_year_of_money_lost_or_spent_in_the_past_dates_the_changes_after_it() {
    for line in [
        "Card fraud cost shoppers in Dorset £6.4m in 2022/23 - as reports rose 18 per cent.",
        "Retailers in Dorset lost £1.9m to theft in 2022/23, while shoplifting offences rose 18%.",
    ] {
        assert_eq!(period_of(&[line], 18.0), some("2022/23"), "{line}");
    }
}

#[test]
fn a_year_money_is_pledged_for_is_not_the_year_the_text_reports() {
    let lines = [
        "Kent Police recorded 812 knife offences in 2023/24, up from 700 in 2022/23 - a rise of 16 per cent.",
        "The commissioner has pledged an extra £300,000 for youth schemes in 2024/25.",
        "In 120 of the county's offences last year the suspect was under 18.",
        "\"A 16 per cent increase in a single year is a warning,\" he said.",
    ];
    assert_eq!(period_of(&lines, 120.0), some("2023/24"));
    let found = figures(&lines);
    let changes: Vec<_> =
        found.iter().filter(|f| f.kind == Kind::PercentChange).map(|f| f.period.map(|p| p.to_string())).collect();
    assert_eq!(changes, [some("2023/24")]);
}

#[test]
fn a_year_funding_is_given_for_is_not_the_year_the_text_reports() {
    let lines = [
        "Police Scotland recorded 4,120 frauds in 2023-24.",
        "Clydebank saw 96 of last year's frauds.",
        "Ministers said they had provided funding of £40 million for fraud teams in 2024-25.",
    ];
    assert_eq!(period_of(&lines, 96.0), some("2023/24"));
    let lines = [
        "Gwent Police recorded 880 thefts in 2023/24.",
        "The force is getting £2m of extra funding for patrols in 2025/26.",
        "Newport logged 310 of last year's thefts.",
    ];
    assert_eq!(period_of(&lines, 310.0), some("2023/24"));
    // Money a force spent on its patrols in a year is not funding given for one.
    let lines = [
        "Gwent Police recorded 880 thefts in 2023/24.",
        "It spent £2m on patrols in 2024/25.",
        "Newport logged 310 of last year's thefts.",
    ];
    assert_eq!(period_of(&lines, 310.0), some("2024/25"));
}

#[test]
fn a_year_reported_after_a_forward_looking_verb_is_still_the_year_the_article_reports() {
    // The same shape as a plan ("will … in YEAR", "For YEAR, … spending"), but the year is one
    // whose figures the sentence reports, so "last year" is that year.
    let cases: &[(&str, &str, f64, &str)] = &[
        (
            "Sussex Police logged 2,310 thefts last year, up from 2,050.",
            "The commissioner said officers would continue the operation after thefts climbed 9% in 2022/23.",
            2310.0,
            "2022/23",
        ),
        (
            "Shoplifting in Sussex went up 9% last year to 2,310.",
            "Sussex Police will increase its patrols after a record year in 2022/23, a spokesman said.",
            2310.0,
            "2022/23",
        ),
        (
            "Shoplifting in Sussex went up 9% last year to 2,310.",
            "Teams will focus on the 220 shops hit repeatedly in 2022/23, the force said.",
            2310.0,
            "2022/23",
        ),
        (
            "Car thefts dropped from 530 to 470 last year, Norfolk Constabulary said.",
            "The constabulary will use its 2022/23 data to plan patrols.",
            470.0,
            "2022/23",
        ),
        (
            "Sussex Police logged 2,310 thefts last year, up from 2,050.",
            "For 2022/23, spending on consultants rose 15% to £2.2m.",
            2310.0,
            "2022/23",
        ),
        (
            "Norfolk Constabulary logged 760 robberies last year.",
            "For 2022/23, the constabulary's spending on overtime grew to £2m.",
            760.0,
            "2022/23",
        ),
    ];
    for &(first, second, value, want) in cases {
        assert_eq!(period_of(&[first, second], value), some(want), "{second}");
    }
}

#[test]
fn a_sentence_opening_on_that_first_year_is_the_first_of_the_years_counted_from() {
    let lines = [
        "Kent Police recorded 1,240 burglaries in 2031/32. Its reply covers the four financial years from 2028/29.",
        "In that first year, 910 burglaries were recorded.",
    ];
    assert_eq!(period_of(&lines, 910.0), some("2028/29"));
}

#[test]
fn a_sentence_opening_on_the_final_year_is_the_last_of_the_years_counted_from() {
    let lines = [
        "Essex Police gave figures for the six years from 2024/25, the council said.",
        "In the first year, 88 thefts were logged. In the final year, 140 were logged.",
    ];
    assert_eq!(period_of(&lines, 88.0), some("2024/25"));
    assert_eq!(period_of(&lines, 140.0), some("2029/30"));
}

#[test]
fn the_year_a_sum_will_be_received_or_granted_in_is_not_the_latest_year_reported() {
    for money in [
        "The partnership will receive £50,000 from the commissioner in 2031/32.",
        "Each of the five projects will be given £8,000 by the council in 2031/32.",
    ] {
        let lines = [
            "Burglaries in Rutland fell by 9 per cent last year, the partnership said.",
            "Rutland Police recorded 840 burglaries in 2030/31.",
            money,
        ];
        assert_eq!(period_of(&lines, -9.0), some("2030/31"), "{money}");
    }
}

#[test]
fn a_month_a_body_would_spend_a_sum_from_does_not_move_the_year_reported() {
    let lines = [
        "Lancashire Police recorded 1,310 burglaries in 2030/31, up 6% on 2029/30.",
        "The council said it would spend £75,000 on three more wardens from June 2032.",
        "The Home Office said burglaries in the rest of the country climbed by 4% in that time.",
    ];
    assert_eq!(period_of(&lines, 4.0), some("2030/31"));
}
