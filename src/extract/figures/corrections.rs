//! Figures an article puts right: a correction note ("CORRECTION: An earlier version said
//! 4,210. The correct figure is 4,120.") or a revision the text reports ("the figure has
//! since been revised to 352"; "the force now says 1,930, not 1,903").
//!
//! The article is read once more, after its figures, for what it withdraws and what it puts
//! in its place:
//!
//! - a number an earlier version printed, or that a figure was revised from ("an earlier
//!   version said 91", "it previously said 377", "not 1,903", "the original 318 and 11%") is
//!   withdrawn: no figure of that value stands anywhere in the article, in its body (which a
//!   note may leave uncorrected) or in the note;
//! - a number the note or revision gives as the right one ("the correct figure is 67", "it is
//!   352", "revised to 205", "now says the figure is 716", "the rise is now 7%") stands. When
//!   a withdrawn value and a right one are paired in a note (in order, counts with counts,
//!   percentages with percentages) and the body prints only the withdrawn one, the right
//!   value takes the withdrawn figure's place, period, measure and kind, printed where the
//!   note gives it. When the withdrawn value is nowhere else in the article, there is nothing
//!   to replace: the right value stands only as the body or the note itself reads it. When
//!   the body prints the right value too, the body's reading stands and the note's own is
//!   dropped;
//! - a right figure read with a place and a year supersedes every other unhedged figure of the
//!   same place, year, measure and kind with another value ("the rise is now 7%" over the
//!   body's "a rise of 5%"; a right change whose sentence names no measure, whatever measure
//!   it carried). A hedged one ("more than 1,900") is a rounding the revision
//!   leaves standing.
//!
//! Only a paragraph that names a correction or revision is read so: a note added to the
//! story, or text saying a figure was revised, corrected or amended.

use std::sync::LazyLock;

use regex::Regex;

use super::printed::{Alignment, Printed};
use super::Found;
use crate::extract::cues::{Case, CueWords, Found as Cues};
use crate::extract::numbers::{self, compile};
use crate::extract::sentences;
use crate::model::{Article, Figure, Kind};

/// A number a correction names: its paragraph, its range in the paragraph's `norm` and the
/// range of its sentence there, its value, and whether it is a percentage.
#[derive(Debug, Clone)]
struct Named {
    paragraph: usize,
    range: std::ops::Range<usize>,
    sentence: std::ops::Range<usize>,
    value: f64,
    percent: bool,
}

/// What one paragraph withdraws and what it gives as right, in order.
#[derive(Debug, Default)]
struct Corrected {
    note: bool,
    /// The places the paragraph names: a withdrawn value is withdrawn for these alone.
    places: Vec<&'static str>,
    withdrawn: Vec<Named>,
    right: Vec<Named>,
}

/// "CORRECTION (4 May):", "Update, 16:45:", "This article was amended on …": a note added to
/// the story after it ran that puts something right. Markup left in plain text before the
/// note's word ("*Correction:", "_Correction:", "**Update:") opens it all the same.
fn is_correction_note(paragraph: &str) -> bool {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[\W_]*(?:correction|clarification|update[d]?|editor'?s\s+note)\b[^:.]{0,40}:\s|\bthis\s+(?:article|story|report|piece|page|post|item|blog)\s+(?:was|has\s+been)\s+(?:amended|corrected|updated|changed)\b",
        )
    });
    NOTE.is_match(paragraph)
}

/// A paragraph of the text that says a figure was put right.
fn names_a_revision(paragraph: &str) -> bool {
    static REVISION: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:revised|revision|corrected|correction|amended|superseded|erroneous|wrongly|incorrectly)\b")
    });
    REVISION.is_match(paragraph)
}

/// Whether `paragraph` holds, in any case, a word one of [`is_correction_note`]'s and
/// [`names_a_revision`]'s patterns needs: a paragraph with none is neither, told in one pass
/// over it instead of two pattern searches (most paragraphs name no correction). No word holds
/// an "s" or a "k", which the patterns' `(?i)` also reads as "ſ" and the Kelvin sign and an
/// ASCII fold does not ("revi" for "revised" and "revision", "uper" for "superseded").
fn may_name_a_correction(paragraph: &str) -> bool {
    const WORDS: &[&str] = &[
        "correction",
        "clarification",
        "update",
        "editor",
        "amended",
        "corrected",
        "changed",
        "revi",
        "uper",
        "erroneou",
        "wrongly",
        "incorrectly",
    ];
    static CUES: LazyLock<CueWords> = LazyLock::new(|| CueWords::new(WORDS, Case::Folded));
    CUES.find(paragraph) != Cues::NONE
}

