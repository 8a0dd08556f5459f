//! The kind of a statistic (count, rate, money, percent change or other), the sign of a
//! change and the qualifier printed before it.

use std::sync::LazyLock;

use regex::Regex;

use super::nouns::{alternation, head_noun, number_of_noun, subject_noun, Noun, ASKING_VERBS, HELPING_VERBS};
use super::{head, tail};
use crate::extract::numbers::{self, compile, Number};
use crate::model::Kind;

/// A number that is a statistic, with what its words say.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub(super) number: Number,
    pub(super) kind: Kind,
    /// +1, or -1 for a fall.
    pub(super) sign: f64,
    pub(super) qualifier: Option<String>,
    /// Counts something other than offences (officers, schools).
    pub(super) not_offences: bool,
    /// A number of offences more or fewer than before ("3,728 fewer", "an increase of 636"):
    /// a signed count whose year, like a change's, is the later one compared.
    pub(super) difference: bool,
}

/// Qualifiers printed before a number.
static QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:more\s+than|over|nearly|almost|around|about|approximately|roughly|some|at\s+least|up\s+to|just\s+over|just\s+under|fewer\s+than|less\s+than|under|close\s+to|closer\s+to|nearer\s+to|in\s+excess\s+of|well\s+over|upwards\s+of|an\s+estimated|a\s+record|a\s+total\s+of)\s*$",
    )
});

/// "Fraud reports in Gwent top 4,500", "thefts topped 900", "crimes in Wales pass 600",
/// "passing 470 for the first time": a total said to have passed a value is more than it
/// (not one that only could or will; nor things passed on, "passed 60 files to"). "Pass" is
/// read so only with a total as its subject ("Knife offences in Essex passed 1,000") or a
/// milestone after it ("passing 470 for the first time"): "who passed 90" is an age, "caught
/// passing 47 in a 30 zone" a speed, "Officers passed 58 on to" a handing over.
fn topped(before: &str, after: &str) -> bool {
    static TOPPED: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:tops|topped)\s+$"));
    static MAY_TOP: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:could|will|would|may|might|to)\s+top\s+$"));
    static TOTAL_PASSED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:offences|crimes|reports|incidents|cases|thefts|burglaries|robberies|assaults|arrests|calls|referrals|searches|victims|total|totals|figure|figures|number|numbers|count|tally)(?:\s+(?:in|across|for)\s+\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,2})?\s+(?:(?:has|have|had)\s+)?(?:now\s+|already\s+|just\s+)?(?:pass|passes|passed|passing)\s+$",
        )
    });
    static PASSED: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:pass|passes|passed|passing)\s+$"));
    static ENDS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:\s*(?:$|[.,;:!?)'\x{22}\x{2019}\x{201D}-])|\s+(?:as|for|in|after|amid|since|despite|while|with|at|on|this|last|mark)\b)",
        )
    });
    static MILESTONE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:mark|milestone|for\s+the\s+first\s+time)\b"));
    static ON_TO: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+on\s+to\b"));
    if before.contains("pass") && PASSED.is_match(before) {
        return MILESTONE_AFTER.is_match(after)
            || (TOTAL_PASSED.is_match(before) && ENDS_AFTER.is_match(after) && !ON_TO.is_match(after));
    }
    if !before.contains("top") {
        return false;
    }
    TOPPED.is_match(before) || (super::filters::tops_a_value(before, after) && !MAY_TOP.is_match(before))
}

/// A verb of movement before "up to": the figure reached the value ("shot up to 820"), it is
/// not an upper bound.
static WENT_UP_TO: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:shot|shoots|shooting|gone|went|goes|going|jumped|jumps|climbed|climbs|rose|risen|rises|rising|crept|leapt|leaped|moved|ticked|edged)\s+up\s+to\s*$",
    )
});

