//! Rows of a list printing a value and, in brackets, the one it is compared with: the first
//! row labels both with their years ("Kent: 905 in 2019/20 (2018/19: 870)"), the rows under
//! it print the values alone ("Surrey: 640 (702)") and mean the same two years.

use super::kinds::Candidate;
use super::Found;
use crate::extract::periods;
use crate::model::{Kind, Period};

/// The two years of a row labelling its bracketed value with a year ("905 burglaries in
/// 2019/20 (2018/19: 870)", "58 robberies in 2027/28 (44 in 2026/27)"): the first value's own,
/// then the bracket's. `None` for a row printed otherwise. Segments after a semicolon may
/// follow ("…; flagged as online 6 (4)").
pub(super) fn labelled_bracket_years(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    found: &[Found],
) -> Option<(Period, Period)> {
    let (first, second) = (found.first()?, cands.get(1)?);
    let segment_after =
        |c: &Candidate| s.get(second.number.range.end..c.number.range.start).is_some_and(|gap| gap.contains(';'));
    if cands.get(2).is_some_and(|c| c.kind != Kind::PercentChange && !segment_after(c)) || opens_bracket(s, &cands[0]) {
        return None;
    }
    let before = s.get(..second.number.range.start)?;
    let label = times.iter().find(|m| {
        before.get(..m.range.start).is_some_and(|b| b.trim_end().ends_with('('))
            && before.get(m.range.end..).is_some_and(|gap| gap.trim() == ":")
    });
    // "(31 in 2021/22)": the bracketed value, then its year.
    let label = label.or_else(|| {
        times.iter().find(|m| {
            opens_bracket(s, second)
                && s.get(second.number.range.end..m.range.start).is_some_and(|gap| gap.trim() == "in")
                && s.get(m.range.end..).is_some_and(|rest| rest.trim_start().starts_with(')'))
        })
    })?;
    match (first.period, label.year()) {
        (Some(own), Some(compared)) if compared < own => Some((own, compared)),
        _ => None,
    }
}

/// "Surrey: 640 (702), down 9%" under a row whose bracket was labelled with its year: the
/// value before a bare bracket takes the row's own year, the bracketed one the bracket's, and
/// a change after them the own year. A row may print several such pairs ("233 offences
/// (187); online-flagged 26 (17)"). A pair printing a year of its own keeps it.
pub(super) fn bare_bracket_years(
    s: &str,
    cands: &[Candidate],
    times: &[periods::Mention],
    years: (Period, Period),
    found: &mut [Found],
) {
    if found.len() != cands.len() {
        return;
    }
    let (own, compared) = years;
    for i in 1..cands.len() {
        let (a, b) = (&cands[i - 1], &cands[i]);
        let gap = s.get(a.number.range.end..b.number.range.start).unwrap_or(",");
        let closes = s.get(b.number.range.end..).is_some_and(|rest| rest.trim_start().starts_with(')'));
        let pair = !opens_bracket(s, a)
            && opens_bracket(s, b)
            && closes
            && !gap.contains([',', ';'])
            && a.kind != Kind::PercentChange
            && b.kind != Kind::PercentChange;
        let dated =
            times.iter().any(|m| m.range.start >= a.number.range.start && m.range.start <= b.number.range.end + 2);
        if !pair || dated {
            continue;
        }
        found[i - 1].period = Some(own);
        found[i].period = Some(compared);
        let change = cands.get(i + 1).filter(|c| {
            c.kind == Kind::PercentChange
                && s.get(b.number.range.end..c.number.range.start).is_some_and(|g| !g.contains(';'))
        });
        if change.is_some() {
            if let Some(f) = found.get_mut(i + 1) {
                f.period = Some(own);
            }
        }
    }
}

/// Whether the number of `c` opens a bracket: "(702)".
fn opens_bracket(s: &str, c: &Candidate) -> bool {
    s.get(..c.number.range.start).unwrap_or("").trim_end().ends_with('(')
}