/// Words after which the numbers of a clause are what was printed before, or wrongly ("an
/// earlier version said", "a previous entry said": a live page's earlier post too). (An
/// earlier version that "gave no total for 2023/24, when 1,210 …" printed none: the
/// number after is the note's own.)
static WITHDRAWN_FROM: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:earlier|previous|original|first|old)\s+(?:version|entry|post|update|edition)\b[^.;]*?(?:\b(?:said|stated|reported|wrote|put|printed|listed|read)\b|\bgave\b[^.;]*?\bas\b)|\bpreviously\b|\b(?:wrongly|incorrectly|mistakenly|erroneously|in\s+error)\b|\bwe\s+(?:wrote|reported|said|stated|printed|published|gave)\b|\b(?:the|its|their)\s+original\b",
    )
});

/// Words right before one number that withdraw it: "not 1,903", "revised from 166".
static WITHDRAWN_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\bnot|\brather\s+than|\binstead\s+of|\b(?:revised|corrected|amended|changed)\s+(?:(?:up|down)(?:wards?)?\s+)?from)\s+(?:the\s+)?$",
    )
});

/// Words after which the numbers of a clause are what is right now.
static RIGHT_FROM: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:correct|corrected|right|revised|accurate|amended|updated)\s+(?:\w+\s+)?(?:figures?|numbers?|totals?|values?|counts?)\b|\b(?:revised|corrected|amended|changed|updated)\s+(?:(?:up|down)(?:wards?)?\s+)?to\b|\bnow\s+(?:says?|puts?|gives?|reports?|shows?|stands?|states?|records?)\b|\b(?:is|are|was|were|stands)\s+now\b|\bshould\s+(?:have\s+)?(?:been|read|said|be)\b",
    )
});

/// In a note only: "it is 352", "that should be 67".
static RIGHT_IN_NOTE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)(?:^\s*|[;,:]\s*|\b(?:and|but)\s+)(?:it|this|that)\s+(?:is|was|should\s+be)\b"));

/// "That figure was later revised to 205.", "The total was later corrected", "It has
/// since corrected that": a sentence that says the figure of the sentence before it was put
/// right.
static POINTS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\W*(?:(?:that|this|the)\s+(?:figure|number|total|count)\s+(?:has|had|was|is)\s+(?:(?:since|later|now|subsequently)\s+)?(?:been\s+)?|(?:it|they|the\s+force)\s+(?:has|have|had)\s+(?:(?:since|later|now|subsequently)\s+)?)(?:revised|corrected|amended|changed|updated)\b",
    )
});

/// The one number of the sentence at `range` of `text` that is no percentage, if it has
/// exactly one: the figure "that figure" points back to.
fn the_one_count(text: &str, range: &std::ops::Range<usize>, paragraph: usize) -> Option<Named> {
    let s = text.get(range.clone())?;
    let times = crate::extract::periods::scan(s);
    let dated = |n: &numbers::Number| times.iter().any(|m| m.range.start < n.range.end && n.range.start < m.range.end);
    let mut counts = numbers::scan(s).into_iter().filter(|n| !n.percent && !n.money && !dated(n));
    let n = counts.next()?;
    if counts.next().is_some() {
        return None;
    }
    Some(Named {
        paragraph,
        range: range.start + n.range.start..range.start + n.range.end,
        sentence: range.clone(),
        value: n.value,
        percent: false,
    })
}

/// What each paragraph naming a correction withdraws and gives as right.
fn read_corrections(article: &Article) -> Vec<Corrected> {
    let mut out = Vec::new();
    // The text paragraph before (its text and index): the last sentence of it is what a
    // first sentence opening "That figure has since been revised" points back to. Split into
    // sentences only when one does: most paragraphs name no correction at all.
    let mut previous: Option<(&str, usize)> = None;
    for para in article.paragraphs.iter().filter(|p| p.role.is_text()) {
        let text = para.norm.as_str();
        let cued = may_name_a_correction(text);
        let note = cued && is_correction_note(text);
        if !(note || (cued && names_a_revision(text))) {
            if !text.trim().is_empty() {
                previous = Some((text, para.index));
            }
            continue;
        }
        let places = crate::extract::places::mentions(text).into_iter().map(|m| m.place.name).collect();
        let mut found = Corrected { note, places, ..Corrected::default() };
        let mut before: Option<std::ops::Range<usize>> = None;
        for sentence in sentences::split(text) {
            let Some(s) = text.get(sentence.clone()) else { continue };
            if POINTS_BACK.is_match(s) {
                let prior = match before.clone() {
                    Some(last) => Some((text, para.index, last)),
                    None => previous.and_then(|(t, i)| sentences::split(t).pop().map(|last| (t, i, last))),
                };
                if let Some((prior, index, last)) = prior {
                    found.withdrawn.extend(the_one_count(prior, &last, index));
                }
            }
            before = Some(sentence.clone());
            let mut start = 0;
            for clause in s.split_inclusive(';') {
                let at = sentence.start + start;
                start += clause.len();
                read_clause(clause, at, para.index, &sentence, note, &mut found);
            }
        }
        previous = Some((text, para.index));
        if !found.withdrawn.is_empty() || !found.right.is_empty() {
            out.push(found);
        }
    }
    out
}

