//! Places a figure is compared with, ranked within, singled out from or set against (the
//! country's or a region's average, a national rise), which are not its place and do not move
//! what the text goes on about.

use super::*;

#[test]
fn a_place_a_force_is_compared_with_is_not_where_its_figure_is() {
    let lines = [
        "Merseyside Police recorded 2,845 hate crimes in 2022/23.",
        "Lancashire Constabulary, which neighbours Merseyside, saw hate crime rise from 2,455 to 2,601.",
    ];
    assert_eq!(place_of(&lines, 2455.0), some("Lancashire Constabulary"));
    assert_eq!(place_of(&lines, 2601.0), some("Lancashire Constabulary"));
    let line = "Surrey Police, which shares a number of specialist teams with Sussex, recorded 288 online offences.";
    assert_eq!(place_of(&[line], 288.0), some("Surrey Police"));
    let line = "Unlike Kent, Essex Police saw offences rise to 800.";
    assert_eq!(place_of(&[line], 800.0), some("Essex Police"));
}

#[test]
fn a_place_a_figure_is_ranked_within_is_not_its_place() {
    let line = "Avon and Somerset Constabulary had the highest total in the south west, at 876.";
    assert_eq!(place_of(&[line], 876.0), some("Avon and Somerset Police"));
    let line = "Kent Police recorded 412, the second-highest number of any force in England and Wales.";
    assert_eq!(place_of(&[line], 412.0), some("Kent Police"));
}

#[test]
fn a_region_a_described_spot_is_ranked_within_is_not_the_figures_place() {
    let lines = [
        "Figures from British Transport Police cover every station on the network.",
        "More than 900 thefts were recorded at Ashcombe Parkway in 2023/24, which made it the worst-hit halt on the line in the North West.",
    ];
    assert_ne!(place_of(&lines, 900.0), some("North West"));
    let lines = [
        "Humberside Police released the figures for 2023/24.",
        "Burglaries on Mill Lane reached 88, the highest of any single street in Yorkshire.",
    ];
    assert_ne!(place_of(&lines, 88.0), some("Yorkshire"));
    // A region's own figure stays the region's.
    let line = "The North West recorded 900 thefts at stations in 2023/24, the most crime-hit region.";
    assert_eq!(place_of(&[line], 900.0), some("North West"));
}

#[test]
fn a_place_singled_out_past_with_as_the_most_is_not_the_place_of_the_number_before() {
    let lines = [
        "Police in England and Wales recorded 212,400 vehicle thefts in 2023/24.",
        "Vehicle thefts rose 14% in a year, with Lancashire Constabulary seeing the sharpest rise of the ten forces.",
    ];
    assert_ne!(place_of(&lines, 14.0), some("Lancashire Constabulary"));
    let lines =
        ["Kent Police recorded 900 burglaries in 2023/24.", "Burglaries rose 9%, with Thanet the worst affected."];
    assert_eq!(place_of(&lines, 9.0), some("Kent Police"));
    // Past ", with", a place not singled out keeps the number before it.
    let lines = ["Thefts rose 14% in a year, with Lancashire Constabulary blaming organised gangs."];
    assert_eq!(place_of(&lines, 14.0), some("Lancashire Constabulary"));
}

#[test]
fn a_place_a_force_is_singled_out_within_is_not_its_place() {
    let line =
        "Durham Constabulary was the only force in the North East to see a rise, with 312 offences, up 5 per cent.";
    assert_eq!(place_of(&[line], 312.0), some("Durham Constabulary"));
    assert_eq!(place_of(&[line], 5.0), some("Durham Constabulary"));
    let line = "Dorset Police, one of only two forces in the South West to record a fall, logged 140.";
    assert_eq!(place_of(&[line], 140.0), some("Dorset Police"));
    let line = "Lancashire Constabulary recorded more than any other force in the North West, at 1,020.";
    assert_eq!(place_of(&[line], 1020.0), some("Lancashire Constabulary"));
}

