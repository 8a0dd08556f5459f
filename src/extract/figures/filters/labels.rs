//! Numbers that name rather than count: dates and old years, sections and numbered parts of a
//! plan, reference numbers, versions, school years, stations, street numbers, gallery
//! positions and link references.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::cues::{Case, CueWords, Found};
use crate::extract::figures::nouns::alternation;
use crate::extract::numbers::{compile, Number};

use super::TEXT_PARTS;

/// "serving the town since 1859", "founded in 1884": a year before those the time phrases
/// read, printed as four digits after "since" or a word of founding, is no figure. ("up
/// from 1850 in 2022/23" and "in 1850 cases" are counts.)
pub(super) fn is_old_year(s: &str, n: &Number, before: &str) -> bool {
    static SINCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:since|(?:founded|established|built|opened|formed|dating\s+(?:back\s+)?)(?:\s+(?:in|from|to))?|est\.?)\s+$",
        )
    });
    let printed = s.get(n.range.clone()).unwrap_or("");
    printed.len() == 4
        && printed.bytes().all(|b| b.is_ascii_digit())
        && (1700.0..1900.0).contains(&n.value)
        && SINCE_BEFORE.is_match(before)
}

/// "from 11 to 17 November", "4-10 March": the first day of a range of dates.
pub(super) fn is_first_day(n: &Number, after: &str) -> bool {
    static DAY_RANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\s*(?:-|to|and|until)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b",
        )
    });
    !n.percent && n.value <= 31.0 && n.value.fract() == 0.0 && DAY_RANGE_AFTER.is_match(after)
}

/// "Thursday, May 23, 2019", "on May 4", "MONDAY MAY 12": a day of May printed month first.
/// (The other months before a number are labels in [`NOT_A_FIGURE_BEFORE`]; "May" is also a
/// verb, so a day of it is one only with a year after it or a preposition of time or a day
/// of the week before it.)
pub(super) fn is_day_of_may(n: &Number, before: &str, after: &str) -> bool {
    static MAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(?:May|MAY)\s$"));
    static OF_TIME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\b(?i:on|since|until|till|from|by|before|after|of|dated|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:May|MAY)\s$",
        )
    });
    static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"));
    let day = !n.percent && !n.money && n.value >= 1.0 && n.value <= 31.0 && n.value.fract() == 0.0;
    day && (before.ends_with("May ") || before.ends_with("MAY "))
        && MAY_BEFORE.is_match(before)
        && (YEAR_AFTER.is_match(after) || OF_TIME_BEFORE.is_match(before))
}

/// "Image 3 of 8", "Photo 2/6", "Slide 4 of 10": a picture's place in a gallery, page
/// furniture, both of its numbers.
pub(super) fn is_gallery_position(before: &str, after: &str) -> bool {
    /// What a gallery or a guide numbers, each in the singular or the plural.
    const ITEMS: &[&str] = &["image", "photo", "picture", "slide", "video", "page", "step", "item"];
    static ITEM_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)\b(?:{})s?\s*$", alternation(ITEMS))));
    static OF_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:of|/)\s*\d"));
    static ITEM_OF_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)\b(?:{})s?\s*\d{{1,3}}\s*(?:of|/)\s*$", alternation(ITEMS))));
    let of_after = after.trim_start().starts_with("of ") || after.trim_start().starts_with('/');
    let of_before = before.trim_end().ends_with(['f', '/']);
    (of_after && ITEM_BEFORE.is_match(before) && OF_AFTER.is_match(after))
        || (of_before && ITEM_OF_BEFORE.is_match(before))
}

/// "a 2,000-word report", "a 12-storey block": a number hyphened to a word describes the
/// noun after it and counts nothing; "500-plus" and "40-odd" still count. (Its word list is
/// not [`NOT_A_FIGURE_AFTER`]'s: those hyphened words make an age or a duration, which also
/// opens a range of ages; any other hyphened word only makes the number no figure.)
pub(super) fn is_compound_modifier(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('-') else { return false };
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    !word.is_empty() && !matches!(word.as_str(), "plus" | "odd" | "year" | "years")
}

