//! Statistics: place, period, value, kind and measure of every number an article states.
//!
//! The article is read sentence by sentence, in order, carrying a [`Context`] forward: the
//! place, period and measure the text last talked about, so that "the force", "such crimes"
//! or a table row under a force heading get theirs. In each sentence:
//!
//! 1. numbers are found ([`numbers`]) and those that are not statistics are dropped (years,
//!    ages, phone numbers, durations, counts of forces, rate bases…);
//! 2. time phrases are found ([`periods`]) and each number takes the one that goes with it;
//! 3. places are found with the gazetteer, coordinated ones joined, and each number takes the
//!    nearest that goes with it;
//! 4. the kind comes from the words around the number, the measure from the sentence's cues
//!    ([`measure`]).
//!
//! A figure printed twice is kept once, and a percent change stated beside its two values is
//! recomputed.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::numbers::{self, compile, Number};
use super::periods::{self, When};
use super::places::{self, Place, Scope, NATIONAL};
use super::{measure, sentences};
use crate::model::{Article, ChangeCheck, Figure, Kind, Measure, Paragraph, Period};

/// Every statistic stated in the article's text, each once.
pub fn extract_figures(article: &Article) -> Vec<Figure> {
    let facts = ArticleFacts::of(article);
    let mut ctx = Context { place: None, period: None, measure: facts.first_measure };
    let mut figures = Vec::new();
    // The figures of the sentence before, for changes stated a sentence away from their values.
    let mut previous: Vec<Found> = Vec::new();
    for para in &article.paragraphs {
        if !para.role.is_text() {
            if let Some(place) = heading_place(&para.norm) {
                ctx.place = Some(place);
            }
            continue;
        }
        let align = Alignment::of(&para.norm, &para.text);
        for range in sentences::split(&para.norm) {
            let printed = Printed::of(para, align.as_ref(), range);
            let mut current = read_sentence(printed.norm, &facts, &mut ctx);
            check_across(&mut previous, &mut current);
            figures.extend(current.iter().map(|found| printed.figure(found, para.index)));
            if !current.is_empty() {
                // Checks filled in across sentences go back onto the figures already made.
                let before = figures.len().saturating_sub(current.len() + previous.len());
                for (f, found) in figures[before..].iter_mut().zip(previous.iter().chain(&current)) {
                    f.check = found.check;
                }
                previous = current;
            }
        }
    }
    dedupe(figures)
}

/// One sentence: its normalised words (what is read) and its printed words (what is shown).
struct Printed<'a> {
    norm: &'a str,
    text: &'a str,
    /// Where each byte of `norm` is in `text`, when the paragraph's two forms line up.
    align: Option<(&'a Alignment, usize, usize)>,
}

impl<'a> Printed<'a> {
    /// The sentence at `range` of the paragraph's `norm`; shown as `norm` if `text` does not line up.
    fn of(para: &'a Paragraph, align: Option<&'a Alignment>, range: Range<usize>) -> Self {
        let norm = para.norm.get(range.clone()).unwrap_or("");
        let located = align.and_then(|a| {
            let (start, end) = (a.to_text(range.start)?, a.to_text(range.end)?);
            Some((a, start, para.text.get(start..end)?))
        });
        match located {
            Some((a, start, text)) => Printed { norm, text, align: Some((a, range.start, start)) },
            None => Printed { norm, text: norm, align: None },
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

    fn figure(&self, found: &Found, paragraph: usize) -> Figure {
        Figure {
            place: found.place.clone(),
            period: found.period,
            value: found.value,
            kind: found.kind,
            measure: found.measure,
            qualifier: found.qualifier.clone(),
            sentence: self.text.to_string(),
            span: self.span(&found.range),
            paragraph,
            check: found.check,
        }
    }
}

/// What the text last talked about.
#[derive(Debug, Clone)]
struct Context {
    place: Option<String>,
    period: Option<Period>,
    measure: Measure,
}

/// Facts about the whole article that sentences need: the latest year it reports on.
#[derive(Debug, Clone, Copy)]
struct ArticleFacts {
    /// The latest financial year the article states or implies by "last year".
    latest: Option<Period>,
    /// Years between the baseline and "last year" where the article says "five years ago".
    gap: u16,
    /// The first measure the article names; figures before any cue take it.
    first_measure: Measure,
}

impl ArticleFacts {
    fn of(article: &Article) -> Self {
        let texts: Vec<&str> = article.body().map(|p| p.norm.as_str()).collect();
        let all = texts.join("\n");
        let gap = periods::stated_gap_years(&all).unwrap_or(1);
        let sentences: Vec<&str> =
            texts.iter().flat_map(|t| sentences::split(t).into_iter().map(move |r| &t[r])).collect();
        let explicit = sentences
            .iter()
            .flat_map(|s| periods::scan(s))
            .filter_map(|m| match m.when {
                When::Year(p) => Some(p),
                _ => None,
            })
            .max();
        let mut facts = ArticleFacts {
            latest: explicit,
            gap,
            first_measure: sentences.iter().find_map(|s| measure::of_sentence(s)).unwrap_or(Measure::Other),
        };
        let implied = sentences
            .iter()
            .filter_map(|s| {
                let mentions = periods::scan(s);
                mentions.iter().any(|m| m.when == When::Latest).then(|| facts.resolve_latest(s, &mentions)).flatten()
            })
            .max();
        facts.latest = facts.latest.max(implied);
        facts
    }

    /// The year "last year" means in a sentence with these time phrases: a year the sentence
    /// compares *to* ("to 189 in 2014-15"), else the article's latest year if it is later than
    /// the sentence's baseline ("up from 608 in 2016/17"), else the year after that baseline.
    fn resolve_latest(&self, sentence: &str, mentions: &[periods::Mention]) -> Option<Period> {
        let (mut base, mut other) = (None, None);
        for m in mentions {
            if let When::Year(p) = m.when {
                if is_baseline(sentence, m.range.start) {
                    base = base.max(Some(p));
                } else {
                    other = other.max(Some(p));
                }
            }
        }
        match (other, base, self.latest) {
            (Some(p), _, _) => Some(p),
            (None, Some(b), Some(l)) if l > b => Some(l),
            (None, Some(b), _) => Some(Period::starting(b.start_year.saturating_add(self.gap))),
            (None, None, l) => l,
        }
    }
}

/// True when the time phrase at `at` is the baseline of a comparison ("from 608 in 2016/17",
/// "compared with 662 in 2017-18", "on last year", "from April 2017 to March 2018") rather
/// than the year compared to.
fn is_baseline(sentence: &str, at: usize) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:from|on|compared\s+(?:with|to)|in\s+comparison\s+with|than|against|versus)\s+(?:the\s+)?(?:(?:[£\d][\d,.]*%?|\w+)(?:\s+[\w-]+){0,3}?\s+)?(?:(?:in|for|during)\s+)?$",
        )
    });
    static STARTS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^(?:from|since)\b"));
    BEFORE.is_match(tail(sentence, at)) || STARTS.is_match(head(sentence, at))
}

/// True when the number at `at` is the value a comparison starts from: "up from 1,716",
/// "compared with 79", "from the 274 recorded".
fn is_baseline_value(sentence: &str, at: usize) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:from|compared\s+(?:with|to)|in\s+comparison\s+with|against|versus)\s+(?:the\s+)?(?:(?:more\s+than|over|nearly|almost|around|about|just\s+over|just\s+under)\s+)?$",
        )
    });
    BEFORE.is_match(tail(sentence, at))
}

/// How far around a number its words are read, in bytes.
const WINDOW: usize = 200;

/// Up to [`WINDOW`] bytes of `s` before byte `at`, cut at a char boundary.
fn tail(s: &str, at: usize) -> &str {
    let at = at.min(s.len());
    let mut start = at.saturating_sub(WINDOW);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    s.get(start..at).unwrap_or("")
}

/// Up to [`WINDOW`] bytes of `s` from byte `at`, cut at a char boundary.
fn head(s: &str, at: usize) -> &str {
    let at = at.min(s.len());
    let mut end = (at + WINDOW).min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(at..end).unwrap_or("")
}

/// A figure found in one sentence, before it becomes a [`Figure`].
#[derive(Debug, Clone)]
struct Found {
    /// Byte range in the normalised sentence.
    range: Range<usize>,
    value: f64,
    kind: Kind,
    qualifier: Option<String>,
    place: Option<String>,
    period: Option<Period>,
    measure: Measure,
    check: Option<ChangeCheck>,
    /// Printed as the value a comparison starts from ("up from 98").
    baseline: bool,
}