#[test]
fn the_country_named_only_as_a_yardstick_does_not_become_the_place() {
    let lines = [
        "Norfolk Constabulary recorded 640 offences in 2022/23.",
        "The chief constable said the national picture was worse.",
        "The force also recorded 95 online offences.",
        "Officers made 120 arrests.",
    ];
    assert_eq!(place_of(&lines, 95.0), some("Norfolk Constabulary"));
    assert_eq!(place_of(&lines, 120.0), some("Norfolk Constabulary"));
}

#[test]
fn the_largest_share_in_a_force_is_a_part_of_that_forces_figures() {
    let lines = [
        "Sussex Police recorded 2,400 hate crimes in 2022/23.",
        "Religious hate crimes made up the smallest share in Surrey, with 48 offences.",
    ];
    assert_eq!(place_of(&lines, 48.0), some("Surrey Police"));
}

#[test]
fn a_superlative_of_what_is_counted_ranks_within_the_region_after_it() {
    let line =
        "North Yorkshire Police has the highest rate of hare-coursing reports in Yorkshire, at 31 per 100,000 people.";
    assert_eq!(place_of(&[line], 31.0), some("North Yorkshire Police"));
    // Where the most were recorded is the place of the figure.
    let line = "The most burglaries were recorded in the North West, with 3,000.";
    assert_eq!(place_of(&[line], 3000.0), some("North West"));
}

#[test]
fn the_national_rise_a_figure_is_compared_with_is_not_its_place() {
    let lines = [
        "Essex Police logged 930 online offences in 2023/24.",
        "That was up 9 per cent on the year before, well ahead of the national rise.",
    ];
    assert_eq!(place_of(&lines, 9.0), some("Essex Police"));
}

#[test]
fn the_country_whose_average_a_figure_is_set_against_is_not_its_place() {
    let lines = [
        "Cheshire Constabulary logged 4,310 burglaries in 2023/24.",
        "That is 3.9 burglaries per 1,000 homes, well below the average across England and Wales.",
        "Shoplifting rose by 12 per cent to 6,020 offences.",
    ];
    assert_eq!(place_of(&lines, 3.9), some("Cheshire Constabulary"));
    assert_eq!(place_of(&lines, 6020.0), some("Cheshire Constabulary"));
    let line = "Lincolnshire recorded 18 thefts per 1,000 people, higher than the England and Wales rate.";
    assert_eq!(place_of(&[line], 18.0), some("Lincolnshire Police"));
    let line = "Burglaries rose to 61,000 across England and Wales.";
    assert_eq!(place_of(&[line], 61000.0), some(NATIONAL));
}

#[test]
fn the_region_whose_average_a_figure_is_set_against_is_not_its_place() {
    let lines = [
        "Essex Police logged 5,200 burglaries in 2023/24.",
        "That is about 6 burglaries per 1,000 homes, in line with the average for the East of England.",
        "Car thefts rose by 14 per cent to 2,310.",
    ];
    assert_eq!(place_of(&lines, 6.0), some("Essex Police"));
    assert_eq!(place_of(&lines, 2310.0), some("Essex Police"));
    let lines = [
        "Derbyshire Constabulary recorded 940 robberies in 2022/23, above the rate across the East Midlands.",
        "Knife offences fell 3% to 512.",
    ];
    assert_eq!(place_of(&lines, 940.0), some("Derbyshire Constabulary"));
    assert_eq!(place_of(&lines, 512.0), some("Derbyshire Constabulary"));
}

#[test]
fn the_text_goes_on_about_a_figures_place_not_the_average_it_was_set_against() {
    let lines = [
        "Kent Police logged 612 offences in 2022/23, a rate of 33 per 100,000, above the England and Wales average of 28.",
        "Around 140 of the offences involved a weapon.",
    ];
    assert_eq!(place_of(&lines, 140.0), some("Kent Police"));
    assert_eq!(place_of(&lines, 28.0), some("national"));
    let lines = [
        "In Lewisham that equals 0.7 thefts per 1,000 people, against a London average of 0.4.",
        "Some 55 thefts happened near the station.",
    ];
    assert_eq!(place_of(&lines, 55.0), some("Lewisham"));
}

