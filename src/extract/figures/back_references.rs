//! "Online child sexual offences have grown by a third. Officers logged 230 such offences
//! in 2022-23": figures whose words refer back to offences named just before ("such
//! offences") count what those words named, even when the sentence naming them gave no
//! figure of its own to carry the measure on; and a bare pair of values given
//! "respectively" stands for the two measures the text just counted side by side.

use std::sync::LazyLock;

use regex::Regex;

use super::sentence::OF_THESE;
use super::Found;
use crate::extract::measure;
use crate::extract::numbers::compile;
use crate::model::{Figure, Kind, Measure};

/// "such offences", "such crimes", "such cases": offences of the kind the text just named.
static SUCH: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\bsuch\s+(?:offences|crimes|cases|incidents|offending)\b"));

/// The measure a sentence counting "such offences" and naming none of its own refers back
/// to: the measure the sentence before it (`last`) named, if it named one.
pub(super) fn measure_referred_back(s: &str, last: &str) -> Option<Measure> {
    if !(s.contains("such ") || s.contains("Such ")) || !SUCH.is_match(s) || measure::of_sentence(s).is_some() {
        return None;
    }
    measure::of_sentence(last)
}

/// "… its total of child sexual offences was 2,410 … For 2019/20 the two numbers were 2,290
/// and 790 respectively": a bare pair of counts given "respectively" after the text counted
/// both all offences and their online part stands for those two measures, in the order the
/// text gave them. Which is which is read from the values: each stands nearer (as a ratio) to
/// the last count of its own measure, as the online part is a share of the whole.
pub(super) fn pair_of_measures_given_respectively(s: &str, figures: &[Figure], current: &mut [Found]) {
    if !s.contains("respectively") {
        return;
    }
    let counts: Vec<usize> = (0..current.len()).filter(|&i| current[i].kind == Kind::Count).collect();
    let [a, b] = counts.as_slice() else { return };
    let (ra, rb) = (current[*a].range.clone(), current[*b].range.clone());
    let joined = s.get(ra.end..rb.start).is_some_and(|gap| gap.trim() == "and");
    let after = s.get(rb.end..).unwrap_or("").trim_start();
    if !joined || !after.starts_with("respectively") || measure::of_sentence(s.get(..ra.start).unwrap_or("")).is_some()
    {
        return;
    }
    let last = |m: Measure| figures.iter().rev().find(|f| f.kind == Kind::Count && f.measure == m).map(|f| f.value);
    let (Some(all), Some(online)) = (last(Measure::All), last(Measure::Online)) else { return };
    let far = |v: f64, w: f64| if v > 0.0 && w > 0.0 { (v / w).ln().abs() } else { f64::INFINITY };
    let (va, vb) = (current[*a].value, current[*b].value);
    let in_order = far(va, all) + far(vb, online);
    let swapped = far(va, online) + far(vb, all);
    if !in_order.is_finite() || !swapped.is_finite() || in_order == swapped {
        return;
    }
    let (ma, mb) = if in_order < swapped { (Measure::All, Measure::Online) } else { (Measure::Online, Measure::All) };
    current[*a].measure = ma;
    current[*b].measure = mb;
}

/// "Lothian and Borders Police dealt with 930 sexual crimes. Of these, 240 had a victim aged
/// under 16": sexual offences whose part against children the next sentence tells apart are
/// of victims of every age, another measure than offences against children, as they are in
/// one sentence ("the force logged 700 sexual offences, 90 of them against under-16s").
/// Sets to that measure the counts and changes just read (`figures` from `start`, and
/// `previous`, the same ones) that counted all sexual offences in a sentence naming them,
/// and no children ("the figure was 341" names none: it counts what was counted before).
pub(super) fn whole_with_children_told_apart(
    s: &str,
    current: &[Found],
    figures: &mut [Figure],
    start: usize,
    previous: &mut [Found],
) {
    let part_of_children = current.iter().any(|f| f.kind == Kind::Count && f.measure == Measure::All);
    if !part_of_children || !OF_THESE.is_match(s) || !measure::names_children(s) {
        return;
    }
    let Some(last) = figures.get_mut(start..) else { return };
    for (f, found) in last.iter_mut().zip(previous.iter_mut()) {
        let whole = matches!(f.kind, Kind::Count | Kind::PercentChange)
            && f.measure == Measure::All
            && measure::of_sentence(&f.sentence) == Some(Measure::All)
            && !measure::names_children(&f.sentence);
        if whole {
            f.measure = Measure::Other;
            found.measure = Measure::Other;
        }
    }
}
