//! "Online child sexual offences have grown by a third. Officers logged 230 such offences
//! in 2022-23": figures whose words refer back to offences named just before ("such
//! offences") count what those words named, even when the sentence naming them gave no
//! figure of its own to carry the measure on.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::measure;
use crate::extract::numbers::compile;
use crate::model::Measure;

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