/// "CC BY 4.0", "CC BY-SA 3.0", "version 2", `<?xml version="1.0"`: the version of a
/// licence, a document or a file format.
pub(super) fn is_version(before: &str) -> bool {
    static VERSION: LazyLock<Regex> =
        LazyLock::new(|| compile(r#"(?:\bCC[\s-]BY(?:-(?:SA|NC|ND)){0,3}|(?i:\bversion|\bver\.))\s*(?:=\s*["']?)?$"#));
    (before.contains("CC") || before.contains("ver")) && VERSION.is_match(before)
}

/// "https://example.org/story-7731?page=2", "www.example.org/2024/guide": a number inside a
/// web address, which runs unbroken from its scheme or "www." to the number.
pub(super) fn is_in_web_address(before: &str) -> bool {
    let token = before.rsplit(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '(' | '[')).next();
    token.is_some_and(|t| t.contains("://") || t.to_ascii_lowercase().starts_with("www."))
}

/// "The Weekly Digest #212:", "ranked #3", "Next issue (#88)": a number printed straight after
/// "#" numbers an issue, an item or a place in a ranking; it counts nothing.
pub(super) fn is_hash_number(before: &str) -> bool {
    before.strip_suffix('#').is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', '\t', '\n', '(', '[']))
}

/// "reference F-2031-00417", "01/FOI/31/044120", "Our ref: 2031-0088": a number padded with
/// a leading zero inside a code, joined to letters or other numbers by a hyphen or a slash, is
/// part of a reference (no statistic pads its whole part with a zero). A padded value printed
/// alone in a row of values ("logged 07 215 386 thefts") stands.
pub(super) fn is_padded_code(s: &str, n: &Number) -> bool {
    let printed = s.get(n.range.clone()).unwrap_or("").as_bytes();
    if !matches!(printed, [b'0', d, ..] if d.is_ascii_digit()) {
        return false;
    }
    let joins = |c: Option<char>| c.is_some_and(|c| c == '-' || c == '/');
    let mut left = s.get(..n.range.start).unwrap_or("").chars().rev();
    let mut right = s.get(n.range.end..).unwrap_or("").chars();
    (joins(left.next()) && left.next().is_some_and(char::is_alphanumeric))
        || (joins(right.next()) && right.next().is_some_and(char::is_alphanumeric))
}

/// "(Sunday 14th April, 11 till 3)", "doors from 8am until 4pm": the hours something is open or
/// on, either end of them, as parish and community notices print them.
pub(super) fn is_hours_till(n: &Number, before: &str, after: &str) -> bool {
    static TILL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s*(?:am|pm)?\s*(?:till|til|'til|until)\s+\d{1,2}(?:[.:][0-5]\d)?\s*(?:am|pm)?(?:\W|$)")
    });
    static TILL_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)(?:^|\W)\d{1,2}(?:[.:][0-5]\d)?\s*(?:am|pm)?\s+(?:till|til|'til|until)\s+$"));
    let hour = !n.percent && !n.money && n.value <= 24.0 && n.value >= 0.0;
    hour && (TILL_AFTER.is_match(after) || TILL_BEFORE.is_match(before))
}

/// "pupils in years 7 to 9", "years 10 and 11", "since he started year 10": school years,
/// not counts. (A capitalised
/// "Year 9" is already a label to [`NOT_A_FIGURE_BEFORE`]; this reads the plural, the lower
/// case and ranges, which need a school word or a second year to be told from durations.)
pub(super) fn is_school_year(n: &Number, before: &str, after: &str) -> bool {
    static YEARS_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\byears?\s+$"));
    static RANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\byears?\s+\d{1,2}\s*(?:-|to|and|or)\s*$"));
    static SCHOOL_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^(?:\s*(?:-|to|and|or)\s*\d{1,2}\b|\s+(?:pupils|students|classes|groups?)\b)"));
    // "by the time they reach year 9.", "children in year 6, …": the one school year a child
    // is in, starts or leaves, closing its clause.
    static IN_A_YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:in|into|finish(?:ed|es|ing)?|start(?:ed|s|ing)?|reach(?:ed|es|ing)?|leav(?:e|es|ing)|left)\s+year\s+$",
        )
    });
    static CLAUSE_ENDS: LazyLock<Regex> = LazyLock::new(|| compile(r#"^\s*(?:$|[,.;:!?)"'])"#));
    let small = n.value >= 1.0 && n.value <= 13.0 && n.value.fract() == 0.0 && !n.in_words && !n.percent;
    small
        && before.contains("ear")
        && (RANGE_BEFORE.is_match(before)
            || (YEARS_BEFORE.is_match(before) && SCHOOL_AFTER.is_match(after))
            || (IN_A_YEAR_BEFORE.is_match(before) && CLAUSE_ENDS.is_match(after)))
}

/// "sections 1, 2 and 4 of the Act", "pages 12 to 15": numbers listed after a plural name of
/// the parts of a text are those parts, not figures: the plurals of [`TEXT_PARTS`] ("boxes",
/// "annexes", "appendices"). (Schedules, regulations and rules are read only in the plural
/// here: [`NOT_A_FIGURE_BEFORE`] does not read them.)
pub(super) fn in_list_of_parts(before: &str) -> bool {
    static PARTS_LIST: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b(?:(?:{})(?:e?s)|appendices|schedules|regulations|rules)\s+(?:\d+[a-z]?\s*(?:,|and|or|to|-)\s*)*$",
            alternation(TEXT_PARTS)
        ))
    });
    PARTS_LIST.is_match(before)
}