/// Words of increase and decrease, right before or after a percentage.
const RISE_WORDS: &[&str] = &[
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "increase",
    "increased",
    "increases",
    "increasing",
    "up",
    "jump",
    "jumped",
    "jumps",
    "leap",
    "leapt",
    "leaped",
    "surge",
    "surged",
    "soar",
    "soared",
    "soaring",
    "grew",
    "grown",
    "growth",
    "climb",
    "climbed",
    "hike",
    "spike",
    "spiked",
    "higher",
    "uplift",
    "rocketed",
    "rockets",
    "skyrocketed",
    "ballooned",
    "spiralled",
    "mushroomed",
    "swelled",
];
const FALL_WORDS: &[&str] = &[
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "drop",
    "dropped",
    "drops",
    "decrease",
    "decreased",
    "decreases",
    "decline",
    "declined",
    "declines",
    "down",
    "lower",
    "reduction",
    "reduced",
    "cut",
    "dip",
    "dipped",
    "plunge",
    "plunged",
    "plummeted",
    "slump",
    "slumped",
    "fewer",
    "tumbled",
    "slid",
    "shrank",
    "shrunk",
    "sank",
];

/// Whether a sentence has a word of increase or decrease ("had risen to", "fell", "up").
pub(super) fn says_a_change(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric()).any(|w| change_sign(w).is_some())
}

/// The direction a change word gives, +1 or -1.
fn change_sign(word: &str) -> Option<f64> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if RISE_WORDS.contains(&w.as_str()) {
        Some(1.0)
    } else if FALL_WORDS.contains(&w.as_str()) {
        Some(-1.0)
    } else {
        None
    }
}

/// Whether a percentage is a change (with its sign) or a share: "up 16%", "a nine per cent
/// decrease", "a rise of 229.5%" are changes; "32% of them", "from 40 per cent" are not.
fn percent_change_sign(before: &str, after: &str) -> Option<f64> {
    static SHARE_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*\)?\s*of\b"));
    static LEVEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:from|to|at)\s*$"));
    if SHARE_AFTER.is_match(after) {
        return None;
    }
    let before = QUALIFIER.replace(before, "");
    let before = before.trim_end().trim_end_matches('(').trim_end();
    if LEVEL_BEFORE.is_match(before) {
        // "Dyfed-Powys saw the sharpest rise, at 42%": the level a change came to.
        static CHANGE_AT: LazyLock<Regex> = LazyLock::new(|| {
            compile(
                r"(?i)\b(rises?|increases?|jumps?|falls?|drops?|decreases?|declines?|reductions?)\b(?:\s+[\w-]+){0,6}?,?\s+at\s*$",
            )
        });
        return CHANGE_AT.captures(before).and_then(|c| change_sign(&c[1]));
    }
    // "80% more offences than in 2016/17", "12 per cent lower than", "6% more than in 2021-22".
    // So is "9 per cent above the force's ten-year average", "12% above the year before",
    // "4% below 2021/22".
    static THAN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*(?:(?P<up>more)|fewer|less)\s+(?:(?:[\w-]+\s+){0,2}?(?:offences?|crimes?|cases|incidents|reports)\s+)?than\b|^\s*(?:(?P<higher>higher)|lower)\s+than\b|^\s*(?:(?P<above>above)|below)\s+(?:(?:the|its|their|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:average|norm|level|mean|baseline|figure|total|year)\b|last\s+year\b|(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b)",
        )
    });
    if let Some(c) = THAN_AFTER.captures(after) {
        let up = ["up", "higher", "above"].iter().any(|g| c.name(g).is_some());
        return Some(if up { 1.0 } else { -1.0 });
    }
    // "a charge rate of 4.3%, up from 2.9%": the level a share moved to, a change only if
    // the words before say so.
    static LEVEL_MOVED_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^[\s),]*(?:up|down)\s+from\b"));
    let after_words = after.trim_start_matches([' ', ')']).split_whitespace().take(2);
    if !LEVEL_MOVED_AFTER.is_match(after) {
        if let Some(sign) = after_words.filter_map(change_sign).next() {
            return Some(sign);
        }
    }
    // "The rise in thefts from vans parked overnight, about 30 per cent, worries us": the amount
    // of a change set off by commas right after the noun phrase the change opens, however long.
    static APPOSED_TO_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+)?(rises?|increases?|jumps?|falls?|drops?|decreases?|declines?|reductions?)\s+(?:in|of)\s+[^,.;:()\d]{1,80},$",
        )
    });
    static CLOSES_APPOSITION: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:[,)]|[\x{2013}\x{2014}]|-\s)"));
    if before.ends_with(',') && CLOSES_APPOSITION.is_match(after) {
        if let Some(sign) = APPOSED_TO_CHANGE.captures(before).and_then(|c| change_sign(&c[1])) {
            return Some(sign);
        }
    }
    // "an increase of 86 on the previous year, and of more than 40 per cent since 2013/14":
    // the change word is shared with the clause before.
    static SHARED_CHANGE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i),?\s+and\s+(?:of|by)\s*$"));
    // "rose for the third year running, by 12%": the amount set apart after its verb's words.
    static SET_APART_BY: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i),\s*by\s*$"));
    let reach = if SHARED_CHANGE.is_match(before) || SET_APART_BY.is_match(before) { 14 } else { 6 };
    let words: Vec<&str> = before.split_whitespace().rev().take(reach + 1).collect();
    // "Reports climb - but only 6% end in a charge": "but" opens a clause of its own, whose
    // share the change before it does not reach ("rose, but only by 4%" is its amount).
    let but_at = words.iter().take(reach).position(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.eq_ignore_ascii_case("but") || w.eq_ignore_ascii_case("yet")
    });
    let by_amount = words.first().is_some_and(|w| w.eq_ignore_ascii_case("by"));
    let reach = match but_at {
        Some(at) if !by_amount => reach.min(at),
        _ => reach,
    };
    (0..words.len().min(reach))
        .filter(|&i| !words.get(i + 1).is_some_and(|prev| is_phrasal_up(prev, words[i])))
        .find_map(|i| change_sign(words[i]))
}

