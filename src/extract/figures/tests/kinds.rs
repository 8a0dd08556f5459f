//! Kinds, signs and qualifiers.

use super::*;

#[test]
fn percent_changes_carry_their_direction() {
    let cases: &[(&str, f64)] = &[
        ("Offences in Kent rose by 14% in 2018/19.", 14.0),
        ("Kent saw a drop of 18% in 2018/19.", -18.0),
        ("Kent saw a nine per cent decrease in 2018/19.", -9.0),
        ("Recorded offences in Kent fell by 22 per cent in 2018/19.", -22.0),
        ("Offences in Kent were up 44% in 2018/19.", 44.0),
        ("Offences in Kent were down 3.5 percent in 2018/19.", -3.5),
        ("Kent recorded a 230 per cent increase in 2018/19.", 230.0),
        ("Kent saw a rise of 12.5% in 2018/19.", 12.5),
        ("Kent saw offences increase by nearly 9% in 2018/19.", 9.0),
        ("Kent Police logged 80% more offences than in 2016/17.", 80.0),
        ("Kent's total was 12 per cent lower than in 2016/17.", -12.0),
        ("Kent recorded 15% fewer crimes than the year before.", -15.0),
    ];
    for &(line, value) in cases {
        let found = brief(&[line]);
        assert_eq!(found.len(), 1, "{line}: {found:?}");
        assert_eq!((found[0].2, found[0].3), (value, Kind::PercentChange), "{line}");
    }
}

#[test]
fn shares_and_levels_are_not_changes() {
    for line in [
        "Of those offences, 32% took place in Kent.",
        "Snapchat was used in 44 per cent of cases in Kent.",
        "Boys made up 19 per cent of the Kent victims.",
        "Facebook (12 per cent) was also used in Kent.",
        "The share in Kent fell to 30 per cent.",
    ] {
        for (_, _, _, kind) in brief(&[line]) {
            assert_eq!(kind, Kind::Other, "{line}");
        }
    }
}

#[test]
fn people_a_participle_says_were_helped_are_not_offences() {
    // A participle after the people, with no "were", says what was done for them.
    for (line, value) in [
        ("Kent Police recorded 520 offences in 2022/23, and 310 children and young people supported by its officers.", 310.0),
        ("In 2022/23 the Essex service logged 95 girls safeguarded after online contact.", 95.0),
        ("- 1,480 young people helped one-to-one", 1480.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().any(|f| f.2 == value && f.3 == Kind::Other), "{line}: {found:?}");
    }
    // The people who did something ("children reported") are still counted.
    let line = "In Kent, 240 children reported offences in 2022/23.";
    assert_ne!(brief(&[line])[0].3, Kind::Other);
}

#[test]
fn rates_money_and_other_counts_have_their_kinds() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(kinds("Police in Kent record an average of 15 offences a day."), [Kind::Rate]);
    assert_eq!(kinds("Kent Police recorded one child abuse offence every six hours."), [Kind::Rate]);
    assert_eq!(kinds("In Kent there were 169 offences for every 100,000 people."), [Kind::Rate]);
    assert_eq!(kinds("Kent recorded 80 offences per 100,000 residents."), [Kind::Rate]);
    assert_eq!(kinds("On average 40 crimes were recorded by Kent Police each month."), [Kind::Rate]);
    assert_eq!(kinds("Kent Police received a £3m investment."), [Kind::Money]);
    assert_eq!(kinds("Kent Police has 208 officers and staff on the team."), [Kind::Other]);
    assert_eq!(kinds("Kent Police raised the number of officers from 90 to 208."), [Kind::Other, Kind::Other]);
    // A number of offences more or fewer is a count, signed like a change.
    assert_eq!(
        kinds("Kent Police recorded twenty-five more online child sex offences in 2022/23 than the year before."),
        [Kind::Count]
    );
    assert_eq!(kinds("Kent Police's total rose by 80 to 620."), [Kind::Count, Kind::Count]);
    assert_eq!(kinds("Kent Police saw an increase of 80 offences on 2019/20."), [Kind::Count]);
    assert_eq!(kinds("Kent Police's total was down by almost 40."), [Kind::Count]);
    // One of officers is still no count of offences.
    assert_eq!(kinds("Kent Police now has 40 more officers than in 2019."), [Kind::Other]);
    // A rate phrase after a later number is that number's.
    assert_eq!(
        kinds("Kent Police recorded 1,764 offences in 2019/20 - an average of almost five a day."),
        [Kind::Count]
    );
    assert_eq!(kinds("Kent Police recorded 2,000 offences, or 5.5 a day."), [Kind::Count, Kind::Rate]);
    let found = figures(&["Kent Police received a £3m investment."]);
    assert_eq!(found[0].value, 3_000_000.0);
}

#[test]
fn warrants_and_raids_are_not_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(kinds("Officers in Kent carried out 96 warrants and 40 raids."), [Kind::Other, Kind::Other]);
}

#[test]
fn qualifiers_are_kept_and_the_printed_value_stays() {
    let found = figures(&["Kent recorded more than 37,000 offences in 2019/20."]);
    assert_eq!((found[0].value, found[0].qualifier.as_deref()), (37000.0, Some("more than")));
    let found = figures(&["Kent recorded nearly 2,000 offences in 2019/20."]);
    assert_eq!((found[0].value, found[0].qualifier.as_deref()), (2000.0, Some("nearly")));
    let found = figures(&["Kent recorded almost 600 offences in 2019/20."]);
    assert_eq!(found[0].qualifier.as_deref(), Some("almost"));
    let found = figures(&["Kent recorded up to 600 offences in 2019/20."]);
    assert_eq!(found[0].qualifier.as_deref(), Some("up to"));
}

#[test]
fn a_figure_that_went_up_to_a_value_is_not_hedged() {
    for line in ["In Kent offences shot up to 820 in 2019/20.", "Kent's total went up to 640 offences in 2019/20."] {
        let qualifiers: Vec<Option<String>> = figures(&[line]).into_iter().map(|f| f.qualifier).collect();
        assert_eq!(qualifiers, [None], "{line}");
    }
}

#[test]
fn a_number_of_offences_more_or_fewer_is_a_signed_count_for_the_later_year() {
    let cases: &[(&str, f64)] = &[
        ("Essex Police logged 1,210 robberies in 2022/23. That is 212 fewer robberies than a year before.", -212.0),
        ("Essex Police logged 1,210 robberies in 2022/23, 97 more than in the previous 12 months.", 97.0),
        ("Essex Police logged 1,210 robberies in 2022/23, 58 fewer offences.", -58.0),
        ("Essex Police logged 1,210 robberies in 2022/23, which fell by 31 on the year before.", -31.0),
        ("Essex Police logged 1,210 robberies in 2022/23, an increase of 143.", 143.0),
        ("Essex Police logged 1,210 robberies in 2022/23, compared with 950 in 2017/18, a rise of 260.", 260.0),
    ];
    for &(text, value) in cases {
        let found = brief(&[text]);
        let change = found.iter().find(|f| f.2 == value);
        assert_eq!(change.map(|f| (f.1.as_deref(), f.3)), Some((Some("2022/23"), Kind::Count)), "{text}: {found:?}");
    }
}

