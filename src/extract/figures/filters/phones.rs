//! Phone numbers and the numbers of services (999, 101, a text short code): numbers to call,
//! not statistics.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::figures::nouns::{classify_word, Noun};
use crate::extract::figures::{head, tail};
use crate::extract::numbers::{compile, Number};

/// Phone numbers: "0808 800 5000", "0800 40 50 40", "08457 90 90 90", "08 08 16 89 111",
/// "call 999", "on 101". A number in groups of two or three ("0300 303 44 98", or pairs from
/// its first two digits on) is tried first, so that it is read whole, not cut after its
/// first group.
pub(super) static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b0\d(?:\s\d{2,3}){3,4}\b|\b0\d{3,4}(?:\s\d{2,3}){2,3}\b|\b0\d{2,4}(?:[\s-]?\d{3,4}){1,2}\b|\b(?:call(?:ed|ing)?|dial(?:led|ling)?|ring(?:ing)?|phon(?:e|ed|ing)|text(?:ed|ing)?|on|line|number|tel:?)\s+(?:the\s+\w+\s+on\s+)?(?:999|101|111|116\s?\d{3})\b",
    )
});

/// "+44 1633 455 000", "+44 (0)20 7946 0000", "(ext. 24135)": a phone number dialled from
/// abroad, and the extension of one.
pub(super) static INTERNATIONAL_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\+44\s?(?:\(0\)\s?)?\d{2,4}(?:[\s-]?\d{3,4}){1,2}\b|(?i)\bext(?:ension|n)?\.?\s*\d{2,6}\b")
});

/// "Kent recorded 05 120 340 560 across the four quarters": a run [`PHONE`] reads as a number
/// in pairs from its first two digits, whose groups after those are all of three digits, is
/// a row of values, the first zero-padded; a phone number printed in pairs has a pair after
/// its first ("08 08 16 89 111").
pub(super) fn is_padded_values(run: &str) -> bool {
    let mut groups = run.split_whitespace();
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    groups.next().is_some_and(|first| first.len() == 2 && first.starts_with('0') && digits(first))
        && groups.all(|g| g.len() == 3 && digits(g))
}

/// Words that say a number is to be called (a textphone's too: "Textphone: 18001 101"), in
/// English or Welsh ("ffoniwch" call, "cysylltwch" contact, "galw" call, "argyfwng" emergency).
static CALLING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:call(?:s|ed|ing)?|dial(?:s|led|ling)?|ring(?:s|ing)?|phon(?:e|es|ed|ing)|contact|emergency|text(?:ed|ing)?|textphone|minicom|helpline|ffoni\w*|cysyllt\w*|galw\w*|argyfwng)\b",
    )
});

/// 999, 101, 111 in a sentence about calling: "Call 999 in an emergency or 101 to report";
/// a text or phone short code, five or six digits printed without a thousands separator,
/// in one: "text us on 61016"; and any three digits right after a bidding "call", "dial" or
/// "ring" ("call 159" for a bank, "dial 105" for a power cut).
pub(super) fn is_service_number(s: &str, n: &Number) -> bool {
    static CALL_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:call|dial|ring)\s+$"));
    let digits = s.get(n.range.clone()).unwrap_or("");
    let next_word = s.get(n.range.end..).and_then(|rest| rest.split_whitespace().next()).unwrap_or("");
    let short_code = (5..=6).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    let three = digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit());
    // "call 159 if a caller asks", "dial 105." (the sentence's end), not "ring 418 tenants":
    // people to call.
    const HOW_TO_CALL: &[&str] =
        &["to", "for", "if", "and", "or", "now", "on", "from", "in", "instead", "immediately", "straight"];
    let how_to_call = || {
        let word = next_word.trim_matches(|c: char| !c.is_alphanumeric());
        word.is_empty() || HOW_TO_CALL.iter().any(|w| w.eq_ignore_ascii_case(word))
    };
    // Most three-digit numbers follow no bidding word: the last word before is read first.
    let bidden = || {
        if !three {
            return false;
        }
        let before = tail(s, n.range.start);
        let last_word = before.trim_end().rsplit(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("");
        let bidding = ["call", "dial", "ring"].iter().any(|w| w.eq_ignore_ascii_case(last_word));
        bidding && CALL_BEFORE.is_match(before) && how_to_call()
    };
    let service = matches!(digits, "999" | "101" | "111");
    ((service || short_code || bidden()) && CALLING.is_match(s)
        || service && (reached_through(s, n) || service_in_heading(s, n))
        || texted_to(s, n))
        && classify_word(next_word) != Noun::Count
}

