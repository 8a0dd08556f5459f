//! Figures in picture captions: a rounded restatement there of a figure of the text is a
//! figure of its own; any other number there is none (a figure printed again is the text's),
//! and a caption moves nothing the text carries.

use super::*;

/// An article of body paragraphs, with those at `captions` read as picture captions.
fn captioned(lines: &[&str], captions: &[usize]) -> Vec<Figure> {
    let mut a = article(lines);
    for p in a.paragraphs.iter_mut().filter(|p| captions.contains(&p.index)) {
        p.role = Role::Caption;
    }
    extract_figures(&a)
}

fn found(figures: &[Figure], value: f64) -> Vec<(Option<String>, Option<String>)> {
    figures.iter().filter(|f| f.value == value).map(|f| (f.place.clone(), f.period.map(|p| p.to_string()))).collect()
}

#[test]
fn a_rounded_restatement_in_a_caption_is_a_figure_of_its_own() {
    let lines = [
        "Kent Police recorded 1,412 knife offences in 2023/24, up from 1,260 the year before.",
        "Kent Police recorded more than 1,400 knife offences in 2023/24. Picture: Library image",
        "The force said patrols would continue.",
    ];
    let figures = captioned(&lines, &[1]);
    assert_eq!(found(&figures, 1400.0), vec![(some("Kent Police"), some("2023/24"))], "{figures:#?}");
    assert_eq!(found(&figures, 1412.0).len(), 1);
    let lines = [
        "Essex Police logged 9,870 burglaries in 2022/23, the force said.",
        "Nearly 10,000 burglaries were recorded in 2022/23 (file photo)",
        "Officers urged residents to lock their doors.",
    ];
    let figures = captioned(&lines, &[1]);
    assert_eq!(found(&figures, 10000.0), vec![(some("Essex Police"), some("2022/23"))], "{figures:#?}");
}

#[test]
fn a_figure_a_caption_prints_again_is_the_bodys_and_the_caption_moves_no_place() {
    let lines = [
        "Durham Constabulary recorded 512 robberies in 2023/24.",
        "Durham Constabulary recorded 512 robberies last year. Picture: Durham Constabulary",
        "That was up from 470 in 2022/23.",
    ];
    let figures = captioned(&lines, &[1]);
    assert_eq!(found(&figures, 512.0), vec![(some("Durham Constabulary"), some("2023/24"))], "{figures:#?}");
    let lines = [
        "Cumbria Constabulary recorded 640 thefts in 2023/24.",
        "A Lancashire Police patrol car in Preston. Photo: Lancashire Police",
        "The force logged 88 robberies in 2023/24.",
    ];
    let figures = captioned(&lines, &[1]);
    assert_eq!(found(&figures, 88.0), vec![(some("Cumbria Constabulary"), some("2023/24"))], "{figures:#?}");
}

#[test]
fn a_number_in_a_caption_that_rounds_no_figure_of_the_text_is_none() {
    let lines = [
        "Avon and Somerset Police recorded 2,300 shoplifting offences in 2023/24.",
        "A shop in Bristol, one of 40 stores targeted, in a file image. (Image: Getty, 1 of 3)",
        "The force said arrests had risen.",
    ];
    let figures = captioned(&lines, &[1]);
    assert_eq!(figures.iter().map(|f| f.value).collect::<Vec<_>>(), vec![2300.0], "{figures:#?}");
    // "More than 900" rounds no 870: it is more than that.
    let lines = [
        "Merseyside Police logged 870 robberies in 2022/23.",
        "PICTURED: Campaigner Jo Hale, 41, outside the station, where more than 900 robberies were logged",
    ];
    let figures = captioned(&lines, &[1]);
    assert_eq!(figures.iter().map(|f| f.value).collect::<Vec<_>>(), vec![870.0], "{figures:#?}");
}

#[test]
fn a_change_in_a_line_labelled_caption_is_the_texts_change_printed_again() {
    let text = "Burglaries fall in Kent\n\n\
                Kent Police recorded 1,210 burglaries in 2031/32, down 9% on the year before.\n\n\
                Nationally, forces recorded 240,000 burglaries, a fall of 3%.\n\n\
                Caption: Officers in Canterbury. Burglaries fell 9 per cent.\n";
    let found = text_brief(text);
    let nines: Vec<_> = found.iter().filter(|f| f.2 == -9.0).collect();
    assert_eq!(nines.len(), 1, "{found:?}");
    assert_eq!(nines[0].0, some("Kent Police"), "{found:?}");
}

#[test]
fn a_chart_caption_giving_one_more_place_of_the_texts_series_adds_its_value() {
    let lines = [
        "Kent Police recorded 640 thefts in 2023/24.",
        "Essex Police recorded 812 and Norfolk Constabulary 377.",
        "Chart of thefts by force: Kent 640, Essex 812, Norfolk 377, Suffolk 205",
    ];
    let figures = captioned(&lines, &[2]);
    let suffolk = figures.iter().find(|f| f.value == 205.0);
    assert!(
        suffolk.is_some_and(|f| f.kind == Kind::Count
            && f.place.as_deref() == Some("Suffolk Constabulary")
            && f.period.map(|p| p.to_string()).as_deref() == Some("2023/24")),
        "{figures:#?}"
    );
    // One value in common is no series: a caption's other numbers stay unread.
    let lines = [
        "Kent Police recorded 640 thefts in 2023/24.",
        "Picture: Kent 640 signs, and Suffolk 205 posters, at the launch",
    ];
    let figures = captioned(&lines, &[1]);
    assert!(figures.iter().all(|f| f.value != 205.0), "{figures:#?}");
}
