//! A sentence as it is read (normalised) and as it is printed, and where a figure's number
//! is in the printed one.

use std::ops::Range;

use super::Found;
use crate::model::{Figure, Paragraph};

/// One sentence as it is printed (what is shown), located from its normalised words.
pub(super) struct Printed<'a> {
    text: &'a str,
    /// Where each byte of `norm` is in `text`, when the paragraph's two forms line up.
    align: Option<(&'a Alignment, usize, usize)>,
}

impl<'a> Printed<'a> {
    /// The sentence at `range` of the paragraph's `norm`; shown as `norm` if `text` does not line up.
    pub(super) fn of(para: &'a Paragraph, align: Option<&'a Alignment>, range: Range<usize>) -> Self {
        let norm = para.norm.get(range.clone()).unwrap_or("");
        let located = align.and_then(|a| {
            let (start, end) = (a.to_text(range.start)?, a.to_text(range.end)?);
            Some((a, start, para.text.get(start..end)?))
        });
        match located {
            Some((a, start, text)) => Printed { text, align: Some((a, range.start, start)) },
            None => Printed { text: norm, align: None },
        }
    }

    /// Byte range in `text` of the bytes at `range` of `norm`; empty if it cannot be mapped.
    fn span(&self, range: &Range<usize>) -> Range<usize> {
        let Some((a, norm_start, text_start)) = self.align else {
            return if self.text.get(range.clone()).is_some() { range.clone() } else { 0..0 };
        };
        let at = |b: usize| a.to_text(norm_start + b).map(|t| t.saturating_sub(text_start));
        match (at(range.start), at(range.end)) {
            (Some(x), Some(y)) if x <= y && self.text.get(x..y).is_some() => x..y,
            _ => 0..0,
        }
    }

    pub(super) fn figure(&self, found: &Found, paragraph: usize) -> Figure {
        Figure {
            place: found.place.clone(),
            period: found.period,
            calendar_year: found.calendar_year.filter(|_| found.period.is_none()),
            value: found.value,
            kind: found.kind,
            measure: found.measure,
            difference: found.difference,
            qualifier: found.qualifier.clone(),
            sentence: self.text.to_string(),
            span: self.span(&found.range),
            paragraph,
            check: found.check,
        }
    }
}

/// Where each char of a paragraph's `norm` is in its `text`: the same char, other bytes.
pub(super) struct Alignment {
    /// Byte offset of every char of `norm`, then `norm.len()`.
    norm: Vec<usize>,
    /// Byte offset of every char of `text`, then `text.len()`.
    text: Vec<usize>,
}

impl Alignment {
    /// The alignment, unless `norm` and `text` differ in length (then `norm` is shown as is).
    pub(super) fn of(norm: &str, text: &str) -> Option<Self> {
        let offsets = |s: &str| s.char_indices().map(|(i, _)| i).chain(std::iter::once(s.len())).collect::<Vec<_>>();
        let (norm, text) = (offsets(norm), offsets(text));
        (norm.len() == text.len()).then_some(Alignment { norm, text })
    }

    /// The byte in `text` of the char at byte `byte` of `norm`.
    fn to_text(&self, byte: usize) -> Option<usize> {
        let i = self.norm.binary_search(&byte).ok()?;
        self.text.get(i).copied()
    }
}
