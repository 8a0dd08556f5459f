//! What each figure of a sentence counts. Most sentences name one measure, which all their
//! figures take (or the one the text talked about last). Two kinds of sentence name more:
//!
//! - a clause about part of the total: "1,050 sexual offences against children, 140 of
//!   which were flagged online", "…, of which a quarter were internet-related";
//! - two figures with their own nouns: "250 online child sex offences … and 1,900 sexual
//!   offences against children in total".

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use super::context::is_baseline_value;
use super::kinds::Candidate;
use crate::extract::measure;
use crate::extract::numbers::compile;
use crate::model::{Kind, Measure};

/// ", of which …", ", 140 of which …", ", with 120 of them …", ", with 9,500 involving the
/// internet", ", including 120 online", ", meaning a quarter involve the internet": a clause
/// about part of what the sentence counted.
static PART_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i),\s*(?:(?:[\w,.]+\s+)?of\s+(?:which|whom)|(?:with|including)\s+[\w,.]+\s+(?:of\s+(?:them|those|these)|online|involving|having|flagged|carrying|committed|taking|linked|related)\b|(?:meaning|suggesting|indicating)\b)",
    )
});

/// The measure of each candidate, and the one the sentence names for the text after it.
/// `carried` is the measure the text talked about last.
pub(super) fn of_candidates(s: &str, cands: &[Candidate], carried: Measure) -> (Vec<Measure>, Option<Measure>) {
    let part_at = PART_CLAUSE.find(s).map_or(s.len(), |m| m.start());
    let cue = measure::of_sentence(s.get(..part_at).unwrap_or(s));
    let part_cue = s
        .get(part_at..)
        .filter(|t| !t.is_empty())
        .and_then(|t| measure::of_sentence(t.trim_start_matches([',', ' ']).trim_start_matches("including")));
    let contrast = cands.len() > 1 && measure::contrasts_total(s);
    let mut own: Vec<Option<Measure>> = if cands.len() > 1 && (contrast || measure::may_name_several(s)) {
        (0..cands.len()).map(|i| own_words_measure(s, cands, i, contrast)).collect()
    } else {
        vec![None; cands.len()]
    };
    // A number with no words of its own counts what the number before it counts, in the same
    // clause ("went down 5% to 3,102") or as the value it is compared with ("736 online
    // offences …, up from 688").
    for i in 1..cands.len() {
        let gap = s.get(cands[i - 1].number.range.end..cands[i].number.range.start).unwrap_or("");
        if own[i].is_none() && (!gap.contains([',', ';']) || is_baseline_value(s, cands[i].number.range.start)) {
            own[i] = own[i - 1];
        }
    }
    let mixed = own.iter().flatten().collect::<BTreeSet<_>>().len() > 1;
    let measures: Vec<Measure> = cands
        .iter()
        .zip(&own)
        .map(|(c, own)| {
            if c.kind == Kind::Money || c.not_offences {
                Measure::Other
            } else if c.number.range.start >= part_at {
                part_cue.or(cue).unwrap_or(carried)
            } else if mixed {
                own.or(cue).unwrap_or(carried)
            } else {
                cue.unwrap_or(carried)
            }
        })
        .collect();
    // After two measures, the text goes on about the last one named.
    let named = if mixed { own.iter().rev().flatten().next().copied() } else { cue };
    (measures, named)
}

/// The measure the words of candidate `i` alone name: those after it up to the next number
/// ("1,900 sexual offences against children"), else those before it from the last number
/// ("the number of online offences (310)"; first for a number in brackets).
/// With `contrast`, "the total" names all offences ([`measure::contrasts_total`]).
fn own_words_measure(s: &str, cands: &[Candidate], i: usize, contrast: bool) -> Option<Measure> {
    let r = &cands[i].number.range;
    let prev_end = i.checked_sub(1).map_or(0, |j| cands[j].number.range.end);
    let next_start = cands.get(i + 1).map_or(s.len(), |c| c.number.range.start);
    let before = s.get(prev_end..r.start).unwrap_or("");
    let after = s.get(r.end..next_start).unwrap_or("");
    let (before, after, of) = if contrast {
        // "the total" is read within the figure's own clause.
        let before = before.rfind([',', ';']).map_or(before, |at| &before[at + 1..]);
        let after = after.find([',', ';']).map_or(after, |at| &after[..at]);
        (before, after, measure::of_contrasting_part as fn(&str) -> Option<Measure>)
    } else {
        (before, after, measure::of_sentence as fn(&str) -> Option<Measure>)
    };
    if before.trim_end().ends_with('(') {
        of(before).or_else(|| of(after))
    } else {
        of(after).or_else(|| of(before))
    }
}