#[test]
fn a_bare_percentage_for_another_place_repeats_the_change_before_it() {
    let lines = [
        "Derbyshire Constabulary and Nottinghamshire Police recorded 201 and 263 offences respectively in 2020/21.",
        "For Derbyshire, that was an increase of 38 per cent on the previous year; for Nottinghamshire, 12 per cent.",
        "Kent saw a fall of 5% in 2020/21, while in Essex, 9%.",
    ];
    let b = brief(&lines);
    assert!(b.contains(&(some("Nottinghamshire Police"), some("2020/21"), 12.0, Kind::PercentChange)), "{b:?}");
    assert!(b.contains(&(some("Essex Police"), some("2020/21"), -9.0, Kind::PercentChange)), "{b:?}");
    assert_eq!(brief(&["In Kent, offences rose by 20%; in Essex, 40% of offences were online."])[1].3, Kind::Other);
}

#[test]
fn a_number_after_a_dash_counts_what_the_clause_said_there_was_more_of() {
    let line =
        "In Nottingham, \"we have more officers working on this than ever before - 42, up from 25 two years ago\".";
    assert!(figures(&[line]).iter().all(|f| f.kind == Kind::Other), "{:?}", brief(&[line]));
    let line = "Kent saw more offences than ever before - 1,500 in 2019/20.";
    assert_eq!(brief(&[line])[0].3, Kind::Count);
}

#[test]
fn a_number_after_numbers_of_something_counts_that_thing() {
    for line in [
        "The extra money will keep officer numbers in Kent at 3,912 - the highest since 2010.",
        "Kent Police staff numbers rose to 2,104 in 2023/24.",
    ] {
        assert!(figures(&[line]).iter().all(|f| f.kind == Kind::Other), "{line}: {:?}", brief(&[line]));
    }
    let line = "Our officer numbers now stand at 1,402, the most the force has had.";
    assert!(figures(&[line]).iter().all(|f| f.kind == Kind::Other), "{line}: {:?}", brief(&[line]));
    let line = "Detective numbers in the county still stand at 212.";
    assert!(figures(&[line]).iter().all(|f| f.kind == Kind::Other), "{line}: {:?}", brief(&[line]));
    let line = "Kent said offence numbers stood at 3,912 in 2023/24.";
    assert_eq!(brief(&[line])[0].3, Kind::Count);
}

#[test]
fn a_number_numbers_of_something_were_kept_above_or_fell_below_counts_that_thing() {
    for line in [
        "Across the border, Dyfed-Powys Police has kept officer numbers above 1,200 for a decade.",
        "Kent Police detective numbers fell below 900 in 2023/24.",
    ] {
        assert!(figures(&[line]).iter().all(|f| f.kind == Kind::Other), "{line}: {:?}", brief(&[line]));
    }
    let line = "Kent said burglary numbers stayed above 3,900 in 2023/24.";
    assert_eq!(brief(&[line])[0].3, Kind::Count);
}

#[test]
fn children_safeguarded_or_people_trained_are_not_offences() {
    for line in [
        "Kent Police officers have safeguarded more than 200 children this year.",
        "Kent Police has trained 1,300 officers and staff this year.",
        "Childline counselled 2,100 children in Kent in 2019/20.",
    ] {
        assert!(figures(&[line]).iter().all(|f| f.kind == Kind::Other), "{line}: {:?}", brief(&[line]));
    }
    assert_eq!(brief(&["Kent recorded offences against 200 children in 2019/20."])[0].3, Kind::Count);
}

#[test]
fn the_number_a_change_goes_to_counts_what_it_came_from() {
    let line = "Wiltshire Police doubled its online team, from six officers to 12.";
    assert!(figures(&[line]).iter().all(|f| f.kind == Kind::Other), "{:?}", brief(&[line]));
    let line = "Wiltshire Police logged 300 offences in 2022/23, up from 200 to 300 offences.";
    assert!(brief(&[line]).iter().any(|f| f.3 == Kind::Count));
}

#[test]
fn a_change_given_as_the_level_it_came_to_and_pc_percentages_are_changes() {
    let got = brief(&["Norfolk recorded the steepest increase, at 31%, in 2022/23."]);
    assert!(got.iter().any(|f| f.2 == 31.0 && f.3 == Kind::PercentChange), "{got:?}");
    let got = brief(&["Offences in Suffolk fell 12pc in 2022/23."]);
    assert!(got.iter().any(|f| f.2 == -12.0 && f.3 == Kind::PercentChange), "{got:?}");
    // A level alone is not a change.
    let got = brief(&["The detection rate stood at 14% in 2022/23."]);
    assert!(got.iter().all(|f| f.3 != Kind::PercentChange), "{got:?}");
}

#[test]
fn a_bare_number_after_the_verb_that_counted_staff_just_before_counts_staff() {
    let kinds = |lines: &[&str]| brief(lines).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let lines = ["In 2021/22 the Kent unit had 38 detectives. Today it has 52, and all of them are busy."];
    assert_eq!(kinds(&lines), [(38.0, Kind::Other), (52.0, Kind::Other)]);
    // After another verb, or after a count of offences, a bare number is still a count.
    let lines = ["In 2021/22 the Kent unit had 38 detectives. It recorded 52 in 2022/23."];
    assert_eq!(kinds(&lines), [(38.0, Kind::Other), (52.0, Kind::Count)]);
    let lines = ["In 2022/23 Kent had 500 burglaries. Essex had 400."];
    assert_eq!(kinds(&lines), [(500.0, Kind::Count), (400.0, Kind::Count)]);
}

#[test]
fn a_reporting_verb_carries_no_kind_from_one_sentence_to_the_next() {
    let kinds = |lines: &[&str]| brief(lines).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let lines =
        ["Officials said 45 detectives had joined in Essex last year. They said 960 had been reported in 2022/23."];
    assert_eq!(kinds(&lines), [(45.0, Kind::Other), (960.0, Kind::Count)]);
    let lines = ["The audit showed 12 staff were trained in Kent. It showed 300 were reported in 2022/23."];
    assert_eq!(kinds(&lines).last(), Some(&(300.0, Kind::Count)));
}