/// "ITEM 3 OF 7", "page 2 of 14", "episode 4 of 6", a broadcast's "(segment 2 of 4)": how
/// many parts there are, after the number of the one labelled, is no figure, as the label's
/// number is none.
pub(super) fn is_count_of_parts(n: &Number, before: &str) -> bool {
    static NUMBERED_PART_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b(?:{}|episode|series|season|segment|instal?lment|story|slide|clip|track|photo|image|picture)\s+\d{{1,3}}\s+of\s+$",
            alternation(TEXT_PARTS)
        ))
    });
    let of = before.len() >= 3 && before.as_bytes()[before.len() - 3..].eq_ignore_ascii_case(b"of ");
    !n.percent && !n.money && n.value < 1000.0 && of && NUMBERED_PART_OF.is_match(before)
}

/// "Court 3 heard that …", "in Courtroom 2", "COURT 11": the number of a room a court sits in,
/// right after a capitalised "Court" or "Courtroom", names the room; it counts nothing.
pub(super) fn is_court_room(n: &Number, before: &str) -> bool {
    let after_name =
        ["Court ", "Courtroom ", "Court Room ", "COURT ", "COURTROOM "].iter().any(|w| before.ends_with(w));
    after_name && !n.percent && !n.money && !n.in_words && n.value < 100.0 && n.value.fract() == 0.0
}

/// "told BBC Radio 4's Today programme", "speaking to Channel 4 News", "on Radio 5 Live": a
/// number printed in a broadcaster's or station's name, right after a capitalised "Radio" or
/// "Channel" (or the "5" of "5 Live"), names the station; it counts nothing.
pub(super) fn is_station_name(n: &Number, before: &str, after: &str) -> bool {
    let after_name = before.ends_with("Radio ") || before.ends_with("Channel ");
    let five_live = n.value == 5.0 && after.starts_with(" Live");
    (after_name || five_live) && !n.percent && !n.money && !n.in_words && n.value < 10.0 && n.value.fract() == 0.0
}

/// "14 Market Street, Lancaster", "moved to 2 Abbey Road in 2021", "both of 48 Castle Hill,
/// Lancaster": a house number before a street's name (its last word one a street is called
/// by), where the name ends its phrase (not "40 High Street shops", which counts shops); or
/// before a name, a town and a postcode ("21 Ribblesdale, Clitheroe BB7 2AA"), a postal
/// address whatever the street is called.
pub(super) fn is_street_number(n: &Number, after: &str) -> bool {
    static STREET_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\s(?:\p{Lu}[\w'-]*\s+){1,3}(?:Street|Road|Lane|Avenue|Place|Square|Terrace|Crescent|Drive|Close|Row|Gardens|Parade|Walk|Hill|Way|Grove|Rise|Mews|Court|Park|Green|View|Vale|Gate|Quay|Wharf|Boulevard|Brow|Fold|Mount|Yard|Croft|Meadows?|Drove|Chase|Wynd)\b(?:\s*[,.;:)]|\s*$|\s+\p{Lu}|\s+(?:in|on|at|and|or|near|since)\b)",
        )
    });
    // A UK postcode after the name and the town: "Clitheroe BB7 2AA", "Leeds LS1 4DY".
    static POSTAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\s(?:\p{Lu}[\w'-]*\s+){0,3}\p{Lu}[\w'-]*,\s*(?:\p{Lu}[\w'-]*\s+){1,3}(?-i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b",
        )
    });
    let capital_next = after.chars().nth(1).is_some_and(char::is_uppercase);
    capital_next
        && after.starts_with(' ')
        && !n.in_words
        && !n.percent
        && !n.money
        && n.value.fract() == 0.0
        && n.value < 10_000.0
        && (STREET_AFTER.is_match(after) || POSTAL_AFTER.is_match(after))
}

/// "[Home][3]", "[12]": a number alone in square brackets is a link or note reference.
pub(super) fn is_reference(before: &str, after: &str) -> bool {
    before.ends_with('[') && after.starts_with(']')
}