/// Where each char of a paragraph's `norm` is in its `text`: the same char, other bytes.
struct Alignment {
    /// Byte offset of every char of `norm`, then `norm.len()`.
    norm: Vec<usize>,
    /// Byte offset of every char of `text`, then `text.len()`.
    text: Vec<usize>,
}

impl Alignment {
    /// The alignment, unless `norm` and `text` differ in length (then `norm` is shown as is).
    fn of(norm: &str, text: &str) -> Option<Self> {
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

/// A line that is nothing but a place's name (a table heading such as "Dorset Police").
fn heading_place(line: &str) -> Option<String> {
    let line = line.trim().trim_end_matches(':');
    if line.is_empty() || line.len() > 60 || line.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let found = place_groups(line);
    let covered: usize = found.iter().map(|g| g.range.len()).sum();
    let words = line.split_whitespace().count();
    (found.len() == 1 && words <= 6 && covered * 10 >= line.len() * 6).then(|| found[0].name())
}

// ---------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------

/// Places named together ("Avon and Somerset, Gloucestershire and Wiltshire"): one place.
#[derive(Debug, Clone)]
struct Group {
    range: Range<usize>,
    places: Vec<&'static Place>,
}

impl Group {
    /// The canonical name: `national` if any member is national, else members joined.
    fn name(&self) -> String {
        if self.places.iter().any(|p| p.scope == Scope::National) {
            return NATIONAL.to_string();
        }
        let names: Vec<&str> = self.places.iter().map(|p| p.name).collect();
        match names.split_last() {
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

/// "in England, Wales and Northern Ireland": a list of nations including England.
static NATIONS: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\bEngland(?:\s*(?:,|,?\s*and|&)\s*(?:Wales|Scotland|Northern\s+Ireland|the\s+UK))+"));

/// "across the north west": a compass region written in lower case.
static LOWER_REGION: LazyLock<Regex> = LazyLock::new(|| compile(r"\bthe\s+((?:north|south)[\s-](?:east|west))\b"));

/// Words before a place that say the figure is *not* for it.
static EXCLUDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:excluding|except(?:\s+for)?|bar|apart\s+from|other\s+than|not\s+including|excludes|excluded|outside(?:\s+of)?|beyond)\s+(?:the\s+)?$",
    )
});

/// Organisations named after a place: "NSPCC Scotland", "Northumbria Police and Crime Commissioner".
static ORG_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?:NSPCC|Childline|ChildLine|Barnardo's|University\s+of|Office\s+for|Crown\s+Prosecution\s+Service)\s+$")
});
static ORG_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:'s)?\s*(?:(?:Police\s+)?and\s+Crime\s+Commissioner|PCC\b|Crown\s+Court|Magistrates|County\s+Council|City\s+Council|Council\b|University|Fire\b|NHS\b|Ambulance|FC\b|Football|Rugby|\)\s*(?:Act|Bill)\b)",
    )
});

/// What may stand between places of one list: ", ", " and ", " & ", ", and the ".
static CONNECTOR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*,\s*and\s+|\s+or\s+)(?:the\s+)?$"));

/// What introduces a list that only spells out the place before it: "Wales - Gwent, …".
static APPOSITION: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:-|\(|:)\s*(?:the\s+)?$"));

/// Place mentions in `s` that say where a figure is, in order.
fn place_mentions(s: &str) -> Vec<(Range<usize>, &'static Place)> {
    let mut found: Vec<(Range<usize>, &'static Place)> = Vec::new();
    if let Some(national) = places::by_name(NATIONAL) {
        found.extend(NATIONS.find_iter(s).map(|m| (m.range(), national)));
    }
    for m in places::mentions(s) {
        if !found.iter().any(|(r, _)| r.start < m.range.end && m.range.start < r.end) {
            found.push((m.range, m.place));
        }
    }
    for c in LOWER_REGION.captures_iter(s) {
        if let (Some(whole), Some(name)) = (c.get(0), c.get(1)) {
            if let Some(place) = places::by_alias(name.as_str()).filter(|p| p.scope == Scope::Region) {
                if !found.iter().any(|(r, _)| r.start < whole.end() && whole.start() < r.end) {
                    found.push((whole.range(), place));
                }
            }
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    let mut kept: Vec<(Range<usize>, &'static Place)> = Vec::new();
    let mut last_excluded: Option<usize> = None;
    for (range, place) in found {
        let before = tail(s, range.start);
        let after = head(s, range.end);
        let follows_excluded =
            last_excluded.is_some_and(|end| s.get(end..range.start).is_some_and(|gap| gap.trim() == "("));
        if EXCLUDED_BEFORE.is_match(before)
            || ORG_BEFORE.is_match(before)
            || ORG_AFTER.is_match(after)
            || follows_excluded
        {
            last_excluded = Some(range.end);
            continue;
        }
        kept.push((range, place));
    }
    kept
}

/// Place mentions of `s` joined into lists, apposition lists dropped.
fn place_groups(s: &str) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // End of the last mention dropped as part of an apposition list, which its list continues.
    let mut skipped_to: Option<usize> = None;
    for (range, place) in place_mentions(s) {
        if let Some(end) = skipped_to {
            if CONNECTOR.is_match(s.get(end..range.start).unwrap_or("")) {
                skipped_to = Some(range.end);
                continue;
            }
            skipped_to = None;
        }
        if let Some(last) = groups.last_mut() {
            let gap = s.get(last.range.end..range.start).unwrap_or("");
            if CONNECTOR.is_match(gap) {
                last.range.end = range.end;
                if !last.places.contains(&place) {
                    last.places.push(place);
                }
                continue;
            }
            if APPOSITION.is_match(gap) {
                skipped_to = Some(range.end);
                continue;
            }
        }
        groups.push(Group { range, places: vec![place] });
    }
    groups
}

/// "police are recording…": the police in general, which is the whole country.
static GENERIC_POLICE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bpolice\s+(?:are|were|have\s+been|had\s+been)\s+(?:recording|logging|required|obliged|now\s+recording)\b|\bpolice\s+(?:across|nationally|nationwide)\b",
    )
});

// ---------------------------------------------------------------------------------------
// Numbers that are not statistics
// ---------------------------------------------------------------------------------------

/// Phone numbers: "0808 800 5000", "call 999", "on 101".
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b0\d{2,4}(?:[\s-]?\d{3,4}){1,2}\b|\b(?:call|dial|ring|phone|text|on|line|number|tel:?)\s+(?:the\s+\w+\s+on\s+)?(?:999|101|111|116\s?\d{3})\b",
    )
});

/// Words that say a number is to be called.
static CALLING: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:call|calls|calling|dial|ring|phone|contact|emergency|text|helpline)\b"));

/// 999, 101, 111 in a sentence about calling: "Call 999 in an emergency or 101 to report".
fn is_service_number(s: &str, n: &Number) -> bool {
    let digits = s.get(n.range.clone()).unwrap_or("");
    let next_word = s.get(n.range.end..).and_then(|rest| rest.split_whitespace().next()).unwrap_or("");
    matches!(digits, "999" | "101" | "111") && classify_word(next_word) != Noun::Count && CALLING.is_match(s)
}

/// Words right before a number that make it an age.
static AGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\baged?(?:\s+(?:just|between|under|over|from|up\s+to|of|below|above))?|\bages\s+of|\bas\s+(?:young|old)\s+as|\bi\s+am|\bi'm|\b(?:children|child|kids|girls|boys|those|people|victims|babies|anyone|pupils|youngsters|teenagers)\s+(?:under|over|below|above|of)|\bunder\s+the\s+age\s+of|\bover\s+the\s+age\s+of)\s*$",
    )
});

/// Words right after a number that make it an age, a duration or part of a compound.
static NOT_A_FIGURE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:-(?:year|month|week|day|hour|minute|fold|strong|point|mile|page|bed|man|person|times)|(?:\s*(?:-|to|and)\s*\d+)?\s*[\s-]?years?[\s-]+olds?\b|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)\b|\s+was\s+the\s+(?:\w+\s+){0,2}age\b|\s+(?:police\s+|territorial\s+|other\s+|uk\s+|regional\s+|local\s+|of\s+the\s+)?(?:forces?|constabularies)\b|\s+counts?\s+of\b|\s+times\b|\s+in\s+(?:every\s+)?(?:\d{1,3}(?:[\s,.;:)]|$)|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)|\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)",
    )
});

/// Words right before a number that make it a label, a date or the base of a rate.
static NOT_A_FIGURE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:(?i:\b(?:channel|page|section|article|chapter|part|no\.?|act|bill|clause|tier|level|category|grade|room|flat|route|bus|junction|platform|series|season|episode|phase|stage|covid|top|per|every|each))\s*|\b(?:Year|January|February|March|April|June|July|August|September|October|November|December)\s*|(?i:\b\d+\s+in\s+|\bone\s+in\s+))$",
    )
});