/// "54.7% of crimes were cleared up, against a clear-up rate of 58.1%", "set up": "up" as
/// the particle of a verb that is no rise.
fn is_phrasal_up(verb: &str, word: &str) -> bool {
    const VERBS: &[&str] = &[
        "cleared", "clear", "clears", "set", "sets", "made", "make", "picked", "signed", "followed", "backed", "taken",
        "took", "locked", "summed", "brought",
    ];
    let particle = word.trim_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case("up");
    particle && VERBS.contains(&verb.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str())
}

/// "+9%", "(-4%)", "| +2%": a sign printed against a percentage makes it a change. A dash
/// after a number ("10-15%") is a range and one set apart ("a rate of - 5%") is no sign.
fn printed_sign(before: &str) -> Option<f64> {
    let mut chars = before.chars().rev();
    let sign = match chars.next()? {
        '+' => 1.0,
        '-' | '\u{2212}' => -1.0,
        _ => return None,
    };
    match chars.next() {
        None => Some(sign),
        Some(c) if c.is_whitespace() || matches!(c, '(' | '[' | '|' | ':' | ',' | ';') => Some(sign),
        Some(_) => None,
    }
}

/// True when the words around a number make it a rate ("a day", "per 100,000 people").
/// `after` runs to the next number, `rest` on past it to the end of the window.
pub(super) fn is_rate(before: &str, after: &str, rest: &str) -> bool {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:a|per|every|each)\s+(?:single\s+)?(?:day|week|month|hour|minute|fortnight)(?:[^\w-]|$)|\b(?:daily|weekly|monthly|hourly)\b|\bevery\s+\w+\s+(?:minutes|hours|days|seconds)\b|\bper\s+(?:head|capita)\b|\b(?:per|for\s+every|in\s+every)\s+(?:[\d,]+|one\s+hundred|a\s+(?:hundred|thousand))\b|\b(?:per|for\s+every|in\s+every)\s+(?:a\s+)?(?:million|billion)\b",
        )
    });
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:for\s+every|per|in\s+every)\s+[\d,]+\s+(?:people|residents|population|children|inhabitants)\b",
        )
    });
    // "63 arrests in a week of action", "within a single day", "during a week": all in that
    // one span, not each. ("a week-long spree" is no span of one week a rate is per.)
    static WITHIN: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:in|within|over|during)\s+$"));
    let each = |m: &regex::Match| {
        !(m.as_str().get(..2).is_some_and(|w| w.eq_ignore_ascii_case("a ")) && WITHIN.is_match(&after[..m.start()]))
    };
    // Most numbers have no rate words after them: the scan for a number in between is made
    // only for those that do.
    AFTER.find(after).filter(each).is_some_and(|m| AFTER.is_match(own_words(&after[..m.end()])))
        || (says_per_or_every(before)
            && BEFORE.find_iter(before).last().is_some_and(|m| !base_of_another(before, m.range(), after, rest)))
        || is_named_rate(before, after)
}

