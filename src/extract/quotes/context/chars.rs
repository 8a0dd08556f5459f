//! Char offsets of byte offsets, as the context counts positions in a paragraph.

/// Char offset of a byte offset.
pub(super) fn char_at(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}

/// [`char_at`] for many byte offsets of one text, counted on from the last one asked for
/// rather than from the start each time: for offsets in order, the work is the text's length
/// all told, not its length for each offset.
pub(in crate::extract::quotes) struct CharCounter<'t> {
    text: &'t str,
    /// The last byte offset counted to, and its char offset.
    counted: (usize, usize),
}

impl<'t> CharCounter<'t> {
    pub(in crate::extract::quotes) fn new(text: &'t str) -> Self {
        CharCounter { text, counted: (0, 0) }
    }

    /// The char offset of `byte`, as [`char_at`] gives it.
    pub(in crate::extract::quotes) fn at(&mut self, byte: usize) -> usize {
        let (from, chars) = self.counted;
        if !self.text.is_char_boundary(byte) {
            return 0;
        }
        let chars = match self.text.get(from..byte) {
            Some(between) => chars + between.chars().count(),
            None => char_at(self.text, byte),
        };
        self.counted = (byte, chars);
        chars
    }
}
