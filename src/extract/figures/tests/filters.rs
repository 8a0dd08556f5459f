//! Numbers that are not statistics, and numbers that are.

use super::*;

#[test]
fn phone_numbers_are_not_figures() {
    for line in [
        "Parents can ring the NSPCC helpline free on 0808 123 4567.",
        "If a child is in danger call 999, or call the police on 101.",
        "Childline can be reached on 0800 1111 at any time.",
        "Contact us on 01234 567890 or text 999.",
        "Call 999 in an emergency or 101 to report a crime.",
        "Advice is free on 0300 12 34 56 from 9am.",
        "Witnesses can text the team on 87654 at any time.",
        "The support line is open all day on 08 08 16 89 111.",
        "Families can call 01 23 45 67 89 for advice.",
        "Forward suspicious texts to 7726 for free.",
        "Text the word HELP to 85258 at any time.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_service_number_a_heading_names_as_a_topic_is_no_figure() {
    for lines in [
        ["Kent Police recorded 4,120 burglaries in 2023/24.", "Staffing and 101"],
        ["Kent Police recorded 4,120 burglaries in 2023/24.", "101 and online reporting"],
    ] {
        assert_eq!(values(&lines), [4120.0], "{lines:?}");
    }
    // A heading's count is still one.
    assert_eq!(values(&["Kent Police recorded 4,120 burglaries.", "Burglaries fall to 101"]), [4120.0, 101.0]);
    assert_eq!(values(&["Thefts of 12 and 101 stolen cars"]), [12.0, 101.0]);
}

#[test]
fn a_count_sent_to_someone_by_text_is_still_a_figure() {
    let line = "The force sent messages to 4500 residents about scams in 2023/24.";
    assert_eq!(values(&[line]), [4500.0]);
}

#[test]
fn a_number_of_wards_is_not_a_figure() {
    for line in [
        "Thefts rose in only three of the town's 17 wards in 2023/24.",
        "Burglaries fell in 2023/24 across all 24 council wards in Derby.",
    ] {
        assert!(!values(&[line]).contains(&17.0) && !values(&[line]).contains(&24.0), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_number_of_command_units_is_not_a_figure() {
    for (line, n) in [
        ("The North East BCU, one of 12 BCUs across London, logged 214 offences in 2024/25.", 12.0),
        ("Kent Police, split into six basic command units, recorded 900 thefts in 2023/24.", 6.0),
    ] {
        assert!(!values(&[line]).contains(&n), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn an_agenda_item_number_is_not_a_figure() {
    for line in ["Item 9: annual policing report 2023/24", "Members turned to items 4 and 5 of the agenda in 2023/24."]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_parliamentary_question_number_or_a_committee_session_number_is_not_a_figure() {
    for line in [
        "UIN 48213, tabled on 2 May 2023",
        "Knife Crime: Kent Police (UIN 12034), answered 9 June 2023",
        "Item 2: Inquiry into youth violence in 2023/24: evidence session 4",
        "Kent Police gave evidence at the committee's second sitting 2 on knife crime.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_numbered_box_table_or_annex_of_a_report_is_not_a_figure() {
    for line in [
        "Box 4.1: Voices of young people",
        "Table 7 sets out the burglaries recorded in Kent in 2023/24.",
        "See Annex 3 for how the thefts in Surrey were counted.",
        "The method is in Appendix 2.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn the_version_of_a_licence_or_a_document_is_not_a_figure() {
    for line in [
        "Text licensed CC BY 4.0.",
        "Words and pictures are shared under CC BY-SA 3.0 unless marked.",
        "Kent Police published version 2 of its burglary data in 2023/24.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count after a word ending like one is still a figure.
    assert_eq!(values(&["Kent Police recorded 4 burglaries in 2023/24."]), [4.0]);
}

#[test]
fn numbers_listed_after_the_plural_of_a_reports_parts_are_those_parts() {
    for line in [
        "Boxes 3 and 4 give the burglaries recorded in Kent in 2023/24.",
        "The thefts in Surrey are set out in Annexes 2 to 5.",
        "Appendices 1, 2 and 6 describe how Essex Police counted offences.",
        "Paragraphs 12 and 14 of the report cover the 2022/23 thefts in Kent.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn ages_are_not_figures() {
    for line in [
        "Offences against under-18s in Kent were recorded.",
        "A 13-year-old girl in Kent was groomed.",
        "Victims in Kent were aged ten and under.",
        "Kent recorded offences against children under 13.",
        "The victim in Kent was a five-year-old boy.",
        "In Kent most of the children were aged between 11 and 14.",
        "In Kent, offenders targeted pupils as young as four.",
        "Kent victims were as young as 6.",
        "A toddler in Kent was under the age of two.",
        "Victims in Kent were three-years-old.",
        "In Kent, 15 was the usual age of those targeted.",
        "Offences against U18s in Kent were recorded.",
        "In Kent, 13-17 year olds were the most targeted.",
        "Victims in Kent were mostly 14 year olds.",
        "My daughter was 12 when a man in Kent started messaging her.",
        "In Kent, the victim was only 9.",
        "14 the most common age of a victim in Kent",
        "Kent victims: 12 - the average age when first contacted",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_count_before_words_about_an_age_group_is_still_a_figure() {
    for line in [
        "Assaults on over-80s in Kent reached 275, the oldest age band in the data.",
        "Crimes against pupils aged 11 to 16 in Kent rose to 812, the same age bracket as before.",
    ] {
        assert!(values(&[line]).iter().any(|v| *v > 200.0), "{line}: {:?}", values(&[line]));
    }
    // The number said to be an age still is one.
    assert!(values(&["In Kent, 14 is the median age of those groomed."]).is_empty());
}

#[test]
fn an_age_range_whose_first_end_hangs_on_a_hyphen_is_no_figure() {
    for line in [
        "The Kent project works with 12- to 16-year-olds excluded from school.",
        "In Kent, 14- and 15-year-olds were the most targeted.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_round_number_in_words_beside_the_count_it_rounds_is_a_figure() {
    let line = "Of those, 97 - nearly a hundred - were burglaries in Kent in 2022/23.";
    assert_eq!(values(&[line]), [97.0, 100.0]);
    let line = "Kent recorded 412 offences, more than four hundred, in 2022/23.";
    assert_eq!(values(&[line]), [412.0, 400.0]);
    // Not one far from the count, nor a hundred said alone.
    assert_eq!(values(&["Kent recorded 61 offences - nearly a hundred - in 2022/23."]), [61.0]);
    assert_eq!(values(&["Police in Kent were called nearly a hundred times."]), Vec::<f64>::new());
    // Counting people, it is as "nearly 100 people" is: no count of offences.
    assert!(brief(&["Nearly a hundred people came to the meeting in Kent."]).iter().all(|f| f.3 == Kind::Other));
}

#[test]
fn a_number_in_words_with_offences_recorded_by_it_is_a_count() {
    let line = "Rutland had the fewest burglaries in 2022/23, with thirty-one recorded.";
    assert_eq!(brief(&[line]).iter().map(|f| (f.2, f.3)).collect::<Vec<_>>(), [(31.0, Kind::Count)]);
    let line = "Kent saw the most thefts in 2022/23, with 412 reported.";
    assert_eq!(brief(&[line]).iter().map(|f| (f.2, f.3)).collect::<Vec<_>>(), [(412.0, Kind::Count)]);
}

#[test]
fn a_second_age_joined_to_an_age_is_an_age_however_old() {
    for line in ["The women, aged 34 and 58, were arrested in Kent.", "In Kent, brothers aged 17 and 26 were charged."]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // A number with a noun of its own after an age counts it.
    assert_eq!(values(&["In Kent, children aged 15 and 40 adults were helped."]), [40.0]);
}

#[test]
fn a_part_of_a_group_set_off_by_commas_is_no_age() {
    for (line, part) in [
        ("Police in Kent identified 212 victims, 57 of whom were under 16.", 57.0),
        ("The Kent scheme reached 1,200 kids, 300 of them in Medway.", 300.0),
        ("Kent recorded 640 offences against girls, 12.5 on average a week.", 12.5),
        ("Kent recorded offences against 2,400 children, 150 in Medway alone.", 150.0),
    ] {
        assert!(values(&[line]).contains(&part), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_count_of_cases_beside_an_age_is_still_a_figure() {
    assert_eq!(values(&["In Kent, in 40 cases the children were aged three or younger."]), [40.0]);
    assert_eq!(values(&["In Kent, 512 involved children under eight and 96 involved babies."]), [512.0, 96.0]);
    assert_eq!(values(&["Kent logged nearly 100 crimes against children aged nine or under."]), [100.0]);
}

#[test]
fn years_durations_and_counts_of_forces_are_not_figures() {
    for line in [
        "The law came into force in 2003 in England and Wales.",
        "The man was sentenced to 31 years over 50 counts of abuse.",
        "Nearly 17 months have passed since the plans were announced.",
        "Replies came from 39 forces covering England and Wales.",
        "All 46 forces across the UK responded.",
        "The new offence was created eight years ago.",
        "Figures from 43 police forces were collected.",
        "All four forces in Wales responded.",
        "It was published on 16th Nov 2020.",
        "The show is on Channel 4 at 9pm.",
        "Offences per 100,000 people are shown.",
        "Offending has trebled over the seven years since the law changed.",
        "That is one in five children in Kent.",
        "Around 1 in 10 offences in Kent were online.",
        "Of the 39 forces that responded to the request, 30 reported an increase.",
        "Of the forces in the region, only three saw a fall.",
        "One officer, who asked not to be named, described the work as relentless.",
        "Kent Police&#8217;s team was praised.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn multiples_and_fractions_in_words_are_not_figures() {
    for line in [
        "Offences in Kent have more than trebled.",
        "Offences in Kent have almost doubled.",
        "Offences in Kent rose by a third.",
        "Offences in Kent rose five-fold.",
        "Almost half of all cases in Kent involved Snapchat.",
        "One of the causes was better recording.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn numbers_in_words_are_figures_when_they_count_something() {
    assert_eq!(values(&["Kent recorded nine offences in 2019/20."]), [9.0]);
    assert_eq!(values(&["Kent recorded four thousand burglaries in 2019/20."]), [4000.0]);
    assert_eq!(values(&["One offence was recorded in Kent."]), [1.0]);
    assert_eq!(values(&["Offences in Kent rose by seven per cent."]), [7.0]);
    assert_eq!(values(&["Twenty-five cases were logged by Kent Police."]), [25.0]);
    assert_eq!(values(&["Kent recorded 3,000-plus offences."]), [3000.0]);
    assert_eq!(values(&["The lowest number was in the City of London, where four were recorded."]), [4.0]);
}

#[test]
fn one_as_a_threshold_or_a_figure_of_speech_is_not_a_figure() {
    for line in [
        "In Kent, 39% of incidents resulted in at least one crime being recorded.",
        "Kent Police said one hate crime is one too many.",
        "Victims in Kent reported more than one offence.",
        "In Kent, one or more offences were linked to the app.",
    ] {
        assert!(!values(&[line]).contains(&1.0), "{line}: {:?}", values(&[line]));
    }
    assert_eq!(values(&["Only one offence was recorded in Rutland in 2019/20."]), [1.0]);
}

#[test]
fn one_person_brought_in_to_speak_or_be_described_is_not_a_count_of_one() {
    for line in [
        "One victim from Rutland, who asked not to be named, said the calls never stopped.",
        "One victim told us she had moved house twice.",
        "One girl in Oakham, now at university, said she still felt watched.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    assert_eq!(values(&["In Rutland one victim was recorded in 2019/20."]), [1.0]);
    assert!(values(&["Only one victim, a woman, was recorded in Rutland in 2019/20."]).contains(&1.0));
    assert!(values(&["In Rutland just one victim, who was a woman, was recorded in 2019/20."]).contains(&1.0));
}

#[test]
fn a_value_a_total_is_only_heading_for_is_no_figure() {
    for line in [
        "Thefts in Kent are on course to pass the 500 mark this year.",
        "At this rate, the county's total is set to exceed 1,200 by March.",
        "Shoplifting offences in Dorset could top 5,000.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // One it has reached is a figure.
    for line in ["Thefts in Kent passed the 500 mark for the first time in 2022/23.", "Frauds in Essex topped 1,200."] {
        assert!(brief(&[line]).iter().any(|f| f.3 == Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_total_said_to_top_a_value_is_a_figure_but_a_top_ten_is_not() {
    for line in ["Burglaries in Dorset top 3,000 as thefts rise", "Shoplifting offences in Dorset topped 5,000."] {
        let found = brief(&[line]);
        assert!(found.iter().any(|f| f.3 == Kind::Count), "{line}: {found:?}");
    }
    for line in [
        "Dorset is in the top 10 for burglary.",
        "Police map reveals top 20 streets for burglary in Dorset",
        "Dorset's top 5 hotspots were all in Bournemouth.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn counts_of_things_seized_are_not_offences() {
    let found = figures(&["Kent Police took 340 weapons and 25 knives off the streets in 2019/20."]);
    assert!(found.iter().all(|f| f.kind == Kind::Other), "{found:?}");
}

#[test]
fn counts_of_named_kinds_of_forces_and_of_forces_out_of_all_are_not_figures() {
    for line in [
        "All three Scottish forces were merged in 2013.",
        "Only 28 of the 45 forces in the UK gave figures.",
        "The two neighbouring forces did not respond.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn fractions_written_as_one_number_out_of_or_in_another_are_not_figures() {
    for line in [
        "Boys were the victims in three out of 10 cases in Kent.",
        "Seven in 10 reports in Essex came from schools.",
        "Two out of every five cases in Kent involved Instagram.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_score_or_share_out_of_a_hundred_is_not_a_figure() {
    for line in [
        "The winning team at the Kent police quiz scored 91 out of 100.",
        "Inspectors rated the force 64 out of 100 for how it handles online offences.",
        // A comma after the hundred ends the score as a space or a stop does.
        "The custody suite was rated 58 out of 100, well below the national average.",
        "Asked to mark the service, victims gave it 41 out of 100, down from 55 out of 100; officers said it would improve.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count out of a larger total is still a count.
    assert_eq!(values(&["In Kent, 312 out of 400 offences were online."]), [312.0]);
}

#[test]
fn a_house_number_before_a_street_name_is_not_a_figure() {
    for line in [
        "Letters to the editor: Kent Gazette, 27 Castle Street, Maidstone ME14 1AB.",
        "The Essex charity moved to 112 Station Road in 2021.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count of things on a high street counts them.
    assert_eq!(values(&["Kent Police recorded 40 High Street shops burgled in 2023/24."]), [40.0]);
}

#[test]
fn a_short_code_is_a_figure_only_when_it_counts_something() {
    assert_eq!(values(&["Kent logged 12345 offences, the force said, urging victims to contact it."]), [12345.0]);
}

#[test]
fn a_count_that_rose_or_fell_to_a_value_after_the_word_text_is_no_short_code() {
    // "by text … to": the number is what the count climbed to, not where texts are sent.
    assert_eq!(values(&["Scams reported by text jumped to 2700 last year."]), [2700.0]);
    assert_eq!(values(&["Abusive messages fell to 1800 and calls to 900."]), [1800.0, 900.0]);
    // Sending to a short code is still no figure.
    assert!(values(&["Victims can text the word HELP to 70660 anonymously."]).is_empty());
}

#[test]
fn a_short_code_after_texting_or_texted_is_no_figure() {
    for line in [
        "Rail staff urged commuters to flag harassment by texting 61222 from the platform.",
        "More passengers texted 87007 about antisocial behaviour than ever.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn an_age_set_off_by_commas_and_a_clock_time_are_not_figures() {
    for line in [
        "Swansea man jailed after grooming a girl, 14, on a messaging app.",
        "A schoolboy, 15, from Newport was targeted by the gang.",
        "Mark Jones, 41, of Bangor admitted the offences.",
        "Updated 07:45, 12 MAR 2023",
        "Published 18:30, 3 Sept 2021",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A list of places and counts set off by commas is still a list of figures.
    assert_eq!(values(&["Totals were Gwent, 230, and Dyfed-Powys, 101, in 2021/22."]), [230.0, 101.0]);
}

#[test]
fn an_age_after_a_full_name_before_whose_or_a_speech_verb_is_not_a_figure() {
    for line in [
        "Grandfather Alan Pritchard, 63, whose daughter was attacked in Leeds last year, backed the plan.",
        "Shopkeeper Nadia Rahman, 38, said burglaries in Bolton had risen in 2023/24.",
        "Retired nurse Joan Mellor, 71, says she no longer walks home through the park.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count after a named area and a comma is still a figure.
    assert_eq!(values(&["Totals were West Yorkshire, 230, and South Yorkshire, 101, in 2021/22."]), [230.0, 101.0]);
    // So is one after a place or a force before a speech verb or "whose": no person is named.
    for (line, value) in [
        ("The highest number of arrests in 2022/23 was in North Yorkshire, 52, said the report.", 52.0),
        ("Stolen cars recovered in West Yorkshire, 85, whose force has a dedicated unit, rose in 2022/23.", 85.0),
        ("The smallest number of charges in 2022/23 was in Cleveland Police, 37, said the inspectorate.", 37.0),
    ] {
        assert!(values(&[line]).contains(&value), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn counts_of_areas_and_of_chief_constables_are_not_figures() {
    for line in [
        "The rise was seen in most of the region's 11 local policing areas.",
        "Requests went to all 45 territorial police forces in the UK.",
        "Durham is split into 6 neighbourhood policing districts.",
        "The council brings together 39 democratically elected and locally accountable chief constables.",
        "Police in all four nations logged more thefts of bikes.",
        "Fraud rose in each of the UK's 4 home nations last year.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    assert_eq!(values(&["Durham recorded 610 offences across its districts."]), [610.0]);
}

#[test]
fn the_first_day_of_a_range_of_dates_is_not_a_figure() {
    for line in ["The Essex campaign ran from 3 to 9 March.", "The operation in Kent ran 14-20 October."] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_day_of_may_printed_month_first_is_not_a_figure() {
    for line in [
        "Friday, May 17, 2024 | Edition 88 | Free",
        "The Gwent report, published on May 9, found burglaries had risen.",
        "Kent Police said the review would end by May 30.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // With neither a year after it nor a preposition of time before "May", the number is a count.
    assert_eq!(values(&["In May 23 burglaries were recorded in Kent."]), [23.0]);
}

#[test]
fn a_day_of_a_month_named_in_welsh_is_not_a_figure() {
    for line in
        ["Cyhoeddwyd / Published: 3 Mawrth / March 2025", "The Cardiff council meeting on 21 Hydref agreed the plan."]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_number_alone_in_square_brackets_is_a_reference() {
    assert!(values(&["[Back to top][4]"]).is_empty());
    assert_eq!(values(&["Kent recorded 410 offences in 2022/23 [2]."]), [410.0]);
}

#[test]
fn an_age_someone_claimed_and_the_ages_of_the_people_described_are_not_figures() {
    for line in [
        "A stranger claiming to be 14 contacted the girl in Essex.",
        "The man she thought was 17 turned out to be 40 years old.",
        "Victims in Essex were mostly girls, typically 12 to 15.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn one_of_a_kind_is_not_a_count_of_one() {
    assert!(values(&["Grooming is one of the fastest-rising crimes in Essex."]).is_empty());
}

#[test]
fn a_number_in_words_opening_a_sentence_about_part_of_a_count_is_a_figure() {
    let lines =
        ["Essex Police logged 120 grooming offences in 2022/23.", "Forty-one of them involved children under 10."];
    assert_eq!(values(&lines), [120.0, 41.0]);
    // Inside a sentence, "of them" is as likely to be years or people.
    assert!(values(&["She served 20 years, the last eight of them in Kent."]).is_empty());
}

#[test]
fn a_number_in_words_a_count_is_compared_with_is_a_figure() {
    let found = brief(&["Rutland recorded twenty-two offences in 2022/23 compared with fifteen the year before."]);
    let counts: Vec<_> = found.iter().map(|f| (f.1.clone(), f.2, f.3)).collect();
    assert_eq!(counts, [(some("2022/23"), 22.0, Kind::Count), (some("2021/22"), 15.0, Kind::Count)], "{found:?}");
}

#[test]
fn a_number_in_words_compared_with_after_just_or_only_is_a_figure() {
    let line = "Rutland recorded 48 burglaries in 2023/24, compared with just seven in 2014/15.";
    assert_eq!(period_of(&[line], 7.0).as_deref(), Some("2014/15"));
    let line = "Thefts from cars reached 61 last year, up from only eight in 2019/20, the force said.";
    assert_eq!(period_of(&[line], 8.0).as_deref(), Some("2019/20"));
}

#[test]
fn numbers_in_words_at_the_ends_of_a_change_in_offences_are_figures() {
    let found =
        brief(&["Burglaries in Rutland went up, from sixty-one in 2021/22 to one hundred and four in 2022/23."]);
    let counts: Vec<_> = found.iter().map(|f| (f.1.clone(), f.2, f.3)).collect();
    assert_eq!(counts, [(some("2021/22"), 61.0, Kind::Count), (some("2022/23"), 104.0, Kind::Count)], "{found:?}");
    assert_eq!(values(&["In Rutland, robberies fell to thirty-two in 2022/23."]), [32.0]);
    // A change in something other than offences is no count of them.
    assert!(values(&["The Rutland team went up, from six in 2021/22 to eleven in 2022/23."]).is_empty());
    assert!(values(&["In Rutland, officers on patrol fell to thirty-two in 2022/23."]).is_empty());
}

#[test]
fn things_done_and_people_helped_are_not_counts_of_offences() {
    for line in [
        "Officers made 310 home visits in Dorset in 2023/24.",
        "In Dorset, 95 children were referred to social services in 2023/24.",
        "Dorset will fund 12 'early help' support workers.",
        "Detectives in Dorset closed 31 county lines last year.",
        "Knives handed in at Dorset stations: 640",
        "Detectives found 5,200 indecent images, 410 of them in the most serious category.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    assert_eq!(brief(&["Offences recorded by Dorset Police: 640"])[0].3, Kind::Count);
    assert_eq!(brief(&["In Dorset, 95 children were victims of grooming in 2023/24."])[0].3, Kind::Count);
}

#[test]
fn the_ages_of_the_youngest_and_oldest_are_not_figures() {
    for line in [
        "Of those stopped in Dyfed-Powys, the youngest driver was 19 and the oldest 77.",
        "The oldest victim in Gwent was just 15, the youngest aged 11.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    assert_eq!(values(&["The youngest of the 212 victims in Gwent was a baby."]), [212.0]);
}

#[test]
fn the_police_number_after_a_form_of_calling_is_not_a_figure() {
    for line in [
        "Residents in Gwent say ringing 101 is a waste of time.",
        "She had tried calling 999 twice before anyone came.",
        "He was phoning 101 every week about the same car.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_large_number_in_words_opening_a_sentence_about_part_of_a_group_is_a_figure() {
    let lines = [
        "Dyfed-Powys Police stopped 380 motorists over the summer.",
        "Twenty-six of the motorists stopped were over the limit.",
    ];
    assert_eq!(values(&lines), [380.0, 26.0]);
    // A small one is as likely told as counted; one about officers counts no offences.
    assert!(values(&["Two of the men were later released."]).is_empty());
    let found = brief(&["Thirty of the officers in Gwent had been trained."]);
    assert!(found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn areas_and_other_measures_of_size_are_not_counts_of_offences() {
    for line in
        ["The farmer in Dyfed-Powys keeps 250 acres of pasture.", "Officers patrol 1,200 miles of road in Gwent."]
    {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn people_killed_or_attacked_are_counted_as_victims() {
    let found = brief(&["Nine people were murdered in Cleveland in 2022/23, compared with twelve in 2021/22."]);
    assert!(found.contains(&(some("Cleveland Police"), some("2022/23"), 9.0, Kind::Count)), "{found:?}");
    assert!(found.contains(&(some("Cleveland Police"), some("2021/22"), 12.0, Kind::Count)), "{found:?}");
    let found = brief(&["In Cleveland, 31 women had been sexually assaulted on nights out in 2022/23."]);
    assert_eq!(found[0].3, Kind::Count, "{found:?}");
    // People helped or employed are not.
    let found = brief(&["Cleveland Police employs 1,400 people."]);
    assert!(found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn an_age_after_a_named_relative_is_not_a_figure_but_a_part_of_a_group_is() {
    assert!(values(&["His daughter Amy, 14, was groomed by a man in Merseyside."]).is_empty());
    let lines = ["Merseyside recorded 180 knife homicides in 2022/23.", "Of the victims, 44 were aged under 25."];
    assert_eq!(values(&lines), [180.0, 44.0]);
}

#[test]
fn a_key_to_press_and_a_time_of_day_are_not_figures() {
    for line in [
        "If it is not safe to talk, press 55 when asked and the operator will help.",
        "The girl messaged the helpline at 11 o'clock at night.",
        "Her mother rang officers at 9pm on a Sunday.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn ages_joined_by_and_or_or_and_ages_said_of_people_are_not_figures() {
    for line in [
        "Counsellors in Kent hear from girls of 12 and 13 every week.",
        "Most of them were 15 or 16 when the messages started.",
        "\"They are 14 and they are terrified,\" she said.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn people_injured_or_killed_on_the_roads_are_counted_as_casualties() {
    let found = brief(&["In Kent, 640 people were seriously injured in 2022/23 and 31 people died."]);
    assert!(found.iter().all(|f| f.3 == Kind::Count) && found.len() == 2, "{found:?}");
    // With where they were between them and what happened.
    let found = brief(&["Some 640 people in Kent were seriously injured in 2022/23."]);
    assert_eq!(found[0].3, Kind::Count, "{found:?}");
    let found = brief(&["Across Essex, 52 people lost their lives on the roads in 2021/22."]);
    assert_eq!(found[0].3, Kind::Count, "{found:?}");
    let lines = ["Essex recorded 52 road deaths in 2021/22.", "Six of the dead were pedestrians."];
    assert_eq!(values(&lines), [52.0, 6.0]);
}

#[test]
fn a_number_in_words_of_last_years_victims_is_a_figure() {
    let lines =
        ["Kent logged 230 grooming offences in 2022/23.", "Four of last year's grooming victims in Kent were boys."];
    assert_eq!(values(&lines), [230.0, 4.0]);
}

#[test]
fn places_businesses_and_advisers_are_not_counts_of_offences() {
    for line in [
        "Kent County Council fitted cameras at 23 locations and resurfaced 12 stretches of road.",
        "The fund pays for 15 independent advisers, and 90 businesses joined the scheme.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn one_offence_in_a_general_statement_is_not_a_count_of_one() {
    let line = "One crime may be logged under several headings, so the Essex categories overlap.";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
    assert_eq!(values(&["One offence was recorded in Rutland in 2022/23."]), [1.0]);
}

#[test]
fn a_bare_number_kept_on_a_device_is_not_a_count_of_offences() {
    let found = brief(&["A Wrexham man jailed in 2023 had almost 12,500 stored on his laptop."]);
    assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
}

#[test]
fn a_rank_in_a_table_note_is_not_a_figure() {
    assert!(values(&["Kent Police data. Rank 1 = the lowest rate of the forces."]).is_empty());
    assert!(values(&["Essex Police ranked 7 of the forces for online offences."]).is_empty());
}

#[test]
fn an_age_after_a_compound_family_title_and_a_first_name_is_not_a_figure() {
    let line = "Father-of-three Dev, 41, from Luton, said Bedfordshire Police had been slow to act.";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
    let line = "Grandmother-of-five Maureen, 67, of Crawley, told Sussex Police about the messages.";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
}

#[test]
fn forces_counted_as_a_part_of_the_forces_just_named_are_not_figures() {
    let line = "Requests went to all 39 forces, 35 of which replied, and Kent recorded 8,200 offences.";
    assert_eq!(values(&[line]), [8200.0]);
}

#[test]
fn areas_counted_as_a_part_of_the_areas_just_named_are_not_figures() {
    for line in [
        "Of Birmingham's 10 districts, 7 saw burglaries fall in 2023/24, as the city recorded 8,200.",
        "Of the county's 12 districts, 9 saw thefts rise, and Kent recorded 8,200 offences in 2023/24.",
        "Of the county's 12 council areas, 9 recorded a rise, and Kent recorded 8,200 offences in 2023/24.",
        "Of the 32 boroughs in London, 21 saw thefts fall, and the Met recorded 8,200 offences in 2023/24.",
    ] {
        assert_eq!(values(&[line]), [8200.0], "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_count_with_its_own_offence_noun_after_a_phrase_naming_areas_is_a_figure() {
    // Only a bare number after "of the county's districts," is how many areas; one that
    // says what it counts is the figure for them.
    assert_eq!(values(&["Over all of the city's wards, 2,310 thefts were logged in 2023/24."]), [2310.0]);
    assert_eq!(values(&["In the poorest of Manchester's wards, 870 robberies were reported last year."]), [870.0]);
    assert_eq!(values(&["In four of the force's nine divisions, 515 more assaults were recorded."]), [515.0]);
    assert!(values(&["Of the city's 20 wards, 14 saw thefts fall last year."]).is_empty());
}

#[test]
fn forces_or_councils_named_with_their_ground_and_counted_as_those_replying_are_not_figures() {
    for (line, part) in [
        ("Requests to 45 forces across the UK, 40 of which responded, show Kent recorded 8,200 offences.", 40.0),
        ("We wrote to 33 councils in London, 29 of which replied, and Kent recorded 8,200 offences.", 29.0),
        ("A survey of 2,000 households, 1,450 of which answered, found Kent recorded 8,200 offences.", 1450.0),
    ] {
        let found = brief(&[line]);
        assert!(found.iter().all(|f| f.2 != part || f.3 == Kind::Other), "{line}: {found:?}");
        assert!(found.iter().any(|f| f.2 == 8200.0 && f.3 == Kind::Count), "{line}: {found:?}");
    }
    // A part of the offences just counted is still a figure.
    let line = "Kent recorded 8,200 offences in 2023/24, 1,900 of which were online.";
    assert_eq!(values(&[line]), [8200.0, 1900.0], "{:?}", brief(&[line]));
}

#[test]
fn people_a_service_helped_are_not_counts_of_offences() {
    for line in [
        "The Kent charity supported 240 women and 310 children in the past year.",
        "Last year the Essex refuge counselled 85 girls and housed 40 young people.",
        "Over the winter the Surrey helpline contacted 930 elderly victims of scams.",
        "The Essex exploitation unit identified 58 children who were being groomed by gangs.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn incidents_that_were_no_crime_are_not_counts_of_offences() {
    for line in [
        "Another 7,300 incidents were logged by Kent Police that did not amount to a crime.",
        "Essex Police also logged 1,150 non-crime domestic incidents in 2022/23.",
        "Some 420 reports in Surrey did not meet the threshold for a criminal offence.",
        "Surrey Police took 3,400 reports of anti-social behaviour in 2023/24.",
        "Essex logged 910 antisocial behaviour incidents last year.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn a_pages_count_of_comments_is_not_a_figure() {
    assert!(values(&["Comments (23)"]).is_empty());
    assert!(values(&["Kent crime story. Replies (8)"]).is_empty());
    assert!(values(&["Comments 31 | Share 9"]).is_empty());
    assert!(values(&["The Essex Echo, Issue 1,204"]).is_empty());
}

#[test]
fn a_fraction_in_words_with_its_noun_between_is_not_a_figure() {
    for line in
        ["In Kent barely one offence in eight is flagged online.", "Two victims in every three in Essex were girls."]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn contacts_exclusions_and_bins_are_not_counts_of_offences() {
    for line in [
        "The Kent helpline took 3,100 contacts in 2023/24.",
        "Schools in Essex issued 140 suspensions and 12 exclusions for carrying weapons.",
        "Surrey Police has put 15 amnesty bins in town centres.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn a_numbered_section_heading_is_not_a_figure() {
    assert!(values(&["4.2 Knife crime in Kent"]).is_empty());
    assert!(values(&["## 2.7 Online grooming"]).is_empty());
    assert_eq!(values(&["Kent recorded 5.4 Offences per head, in 2022/23."]), [5.4]);
    assert_eq!(values(&["4.2 Knife crime in Kent", "Essex recorded 310 offences in 2023/24."]), [310.0]);
}

#[test]
fn a_part_of_a_text_named_with_a_colon_or_a_tables_column_is_not_a_figure() {
    assert!(values(&["Wards affected: All Agenda item: 11 Status: Public"]).is_empty());
    assert!(values(&["Report number: 4 Item: 9"]).is_empty());
    assert!(values(&["The figures in column 4 are a minimum, and row 2 includes them."]).is_empty());
    assert_eq!(values(&["Kent Police recorded 412 offences, shown in column 2."]), [412.0]);
}

#[test]
fn an_inspections_numbered_findings_are_not_figures() {
    assert!(values(&["Area for improvement 7"]).is_empty());
    assert!(values(&["Recommendation 3", "The force should review its flagging by June."]).is_empty());
    assert_eq!(values(&["Recommendation 3 asks the force to cut 420 outstanding cases."]), [420.0]);
    // A plan's numbered aims too.
    assert!(values(&["Section four covers Priority 5 of the county's Police and Crime Plan."]).is_empty());
    assert!(values(&["Progress against priority 4 is set out below."]).is_empty());
}

#[test]
fn practitioners_and_professionals_trained_are_people_not_offences() {
    for line in [
        "The board will commission safety training for 250 practitioners by March.",
        "More than 1,400 professionals attended the sessions in 2028/29.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn an_inspections_sample_of_cases_and_their_grades_are_no_offence_counts() {
    let found = brief(&[
        "Kent Police recorded 902 offences in 2028/29.",
        "We examined 53 cases of children reported missing. We assessed 21 as good, 18 as requiring improvement and 9 as inadequate.",
    ]);
    for value in [53.0, 21.0, 18.0, 9.0] {
        assert!(found.iter().any(|f| f.2 == value && f.3 == Kind::Other), "{value}: {found:?}");
    }
    assert!(found.iter().any(|f| f.2 == 902.0 && f.3 == Kind::Count), "{found:?}");
    let found = brief(&["Inspectors reviewed a sample of 60 case files; 41 of them were rated good."]);
    assert!(found.iter().any(|f| f.2 == 60.0 && f.3 == Kind::Other), "{found:?}");
}

#[test]
fn a_labelled_number_opening_a_heading_is_not_a_figure() {
    // A plan's parts, numbered by a label word and a colon: "Objective 3: Safer streets".
    assert!(values(&["Objective 3: Safer streets for everyone"]).is_empty());
    assert!(values(&["Goal 12: Protecting people from harm"]).is_empty());
    assert!(values(&["## Theme 1: Tackling violence against women"]).is_empty());
    // A count before a colon, or a sentence, is still one.
    assert_eq!(values(&["Burglaries 412: the county's lowest in a decade"]), [412.0]);
    // Under 100 too: a place, a counted noun or an offence before the colon labels a figure.
    for line in [
        "Burglaries 41: the county's lowest in a decade",
        "Sevenoaks 38: the most thefts of any Kent district in 2022/23.",
        "Seizures 17: blades handed in to Essex Police in 2022/23.",
        "Robbery 29: the force's lowest for ten years",
    ] {
        assert_eq!(values(&[line]).len(), 1, "{line}");
    }
    assert_eq!(values(&["Aim 2: cut burglaries to 3,100 in 2024/25."]), [3100.0]);
}

#[test]
fn a_number_the_sentence_denies_is_not_a_figure() {
    let line = "Essex recorded 2,310 offences in 2023/24, not 3,210 as first reported.";
    assert_eq!(values(&[line]), [2310.0]);
    let line = "Kent's online share rose 2.5 percentage points in 2023/24 rather than 2.5 per cent.";
    assert_eq!(values(&[line]), [2.5]);
}

#[test]
fn ages_listed_after_a_contracted_pronoun_are_not_figures() {
    let line = "A youth worker in Kent said: \"You're 13, 16, and nobody in Essex is listening to you.\"";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
}

#[test]
fn blades_and_venues_are_not_counts_of_offences() {
    for line in [
        "A weekend amnesty in Leicester saw 640 blades handed over at eight police stations.",
        "Lancashire Police has trained staff at 85 pubs, bars and nightclubs in Preston.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn people_reported_missing_are_not_counts_of_offences() {
    for line in [
        "Avon and Somerset Police took 2,150 reports of missing young people in 2022.",
        "Norfolk logged 780 missing-person reports last year.",
        "In Suffolk 64 children went missing from care homes in 2023.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    assert_eq!(brief(&["Norfolk recorded 90 offences against missing children."])[0].3, Kind::Count);
}

#[test]
fn people_reported_missing_are_counted_in_a_story_about_them() {
    let kinds = |headline: &str| {
        let lines = [headline, "Cumbria Constabulary took 2,140 reports of missing children in 2023/24."];
        let mut a = article(&lines);
        a.paragraphs[0].role = Role::Headline;
        a.title = Some(headline.to_string());
        extract_figures(&a).into_iter().map(|f| (f.value, f.kind)).collect::<Vec<_>>()
    };
    let found = kinds("More than 2,000 children reported missing in Cumbria in a year");
    assert!(found.contains(&(2140.0, Kind::Count)), "{found:?}");
    assert!(found.contains(&(2000.0, Kind::Count)), "{found:?}");
    // A story about something else counts offences, not the people reported missing.
    let found = kinds("Knife crime involving teenagers up by a fifth in Cumbria");
    assert!(found.contains(&(2140.0, Kind::Other)), "{found:?}");
}

#[test]
fn the_earlier_value_of_people_reported_missing_is_counted_with_them_in_a_story_about_them() {
    let headline = "Hundreds more children reported missing in Cumbria";
    for (line, earlier) in [
        ("Cumbria Constabulary took 2,140 reports of missing children in 2023/24, up from 1,980 in 2022/23.", 1980.0),
        ("Durham logged 870 missing episodes involving teenagers last year, compared with 802 the year before.", 802.0),
    ] {
        let mut a = article(&[headline, line]);
        a.paragraphs[0].role = Role::Headline;
        a.title = Some(headline.to_string());
        let found: Vec<(f64, Kind)> = extract_figures(&a).into_iter().map(|f| (f.value, f.kind)).collect();
        assert!(found.contains(&(earlier, Kind::Count)), "{line}: {found:?}");
    }
}

#[test]
fn streets_estates_and_zones_are_not_counts_of_offences() {
    for line in [
        "Trading standards said its alert scheme now covered 120 streets in Powys.",
        "Dispersal orders were used on 14 estates and in six zones across Rhyl in 2023/24.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn children_a_team_is_working_with_are_not_counts_of_offences() {
    for line in [
        "The unit is currently working with 40 children judged to be at high risk in Gwent.",
        "Caseworkers in Swansea work with 75 girls referred by schools.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn children_found_at_risk_are_counted_in_a_story_about_children_exploited() {
    let kinds = |headline: &str, line: &str| {
        let mut a = article(&[headline, line]);
        a.paragraphs[0].role = Role::Headline;
        a.title = Some(headline.to_string());
        extract_figures(&a).into_iter().map(|f| (f.value, f.kind)).collect::<Vec<_>>()
    };
    let headline = "Teenagers exploited by drug gangs in Kent as numbers climb";
    let line = "Kent Police identified 240 children at risk of criminal exploitation in 2023/24, while Essex Police identified 190, up from 150 the year before.";
    let found = kinds(headline, line);
    for value in [240.0, 190.0, 150.0] {
        assert!(found.contains(&(value, Kind::Count)), "{found:?}");
    }
    let headline = "More children being exploited by county lines gangs in Devon";
    let found = kinds(headline, "Officers in Devon found 61 young people being used to run drugs in 2023/24.");
    assert!(found.contains(&(61.0, Kind::Count)), "{found:?}");
    // In a story about something else they are people found, not offences; and children a
    // service helped are people helped in any story.
    let found = kinds("Knife crime by teenagers in Kent rises by a fifth", line);
    assert!(found.contains(&(240.0, Kind::Other)), "{found:?}");
    let found = kinds(headline, "A charity in Devon supported 75 children in 2023/24.");
    assert!(found.contains(&(75.0, Kind::Other)), "{found:?}");
}

#[test]
fn referrals_to_a_service_are_not_counts_of_offences() {
    for line in [
        "Referrals to the county's young victims' hub: 1,480",
        "Cumbria Police made 515 referrals to the council's early help service in 2023/24.",
        "The force's hub in Kendal handled 1,920 child protection referrals in 2023/24.",
        "Cumbria Police made 640 safeguarding referrals last year.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn referrals_a_service_received_and_notifications_sent_are_not_counts_of_offences() {
    for lines in [
        [
            "Sexual offences against children in Dorset rose in 2022/23.",
            "Referrals received by the county's family support hub: 3,204",
        ],
        ["Sexual offences against children in Dorset rose in 2022/23.", "Alerts passed to GP surgeries: 1,118"],
        [
            "Sexual offences against children in Dorset rose in 2022/23.",
            "The force sent 880 notifications to schools about pupils at risk.",
        ],
    ] {
        let found = brief(&lines);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{lines:?}: {found:?}");
    }
}

#[test]
fn referrals_of_victims_to_a_scheme_for_victims_are_counts() {
    let found = brief(&["Cumbria Police made 212 referrals of potential slavery victims in 2023/24."]);
    assert_eq!(found.iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Count], "{found:?}");
}

#[test]
fn a_part_or_total_of_other_things_counted_a_sentence_before_counts_them_too() {
    let lines = [
        "Officers in Essex carried out 2,950 stop and searches in 2023/24.",
        "Knives were found in 310 of them.",
        "The total was down from 3,400 the year before.",
    ];
    let found = brief(&lines);
    assert!(found.len() == 3 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let lines = [
        "Officers in Essex carried out 2,950 stop and searches in 2023/24.",
        "Knives were found in 310 of them, and the total was down from 3,400 the year before.",
    ];
    let found = brief(&lines);
    assert!(found.len() == 3 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let line = "Essex officers made 2,950 searches in 2023/24, of which 41 found a weapon.";
    let found = brief(&[line]);
    assert!(found.len() == 2 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    // After a count of offences, the part and the total are offences too.
    let lines = [
        "Essex Police recorded 2,950 knife offences in 2023/24.",
        "Children were hurt in 310 of them.",
        "The total was down from 3,400 the year before.",
    ];
    assert!(brief(&lines).iter().all(|f| f.3 == Kind::Count), "{:?}", brief(&lines));
    let lines = ["Officers in Essex made 1,900 arrests in 2023/24.", "Of them, 340 were for robbery."];
    assert!(brief(&lines).iter().all(|f| f.3 == Kind::Other), "{:?}", brief(&lines));
    // Nor after a sentence about offences in between.
    let lines = [
        "Officers in Essex carried out 2,950 stop and searches in 2023/24.",
        "Burglary, meanwhile, is rising across the county.",
        "The total was 8,100 in 2023/24.",
    ];
    assert!(brief(&lines).iter().any(|f| f.2 == 8100.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
    // Those the sentence picks out anew are no part of the things counted before.
    let lines = ["Essex officers carried out 1,400 breath tests.", "Eleven of those arrested were under 21."];
    assert!(brief(&lines).iter().any(|f| f.2 == 11.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
    // A part of an offence count of its own sentence stays a count.
    let lines = ["Essex officers made 640 arrests in 2023/24.", "The force logged 900 thefts, 200 of them from cars."];
    let found = brief(&lines);
    assert!(found.iter().filter(|f| f.2 != 640.0).all(|f| f.3 == Kind::Count), "{found:?}");
}

#[test]
fn a_number_the_things_counted_before_are_compared_with_counts_them_too() {
    for lines in [
        [
            "Surrey had 2,310 special constables at the end of March 2024.",
            "That compares with 2,870 in March 2016, when recruitment was paused.",
        ],
        ["There were 880 firearms officers in Kent last year.", "This compares to 1,020 in 2015, before the review."],
    ] {
        let found = brief(&lines);
        assert!(found.len() == 2 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    }
    // After a count of offences, what it is compared with is offences too.
    let lines = ["Surrey Police recorded 2,310 burglaries in 2023/24.", "That compares with 2,870 in 2015/16."];
    assert!(brief(&lines).iter().all(|f| f.3 == Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn the_total_after_offences_named_since_the_things_counted_totals_offences() {
    // A sentence naming offences by no measure word leaves the searches behind.
    let lines = [
        "Patrols in Dorset stopped 1,760 vehicles last year.",
        "Violence against the person is climbing in the county.",
        "The figure reached 12,300 in 2023/24, the force said.",
    ];
    assert!(brief(&lines).iter().any(|f| f.2 == 12300.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
    // So does a sentence whose own subject, before its total, is offences.
    let lines = [
        "Patrols in Dorset stopped 1,760 vehicles last year.",
        "Reported crimes went up 6% in the same months; the total was 47,000.",
    ];
    assert!(brief(&lines).iter().any(|f| f.2 == 47000.0 && f.3 == Kind::Count), "{:?}", brief(&lines));
}

#[test]
fn a_number_told_against_a_count_of_other_things_counts_them_too() {
    let line = "The Hampshire helpline ran 2,400 support sessions in 2022/23, 310 of them with boys.";
    let found = brief(&[line]);
    assert!(found.len() == 2 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let line = "Youth workers funded by the Hampshire commissioner: 23 (2022/23: 17)";
    let found = brief(&[line]);
    assert!(found.len() == 2 && found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    let line = "Hampshire recorded 1,900 offences in 2022/23, 410 of them online.";
    assert!(brief(&[line]).iter().all(|f| f.3 == Kind::Count));
}

#[test]
fn an_age_given_as_then_or_at_a_verb_is_not_a_figure() {
    for line in [
        "A Leeds father whose son, then 12, was targeted on social media said the police were slow.",
        "A Hull mum whose daughter was groomed at 15 said she blamed the apps.",
        "She was first contacted at 13 by a man in Bradford.",
        "West Yorkshire victims were abused at the age of nine.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    assert_eq!(values(&["West Yorkshire Police recorded offences at 14 schools."]).len(), 1);
}

#[test]
fn a_reading_time_in_a_byline_is_not_a_figure() {
    assert!(values(&["By Sam Hale · The Courier · 12 May 2024 · 6 min read"]).is_empty());
}

#[test]
fn a_bare_number_that_answered_a_request_is_not_a_figure() {
    for line in
        ["Thirty-eight forces were asked; 29 provided figures for 2022/23.", "Of those asked, 12 declined to respond."]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn numbers_an_earlier_version_printed_are_not_figures() {
    let line = "Correction: an earlier version of this story gave the Gwent total for 2022/23 as 412.";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
    let lines =
        ["Correction: an earlier version of this story gave the Gwent total as 412.", "The correct figure is 421."];
    assert!(values(&lines).is_empty(), "{:?}", values(&lines));
}

#[test]
fn a_number_in_words_that_a_force_recorded_is_a_figure() {
    let lines = ["When the offence was created, Gwent Police logged only twenty-six."];
    assert_eq!(values(&lines), [26.0]);
}

#[test]
fn a_part_of_a_count_that_involved_something_is_still_a_count() {
    let line = "Of the 180 online offences in Gwent, 21 involved what detectives describe as blackmail.";
    assert!(brief(&[line]).iter().all(|f| f.3 == Kind::Count), "{:?}", brief(&[line]));
}

#[test]
fn a_part_of_what_an_opening_of_the_names_counts_that_even_past_a_verb() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "Of the assaults in Dorset, 318 left the officer needing hospital treatment.";
    assert_eq!(kinds(line), [(318.0, Kind::Count)]);
    let line = "Of the Dorset referrals in 2023/24, 140 concerned people trafficked for work.";
    assert_eq!(kinds(line), [(140.0, Kind::Count)]);
    let line = "Of the 400 arrests in Dorset, 120 involved children.";
    assert_eq!(kinds(line), [(400.0, Kind::Other), (120.0, Kind::Other)]);
    let line = "Of the 2,000 calls in Dorset, 300 led to an arrest.";
    assert_eq!(kinds(line), [(2000.0, Kind::Other), (300.0, Kind::Other)]);
    // A noun of its own after the number still says what it counts.
    let line = "Of the 400 offences in Dorset, 120 officers were assaulted.";
    assert_eq!(kinds(line), [(400.0, Kind::Count), (120.0, Kind::Other)]);
}

#[test]
fn a_pictures_place_in_a_gallery_and_a_step_are_not_figures() {
    for line in ["Picture 4 of 9", "Slide 2/7: Lancashire Police officers", "Step 2: tell a teacher in Preston"] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_number_hyphened_to_a_word_describes_and_does_not_count() {
    assert!(values(&["Lancashire Police published a 3,500-word review in 2022."]).is_empty());
    assert_eq!(values(&["Lancashire Police logged 600-plus grooming offences in 2022/23."]), [600.0]);
}

#[test]
fn a_rank_out_of_the_forces_is_not_a_figure() {
    assert!(values(&["Lancashire came 5th out of 39 in the league table."]).is_empty());
}

#[test]
fn users_messages_seized_goods_and_outcomes_of_reviews_are_not_counts_of_offences() {
    for line in [
        "The Cheshire review made 22 recommendations and the petition drew 8,400 signatures.",
        "Cheshire Police seized 12 kilos of cocaine, four cars and 19 laptops.",
        "The chat app has 40 million users and handles 900 messages a second.",
        "Cheshire's helpline answered 6,300 emails and 410 tip-offs in 2023.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 != Kind::Count), "{line}: {found:?}");
    }
}

#[test]
fn people_surveyed_taking_part_or_in_care_are_not_counts_of_offences() {
    for line in [
        "Researchers in Cheshire interviewed 750 teenagers about their phones.",
        "In Cheshire 95 pupils took part in the lessons.",
        "Some 1,800 children in Cheshire are in local authority care.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn places_pages_and_branches_are_not_counts_of_offences() {
    for line in [
        "The Surrey app is used in 90 countries and 25 languages.",
        "The Surrey report runs to 180 pages.",
        "The Surrey charity has 12 branches in six towns.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
}

#[test]
fn a_child_or_a_possessive_describes_the_noun_that_is_counted() {
    for line in [
        "Surrey Police now runs 7 child protection teams.",
        "There are 30 children's homes in Surrey.",
        "Surrey Police has 11 child exploitation officers.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    assert_eq!(brief(&["Surrey logged 75 child sexual offences."])[0].3, Kind::Count);
    assert_eq!(brief(&["Surrey logged 75 child victims' cases."])[0].3, Kind::Count);
}

#[test]
fn what_people_in_a_survey_said_is_not_a_figure() {
    for line in [
        "Of the 3,000 Surrey parents polled, 1,100 said they checked phones.",
        "In Surrey 640 of those questioned said they had been sent images.",
    ] {
        let found = brief(&[line]);
        assert!(found.iter().all(|f| f.3 != Kind::Count), "{line}: {found:?}");
    }
}

#[test]
fn nights_are_a_duration() {
    assert!(values(&["A Surrey girl spent four nights in hospital after the attack."]).is_empty());
}

#[test]
fn men_charged_gangs_and_checks_are_not_counts_of_offences() {
    for line in [
        "In Gwent 14 men were charged and 3 perpetrators remain at large.",
        "Gwent Police ran 900 checks on 60 addresses.",
        "Gwent has 4 crime scene investigators and 2 victim care officers.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    assert_eq!(brief(&["In Gwent 5 women were raped in 2023."])[0].3, Kind::Count);
    assert_eq!(brief(&["Gwent recorded 1 offence in 2023."])[0].3, Kind::Count);
}

#[test]
fn school_years_and_ages_of_suspects_are_not_figures() {
    for line in [
        "Pupils in years 8 to 10 at Bolton schools were surveyed.",
        "The accused, 23, from Bolton, was remanded by Greater Manchester Police.",
        "In Bolton a boy of 14 was groomed on a gaming site.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    assert_eq!(values(&["In the past two years 12 children in Bolton were groomed."]), [12.0]);
}

#[test]
fn a_link_to_another_story_under_its_label_is_not_a_figure() {
    for line in [
        "Most read: Man jailed after 300 offences against children in Essex",
        "Sponsored: 7 ways to keep your teenager safe online",
        "Also in the news: Norfolk Police recorded 650 burglaries",
        "MORE: Kent pensioner, 81, wins £2m on the lottery",
        "More: Essex Police seize 40 stolen bikes in one raid",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    assert_eq!(values(&["Most of the 300 offences in Essex were online."]), [300.0]);
    assert_eq!(values(&["More than 300 offences were recorded in Essex in 2023/24."]), [300.0]);
    // A bare "More:" before a sentence that goes on from the text is no link label.
    let lines = ["Essex Police logged 2,310 thefts in 2022/23.", "More: 410 of them were in Basildon, the force said."];
    assert_eq!(values(&lines), [2310.0, 410.0]);
    let lines = ["Norfolk recorded 980 burglaries in 2022/23.", "More: 120 were in Norwich, police said."];
    assert_eq!(values(&lines), [980.0, 120.0]);
}

#[test]
fn what_a_speaker_calls_their_own_is_not_a_figure() {
    let line = "A Hull father said: \"My 2 sons are on the app every night.\"";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
}

#[test]
fn people_the_police_charged_or_searched_are_not_counts_of_offences() {
    for line in [
        "Gwent Police charged 640 motorists with drink-driving in 2023.",
        "A further 212 were charged, the force said.",
        "Officers searched more than 1,900 people in Swindon last year.",
    ] {
        let found = brief(&[line]);
        assert!(!found.is_empty() && found.iter().all(|f| f.3 == Kind::Other), "{line}: {found:?}");
    }
    assert_eq!(brief(&["Gwent Police recorded 640 drink-driving offences in 2023."])[0].3, Kind::Count);
    assert_eq!(brief(&["Those charged had committed 310 offences in 2023."])[0].3, Kind::Count);
}

#[test]
fn people_said_to_be_over_an_age_give_no_count() {
    let found = values(&["In Dorset, 58% of fraud victims were over 70."]);
    assert_eq!(found, [58.0]);
    let found = values(&["Most of those killed on the roads were under 25."]);
    assert!(found.is_empty(), "{found:?}");
    assert!(values(&["Dorset Police recorded over 70 frauds in 2023."]).contains(&70.0));
}

#[test]
fn numbers_listed_after_sections_or_pages_are_no_figures() {
    let found = values(&["Offences under sections 5, 6 and 8 of the Sexual Offences Act rose to 412 in Kent."]);
    assert_eq!(found, [412.0]);
    assert!(values(&["The report, on pages 14 to 16, covers Kent."]).is_empty());
    assert!(values(&["Download the data (CSV, 12 KB) for Kent."]).is_empty());
}

#[test]
fn a_phone_number_of_digit_pairs_after_a_five_digit_code_is_no_figure() {
    assert!(values(&["Anyone affected can ring the support service on 01632 80 90 70."]).is_empty());
}

#[test]
fn a_small_number_after_a_name_and_now_or_then_is_an_age() {
    assert!(values(&["\"It changed everything,\" says Priya, now 31, from Leeds."]).is_empty());
    assert!(values(&["Tom, then 15, was approached online."]).is_empty());
}

#[test]
fn a_number_in_a_stations_name_is_no_figure() {
    for line in [
        "Kent's chief constable told BBC Radio 4's Today programme that 2023/24 had been hard.",
        "Speaking to Channel 4 News, the Kent commissioner said more must be done.",
        "She told 5 Live on Tuesday that Kent Police were stretched.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count after the station's name is still one.
    assert_eq!(values(&["Kent Police told Radio Kent it recorded 5 robberies in 2023/24."]), [5.0]);
}

#[test]
fn a_small_number_after_a_person_described_and_now_or_then_is_an_age() {
    assert!(values(&["One girl counselled by the Leeds team, now 17, said it had saved her."]).is_empty());
    assert!(values(&["A schoolboy from Kent, then 14, was groomed over a game."]).is_empty());
    // A count after "now" set off by commas, with no person before it, is still a count.
    assert_eq!(values(&["Offences in Kent, now 410, are still rising."]), [410.0]);
    // A person's word naming what a body or a service is for is no person.
    assert_eq!(values(&["Cases taken on by the force's child abuse unit, now 93, keep rising."]), [93.0]);
    assert_eq!(values(&["Calls to the victim helpline, then 52, had tripled."]), [52.0]);
    assert_eq!(values(&["Places at the pupil support centre, now 38, are full."]), [38.0]);
}

#[test]
fn what_a_helpline_handled_is_no_count_of_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(
        kinds("Essex Police recorded 900 stalking offences, and a national advice line handled 14,310 cases in 2023."),
        [Kind::Count, Kind::Other]
    );
}

#[test]
fn pieces_of_equipment_are_no_count_of_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(kinds("Officers in Norfolk etched 250 pieces of garden machinery."), [Kind::Other]);
}

#[test]
fn tests_kits_collisions_and_journeys_are_no_counts_of_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(kinds("Officers in Gwent carried out 1,730 roadside breath tests in 2022."), [Kind::Other]);
    assert_eq!(kinds("Gwent Police bought 25 new testing kits."), [Kind::Other]);
    assert_eq!(kinds("There were 41 serious collisions on Gwent roads in 2022."), [Kind::Other]);
    assert_eq!(kinds("Around 3.2 million journeys were made on the network last year."), [Kind::Other]);
}

#[test]
fn people_referred_to_a_service_are_no_count_of_offences() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
    assert_eq!(
        kinds("Councils in the North East referred 870 possible victims of trafficking to the national scheme."),
        [Kind::Other]
    );
    assert_eq!(kinds("In the North East, 640 children were referred on to early help services."), [Kind::Other]);
}

#[test]
fn referrals_a_speakers_service_had_are_no_count_of_offences() {
    let line = "\"We had 340 referrals last year and only six beds,\" the Tyneside refuge manager said.";
    assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{:?}", brief(&[line]));
    // A service named as the subject, an aside after it or not.
    for line in [
        "In Durham, the force's hate crime hub, opened in 2020 with the council, had received 215 referrals.",
        "A spokeswoman said the sexual assault clinic has handled more than 480 referrals this year.",
    ] {
        assert!(brief(&[line]).iter().all(|f| f.3 != Kind::Count), "{:?}", brief(&[line]));
    }
    // Referrals a force recorded are still counted.
    let line = "Northumbria Police recorded 340 referrals in 2023/24.";
    assert_eq!(brief(&[line]).iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Count]);
}

#[test]
fn victims_referred_to_no_service_are_counted_as_referrals() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "Across Wales, 2,310 suspected victims were referred in 2023, a record.";
    assert_eq!(kinds(line), [(2310.0, Kind::Count)]);
}

#[test]
fn a_small_number_closing_what_a_named_person_was_is_an_age() {
    assert!(values(&["Her sister said: \"Carys was 17. She had her whole life ahead of her.\""]).is_empty());
    // A place with a number is still a figure.
    assert_eq!(values(&["In 2022/23 the total for Kent was 45."]), [45.0]);
}

#[test]
fn a_full_name_or_a_person_before_was_and_an_age_is_no_figure() {
    for line in [
        "Megan Price was 15 when she was first contacted online.",
        "Tom Hughes was 41 when he reported the abuse to Kent Police.",
        "Officers were told the boy was 12, but the man kept messaging.",
        "He believed the 'girl' was 14.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A force or a place before "was" still gives a figure.
    assert_eq!(values(&["In 2022/23 the total for North Yorkshire was 45."]), [45.0]);
    assert_eq!(values(&["Kent Police was 87 when the force last counted, in 2022/23."]), [87.0]);
}

#[test]
fn an_age_opening_a_sentence_after_now_or_then_is_no_figure() {
    for line in ["Now 27, and working as a nurse, she wants other victims to speak out.", "Then 19, he told no one."] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_relative_named_before_was_or_is_gives_an_age_in_several_shapes() {
    for line in [
        "Her grandson Oliver was 9 when the burglars came.",
        "His sister Megan is 17 and lives in Kent.",
        "Their daughter was only 4, the court heard.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count of things a relative's group had is no age.
    assert_eq!(values(&["The son's school in Kent was one of 140 burgled in 2023/24."]), [140.0]);
}

#[test]
fn a_year_before_1900_after_since_or_founded_is_no_figure() {
    assert!(values(&["Proudly serving Whitby and Scarborough since 1872"]).is_empty());
    assert!(values(&["The charity was founded in 1884."]).is_empty());
}

#[test]
fn a_capitalised_word_before_was_is_an_age_only_when_a_lone_name_opens_the_clause() {
    let v = values(&[
        "The figure for Wigan was 87.",
        "In March, the total for Bolton was 31.",
        "The number of reports in March was 45.",
        "Her brother said: \"Dafydd was 17. He loved football.\"",
    ]);
    assert!(v.contains(&87.0) && v.contains(&31.0) && v.contains(&45.0), "{v:?}");
    assert!(!v.contains(&17.0), "{v:?}");
}

#[test]
fn a_four_digit_number_after_from_or_in_is_a_count_but_after_since_a_year() {
    let v = values(&["Kent Police recorded 2,020 thefts in 2023/24, up from 1850 in 2022/23, in 1820 cases."]);
    assert!(v.contains(&1850.0) && v.contains(&1820.0), "{v:?}");
    let v = values(&["The charity, founded in 1884, said Kent Police recorded 2,020 thefts in 2023/24."]);
    assert!(!v.contains(&1884.0), "{v:?}");
}

#[test]
fn a_name_with_an_accented_capital_and_now_gives_an_age() {
    let v = values(&["\"It never stopped,\" says Émile, now 31, who reported 3 offences to Kent Police in 2023/24."]);
    assert!(!v.contains(&31.0), "{v:?}");
}

#[test]
fn the_charges_one_defendant_faces_are_not_offence_statistics() {
    let v = values(&[
        "A Wrexham man who pleaded guilty to 19 offences, including fraud, was sentenced on Tuesday.",
        "Gareth Jones, 41, had earlier denied a total of 6 charges and was convicted of 4 counts of stalking.",
        "North Wales Police recorded 1,310 stalking offences in 2023/24.",
    ]);
    assert_eq!(v, [1310.0]);
}

#[test]
fn offences_an_inquiry_links_to_one_suspect_are_the_case() {
    for line in [
        "Detectives in Kent linked the 19-year-old to 23 burglaries.",
        "Kent Police said he was linked to 40 thefts from cars.",
        "Officers linked Hughes to more than 60 shoplifting offences in Kent.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // A statistic of offences linked to many is one, and so is one linked to a place.
    let line = "Kent Police linked gangs to 400 drug offences in 2023/24.";
    assert_eq!(values(&[line]), [400.0], "{:?}", brief(&[line]));
    let line = "The Kent Police analysis linked Medway to 400 drug offences in 2023/24.";
    assert_eq!(values(&[line]), [400.0], "{:?}", brief(&[line]));
}

#[test]
fn a_count_before_the_verb_or_a_plural_subject_makes_court_words_a_statistic() {
    for (line, value) in [
        ("Nationally, 4,200 men were convicted of 5,100 stalking offences in 2023/24.", 5100.0),
        ("Across Wales, defendants were convicted of 2,900 stalking offences in 2023/24.", 2900.0),
        ("In Cheshire, 310 people admitted 450 offences of harassment in 2023/24.", 450.0),
    ] {
        assert!(values(&[line]).contains(&value), "{line}: {:?}", brief(&[line]));
    }
    // One defendant's charges stay out, and so do those of a group the story picks out.
    for (line, value) in [
        ("The 34-year-old from Crewe was convicted of 12 offences of stalking.", 12.0),
        ("The two men were convicted of 14 offences at Chester Crown Court.", 14.0),
        ("Three men who denied 20 charges were cleared on Friday.", 20.0),
        ("In 2019 Evans admitted 16 offences of fraud.", 16.0),
        ("A Crewe man faces 9 charges of stalking.", 9.0),
    ] {
        assert!(!values(&[line]).contains(&value), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn victims_a_group_of_offenders_harmed_as_an_inquiry_found_are_a_statistic() {
    let line = "Grooming gangs abused more than 1,000 girls in Telford, the inquiry found.";
    assert_eq!(values(&[line]), [1000.0], "{:?}", brief(&[line]));
    let line = "Offenders in Shropshire groomed 410 children in 2023/24, the report said.";
    assert_eq!(values(&[line]), [410.0], "{:?}", brief(&[line]));
    let line = "The men groomed 11 girls over three years.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
}

#[test]
fn victims_said_to_be_one_offenders_are_the_case() {
    for line in [
        "The 45 victims of one fraudster in Kent lost £2m between them.",
        "In Kent, 12 victims of the same man gave evidence.",
    ] {
        assert!(!brief(&[line]).iter().any(|f| f.3 == Kind::Count), "{line}: {:?}", brief(&[line]));
    }
    let line = "Kent Police recorded 3,100 victims of fraud in 2023/24.";
    assert_eq!(values(&[line]), [3100.0], "{:?}", brief(&[line]));
}

#[test]
fn victims_a_court_awards_each_of_are_the_case() {
    for line in [
        "He was ordered to pay £100 compensation to each of the four victims.",
        "The judge awarded each of his six victims £500 in Kent.",
    ] {
        assert!(!brief(&[line]).iter().any(|f| f.3 == Kind::Count), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn the_victims_of_one_offender_are_not_a_statistic_of_victims() {
    let v = values(&[
        "A lorry driver who abused 5 children over a decade has been jailed.",
        "He had groomed nine of the boys through an online game and blackmailed 3 teenagers.",
        "West Mercia Police recorded 640 grooming offences in 2024/25, involving 590 children.",
    ]);
    assert_eq!(v, [640.0, 590.0]);
}

#[test]
fn a_house_number_and_one_persons_relative_are_not_counts() {
    let v = values(&[
        "Detectives searched a flat at number 17 and a house number 3 in Mold.",
        "One girl's father told the court the family had moved away.",
    ]);
    assert!(v.is_empty(), "{v:?}");
    // A possessive before a noun of either list still says what is counted.
    let v = values(&["Cheshire Police recorded 210 children's cases and 40 children's homes in 2024/25."]);
    assert!(v.contains(&210.0), "{v:?}");
}

#[test]
fn a_part_named_after_including_counts_what_the_number_before_counts() {
    let found = brief(&[
        "During the operation Norfolk officers arrested 38 suspects, including 6 teenagers, and protected 25 people, among them 9 children.",
    ]);
    assert!(found.iter().all(|f| f.3 == Kind::Other), "{found:?}");
    // After a count of offences, a part is still offences.
    let found = brief(&["Norfolk Police recorded 1,120 offences in 2024/25, including 310 offences against children."]);
    assert!(found.iter().filter(|f| f.3 == Kind::Count).count() == 2, "{found:?}");
}

#[test]
fn charges_brought_for_an_offence_count_offences_charged() {
    let kinds = |line: &str| brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect::<Vec<_>>();
    let line = "Officers in Fife brought 2,140 charges for domestic abuse in 2023/24.";
    assert_eq!(kinds(line), [(2140.0, Kind::Count)]);
    let line = "In Fife the number of charges rose from 410 in 2022/23 to 455 in 2023/24.";
    assert_eq!(kinds(line), [(410.0, Kind::Count), (455.0, Kind::Count)]);
    // Charges against someone, or the ones the story has in hand, are a case.
    for line in [
        "Detectives in Fife have laid 15 charges against two men from Kirkcaldy.",
        "In Fife, 17 charges were brought against him.",
        "The 19 charges relate to offences in Fife between 2015 and 2020.",
    ] {
        assert!(values(&[line]).iter().all(|&v| v != 15.0 && v != 17.0 && v != 19.0), "{line}: {:?}", brief(&[line]));
    }
    // People charged are people; officers who faced assaults faced offences.
    let line = "In Fife 310 people were charged in 2023/24.";
    assert_eq!(kinds(line), [(310.0, Kind::Other)]);
    let line = "Officers in Fife faced 1,210 assaults in 2023/24.";
    assert_eq!(kinds(line), [(1210.0, Kind::Count)]);
}

#[test]
fn a_part_of_offences_told_as_of_them_counts_offences_whatever_it_involved() {
    let line = "Norfolk Police recorded 930 incidents in 2024/25, 45 of them involving weapons.";
    assert_eq!(brief(&[line]).iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Count, Kind::Count]);
    // A part of people still counts people.
    let line = "Norfolk officers arrested 300 people in 2024/25, 45 of them carrying weapons.";
    assert!(brief(&[line]).iter().all(|f| f.3 == Kind::Other), "{:?}", brief(&[line]));
}

#[test]
fn ages_told_after_a_casual_word_for_young_people_are_ages() {
    let v = values(&["A shopkeeper said: \"They were lads mostly, 16 or 17, and they came every night.\""]);
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn a_threshold_picking_out_the_places_compared_is_no_figure() {
    let line = "Gwent's 14% fall was the steepest among forces with at least 250 crimes in both years.";
    assert_eq!(values(&[line]), [-14.0], "{:?}", brief(&[line]));
    let line = "Of the areas recording more than 40 robberies, Newport saw the biggest rise, of 9%.";
    assert!(!values(&[line]).contains(&40.0), "{:?}", brief(&[line]));
    // A force with a count of its own keeps it.
    let line = "Gwent Police, with more than 250 crimes in 2022/23, saw a fall of 14%.";
    assert!(values(&[line]).contains(&250.0), "{:?}", brief(&[line]));
}

#[test]
fn a_radio_frequency_a_clock_time_and_an_address_unit_are_not_figures() {
    for line in [
        "Coast FM 102.4 | Cumbria | Listen live | Weather",
        "Tune in on 95.8 FM for the breakfast show.",
        "The station broadcasts on 104.9MHz across the county.",
        "Drop-in session: Friday 14 March, 11am to 12 noon, Penrith Library.",
        "The helpline closes at 12 midnight on weekdays.",
        "Write to the Commissioner's Office, Unit 7, Station Yard, Kendal LA9 4BB.",
        "Our offices are at Suite 12, Harbour House, Whitehaven.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count beside them still counts.
    let line = "Cumbria Constabulary recorded 412 burglaries, the station's 12 noon bulletin said.";
    assert_eq!(values(&[line]), [412.0], "{:?}", brief(&[line]));
}

#[test]
fn a_part_of_offences_that_had_more_of_something_is_still_a_count() {
    let lines =
        ["Lancashire Police recorded 9,400 stalking offences.", "Of those offences, 3,000 had more than one victim."];
    assert_eq!(values(&lines), [9400.0, 3000.0], "{:?}", brief(&lines));
}

#[test]
fn numbers_of_those_recording_a_rise_are_not_counts_of_offences() {
    let lines = [
        "We asked nine forces in the North West for their figures.",
        "Seven of the nine recorded fewer offences in 2024 than in 2022, and two saw a rise.",
    ];
    assert!(values(&lines).is_empty(), "{:?}", brief(&lines));
    let line = "Of the 12 districts, 8 reported increases in 2023/24.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
    // The offences the force recorded are still counted.
    let line = "Lancashire Police recorded 640 offences, and 210 were recorded online.";
    assert_eq!(values(&[line]), [640.0, 210.0], "{:?}", brief(&[line]));
}

#[test]
fn the_services_or_centres_a_charity_runs_are_not_counts_of_offences() {
    let line = "The Haven Trust runs 22 services and six drop-in centres across Yorkshire.";
    assert!(brief(&[line]).iter().all(|f| f.3 == Kind::Other), "{:?}", brief(&[line]));
}

/// (value, kind) of every figure of one line.
fn kinds_of(line: &str) -> Vec<(f64, Kind)> {
    brief(&[line]).into_iter().map(|f| (f.2, f.3)).collect()
}

#[test]
fn people_arrested_are_not_counts_of_offences() {
    for line in [
        "Cheshire Police arrested 180 drivers over the festive period.",
        "A further 40 were arrested in Crewe, the force said.",
        "In Chester 75 motorists were later arrested.",
    ] {
        let found = kinds_of(line);
        assert!(!found.is_empty() && found.iter().all(|f| f.1 == Kind::Other), "{line}: {found:?}");
    }
    // Arrests said to be for an offence are left as counts (gold answers disagree on them).
    assert_eq!(kinds_of("Cheshire Police arrested 180 drivers for drink-driving."), [(180.0, Kind::Count)]);
    assert_eq!(kinds_of("In Crewe 40 men were arrested on suspicion of burglary."), [(40.0, Kind::Other)]);
}

#[test]
fn the_value_a_comparison_starts_from_counts_what_the_count_before_it_counts() {
    let line = "Cheshire Police arrested 180 drivers over the month, compared with 150 a year before.";
    assert_eq!(kinds_of(line), [(180.0, Kind::Other), (150.0, Kind::Other)]);
    let line = "Officers in Crewe made 60 arrests, down 10% from 66 in the previous operation.";
    assert_eq!(kinds_of(line), [(60.0, Kind::Other), (-10.0, Kind::PercentChange), (66.0, Kind::Other)]);
    // After a count of offences it stays a count.
    let line = "Cheshire recorded 600 burglaries in 2024/25, compared with 550 the year before.";
    assert_eq!(kinds_of(line), [(600.0, Kind::Count), (550.0, Kind::Count)]);
}

#[test]
fn a_number_of_those_the_police_dealt_with_counts_people() {
    for line in [
        "Of those stopped in Chester, 25 were over the limit.",
        "Of the drivers breathalysed in Crewe, 31 had been drinking that morning.",
        "Of those charged, 12 were children.",
    ] {
        let found = kinds_of(line);
        assert!(!found.is_empty() && found.iter().all(|f| f.1 == Kind::Other), "{line}: {found:?}");
    }
    // Those recorded are offences.
    assert_eq!(kinds_of("Of those recorded in Chester, 25 were flagged as online."), [(25.0, Kind::Count)]);
}

#[test]
fn the_youngest_or_oldest_of_a_described_group_is_an_age() {
    let line = "The youngest motorist caught in the county was 16 and the oldest was 79.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
}

#[test]
fn a_legal_limit_in_units_and_roadside_tests_are_not_counts() {
    for line in [
        "The limit in Scotland is 22 micrograms of alcohol in 100 millilitres of breath.",
        "The blood limit is 80 milligrams in 100 ml.",
        "Officers in Kent used 300 roadside drug wipes and 40 swabs.",
        "In Kent 140 drivers failed or refused a breath test.",
        "In Kent 60 motorists tested positive for cocaine.",
        "In Kent 35 riders refused to provide a breath specimen.",
    ] {
        let found = kinds_of(line);
        assert!(found.iter().all(|f| f.1 == Kind::Other), "{line}: {found:?}");
    }
    // People killed are still counted.
    assert_eq!(kinds_of("In Kent 14 drivers were killed in 2023/24."), [(14.0, Kind::Count)]);
    // Failing to do anything else is no test.
    assert_eq!(kinds_of("In Kent 40 drivers failed to stop after a collision."), [(40.0, Kind::Count)]);
}

#[test]
fn what_the_subject_of_a_change_counts_says_what_its_value_counts() {
    let line = "Hospital admissions for stab wounds in Kent fell to 180 last year, from 220 in 2022/23.";
    assert_eq!(kinds_of(line), [(180.0, Kind::Other), (220.0, Kind::Other)]);
    let line = "The force said that arrests for shoplifting in Kent have risen to 900.";
    assert_eq!(kinds_of(line), [(900.0, Kind::Other)]);
    // A subject that counts offences, or says nothing, leaves a count.
    let line = "Burglaries in Kent fell to 1,800 last year, from 2,000 in 2022/23.";
    assert_eq!(kinds_of(line), [(1800.0, Kind::Count), (2000.0, Kind::Count)]);
    let line = "In Kent, reports of fraud rose from 800 to 950 in 2023/24.";
    assert_eq!(kinds_of(line), [(800.0, Kind::Count), (950.0, Kind::Count)]);
    let line = "The figure for Kent rose to 640 in 2023/24.";
    assert_eq!(kinds_of(line), [(640.0, Kind::Count)]);
    let line = "Women killed by a partner in Kent rose to 14 in 2023/24.";
    assert_eq!(kinds_of(line), [(14.0, Kind::Count)]);
}

#[test]
fn an_and_inside_what_offences_were_of_leaves_the_offences_the_subject() {
    let line = "In Kent, thefts of tractors and farm vehicles rose from 52 to 61 in 2023/24.";
    assert_eq!(kinds_of(line), [(52.0, Kind::Count), (61.0, Kind::Count)]);
    let line = "Burglaries fell, and reports of stalking and harassment in Kent rose to 300.";
    assert_eq!(kinds_of(line), [(300.0, Kind::Count)]);
    // An "and" opening a clause of its own still starts the subject there.
    let line = "Thefts of tractors in Kent fell, and officers on the rural team rose to 14.";
    assert_eq!(kinds_of(line), [(14.0, Kind::Other)]);
    // Nor is the verb closing the first clause part of what the offences were of.
    let line = "Thefts of garden tools dropped and volunteers at the station rose from 18 to 25.";
    assert_eq!(kinds_of(line), [(18.0, Kind::Other), (25.0, Kind::Other)]);
    let line = "Reports of fly-tipping went up sharply and patrols by the rural unit climbed to 40.";
    assert_eq!(kinds_of(line), [(40.0, Kind::Other)]);
    // Nor are things that are not offences, after the "and", among what they were of.
    let line = "Thefts of bicycles in Cambridge and staff in the city team rose to 12.";
    assert_eq!(kinds_of(line), [(12.0, Kind::Other)]);
}

#[test]
fn an_aside_between_dashes_before_a_change_is_not_its_subject() {
    let line = "In Kent the number of first-time entrants - teenagers given a first caution - fell, from 70 to 52.";
    assert_eq!(kinds_of(line), [(70.0, Kind::Count), (52.0, Kind::Count)]);
    let line = "In Kent, patrols - officers on foot - rose, from 30 to 45.";
    assert_eq!(kinds_of(line), [(30.0, Kind::Other), (45.0, Kind::Other)]);
}

#[test]
fn numbers_things_are_filed_under_are_not_figures() {
    for line in [
        "Anyone with information should call Kent Police on 101 quoting incident 312 of 4 May.",
        "Witnesses in Kent can email the team with crime reference number 24000112233.",
        "Please quote log 4471 when calling Kent Police.",
        "Kent Police gave the case number 88 to the appeal.",
        "Kent Police: reference 5521.",
        "Call Kent Police on 101, quoting 312 of 4 May.",
    ] {
        let found = kinds_of(line);
        assert!(found.is_empty(), "{line}: {found:?}");
    }
    // An incident counted is no reference.
    assert_eq!(kinds_of("Kent Police recorded 312 incidents in 2023/24."), [(312.0, Kind::Count)]);
    assert_eq!(kinds_of("In a single incident 40 cars in Kent were stolen."), [(40.0, Kind::Count)]);
    assert_eq!(kinds_of("The minister quoted 3,000 burglaries in Kent in 2023/24."), [(3000.0, Kind::Count)]);
}

#[test]
fn offences_taken_into_consideration_are_a_case() {
    let line = "In Kent, she asked for 27 other offences to be taken into consideration.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
    let line = "He had a further 9 burglaries taken into consideration.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
}

#[test]
fn a_phone_number_in_pairs_of_digits_is_read_whole() {
    for line in ["Advice for tenants in Kent: 0300 404 71 22.", "The Derby line is open on 0345 120 33 90 from 8am."] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_zero_padded_value_before_three_digit_values_is_no_phone_number() {
    let line = "Quarter by quarter, Surrey logged 07 215 386 402 thefts.";
    assert_eq!(values(&[line]), [7.0, 215.0, 386.0, 402.0]);
    // One in pairs after its first is still a phone number.
    assert!(values(&["Surrey victims can ring 08 08 16 89 111."]).is_empty());
    // Nor is a service number after "on" a value.
    assert!(values(&["Anyone with information can reach Surrey Police on 101."]).is_empty());
}

#[test]
fn a_three_digit_number_to_call_is_a_phone_number() {
    for line in ["If your bank account in Kent has been targeted, call 159.", "To report a power cut, dial 105 now."] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A number of calls is still counted.
    assert_eq!(values(&["Kent Police took 412 calls about fraud in 2023/24."]), [412.0]);
}

#[test]
fn a_service_number_as_the_way_reports_came_in_is_no_figure() {
    for line in [
        "Thefts in Kent reported through 101 were counted again in 2023/24.",
        "Most of the burglaries in Essex came in via 101 last year.",
        "The Kent 101 line took longer to answer in 2023/24.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count of 101 offences is still one.
    assert_eq!(values(&["Kent recorded 101 offences through the year 2023/24."]), [101.0]);
    assert_eq!(values(&["Thefts in Kent fell through 2023/24 to 101."]), [101.0]);
}

#[test]
fn a_count_of_service_users_or_personnel_is_no_service_number() {
    for (line, value) in [
        ("Essex County Council said 111 service users were moved in 2023/24.", 111.0),
        ("The force said 101 service personnel were trained in Kent in 2023/24.", 101.0),
    ] {
        assert!(values(&[line]).contains(&value), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn an_age_in_brackets_after_a_name_is_no_figure() {
    for line in [
        "Jonah Pryce (52), of Mill Lane, said Kent Police recorded 14 burglaries in his street in 2023/24.",
        "Amira Stone (19) was among 14 victims of fraud in Essex in 2023/24.",
    ] {
        assert_eq!(values(&[line]), [14.0], "{line}");
    }
    // A count in brackets after a force or place is still one.
    assert!(values(&["Offences in 2023/24: Kent Police (52), Essex Police (31)."]).contains(&52.0));
    assert!(values(&["Of the forces in 2023/24, Kent Police (52) was highest."]).contains(&52.0));
    assert!(values(&["Of the towns in 2023/24, Canterbury City (52) was highest."]).contains(&52.0));
}

#[test]
fn a_count_in_brackets_after_an_organisation_or_platform_is_still_one() {
    for (line, value) in [
        ("Of 900 frauds in 2023/24, Crown Prosecution Service (61) had the most.", 61.0),
        ("Of 900 frauds in 2023/24, Cabinet Office (12) was next.", 12.0),
        ("Instagram was used most in 2023/24. Google Chat (27) was second, the charity said.", 27.0),
        ("Of 900 referrals in 2023/24, Children's Trust (44) had the most.", 44.0),
    ] {
        assert!(values(&[line]).contains(&value), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn one_place_before_a_clause_about_a_child_is_no_count() {
    let line = "Groomers in Kent meet victims in one place and move the child to another app, police said in 2023/24.";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
}

#[test]
fn how_many_people_live_in_a_place_is_no_figure() {
    for line in [
        "Kent, with a population of just over 1.8 million, recorded 412 burglaries in 2023/24.",
        "With nearly three million children living in the region, Kent recorded 412 offences in 2023/24.",
        "Kent is home to 1,850,000 people and recorded 412 burglaries in 2023/24.",
    ] {
        let counts: Vec<f64> = brief(&[line]).into_iter().filter(|f| f.3 == Kind::Count).map(|f| f.2).collect();
        assert_eq!(counts, [412.0], "{line}: {:?}", brief(&[line]));
    }
    // Children counted as living somewhere because of what happened to them are counted.
    assert!(values(&["In 2023/24, 412 children living in Kent were groomed online."]).contains(&412.0));
}

#[test]
fn a_three_digit_number_of_people_to_call_is_a_figure() {
    for (line, value) in [
        ("Volunteers had to ring 418 tenants after the leak, the council said.", 418.0),
        ("The bank will call 265 customers in Kent this week.", 265.0),
    ] {
        assert_eq!(values(&[line]), [value], "{line}");
    }
    // With a word of how or when to call after it, it is a number to dial.
    assert!(values(&["Anyone worried in Kent should dial 159 if a caller asks for money."]).is_empty());
}

#[test]
fn a_condition_reaching_a_count_of_things_is_no_age() {
    assert_eq!(values(&["When we reached 96 arrests, the Kent operation ended."]), [96.0]);
    assert_eq!(values(&["Once they reached 75 seizures, officers in Kent stood down."]), [75.0]);
    // With nothing counted after it, or a distance, it is still no figure.
    assert!(values(&["When they reached 75, the couple in Kent were targeted."]).is_empty());
    assert!(values(&["When we were 40 miles from Kent, the lorry was stopped."]).is_empty());
}

#[test]
fn a_person_who_passed_or_turned_a_number_is_that_age() {
    for line in
        ["The widow, who passed 88 in May, was tricked in Kent.", "The man, who turned 70 last week, lost £900."]
    {
        assert!(values(&[line]).iter().all(|&v| v != 88.0 && v != 70.0), "{line}: {:?}", values(&[line]));
    }
    // A total that passed a number is still a figure.
    assert_eq!(values(&["Burglaries in Kent passed 9,000 in 2023/24."]), [9000.0]);
}

#[test]
fn an_age_said_of_a_reader_in_a_condition_is_no_figure() {
    for line in [
        "\"If you are 75 and live alone in Kent, a scam call can feel friendly,\" she said.",
        "When they were 82 the couple in Kent lost their savings.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn ages_of_lads_and_youths_are_not_figures() {
    for line in [
        "\"We see lads of 15 and 16 carrying blades in Kent,\" he said.",
        "Youths of 13 were among those stopped in Kent.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn the_age_of_a_named_relative_is_no_figure() {
    for line in [
        "Her daughter Amy was 16 when she was attacked in Kent.",
        "Mr Jones's son Tom was 21 when he died on the A2 in Kent.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn the_age_of_a_parent_grandparent_or_spouse_is_no_figure() {
    for line in [
        "My father is 79, and last winter a caller posing as his bank in Kent took £2,000 from him.",
        "Her grandmother was 92 when she was burgled in Essex.",
        "His wife is only 58.",
    ] {
        assert!(!values(&[line]).iter().any(|&v| v == 79.0 || v == 92.0 || v == 58.0), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_registered_charity_or_company_number_is_no_figure() {
    for line in
        ["The Kent Trust is registered charity number 1099123.", "Kent Safe Ltd, company numbers 40123 and 40124."]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // With the nation it is registered in printed where "number" would be.
    for line in [
        "Victim Care Cymru is a registered charity in England and Wales (1123987).",
        "Registered charity Scotland 30544. Registered in England and Wales No. 7712045.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A charity registered in some places is not a number after "registered in".
    assert_eq!(values(&["The charity, registered in 40 countries, helped 300 families in Kent."]).len(), 2);
}

#[test]
fn a_number_in_words_opening_a_sentence_is_read_like_digits() {
    let lines = [
        "Kent Police detected 430 drink-driving offences over Christmas.",
        "Forty-two drivers were caught the morning after.",
    ];
    assert_eq!(values(&lines), [430.0, 42.0]);
    // A small one is as likely told as counted.
    assert_eq!(values(&["Kent Police detected 430 offences.", "Three drivers were caught twice."]), [430.0]);
    // A part of areas is no count.
    assert!(values(&["Eleven of Kent's 14 local policing districts recorded a rise."]).is_empty());
}

#[test]
fn a_distance_or_time_in_words_opening_a_sentence_is_no_figure() {
    for line in [
        "Thirty miles later, the stolen lorry was found.",
        "Twelve minutes after the call, officers arrived.",
        "Fifty-five mph was the speed of the car.",
        "Sixteen days is how long the inquiry took.",
    ] {
        assert_eq!(values(&["Kent Police detected 430 offences.", line]), [430.0], "{line}");
    }
}

#[test]
fn a_number_in_words_closing_a_list_of_places_and_values_is_a_figure() {
    assert_eq!(values(&["Kent recorded 19 deaths in 2024, Essex 12 and Surrey five."]), [19.0, 12.0, 5.0]);
    // Ranked in turn: "second with", "third with".
    let line = "Kent recorded the most thefts, 140, Essex was second with 96 and Surrey third with fifty-one.";
    assert_eq!(values(&[line]), [140.0, 96.0, 51.0]);
    // A word number after a rank is not taken past the list: "third with one goal" has no count before.
    assert!(values(&["The Kent side finished third with one win."]).is_empty());
}

#[test]
fn a_numbered_paragraph_of_a_report_is_not_a_figure() {
    for (line, want) in [
        ("2.3 Essex Police recorded 1,420 burglaries in 2023/24.", vec![1420.0]),
        ("4.1 The panel noted the update from Kent Police.", vec![]),
        ("7.2 None.", vec![]),
        ("## 5.6 Officers in Kent made 310 arrests in 2022/23, up 4.5% on the year before.", vec![310.0, 4.5]),
    ] {
        assert_eq!(values(&[line]), want, "{line}");
    }
    // A decimal with a magnitude after it is a number, not a paragraph's.
    assert_eq!(values(&["2.5 Million calls were made to Kent Police in 2023/24."]), [2_500_000.0]);
    // … and a unit, in a title-case sentence.
    assert_eq!(values(&["1.5 Kilos of heroin were found by Essex Police in 2022/23."]), [1.5]);
    assert_eq!(values(&["3.4 Miles of copper cable were stolen in Kent in 2022/23."]), [3.4]);
}

#[test]
fn a_table_question_or_appendix_number_is_not_a_figure() {
    for line in [
        "Table 3: Burglaries recorded by Essex Police, 2019/20 to 2022/23",
        "Question 4",
        "Details of the Kent figures are in Appendix 2 of this report.",
        "Annex 5 sets out the offences recorded by Surrey Police in 2021/22.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_victim_who_was_under_an_age_gives_an_age_not_a_count() {
    for line in [
        "Kent holds the data on burglaries where the owner was under 16 at the time of the offence.",
        "Essex Police recorded offences in which the girl was under 13 at the date of the crime.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    assert_eq!(
        values(&["Kent recorded offences in which victims were under 13 at the date of the crime, 45 in all."]),
        [45.0]
    );
}

#[test]
fn working_and_calendar_days_are_durations() {
    for line in [
        "You may ask Kent Police for a review within 20 working days of this letter.",
        "Essex Police must reply within 30 calendar days in 2023/24.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn the_first_of_two_durations_joined_by_or_or_to_is_a_duration() {
    for line in [
        "Victims told Kent Police of abuse from 20 or 30 years ago, the force said.",
        "Essex Police said some reports went back 15 to 25 years in 2023/24.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // Two counts joined by "or" are still counts.
    assert_eq!(values(&["Kent Police recorded 15 or 16 burglaries a week in 2023/24."]).first(), Some(&15.0));
}

#[test]
fn an_age_set_off_by_a_comma_inside_quote_marks_is_an_age() {
    for line in ["Swindon man jailed for messaging 'boy, 14'", "Teacher groomed \"girl, 12\" online, Kent court hears"]
    {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn a_persons_age_at_a_time_or_now_is_no_figure() {
    for line in [
        "Ellie (not her real name) was 12 when the messages began.",
        "Callum is now 16 and has left school.",
        "Officers spoke to girls who were 11 when the abuse started.",
        "Imagine being ten and waiting for a trial date.",
        "Picture being nine and hearing your case will take two years.",
        "She met children who were 10 when they were first groomed and 14 by the time anyone noticed.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A count, not an age: no person's name opens the clause.
    assert_eq!(values(&["Sussex Police recorded 14 when the scheme began."]), [14.0]);
    assert_eq!(values(&["The total was 45 when the count closed in 2023/24."]), [45.0]);
}

#[test]
fn a_guess_between_two_neighbouring_small_numbers_is_no_figure() {
    for line in [
        "A caller might ring four or five times before anyone answered.",
        "She said a victim could have reported six or seven incidents in 2022/23 alone.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // Numbers printed as figures, or far apart, are still counts.
    assert_eq!(values(&["Kent recorded 41 or 42 offences in 2022/23, by two counts."]), [41.0, 42.0]);
}

#[test]
fn counts_of_command_units_are_no_figures() {
    let line = "The Met's North West BCU, one of 12 BCUs across London, recorded 310 robberies.";
    assert!(!values(&[line]).contains(&12.0), "{:?}", values(&[line]));
    let line = "Police Scotland's 13 divisions and London's 12 BCUs recorded 9,000 thefts between them.";
    assert!(!values(&[line]).contains(&12.0), "{:?}", values(&[line]));
}

#[test]
fn a_bilingual_pages_welsh_paragraphs_give_no_figures() {
    let lines = [
        "Mae'r heddlu wedi cofnodi 214 o droseddau stelcian yn 2022/23, i fyny o 180.",
        "Gwent Police logged 214 stalking offences during 2022/23, up from 180.",
        "Os ydych yn poeni, ffoniwch 101 neu 111 bob amser.",
    ];
    let found = brief(&lines);
    assert_eq!(found.len(), 2, "{found:?}");
    let lines = [
        "Yn ôl ffigurau newydd, mae 57 o blant wedi cael eu cam-drin ar-lein yn ardal Heddlu Gogledd Cymru.",
        "New figures show 57 children were abused online in the North Wales Police area in 2023/24.",
        "Mae'r tîm hefyd wedi cynnal 33 o sesiynau mewn ysgolion.",
    ];
    // The 33 has no English twin: the Welsh is its only copy, read for it.
    let found = brief(&lines);
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_textphone_number_with_its_relay_prefix_is_no_figure() {
    for line in ["Textphone: 18001 101.", "Deaf or hard of hearing? Use textphone 18002 999 in an emergency."] {
        assert!(figures(&[line]).is_empty(), "{line}: {:?}", figures(&[line]));
    }
}

#[test]
fn a_service_number_to_call_in_welsh_is_no_figure() {
    for line in [
        "Os gwelwch chi rywbeth, ffoniwch 101 neu 999 mewn argyfwng.",
        "I roi gwybod am drosedd, cysylltwch â'r heddlu ar 101.",
    ] {
        assert!(figures(&[line]).is_empty(), "{line}: {:?}", figures(&[line]));
    }
}

#[test]
fn the_first_hour_of_a_time_range_is_no_figure() {
    for line in ["Drop-in surgery at the library, 2-4pm on Saturday.", "Beat meeting – Tue 3 June, 11–1pm, church hall"]
    {
        assert!(figures(&[line]).is_empty(), "{line}: {:?}", figures(&[line]));
    }
}

#[test]
fn the_one_school_year_a_child_is_in_or_finishes_is_not_a_figure() {
    for line in [
        "\"Some are carrying blades by the time they start year 9,\" the teacher said in Bolton.",
        "Two children in Bolton were groomed while still in year 6.",
    ] {
        assert!(values(&[line]).iter().all(|&v| v != 9.0 && v != 6.0), "{line}: {:?}", values(&[line]));
    }
    // A count after "the year" is still a count.
    assert_eq!(values(&["In Bolton over the year 12 children were groomed."]), [12.0]);
}

#[test]
fn a_part_of_one_forces_offences_is_a_count_not_a_number_of_forces() {
    for line in [
        "In Leeds, 640 of the force's crimes against children were flagged online in 2021/22.",
        "Across Dorset, 96 of the force burglaries in 2020/21 happened at night.",
    ] {
        assert_eq!(values(&[line]).len(), 1, "{line}: {:?}", values(&[line]));
    }
    // A number of forces is still none: "31 of the 43 forces", "one police force".
    for line in ["Only 31 of the 43 forces replied to the request.", "One police force refused to answer."] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_number_of_what_did_not_happen_is_no_figure() {
    let lines = ["Dorset Police recorded 310 burglaries in 2022/23. If Dorset Police had logged 40 more burglaries, it would have topped the table."];
    assert!(!brief(&lines).iter().any(|f| f.2.abs() == 40.0), "{:?}", brief(&lines));
    let lines = ["Gwent Police recorded 388 offences in 2021/22. Had Gwent Police recorded 25 fewer offences, its rate would have matched the Welsh average."];
    assert!(!brief(&lines).iter().any(|f| f.2.abs() == 25.0), "{:?}", brief(&lines));
    assert!(brief(&lines).iter().any(|f| f.2 == 388.0), "{:?}", brief(&lines));
}

fn has_value(lines: &[&str], value: f64) -> bool {
    brief(lines).iter().any(|f| f.2.abs() == value)
}

fn counted(lines: &[&str], value: f64) -> bool {
    brief(lines).iter().any(|f| f.2.abs() == value && matches!(f.3, Kind::Count | Kind::PercentChange))
}

#[test]
fn a_length_in_words_is_no_figure() {
    let lines = ["Kent Police recorded 410 thefts in 2021/22. | Local Wire | Crime | 734 words"];
    assert!(!has_value(&lines, 734.0), "{:?}", brief(&lines));
    let lines = ["Essex Police recorded 388 thefts in 2022/23, the 1,100 words of its report say."];
    assert!(!has_value(&lines, 1100.0), "{:?}", brief(&lines));
}

#[test]
fn a_number_with_or_under_is_an_age() {
    let lines = ["Dorset Police recorded 215 offences in 2021/22. The right band is \"14 or under\"."];
    assert!(!has_value(&lines, 14.0), "{:?}", brief(&lines));
    let lines = ["Gwent Police recorded 180 offences in 2022/23 against children 11 and younger."];
    assert!(!has_value(&lines, 11.0), "{:?}", brief(&lines));
}

#[test]
fn a_fraction_in_words_with_its_denominator_is_no_figure() {
    let lines = ["Kent Police recorded 410 offences in 2021/22, about three quarters of them online."];
    assert!(!has_value(&lines, 3.0), "{:?}", brief(&lines));
    let lines =
        ["Essex Police recorded 388 offences in 2022/23; the victim's sex was given for two-thirds of reports."];
    assert!(!has_value(&lines, 2.0), "{:?}", brief(&lines));
}

#[test]
fn a_bare_number_a_place_has_counts_no_offences() {
    let lines = ["Figures for each borough - the Metropolitan Police has 32 - will follow in 2023."];
    assert!(!counted(&lines, 32.0), "{:?}", brief(&lines));
    let lines = ["Results by district, of which Kent Police has 12, are due next spring."];
    assert!(!counted(&lines, 12.0), "{:?}", brief(&lines));
}

#[test]
fn what_police_carried_out_is_no_offence() {
    let lines = ["In 2022/23 officers in Kent Police carried out more than 1,300 knife sweeps."];
    assert!(!counted(&lines, 1300.0), "{:?}", brief(&lines));
    let lines = ["Essex Police conducted 640 test purchases in 2021/22, its chief constable said."];
    assert!(!counted(&lines, 640.0), "{:?}", brief(&lines));
}

#[test]
fn a_number_compared_with_a_population_is_one() {
    let lines = ["Kent Police, which serves about 1.9 million people - more than Essex's 1.8 million - recorded 2,100 offences in 2022/23."];
    assert!(!counted(&lines, 1_800_000.0), "{:?}", brief(&lines));
    let lines = ["Gwent Police, with a population of 600,000, larger than Dyfed-Powys Police's 520,000, recorded 410 offences in 2021/22."];
    assert!(!counted(&lines, 520_000.0), "{:?}", brief(&lines));
}

#[test]
fn a_figure_a_correction_withdraws_is_no_figure() {
    let lines = ["Correction: the first version of this story gave Dorset Police's thefts in 2021/22 as 712. The right total is 721."];
    assert!(!has_value(&lines, 712.0), "{:?}", brief(&lines));
    let lines = ["CORRECTION: Our bulletin of Monday wrongly put Kent Police's 2022/23 burglaries at 1,480."];
    assert!(!has_value(&lines, 1480.0), "{:?}", brief(&lines));
}

#[test]
fn one_as_a_pronoun_after_where_is_no_count() {
    let lines =
        ["Kent Police recorded 410 offences in 2021/22. The app was named in most cases where one was recorded."];
    assert!(!has_value(&lines, 1.0), "{:?}", brief(&lines));
    let lines = ["Essex Police recorded 388 offences in 2022/23. The victim's age was given when one had been asked."];
    assert!(!has_value(&lines, 1.0), "{:?}", brief(&lines));
}

#[test]
fn a_fraction_in_words_of_a_group_is_no_count() {
    let lines =
        ["Kent Police recorded 410 offences in 2021/22. The victim's sex was known in roughly two thirds of offences."];
    assert!(!has_value(&lines, 2.0), "{:?}", brief(&lines));
    let lines =
        ["Essex Police recorded 388 offences in 2022/23, with girls making up over three quarters of those harmed."];
    assert!(!has_value(&lines, 3.0), "{:?}", brief(&lines));
}

#[test]
fn one_after_as_says_how_a_thing_is_recorded() {
    let lines = ["Kent Police recorded 410 offences in 2021/22. A chain of messages may be logged as one offence however long it runs."];
    assert!(!has_value(&lines, 1.0), "{:?}", brief(&lines));
    let lines = [
        "Essex Police recorded 388 offences in 2022/23. Several images shared at once count as one crime in Scotland.",
    ];
    assert!(!has_value(&lines, 1.0), "{:?}", brief(&lines));
}

#[test]
fn a_bare_number_a_place_has_outside_an_aside_is_still_counted() {
    let lines = ["Thefts in Kent rose sharply in 2022/23. Kent Police now has 1,200, up from 900."];
    assert!(counted(&lines, 1200.0), "{:?}", brief(&lines));
    let lines = ["Burglary in Essex climbed in 2021/22, and Essex Police has 870, against 640 before."];
    assert!(counted(&lines, 870.0), "{:?}", brief(&lines));
}

#[test]
fn a_number_of_forces_with_two_words_before_forces_is_no_figure() {
    let lines =
        ["Kent Police recorded 410 offences in 2021/22, going by what 39 of the 43 English police forces sent in."];
    assert!(!has_value(&lines, 39.0), "{:?}", brief(&lines));
    let lines = ["Replies came from 30 of the 45 UK territorial forces, covering 2022/23."];
    assert!(!has_value(&lines, 30.0), "{:?}", brief(&lines));
}