#[test]
fn the_value_a_count_of_staff_is_compared_with_counts_staff_too() {
    let got = brief(&["The unit now has 42 officers, up from 30 in 2020."]);
    assert!(got.iter().all(|f| f.3 == Kind::Other), "{got:?}");
    // Past the year of the first.
    let got = brief(&["Dorset Police obtained 52 stalking protection orders in 2023/24, up from 31 the year before."]);
    assert!(got.iter().all(|f| f.3 == Kind::Other), "{got:?}");
    // Past a phrase of where the staff are.
    let got = brief(&[
        "Dorset Police now has 37 detectives in its new cyber crime and child exploitation unit, up from 22 in 2019.",
    ]);
    assert!(got.iter().all(|f| f.3 == Kind::Other), "{got:?}");
    // Offences after the staff are counted in their own right.
    let got =
        brief(&["Dorset Police has 37 detectives, and they recorded more offences: 212, up from 190 in 2022/23."]);
    assert!(got.iter().any(|f| f.2 == 190.0 && f.3 == Kind::Count), "{got:?}");
}

#[test]
fn a_bare_number_a_later_clause_has_after_a_count_of_staff_counts_staff_too() {
    let got = brief(&["The Surrey cyber team was formed with 18 officers in 2019; it now has 41."]);
    assert!(got.iter().all(|f| f.3 == Kind::Other), "{got:?}");
    let got = brief(&["Essex Police's drone unit began with 9 officers in 2020 and now has 22."]);
    assert!(got.iter().all(|f| f.3 == Kind::Other), "{got:?}");
    // A later clause's number after another verb is counted in its own right.
    let got = brief(&["The Surrey cyber team has 18 officers, and Surrey Police recorded 410 in 2023/24."]);
    assert!(got.iter().any(|f| f.2 == 410.0 && f.3 == Kind::Count), "{got:?}");
}

#[test]
fn a_later_clause_whose_subject_names_offences_counts_them_after_a_count_of_things() {
    let got = brief(&["At the county's four largest shopping centres, thefts numbered 212 in 2023/24."]);
    assert!(got.iter().any(|f| f.2 == 212.0 && f.3 == Kind::Count), "{got:?}");
    let got = brief(&["At the 14 busiest railway stations in Essex, robberies - from phone snatches to muggings - numbered 398 in 2022/23."]);
    assert!(got.iter().any(|f| f.2 == 398.0 && f.3 == Kind::Count), "{got:?}");
}

#[test]
fn up_as_the_particle_of_cleared_up_or_set_up_makes_no_percentage_a_change() {
    let got = brief(&["Some 31% of frauds in Kent were cleared up, against a clear-up rate of 44.2% for all crime."]);
    assert!(got.iter().all(|f| f.3 == Kind::Other), "{got:?}");
    let got = brief(&["The Gwent hub was set up, and a detection rate of 18% followed."]);
    assert!(got.iter().all(|f| f.3 == Kind::Other), "{got:?}");
    // "up" after a verb of change, or alone, is still a rise.
    let got = brief(&["Burglaries in Kent went up, by 12%."]);
    assert!(got.iter().any(|f| f.2 == 12.0 && f.3 == Kind::PercentChange), "{got:?}");
}

#[test]
fn a_signed_percentage_is_a_change_and_a_range_is_not() {
    let got = brief(&["Lancashire Constabulary: 640 (+12%)"]);
    assert!(got.contains(&(some("Lancashire Constabulary"), None, 12.0, Kind::PercentChange)), "{got:?}");
    let got = brief(&["Cumbria Constabulary: 210 (-7%)"]);
    assert!(got.iter().any(|f| f.2 == -7.0 && f.3 == Kind::PercentChange), "{got:?}");
    for line in ["Between 10-15% of cases in Kent were online.", "Kent's share was - as before - 15%."] {
        let got = brief(&[line]);
        assert!(got.iter().all(|f| f.3 != Kind::PercentChange), "{line}: {got:?}");
    }
}

#[test]
fn a_number_every_single_day_is_a_rate() {
    let found = brief(&["Across Wales that is 12 offences every single day."]);
    assert_eq!(found.iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Rate], "{found:?}");
}

#[test]
fn a_number_in_a_single_span_is_no_rate() {
    let found = brief(&["Kent Police made 63 arrests in a week of action in 2023/24."]);
    assert_eq!(found.iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Other], "{found:?}");
    let found = brief(&["Kent Police recorded 40 burglaries within a single day in 2023/24."]);
    assert_eq!(found.iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Count], "{found:?}");
    // Each day's is.
    let found = brief(&["Kent Police recorded 40 burglaries a day in 2023/24."]);
    assert_eq!(found.iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Rate], "{found:?}");
}

#[test]
fn the_number_of_people_of_a_kind_counts_them_and_not_offences() {
    let line =
        "Gwent Police said it had raised the number of specialist detectives in its child abuse team from 14 to 22.";
    let found = brief(&[line]);
    assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let line = "The number of online sex crimes recorded by Gwent Police rose to 412 in 2022/23.";
    assert_eq!(brief(&[line])[0].3, Kind::Count);
}

