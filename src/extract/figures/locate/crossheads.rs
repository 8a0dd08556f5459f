//! Crossheads: a short line over a paragraph that gives its figure ("Burglary falls 7%" over
//! "Officers across the county logged 3,020 burglaries, 7% fewer than a year before").

use crate::extract::figures::lists::is_heading_shaped;
use crate::extract::places;
use crate::model::Figure;

/// "Thefts up 9%" over "Kent Police recorded 4,100 thefts in 2022/23, up 9% …": a figure of a
/// crosshead (a short line with no full stop) that names no place is the one the paragraph
/// right under it prints again with its place (one place only); it takes that place (and year, if it has
/// one), not the place the text before the crosshead ended on.
pub(in crate::extract::figures) fn crosshead_figures_from_body(figures: &mut [Figure]) {
    for i in 0..figures.len() {
        let f = &figures[i];
        if !is_heading_shaped(&f.sentence) || names_a_place(&f.sentence) {
            continue;
        }
        let mut under =
            figures.iter().filter(|g| g.paragraph == f.paragraph + 1 && g.value == f.value && g.kind == f.kind);
        let Some(first) = under.next().filter(|g| g.place.is_some()) else { continue };
        // Printed again for two places: which one the crosshead means is unknown.
        if under.any(|g| g.place != first.place) {
            continue;
        }
        let (place, period) = (first.place.clone(), first.period);
        let f = &mut figures[i];
        f.place = place;
        f.period = period.or(f.period);
    }
}

/// Whether the line names a place of the gazetteer or a council area.
fn names_a_place(line: &str) -> bool {
    !places::mentions(line).is_empty() || !places::all_area_mentions(line).is_empty()
}