/// Whether `s` has "per" or "ever" in it, ASCII letters in either case: a cheap test every
/// match of [`is_rate`]'s pattern for a base before the number passes ("per", "for every" or
/// "in every"; none of their letters is one a non-ASCII letter folds to). It looks for each
/// "r", one of the rarer letters, and checks the letters before it, so that the words before
/// most numbers skip the pattern's scan.
fn says_per_or_every(s: &str) -> bool {
    let bytes = s.as_bytes();
    let ends = |r: usize, word: &[u8]| {
        r.checked_sub(word.len() - 1)
            .and_then(|start| bytes.get(start..=r))
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    memchr::memchr2_iter(b'r', b'R', bytes).any(|r| ends(r, b"per") || ends(r, b"ever"))
}

/// "…, at a rate of 33.", "Dorset's rate was 58": a number the words before it name as a rate,
/// its base printed elsewhere (or nowhere), with no noun of its own after it.
fn is_named_rate(before: &str, after: &str) -> bool {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\brates?\s+(?:(?:was|is|were|of|stood\s+at|came\s+to)|(?:was\s+)?(?:higher|lower|highest|lowest)[^.;:\d]{0,30}?,?\s+at)\s+(?:(?:about|around|roughly|nearly|almost|just\s+(?:over|under)|more\s+than|some)\s+)?$",
        )
    });
    before.contains("rate") && NAMED.is_match(before) && head_noun(after) == Noun::Unknown
}

/// "Cumbria logged 52 robberies per 100,000 people. Lancashire came second, on 47.", "…
/// Wiltshire came bottom, on 29": a bare number a sentence ranks right after one that gave
/// rates is a rate too.
pub(super) fn ranked_after_rates(s: &str, cands: &mut [Candidate]) {
    static RANKED_AT: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:highest|lowest|top|bottom|last|second|third|fewest|most)\b[^.;:\d]{0,30}?,?\s+(?:at|on|with)\s+(?:(?:about|around|roughly|nearly|almost|just\s+(?:over|under))\s+)?$",
        )
    });
    for c in cands.iter_mut() {
        let bare = c.kind == Kind::Count && !c.number.percent && !c.number.money && !c.difference;
        let after = head(s, c.number.range.end);
        if bare && RANKED_AT.is_match(tail(s, c.number.range.start)) && head_noun(after) == Noun::Unknown {
            c.kind = Kind::Rate;
        }
    }
}

/// "80 offences per 100,000 people", "a rate of two per 1,000 residents": a rate's base
/// printed right after its number (in figures or words), a few words on, which makes the
/// base that number's.
fn follows_its_number(before: &str, base: usize) -> bool {
    static NUMBER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?:\d|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)))(?:\s*%|\s+per\s+cent)?\s+(?:[\w-]+\s+){0,3}$",
        )
    });
    before.get(..base).is_some_and(|b| NUMBER_BEFORE.is_match(b))
}