#[test]
fn what_a_count_of_staff_falls_short_of_counts_staff_too() {
    for line in [
        "Gwent Police now has 1,390 officers, short of the 1,500 pledged in 2019.",
        "The force has 60 detectives, fewer than the 90 it had in 2015.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn the_difference_set_after_a_count_of_staff_counts_staff_too() {
    for line in [
        "Gwent Police now has 1,402 officers, 38 more than in March 2023.",
        "The unit has 61 detectives, nine fewer than a year ago.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    // After a count of offences, the difference is a count of them.
    let found = brief(&["Gwent Police recorded 1,402 burglaries in 2023/24, 38 more than in 2022/23."]);
    assert!(found.iter().any(|f| f.2 == 38.0 && f.3 == Kind::Count), "{found:?}");
}

#[test]
fn the_total_staff_were_added_to_counts_staff_too() {
    for line in [
        "Gwent Police hired 40 more detectives in 2023, bringing the total to 310.",
        "The fund paid for three extra officers for the Gwent rural unit, bringing it to 14.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    // Offences added to a total leave it a count of offences.
    let found = brief(&["Gwent Police recorded 40 more offences in March, bringing the total to 310."]);
    assert!(found.iter().any(|f| f.2 == 310.0 && f.3 == Kind::Count), "{found:?}");
}

#[test]
fn the_total_staff_harmed_were_added_to_counts_offences() {
    // Officers attacked are the victims of offences, and their total is a total of offences.
    for (line, total) in [
        ("Five more officers were attacked in Rhyl last month, bringing the total to 96 this year.", 96.0),
        ("Two more staff were spat at on Friday, taking the number to 27 since January.", 27.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().any(|f| f.2 == total && f.3 == Kind::Count), "{line}: {found:?}");
    }
}

#[test]
fn the_noun_after_describing_words_joined_by_and_says_what_is_counted() {
    let found = brief(&["Northamptonshire said 96 infant and junior schools had joined the scheme."]);
    assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let found = brief(&["Northamptonshire Police logged 410 contact and non-contact offences in 2022/23."]);
    assert_eq!(found[0].3, Kind::Count, "{found:?}");
    // Not past another number.
    let found = brief(&["Northamptonshire Police logged 120 online and 300 offline offences in 2022/23."]);
    assert!(found.iter().all(|f| f.3 == Kind::Count), "{found:?}");
}

#[test]
fn a_percentage_more_or_fewer_than_another_value_is_a_change() {
    let found = brief(&["Dorset recorded 2,410 offences in 2021/22, 9% more than in 2020/21."]);
    assert!(found.iter().any(|f| (f.2, f.3) == (9.0, Kind::PercentChange)), "{found:?}");
    let found = brief(&["Kent's 2022/23 total of 1,806 was 14 per cent fewer than the 2,100 recorded in 2019/20."]);
    assert!(found.iter().any(|f| (f.2, f.3) == (-14.0, Kind::PercentChange)), "{found:?}");
}

#[test]
fn the_far_end_of_a_span_that_starts_on_staff_counts_staff() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(kinds("The Essex unit went from 12 officers in 2019 to 31 this year."), [Kind::Other, Kind::Other]);
}

#[test]
fn a_change_in_percentage_points_is_no_count() {
    let found = brief(&["In Kent the charge rate rose to 5.2%, up 1.6 percentage points on 2021/22."]);
    assert!(found.iter().any(|f| f.2 == 1.6 && f.3 == Kind::Other), "{found:?}");
    assert!(found.iter().all(|f| f.3 != Kind::Count), "{found:?}");
}

#[test]
fn people_said_to_be_at_risk_are_not_offences() {
    // People at risk of harm, estimated or assessed, are no offences recorded against them.
    for (line, value) in [
        ("The charity has estimated that some 4,200 children in Kent are at risk of exploitation.", 4200.0),
        ("Around 900 young people across Essex were deemed at high risk of being groomed.", 900.0),
        ("Officers identified 312 girls as being at risk.", 312.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().any(|f| f.2 == value && f.3 == Kind::Other), "{line}: {found:?}");
    }
    // Children harmed are still counted.
    let line = "In Kent, 240 children were groomed online in 2022/23.";
    assert_eq!(brief(&[line])[0].3, Kind::Count);
    let line = "In Kent, 1,200 offences against children at risk were recorded in 2022/23.";
    assert_eq!(brief(&[line])[0].3, Kind::Count);
}

#[test]
fn people_living_somewhere_are_not_counts_of_offences() {
    for line in [
        "Dorset's population of 780,000 includes 150,000 children.",
        "Dorset is home to about 140,000 children.",
        "Dorset has a population of 780,000.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn a_share_that_moved_up_or_down_from_another_is_a_level_not_a_change() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(
        kinds("That gives Kent a detection rate of 6.1%, down from 7.4% in 2021/22."),
        [Kind::Other, Kind::Other]
    );
    // A change word before the number still makes it a change.
    assert_eq!(kinds("Kent saw a rise of 12%, up from 8% the year before."), [Kind::PercentChange, Kind::Other]);
}

#[test]
fn colourful_verbs_of_rise_and_fall_make_a_percentage_a_change() {
    let cases: &[(&str, f64)] = &[
        ("Car theft in Essex has rocketed by 37 per cent since 2019/20.", 37.0),
        ("Shoplifting in Essex ballooned by 52% in 2022/23.", 52.0),
        ("Burglary in Essex tumbled by 14% in 2022/23.", -14.0),
        ("Robbery in Essex shrank by 6 per cent in 2022/23.", -6.0),
    ];
    for &(line, value) in cases {
        let found = brief(&[line]);
        assert_eq!(found.iter().map(|f| (f.2, f.3)).collect::<Vec<_>>(), [(value, Kind::PercentChange)], "{line}");
    }
}

#[test]
fn more_or_less_before_an_adjective_leaves_a_total_a_total() {
    let b = brief(&["Kent Police recorded 3,000 less serious offences in 2023/24 and 1,200 more violent offences."]);
    assert!(b.contains(&(some("Kent Police"), some("2023/24"), 3000.0, Kind::Count)), "{b:?}");
    assert!(b.iter().any(|f| f.2 == 1200.0 && f.3 == Kind::Count), "{b:?}");
    let f = figures(&["Kent Police recorded 3,000 less serious offences in 2023/24."]);
    assert!(f.iter().all(|f| !f.difference), "{f:?}");
    // "fewer" is a difference whatever stands between it and the noun.
    let f = figures(&["Essex Police recorded 410 fewer serious offences in 2023/24."]);
    assert!(f.iter().any(|f| f.value == -410.0 && f.difference), "{f:?}");
}

#[test]
fn a_fall_set_apart_by_a_comma_still_signs_the_difference() {
    let found = brief(&[
        "Essex Police recorded 9,100 burglaries in 2023/24.",
        "The drop, of almost 700 offences, was the third in a row.",
    ]);
    assert_eq!(found.last().map(|f| (f.2, f.3)), Some((-700.0, Kind::Count)));
    let found = brief(&[
        "Essex Police recorded 9,100 burglaries in 2023/24.",
        "That decline of 450 came after two years of rises.",
    ]);
    assert_eq!(found.last().map(|f| (f.2, f.3)), Some((-450.0, Kind::Count)));
}

#[test]
fn a_difference_closing_its_clause_or_after_was_down_is_signed() {
    let found = brief(&["Dorset Police recorded 3,410 thefts in 2024/25, against 3,655 in 2023/24 - 245 fewer."]);
    assert!(found.iter().any(|f| f.2 == -245.0 && f.3 == Kind::Count), "{found:?}");
    let found = brief(&["Dorset Police recorded 3,410 thefts in 2024/25; Devon's total was up 120 offences."]);
    assert!(found.iter().any(|f| f.2 == 120.0 && f.3 == Kind::Count), "{found:?}");
    let found = brief(&["Dorset Police recorded 3,410 thefts in 2024/25, and its burglary count was down 61."]);
    assert!(found.iter().any(|f| f.2 == -61.0), "{found:?}");
    let found = brief(&["Poole saw the biggest fall in 2024/25, down 88 offences, and Weymouth rose, up 40."]);
    assert!(found.iter().any(|f| f.2 == -88.0 && f.3 == Kind::Count), "{found:?}");
    assert!(found.iter().any(|f| f.2 == 40.0 && f.3 == Kind::Count), "{found:?}");
    let found = brief(&["Poole recorded 1,200 burglaries in 2024/25, with numbers down 80 on the year."]);
    assert!(found.iter().any(|f| f.2 == -80.0 && f.3 == Kind::Count), "{found:?}");
    // A total after "more" as an adverb stays a total.
    let found = brief(&["Dorset Police recorded 900 more serious assaults in 2024/25."]);
    assert!(found.iter().any(|f| f.2 == 900.0), "{found:?}");
}

#[test]
fn property_broken_into_or_stolen_is_counted_as_offences() {
    let line = "Nearly 1,500 cars and vans were stolen across Dorset in the year to March 2023.";
    assert_eq!(brief(&[line])[0].3, Kind::Count, "{:?}", brief(&[line]));
    let line = "In Norfolk 640 shops, offices and garages had been burgled in 2021/22.";
    assert_eq!(brief(&[line])[0].3, Kind::Count, "{:?}", brief(&[line]));
    let line = "Some 1,500 homes across West Yorkshire were burgled in 2022/23.";
    assert_eq!(brief(&[line])[0].3, Kind::Count, "{:?}", brief(&[line]));
    let line = "Dorset Police logged 1,500 cars and vans stolen in 2022/23.";
    assert_eq!(brief(&[line])[0].3, Kind::Count, "{:?}", brief(&[line]));
    // Property counted for anything else is still no count of offences.
    let line = "Norfolk Constabulary visited 640 shops and businesses in 2021/22.";
    assert!(figures(&[line]).iter().all(|f| f.kind == Kind::Other), "{:?}", brief(&[line]));
    let line = "About 900 homes in Dorset were fitted with free alarms in 2022/23.";
    assert!(figures(&[line]).iter().all(|f| f.kind == Kind::Other), "{:?}", brief(&[line]));
}

#[test]
fn animals_are_counted_as_animals_not_offences() {
    for line in [
        "Thieves took 1,800 sheep in Powys in 2023/24.",
        "More than 600 cattle were stolen across Devon in 2022/23.",
        "In Norfolk, 95 dogs, cats and other pets were taken in 2021/22.",
    ] {
        let found = figures(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.kind == Kind::Other), "{line}: {:?}", brief(&[line]));
    }
    // Naming the animals only describes the offences counted.
    for line in [
        "Dyfed-Powys Police recorded 61 sheep theft offences in 2023/24.",
        "Dyfed-Powys Police recorded 61 livestock thefts in 2023/24.",
    ] {
        assert_eq!(brief(&[line])[0].3, Kind::Count, "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_noun_of_things_before_a_noun_of_offences_describes_them() {
    for line in [
        "Norfolk Constabulary recorded 640 weapons offences in 2022/23.",
        "Kent Police logged 92 firearms incidents in 2022/23.",
    ] {
        assert_eq!(brief(&[line])[0].3, Kind::Count, "{line}: {:?}", brief(&[line]));
    }
    let line = "Kent Police logged 92 officer assaults in 2022/23.";
    assert_eq!(brief(&[line])[0].3, Kind::Count, "{line}: {:?}", brief(&[line]));
    // Not across a comma into another noun.
    let line = "Kent Police seized 92 firearms, offences it linked to gangs, in 2022/23.";
    assert_eq!(brief(&[line])[0].3, Kind::Other, "{:?}", brief(&[line]));
}

#[test]
fn a_clause_opened_by_as_is_no_part_of_what_a_number_counts() {
    let line = "Burglaries in Dorset top 3,000 as homes are left empty";
    assert_eq!(brief(&[line])[0].3, Kind::Count, "{:?}", brief(&[line]));
}

#[test]
fn the_people_offences_were_against_are_no_part_of_what_a_number_counts() {
    // "against staff" names the victims of the offences counted, not staff counted.
    let lines =
        ["Essex Police logged 618 assaults on emergency workers in 2023/24.", "Of those, 204 were against NHS staff."];
    assert!(brief(&lines).iter().any(|f| f.2 == 204.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
    let lines = ["Dorset Police recorded 350 assaults on shop workers in 2022/23, and 97 were against security staff."];
    assert!(brief(&lines).iter().any(|f| f.2 == 97.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
    // Victims the lists count as offences still say so, even for a number in words.
    let lines = ["Six of the offences logged in 2022/23 were against babies, and two hundred and ten were against children under 12."];
    assert!(brief(&lines).iter().any(|f| f.2 == 210.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
    // Staff counted are still staff.
    let lines = ["Dorset Police has 97 staff against 90 last year."];
    assert!(brief(&lines).iter().all(|f| f.3 != Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn a_change_set_apart_by_a_comma_after_its_verb_is_a_change() {
    let line = "Burglaries in Kent rose for the third year in a row, by 12%, in 2022/23.";
    assert_eq!(brief(&[line]), [(some("Kent Police"), some("2022/23"), 12.0, Kind::PercentChange)]);
}

#[test]
fn thefts_of_things_count_the_thefts() {
    let line = "Norfolk Constabulary recorded 318 thefts of tractors and vehicles in 2022/23.";
    assert_eq!(brief(&[line])[0].3, Kind::Count, "{:?}", brief(&[line]));
    let line = "Kent Police logged 77 burglaries of sheds and garages in 2022/23.";
    assert_eq!(brief(&[line])[0].3, Kind::Count, "{:?}", brief(&[line]));
}

#[test]
fn a_count_with_its_own_noun_after_another_numbers_rate_is_a_count() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "Kent recorded 80 offences per 100,000 people in 2023/24, and Essex recorded 1,200 offences.";
    assert_eq!(kinds(line), [(80.0, Kind::Rate), (1200.0, Kind::Count)]);
    // A bare number goes on with the rate, and a base before the number is its own.
    let line = "Kent recorded 398 per 100,000 children, against an average of 191.";
    assert_eq!(kinds(line), [(398.0, Kind::Rate), (191.0, Kind::Rate)]);
    let line = "In Kent, for every 100,000 people, 80 offences were recorded.";
    assert_eq!(kinds(line), [(80.0, Kind::Rate)]);
    // So after a rate whose number is in words.
    let line = "Kent made 6,100 searches, a rate of two per 1,000 residents, while thefts rose to 1,030 offences.";
    assert!(kinds(line).contains(&(1030.0, Kind::Count)), "{:?}", kinds(line));
    // A teen in words is a number too.
    let line = "Kent made 6,100 searches, a rate of nineteen per 1,000 residents, while thefts rose to 1,030 offences.";
    assert!(kinds(line).contains(&(1030.0, Kind::Count)), "{:?}", kinds(line));
}

#[test]
fn a_bare_number_for_another_place_after_a_rate_is_its_rate() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "Kent was second with 48 per 1,000 officers, followed by Essex at 41.";
    assert_eq!(kinds(line), [(48.0, Kind::Rate), (41.0, Kind::Rate)]);
    let line = "Surrey recorded 80 offences per 100,000 people, with the national average at 62.";
    assert_eq!(kinds(line), [(80.0, Kind::Rate), (62.0, Kind::Rate)]);
    // A number with a noun of its own, or after a count, keeps its kind.
    let line = "Kent had 48 per 1,000 officers, with Essex at 1,200 offences.";
    assert_eq!(kinds(line), [(48.0, Kind::Rate), (1200.0, Kind::Count)]);
    let line = "Kent recorded 480 offences, followed by Essex at 410.";
    assert_eq!(kinds(line), [(480.0, Kind::Count), (410.0, Kind::Count)]);
}

#[test]
fn a_bare_number_a_rate_is_compared_with_after_its_base_is_a_rate() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "Burglaries ran at a rate of 12.4 per 1,000 households, against 9.8 across the force.";
    assert_eq!(kinds(line), [(12.4, Kind::Rate), (9.8, Kind::Rate)]);
    let line = "The force recorded 31 robberies per 100,000 people in 2023/24, up from 27.";
    assert_eq!(kinds(line), [(31.0, Kind::Rate), (27.0, Kind::Rate)]);
    // A number with a noun of its own is a count.
    let line = "The rate was 31 per 100,000 people, up from 270 offences.";
    assert_eq!(kinds(line), [(31.0, Kind::Rate), (270.0, Kind::Count)]);
}

#[test]
fn a_number_a_second_doing_word_takes_after_a_rate_in_time_shares_its_time() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "\"We are charging about 60 people a week for shoplifting in Kent and supporting some 900 victims of theft,\" he said.";
    assert_eq!(kinds(line), [(60.0, Kind::Rate), (900.0, Kind::Rate)]);
    // Another kind of clause, or a rate of no time, leaves the count alone.
    let line = "Kent was charging about 60 people a week, and Essex Police recorded 900 thefts in 2023/24.";
    assert_eq!(kinds(line), [(60.0, Kind::Rate), (900.0, Kind::Count)]);
    let line = "Kent recorded 48 offences per 1,000 people and supporting 900 victims took months.";
    assert_eq!(kinds(line)[1], (900.0, Kind::Count));
}

#[test]
fn homicides_and_breaches_of_orders_are_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    assert_eq!(kinds("Kent Police recorded eight homicides in 2023/24."), [(8.0, Kind::Count)]);
    assert_eq!(kinds("Kent Police recorded 640 breaches of restraining orders in 2023/24."), [(640.0, Kind::Count)]);
}

#[test]
fn applications_farms_handlers_and_rams_are_not_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    assert_eq!(
        kinds("Kent Police said 310 applications were made under the scheme in 2023/24."),
        [(310.0, Kind::Other)]
    );
    assert_eq!(kinds("The Kent watch group now covers 75 farms."), [(75.0, Kind::Other)]);
    assert_eq!(kinds("Kent Police hired 42 new call handlers in 2023/24."), [(42.0, Kind::Other)]);
    assert_eq!(
        kinds("A farmer in Kent lost 30 tups and 12 heifers in 2023/24."),
        [(30.0, Kind::Other), (12.0, Kind::Other)]
    );
}

#[test]
fn people_a_refuge_turned_away_are_not_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    assert_eq!(
        kinds("Refuges in Kent turned away 150 women and 240 children in 2023/24."),
        [(150.0, Kind::Other), (240.0, Kind::Other)]
    );
}

#[test]
fn an_offence_recorded_so_many_times_is_a_count() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    assert_eq!(kinds("Stalking was recorded 1,240 times by Kent Police in 2023/24."), [(1240.0, Kind::Count)]);
    // A multiple is still no figure.
    assert_eq!(
        kinds("Kent Police recorded 300 offences in 2023/24, three times the level of 2015/16."),
        [(300.0, Kind::Count)]
    );
}

#[test]
fn the_times_offenders_targeted_their_victims_is_a_count() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    assert_eq!(
        kinds("Fraudsters targeted pensioners in the Cleveland Police area more than 450 times last year."),
        [(450.0, Kind::Count)]
    );
    // A multiple is still no figure.
    assert_eq!(kinds("Fraudsters targeted pensioners three times more often than students."), []);
}

#[test]
fn so_many_times_more_often_is_a_multiple_not_a_count() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    assert_eq!(kinds("Shoplifting was reported 4 times more often in city centres."), []);
    assert_eq!(kinds("The crime was committed 5 times as often on Fridays."), []);
    assert_eq!(kinds("Fraud was logged 6 times higher in towns than villages."), []);
    // An object between the verb and the number still counts the times.
    assert_eq!(kinds("Merseyside Police recorded harassment 2,315 times in 2023/24."), [(2315.0, Kind::Count)]);
    assert_eq!(kinds("Hate crime was recorded 875 times, the figures show."), [(875.0, Kind::Count)]);
}

#[test]
fn a_bare_number_another_place_had_in_a_parallel_clause_counts_what_the_first_did() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    assert_eq!(
        kinds("Kent Police had 1,300 officers in March 2025, while Essex Police had 3,600."),
        [(1300.0, Kind::Other), (3600.0, Kind::Other)]
    );
    // Another verb tells another thing.
    assert_eq!(
        kinds("Kent Police had 1,300 officers in 2024/25, while Essex Police recorded 3,600."),
        [(1300.0, Kind::Other), (3600.0, Kind::Count)]
    );
}

#[test]
fn a_total_said_to_pass_a_value_is_more_than_it() {
    for line in
        ["Online crimes in Kent pass 600 in lockdown year", "Kent's total passed 470 for the first time in 2023/24."]
    {
        let qualifiers: Vec<Option<String>> = figures(&[line]).into_iter().map(|f| f.qualifier).collect();
        assert_eq!(qualifiers, [some("more than")], "{line}");
    }
    // Passing on a number of things is no hedge.
    let found = figures(&["Kent Police passed 60 files to prosecutors in 2023/24."]);
    assert_eq!(found.into_iter().map(|f| f.qualifier).collect::<Vec<_>>(), [None]);
}

#[test]
fn passing_a_number_is_more_than_it_only_for_a_total() {
    for line in [
        "The widower, who passed 85 in June, lost £2,000 to the scam.",
        "The rider was seen passing 62 in a 40 zone.",
        "Detectives passed 73 on to the council in 2023/24.",
        "Staff passed 210 in the corridor on the first day.",
    ] {
        let found = figures(&[line]);
        assert!(found.iter().all(|f| f.qualifier.is_none()), "{line}: {found:#?}");
    }
    let line = "Burglaries in Hampshire passed 9,000 in 2023/24.";
    assert_eq!(figures(&[line]).into_iter().map(|f| f.qualifier).collect::<Vec<_>>(), [some("more than")]);
}

#[test]
fn a_headline_total_said_to_pass_a_round_value_is_the_body_s_figure_rounded() {
    let lines =
        ["Online crimes in Kent pass 600 in lockdown year", "Kent Police recorded 612 online offences in 2020/21."];
    assert_eq!(period_of(&lines, 600.0), some("2020/21"));
}

#[test]
fn property_burglars_struck_or_broke_into_is_counted_as_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    assert_eq!(kinds("Burglars struck 24 homes in Dorset during a week-long spree in 2023/24."), [(24.0, Kind::Count)]);
    assert_eq!(kinds("Thieves broke into 40 sheds and garages across Dorset in 2023/24."), [(40.0, Kind::Count)]);
    assert_eq!(kinds("Thieves raided 18 farms near Dorchester in 2023/24."), [(18.0, Kind::Count)]);
    assert_eq!(kinds("A gang hit 12 shops in Poole in 2023/24."), [(12.0, Kind::Count)]);
    // A force striking homes with leaflets is no burglary.
    assert_eq!(kinds("Officers visited 300 homes in Dorset in 2023/24."), [(300.0, Kind::Other)]);
}

