//! On a bilingual page a paragraph in Welsh gives no figures when an English paragraph prints
//! its numbers (its twin); a page in Welsh alone gives them from the Welsh.

use super::*;

#[test]
fn a_welsh_only_article_gives_its_figures() {
    let lines = ["Cafodd 418 o droseddau eu cofnodi gan yr heddlu yn 2023, mae'r ffigurau yn dangos."];
    assert!(values(&lines).contains(&418.0), "{:?}", values(&lines));
    let lines = ["Mae'r cyngor wedi derbyn 2,315 o gwynion am sbwriel yn ystod y flwyddyn."];
    assert!(values(&lines).contains(&2315.0), "{:?}", values(&lines));
}

#[test]
fn a_welsh_paragraph_with_an_english_twin_gives_no_figures_of_its_own() {
    let lines = [
        "Cafodd 418 o droseddau eu cofnodi gan yr heddlu yn 2023, mae'r ffigurau yn dangos.",
        "Police recorded 418 burglaries in 2023, the figures show.",
    ];
    assert_eq!(values(&lines), [418.0]);
    let lines = [
        "Town councillors received 2,315 complaints about litter over the year.",
        "Mae'r cyngor wedi derbyn 2,315 o gwynion am sbwriel yn ystod y flwyddyn.",
    ];
    assert_eq!(values(&lines), [2315.0]);
}

#[test]
fn an_english_line_naming_welsh_schools_gives_its_figures() {
    let lines = ["Ysgol y Castell, Ysgol y Bryn and Ysgol yr Afon: 35 pupils"];
    assert!(values(&lines).contains(&35.0), "{:?}", values(&lines));
    let lines = ["Ysgol y Wern, Ysgol y Dderwen, Ysgol yr Hafod: 61 incidents"];
    assert!(values(&lines).contains(&61.0), "{:?}", values(&lines));
}
