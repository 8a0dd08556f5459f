//! The lines a page prints above its headline: the publication's name plate ("ITV News
//! Anglia", "THE NORTHERN ECHO"), a trail of sections ("News › Crime", "Dale Courier | News |
//! Friday 9 May 2031"), a kicker ("THE LONG READ", "Explainer"), a press release's labels
//! ("NEWS RELEASE", "Embargoed until …"), a site's links ("Skip to content", a cookie notice),
//! dates and bylines. The headline is the first line under them that reads as one.

use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;

use super::clean::{ends_complete, re};
use super::furniture::{is_date_line, is_page_furniture, may_be_byline};

/// At most this many lines above the headline are read as its lead-in: a site's menu, one
/// link a line, is the longest.
const MAX_LEAD_IN: usize = 14;

/// The longest line read as part of a lead-in: a name plate, a trail or a menu is short, and
/// a longer line (a text dump of a whole site's links) is the page's text.
const MAX_LEAD_LINE_BYTES: usize = 300;

/// The most words a headline has (as the first line of a page is read).
const MAX_HEADLINE_WORDS: usize = 25;

/// Words a publication's name is made of: what newspapers, broadcasters and sites call
/// themselves ("Echo", "Gazette", "News", "FM"). A line is only a name plate with one of them
/// when every word in it is capitalised and none reads as a verb ([`name_plate_words`]).
const OUTLET_WORDS: &[&str] = &[
    "news",
    "echo",
    "gazette",
    "post",
    "times",
    "herald",
    "mercury",
    "advertiser",
    "chronicle",
    "courier",
    "telegraph",
    "journal",
    "argus",
    "press",
    "express",
    "mirror",
    "standard",
    "voice",
    "online",
    "live",
    "radio",
    "tv",
    "itv",
    "bbc",
    "stv",
    "sky",
    "fm",
    "guardian",
    "observer",
    "star",
    "record",
    "bulletin",
    "mail",
    "daily",
    "sunday",
    "evening",
    "weekly",
    "dispatch",
    "examiner",
    "sentinel",
    "tribune",
    "review",
    "independent",
];

/// Words of [`OUTLET_WORDS`] that also name a section or an edition ("UK News", "Local
/// News", "THE SUNDAY INTERVIEW"): a name plate is taken for the publication only with
/// another of them.
/// So do words a kicker or a column is named with ("THE BIG REVIEW", "The Star Interview",
/// "Voice of the Valleys"): "The Evening Star" and "Sunday Post" are publications by two.
const SECTION_OUTLET_WORDS: &[&str] = &[
    "news",
    "online",
    "live",
    "daily",
    "sunday",
    "evening",
    "weekly",
    "review",
    "record",
    "voice",
    "standard",
    "star",
    "post",
    "press",
    "independent",
];

/// Nouns a kicker over a headline ends on, never a publication's name: "The Star Interview",
/// "THE LONG READ", "Crime Review".
const KICKER_NOUNS: &[&str] = &["interview", "interviews", "review", "read", "essay", "explainer", "analysis"];

/// Short words a name leaves in lower case ("Voice of the Valleys", "News in Brief").
const NAME_CONNECTORS: &[&str] = &["of", "the", "and", "for", "on", "at", "in", "to", "a", "an", "y", "upon"];

/// Words a headline's clause is built with and a publication's name is not ("Police *are*
/// failing", "Crime *as* cuts bite"): with one, a short line in capitals is a headline.
const CLAUSE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "can", "says", "said", "as", "than", "after", "amid",
    "over", "against", "not",
];

/// The marks a trail of sections, or a name plate with its motto, is split at: bars and
/// arrows, which a headline seldom holds, and dashes, which a headline often does.
const BAR_MARKS: [&str; 7] = [" | ", " > ", " › ", " » ", " / ", " · ", " • "];
const DASH_MARKS: [&str; 3] = [" – ", " — ", " - "];

/// What a press release, or a web page, prints above its headline, by its first words:
/// "NEWS RELEASE", "For immediate release", "Embargoed until 00:01", "Issued: Tuesday 3 June",
/// "Ref: PR/118", "Date: 2 June", "Week ending Friday 9 May", "Skip to content", and a
/// notice that the site uses cookies; who put it together ("Compiled by the newsdesk"); where
/// to read it in another language ("This release is available in Welsh").
static LEAD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        (?:press|news|media)\ releases?\b | .*\bfor\ immediate\ (?:release|use)\b | embargo(?:ed)?\b
        | (?:issued|ref|reference|date)\s*: | week\ (?:ending|beginning)\b | skip\ to\b
        | (?:compiled|reported|written|edited)\ by\b
        | .*\b(?:available\ in|read\ (?:this\ (?:story\ |release\ |page\ )?|it\ )?in)\ (?:welsh|english|gaelic|irish)\b
        | cookies\b | .*\b(?:we|site|website)\ uses?\ cookies\b | .*\baccept\ (?:all\ )?cookies\b
    )")
});

