//! Rows of a list printing a value and, in brackets, the one it is compared with: the first
//! row labels both with their years ("Kent: 905 in 2019/20 (2018/19: 870)"), the rows under
//! it print the values alone ("Surrey: 640 (702)") and mean the same two years.

use super::kinds::Candidate;
use super::Found;
use crate::extract::periods;
use crate::model::{Kind, Period};

/// The two years of a row labelling its bracketed value with a year ("905 burglaries in
/// 2019/20 (2018/19: 870)"): the first value's own, then the bracket's. `None` for a row
/// printed otherwise.
pub(super) fn labelled_bracket_years(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &[Found],
) -> Option<(Period, Period)> {
    let (first, second) = (found.first()?, cands.get(1)?);
    if cands.get(2).is_some_and(|c| c.kind != Kind::PercentChange) || opens_bracket(s, &cands[0]) {
        return None;
    }
    let before = s.get(..second.number.range.start)?;
    let label = times.iter().find(|m| {
        before.get(..m.range.start).is_some_and(|b| b.trim_end().ends_with('('))
            && before.get(m.range.end..).is_some_and(|gap| gap.trim() == ":")
    })?;
    match (first.period, label.year()) {
        (Some(own), Some(compared)) if compared < own => Some((own, compared)),
        _ => None,
    }
}

/// "Surrey: 640 (702), down 9%" under a row whose bracket was labelled with its year: the
/// first value takes the row's own year, the bracketed one the bracket's, and a change after
/// them the own year. A row printing a year of its own, or its values otherwise, keeps them.
pub(super) fn bare_bracket_years(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    years: (Period, Period),
    found: &mut [Found],
) {
    if !times.is_empty() || found.len() != cands.len() || !(2..=3).contains(&cands.len()) {
        return;
    }
    let bare_bracket = opens_bracket(s, &cands[1])
        && s.get(cands[1].number.range.end..).is_some_and(|rest| rest.trim_start().starts_with(')'));
    let change_after = cands.get(2).is_none_or(|c| c.kind == Kind::PercentChange);
    if opens_bracket(s, &cands[0]) || !bare_bracket || !change_after {
        return;
    }
    let (own, compared) = years;
    for (f, year) in found.iter_mut().zip([own, compared, own]) {
        f.period = Some(year);
    }
}

/// Whether the number of `c` opens a bracket: "(702)".
fn opens_bracket(s: &str, c: &Candidate) -> bool {
    s.get(..c.number.range.start).unwrap_or("").trim_end().ends_with('(')
}