/// "West Yorkshire was second with 351 per 1,000, followed by Merseyside at 290", "… 80 per
/// 100,000 people, with Essex on 75": a bare number given for another place right after a
/// rate, in the same sentence, is that place's rate. The place is named (capitalised) or is
/// an average, and the number has no noun of its own ("with Essex at 1,200 offences" counts).
/// So is a bare number a rate is compared with right after its base ("a rate of 17.1 per
/// 1,000, against 15.9 across the force", "31 per 100,000 people, up from 27").
pub(super) fn continued_rates(s: &str, cands: &mut [Candidate]) {
    static COMPARED_AFTER_BASE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+per\s+[\d,.]+(?:\s+[a-z-]+){0,2}\s*,?\s*(?:against|compared\s+(?:with|to)|versus|(?:up|down|rising|falling)\s+from)\s+(?:(?:just|about|around|nearly|almost)\s+)?$",
        )
    });
    static ANOTHER_AT: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?:,\s*|\s+)(?i:followed\s+by|then|and|ahead\s+of|behind|with|while|against|compared\s+with)\s+(?:the\s+)?(?:\p{Lu}[\w'-]*(?:\s+(?:\p{Lu}[\w'-]*|of|and))*|(?i:national|regional|force|england|wales)(?:\s+and\s+wales)?\s+average)\s+(?i:at|on|with)\s*$",
        )
    });
    // "Merseyside's rate came to 41, with Cheshire's 27": another place's, its verb left out,
    // after a rate named with no base printed. (After a base, "… work out at 36 per 10,000,
    // while Cumbria's 95 (down from 110) come to 19 per 10,000", it may be another place's
    // count.)
    static ANOTHER_S: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?:,\s*|\s+)(?i:and|while|with)\s+(?:the\s+)?\p{Lu}[\w-]*(?:\s+(?:\p{Lu}[\w-]*|of|and))*'s?\s*$")
    });
    // "arresting around 800 people a month … and safeguarding roughly 1,200 children": the
    // object of a second doing word joined to one a rate in time was the object of shares
    // that time.
    static DOING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b[a-z]{3,}ing\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$")
    });
    static IN_TIME: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s+(?:[\w-]+\s+){0,3}?(?:a|per|each|every)\s+(?:day|week|month|year|fortnight)\b")
    });
    static AND_DOING: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\band\s+[a-z]{3,}ing\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
        )
    });
    for i in 1..cands.len() {
        let (done, rest) = cands.split_at_mut(i);
        let (prev, c) = (&done[i - 1], &mut rest[0]);
        let bare = matches!(c.kind, Kind::Count | Kind::Other) && !c.number.percent && !c.number.money;
        if prev.kind != Kind::Rate || !bare || c.difference {
            continue;
        }
        let gap = s.get(prev.number.range.end..c.number.range.start).unwrap_or("");
        let after = head(s, c.number.range.end);
        let compared = gap.len() < 60 && gap.contains("per ") && COMPARED_AFTER_BASE.is_match(gap);
        if compared && head_noun(after) == Noun::Unknown {
            c.kind = Kind::Rate;
        }
        if c.kind != Kind::Count {
            continue;
        }
        let another = ANOTHER_AT.is_match(gap) || (!gap.contains("per ") && ANOTHER_S.is_match(gap));
        if !gap.contains(['.', ';']) && another && head_noun(after) == Noun::Unknown {
            c.kind = Kind::Rate;
        }
        let doing = gap.contains("ing ")
            && !gap.contains(['.', ';', ','])
            && AND_DOING.is_match(gap)
            && IN_TIME.is_match(gap)
            && DOING_BEFORE.is_match(tail(s, prev.number.range.start));
        if doing {
            c.kind = Kind::Rate;
        }
    }
}

