//! Numbers in words, fractions, multiples and "one": figures when they count something,
//! not as a fraction, a threshold, a figure of speech or a pronoun.

use super::*;

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
fn one_person_described_in_an_aside_before_they_speak_is_not_a_count_of_one() {
    for line in [
        "One victim, a 31-year-old teacher from Luton, told the Herald: \"I was terrified.\"",
        "One victim, a pensioner in Bedford, said her door had been kicked in twice.",
    ] {
        let lines = ["Bedfordshire Police recorded 1,240 stalking offences in 2021/22.", line];
        assert_eq!(values(&lines), [1240.0], "{line}: {:?}", brief(&lines));
    }
    // One counted, with the aside, is a count.
    assert!(values(&["One victim, a pensioner, was recorded in Bedfordshire in 2021/22."]).contains(&1.0));
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
fn a_number_in_words_of_last_years_victims_is_a_figure() {
    let lines =
        ["Kent logged 230 grooming offences in 2022/23.", "Four of last year's grooming victims in Kent were boys."];
    assert_eq!(values(&lines), [230.0, 4.0]);
}

#[test]
fn one_offence_in_a_general_statement_is_not_a_count_of_one() {
    let line = "One crime may be logged under several headings, so the Essex categories overlap.";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
    assert_eq!(values(&["One offence was recorded in Rutland in 2022/23."]), [1.0]);
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
fn a_number_in_words_that_a_force_recorded_is_a_figure() {
    let lines = ["When the offence was created, Gwent Police logged only twenty-six."];
    assert_eq!(values(&lines), [26.0]);
}

#[test]
fn one_place_before_a_clause_about_a_child_is_no_count() {
    let line = "Groomers in Kent meet victims in one place and move the child to another app, police said in 2023/24.";
    assert!(values(&[line]).is_empty(), "{:?}", values(&[line]));
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
fn a_number_in_words_closing_a_list_of_places_and_values_is_a_figure() {
    assert_eq!(values(&["Kent recorded 19 deaths in 2024, Essex 12 and Surrey five."]), [19.0, 12.0, 5.0]);
    // Ranked in turn: "second with", "third with".
    let line = "Kent recorded the most thefts, 140, Essex was second with 96 and Surrey third with fifty-one.";
    assert_eq!(values(&[line]), [140.0, 96.0, 51.0]);
    // A word number after a rank is not taken past the list: "third with one goal" has no count before.
    assert!(values(&["The Kent side finished third with one win."]).is_empty());
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
fn a_fraction_in_words_with_its_denominator_is_no_figure() {
    let lines = ["Kent Police recorded 410 offences in 2021/22, about three quarters of them online."];
    assert!(!has_value(&lines, 3.0), "{:?}", brief(&lines));
    let lines =
        ["Essex Police recorded 388 offences in 2022/23; the victim's sex was given for two-thirds of reports."];
    assert!(!has_value(&lines, 2.0), "{:?}", brief(&lines));
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
fn a_number_in_words_a_new_sentence_says_the_count_went_up_from_is_a_figure() {
    let line = "Rutland Police recorded 230 burglaries in 2022/23. That's up from one hundred and ninety-four the year before.";
    assert_eq!(period_of(&[line], 194.0).as_deref(), Some("2021/22"));
    let line =
        "RUTLAND POLICE RECORDED 230 BURGLARIES IN 2022/23... DOWN FROM TWO HUNDRED AND FIFTY-ONE A YEAR EARLIER.";
    assert_eq!(period_of(&[line], 251.0).as_deref(), Some("2021/22"));
    // With no dated count before it, a number in words after "up from" tells no count.
    assert!(values(&["The Rutland team has grown. That's up from eleven, the chief said."]).is_empty());
}

#[test]
fn figures_dated_by_a_financial_year_said_in_words_take_that_year() {
    let lines = [
        "RUTLAND POLICE RECORDED THREE HUNDRED AND TWELVE BURGLARIES IN TWENTY-TWENTY-ONE TWENTY-TWO, UP FROM TWO HUNDRED AND FORTY THE YEAR BEFORE.",
        "Rutland recorded eighty thefts from cars in twenty nineteen-twenty.",
    ];
    let found = brief(&lines);
    let dated: Vec<_> = found.iter().map(|f| (f.1.clone(), f.2)).collect();
    assert_eq!(dated, [(some("2021/22"), 312.0), (some("2020/21"), 240.0), (some("2019/20"), 80.0)], "{found:?}");
}

#[test]
fn a_sentence_of_only_a_place_and_a_number_in_words_after_dated_figures_is_a_figure() {
    let lines =
        ["Kent Police recorded 1,204 burglaries in 2022/23. Essex, nine hundred and eight. And Surrey, four hundred."];
    let found = brief(&lines);
    let got: Vec<_> = found.iter().map(|f| (f.0.clone(), f.1.clone(), f.2)).collect();
    assert!(got.contains(&(some("Essex Police"), some("2022/23"), 908.0)), "{found:?}");
    assert!(got.contains(&(some("Surrey Police"), some("2022/23"), 400.0)), "{found:?}");
    // A name that is no place, or no dated figures before, tells no count.
    assert!(!values(&["Kent Police recorded 1,204 burglaries in 2022/23. Thanks, Jo, twelve."]).contains(&12.0));
    assert!(values(&["Essex, nine hundred and eight."]).is_empty());
}

#[test]
fn a_number_in_words_a_count_changed_to_by_a_percentage_in_a_year_is_a_figure() {
    let line = "BURGLARIES RECORDED IN KENT ROSE BY FOUR PER CENT LAST YEAR TO ONE THOUSAND, TWO HUNDRED AND SIX.";
    assert!(values(&[line]).contains(&1206.0), "{:?}", brief(&[line]));
    let line = "Thefts in Kent fell by 3% in a year to eight hundred and two.";
    assert!(values(&[line]).contains(&802.0), "{:?}", brief(&[line]));
    let line = "ROBBERIES IN KENT FELL TO SIX HUNDRED AND TWO.";
    assert!(values(&[line]).contains(&602.0), "{:?}", brief(&[line]));
    // What officers on patrol went up to is no count of offences.
    let line = "Officers on patrol in Kent rose by ten per cent last year to three hundred.";
    assert!(!brief(&[line]).iter().any(|f| f.2 == 300.0 && f.3 == Kind::Count), "{:?}", brief(&[line]));
}

#[test]
fn neighbouring_tens_in_words_said_as_a_guess_are_no_figures() {
    let line = "Some men in Kent had thirty, forty children on the go, an officer said.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
    let line = "Kent Police saw twenty or thirty grooming offences a week.";
    assert!(values(&[line]).is_empty(), "{:?}", brief(&[line]));
    // Tens that are not neighbours are a list of counts.
    let line = "Kent Police recorded forty burglaries and ninety thefts in 2022/23.";
    assert_eq!(values(&[line]), [40.0, 90.0]);
}

#[test]
fn a_number_in_words_said_as_what_it_was_after_dated_figures_is_a_figure() {
    let lines = [
        "Kent Police recorded 1,204 burglaries in 2022/23. That is fewer than in 2021/22, when it was one thousand, three hundred.",
        "For the whole of Britain it's nearly sixty thousand.",
    ];
    let got = values(&lines);
    assert!(got.contains(&1300.0) && got.contains(&60000.0), "{:?}", brief(&lines));
    // Or after a change counted in its own sentence.
    let line = "Thefts in Kent fell by 3 per cent compared with 2021/22, when it was eight hundred and forty.";
    assert!(values(&[line]).contains(&840.0), "{:?}", brief(&[line]));
    // With no dated figures before, or a small number, it tells no count.
    assert!(values(&["For the whole of Britain it's nearly sixty thousand."]).is_empty());
    assert!(!values(&["Kent Police recorded 1,204 burglaries in 2022/23. It was nine."]).contains(&9.0));
}

#[test]
fn a_part_in_words_opening_a_clause_after_a_comma_is_a_figure() {
    let lines = [
        "Surrey Police logged 1,276 child sexual offences during 2022/23.",
        "In Guildford alone, roughly one hundred and fifty of them involved the internet.",
    ];
    assert!(values(&lines).contains(&150.0), "{:?}", brief(&lines));
    // A small part is as likely told as counted.
    let lines = ["Kent Police recorded 1,204 thefts in 2022/23.", "Of the officers, two of them were injured."];
    assert!(!values(&lines).contains(&2.0));
}

#[test]
fn a_turn_that_is_only_a_number_in_words_answering_for_a_count_is_a_figure() {
    let lines = [
        "HOST: Essex Police logged 2,310 thefts from cars in 2022/23, and nearly five hundred were vans.",
        "HOST: Nearly five hundred. Can you be more exact?",
        "DANIEL OKAFOR: Four hundred and eighty-one.",
    ];
    assert!(has_value(&lines, 481.0), "{:?}", values(&lines));
    let lines = [
        "Interviewer: How many vans were broken into in Essex in 2022/23?",
        "Priya Nair (Essex Police): Six hundred and twelve, I believe.",
    ];
    assert!(has_value(&lines, 612.0), "{:?}", values(&lines));
    // A small number answering a question may be an age or a time, and is left alone.
    let lines = ["HOST: And how old were you then?", "CALLER: Fifteen."];
    assert!(values(&lines).is_empty(), "{:?}", values(&lines));
}

#[test]
fn a_hedged_number_in_words_opening_a_sentence_about_part_of_a_count_is_a_figure() {
    let lines = [
        "Surrey Police recorded 1,020 burglaries in 2022/23.",
        "Nearly a hundred and forty of them were of garden sheds.",
    ];
    assert!(has_value(&lines, 140.0), "{:?}", values(&lines));
    let lines = [
        "Surrey Police recorded 1,020 burglaries in 2022/23.",
        "Just over two hundred of those happened at night, the force said.",
    ];
    assert!(has_value(&lines, 200.0), "{:?}", values(&lines));
}