/// Qualifiers printed before a number.
static QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:more\s+than|over|nearly|almost|around|about|approximately|roughly|some|at\s+least|up\s+to|just\s+over|just\s+under|fewer\s+than|less\s+than|under|close\s+to|in\s+excess\s+of|well\s+over|upwards\s+of|an\s+estimated|a\s+record|a\s+total\s+of)\s*$",
    )
});

/// Nouns that make a number a count of offences.
const COUNT_NOUNS: &[&str] = &[
    "offences",
    "offence",
    "crimes",
    "crime",
    "cases",
    "case",
    "incidents",
    "incident",
    "reports",
    "report",
    "instances",
    "instance",
    "allegations",
    "allegation",
    "referrals",
    "referral",
    "victims",
    "victim",
    "children",
    "child",
    "girls",
    "boys",
    "babies",
    "offending",
];

/// Nouns that make a number something other than an offence count.
const OTHER_NOUNS: &[&str] = &[
    "officers",
    "officer",
    "staff",
    "detectives",
    "detective",
    "constables",
    "constable",
    "investigators",
    "specialists",
    "schools",
    "school",
    "pupils",
    "teachers",
    "sessions",
    "calls",
    "commands",
    "command",
    "teams",
    "team",
    "units",
    "unit",
    "boroughs",
    "posts",
    "jobs",
    "people",
    "members",
    "offenders",
    "offender",
    "arrests",
    "suspects",
    "charges",
    "prosecutions",
    "convictions",
    "platforms",
    "apps",
    "sites",
    "companies",
    "councils",
    "investigations",
    "devices",
    "images",
    "videos",
    "counsellors",
    "volunteers",
    "parents",
    "families",
    "beds",
];

/// Words that end the noun phrase after a number.
const PHRASE_END: &[&str] = &[
    "were", "was", "is", "are", "had", "have", "has", "in", "for", "to", "from", "by", "than", "compared", "who",
    "which", "that", "last", "between", "during", "a", "an", "per", "every", "each", "and", "or", "with", "on", "at",
];

/// What the noun phrase after a number says it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Noun {
    Count,
    Other,
    Unknown,
}

/// Classifies a single word as a noun a figure can count.
fn classify_word(word: &str) -> Noun {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let w = w.strip_suffix("'s").unwrap_or(&w);
    if COUNT_NOUNS.contains(&w) {
        Noun::Count
    } else if OTHER_NOUNS.contains(&w) {
        Noun::Other
    } else {
        Noun::Unknown
    }
}

/// The head noun of the phrase right after a number ("34 Sexual Communication offences").
fn head_noun(after: &str) -> Noun {
    for (i, word) in after.split_whitespace().take(6).enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
        if i > 0 && PHRASE_END.contains(&bare.as_str()) {
            break;
        }
        let class = classify_word(&bare);
        if class != Noun::Unknown {
            return class;
        }
        if word.ends_with([',', '.', ';', ':', ')']) || word.starts_with('(') {
            break;
        }
    }
    Noun::Unknown
}

/// What "the number of X" before a number counts.
fn number_of_noun(before: &str) -> Noun {
    static NUMBER_OF: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bnumber\s+of\s+([\w-]+)"));
    NUMBER_OF.captures_iter(before).last().and_then(|c| c.get(1)).map_or(Noun::Unknown, |m| classify_word(m.as_str()))
}

// ---------------------------------------------------------------------------------------
// Kinds
// ---------------------------------------------------------------------------------------

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
];

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

/// Whether a percentage is a change (with its sign) or a share: "up 16%", "a six per cent
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
        return None;
    }
    let after_words = after.trim_start_matches([' ', ')']).split_whitespace().take(2);
    if let Some(sign) = after_words.filter_map(change_sign).next() {
        return Some(sign);
    }
    before.split_whitespace().rev().take(6).filter_map(change_sign).next()
}

/// True when the words around a number make it a rate ("a day", "per 100,000 people").
fn is_rate(before: &str, after: &str) -> bool {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:a|per|every|each)\s+(?:day|week|month|hour|minute|fortnight)\b|\b(?:daily|weekly|monthly|hourly)\b|\bevery\s+\w+\s+(?:minutes|hours|days|seconds)\b|\bper\s+(?:head|capita)\b|\b(?:per|for\s+every|in\s+every)\s+(?:[\d,]+|one\s+hundred|a\s+(?:hundred|thousand))\b",
        )
    });
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:for\s+every|per|in\s+every)\s+[\d,]+\s+(?:people|residents|population|children|inhabitants)\b",
        )
    });
    AFTER.is_match(after) || BEFORE.is_match(before)
}

// ---------------------------------------------------------------------------------------
// One sentence
// ---------------------------------------------------------------------------------------

/// A number that is a statistic, with what its words say.
#[derive(Debug, Clone)]
struct Candidate {
    number: Number,
    kind: Kind,
    /// +1, or -1 for a fall.
    sign: f64,
    qualifier: Option<String>,
    /// Counts something other than offences (officers, schools).
    not_offences: bool,
}

/// Numbers of `s` that are statistics, with their kinds.
fn candidates(s: &str, times: &[periods::Mention]) -> Vec<Candidate> {
    let phones: Vec<Range<usize>> = PHONE.find_iter(s).map(|m| m.range()).collect();
    let overlaps = |r: &Range<usize>, o: &Range<usize>| o.start < r.end && r.start < o.end;
    let numbers: Vec<Number> = numbers::scan(s)
        .into_iter()
        .filter(|n| {
            !times.iter().any(|m| overlaps(&n.range, &m.range)) && !phones.iter().any(|p| overlaps(&n.range, p))
        })
        .collect();
    let mut out: Vec<Candidate> = Vec::new();
    // End of the last age read, and whether it opened a range ("aged between 12 and 15").
    let mut previous_age_end: Option<(usize, bool)> = None;
    for n in numbers {
        let before = tail(s, n.range.start);
        let after = head(s, n.range.end);
        let chained_age = previous_age_end.is_some_and(|(end, range)| {
            s.get(end..n.range.start).is_some_and(|gap| match gap.trim() {
                "to" | "-" => true,
                "and" => range,
                _ => false,
            })
        });
        let bare_under = before.trim_end().to_ascii_lowercase().ends_with("under")
            || before.trim_end().to_ascii_lowercase().ends_with("over");
        let noun = head_noun(after);
        // "were under 16": a small number after a bare "under" with no count noun is an age.
        let bare_age = bare_under && noun != Noun::Count && n.value <= 21.0;
        let is_age = !n.percent
            && !n.money
            && (AGE_BEFORE.is_match(before) || chained_age || bare_age || NOT_A_FIGURE_AFTER.is_match(after));
        if is_age {
            let opens_range = before.trim_end().to_ascii_lowercase().ends_with("between");
            previous_age_end = Some((n.range.end, opens_range));
            continue;
        }
        if NOT_A_FIGURE_BEFORE.is_match(before) && !n.money {
            continue;
        }
        if is_service_number(s, &n) {
            continue;
        }
        if n.in_words && !n.percent && noun == Noun::Unknown {
            continue;
        }
        out.push(classify(s, n, noun));
    }
    out
}

/// "300 more cases than…": a difference between two counts, not a count.
static DIFFERENCE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)^\s+(?:more|fewer|less|extra|additional)\b(?:\s+[\w-]+){0,3}\s+than\b"));

/// The kind, sign and qualifier of a number that is a statistic.
fn classify(s: &str, number: Number, noun: Noun) -> Candidate {
    let before = tail(s, number.range.start);
    let after = head(s, number.range.end);
    let qualifier = QUALIFIER.find(before).map(|m| m.as_str().trim().to_lowercase()).filter(|q| {
        // "a record" and "a total of" introduce a figure but do not hedge it.
        q != "a record" && !q.starts_with("a total")
    });
    let not_offences = noun == Noun::Other || (noun == Noun::Unknown && number_of_noun(before) == Noun::Other);
    let (kind, sign) = if number.money {
        (Kind::Money, 1.0)
    } else if number.percent {
        match percent_change_sign(before, after) {
            Some(sign) => (Kind::PercentChange, sign),
            None => (Kind::Other, 1.0),
        }
    } else if not_offences || DIFFERENCE_AFTER.is_match(after) {
        (Kind::Other, 1.0)
    } else {
        (Kind::Count, 1.0)
    };
    let not_offences = not_offences && !number.percent;
    Candidate { number, kind, sign, qualifier, not_offences }
}