#[test]
fn the_countrys_value_a_forces_figure_is_compared_with_is_a_yardstick() {
    let lines = [
        "Kent Police recorded 120,400 crimes in 2024/25, its annual report shows.",
        "That is a rate of 72.1 per 1,000 residents, compared with 84.3 across England and Wales.",
        "Burglaries rose by 6 per cent to 8,410.",
    ];
    assert_eq!(place_of(&lines, 84.3), some(NATIONAL));
    assert_eq!(place_of(&lines, 8410.0), some("Kent Police"));
    let lines = [
        "Gwent Police solved 14 per cent of burglaries in 2024/25, against 11 per cent nationally.",
        "It charged 230 people.",
    ];
    assert_eq!(place_of(&lines, 230.0), some("Gwent Police"));
}

#[test]
fn in_a_national_story_a_local_figure_set_against_the_country_is_the_aside() {
    let lines = [
        "Knife crime rose by 4 per cent across England and Wales in 2023/24, Home Office figures show.",
        "Essex Police recorded a rise of 9 per cent, against 4 per cent nationally.",
        "The figures show 50,500 offences involving a knife or sharp instrument.",
    ];
    assert_eq!(place_of(&lines, 9.0), some("Essex Police"));
    assert_eq!(place_of(&lines, 50500.0), some(NATIONAL));
    let lines = [
        "Police in England and Wales recorded 430,000 shoplifting offences in 2023/24, a rise of 23 per cent.",
        "Kent saw a rise of 5 per cent, compared with 23 per cent across England and Wales.",
        "In total, 12,000 people were charged.",
    ];
    assert_eq!(place_of(&lines, 12000.0), some(NATIONAL));
    // Nor is the country's value a yardstick when the figure before it is the country's too.
    let lines = [
        "Action Fraud received 300,000 reports, against 280,000 in England and Wales the year before.",
        "Some 40 per cent involved online shopping.",
    ];
    assert_eq!(place_of(&lines, 40.0), some(NATIONAL));
}

#[test]
fn an_average_with_its_place_between_average_and_value_is_a_yardstick_too() {
    let lines = [
        "Surrey Police recorded 41.2 thefts per 1,000 homes, under the average for England and Wales of 44.9 per 1,000.",
        "Shed thefts rose by 6 per cent to 880.",
    ];
    assert_eq!(place_of(&lines, 880.0), some("Surrey Police"));
    assert_eq!(place_of(&lines, 44.9), some("national"));
    let lines = [
        "Gwent Police solved 14 per cent of burglaries, above the average across the country of 11 per cent.",
        "It charged 230 people.",
    ];
    assert_eq!(place_of(&lines, 230.0), some("Gwent Police"));
    let lines = [
        "Kent Police recorded 72.1 offences per 1,000 residents, under the average for forces in England and Wales of 84.3.",
        "Burglaries rose by 6 per cent to 8,410.",
    ];
    assert_eq!(place_of(&lines, 72.1), some("Kent Police"));
    assert_eq!(place_of(&lines, 84.3), some(NATIONAL));
    assert_eq!(place_of(&lines, 8410.0), some("Kent Police"));
    // An average over a time is the figure's own.
    let line = "Kent Police logged 380 thefts in March, while the average for the year was 352.";
    assert!(!is_average_yardstick(line, line.find("352").unwrap_or(0)));
}

#[test]
fn the_value_a_comparison_starts_from_is_about_the_place_of_the_value_compared() {
    let line = "Kent Police logged 330 thefts from lorries bound for London in 2023/24, twice the 165 in 2021/22.";
    assert_eq!(place_of(&[line], 165.0), some("Kent Police"));
    let line = "British Transport Police recorded 210 thefts on trains in Wales in 2023/24, up from 150 in 2022/23.";
    assert_eq!(place_of(&[line], 150.0), place_of(&[line], 210.0));
    // A place printed with the starting value is its own.
    let line = "Kent Police logged 330 thefts in 2023/24, compared with 290 in Essex.";
    assert_eq!(place_of(&[line], 290.0), some("Essex Police"));
}

#[test]
fn a_national_rate_a_force_is_set_against_is_not_what_the_text_goes_on_about() {
    let lines = [
        "Gwent Police had 96 offences per 100,000 people in 2022/23, twice the UK rate of 48.",
        "Some 230 of its offences involved a weapon.",
    ];
    assert_eq!(place_of(&lines, 230.0), some("Gwent Police"));
}

