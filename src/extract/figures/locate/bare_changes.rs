//! "Up 9% on 2021/22.": a change printed with no subject of its own, right after a sentence
//! of figures, is a change in what that sentence counted, and so of its place.

use super::super::{Found, Kind};
use crate::extract::numbers::compile;
use regex::Regex;
use std::sync::LazyLock;

/// "Up 9% on 2021/22.", "Down 11% against the prior twelve months.", "A rise of 4pc.": a sentence
/// that opens on its change, naming no place and no subject, takes the place of the figures of
/// the sentence before it in the same paragraph, when they were all of one place. (The place
/// the text was about before may be another: those figures may have been a row or a total
/// set beside the forces it went through.)
pub(in crate::extract::figures) fn change_of_the_figure_before(
    s: &str,
    names_a_place: bool,
    previous: &[Found],
    current: &mut [Found],
) {
    static BARE_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*(?:up|down|a\s+(?:rise|fall|drop|increase|decrease)\s+of)\s+(?:by\s+)?\d[\d.,]*\s*(?:%|per\s*cent\b|pc\b)",
        )
    });
    let first = s.trim_start().as_bytes().first().map(u8::to_ascii_lowercase);
    if names_a_place || !matches!(first, Some(b'u' | b'd' | b'a')) || !BARE_CHANGE.is_match(s) {
        return;
    }
    let [change] = current else { return };
    if change.kind != Kind::PercentChange {
        return;
    }
    let mut places = previous.iter().filter(|f| f.kind == Kind::Count).map(|f| f.place.as_deref());
    let Some(Some(place)) = places.next() else { return };
    if places.all(|p| p == Some(place)) {
        change.place = Some(place.to_string());
    }
}