/// "Of these, …", "Of the 655, …": a sentence about part of what came before, whose measure
/// does not carry on to the sentences after it.
static SUBSET: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\W*of\s+(?:the|these|those|them|which|this)\b"));

/// Reads one sentence, updating the context, and returns its figures.
fn read_sentence(s: &str, facts: &ArticleFacts, ctx: &mut Context) -> Vec<Found> {
    let times = periods::scan(s);
    let mut cands = candidates(s, &times);
    let groups = place_groups(s);
    let cue = measure::of_sentence(s);
    if groups.is_empty() && GENERIC_POLICE.is_match(s) {
        ctx.place = Some(NATIONAL.to_string());
    }
    // Rates: decided with the text up to the next number, so a later "a day" is not taken.
    let ends: Vec<usize> = cands.iter().skip(1).map(|c| c.number.range.start).chain(std::iter::once(s.len())).collect();
    for (i, c) in cands.iter_mut().enumerate() {
        if c.kind == Kind::Count || c.kind == Kind::Other {
            let window = head(s.get(..ends[i]).unwrap_or(s), c.number.range.end);
            if !c.number.percent && is_rate(tail(s, c.number.range.start), window) {
                c.kind = Kind::Rate;
            }
        }
    }
    let latest = facts.resolve_latest(s, &times);
    let mut found: Vec<Found> = Vec::new();
    for i in 0..cands.len() {
        let period = count_period(s, &cands, i, &times, &found, latest, ctx);
        let place = place_for(&cands, i, &groups).or_else(|| ctx.place.clone());
        let c = &cands[i];
        found.push(Found {
            range: c.number.range.clone(),
            value: c.number.value * c.sign,
            kind: c.kind,
            qualifier: c.qualifier.clone(),
            place,
            period,
            measure: if c.kind == Kind::Money || c.not_offences { Measure::Other } else { cue.unwrap_or(ctx.measure) },
            check: None,
            baseline: is_baseline_value(s, c.number.range.start),
        });
    }
    year_on_year(s, &cands, &times, &mut found, ctx);
    respectively(s, &cands, &times, &groups, &mut found);
    let compared = years_compared(&found);
    for i in 0..found.len() {
        if found[i].kind == Kind::PercentChange {
            found[i].period = change_period(s, attached_time(&cands, i, &times), compared, latest, ctx);
            found[i].check = recompute(&found[i], &found);
        }
    }
    if let Some(last) = found.last() {
        ctx.place = last.place.clone().or(ctx.place.take());
        ctx.period = found.iter().filter_map(|f| f.period).max();
        if let Some(m) = cue.filter(|_| !SUBSET.is_match(s)) {
            ctx.measure = m;
        }
    } else if let Some(g) = groups.last() {
        ctx.place = Some(g.name());
    }
    found
}

/// The time phrase that goes with candidate `i`: the first after it (before the next
/// In ranges sorted and not overlapping: the index of the last that ends by `at`.
fn last_ending_by<T>(items: &[T], range: impl Fn(&T) -> Range<usize>, at: usize) -> Option<usize> {
    items.partition_point(|x| range(x).end <= at).checked_sub(1)
}

/// In ranges sorted and not overlapping: the index of the first that starts from `at`.
fn first_starting_from<T>(items: &[T], range: impl Fn(&T) -> Range<usize>, at: usize) -> Option<usize> {
    let i = items.partition_point(|x| range(x).start < at);
    (i < items.len()).then_some(i)
}

/// The time phrase that goes with candidate `i`: the first after it (before the next
/// number), else the last before it.
fn attached_time<'t>(cands: &[Candidate], i: usize, times: &'t [periods::Mention]) -> Option<&'t periods::Mention> {
    let r = &cands[i].number.range;
    let next_start = cands.get(i + 1).map_or(usize::MAX, |c| c.number.range.start);
    let range = |m: &periods::Mention| m.range.clone();
    first_starting_from(times, range, r.end)
        .filter(|&j| times[j].range.end <= next_start)
        .or_else(|| last_ending_by(times, range, r.start))
        .map(|j| &times[j])
}

/// The period of a count (or any figure but a percent change) at `i`.
fn count_period(
    s: &str,
    cands: &[Candidate],
    i: usize,
    times: &[periods::Mention],
    found: &[Found],
    latest: Option<Period>,
    ctx: &Context,
) -> Option<Period> {
    let Some(m) = attached_time(cands, i, times) else {
        // "from 1,005 to 965" with no year: the year of the baseline is not printed.
        return if is_baseline_value(s, cands[i].number.range.start) { None } else { ctx.period };
    };
    match m.when {
        When::Year(p) => Some(p),
        When::Other => None,
        When::Latest => latest,
        When::Before(n) | When::After(n) => {
            let reference =
                found.iter().rev().find_map(|f| f.period).or_else(|| year_before(times, m.range.start)).or(ctx.period);
            reference.map(|p| {
                let start = if matches!(m.when, When::Before(_)) {
                    p.start_year.saturating_sub(n)
                } else {
                    p.start_year.saturating_add(n)
                };
                Period::starting(start)
            })
        }
    }
}

/// The last financial year printed before byte `at`.
fn year_before(times: &[periods::Mention], at: usize) -> Option<Period> {
    times.iter().rev().filter(|t| t.range.end <= at).find_map(|t| match t.when {
        When::Year(p) => Some(p),
        _ => None,
    })
}

/// The period of a percent change: the later of the years it compares. `compared` is the
/// latest year of the sentence's other figures.
fn change_period(
    s: &str,
    attached: Option<&periods::Mention>,
    compared: Option<Period>,
    latest: Option<Period>,
    ctx: &Context,
) -> Option<Period> {
    let own = attached.and_then(|m| {
        let baseline = is_baseline(s, m.range.start);
        match m.when {
            When::Year(p) if baseline => Some(p.next()),
            When::Year(p) => Some(p),
            When::Latest if !baseline => latest,
            _ => None,
        }
    });
    match own.max(compared) {
        Some(p) => Some(p),
        None if attached.is_some_and(|m| m.when == When::Other) => None,
        None => ctx.period,
    }
}

/// The latest year of the figures that are not changes. A count the change is measured from
/// ("up from 1,716 the year before") stands for the year before the change.
fn years_compared(found: &[Found]) -> Option<Period> {
    found
        .iter()
        .filter(|f| f.kind != Kind::PercentChange)
        .filter_map(|f| f.period.map(|p| if f.baseline { p.next() } else { p }))
        .max()
}

/// "a year-on-year rise … from 624 to 681": with no year printed, the pair is the context's
/// year and the one before.
fn year_on_year(s: &str, cands: &[Candidate], times: &[periods::Mention], found: &mut [Found], ctx: &Context) {
    static YOY: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\byear[\s-]on[\s-]year\b"));
    let Some(p) = ctx.period else { return };
    if !times.is_empty() || !YOY.is_match(s) {
        return;
    }
    for i in 1..cands.len() {
        let (a, b) = (&cands[i - 1].number.range, &cands[i].number.range);
        let gap = s.get(a.end..b.start).unwrap_or("");
        let from = s[..a.start].trim_end().to_ascii_lowercase().ends_with("from");
        if from && gap.trim() == "to" {
            found[i - 1].period = Some(p.previous());
            found[i].period = Some(p);
        }
    }
}

/// "226, 348, 349 and 403 for 2016/17, 2017/18, 2018/19 and 2019/20 respectively" and
/// "Greater Manchester, the West Midlands and West Yorkshire … 129, 118 and 116 respectively".
fn respectively(s: &str, cands: &[Candidate], times: &[periods::Mention], groups: &[Group], found: &mut [Found]) {
    if !s.to_ascii_lowercase().contains("respectively") {
        return;
    }
    let linked = |gap: &str| CONNECTOR.is_match(gap) || gap.trim().is_empty();
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for i in 0..cands.len() {
        let joins = i > 0 && linked(s.get(cands[i - 1].number.range.end..cands[i].number.range.start).unwrap_or("x"));
        match runs.last_mut() {
            Some(run) if joins => run.push(i),
            _ => runs.push(vec![i]),
        }
    }
    let years: Vec<Period> =
        times.iter().filter_map(|m| if let When::Year(p) = m.when { Some(p) } else { None }).collect();
    for run in runs.into_iter().filter(|r| r.len() >= 2) {
        // One list, one kind: "129, 118 and 116 offences per 100,000 people respectively".
        if let Some(&last) = run.last() {
            let kind = found[last].kind;
            for &i in &run {
                found[i].kind = kind;
            }
        }
        if years.len() == run.len() {
            for (&i, p) in run.iter().zip(&years) {
                found[i].period = Some(*p);
            }
        }
        // The list of places as long as the list of values; else the end of a longer list
        // ("In Wales, North Wales Police and Gwent Police logged 120 and 98 respectively").
        let list = groups
            .iter()
            .find(|g| g.places.len() == run.len())
            .or_else(|| groups.iter().find(|g| g.places.len() > run.len()));
        if let Some(g) = list {
            let members = &g.places[g.places.len() - run.len()..];
            for (&i, place) in run.iter().zip(members) {
                found[i].place = Some(place.name.to_string());
            }
        }
    }
}