/// The numbers of one clause (at byte `at` of its paragraph) that are withdrawn or right:
/// each takes the last cue before it.
fn read_clause(
    clause: &str,
    at: usize,
    paragraph: usize,
    sentence: &std::ops::Range<usize>,
    note: bool,
    found: &mut Corrected,
) {
    let mut cues: Vec<(usize, bool)> = WITHDRAWN_FROM.find_iter(clause).map(|m| (m.end(), false)).collect();
    cues.extend(RIGHT_FROM.find_iter(clause).map(|m| (m.end(), true)));
    if note {
        cues.extend(RIGHT_IN_NOTE.find_iter(clause).map(|m| (m.end(), true)));
    }
    if cues.is_empty() {
        return;
    }
    for n in numbers::scan(clause) {
        let before = clause.get(..n.range.start).unwrap_or("");
        let right = if WITHDRAWN_NEXT.is_match(before) {
            Some(false)
        } else {
            cues.iter().filter(|(end, _)| *end <= n.range.start).max_by_key(|(end, _)| *end).map(|&(_, right)| right)
        };
        let Some(right) = right else { continue };
        let named = Named {
            paragraph,
            range: at + n.range.start..at + n.range.end,
            sentence: sentence.clone(),
            value: n.value,
            percent: n.percent,
        };
        if right {
            found.right.push(named);
        } else {
            found.withdrawn.push(named);
        }
    }
}

/// Whether what `c` withdraws can be `f`'s: `c` names no place, or names `f`'s ("An earlier
/// version gave Kent's rise as 54%" withdraws no 54% the text gives for the region).
fn withdrawn_for(c: &Corrected, f: &Figure) -> bool {
    c.places.is_empty() || f.place.as_deref().is_none_or(|p| c.places.contains(&p))
}

/// "The rise is now 9%.": a right change whose sentence names no measure revises the change
/// of its place and year whatever measure the text carried into it. A count revised in a
/// sentence naming no measure ("That total was later revised to 205") may have carried
/// a measure that is not its own: it supersedes nothing by its key (what it points back to,
/// it withdraws by value).
fn names_no_measure(g: &Figure) -> bool {
    crate::extract::measure::of_sentence(&g.sentence).is_none()
}

/// Whether the figure's number is printed as a percentage.
fn is_percent(f: &Figure) -> bool {
    if f.kind == Kind::PercentChange {
        return true;
    }
    let printed = f.sentence.get(f.span.clone()).unwrap_or("");
    printed.contains('%') || printed.contains("cent")
}

/// Whether figure `f` is the number `n` names.
fn is_value(f: &Figure, n: &Named) -> bool {
    f.value.abs() == n.value.abs() && is_percent(f) == n.percent
}

/// Whether `f` was read from `n`'s own paragraph and sentence: the same value there.
fn read_from(f: &Figure, n: &Named, article: &Article) -> bool {
    f.paragraph == n.paragraph
        && is_value(f, n)
        && article
            .paragraphs
            .get(n.paragraph)
            .and_then(|p| p.norm.get(n.sentence.clone()))
            .is_some_and(|s| same_sentence(&f.sentence, s))
}

/// A printed sentence and a normalised one are the same sentence: the same length, or the
/// one holding the other.
fn same_sentence(printed: &str, norm: &str) -> bool {
    printed.len() == norm.len() || printed.contains(norm) || norm.contains(printed)
}