/// "Officers and 101", "101 and online reporting": a heading (a few words with no full stop) that
/// names a service number with "and" beside a word, as a topic, not a count of anything.
fn service_in_heading(s: &str, n: &Number) -> bool {
    let line = s.trim();
    if line.ends_with(['.', '!', '?']) || line.split_whitespace().count() > 8 {
        return false;
    }
    let mut before = tail(s, n.range.start).split_whitespace().rev();
    let after = head(s, n.range.end).split_whitespace().next().unwrap_or("");
    let joined_after = matches!(before.next(), Some("and" | "&"))
        && before.next().is_some_and(|w| !w.bytes().any(|b| b.is_ascii_digit()))
        && after.is_empty();
    let joined_before = tail(s, n.range.start).trim().is_empty() && matches!(after, "and" | "&");
    joined_after || joined_before
}

/// "Forward scam texts to 7726", "text HELP to 85258", "message the word SAFE to 61016": a
/// short code that texts are sent to, four to six digits printed without a separator. Not
/// where a verb of change leads to the number ("by text rose to 1500"): that is a count.
fn texted_to(s: &str, n: &Number) -> bool {
    static TEXT_TO_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:text|texts|sms|message|messages)\s+((?:[\w'-]+\s+){0,3}?)to\s+$"));
    // "reported by text rose to 1500", "messages fell to 1800": a count changing to a value.
    static CHANGED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:rose|risen|rising|rises|climbed|climbing|jumped|increased|grew|grown|soared|fell|fallen|falling|dropped|declined|decreased|reached|up|down)\b",
        )
    });
    // What follows says how or when to send, or the sentence ends ("text SAFE to 61016."),
    // not whom the number counts ("to 4500 residents").
    const THEN: &[&str] = &["for", "if", "and", "or", "now", "at", "from", "anytime", "anonymously", "free"];
    let digits = s.get(n.range.clone()).unwrap_or("");
    let next = s.get(n.range.end..).and_then(|rest| rest.split_whitespace().next()).unwrap_or("");
    let next = next.trim_matches(|c: char| !c.is_alphanumeric());
    (4..=6).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (next.is_empty() || THEN.iter().any(|w| w.eq_ignore_ascii_case(next)))
        && TEXT_TO_BEFORE
            .captures(tail(s, n.range.start))
            .is_some_and(|c| !c.get(1).is_some_and(|gap| CHANGED.is_match(gap.as_str())))
}

/// "incidents reported through 101", "calls made via 999", "the force's 101 line": a
/// service number as the way something came in, or named as a line or number, in a
/// sentence with no word of calling.
fn reached_through(s: &str, n: &Number) -> bool {
    static THROUGH_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:through|via|using)\s+(?:the\s+)?$"));
    static LINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s+(?:non-emergency\s+|emergency\s+|phone\s+|telephone\s+)?(?:line|number|service)\b")
    });
    // "111 service users", "101 service personnel": people served, not a line to call.
    static PEOPLE_SERVED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+service\s+(?:users?|personnel|members?|staff|providers?|workers?|leavers?|men|women|people|families)\b",
        )
    });
    let after = head(s, n.range.end);
    THROUGH_BEFORE.is_match(tail(s, n.range.start)) || LINE_AFTER.is_match(after) && !PEOPLE_SERVED.is_match(after)
}

/// What a short labelled line gives after its label: "Helpline: 0800 2222" → "0800 2222",
/// "Kent Police: 101." → "101". The label is a name (a capital first, a few words, no full
/// stop) ended by a colon; a full stop ending the line is not part of the value.
fn labelled_value(line: &str) -> Option<&str> {
    static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"^\s*\p{Lu}[\w&'\x{2019}()-]*(?:\s+[\w&'\x{2019}()-]+){0,5}\s*:\s*(\S.*?)\s*\.?\s*$")
    });
    LABELLED.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str())
}

/// "Helpline: 0800 2222" / "Kent Police: 101" / "Safe Haven: 01632 960 222": in a box of
/// labelled numbers to call, a line giving only 999, 101 or 111 after its label is one more
/// number to call, when a line beside it gives a phone number the same way (or the sentence
/// before it, run on in one paragraph: "Helpline: 0800 2222. Kent Police: 101."). Not a list of
/// counts after force names ("Kent Police: 101" beside "Sussex Police: 240").
pub(in crate::extract::figures) fn is_service_number_in_a_box(line: &str, beside: &[&str]) -> bool {
    let is_phone = |value: &str| PHONE.find(value).is_some_and(|m| m.start() == 0 && m.end() == value.len());
    labelled_value(line).is_some_and(|value| matches!(value, "999" | "101" | "111"))
        && beside.iter().any(|other| labelled_value(other).is_some_and(is_phone))
}