/// "Thefts climbed over the decade, with Dorset going from 520 to 577 (11 per cent)", "from
/// 380 down to 342 (10%)": a percentage in brackets right after the two ends of a change is the change
/// between them, rising or falling as they do, however far back the words of change stand.
/// Not a share ("(11 per cent of all crime)").
pub(super) fn bracketed_changes(s: &str, cands: &mut [Candidate]) {
    static OPEN_BRACKET: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*\(\s*$"));
    static SHARE_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s*of\b"));
    for i in 2..cands.len() {
        let (from, to, pct) = (&cands[i - 2], &cands[i - 1], &cands[i]);
        if !pct.number.percent || pct.kind != Kind::Other || from.number.percent || to.number.percent {
            continue;
        }
        let gap = |a: &Candidate, b: &Candidate| s.get(a.number.range.end..b.number.range.start).unwrap_or("");
        let to_words = gap(from, to).trim().strip_suffix("to").map(str::split_whitespace);
        let pair = tail(s, from.number.range.start).trim_end().to_ascii_lowercase().ends_with("from")
            && to_words.is_some_and(|w| w.count() <= 1);
        let change = from.number.value - to.number.value;
        if pair
            && change != 0.0
            && OPEN_BRACKET.is_match(gap(to, pct))
            && !SHARE_AFTER.is_match(head(s, pct.number.range.end))
        {
            cands[i].kind = Kind::PercentChange;
            cands[i].sign = if change < 0.0 { 1.0 } else { -1.0 };
        }
    }
}

/// "2.1 per 1,000 people (1,104 burglaries)": a number in brackets after a rate's base is
/// what was counted, not another rate; so is "… 80 offences per 100,000 people, and Essex
/// recorded 1,200 offences", a number with a noun of its own after a base printed for an
/// earlier number. (Without brackets a bare one is a rate: "398 per 100,000 children,
/// against an average of 191".)
/// A number its own clause goes on to work out as a rate of its own was counted too.
fn base_of_another(before: &str, base: std::ops::Range<usize>, after: &str, rest: &str) -> bool {
    before.get(base.end..).is_some_and(|between| between.contains('('))
        || (follows_its_number(before, base.start) && (head_noun(after) != Noun::Unknown || own_rate_follows(rest)))
}

/// "… while Sussex's 240 (down from 265) come to 14 per 100,000": a number whose own clause
/// goes on to work it out as a rate with a base of its own is what the rate was worked out
/// from, a count.
fn own_rate_follows(after: &str) -> bool {
    static WORKED_OUT: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^.;:]{0,40}?\b(?:comes?\s+to|came\s+to|works?\s+out\s+at|worked\s+out\s+at|equals?|equalled|equat(?:es|ed|ing)\s+to|(?:is|are|was|were)\s+equivalent\s+to|(?:gives?|gave|giving)\s+(?:it\s+)?a\s+rate\s+of)\s+(?:(?:about|around|roughly|nearly|almost|just\s+(?:over|under))\s+)?[\d.,]+\s+(?:per|for\s+every|in\s+every)\s+[\d,]+",
        )
    });
    WORKED_OUT.is_match(after)
}

/// The words after a number up to the next number, which a rate phrase beyond belongs to
/// ("1,764 offences, an average of almost five a day"), unless that number is the rate's
/// base ("per 100,000 people", "every six hours").
fn own_words(after: &str) -> &str {
    static BASE_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:per|every|for\s+every|in\s+every)\s+$"));
    numbers::scan(after)
        .into_iter()
        .find(|n| !BASE_BEFORE.is_match(after.get(..n.range.start).unwrap_or("")))
        .and_then(|n| after.get(..n.range.start))
        .unwrap_or(after)
}

/// "300 more cases than…", "165 more than in 2022/23", "3,728 fewer break-ins": a
/// difference between two counts, its direction in the word after the number. Without
/// "than", "more" and "less" must stand right before the noun: in "1,200 more violent
/// offences" or "3,000 less serious offences" they are adverbs of the adjective, and the
/// number is a total. "– 906 fewer." closing its clause leaves the noun to the sentence.
static DIFFERENCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    const COUNTED: &str = "(?:offences|crimes|cases|incidents|reports|break-ins|burglaries|thefts|victims)";
    compile(&format!(
        r"(?i)^\s+(?:(?:(?P<up>more|extra|additional)|fewer|less)\b(?:\s+[\w/-]+){{0,6}}?\s+than\b|(?:(?P<more>more|extra|additional)|fewer|less)\s+{COUNTED}\b|(?:(?P<added>extra|additional)|fewer)\s+(?:[\w-]+\s+){{1,2}}?{COUNTED}\b|(?:(?P<gained>more)|fewer)\s*(?:[.;,)]|$))"
    ))
});

