//! Percent changes verified: a change stated beside its two values (in its sentence or the
//! next or previous one) is recomputed and marked consistent or not.

use super::Found;
use crate::model::{ChangeCheck, Kind};

/// For a percent change stated beside two counts of its place, the recomputation. The count
/// printed as the baseline ("up from 98") or of the earlier year is the one changed from.
pub(super) fn recompute(change: &Found, figures: &[Found]) -> Option<ChangeCheck> {
    // A sentence with many figures is a list, not a change beside its two values.
    const MAX_FIGURES: usize = 12;
    if figures.len() > MAX_FIGURES {
        return None;
    }
    let counts: Vec<&Found> = figures.iter().filter(|f| f.kind == Kind::Count && f.place == change.place).collect();
    let [a, b] = counts[..] else { return None };
    let (from, to) = match (a.period, b.period) {
        _ if b.baseline && !a.baseline => (b.value, a.value),
        _ if a.baseline && !b.baseline => (a.value, b.value),
        (Some(pa), Some(pb)) if pa > pb => (b.value, a.value),
        (Some(pa), Some(pb)) if pa < pb => (a.value, b.value),
        // Two values of one year, or of no stated years: not a "from" and a "to".
        _ => return None,
    };
    if from == 0.0 || !from.is_finite() || !to.is_finite() {
        return None;
    }
    let exact = (to - from) / from * 100.0;
    let computed = (exact * 10.0).round() / 10.0;
    let stated = change.value;
    let slack = (stated.abs() * 0.1).max(1.5);
    let consistent = match change.qualifier.as_deref() {
        Some("almost" | "nearly" | "close to" | "just under" | "under" | "less than" | "fewer than") => {
            exact <= stated + 0.05 && exact >= stated - slack
        }
        Some("more than" | "over" | "just over" | "in excess of" | "well over" | "upwards of" | "at least") => {
            exact >= stated - 0.05 && exact <= stated * 1.5 + slack
        }
        Some(_) => (exact - stated).abs() <= slack,
        None => agrees_as_printed(stated, exact),
    };
    Some(ChangeCheck { from, to, computed, consistent })
}

/// Recomputes changes whose two values stand in the next or the previous sentence ("That is a
/// decrease of 6.7%." after "… 655 in 2017/18, down from 702 the previous year.").
pub(super) fn check_across(previous: &mut [Found], current: &mut [Found]) {
    let alone = |fs: &[Found]| !fs.iter().any(|f| f.kind == Kind::Count);
    if alone(current) {
        for f in current.iter_mut().filter(|f| f.kind == Kind::PercentChange && f.check.is_none()) {
            f.check = recompute(f, previous);
        }
    }
    if alone(previous) {
        for f in previous.iter_mut().filter(|f| f.kind == Kind::PercentChange && f.check.is_none()) {
            f.check = recompute(f, current);
        }
    }
}

/// True when `stated` is `exact` rounded or cut to the decimals `stated` is printed with.
fn agrees_as_printed(stated: f64, exact: f64) -> bool {
    let scale = if stated.fract().abs() > 1e-9 { 10.0 } else { 1.0 };
    let rounded = (exact * scale).round() / scale;
    let cut = (exact * scale).trunc() / scale;
    (rounded - stated).abs() < 1e-6 || (cut - stated).abs() < 1e-6
}