/// A part of a trail that numbers the issue or page, or says how long the piece takes to
/// read: "Issue 87", "Issue No. 57", "Page 9", "4 min read".
static NUMBER_PART: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?ix)^(?:
        (?:issue|page|no\.?|vol\.?|volume|edition)\s+(?:no\.?\s*)?\d+
        | \d+\s*(?:min|mins|minute|minutes)\s+read
    )$")
});

/// A radio station's name with its frequency: "Harbour FM 101.4".
static FREQUENCY_PART: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:\p{Lu}\S*\s+){1,3}\d{2,3}\.\d$"));

/// Where the headline is among `lines`, when a lead-in stands above it: the first line
/// under the lead-in that reads as a headline (a question too), longer than any name plate
/// passed. `None` when no lead-in is passed or no such line follows it.
///
/// Under the lead-in's first line, a short line of capitalised words ("Tees & Wear", a
/// menu's links) is no headline either; in a press release nor is its issuer's
/// name ("Office of the Police and Crime Commissioner for Norfolk"). Under a newsletter's
/// contents ("IN THIS ISSUE") the lines name other pieces: no headline is found there.
pub(super) fn headline_after_lead_in(lines: &[String]) -> Option<usize> {
    const MIN_HEADLINE_WORDS: usize = 4;
    // Whether a press release's label stands in the lead-in: asked only of a name line.
    let release = OnceCell::new();
    let is_release = || {
        *release.get_or_init(|| {
            lines
                .iter()
                .take(MAX_LEAD_IN)
                .any(|line| line.len() <= MAX_LEAD_LINE_BYTES && RELEASE_LABEL.is_match(line.trim()))
        })
    };
    let mut plate_words = 0;
    let mut after_plate = false;
    for (i, line) in lines.iter().enumerate().take(MAX_LEAD_IN) {
        let line = line.trim();
        if line.len() > MAX_LEAD_LINE_BYTES {
            return None;
        }
        let words = line.split_whitespace().count();
        if CONTENTS_LABEL.is_match(line) {
            return None;
        }
        if let Some(plate) = name_plate_words(line) {
            plate_words = plate_words.max(plate);
            after_plate = true;
        } else if is_lead_line(line)
            || (after_plate && is_plate_motto(lines, i))
            || (is_name_line(line) && (is_release() || (i > 0 && name_words(line).count() < MIN_HEADLINE_WORDS)))
        {
            continue;
        } else {
            let reads_as_headline = words <= MAX_HEADLINE_WORDS && !line.ends_with(['.', '!', ':']);
            return (i > 0 && reads_as_headline && words > plate_words).then_some(i);
        }
    }
    None
}

/// A label over a list of what an issue holds: "IN THIS ISSUE", "Inside this edition",
/// "Contents".
static CONTENTS_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:(?:in|inside)\s+this\s+(?:issue|edition)|contents)\s*:?$"));

/// The label a press release opens with: "NEWS RELEASE", "For immediate release",
/// "Statement – for immediate release", "Embargoed until 00:01".
static RELEASE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:(?:press|news|media)\s+releases?\b|.*\bfor\s+immediate\s+(?:release|use)\b|embargo(?:ed)?\b)")
});

/// A name, not a clause: every word capitalised (but a few short joining words), in mixed
/// case, with no digit, colon, quote or verb ("Wiltshire Council", "Freedom of Information
/// Unit"; "Office of the Police and Crime Commissioner for Norfolk").
fn is_name_line(line: &str) -> bool {
    if is_all_capitals(line) || is_quoted(line) || line.contains(':') || ends_complete(line) {
        return false;
    }
    let mut words = name_words(line).peekable();
    words.peek().is_some()
        && words.all(|w| {
            let named = w.chars().any(char::is_uppercase) || is_listed(w, NAME_CONNECTORS);
            named && !w.bytes().any(|b| b.is_ascii_digit()) && !reads_as_clause_word(w)
        })
}