/// The figure the right value `y` stands for, in place of the withdrawn figure `x`: `x`'s
/// place, period, measure and kind, printed in `y`'s sentence.
fn in_place_of(x: &Figure, y: &Named, article: &Article) -> Option<Figure> {
    let para = article.paragraphs.get(y.paragraph)?;
    let align = if para.text == para.norm { None } else { Alignment::of(&para.norm, &para.text) };
    let printed = Printed::of(para, align.as_ref(), y.sentence.clone());
    let found = Found {
        range: y.range.start.checked_sub(y.sentence.start)?..y.range.end.checked_sub(y.sentence.start)?,
        value: if x.value < 0.0 { -y.value.abs() } else { y.value },
        kind: x.kind,
        qualifier: None,
        place: x.place.clone(),
        period: x.period,
        calendar_year: x.calendar_year,
        measure: x.measure,
        check: None,
        baseline: false,
        difference: x.difference,
    };
    Some(printed.figure(&found, para.index))
}

/// Puts the article's corrections into its figures (see the module's notes).
pub(super) fn apply_corrections(article: &Article, figures: &mut Vec<Figure>) {
    let corrections = read_corrections(article);
    if corrections.is_empty() {
        return;
    }
    let right: Vec<&Named> = corrections.iter().flat_map(|c| &c.right).collect();
    let is_right = |f: &Figure| right.iter().any(|n| read_from(f, n, article));
    let mut added: Vec<Figure> = Vec::new();
    let mut dropped = vec![false; figures.len()];
    for c in &corrections {
        // A note pairs what it withdraws with what it puts right, in order, by kind.
        for percent in [false, true] {
            let withdrawn = c.withdrawn.iter().filter(|n| n.percent == percent);
            let rights = c.right.iter().filter(|n| n.percent == percent);
            for (x, y) in withdrawn.zip(rights).filter(|_| c.note) {
                let elsewhere = |f: &Figure| f.paragraph != y.paragraph && is_value(f, y);
                if figures.iter().any(elsewhere) {
                    // The body prints the right value: its reading stands, not the note's.
                    for (i, f) in figures.iter().enumerate() {
                        if read_from(f, y, article) {
                            dropped[i] = true;
                        }
                    }
                } else if let Some(wrong) =
                    figures.iter().find(|f| is_value(f, x) && !is_right(f) && withdrawn_for(c, f))
                {
                    added.extend(in_place_of(wrong, y, article));
                }
            }
        }
        // What was withdrawn is no figure anywhere.
        for x in &c.withdrawn {
            for (i, f) in figures.iter().enumerate() {
                if is_value(f, x) && !is_right(f) && withdrawn_for(c, f) {
                    dropped[i] = true;
                }
            }
        }
    }
    // A right figure read with a place and a year supersedes the unhedged others of its kind.
    for (i, f) in figures.iter().enumerate() {
        if f.qualifier.is_some() || f.difference || is_right(f) {
            continue;
        }
        let superseded = figures.iter().enumerate().any(|(j, g)| {
            j != i
                && !dropped[j]
                && g.place.is_some()
                && g.period.is_some()
                && g.place == f.place
                && g.period == f.period
                && (if g.kind == Kind::PercentChange {
                    g.measure == f.measure || names_no_measure(g)
                } else {
                    g.measure == f.measure && !names_no_measure(g)
                })
                && g.kind == f.kind
                && !g.difference
                && g.value != f.value
                && right.iter().any(|n| read_from(g, n, article))
        });
        if superseded {
            dropped[i] = true;
        }
    }
    let mut keep = dropped.into_iter().map(|d| !d);
    figures.retain(|_| keep.next().unwrap_or(true));
    figures.append(&mut added);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_correction_gate_passes_every_paragraph_either_pattern_reads() {
        let read = [
            "CLARIFICATION (9 March): the chart showed the wrong quarter.",
            "Updated at noon: the council has replied.",
            "Editor's note: names have been withheld.",
            "This piece has been CHANGED to remove a photograph.",
            "The tally of thefts was Revised after a recount.",
            "A later count Superseded the first one.",
            "The erroneous total was 61.",
            "Police WRONGLY listed the ward as Hightown.",
            "It was incorrectly put at 40.",
            "An amended return gave 12.",
        ];
        for p in read {
            assert!(is_correction_note(p) || names_a_revision(p), "pattern reads {p:?}");
            assert!(may_name_a_correction(p), "gate turned away {p:?}");
        }
    }

    #[test]
    fn the_correction_gate_turns_away_paragraphs_naming_no_correction() {
        for p in [
            "Officers in the valley logged 310 break-ins over the winter.",
            "The inspector said the figures showed a steady rise in shed thefts.",
            "",
        ] {
            assert!(!may_name_a_correction(p), "gate passed {p:?}");
            assert!(!is_correction_note(p) && !names_a_revision(p), "pattern reads {p:?}");
        }
    }
}