#[test]
fn in_one_case_introduces_an_example_not_a_count() {
    assert_eq!(
        values(&["In one case, a man in Dorset lost his savings to a fraudster in 2023/24."]),
        Vec::<f64>::new()
    );
    assert_eq!(values(&["In one case a pensioner in Poole was conned in 2023/24."]), Vec::<f64>::new());
    assert_eq!(values(&["\"In one instance the gang returned twice,\" she said of 2023/24."]), Vec::<f64>::new());
    // Not opening the sentence, a case is counted.
    assert_eq!(values(&["Dorset Police charged a suspect in one case in 2023/24."]), [1.0]);
}

#[test]
fn in_one_case_before_a_number_introduces_an_example_of_that_number() {
    assert_eq!(values(&["In one case 23 cars in Dorset were broken into overnight in 2023/24."]), [23.0]);
}

#[test]
fn a_count_of_students_is_no_count_of_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|(_, _, v, k)| (v, k)).collect::<Vec<_>>();
    assert_eq!(kinds("A poll of 1,150 students found most felt unsafe on campus."), [(1150.0, Kind::Other)]);
    assert_eq!(kinds("Durham University surveyed 300 students about online safety."), [(300.0, Kind::Other)]);
}

#[test]
fn people_helped_following_something_are_not_offences() {
    for (line, value) in [
        ("- 2,406 children safeguarded following joint operations", 2406.0),
        (
            "Norfolk Police recorded 700 offences in 2023/24 and 188 young people supported following disclosures.",
            188.0,
        ),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().any(|f| f.2 == value && f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn a_population_estimate_is_not_offences() {
    for (line, value) in [
        ("[3] Rates use the ONS mid-2020 population estimate of 287,500 children aged 0-17 in the Norfolk force area.", 287500.0),
        ("Based on the mid-year estimate of 95,300 under-18s in Bedford.", 95300.0),
        ("Rates are drawn from ONS population estimates for the under-18s in the two force areas (431,900).", 431900.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().all(|f| f.2 != value || f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn charges_or_summonses_are_outcomes_not_offences() {
    for (line, value) in [
        ("- 233 charges or summonses for stalking offences, up from 201 a year before", 233.0),
        ("Essex Police brought 87 summonses and charges for drink-driving in 2023/24.", 87.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().any(|f| f.2 == value && f.3 == Kind::Other), "{line}: {found:?}");
    }
    let line = "- 233 charges or summonses for stalking offences, up from 201 a year before";
    assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{line}");
}

#[test]
fn a_part_of_things_named_before_it_counts_those_things() {
    for (line, value) in [
        ("The hotline confirmed 40,100 webpages. Of those webpages, 31,250 showed girls.", 31250.0),
        ("The unit seized 900 devices in 2023/24. Of these devices, 610 held images.", 610.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().all(|f| f.2 != value || f.3 == Kind::Other), "{line}: {found:?}");
    }
    // A part of offences is still offences.
    let line = "Police recorded 900 offences in 2023/24. Of those offences, 610 were online.";
    assert!(brief(&[line]).iter().any(|f| f.2 == 610.0 && f.3 == Kind::Count), "{line}");
}

#[test]
fn a_subject_that_fell_or_rose_by_a_percentage_to_a_value_says_what_the_value_counts() {
    for (line, value) in [
        ("Helpline calls about grooming fell by 3% to 8,120.", 8120.0),
        ("School visits by the team rose by 12 per cent to 1,460 last year.", 1460.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().any(|f| f.2 == value && f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn a_bracketed_percentage_after_a_from_to_pair_is_the_change_between_them() {
    let line = "Thefts climbed over the decade, with Dorset going from 520 to 577 (11 per cent).";
    let found = brief(&[line]);
    assert!(found.iter().any(|f| f.2 == 11.0 && f.3 == Kind::PercentChange), "{found:?}");
    let line = "Only Wiltshire bucked the trend, its tally moving from 380 down to 342 (10%) by 2023.";
    let found = brief(&[line]);
    assert!(found.iter().any(|f| f.2 == -10.0 && f.3 == Kind::PercentChange), "{found:?}");
    // A share in brackets stays a share.
    let line = "Thefts in Dorset went from 520 to 577 (11 per cent of all crime) over the period.";
    assert!(brief(&[line]).iter().all(|f| f.3 != Kind::PercentChange));
}

#[test]
fn a_bare_number_a_place_has_now_is_what_it_holds_not_offences() {
    let lines = ["Kent Police has eleven dog handlers for the whole county. Essex, it turns out, has 27."];
    assert!(brief(&lines).iter().all(|f| !(f.2 == 27.0 && f.3 == Kind::Count)), "{:?}", brief(&lines));
    let lines = ["Speed cameras are scarce in Dorset. The Devon roads we drive every day have 46."];
    assert!(brief(&lines).iter().all(|f| !(f.2 == 46.0 && f.3 == Kind::Count)), "{:?}", brief(&lines));
    // What a place had over a year past is still a count of what it recorded.
    let lines = ["Kent Police recorded 410 burglaries in 2022/23. Essex had 310."];
    assert!(brief(&lines).iter().any(|f| f.2 == 310.0 && f.3 == Kind::Count));
}

#[test]
fn a_number_of_whom_there_are_counts_the_people_named_before() {
    let line = "The mayor credited our neighbourhood officers, of whom there are now 350 more than in 2018.";
    assert_eq!(brief(&[line]).iter().map(|f| (f.2, f.3)).collect::<Vec<_>>(), [(350.0, Kind::Other)]);
    let line = "Kent Police praised its special constables, of whom there were 240 by March 2024.";
    assert_eq!(brief(&[line]).iter().map(|f| (f.2, f.3)).collect::<Vec<_>>(), [(240.0, Kind::Other)]);
}

#[test]
fn the_value_a_non_offence_figure_rose_from_counts_what_it_did() {
    let lines = [
        "Durham Constabulary recorded 830 stalking offences in 2022/23.",
        "The force's stalking unit now has 14 officers and staff. That is up from 6 in 2019.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 6.0 && f.3 == Kind::Other), "{found:?}");
    let lines = [
        "Avon and Somerset Police logged 2,140 hate crimes during 2021/22.",
        "The helpline took 310 calls from victims. That was down from 420 a year earlier.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 420.0 && f.3 == Kind::Other), "{found:?}");
    // A value it rose from with a noun of its own counts that.
    let found = brief(&["The helpline took 310 calls. That is up from 250 offences reported to it in 2020."]);
    assert!(found.iter().any(|f| f.2 == 250.0 && f.3 == Kind::Count), "{found:?}");
}

#[test]
fn people_found_and_then_helped_are_counted_as_people_not_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(kinds("Police said 340 children were found and safeguarded last year."), [Kind::Other]);
    assert_eq!(kinds("Some 75 young people were identified and supported by the team."), [Kind::Other]);
}

#[test]
fn a_part_of_a_whole_named_at_length_is_counted_by_the_whole_s_noun() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(kinds("The course has now run in 31 of the city's nursery and primary schools."), [Kind::Other]);
    assert_eq!(kinds("Officers spoke at 40 of the borough's infant and junior schools last term."), [Kind::Other]);
    assert_eq!(kinds("Police recorded 58 of the county's rape and sexual assault offences."), [Kind::Count]);
}

#[test]
fn a_later_item_of_a_list_with_its_noun_left_out_counts_what_the_first_does() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    assert_eq!(
        kinds("Officers seized 61 vehicles during the checks, and 23 recovered from garages."),
        [(61.0, Kind::Other), (23.0, Kind::Other)]
    );
    assert_eq!(
        kinds("We collected 410 knives from amnesty bins and 95 handed in at front counters."),
        [(410.0, Kind::Other), (95.0, Kind::Other)]
    );
}

#[test]
fn a_percentage_above_or_below_a_yardstick_is_a_change() {
    let lines = ["Kent Police recorded 410 thefts in 2021/22, 18.5 per cent above its ten-year norm."];
    let got = brief(&lines);
    assert!(got.iter().any(|f| f.2 == 18.5 && f.3 == Kind::PercentChange), "{got:?}");
    let lines = ["Essex Police's 388 burglaries in 2022/23 were 7% below the force's long-run average."];
    let got = brief(&lines);
    assert!(got.iter().any(|f| f.2 == -7.0 && f.3 == Kind::PercentChange), "{got:?}");
}

#[test]
fn a_percentage_above_or_below_an_earlier_year_is_that_years_change() {
    let lines = ["Lancashire Police logged 2,040 thefts in 2022/23, 9% above the year before."];
    let got = brief(&lines);
    assert!(
        got.iter().any(|f| f.2 == 9.0 && f.3 == Kind::PercentChange && f.1.as_deref() == Some("2022/23")),
        "{got:?}"
    );
    let lines = ["In 2023-24 the force's 1,310 burglaries were 4 per cent below 2022-23."];
    let got = brief(&lines);
    assert!(
        got.iter().any(|f| f.2 == -4.0 && f.3 == Kind::PercentChange && f.1.as_deref() == Some("2023/24")),
        "{got:?}"
    );
}

#[test]
fn a_label_clause_s_last_noun_says_what_its_value_counts() {
    let lines = ["Dorset Police, the smallest force, recorded the fewest missing episodes: 1,204."];
    let got = brief(&lines);
    assert!(!got.iter().any(|f| f.2 == 1204.0 && f.3 == Kind::Count), "{got:?}");
    let lines = ["Kent Police, biggest of the group, counted the most detectives: 3,410."];
    let got = brief(&lines);
    assert!(!got.iter().any(|f| f.2 == 3410.0 && f.3 == Kind::Count), "{got:?}");
}

#[test]
fn children_in_care_or_looked_after_are_people_not_offences() {
    for (line, value) in [
        ("Kent has around 2,100 children in care, the council said in 2023/24.", 2100.0),
        ("Essex County Council counted 1,640 children looked after in 2023/24.", 1640.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().any(|f| f.2 == value && f.3 == Kind::Other), "{line}: {found:?}");
    }
    // Offences against children in care are still offences.
    let line = "Kent Police recorded 212 offences against children in care in 2023/24.";
    assert!(brief(&[line]).iter().any(|f| f.2 == 212.0 && f.3 == Kind::Count), "{line}");
}

#[test]
fn civil_claims_and_cases_are_not_offences() {
    for (line, value) in [
        ("Kent Police paid £90,000 to settle 23 civil claims in 2023/24.", 23.0),
        ("In 2023/24 Essex Police faced 41 civil actions brought by members of the public.", 41.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().all(|f| f.2 != value || f.3 == Kind::Other), "{line}: {found:?}");
    }
    let line = "Kent Police recorded 23 cases of fraud in 2023/24.";
    assert!(brief(&[line]).iter().any(|f| f.2 == 23.0 && f.3 == Kind::Count), "{line}");
}

#[test]
fn a_share_after_but_is_not_the_change_of_the_clause_before() {
    for (line, value) in [
        ("Stalking offences in Kent soar - but just 6% end in a charge", 6.0),
        ("Frauds in Essex rose sharply in 2023/24, but only 3% led to a suspect being named.", 3.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().any(|f| f.2 == value && f.3 == Kind::Other), "{line}: {found:?}");
    }
    // A change told after "but" by its own words is still one.
    let line = "Kent's total was flat in 2022/23, but rose by 6% in 2023/24.";
    assert!(brief(&[line]).iter().any(|f| f.2 == 6.0 && f.3 == Kind::PercentChange), "{line}");
}

#[test]
fn a_later_item_of_a_list_after_a_further_or_another_counts_what_the_first_does() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    assert_eq!(
        kinds("Officers seized 61 vehicles in Kent, and a further 23 recovered from garages."),
        [(61.0, Kind::Other), (23.0, Kind::Other)]
    );
    assert_eq!(
        kinds("Essex trained 410 volunteers in 2023/24 and another 95 recruited through schools."),
        [(410.0, Kind::Other), (95.0, Kind::Other)]
    );
}

#[test]
fn a_change_hedged_as_closer_to_or_nearer_to_a_value_is_a_percent_change() {
    let found = brief(&["Forces in Kent that kept records saw a rise closer to 38% in 2018/19."]);
    assert_eq!(found.iter().map(|f| (f.2, f.3)).collect::<Vec<_>>(), [(38.0, Kind::PercentChange)], "{found:?}");
    let found = brief(&["In Kent the fall was nearer to 12 per cent in 2018/19."]);
    assert_eq!(found.iter().map(|f| (f.2, f.3)).collect::<Vec<_>>(), [(-12.0, Kind::PercentChange)], "{found:?}");
}

#[test]
fn reports_a_body_took_action_on_are_its_work_not_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(kinds("The charity's hotline took action on 48,300 reports in 2023."), [Kind::Other]);
    assert_eq!(kinds("Its analysts actioned 9,120 reports last year."), [Kind::Other]);
    assert_eq!(kinds("Norfolk Police received 9,120 reports of stalking last year."), [Kind::Count]);
}
