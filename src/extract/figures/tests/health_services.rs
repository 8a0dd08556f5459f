//! Figures of NHS trusts, health boards and clinics printed beside police-recorded offences:
//! the staff a service employs, the examinations and appointments it gives, the referrals,
//! cases and patients it takes in, and how long people wait for it are no offence counts.

use super::*;

/// Whether no figure of the lines is a count (each kind other, money or a change).
fn no_counts(lines: &[&str]) -> Vec<(f64, Kind)> {
    brief(lines).into_iter().filter(|f| f.3 == Kind::Count).map(|f| (f.2, f.3)).collect()
}

#[test]
fn clinical_staff_a_service_employs_are_not_counts_of_offences() {
    for line in [
        "The clinic employs 31 specialist nurses and paediatricians across two wards.",
        "A rota of 9 doctors, midwives and therapists covers the unit at weekends.",
        "Harbourside Hospital has 12 psychologists and 40 consultants on its children's wards.",
    ] {
        assert_eq!(no_counts(&[line]), [], "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn medicals_examinations_and_appointments_a_service_gives_are_not_counts_of_offences() {
    for line in [
        "Consultants in Cumbria performed 412 child protection medicals in 2020/21, against 377 a year before.",
        "The centre booked 560 follow-up appointments and 210 assessments in 2022/23.",
        "Doctors at the unit completed 95 forensic examinations last year.",
    ] {
        assert_eq!(no_counts(&[line]), [], "{line}: {:?}", brief(&[line]));
    }
}

#[test]
fn referrals_a_service_named_with_its_site_or_initials_received_are_not_offences() {
    for line in [
        "The children's liaison team at Eastgate General Hospital got 1,310 referrals during 2022/23, against 1,205 a year earlier.",
        "The maternity safeguarding service (MSS) took 380 referrals in 2021/22.",
        "Photo: the safeguarding unit at St Anne's Hospital, which received 900 referrals in 2021/22.",
    ] {
        assert_eq!(no_counts(&[line]), [], "{line}: {:?}", brief(&[line]));
    }
    // Referrals a force recorded are still counted.
    assert_eq!(kinds_of("Gwent Police at Newport recorded 340 referrals in 2023/24."), [(340.0, Kind::Count)]);
}

#[test]
fn children_a_hub_or_clinic_saw_are_patients_not_offences() {
    let lines = [
        "A new paediatric hub in Derry has seen 176 children in its first year, the trust said.",
        "Of the 176 children seen, 90 were referred by GPs and 40 by teachers.",
    ];
    assert_eq!(no_counts(&lines), [], "{:?}", brief(&lines));
    let line = "The clinic saw 88 young people and 30 adults in 2021/22.";
    assert_eq!(no_counts(&[line]), [], "{:?}", brief(&[line]));
}

#[test]
fn children_a_hub_described_by_whom_it_is_for_saw_are_patients() {
    let line = "A regional clinic for young people who may have been harmed has seen 230 children since it opened.";
    assert_eq!(no_counts(&[line]), [], "{:?}", brief(&[line]));
    // A force is no service, whatever it is called.
    let line = "Across 2018/19 the Police Service of Northern Ireland saw 415 children fall victim to abuse.";
    assert_eq!(kinds_of(line), [(415.0, Kind::Count)]);
}

#[test]
fn a_later_item_with_its_verb_left_out_counts_what_the_item_before_it_did() {
    let lines = ["The unit saw 300 patients in 2020/21.", "Of those, 140 were referred by GPs and 72 by teachers."];
    assert_eq!(no_counts(&lines), [], "{:?}", brief(&lines));
}

#[test]
fn the_value_a_figure_named_back_has_passed_counts_what_that_figure_does() {
    let line =
        "Westfield Hospital logged 3,410 safeguarding referrals during 2021/22 and the figure has now passed 3,000.";
    assert_eq!(no_counts(&[line]), [], "{:?}", brief(&[line]));
    // After a count of offences, the value is a count too.
    let line = "Essex Police logged 3,410 burglaries during 2021/22 and the total has now passed 3,000.";
    assert!(brief(&[line]).iter().all(|f| f.3 == Kind::Count), "{:?}", brief(&[line]));
}

#[test]
fn cases_a_hospital_team_was_involved_with_are_not_counts_of_offences() {
    let line = "The trust's child protection team was involved with 1,100 cases during 2019/20.";
    assert_eq!(no_counts(&[line]), [], "{:?}", brief(&[line]));
    // Cases a force's unit dealt with are left as counts.
    let line = "Essex Police's child abuse unit investigated 640 cases in 2019/20.";
    assert_eq!(kinds_of(line), [(640.0, Kind::Count)]);
}

#[test]
fn the_later_end_of_a_wait_measured_in_days_is_no_count() {
    let line = "Dorset Police logged 610 offences during 2020/21, and the typical wait for a clinic slot came down from 38 days to 22.";
    assert_eq!(values(&[line]), [610.0], "{:?}", brief(&[line]));
}