/// The place of candidate `i`: the nearest place before it with no other number between,
/// The place of candidate `i`: the nearest place before it with no other number between,
/// else the nearest after it with none between, else the nearest before it.
fn place_for(cands: &[Candidate], i: usize, groups: &[Group]) -> Option<String> {
    let r = &cands[i].number.range;
    let prev_end = if i == 0 { 0 } else { cands[i - 1].number.range.end };
    let next_start = cands.get(i + 1).map_or(usize::MAX, |c| c.number.range.start);
    let range = |g: &Group| g.range.clone();
    let before = last_ending_by(groups, range, r.start);
    let after = first_starting_from(groups, range, r.end).filter(|&j| groups[j].range.end <= next_start);
    match before {
        Some(j) if groups[j].range.start >= prev_end => Some(j),
        _ => after.or(before),
    }
    .map(|j| groups[j].name())
}

/// For a percent change stated beside two counts of its place, the recomputation. The count
/// printed as the baseline ("up from 98") or of the earlier year is the one changed from.
fn recompute(change: &Found, figures: &[Found]) -> Option<ChangeCheck> {
    // A sentence with many figures is a list, not a change beside its two values.
    const MAX_FIGURES: usize = 12;
    if figures.len() > MAX_FIGURES {
        return None;
    }
    let counts: Vec<&Found> = figures.iter().filter(|f| f.kind == Kind::Count && f.place == change.place).collect();
    let [a, b] = counts[..] else { return None };
    let (from, to) = match (a.period, b.period) {
        _ if b.baseline && !a.baseline => (b.value, a.value),
        _ if a.baseline && !b.baseline => (a.value, b.value),
        (Some(pa), Some(pb)) if pa > pb => (b.value, a.value),
        (Some(pa), Some(pb)) if pa < pb => (a.value, b.value),
        // Two values of one year, or of no stated years: not a "from" and a "to".
        _ => return None,
    };
    if from == 0.0 || !from.is_finite() || !to.is_finite() {
        return None;
    }
    let exact = (to - from) / from * 100.0;
    let computed = (exact * 10.0).round() / 10.0;
    let stated = change.value;
    let slack = (stated.abs() * 0.1).max(1.5);
    let consistent = match change.qualifier.as_deref() {
        Some("almost" | "nearly" | "close to" | "just under" | "under" | "less than" | "fewer than") => {
            exact <= stated + 0.05 && exact >= stated - slack
        }
        Some("more than" | "over" | "just over" | "in excess of" | "well over" | "upwards of" | "at least") => {
            exact >= stated - 0.05 && exact <= stated * 1.5 + slack
        }
        Some(_) => (exact - stated).abs() <= slack,
        None => agrees_as_printed(stated, exact),
    };
    Some(ChangeCheck { from, to, computed, consistent })
}

/// Recomputes changes whose two values stand in the next or the previous sentence ("That is a
/// decrease of 6.7%." after "… 655 in 2017/18, down from 702 the previous year.").
fn check_across(previous: &mut [Found], current: &mut [Found]) {
    let alone = |fs: &[Found]| !fs.iter().any(|f| f.kind == Kind::Count);
    if alone(current) {
        for f in current.iter_mut().filter(|f| f.kind == Kind::PercentChange && f.check.is_none()) {
            f.check = recompute(f, previous);
        }
    }
    if alone(previous) {
        for f in previous.iter_mut().filter(|f| f.kind == Kind::PercentChange && f.check.is_none()) {
            f.check = recompute(f, current);
        }
    }
}

/// True when `stated` is `exact` rounded or cut to the decimals `stated` is printed with.
fn agrees_as_printed(stated: f64, exact: f64) -> bool {
    let scale = if stated.fract().abs() > 1e-9 { 10.0 } else { 1.0 };
    let rounded = (exact * scale).round() / scale;
    let cut = (exact * scale).trunc() / scale;
    (rounded - stated).abs() < 1e-6 || (cut - stated).abs() < 1e-6
}