#[test]
fn a_value_compared_with_in_another_place_does_not_move_what_the_text_is_about() {
    let lines = [
        "Lancashire Constabulary recorded 1,212 robberies in 2023/24, compared with 1,390 in Cumbria.",
        "Officers made 3,070 arrests.",
    ];
    assert_eq!(place_of(&lines, 1390.0), some("Cumbria Constabulary"));
    assert_eq!(place_of(&lines, 3070.0), some("Lancashire Constabulary"));
    // "The force" is still the force of the figure, not the one it was compared with.
    let lines = [
        "Lancashire Constabulary recorded 1,212 robberies in 2023/24, compared with 1,390 in Cumbria.",
        "The force charged 340 people.",
    ];
    assert_eq!(place_of(&lines, 340.0), some("Lancashire Constabulary"));
    // Nor one measured against an average elsewhere.
    let lines =
        ["Dorset Police solved 18% of thefts in 2023/24, against 12% in Devon and Cornwall.", "It charged 240 people."];
    assert_eq!(place_of(&lines, 240.0), some("Dorset Police"));
    // Set against the country in a sentence ranking places, a local figure leaves the text where
    // the country's value took it (outside a ranking, the country's value is a yardstick).
    let lines = [
        "Manchester had the highest rate, 141 per 100,000 people, against 79 per 100,000 across England and Wales.",
        "Some 2,450 offences were recorded in all.",
    ];
    assert_eq!(place_of(&lines, 2450.0), some(NATIONAL));
    // A clause of its own about another place moves it there.
    let lines = [
        "Lancashire Constabulary recorded 1,212 robberies in 2023/24, while Cumbria Constabulary recorded 1,390.",
        "Officers there made 3,070 arrests.",
    ];
    assert_eq!(place_of(&lines, 3070.0), some("Cumbria Constabulary"));
}

#[test]
fn the_nation_a_part_of_its_force_is_ranked_in_is_not_the_parts_place() {
    let line = "Tayside Police, the smallest force in Scotland, recorded 2,310 thefts in 2011/12.";
    assert_eq!(place_of(&[line], 2310.0), some("Tayside Police"));
    let line = "Fife Constabulary, the busiest of Scotland's eight forces, logged 5,020 assaults in 2010/11.";
    assert_eq!(place_of(&[line], 5020.0), some("Fife Constabulary"));
    let line = "Greater Glasgow, the largest division in Scotland, had 3,213 robberies in 2022/23.";
    assert_eq!(place_of(&[line], 3213.0), some("Greater Glasgow"));
    // A force ranked among the nation's others, printed as their owner.
    let line = "Gwent Police, the smallest of Wales's four forces, recorded 818 burglaries in 2023/24.";
    assert_eq!(place_of(&[line], 818.0), some("Gwent Police"));
    // Named alone, the nation is still its force's ground.
    let line = "Robberies in Scotland were the highest in Scotland since 2001, at 2,900 in 2011/12.";
    assert_eq!(place_of(&[line], 2900.0), some("Police Scotland"));
}

#[test]
fn a_comparison_set_aside_does_not_carry_into_the_next_paragraph() {
    let lines = [
        "Lincolnshire Police recorded 412 thefts of farm machinery in 2022/23.",
        "By comparison, police across England and Wales recorded 9,800 such thefts in 2022/23.",
        "Quad bikes were the most targeted. There were 160 taken in 2022/23, against 120 in 2021/22.",
    ];
    assert_eq!(place_of(&lines, 9800.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 160.0), some("Lincolnshire Police"));
    assert_eq!(place_of(&lines, 120.0), some("Lincolnshire Police"));
    let lines = [
        "Cumbria Constabulary logged 88 hate crimes at football grounds in 2023/24.",
        "In contrast, forces across the UK logged 2,640 in 2023/24.",
        "Some 31 of the incidents happened at away matches.",
    ];
    assert_eq!(place_of(&lines, 2640.0), some(NATIONAL));
    assert_eq!(place_of(&lines, 31.0), some("Cumbria Constabulary"));
    // "The force" after an aside about another force is still the text's own.
    let lines = [
        "Cumbria Constabulary logged 88 hate crimes at football grounds in 2023/24.",
        "For comparison, Lancashire Constabulary logged 240 in 2023/24.",
        "The force said 31 of its incidents happened at away matches.",
    ];
    assert_eq!(place_of(&lines, 31.0), some("Cumbria Constabulary"));
}

