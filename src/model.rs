//! The plain data that flows through factdesk: articles in, figures and quotes out.
//!
//! Nothing here knows about files, indexes or Discord; every stage speaks these types.

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// One article as read from the data folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier: the path relative to the data folder, with `/` separators.
    pub id: String,
    /// Where the article was read from.
    pub path: PathBuf,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub paragraphs: Vec<Paragraph>,
}

#[cfg(test)]
impl Article {
    /// An article for tests: one paragraph a line, with its role, each `norm` mapped from
    /// its text as ingest maps it.
    pub(crate) fn from_lines(lines: &[(&str, Role)]) -> Article {
        let paragraphs = lines
            .iter()
            .enumerate()
            .map(|(index, &(text, role))| Paragraph {
                index,
                text: text.to_string(),
                norm: crate::ingest::clean::normalise(text),
                role,
                item: false,
            })
            .collect();
        Article { id: "t".into(), path: "t.txt".into(), title: None, outlet: None, date: None, url: None, paragraphs }
    }

    /// An article for tests whose lines are all body paragraphs.
    pub(crate) fn from_body_lines(lines: &[&str]) -> Article {
        Article::from_lines(&lines.iter().map(|&line| (line, Role::Body)).collect::<Vec<_>>())
    }
}

impl Article {
    /// The file name, which is how the evaluation matches articles to gold answers.
    pub fn source_name(&self) -> String {
        self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| self.id.clone())
    }

    /// Paragraphs that are article text (not captions, bylines or repeated pull-quotes).
    pub fn body(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(|p| p.role.is_text())
    }

    /// The paragraphs printed above the headline: the publication's name, a trail of sections,
    /// a kicker ("THE SATURDAY INTERVIEW"). None when no paragraph is the headline.
    pub fn lead_in(&self) -> &[Paragraph] {
        let head = self.paragraphs.iter().position(|p| p.role == Role::Headline).unwrap_or(0);
        &self.paragraphs[..head]
    }

    /// Title to show: the catalogue title, else the headline paragraph, else the id.
    pub fn display_title(&self) -> &str {
        self.title
            .as_deref()
            .or_else(|| self.paragraphs.iter().find(|p| p.role == Role::Headline).map(|p| p.text.as_str()))
            .unwrap_or(&self.id)
    }
}

/// One paragraph, in its original form (for display) and normalised (for matching).
///
/// `norm` has exactly as many `char`s as `text`: curly quote marks become straight ones,
/// dashes become `-`, odd spaces become ` `. A char index in one is the same char in the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Position among the article's paragraphs, from 0.
    pub index: usize,
    pub text: String,
    pub norm: String,
    pub role: Role,
    /// An item of a list: the line opened with a bullet or a list number (dropped from the text).
    #[serde(default)]
    pub item: bool,
}

/// What a paragraph is on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The first line, when it reads as a headline (short, no closing full stop).
    Headline,
    /// Article text.
    Body,
    /// A photo caption or credit ("Picture: …", "editorial image", "Image source, …").
    Caption,
    /// "By Jane Smith", "Author: …", "Published 16th Nov 2020".
    Byline,
    /// A paragraph that repeats text printed elsewhere in the article (pull-quotes, repeated captions).
    Repeat,
    /// Other page furniture: "Read more: …", "Most Read", labels such as "Spokesperson".
    Furniture,
    /// A section break: a separator line ("---", "* * *") or a live blog's time stamp
    /// ("17:05") between its entries. What follows starts a new section.
    Break,
}

impl Role {
    /// Headline and body carry the article's own text.
    pub fn is_text(self) -> bool {
        matches!(self, Role::Headline | Role::Body)
    }
}

/// A financial year, April to March, named by the calendar year it starts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub start_year: u16,
}

impl Period {
    pub fn starting(start_year: u16) -> Self {
        Period { start_year }
    }

    pub fn previous(self) -> Self {
        Period::starting(self.start_year.saturating_sub(1))
    }

    pub fn next(self) -> Self {
        Period::starting(self.start_year.saturating_add(1))
    }

    /// Parses "2016/17", "2016-17", "2016/2017", "2016–17", "16/17".
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let (a, b) = s.split_once(['/', '-', '–', '—'])?;
        let (a, b) = (a.trim(), b.trim());
        if !a.chars().all(|c| c.is_ascii_digit()) || !b.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let start: u16 = match a.len() {
            4 => a.parse().ok()?,
            2 => 2000 + a.parse::<u16>().ok()?,
            _ => return None,
        };
        let end: u16 = match b.len() {
            4 => b.parse().ok()?,
            2 => (start / 100) * 100 + b.parse::<u16>().ok()?,
            _ => return None,
        };
        let follows = end == start + 1 || (b.len() == 2 && end + 100 == start + 1);
        (follows && (1900..2200).contains(&start)).then_some(Period::starting(start))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{:02}", self.start_year, (self.start_year + 1) % 100)
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Period::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a financial year: {s}")))
    }
}