/// "rose by 80 to 620", "an increase of 80", "the fall, of 1,200 offences,", "was down 40
/// offences", "the largest fall in numbers, down 179 offences", "with numbers down 80": a
/// number of offences more or fewer, its direction in the change word before it (a comma may
/// set the "of" phrase apart from the noun).
static DIFFERENCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:(?P<verb>rose|risen|rising|increased|increasing|grew|grown|jumped|climbed|went\s+up|up|fell|fallen|falling|dropped|decreased|declined|went\s+down|down)\s+by|(?:was|were|is|are|been)\s+(?P<level>up|down)|[,;]\s*(?P<set>up|down)|(?:numbers|figures|the\s+total|offences|crimes|cases|incidents|reports)\s+(?P<counted>up|down)|(?:an?\s+)?(?P<noun>increase|rise|fall|drop|decrease|decline|reduction)\s*,?\s+of)\s+(?:(?:more\s+than|over|nearly|almost|around|about|just\s+over|just\s+under)\s+)?$",
    )
});

/// The direction of a difference between two counts printed around a number, +1 or -1.
fn difference_sign(before: &str, after: &str) -> Option<f64> {
    if let Some(c) = DIFFERENCE_AFTER.captures(after) {
        let up = ["up", "more", "added", "gained"].iter().any(|g| c.name(g).is_some());
        return Some(if up { 1.0 } else { -1.0 });
    }
    // The match alone is cheap; the capture that says which word matched is read only then.
    if !DIFFERENCE_BEFORE.is_match(before) {
        return None;
    }
    let c = DIFFERENCE_BEFORE.captures(before)?;
    let word = c
        .name("verb")
        .or_else(|| c.name("noun"))
        .or_else(|| c.name("level"))
        .or_else(|| c.name("set"))
        .or_else(|| c.name("counted"))?
        .as_str();
    // "went up", "went down": the direction is the last word.
    change_sign(word.rsplit(char::is_whitespace).next().unwrap_or(word))
}

/// "2.3 percentage points", "up 4 points": a change in a share, not a count or a percentage
/// change.
static POINTS_AFTER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s*(?:-\s*)?(?:percentage[\s-]+|per\s*cent(?:age)?[\s-]+)?(?:points?|pts?|pp)\b"));

/// "safeguarded more than 200 children", "trained 1,300": people helped or taught, not
/// offences against them. Nor are the reports a body "took action on" or "actioned": its own
/// work on what it was sent, not offences recorded.
static NOT_OFFENCES_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)\b(?:{}|{}|safeguarding|protected|referred\s+on|employed|employs|employing|hired|recruited|took\s+action\s+on|acted\s+on|actioned)\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|an\s+extra|another)\s+)?$",
        alternation(HELPING_VERBS),
        alternation(ASKING_VERBS)
    ))
});

/// "We examined 57 cases", "inspectors reviewed a sample of 45 case files", "HMIP reviewed
/// 45 cases", "the watchdog looked at 60 files", "it dip-sampled 38", "examined 70 cases
/// during its visit", "We rated 22 as good, 19 as requiring improvement and 6 as inadequate":
/// the files an inspection or audit looked at, and the grades it gave them, are a sample of
/// its work, not offences. It is said by who looked (an inspection's word for itself, a
/// body by its initials, or a partnership or board reviewing its cases: "our partnership
/// reviewed 30 cases"), by a verb only audits use, or by the visit it was made in.
fn is_audit_sample(before: &str, after: &str) -> bool {
    static EXAMINED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:we|inspectors|(?:the|an?|its)\s+(?:[\w-]+\s+)?(?:inspectorate|inspection|watchdog|regulator)|(?:our|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:partnership|board|panel|committee)|auditors|reviewers|(?-i:[A-Z]{2,}[A-Za-z]*)|the\s+(?:review|audit)(?:\s+team)?)\)?\s+(?:(?:also|then|had|has|have)\s+)?(?:examined|reviewed|audited|sampled|dip[\s-]sampled|looked\s+at|inspected|scrutinised|read)\s+(?:(?:a\s+sample\s+of|a\s+total\s+of|more\s+than|over|around|about|some)\s+)?$",
        )
    });
    // Verbs only an audit uses, whoever did it: "it dip-sampled 38 files".
    static AUDIT_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:audited|dip[\s-]sampled|sampled)\s+(?:(?:a\s+total\s+of|more\s+than|over|around|about|some)\s+)?$",
        )
    });
    // "looked at 52 files on its visit", "reviewed 45 files as part of the inspection".
    static LOOKED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:examined|reviewed|looked\s+at|inspected|scrutinised)\s+(?:(?:a\s+sample\s+of|a\s+total\s+of|more\s+than|over|around|about|some)\s+)?$",
        )
    });
    static IN_A_VISIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:[\w-]+\s+){0,4}?(?:during|in\s+the\s+course\s+of|as\s+part\s+of|while|when)\s+(?:(?:its|the|their|our|it|they|we)\s+)?(?:visit|visited|inspection|inspected|review|audit|fieldwork)\b",
        )
    });
    static GRADED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:(?:of\s+(?:them|these|the\s+cases)|cases?|files?)\s+)?(?:as|were|was)\s+(?:good|outstanding|adequate|inadequate|poor|(?:requiring|requires|needing|needs)\s+improvement)\b",
        )
    });
    (before.ends_with(' ')
        && (EXAMINED_BEFORE.is_match(before)
            || AUDIT_VERB_BEFORE.is_match(before)
            || (LOOKED_BEFORE.is_match(before) && IN_A_VISIT_AFTER.is_match(after))))
        || (after.starts_with(' ') && GRADED_AFTER.is_match(after))
}

