//! Phone numbers, service numbers and text short codes: no figures, though a count sent by
//! text or a number of people to call still is one.

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
fn a_phone_number_of_digit_pairs_after_a_five_digit_code_is_no_figure() {
    assert!(values(&["Anyone affected can ring the support service on 01632 80 90 70."]).is_empty());
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
fn a_service_number_in_a_box_of_labelled_numbers_to_call_is_no_figure() {
    let text = "Kent Police recorded 812 offences in 2023/24.\n\nWHERE TO GET SUPPORT\nChildline: 0800 2222\nKent Police: 101\nThe Harbour Project: 01632 960 111\n";
    assert_eq!(values_of_text(text), [812.0]);
}

#[test]
fn a_service_number_heading_a_box_of_labelled_numbers_to_call_is_no_figure() {
    // The service number first in the box, with a phone number after it.
    let text = "Kent Police recorded 812 offences in 2023/24.\n\nUseful numbers\nSussex Police: 999\nNSPCC helpline: 0808 800 5000\n";
    assert_eq!(values_of_text(text), [812.0]);
}

#[test]
fn a_list_of_labelled_counts_that_reads_like_a_service_number_is_still_figures() {
    let text = "Offences recorded in 2023/24:\nKent Police: 101\nSussex Police: 240\nSurrey Police: 111\n";
    assert_eq!(values_of_text(text), [101.0, 240.0, 111.0]);
}

fn values_of_text(text: &str) -> Vec<f64> {
    text_figures(text).iter().map(|f| f.value).collect()
}

#[test]
fn a_force_and_101_run_on_after_a_labelled_helpline_is_a_number_to_call() {
    let lines = [
        "Dyfed-Powys Police recorded 240 thefts in 2023/24.",
        "Advice is also available in Welsh. Helpline: 0800 2222. Dyfed-Powys Police: 101.",
    ];
    assert!(!has_value(&lines, 101.0), "{:?}", brief(&lines));
    // A force's count run on after another force's stays a count.
    let lines = ["Thefts in 2023/24. Gwent Police: 240. Dyfed-Powys Police: 101."];
    assert!(has_value(&lines, 101.0), "{:?}", brief(&lines));
}