/// What sort of number a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A number of offences, crimes, cases.
    Count,
    /// A change in per cent; a fall is negative.
    PercentChange,
    /// Per day, per month, per 100,000 people.
    Rate,
    /// An amount of money, in pounds.
    Money,
    /// Shares of a total, staff numbers and other numbers that are not offence counts.
    Other,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::PercentChange => "percent_change",
            Kind::Rate => "rate",
            Kind::Money => "money",
            Kind::Other => "other",
        }
    }
}

/// What a figure counts. Two measures must never be mixed up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Offences flagged as having an online or cyber element.
    Online,
    /// All sexual offences against children, online or not.
    All,
    /// Anything else: grooming, indecent images, other crimes.
    Other,
}

impl Measure {
    pub const ALL: [Measure; 3] = [Measure::Online, Measure::All, Measure::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Online => "online",
            Measure::All => "all",
            Measure::Other => "other",
        }
    }

    /// A heading a reader understands.
    pub fn label(self) -> &'static str {
        match self {
            Measure::Online => "Offences flagged online",
            Measure::All => "All sexual offences against children",
            Measure::Other => "Other measures",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "online" | "cyber" => Some(Measure::Online),
            "all" => Some(Measure::All),
            "other" => Some(Measure::Other),
            _ => None,
        }
    }
}

/// Where a stated change was recomputed from two stated values.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ChangeCheck {
    pub from: f64,
    pub to: f64,
    /// (to - from) / from × 100, rounded to one decimal.
    pub computed: f64,
    /// True when the stated change agrees with `computed` (within rounding and hedges like "almost").
    pub consistent: bool,
}

/// One statistic stated in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Canonical place: a force ("Cleveland Police"), a region ("North East") or "national".
    pub place: Option<String>,
    pub period: Option<Period>,
    /// The calendar year the figure is dated by ("in 2024"), when no financial year is:
    /// never set beside `period`, which stays the financial year alone (rankings, trends and
    /// comparisons read only that).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar_year: Option<u16>,
    pub value: f64,
    pub kind: Kind,
    pub measure: Measure,
    /// A count printed as the difference from another ("300 fewer than in 2022/23", "an
    /// increase of 636"), signed like a change: how many more or fewer, not a total.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub difference: bool,
    /// A hedge printed with the number: "more than", "nearly", "almost".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// The sentence that states it, as printed.
    pub sentence: String,
    /// Byte range of the number's words within `sentence`.
    pub span: Range<usize>,
    /// Index of the paragraph the sentence is in.
    pub paragraph: usize,
    /// For a percent change stated beside its two values: the recomputation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<ChangeCheck>,
}

impl Figure {
    /// A count of something in full (what rankings, trends and comparisons set side by
    /// side), not a difference from another count.
    pub fn is_total(&self) -> bool {
        self.kind == Kind::Count && !self.difference
    }
}

/// Words spoken by someone and printed in quote marks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// A person's full name ("Peter Wanless"), "<organisation> spokesperson", or a description.
    pub speaker: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    /// The quoted words, paragraphs joined by a space, without the outer quote marks.
    pub text: String,
    /// Indices of the paragraphs the quote runs over.
    pub paragraphs: Vec<usize>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub figures: Vec<Figure>,
    pub quotes: Vec<Quote>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn financial_years_parse_in_every_spelling() {
        for s in ["2016/17", "2016-17", "2016/2017", "2016–17", "16/17", " 2016 / 17 "] {
            assert_eq!(Period::parse(s), Some(Period::starting(2016)), "{s}");
        }
        assert_eq!(Period::parse("1999/00"), Some(Period::starting(1999)));
        assert_eq!(Period::parse("1999/2000").map(|p| p.to_string()).as_deref(), Some("1999/00"));
    }

    #[test]
    fn spans_that_are_not_consecutive_years_are_not_periods() {
        for s in ["2016/18", "2016", "0808/800", "24/7", "12-15", "abc/de", "2016/"] {
            assert_eq!(Period::parse(s), None, "{s}");
        }
    }

    #[test]
    fn periods_serialise_as_financial_year_strings() {
        let json = serde_json::to_string(&Period::starting(2019)).unwrap();
        assert_eq!(json, "\"2019/20\"");
        let back: Period = serde_json::from_str("\"2019-2020\"").unwrap();
        assert_eq!(back, Period::starting(2019));
    }
}