/// "a population of 1.9 million", "is home to 350,000 children", "the county's population
/// … includes 210,000 under-18s", "the ONS mid-2021 population estimate of 409,000 children",
/// "mid-year estimates for children in the three force areas (512,400)": people who live
/// somewhere, not offences.
static POPULATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\bpopulations?\s+(?:estimates?\s+)?(?:of\s+)?|\b(?:ONS|mid-\d{4}|mid-year)(?:\s+[\w-]+)?\s+(?:population\s+)?estimates?\s+(?:of\s+)?|\b(?:population|mid-year|ONS)\s+estimates?\b[^.;:()]{0,80}\(|\bhome\s+to\s+|\bpopulation\b(?:[^.;:]|\.\d){0,40}\b(?:includes?|including)\s+)(?:(?:about|around|some|more\s+than|nearly|almost|over|roughly|an\s+estimated)\s+)?$",
    )
});

/// The kind, sign and qualifier of a number that is a statistic.
pub(super) fn classify(s: &str, number: Number, noun: Noun) -> Candidate {
    let before = tail(s, number.range.start);
    let after = head(s, number.range.end);
    let qualifier = QUALIFIER.find(before).map(|m| m.as_str().trim().to_lowercase()).filter(|q| {
        // "a record" and "a total of" introduce a figure but do not hedge it, nor does the
        // "up to" of a figure that went up to a value.
        q != "a record" && !q.starts_with("a total") && !(q.starts_with("up") && WENT_UP_TO.is_match(before))
    });
    let qualifier = qualifier.or_else(|| topped(before, after).then(|| "more than".to_string()));
    let not_offences = noun == Noun::Other
        || (noun == Noun::Unknown && (number_of_noun(before) == Noun::Other || subject_noun(before) == Noun::Other))
        || NOT_OFFENCES_VERB_BEFORE.is_match(before)
        || is_audit_sample(before, after)
        || ((before.contains("opulation") || before.contains("home to") || before.contains("stimate"))
            && POPULATION_BEFORE.is_match(before));
    let mut difference = false;
    let (kind, sign) = if number.money {
        (Kind::Money, 1.0)
    } else if number.percent {
        match printed_sign(before).or_else(|| percent_change_sign(before, after)) {
            Some(sign) => (Kind::PercentChange, sign),
            None => (Kind::Other, 1.0),
        }
    } else if not_offences || POINTS_AFTER.is_match(after) {
        (Kind::Other, 1.0)
    } else if let Some(sign) = difference_sign(before, after) {
        // A number of offences more or fewer is a count, signed like a change.
        difference = true;
        (Kind::Count, sign)
    } else {
        (Kind::Count, 1.0)
    };
    // "logged 0.42 offences for each 1,000 children", "388, up 12%, 1.9": no count of
    // offences has a fraction; a bare number with one is a rate.
    let kind = if kind == Kind::Count && number.value.fract() != 0.0 { Kind::Rate } else { kind };
    let not_offences = not_offences && !number.percent;
    Candidate { number, kind, sign, qualifier, not_offences, difference }
}