/// The publication named in a headline's lead-in (`lines`), when a name plate there holds a
/// word only a publication's name has ("ITV News Anglia", or the first part of "THE DALE
/// COURIER | News"; not "UK News" or "PRESS RELEASE").
pub(super) fn masthead<'a>(lines: impl Iterator<Item = &'a str>) -> Option<String> {
    let short = |line: &&str| line.len() <= MAX_LEAD_LINE_BYTES;
    lines.map(str::trim).filter(short).filter(|line| !LEAD_LABEL.is_match(line)).find_map(|line| {
        let first = trail_parts(line).next().unwrap_or(line);
        (name_plate_words(first).is_some() && names_an_outlet(first) && !ends_on_kicker_noun(first))
            .then(|| first.to_string())
    })
}

/// A line above the headline that is no name plate: a trail of sections, a label of a press
/// release or of a site, a date or a byline, page furniture.
fn is_lead_line(line: &str) -> bool {
    line.len() <= MAX_LEAD_LINE_BYTES && is_lead_line_shaped(line)
}

/// [`is_lead_line`], whatever the line's length.
fn is_lead_line_shaped(line: &str) -> bool {
    is_trail(line)
        || is_breadcrumb(line)
        || LEAD_LABEL.is_match(line)
        || is_date_line(line)
        || may_be_byline(line)
        || is_page_furniture(line)
}

/// The words of a publication's name, a kicker over a headline or a section's label, when
/// `line` is one: every word capitalised (but a few short joining words), none of them a
/// verb's, no digit, no quote and no sentence's end, and either a name of one word
/// ("Crime", "Explainer"), up to four words in capitals ("THE LONG READ", "PA DATA UNIT"),
/// or up to six with a word of a publication's name ("ITV News Anglia", "The Fenland
/// Herald"). A name plate followed by its motto on the same line ("HARBOUR VOICE — news for
/// the bay") counts by its name.
fn name_plate_words(line: &str) -> Option<usize> {
    const MAX_CAPITALS_WORDS: usize = 4;
    const MAX_OUTLET_WORDS: usize = 6;
    // A kicker and a question on one line ("FACT CHECK | Has X really halved?") is the
    // headline: no section's name or motto asks a question.
    if let Some(first) = trail_parts(line).next().filter(|first| first.len() < line.len()) {
        let asks = trail_parts(line).skip(1).any(|part| part.ends_with('?'));
        return name_plate_words(first).filter(|_| !asks && (has_outlet_word(first, true) || is_all_capitals(first)));
    }
    if line.contains(':') || is_quoted(line) || ends_complete(line) || line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = name_words(line).collect();
    let named = !words.is_empty()
        && words.iter().all(|w| is_capitalised(w) || is_listed(w, NAME_CONNECTORS))
        && !words.iter().any(|w| reads_as_clause_word(w));
    if !named {
        return None;
    }
    let n = words.len();
    let plate = n == 1
        || (is_all_capitals(line) && n <= MAX_CAPITALS_WORDS)
        || (n <= MAX_OUTLET_WORDS && has_outlet_word(line, true));
    plate.then_some(n)
}

/// Whether a line quotes someone: it holds double quote marks or opens on a single one.
fn is_quoted(line: &str) -> bool {
    line.contains(['"', '\u{201C}', '\u{201D}']) || line.starts_with(['\'', '\u{2018}'])
}

/// The words of a line that hold a letter or digit ("&" and dashes are not words).
fn name_words(line: &str) -> impl Iterator<Item = &str> {
    line.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric))
}

/// Whether a word's first letter is a capital ("Herald", "ITV", "Barnardo's").
fn is_capitalised(word: &str) -> bool {
    word.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
}

/// Whether a line's letters are all capitals ("THE LONG READ", a transcript's "DCI HELEN
/// MARSH"), with at least one letter.
pub(crate) fn is_all_capitals(line: &str) -> bool {
    line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)
}

/// A word a clause is built with ([`CLAUSE_WORDS`]), or a past tense or participle in
/// "-ed" ("JAILED", "Revealed").
fn reads_as_clause_word(word: &str) -> bool {
    const MIN_ED_LEN: usize = 5;
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let past = word.len() >= MIN_ED_LEN && word.get(word.len() - 2..).is_some_and(|end| end.eq_ignore_ascii_case("ed"));
    is_listed(word, CLAUSE_WORDS) || past
}

/// Whether a line holds a word of a publication's name ([`OUTLET_WORDS`]), alone or as part
/// of a hyphenated one ("Post-Dispatch"); with `or_section`, one that also names a section
/// ([`SECTION_OUTLET_WORDS`]) counts.
fn has_outlet_word(line: &str, or_section: bool) -> bool {
    outlet_words(line).any(|w| or_section || !is_listed(w, SECTION_OUTLET_WORDS))
}