/// One figure per place, period, value, kind and measure. A figure printed again is the same
/// figure: where one printing lacks the year (a headline, a caption, a bullet) or takes another
/// measure from its new surroundings ("Of the 655, 102 were online"), the first reading stands.
/// Small values are only merged on an exact match, since they repeat by coincidence.
fn dedupe(figures: Vec<Figure>) -> Vec<Figure> {
    const RESTATED_FROM: f64 = 10.0;
    let mut out: Vec<Figure> = Vec::new();
    let mut seen: HashMap<(Option<String>, u64, Kind), Vec<usize>> = HashMap::new();
    for f in figures {
        let same_key = seen.entry((f.place.clone(), f.value.to_bits(), f.kind)).or_default();
        let compatible = |g: &Figure| g.period == f.period || g.period.is_none() || f.period.is_none();
        let restated = f.value.abs() >= RESTATED_FROM;
        let earlier = same_key
            .iter()
            .copied()
            .find(|&j| out[j].measure == f.measure && compatible(&out[j]))
            .or_else(|| same_key.iter().copied().find(|&j| restated && out[j].period == f.period))
            .or_else(|| same_key.iter().copied().find(|_| restated && f.period.is_none()));
        match earlier {
            Some(j) => {
                let same = &mut out[j];
                if same.period.is_none() && f.period.is_some() && same.measure == f.measure {
                    same.period = f.period;
                }
                if same.check.is_none() {
                    same.check = f.check;
                }
            }
            None => {
                same_key.push(out.len());
                out.push(f);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    /// The normalisation ingest applies: curly quotes straight, dashes '-', odd spaces ' '.
    fn normalise(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '“' | '”' | '„' => '"',
                '‘' | '’' => '\'',
                '–' | '—' | '‒' => '-',
                '\u{a0}' | '\u{2009}' | '\u{202f}' => ' ',
                c => c,
            })
            .collect()
    }

    /// An article whose lines are body paragraphs.
    fn article(lines: &[&str]) -> Article {
        let paragraphs = lines
            .iter()
            .enumerate()
            .map(|(index, line)| Paragraph { index, text: line.to_string(), norm: normalise(line), role: Role::Body })
            .collect();
        Article { id: "t".into(), path: "t.txt".into(), title: None, outlet: None, date: None, url: None, paragraphs }
    }

    fn figures(lines: &[&str]) -> Vec<Figure> {
        extract_figures(&article(lines))
    }

    /// (place, period, value, kind) of every figure, for compact assertions.
    fn brief(lines: &[&str]) -> Vec<(Option<String>, Option<String>, f64, Kind)> {
        figures(lines).into_iter().map(|f| (f.place, f.period.map(|p| p.to_string()), f.value, f.kind)).collect()
    }

    fn values(lines: &[&str]) -> Vec<f64> {
        figures(lines).iter().map(|f| f.value).collect()
    }

    fn period_of(lines: &[&str], value: f64) -> Option<String> {
        let found = figures(lines);
        let f = found.iter().find(|f| f.value == value);
        assert!(f.is_some(), "{value} not found in {found:#?}");
        f.and_then(|f| f.period).map(|p| p.to_string())
    }

    fn place_of(lines: &[&str], value: f64) -> Option<String> {
        let found = figures(lines);
        let f = found.iter().find(|f| f.value == value);
        assert!(f.is_some(), "{value} not found in {found:#?}");
        f.and_then(|f| f.place.clone())
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn counts_take_the_financial_year_printed_beside_them() {
        let cases: &[(&str, f64, &str)] = &[
            ("Kent Police logged 412 offences in 2017/18.", 412.0, "2017/18"),
            ("In 2018-19, Essex Police recorded 950 such crimes.", 950.0, "2018/19"),
            ("There were 77 cases across Surrey during 2019/2020.", 77.0, "2019/20"),
            ("Sussex Police recorded 88 offences in 2014/15 and 140 in 2015/16.", 140.0, "2015/16"),
            ("Sussex Police recorded 88 offences in 2014/15 and 140 in 2015/16.", 88.0, "2014/15"),
            ("Figures for 2012/13 show Dorset had 61 incidents.", 61.0, "2012/13"),
        ];
        for &(line, value, want) in cases {
            assert_eq!(period_of(&[line], value), some(want), "{line}");
        }
    }

    #[test]
    fn relative_years_resolve_against_the_year_beside_them() {
        let cases: &[(&str, f64, &str)] = &[
            ("Gwent Police recorded 300 offences in 2018/19, up from 250 the previous 12 months.", 250.0, "2017/18"),
            ("Kent recorded 95 crimes in 2016/17, compared with 60 the year before.", 60.0, "2015/16"),
            ("Norfolk had 40 cases in 2013/14 and a year later that rose to 70.", 70.0, "2014/15"),
            ("Suffolk logged 12 offences in 2011/12 and 19 the following year.", 19.0, "2012/13"),
            ("Lancashire recorded 500 crimes in 2020/21, against 410 the prior year.", 410.0, "2019/20"),
        ];
        for &(line, value, want) in cases {
            assert_eq!(period_of(&[line], value), some(want), "{line}");
        }
    }

    #[test]
    fn last_year_follows_its_baseline_or_the_latest_year_stated() {
        // The baseline in the same sentence: last year is the year after it.
        assert_eq!(
            period_of(&["Kent Police recorded 900 offences last year, up 12% from 804 in 2015/16."], 900.0),
            some("2016/17")
        );
        // A later year stated elsewhere in the article wins over the baseline.
        let lines = [
            "Forces in the region recorded 4,000 offences in 2019/20.",
            "Essex Police logged 1,200 offences last year - up from 700 in 2015/16.",
        ];
        assert_eq!(period_of(&lines, 1200.0), some("2019/20"));
        // No baseline: the latest year the article states.
        let lines = ["Last year 3,100 offences were recorded nationally.", "That compares with 2,500 in 2017/18."];
        assert_eq!(period_of(&lines, 3100.0), some("2017/18"));
        // Nothing to resolve against: no guess.
        assert_eq!(period_of(&["Last year Cumbria recorded 41 offences."], 41.0), None);
    }

    #[test]
    fn years_to_march_are_financial_years() {
        let cases: &[(&str, f64, &str)] = &[
            ("In the year to March 2017, Durham recorded 310 offences.", 310.0, "2016/17"),
            ("Merseyside recorded 640 offences in the year ending March 2021.", 640.0, "2020/21"),
            ("Between April 2015 and March 2016, Cheshire Police recorded 222 crimes.", 222.0, "2015/16"),
            ("Humberside logged 51 offences from April 2019 to March 2020.", 51.0, "2019/20"),
            ("In the 12 months to March 2018 there were 93 offences in Devon.", 93.0, "2017/18"),
        ];
        for &(line, value, want) in cases {
            assert_eq!(period_of(&[line], value), some(want), "{line}");
        }
    }

    #[test]
    fn calendar_years_quarters_and_spans_give_no_period() {
        for (line, value) in [
            ("In 2016, Kent Police recorded 720 offences.", 720.0),
            ("Essex recorded 45 offences between April and June 2020.", 45.0),
            ("Surrey has recorded 3,000 offences since 2015.", 3000.0),
            ("Gwent logged 1,100 offences between 2016/17 and 2020/21.", 1100.0),
            ("Norfolk recorded 2,400 offences over the past five years.", 2400.0),
            ("Police in Dorset received 60 reports between January and March this year.", 60.0),
        ] {
            assert_eq!(period_of(&[line], value), None, "{line}");
        }
    }

    #[test]
    fn percent_changes_carry_their_direction() {
        let cases: &[(&str, f64)] = &[
            ("Offences in Kent rose by 14% in 2018/19.", 14.0),
            ("Kent saw a drop of 18% in 2018/19.", -18.0),
            ("Kent saw a six per cent decrease in 2018/19.", -6.0),
            ("Recorded offences in Kent fell by 22 per cent in 2018/19.", -22.0),
            ("Offences in Kent were up 44% in 2018/19.", 44.0),
            ("Offences in Kent were down 3.5 percent in 2018/19.", -3.5),
            ("Kent recorded a 230 per cent increase in 2018/19.", 230.0),
            ("Kent saw a rise of 12.5% in 2018/19.", 12.5),
            ("Kent saw offences increase by nearly 9% in 2018/19.", 9.0),
        ];
        for &(line, value) in cases {
            let found = brief(&[line]);
            assert_eq!(found.len(), 1, "{line}: {found:?}");
            assert_eq!((found[0].2, found[0].3), (value, Kind::PercentChange), "{line}");
        }
    }

    #[test]
    fn a_change_takes_the_later_of_the_years_it_compares() {
        let found = figures(&["Offences in Kent rose 20% from 2016/17 to 2017/18."]);
        assert_eq!(found[0].period, Some(Period::starting(2017)));
        let found = figures(&["Kent had 120 offences in 2018/19, a rise of 20% from 100 in 2017/18."]);
        let change = found.iter().find(|f| f.kind == Kind::PercentChange);
        assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2018)));
        let found = figures(&["Kent had 120 offences in 2018/19.", "That was 20% higher than the previous year."]);
        let change = found.iter().find(|f| f.kind == Kind::PercentChange);
        assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2018)));
        let found = figures(&["This number has risen by 31% from 2014/15, when Kent recorded 90."]);
        let change = found.iter().find(|f| f.kind == Kind::PercentChange);
        assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2015)));
    }

    #[test]
    fn shares_and_levels_are_not_changes() {
        for line in [
            "Of those offences, 32% took place in Kent.",
            "Snapchat was used in 44 per cent of cases in Kent.",
            "Girls made up 81 per cent of victims in Kent.",
            "Facebook (12 per cent) was also used in Kent.",
            "The share in Kent fell to 30 per cent.",
        ] {
            for (_, _, _, kind) in brief(&[line]) {
                assert_eq!(kind, Kind::Other, "{line}");
            }
        }
    }

    #[test]
    fn phone_numbers_are_not_figures() {
        for line in [
            "Call the NSPCC helpline on 0808 800 5000.",
            "If a child is in danger call 999, or call the police on 101.",
            "Childline can be reached on 0800 1111 at any time.",
            "Contact us on 01234 567890 or text 999.",
            "Call 999 in an emergency or 101 to report a crime.",
        ] {
            assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
        }
    }

    #[test]
    fn ages_are_not_figures() {
        for line in [
            "Offences against under-18s in Kent were recorded.",
            "A 13-year-old girl in Kent was groomed.",
            "Victims in Kent were aged ten and under.",
            "Kent recorded offences against children under 13.",
            "The victim in Kent was a five-year-old boy.",
            "Most victims in Kent were aged between 12 and 15.",
            "Children as young as three were targeted in Kent.",
            "A baby in Kent was under the age of one.",
            "Victims in Kent were three-years-old.",
            "For offences in Kent, 14 was the most common age of victims.",
            "Offences against U18s in Kent were recorded.",
            "In Kent, 13-17 year olds were the most targeted.",
            "Victims in Kent were mostly 14 year olds.",
        ] {
            assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
        }
    }

    #[test]
    fn a_count_of_cases_beside_an_age_is_still_a_figure() {
        assert_eq!(values(&["In Kent, in 40 cases the victims were aged two and under."]), [40.0]);
        assert_eq!(values(&["In Kent, 480 were against children under ten and 138 against babies."]), [480.0, 138.0]);
        assert_eq!(values(&["In Kent there were nearly 100 offences against children aged ten and under."]), [100.0]);
    }

    #[test]
    fn years_durations_and_counts_of_forces_are_not_figures() {
        for line in [
            "The law came into force in 2003 in England and Wales.",
            "He was jailed for 31 years for 50 counts of abuse.",
            "It is almost 17 months since the proposals were published.",
            "Data came from 39 forces across England and Wales.",
            "All 46 forces across the UK responded.",
            "The offence came into force six years ago.",
            "Figures from 43 police forces were collected.",
            "All four forces in Wales responded.",
            "It was published on 16th Nov 2020.",
            "The show is on Channel 4 at 9pm.",
            "Offences per 100,000 people are shown.",
            "The rate has tripled in the five years since the change.",
            "That is one in five children in Kent.",
            "Around 1 in 10 offences in Kent were online.",
        ] {
            assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
        }
    }

    #[test]
    fn multiples_and_fractions_in_words_are_not_figures() {
        for line in [
            "Offences in Kent have more than trebled.",
            "Offences in Kent have almost doubled.",
            "Offences in Kent rose by a third.",
            "Offences in Kent rose five-fold.",
            "Almost half of all cases in Kent involved Snapchat.",
            "One of the causes was better recording.",
        ] {
            assert!(values(&[line]).is_empty(), "{line}: {:?}", values(&[line]));
        }
    }

    #[test]
    fn numbers_in_words_are_figures_when_they_count_something() {
        assert_eq!(values(&["Kent recorded nine offences in 2019/20."]), [9.0]);
        assert_eq!(values(&["One offence was recorded in Kent."]), [1.0]);
        assert_eq!(values(&["Offences in Kent rose by seven per cent."]), [7.0]);
        assert_eq!(values(&["Twenty-five cases were logged by Kent Police."]), [25.0]);
        assert_eq!(values(&["Kent recorded 3,000-plus offences."]), [3000.0]);
    }

    #[test]
    fn rates_money_and_other_counts_have_their_kinds() {
        let kinds = |line: &str| brief(&[line]).into_iter().map(|f| f.3).collect::<Vec<_>>();
        assert_eq!(kinds("Police in Kent record an average of 15 offences a day."), [Kind::Rate]);
        assert_eq!(kinds("Kent Police recorded one child sex offence every ten minutes."), [Kind::Rate]);
        assert_eq!(kinds("In Kent there were 169 offences for every 100,000 people."), [Kind::Rate]);
        assert_eq!(kinds("Kent recorded 80 offences per 100,000 residents."), [Kind::Rate]);
        assert_eq!(kinds("On average 40 crimes were recorded by Kent Police each month."), [Kind::Rate]);
        assert_eq!(kinds("Kent Police received a £3m investment."), [Kind::Money]);
        assert_eq!(kinds("Kent Police has 208 officers and staff on the team."), [Kind::Other]);
        assert_eq!(kinds("Kent Police raised the number of officers from 90 to 208."), [Kind::Other, Kind::Other]);
        let found = figures(&["Kent Police received a £3m investment."]);
        assert_eq!(found[0].value, 3_000_000.0);
    }

    #[test]
    fn qualifiers_are_kept_and_the_printed_value_stays() {
        let found = figures(&["Kent recorded more than 37,000 offences in 2019/20."]);
        assert_eq!((found[0].value, found[0].qualifier.as_deref()), (37000.0, Some("more than")));
        let found = figures(&["Kent recorded nearly 2,000 offences in 2019/20."]);
        assert_eq!((found[0].value, found[0].qualifier.as_deref()), (2000.0, Some("nearly")));
        let found = figures(&["Kent recorded almost 600 offences in 2019/20."]);
        assert_eq!(found[0].qualifier.as_deref(), Some("almost"));
    }

    #[test]
    fn coordinated_places_form_one_compound_place() {
        let line = "Dorset, Wiltshire and Avon and Somerset police recorded 2,100 crimes in 2019/20.";
        assert_eq!(place_of(&[line], 2100.0), some("Dorset Police, Wiltshire Police and Avon and Somerset Police"));
        let line = "Figures from the North-East and Cumbria forces, excluding Durham Police, show 900 offences.";
        assert_eq!(place_of(&[line], 900.0), some("North East and Cumbria Constabulary"));
    }

    #[test]
    fn lists_with_a_national_scope_are_national() {
        for line in [
            "There were 10,000 crimes recorded by all 46 forces across England, Wales, Northern Ireland and the Channel Islands.",
            "Forces in England, Wales and Scotland recorded 10,000 crimes.",
            "Across the UK, 10,000 crimes were recorded.",
            "Nationally, 10,000 crimes were recorded.",
            "The 43 forces in England and Wales recorded 10,000 crimes.",
        ] {
            assert_eq!(place_of(&[line], 10000.0), some(NATIONAL), "{line}");
        }
    }

    #[test]
    fn regions_stay_regions() {
        assert_eq!(place_of(&["Across the north west, 11,000 offences were recorded."], 11000.0), some("North West"));
        assert_eq!(place_of(&["Forces in the Midlands logged 7,000 offences."], 7000.0), some("Midlands"));
        let line =
            "All four forces across Wales - Gwent, Dyfed-Powys, North Wales and South Wales - recorded 554 offences.";
        assert_eq!(place_of(&[line], 554.0), some("Wales"));
    }

    #[test]
    fn organisations_named_after_places_are_not_where_a_figure_is() {
        let lines = [
            "Kent Police recorded 310 offences in 2018/19.",
            "Jane Smith from NSPCC Scotland said 40 cases were serious.",
        ];
        assert_eq!(place_of(&lines, 40.0), some("Kent Police"));
        let lines = [
            "Kent Police recorded 310 offences.",
            "Northumbria Police and Crime Commissioner Jo Bloggs said 45 cases were new.",
        ];
        assert_eq!(place_of(&lines, 45.0), some("Kent Police"));
    }

    #[test]
    fn the_place_carries_forward_to_the_force_and_here() {
        let lines = [
            "Online child sex offences rise in Cumbria",
            "The force recorded 212 offences in 2019/20.",
            "Of those, 48 involved children under ten.",
            "Meanwhile, 1,000 offences were recorded here the year before.",
        ];
        assert_eq!(place_of(&lines, 212.0), some("Cumbria Constabulary"));
        assert_eq!(place_of(&lines, 48.0), some("Cumbria Constabulary"));
        assert_eq!(period_of(&lines, 48.0), some("2019/20"));
    }

    #[test]
    fn police_in_general_are_the_whole_country_but_a_force_is_not() {
        let lines = [
            "Kent Police recorded 300 offences.",
            "Police forces are required to flag online crimes, and police are recording 15 a day.",
        ];
        assert_eq!(place_of(&lines, 15.0), some(NATIONAL));
        let lines = [
            "Kent Police recorded 300 offences.",
            "Officers said police have seen a rise.",
            "The force logged 45 more last month.",
        ];
        assert_eq!(place_of(&lines, 45.0), some("Kent Police"));
    }

    #[test]
    fn each_number_takes_the_place_next_to_it() {
        let line = "Norfolk recorded 500 offences, while 300 were recorded in Suffolk.";
        assert_eq!(place_of(&[line], 500.0), some("Norfolk Constabulary"));
        assert_eq!(place_of(&[line], 300.0), some("Suffolk Constabulary"));
        let lines =
            ["Kent Police recorded 80 offences.", "The total reached 37,000, including 7,190 logged in the Midlands."];
        assert_eq!(place_of(&lines, 37000.0), some("Kent Police"));
        assert_eq!(place_of(&lines, 7190.0), some("Midlands"));
    }

    #[test]
    fn respectively_lists_pair_values_with_years_and_places() {
        let line = "Kent recorded 110, 120 and 130 offences for 2016/17, 2017/18 and 2018/19 respectively.";
        let found = brief(&[line]);
        let periods: Vec<_> = found.iter().map(|f| f.1.clone()).collect();
        assert_eq!(periods, [some("2016/17"), some("2017/18"), some("2018/19")]);
        let line = "The highest rates were in Merseyside, Cleveland and West Yorkshire, with 140, 120 and 110 offences per 100,000 people respectively.";
        let found = brief(&[line]);
        let places: Vec<_> = found.iter().map(|f| f.0.clone()).collect();
        assert_eq!(places, [some("Merseyside Police"), some("Cleveland Police"), some("West Yorkshire Police")]);
        assert!(found.iter().all(|f| f.3 == Kind::Rate));
    }

    #[test]
    fn table_rows_under_a_force_heading_take_that_force() {
        let lines = [
            "Recorded sexual offences against children",
            "Kent Police",
            "15/16: 1,020",
            "16/17: 1,210",
            "Essex Police",
            "15/16: 830",
        ];
        let found = brief(&lines);
        assert_eq!(
            found,
            [
                (some("Kent Police"), some("2015/16"), 1020.0, Kind::Count),
                (some("Kent Police"), some("2016/17"), 1210.0, Kind::Count),
                (some("Essex Police"), some("2015/16"), 830.0, Kind::Count),
            ]
        );
    }

    #[test]
    fn measure_follows_the_sentence_and_carries_forward() {
        let lines = [
            "Online child sex offences rise in Kent",
            "Kent Police recorded 300 offences in 2019/20.",
            "Such crimes rose by 10% on the previous year.",
            "Sexual offences against under-18s, including rape, reached 2,400 in 2019/20.",
            "Of these, 90 involved children under five.",
            "Separately, 120 grooming offences were recorded in 2019/20.",
            "Kent also logged 700 indecent image offences.",
        ];
        let measures: Vec<(f64, Measure)> = figures(&lines).iter().map(|f| (f.value, f.measure)).collect();
        assert_eq!(
            measures,
            [
                (300.0, Measure::Online),
                (10.0, Measure::Online),
                (2400.0, Measure::All),
                (90.0, Measure::All),
                (120.0, Measure::Other),
                (700.0, Measure::Other),
            ]
        );
    }

    #[test]
    fn a_figure_printed_again_is_one_figure_but_a_rounded_one_is_its_own() {
        let lines = [
            "Kent records 410 offences in a year",
            "Kent Police recorded 410 offences in 2019/20.",
            "That means Kent Police recorded 410 offences in 2019/20.",
            "Kent Police recorded nearly 400 offences.",
        ];
        assert_eq!(values(&lines), [410.0, 400.0]);
        assert_eq!(period_of(&lines, 410.0), some("2019/20"));
    }

    #[test]
    fn a_change_beside_its_two_values_is_recomputed() {
        let found =
            figures(&["Kent recorded 323 offences in 2016/17, up from 98 the previous year, a rise of 229.5%."]);
        let check = found.iter().find_map(|f| f.check);
        assert_eq!(check.map(|c| (c.from, c.to, c.computed, c.consistent)), Some((98.0, 323.0, 229.6, true)));
        let found = figures(&["Kent recorded 773 offences in 2017/18, up 28% from 608 in 2016/17."]);
        let check = found.iter().find_map(|f| f.check);
        assert_eq!(check.map(|c| (c.computed, c.consistent)), Some((27.1, false)));
        let found =
            figures(&["Essex offences went from 1,449 in 2016/17 to 1,531 in 2017/18 - an increase of almost 6%."]);
        assert_eq!(found.iter().find_map(|f| f.check).map(|c| c.consistent), Some(true));
        let found = figures(&["Kent saw a six per cent decrease - from 346 in 2018/19 to 325 in 2019/20."]);
        assert_eq!(found.iter().find_map(|f| f.check).map(|c| (c.computed, c.consistent)), Some((-6.1, true)));
    }

    #[test]
    fn spans_point_at_the_number_in_the_printed_sentence() {
        let lines = ["“In Kent – the county – police recorded 1,875 offences,” she said, “a 15% rise.”"];
        let found = figures(&lines);
        let printed: Vec<&str> = found.iter().filter_map(|f| f.sentence.get(f.span.clone())).collect();
        assert_eq!(printed, ["1,875", "15%"]);
    }

    #[test]
    fn years_counted_back_from_a_stated_year_are_resolved() {
        let line = "Kent recorded 688 offences in 2022-23, more than double the 333 recorded five years earlier.";
        assert_eq!(period_of(&[line], 333.0), some("2017/18"));
        let line = "Essex logged 40 offences in 2015/16 and 95 two years later.";
        assert_eq!(period_of(&[line], 95.0), some("2017/18"));
    }

    #[test]
    fn a_change_compared_with_an_earlier_year_is_in_the_later_one() {
        let lines = [
            "Kent recorded 1,021 offences in 2018/19.",
            "This was 15 per cent higher than in 2017-18, when it logged 888.",
        ];
        let found = figures(&lines);
        let change = found.iter().find(|f| f.kind == Kind::PercentChange);
        assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2018)));
        assert_eq!(period_of(&lines, 888.0), some("2017/18"));
        let lines = [
            "Kent recorded 2,112 offences in the year to March 2019.",
            "That is up from 1,716 the year before, a rise of 23 per cent.",
        ];
        let found = figures(&lines);
        let change = found.iter().find(|f| f.kind == Kind::PercentChange);
        assert_eq!(change.and_then(|f| f.period), Some(Period::starting(2018)));
    }

    #[test]
    fn the_value_a_change_starts_from_has_no_year_unless_one_is_printed() {
        let lines = ["Kent recorded 900 offences in 2019/20.", "In Essex, the figure fell by 4%, from 1,005 to 965."];
        assert_eq!(period_of(&lines, 1005.0), None);
        assert_eq!(period_of(&lines, 965.0), some("2019/20"));
        let lines = ["Kent recorded 900 offences in 2019/20.", "Essex saw a year-on-year rise from 600 to 640."];
        assert_eq!(period_of(&lines, 600.0), some("2018/19"));
        assert_eq!(period_of(&lines, 640.0), some("2019/20"));
    }

    #[test]
    fn respectively_takes_the_end_of_a_longer_list_of_places() {
        let line = "In Wales, North Wales Police and Gwent Police logged 120 and 98 respectively.";
        assert_eq!(place_of(&[line], 120.0), some("North Wales Police"));
        assert_eq!(place_of(&[line], 98.0), some("Gwent Police"));
    }

    #[test]
    fn a_subset_sentence_does_not_change_the_measure_that_follows() {
        let lines = [
            "Durham recorded 655 sexual offences against children in 2017/18.",
            "Of the 655, 102 were flagged as having an online element.",
            "Meanwhile, Cleveland Police recorded 911 such offences.",
        ];
        let measures: Vec<(f64, Measure)> = figures(&lines).iter().map(|f| (f.value, f.measure)).collect();
        assert_eq!(measures, [(655.0, Measure::All), (102.0, Measure::Online), (911.0, Measure::All)]);
    }

    #[test]
    fn a_change_a_sentence_away_from_its_values_is_recomputed() {
        let lines = [
            "Durham recorded 655 offences in 2017/18, down from 702 the previous year.",
            "That is a decrease of 6.7%.",
        ];
        let check = figures(&lines).iter().find_map(|f| f.check);
        assert_eq!(check.map(|c| (c.from, c.to, c.computed, c.consistent)), Some((702.0, 655.0, -6.7, true)));
        let lines =
            ["Kent offences rose by 60 per cent in the last year.", "They went from 103 in 2013-14 to 165 in 2014-15."];
        let check = figures(&lines).iter().find_map(|f| f.check);
        assert_eq!(check.map(|c| (c.from, c.to, c.consistent)), Some((103.0, 165.0, true)));
        // A rounded restatement is not a second value to compare with.
        let lines = [
            "Kent recorded 10,391 crimes in 2019/20, passing the 10,000 mark.",
            "That is up 16% on the previous year.",
        ];
        assert_eq!(figures(&lines).iter().find_map(|f| f.check), None);
    }

    #[test]
    fn differences_between_counts_are_not_counts() {
        let found = brief(&["Kent saw over 300 more cases than in 2017."]);
        assert_eq!(found.iter().map(|f| f.3).collect::<Vec<_>>(), [Kind::Other]);
    }

    #[test]
    fn spans_fall_back_to_the_normalised_text_when_it_does_not_line_up() {
        let mut a = article(&["Kent recorded 1,875 offences."]);
        a.paragraphs[0].text = "Kent – recorded 1,875 offences – in all.".into();
        let found = extract_figures(&a);
        assert_eq!(found[0].sentence.get(found[0].span.clone()), Some("1,875"));
    }

    #[test]
    fn arbitrary_text_never_panics() {
        let pieces = [
            "£",
            "%",
            "per cent",
            "2016/17",
            "14/15:",
            "Kent",
            " and ",
            ", ",
            "1,000",
            "nine",
            "‘",
            "”",
            "–",
            "é",
            "\n",
            "respectively",
            "the previous year",
            "last year",
            "aged",
            "under",
            "from",
            " to ",
            "0808",
            "999",
            ".",
            " ",
            "𝟙",
            "\u{301}",
            "Police",
            "(",
            ")",
            "-",
            "year",
            "12",
            "3m",
            "a day",
            "per 100,000",
            "North-East",
            "£3.5bn",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..400 {
            let mut line = String::new();
            for _ in 0..40 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                line.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let mut a = article(&[&line, &line]);
            // A paragraph whose norm does not line up with its text must not break spans either.
            a.paragraphs[1].norm = line.replace('é', "e\u{301}");
            for f in extract_figures(&a) {
                assert!(f.sentence.get(f.span.clone()).is_some(), "{f:?}");
            }
        }
    }

    #[test]
    fn pathological_runs_of_numbers_and_places_stay_fast() {
        for piece in ["1 ", "12% ", "Kent and ", "2016/17 ", "from 5 to ", "aged 3 and ", "£1m, ", "last year "] {
            let text = piece.repeat(40_000 / piece.len());
            let start = std::time::Instant::now();
            let _ = figures(&[&text]);
            eprintln!("{piece:?} {:?}", start.elapsed());
            assert!(start.elapsed().as_secs() < 10, "{piece:?} took {:?}", start.elapsed());
        }
    }

    #[test]
    fn long_articles_are_read_in_linear_time() {
        let line = "Kent Police recorded 1,234 offences in 2019/20, up 12% from 1,100 in 2018/19, while Essex logged 900 last year. ";
        let long = line.repeat(3000);
        let start = std::time::Instant::now();
        let found = figures(&[&long]);
        assert!(!found.is_empty());
        assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    }
}
