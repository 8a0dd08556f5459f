//! Ages of people, told after a name, a relative, a description or "now" and "then", in
//! brackets or joined to another age: no figures, though a count beside an age still is one.

use super::*;

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
fn an_age_after_a_named_relative_is_not_a_figure_but_a_part_of_a_group_is() {
    assert!(values(&["His daughter Amy, 14, was groomed by a man in Merseyside."]).is_empty());
    let lines = ["Merseyside recorded 180 knife homicides in 2022/23.", "Of the victims, 44 were aged under 25."];
    assert_eq!(values(&lines), [180.0, 44.0]);
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
fn an_age_after_a_compound_family_title_and_a_first_name_is_not_a_figure() {
    let line = "Father-of-three Dev, 41, from Luton, said Bedfordshire Police had been slow to act.";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
    let line = "Grandmother-of-five Maureen, 67, of Crawley, told Sussex Police about the messages.";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
}

#[test]
fn ages_listed_after_a_contracted_pronoun_are_not_figures() {
    let line = "A youth worker in Kent said: \"You're 13, 16, and nobody in Essex is listening to you.\"";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
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
fn people_said_to_be_over_an_age_give_no_count() {
    let found = values(&["In Dorset, 58% of fraud victims were over 70."]);
    assert_eq!(found, [58.0]);
    let found = values(&["Most of those killed on the roads were under 25."]);
    assert!(found.is_empty(), "{found:?}");
    assert!(values(&["Dorset Police recorded over 70 frauds in 2023."]).contains(&70.0));
}

#[test]
fn a_small_number_after_a_name_and_now_or_then_is_an_age() {
    assert!(values(&["\"It changed everything,\" says Priya, now 31, from Leeds."]).is_empty());
    assert!(values(&["Tom, then 15, was approached online."]).is_empty());
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
fn a_name_with_an_accented_capital_and_now_gives_an_age() {
    let v = values(&["\"It never stopped,\" says Émile, now 31, who reported 3 offences to Kent Police in 2023/24."]);
    assert!(!v.contains(&31.0), "{v:?}");
}

#[test]
fn ages_told_after_a_casual_word_for_young_people_are_ages() {
    let v = values(&["A shopkeeper said: \"They were lads mostly, 16 or 17, and they came every night.\""]);
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn the_youngest_or_oldest_of_a_described_group_is_an_age() {
    let line = "The youngest motorist caught in the county was 16 and the oldest was 79.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
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
fn a_number_with_or_under_is_an_age() {
    let lines = ["Dorset Police recorded 215 offences in 2021/22. The right band is \"14 or under\"."];
    assert!(!has_value(&lines, 14.0), "{:?}", brief(&lines));
    let lines = ["Gwent Police recorded 180 offences in 2022/23 against children 11 and younger."];
    assert!(!has_value(&lines, 11.0), "{:?}", brief(&lines));
}

#[test]
fn a_first_name_and_an_age_in_a_caption_or_quote_marks_is_no_figure() {
    for line in [
        "SUPER: Marcus, 16",
        "A man from Kent who arranged to meet 'Rosie, 12' was arrested.",
        "CAPTION: Priya, 15.",
        "SUPER: Zeb, 14",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", brief(&[line]));
    }
    // A place and a count after it is no name and age.
    assert_eq!(values(&["Thefts recorded in 2022/23 by force: Kent, 412"]), [412.0]);
}

#[test]
fn an_age_after_a_name_then_the_persons_role_before_said_is_no_figure() {
    let lines = [
        "Kent Police recorded 412 offences in 2031/32.",
        "Tomasz Kowalczyk, 22, the students' union welfare officer, said the figures were worrying.",
    ];
    assert!(!has_value(&lines, 22.0), "{:?}", brief(&lines));
}

#[test]
fn an_age_after_a_name_then_a_description_before_told_is_no_figure() {
    let lines = [
        "Essex Police recorded 318 offences in 2030/31.",
        "Volunteer Aoife Brennan, 20, a second-year law student, told the Courier she had seen it happen.",
    ];
    assert!(!has_value(&lines, 20.0), "{:?}", brief(&lines));
}

#[test]
fn a_count_after_a_name_and_before_a_description_is_still_a_figure() {
    let lines = ["Kent Police, 412, the highest in the region, said the rise was expected."];
    assert!(has_value(&lines, 412.0), "{:?}", brief(&lines));
}

#[test]
fn a_count_after_an_age_range_and_in_is_a_figure_not_a_ratio() {
    let lines = [
        "Dyfed-Powys Police logged 590 crimes in 2031/32.",
        "Complainants were aged 10 to 12 in 275 of the crimes, and under ten in 80.",
    ];
    let found = brief(&lines);
    assert!(found.iter().any(|f| f.2 == 275.0 && f.3 == Kind::Count), "{found:?}");
    assert!(!found.iter().any(|f| f.2 == 10.0 || f.2 == 12.0), "{found:?}");
}

#[test]
fn a_count_after_one_age_and_in_is_a_figure_not_a_ratio() {
    let lines = ["Essex Police recorded 500 offences in 2030/31.", "Victims were aged 16 in 122 of them."];
    assert!(has_value(&lines, 122.0), "{:?}", brief(&lines));
    // "One in 20" is still a ratio.
    assert!(!has_value(&["Essex Police recorded 500 offences. One in 20 victims was a boy."], 20.0));
}

#[test]
fn a_name_in_quote_marks_said_to_be_a_number_when_is_an_age() {
    for line in [
        "\u{201c}Kerry\u{201d} (not his real name) was 15 when a stranger in Kent messaged him.",
        "\"Rowan\" was 15 when the Kent abuse began, and reported it years later.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_name_the_writer_gives_someone_said_to_be_a_number_is_an_age() {
    for line in [
        "Her son, who we will call Ollie, was 11 when a man in Kent began sending him messages.",
        "The girl, whom I shall call \"Bea\", was 14 when Kent detectives first spoke to her.",
        "A boy we are calling Jed is 12 and lives in Kent.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // A total said to be a number is still a figure.
    assert!(
        values(&["The total, which the force calls its baseline, was 14 when Kent began counting."]).contains(&14.0)
    );
}

#[test]
fn a_named_person_who_did_something_at_a_small_number_is_that_age() {
    for line in [
        "Kent police met Priya often. Priya left care at 18.",
        "In Kent, one boy stood out. Connor joined the club at 12, and stayed.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
    // No first name opens the clause: a count.
    assert!(values(&["Kent finished the year at 19."]).contains(&19.0));
}

#[test]
fn he_or_she_said_to_be_a_small_number_is_an_age() {
    for line in [
        "‘A boy came to my office in tears last week. He’s 12.’",
        "\"I spoke to a girl on Friday. She's 13, and she was terrified.\"",
        "Kent Police recorded 400 offences in 2022/23. One victim is a boy in Ashford; he is 14.",
    ] {
        let found = brief(&[line]);
        assert!(!found.iter().any(|f| f.2 == 12.0 || f.2 == 13.0 || f.2 == 14.0), "{line}: {found:?}");
    }
    assert!(counted(&["Kent Police recorded 400 offences in 2022/23. He said 14 were online."], 14.0));
}

#[test]
fn a_persons_age_in_a_guess_with_a_modal_is_no_figure() {
    for line in [
        "“The man who messages your son could be anyone,” she said. “She might be 17 or 70.”",
        "Nobody in Kent knows who he is. He could be 15, he could be 65.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn an_age_someone_may_be_and_still_do_something_is_no_figure() {
    for line in [
        "“You may be 40 and still fall for it,” the officer said of the Kent scams.",
        "In Kent, I could well be 75 and still be targeted, she warned.",
    ] {
        assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
    }
}

#[test]
fn a_count_after_a_modal_and_a_pronoun_is_still_a_figure() {
    // A noun counted after the number keeps it a figure.
    assert_eq!(values(&["She said Kent might be 40 officers short by 2025."]), [40.0]);
    assert_eq!(values(&["He said the total could be 65 offences higher in Kent."]), [65.0]);
}
