//! Totals over several forces the text does not name: "across the four forces", "all 43
//! forces", "the 41 forces able to send their figures".

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::numbers::compile;
use crate::extract::places::Scope;

/// "across the four forces", "by the region's forces combined", "the four forces recorded",
/// "both forces recorded",
/// "across the region": a total over several forces the sentence does not name, which is
/// none of them (not the force the text last named) but the region's, if the text named one.
static ACROSS_FORCES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:across|by|in|among|between|for|from)\s+(?:all\s+)?(?:the|these|those|its|their)\s+(?:[\w']+\s+)?(?:police\s+)?forces\b|\bforces\s+(?:combined|together|between\s+them)\b|\b(?:the|these|those|all|both)\s+(?:[\w']+\s+)?(?:police\s+)?forces\s+(?:\w+\s+)?(?:recorded|logged|reported|saw|had|registered|received|dealt)\b|\b(?:across|throughout)\s+the\s+(?:whole\s+|wider\s+)?region\b|\bthe\s+region's\s+(?:\w+\s+)?(?:forces|total|figure)\b|\b(?:police|forces|officers)\s+(?:in|across|covering)\s+the\s+region\b",
    )
});

/// Whether `s` speaks of a total over several forces it does not name ([`ACROSS_FORCES`]).
/// Not the region's forces as where something went ("passed 300 cases to the region's
/// forces", "sent alerts out to the region's six forces"): they are who received it from
/// the sentence's subject, whose figure it is.
pub(super) fn over_unnamed_forces(s: &str) -> bool {
    // "a 30% jump - the sharpest among the region's four forces": the forces a figure is ranked
    // among, not a total over them.
    static RANKED_AMONG: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bthe\s+(?:[a-z]{3,}est|most|least|worst)\s+(?:[a-z-]+\s+){0,3}?(?:of|among|across|in)(?:\s+the)?\s*$",
        )
    });
    ACROSS_FORCES.find_iter(s).any(|m| {
        let before = s.get(..m.start()).unwrap_or("").trim_end();
        let recipients = m.as_str().starts_with("the region") && (before.ends_with(" to") || before.ends_with(" into"));
        !recipients && !RANKED_AMONG.is_match(before)
    })
}

/// "Six forces received 2,730 reports", "Between them, 3 forces logged 880": a total a
/// few forces, counted but not named, recorded together, which in a text about a region is
/// the region's. (Forty-three forces, every force, are the country's: see
/// [`names_every_force`].)
pub(super) fn few_forces_recorded(s: &str) -> bool {
    static FEW_FORCES: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\s+(?:police\s+)?forces\s+(?:\w+\s+)?(?:recorded|logged|reported|registered|received)\b",
        )
    });
    s.contains("forces") && FEW_FORCES.is_match(s)
}

/// "across the whole region", "the region's forces", in a sentence [`ACROSS_FORCES`] matched:
/// words speaking of a region by no name (its other forms speak of forces).
pub(super) fn names_the_region(s: &str) -> bool {
    static REGION: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bregion\b"));
    REGION.find_iter(s).any(|m| !after_a_named_region(s.get(..m.start()).unwrap_or("")))
}

/// "the North West region": whether `before` ends with a region the gazetteer names.
fn after_a_named_region(before: &str) -> bool {
    let before = before.trim_end();
    crate::extract::places::mentions(before)
        .iter()
        .any(|m| m.range.end == before.len() && m.place.scope == Scope::Region)
}

/// "across those forces", "among these forces", "those forces recorded": forces pointed back
/// at with no number of their own, which are the forces the text counted just before.
pub(super) fn points_back_to_forces(s: &str) -> bool {
    static THOSE_FORCES: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:those|these)\s+(?:police\s+)?forces\b"));
    s.contains("forces") && THOSE_FORCES.is_match(s)
}

/// "all 43 forces", "every police force", "39 of the 43 forces": words speaking of every force
/// in the country.
pub(super) fn names_every_force(s: &str) -> bool {
    static EVERY_FORCE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:every|all)\s+(?:of\s+)?(?:the\s+)?(?:\d+\s+)?(?:police\s+|territorial\s+)?forces?\b|\b(?:4[3-6]|forty-(?:three|four|five|six))\s+(?:police\s+|territorial\s+)?forces\b",
        )
    });
    s.contains("force") && EVERY_FORCE.is_match(s)
}

/// "the 41 forces able to send their figures": more forces than any region or nation but
/// the country has (England and Wales have 43; Wales four, the largest region seven).
pub(super) fn dozens_of_forces(s: &str) -> bool {
    const MORE_THAN_A_REGION_HAS: f64 = 10.0;
    static COUNTED_FORCES: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(\d{2})\s+(?:police\s+|territorial\s+)?forces\b"));
    COUNTED_FORCES
        .captures_iter(s)
        .filter_map(|c| c.get(1)?.as_str().parse::<f64>().ok())
        .any(|n| n >= MORE_THAN_A_REGION_HAS)
}

/// "recorded by the forces that responded", "across the 39 forces that supplied data": the
/// forces that answered a request for figures sent to every force, which, with no region
/// named, are the country's, as the gold answers read them ("from 39 of the 43 forces
/// responding": England and Wales). A request sent to forces the text names is not.
pub(super) fn answered_a_request(s: &str) -> bool {
    static ANSWERED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:the|those)\s+(?:\d+\s+|[a-z]+-?[a-z]*\s+)?(?:police\s+)?forces\s+(?:that|which|who)\s+(?:had\s+|have\s+)?(?:responded|replied|answered|provided|supplied|gave|shared|returned|sent|(?:were|was)\s+able\s+to\s+(?:respond|reply|answer|provide|supply|give|share|return|send))\b|\bresponding\s+(?:police\s+)?forces\b",
        )
    });
    // Read only for a sentence about a total over unnamed forces, which is rare.
    ANSWERED.is_match(s)
}