/// The words of a line ([`OUTLET_WORDS`]) a publication's name is made of.
fn outlet_words(line: &str) -> impl Iterator<Item = &str> {
    name_words(line)
        .flat_map(|w| w.split(['-', '\u{2011}']))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| is_listed(w, OUTLET_WORDS))
}

/// Whether `word` is one of `list` (lower-case ASCII words), in any case. Compared in place:
/// these checks run on the first lines of every article indexed.
fn is_listed(word: &str, list: &[&str]) -> bool {
    list.iter().any(|listed| listed.eq_ignore_ascii_case(word))
}

/// Whether a name plate names a publication: a word only a publication's name has, or two
/// words of one ("Evening Star", "Sunday Post").
fn names_an_outlet(plate: &str) -> bool {
    has_outlet_word(plate, false) || outlet_words(plate).count() >= 2
}

/// Whether a name plate's last word is a kicker's noun ([`KICKER_NOUNS`]).
fn ends_on_kicker_noun(plate: &str) -> bool {
    name_words(plate).last().is_some_and(|w| is_listed(w.trim_matches(|c: char| !c.is_alphanumeric()), KICKER_NOUNS))
}

/// The parts of a line split at every trail mark ([`BAR_MARKS`], [`DASH_MARKS`]), trimmed.
/// One pass: each mark opens on a space, so only the spaces are tried.
fn trail_parts(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let next = next_trail_mark(rest);
        let (part, after) = match next {
            Some((at, len)) => (&rest[..at], &rest[at + len..]),
            None => (rest, ""),
        };
        rest = after;
        Some(part.trim())
    })
}

/// The parts of a lead-in line split at its trail marks (bars, arrows, dashes), trimmed:
/// "Home | News | Scotland" is three parts; a line longer than any lead-in is one.
pub fn lead_line_parts(line: &str) -> Vec<&str> {
    if line.len() > MAX_LEAD_LINE_BYTES {
        return vec![line];
    }
    trail_parts(line).filter(|part| !part.is_empty()).collect()
}

/// Whether a lead-in line is a trail down a site's sections, each part inside the one before
/// ("News › London › Crime", "Home > News > Wales"): split by arrows or slashes only, not by
/// the bars or dots a menu of sibling links is.
pub fn is_section_path(line: &str) -> bool {
    const ARROWS: [&str; 4] = [" > ", " › ", " » ", " / "];
    const SIBLING_MARKS: [&str; 3] = [" | ", " · ", " • "];
    ARROWS.iter().any(|mark| line.contains(mark)) && !SIBLING_MARKS.iter().any(|mark| line.contains(mark))
}

/// Where the first trail mark in `text` starts, and its length in bytes.
fn next_trail_mark(text: &str) -> Option<(usize, usize)> {
    text.match_indices(' ').find_map(|(at, _)| {
        let here = &text[at..];
        BAR_MARKS.iter().chain(&DASH_MARKS).find(|mark| here.starts_with(*mark)).map(|mark| (at, mark.len()))
    })
}

/// A trail of sections, perhaps with the date, issue or page: "News › Crime", "Field & Fell
/// Weekly | News › Farming", "The Classroom Post | Pastoral | 9 June 2031", "Press release ·
/// Published: 2 June 2031 · 3 min read". Each part is a section's name
/// of up to four words opening on a capital, or a date, a byline, a number of an issue or
/// page, a radio station's frequency; one part at least is a section.
fn is_trail(line: &str) -> bool {
    const MAX_SECTION_WORDS: usize = 4;
    let section = |part: &str| {
        let words = part.split_whitespace().count();
        (1..=MAX_SECTION_WORDS).contains(&words)
            && part.starts_with(char::is_uppercase)
            && !part.bytes().any(|b| b.is_ascii_digit())
            && !ends_complete(part)
    };
    let other = |part: &str| {
        is_date_line(part) || may_be_byline(part) || NUMBER_PART.is_match(part) || FREQUENCY_PART.is_match(part)
    };
    let parts: Vec<&str> = trail_parts(line).collect();
    parts.len() > 1 && parts.iter().all(|p| section(p) || other(p)) && parts.iter().any(|p| section(p))
}