#[test]
fn a_forces_share_of_the_countrys_total_leaves_the_text_about_the_country() {
    let lines = [
        "Police in England and Wales recorded 5,210 stalking offences in 2023/24.",
        "Kent Police recorded 301 of these, a rise of 14%.",
        "Helpline calls about stalking fell by 6% to 4,480.",
    ];
    assert_eq!(place_of(&lines, -6.0), some(NATIONAL));
    let lines = [
        "Across the UK, forces logged 880 drone offences last year.",
        "Of those, 72 were in the Essex Police area.",
        "Reports to the charity rose 9%.",
    ];
    assert_eq!(place_of(&lines, 9.0), some(NATIONAL));
}

#[test]
fn a_comparison_in_a_clause_opening_on_another_place_is_that_place_s() {
    let lines = ["Cheshire Constabulary reported 9% more robberies in 2023/24, yet Merseyside Police's total fell from 930 to 870."];
    assert_eq!(place_of(&lines, 930.0).as_deref(), Some("Merseyside Police"));
    assert_eq!(place_of(&lines, 870.0).as_deref(), Some("Merseyside Police"));
    let lines = ["Burglaries in Surrey fell 6% in 2021/22, while in Sussex the total went up from 2,410 to 2,530."];
    assert_eq!(place_of(&lines, 2410.0).as_deref(), Some("Sussex Police"));
}

#[test]
fn a_place_a_figure_is_likened_to_or_set_apart_from_is_not_its_place() {
    let first = ["Unlike its neighbour Norfolk, Suffolk saw burglaries fall, to 512."];
    assert_eq!(place_of(&first, 512.0), some("Suffolk Constabulary"));
    let second = ["Dorset, like neighbouring Hampshire and Wiltshire, logged 96 such crimes."];
    assert_eq!(place_of(&second, 96.0), some("Dorset Police"));
}

#[test]
fn paired_values_after_two_places_compared_go_to_the_places_in_order() {
    let cases: &[&str] = &[
        "Rates of violent crime in Kent were higher than in Essex, at 6.4 against 5.2 per 1,000 people.",
        "Burglary rates in Surrey were lower than in Sussex, 3.1 compared with 4.7 per 1,000 households.",
        "Robbery was rarer in Devon than in Dorset (1.2 v 1.9 per 1,000 people).",
    ];
    for line in cases {
        let found = brief(&[line]);
        let places: Vec<Option<String>> = found.iter().map(|f| f.0.clone()).collect();
        let first = ["Kent Police", "Surrey Police", "Devon"];
        let second = ["Essex Police", "Sussex Police", "Dorset Police"];
        assert_eq!(found.len(), 2, "{line}: {found:?}");
        assert!(places[0].as_deref().is_some_and(|p| first.contains(&p)), "{line}: {found:?}");
        assert!(places[1].as_deref().is_some_and(|p| second.contains(&p)), "{line}: {found:?}");
    }
}

#[test]
fn a_region_ranked_within_that_opens_a_where_clause_is_the_place_of_its_figures() {
    let lines = [
        "Lancashire Police recorded 900 thefts in 2022.",
        "The cost of a theft was highest in the North West, where the average was £4,100.",
    ];
    assert_eq!(place_of(&lines, 4100.0), some("North West"));
    let lines = ["Merseyside Police recorded 1,300 burglaries in 2022, the most in the North West, where the average was 1,050 per force."];
    assert_eq!(place_of(&lines, 1300.0), some("Merseyside Police"));
    assert_eq!(place_of(&lines, 1050.0), some("North West"));
    // The number ranked is not the region's.
    let lines = ["Kent Police said thefts rose to 870, the highest in the South East, where forces averaged 610."];
    assert_eq!(place_of(&lines, 870.0), some("Kent Police"));
    assert_eq!(place_of(&lines, 610.0), some("South East"));
}