/// "an earlier version of this article gave the figure as 98. The correct figure is 89.":
/// where in `s` a correction note starts telling what was printed before (no longer a
/// statistic) or what the article now prints (a statistic already read in the body).
pub(super) fn earlier_version(s: &str) -> Option<usize> {
    static EARLIER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:an?\s+)?(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\b"));
    static CORRECT_IS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^\w]*the\s+(?:correct|corrected)\s+(?:figure|number|total|value)\s+(?:is|was|should\s+have\s+been)\b",
        )
    });
    // "CORRECTION: Item 2 … gave the number of thefts as 918", "wrongly put the total at
    // 1,480": the figure a correction withdraws.
    static WITHDRAWN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:wrongly|incorrectly|mistakenly|erroneously\s+)?(?:gave|stated|said|reported|put|printed|listed)\b[^.;:]{0,120}?\b(?:as|at)\s+[\d£]",
        )
    });
    static CORRECTION: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^[^\w]*correction\b|\b(?:wrongly|incorrectly|mistakenly|erroneously|in\s+error)\b")
    });
    // Every word of CORRECTION holds one of these, in any case (none has the "k" or "s" that
    // a non-ASCII letter folds to): one pass over the sentence rules most out.
    static CORRECTION_WORDS: LazyLock<CueWords> =
        LazyLock::new(|| CueWords::new(&["correct", "wrongly", "enly", "erro"], Case::Folded));
    if CORRECTION_WORDS.find(s) != Found::NONE && CORRECTION.is_match(s) {
        if let Some(m) = WITHDRAWN.find(s) {
            return Some(m.start());
        }
    }
    if s.contains("version") {
        return EARLIER.find(s).map(|m| m.start());
    }
    s.contains("orrect").then(|| CORRECT_IS.find(s).map(|m| m.start())).flatten()
}

/// "quoting incident 57 of 17 June", "crime reference number 25000341892", "quote log
/// 4471", "case no. 88", "quoting 312 of 4 May": a number the police or a court file
/// something under, which an appeal asks people to quote, is no statistic; nor is a run of
/// nine or more digits printed without separators, which no count in news text is. (A
/// number quoted with nothing filed named is a reference only dated like a log entry: "the
/// minister quoted 3,000 burglaries" counts.) So is the number a charity or a company is
/// registered under ("registered charity numbers 216401 and SC037717", "Registered charity
/// England and Wales 216401"), and each listed after it.
pub(super) fn is_reference_number(s: &str, n: &Number, before: &str, after: &str) -> bool {
    /// What a number is filed under.
    const FILED: &str =
        r"(?:crime|incident|log|occurrence|case|job|report|reference|ref|serial|cad|call|charity|company|registration)";
    /// The pattern below ends on one of these words: most numbers follow none.
    const LAST_WORDS: &[&str] = &[
        "number",
        "numbers",
        "no",
        "num",
        "reference",
        "ref",
        "quote",
        "quotes",
        "quoted",
        "quoting",
        "crime",
        "incident",
        "log",
        "occurrence",
        "case",
        "job",
        "report",
        "serial",
        "cad",
        "call",
    ];
    static REFERENCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)(?:\b{FILED}\s+(?:reference\s+|ref\.?\s+)?(?:number|no\.?|num\.?)|\b(?:charity|company|registration)\s+numbers|\b(?:charity|company),\s+(?:numbers?|no\.?)|\b(?:reference|ref\.?)|\bquot(?:e|es|ed|ing)\s+(?:the\s+|your\s+)?{FILED}(?:\s+(?:reference|ref\.?|number|no\.?))*|(?P<bare>\bquot(?:e|es|ed|ing)))\s*[:#]?\s*$"
        ))
    });
    // "Registered charity England and Wales 216401", "Registered charity in Scotland
    // (SC012345)", "Registered in England and Wales No. 00908396": the number after a
    // registration and the nation it is held in, with no "number" printed.
    static REGISTERED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        const NATION: &str =
            r"(?:England|Wales|Scotland|Northern\s+Ireland)(?:\s+(?:and|&)\s+(?:Wales|Scotland|Northern\s+Ireland))?";
        compile(&format!(
            r"(?i)\bregistered\s+(?:(?:charity|company)(?:\s+(?:no\.?|number))?(?:\s+(?:in\s+)?{NATION})?|in\s+{NATION})(?:\s+(?:no\.?|number))?\s*[:#(]?\s*$"
        ))
    });
    static LOG_DATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+of\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        )
    });
    if n.percent || n.money {
        return false;
    }
    let printed = s.get(n.range.clone()).unwrap_or("");
    if printed.len() >= 9 && printed.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if before.contains("egistered") && REGISTERED_BEFORE.is_match(before) {
        return true;
    }
    // "registered with the Scottish Charity Regulator, SC045512", "registered
    // with the regulator under number 1109876": a run of five or more digits, printed without
    // separators, that closes a clause saying who something is registered with.
    static REGISTERED_WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bregistered\s+(?:with|by|as)\b[^.;]{0,80}?(?:,\s*|\s+)(?:under\s+)?(?:(?-i:[A-Z]{2,4})\s*|(?:no\.?|number)\s*)?[:#(]?\s*$",
        )
    });
    static CLOSES_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:$|[.,;)]|and\b)"));
    if printed.len() >= 5
        && printed.bytes().all(|b| b.is_ascii_digit())
        && CLOSES_AFTER.is_match(after)
        && before.contains("egistered")
        && REGISTERED_WITH_BEFORE.is_match(before)
    {
        return true;
    }
    // "numbers 40123 and 40124": a number listed after another is filed like it.
    static LISTED_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?:\s*\b[A-Z]{0,3}\d+\s*(?:,|\band\b|\bor\b))+\s*$"));
    let before = if before.ends_with(", ") || before.ends_with("and ") || before.ends_with("or ") {
        LISTED_BEFORE.find(before).map_or(before, |m| &before[..m.start()])
    } else {
        before
    };
    let last = before.trim_end().trim_end_matches([':', '#', '.']).rsplit(char::is_whitespace).next().unwrap_or("");
    if !LAST_WORDS.contains(&last.to_ascii_lowercase().as_str()) {
        return false;
    }
    REFERENCE_BEFORE.captures(before).is_some_and(|c| c.name("bare").is_none() || LOG_DATE_AFTER.is_match(after))
}