/// A trail from the site's home page down to the page itself, which ends on the page's
/// title: "Home > Our work > News > Rural theft in the Borders".
fn is_breadcrumb(line: &str) -> bool {
    let mut parts = trail_parts(line);
    parts.next().is_some_and(|first| first.eq_ignore_ascii_case("home")) && parts.next().is_some()
}

/// A line under a name plate that is its motto or the site's menu, not the headline: one
/// split by bars or arrows ([`BAR_MARKS`]) ("Exeter's student weekly since 1987 | News | Issue 9"), or one
/// followed by a menu: a trail of sections only ("Serving the dale since 1871" over "Home |
/// News"), not a byline's or a date's.
fn is_plate_motto(lines: &[String], i: usize) -> bool {
    let line = lines[i].trim();
    if line.len() > MAX_LEAD_LINE_BYTES {
        return false;
    }
    let marked = BAR_MARKS.iter().any(|mark| line.contains(mark));
    let menu = |next: &str| {
        let parts: Vec<&str> = trail_parts(next).collect();
        is_breadcrumb(next) || (is_trail(next) && parts.iter().all(|p| !is_date_line(p) && !may_be_byline(p)))
    };
    marked
        || lines.get(i + 1).map(|next| next.trim()).is_some_and(|next| next.len() <= MAX_LEAD_LINE_BYTES && menu(next))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::clean::split_paragraphs;
    use crate::ingest::furniture::classify;
    use crate::model::Role;

    /// The headline `classify` finds in `text`, and the publication named above it.
    fn headline(text: &str) -> (Option<String>, Option<String>) {
        let paragraphs = classify(split_paragraphs(text));
        let head = paragraphs.iter().position(|p| p.role == Role::Headline);
        let title = head.map(|h| paragraphs[h].text.clone());
        let outlet = head.and_then(|h| masthead(paragraphs[..h].iter().map(|p| p.text.as_str())));
        (title, outlet)
    }

    #[test]
    fn a_publications_name_above_the_headline_is_not_the_headline() {
        let (title, outlet) = headline(
            "Fenland Radio News\n\nFarmers in Fenland 'paying thieves to return their own tractors'\n\n\
             Tuesday 4 March 2031 at 6:15pm\n\nPolice took 412 reports of stolen farm vehicles last year.",
        );
        assert_eq!(title.as_deref(), Some("Farmers in Fenland 'paying thieves to return their own tractors'"));
        assert_eq!(outlet.as_deref(), Some("Fenland Radio News"));
        let (title, outlet) = headline(
            "THE MARSHWICK ARGUS\n\nFriday, 9 May 2031\n\nBike thefts double across the Marshwick estates\n\n\
             By Ola Brennan\n\nThieves took 96 bikes in April.",
        );
        assert_eq!(title.as_deref(), Some("Bike thefts double across the Marshwick estates"));
        assert_eq!(outlet.as_deref(), Some("THE MARSHWICK ARGUS"));
    }

    #[test]
    fn a_trail_of_sections_above_the_headline_is_not_the_headline() {
        let (title, outlet) = headline(
            "Brackley Evening Star | News › Courts | Monday 2 June 2031\n\n\
             Shop worker who stole £9,000 from tills is jailed\n\nA shop worker took cash over 14 months.",
        );
        assert_eq!(title.as_deref(), Some("Shop worker who stole £9,000 from tills is jailed"));
        assert_eq!(outlet.as_deref(), Some("Brackley Evening Star"));
        let (title, outlet) = headline(
            "Valley News · Crime · Courts\n\nCar crime falls by a fifth in Ceredigion towns\n\n\
             Police recorded 310 vehicle crimes.",
        );
        assert_eq!(title.as_deref(), Some("Car crime falls by a fifth in Ceredigion towns"));
        assert_eq!(outlet, None);
    }

    #[test]
    fn a_kicker_or_a_release_label_above_the_headline_is_not_the_headline() {
        let (title, _) =
            headline("THE WEEKEND ESSAY\n\nWhy the burglary figures in Harlow do not add up\n\nBy Sam Ojo\n\nText.");
        assert_eq!(title.as_deref(), Some("Why the burglary figures in Harlow do not add up"));
        let (title, _) = headline(
            "MEDIA RELEASE\n\nEmbargoed until 00:01, 3 March 2031\n\nRef: PR/31/118\n\n\
             Commissioner funds 20 more rural officers\n\nThe commissioner said 20 officers would join.",
        );
        assert_eq!(title.as_deref(), Some("Commissioner funds 20 more rural officers"));
        let (title, _) = headline(
            "Swyddfa'r Comisiynydd / Office of the Commissioner\n\nThis release is available in Welsh\n\n\
             FOR IMMEDIATE RELEASE\n\nCommissioner opens a new victims' hub in Bangor\n\nThe hub opens on Monday.",
        );
        assert_eq!(title.as_deref(), Some("Commissioner opens a new victims' hub in Bangor"));
    }

    #[test]
    fn a_name_plates_motto_and_menu_are_not_the_headline() {
        let (title, outlet) = headline(
            "THE UPPER DALE MERCURY\n\nRead in every farmhouse since 1871\n\nHome | News | Farming | Sport\n\n\
             Quad bike thefts hit a ten-year high across the dale\n\nThieves took 48 quad bikes.",
        );
        assert_eq!(title.as_deref(), Some("Quad bike thefts hit a ten-year high across the dale"));
        assert_eq!(outlet.as_deref(), Some("THE UPPER DALE MERCURY"));
        let (title, _) = headline(
            "Tolworth Weekly\n\nLocal news by local people | Issue 51 | Spring\n\n\
             Are the new speed cameras on Ewell Road working?\n\nCouncillors asked for figures.",
        );
        assert_eq!(title.as_deref(), Some("Are the new speed cameras on Ewell Road working?"));
        // Under a newsletter's contents, the lines name other pieces: the name plate stays.
        let (title, _) = headline(
            "THE PARISH VOICE\n\nIN THIS ISSUE\n\nFrom the chair\n\nSpeed watch: the year in numbers\n\nText.",
        );
        assert_eq!(title.as_deref(), Some("THE PARISH VOICE"));
    }

    #[test]
    fn a_trail_line_longer_than_any_lead_in_is_the_pages_text() {
        let bars = "Ab | ".repeat(200_000);
        assert!(!is_lead_line(&bars));
        let lines = [bars.as_str(), "Grain thefts rise in the Wolds", "Text."].map(String::from);
        assert_eq!(headline_after_lead_in(&lines), None);
        let (_, outlet) = headline(&format!("{bars}\n\nGrain thefts rise in the Wolds\n\nText."));
        assert_eq!(outlet, None);
        let links = "Home › Farming › ".repeat(60_000);
        let lines = ["THE WOLDS TIMES", &links, "Sheep worrying cases double", "Text."].map(String::from);
        assert_eq!(headline_after_lead_in(&lines), None);
        assert!(!is_plate_motto(&lines, 1));
        assert_eq!(masthead([links.as_str()].into_iter()), None);
    }

    #[test]
    fn trail_parts_splits_at_the_first_mark_of_any_kind() {
        let parts: Vec<&str> = trail_parts("Dale Post | News › Crime - Courts").collect();
        assert_eq!(parts, ["Dale Post", "News", "Crime", "Courts"]);
        let parts: Vec<&str> = trail_parts("Home / Our work — Rural theft").collect();
        assert_eq!(parts, ["Home", "Our work", "Rural theft"]);
    }

    #[test]
    fn a_kicker_over_the_headline_is_not_the_outlet() {
        for kicker in ["THE BIG REVIEW", "Burglary Review", "The Star Interview", "THE SUNDAY ESSAY", "Post Analysis"] {
            let (title, outlet) =
                headline(&format!("{kicker}\n\nWhat went wrong with policing in Gwent\n\nOfficers left in droves."));
            assert_eq!(title.as_deref(), Some("What went wrong with policing in Gwent"), "{kicker}");
            assert_eq!(outlet, None, "{kicker}");
        }
        for plate in ["The Wolds Star", "Harbour Evening Post", "THE DAILY PRESS"] {
            let (_, outlet) = headline(&format!("{plate}\n\nTractor thefts double in a year\n\nText."));
            assert_eq!(outlet.as_deref(), if plate == "The Wolds Star" { None } else { Some(plate) }, "{plate}");
        }
    }

    #[test]
    fn a_headline_that_names_a_paper_or_opens_on_a_label_stays_the_headline() {
        for text in [
            "Live: Echo readers raise £4,000 for flood victims\n\nReaders of the paper gave £4,000.",
            "Daily knife arrests double in Luton as police step up patrols\n\nOfficers made 60 arrests.",
            "NEWS CREW ATTACKED IN LUTON\n\nA camera operator was hurt on Friday, police said.",
            "Sky News reporter robbed in Brixton\n\nA reporter was robbed of £2,000 of kit.",
        ] {
            let (title, _) = headline(text);
            assert_eq!(title.as_deref(), text.split("\n\n").next(), "{text}");
        }
    }
}
