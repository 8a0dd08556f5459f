//! Numbers that label wire copy and parliamentary papers rather than count: a Hansard volume
//! or column ("vol. 649, col. 412"), a House paper ("HC 588"), a question reference
//! ("AQW 15871/17-22"), a question's number after its member's label ("Huw Morgan AM: 4."),
//! a wire slug's word count ("WORDS: 560"), a version ("(UPDATE 2)") and the figure a
//! wire correction line withdraws ("FIXES … to 7,204 from 7,240").

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::{compile, Number};

/// Whether number `n` of sentence `s` labels a paper, a column, a question, a version or a
/// slug, or is the value a correction line withdraws: no figure.
pub(super) fn is_reference(s: &str, n: &Number) -> bool {
    // "vol. 649, col. 412", "(Official Report, col 17)", "cols 112-114": Hansard's volume and
    // column, abbreviated. "HC 588", "HL Paper 41": a House paper's number.
    static LABEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?:(?i:\b(?:cols?|vols?)\.?|\bvolume)|\b(?:HC|HL)(?:\s+Paper)?|\b(?:UPDATE|REFILE|WRITETHRU|VERSION)|(?:^|\s|\*)(?:WORDS|Words|WORD\s+COUNT|Word\s+count|Wordcount|LENGTH|Length)\W*:\W*)\s*$",
        )
    });
    // "(Fixes the fourth paragraph's total to 2,615 from 2,651)": the value a wire correction
    // line says the copy had before.
    static WITHDRAWN_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\W*\(?\s*(?:corrects?|correcting|fixes)\b[^;()]*\bfrom\s+$"));
    // "AQW 15871/17-22", "PQ 3381/21": a reference in capitals, its numbers joined by slashes
    // and dashes.
    static CODE: LazyLock<Regex> = LazyLock::new(|| compile(r"\b[A-Z]{2,6}\s?\d{2,}(?:\s?[/-]\s?\d+)+"));
    // "Huw Morgan AM: 4." (a question's number after its member's label), "2." opening a line.
    // (Not "Arrests: 12.", a label's value.)
    static MEMBER_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?:\b(?:AM|MS|MSP|MLA|MP|AS|TD)|\))\s*:\s*$"));
    static NUMBERED_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\.(?:\s+[A-Z]|\s*$)"));
    static ITEM_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\.\s+[A-Z]"));
    // "649, col. 412": a volume, its "vol." left at the end of the sentence before.
    static COLUMN_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^,\s*cols?\.?\s*\d"));
    if n.percent || n.money || n.in_words {
        return false;
    }
    let before = s.get(..n.range.start).unwrap_or("");
    let after = s.get(n.range.end..).unwrap_or("");
    let small_whole = n.value < 100.0 && n.value.fract() == 0.0;
    LABEL_BEFORE.is_match(before)
        || (before.trim().is_empty() && COLUMN_AFTER.is_match(after))
        || WITHDRAWN_BEFORE.is_match(before)
        || CODE.find_iter(s).any(|m| m.start() < n.range.end && n.range.start < m.end())
        || (small_whole && MEMBER_BEFORE.is_match(before) && NUMBERED_AFTER.is_match(after))
        || (small_whole && before.trim().is_empty() && ITEM_AFTER.is_match(after))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers;

    /// The reference numbers among the numbers of `s`, as printed.
    fn references(s: &str) -> Vec<String> {
        numbers::printed_where(s, is_reference)
    }

    #[test]
    fn a_hansard_volume_or_column_or_a_house_paper_number_is_a_reference() {
        assert_eq!(references("He raised it in the Commons (Hansard, vol. 701, col. 233)."), ["701", "233"]);
        assert_eq!(references("(HL Deb, 4 May 2022, col 871)"), ["871"]);
        assert_eq!(references("701, col. 233), she asked."), ["701", "233"]);
        assert_eq!(references("The committee's report (HC 941) was published today."), ["941"]);
    }

    #[test]
    fn a_question_reference_or_number_is_a_reference() {
        assert_eq!(references("In an answer to question AQW 2231/17-22, the department said so."), ["22"]);
        assert_eq!(references("Huw Morgan AM: 4."), ["4"]);
    }

    #[test]
    fn a_slug_word_count_a_version_or_a_withdrawn_figure_is_no_figure() {
        assert_eq!(references("WORDS: 640"), ["640"]);
        assert_eq!(references("SLUG: CRIME Thefts Kent CATEGORY: Home news WORDS: 512"), ["512"]);
        assert_eq!(references("Keywords: BRITAIN CRIME/THEFT (UPDATE 3)"), ["3"]);
        assert_eq!(references("(CORRECTS total in paragraph 2 to 4,312 from 4,132)"), ["4,132"]);
    }

    #[test]
    fn counts_beside_such_words_stay_counts() {
        assert!(references("The tally of thefts reached 412, having stood at 298 previously.").is_empty());
        assert!(references("The force logged 17 more thefts. It said 4 were solved.").is_empty());
        assert!(references("Thefts rose from 3,100 to 3,400, the force said.").is_empty());
        assert!(references("A total of 640 words were written.").is_empty());
        assert!(references("Arrests: 12.").is_empty());
    }
}