/// "3.2 Stalking", "## 4.1 Knife crime", "2.3 The panel noted …": a numbered section
/// heading or paragraph of a report, a number like "3.2" opening a line before a capitalised
/// word, is not a figure ("2.5 Million calls" is: its next word is a magnitude; "2.5 Tonnes of
/// cannabis" is: its next word is a unit a number measures, in title case).
pub(super) fn is_section_number(s: &str, n: &Number, before: &str, after: &str) -> bool {
    const MAGNITUDES: &[&str] = &[
        "million",
        "billion",
        "thousand",
        "m",
        "bn",
        "k",
        "tonnes",
        "tons",
        "kilos",
        "kilograms",
        "kg",
        "grams",
        "miles",
        "kilometres",
        "km",
        "metres",
        "hours",
        "minutes",
        "days",
        "weeks",
        "months",
        "years",
        "litres",
        "acres",
        "hectares",
        "per",
    ];
    let printed = s.get(n.range.clone()).unwrap_or("");
    let dotted = printed.contains('.') && printed.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let opens = before.trim_matches(|c: char| c.is_whitespace() || c == '#').is_empty();
    let next = after.strip_prefix(' ').unwrap_or("");
    let capitalised = next.starts_with(|c: char| c.is_uppercase());
    let word = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
    !n.percent && !n.money && dotted && opens && capitalised && !MAGNITUDES.contains(&word.as_str())
}

/// "Priority 2: Prevention", "Objective 3: Safer streets": a label word opening a line and
/// a small number before a colon number a plan's parts, as a heading does. (A noun of
/// offences before it, "Burglaries 412:", makes the number their count.)
pub(super) fn is_labelled_part(s: &str, n: &Number, before: &str, after: &str) -> bool {
    if n.percent || n.money || n.in_words || n.value >= 100.0 || n.value.fract() != 0.0 || !after.starts_with(':') {
        return false;
    }
    let printed = s.get(n.range.clone()).unwrap_or("");
    let word = before.trim_start_matches(|c: char| c.is_whitespace() || c == '#').trim_end();
    printed.bytes().all(|b| b.is_ascii_digit())
        && word.starts_with(|c: char| c.is_uppercase())
        && PLAN_PARTS.contains(&word.to_lowercase().as_str())
}

/// The words that label a numbered part of a plan or report ("Objective 3:", "Priority 2:"):
/// a closed list, since a place ("Medway 45:") or a counted noun ("Arrests 45:") before a
/// colon labels a figure.
const PLAN_PARTS: &[&str] = &[
    "objective",
    "goal",
    "theme",
    "aim",
    "priority",
    "outcome",
    "pillar",
    "commitment",
    "strand",
    "tier",
    "level",
    "phase",
    "stage",
    "step",
    "part",
    "section",
    "chapter",
    "recommendation",
    "action",
    "principle",
    "area",
];
