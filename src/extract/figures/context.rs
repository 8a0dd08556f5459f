//! What a sentence inherits: the place, period and measure the text last talked about, and
//! facts about the whole article (its latest year, its first measure). Also whether a time
//! phrase or a number is the baseline a comparison starts from.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::lists::{is_part_of_a_force, Group};
use super::locate::{hedged_near, is_borough, is_named_area, names_london};
use super::{head, tail};
use crate::extract::numbers::compile;
use crate::extract::periods::{self, When};
use crate::extract::places::{self, Place, Scope, NATIONAL};
use crate::extract::{measure, sentences};
use crate::model::{Article, Figure, Kind, Measure, Period};

/// What the text last talked about.
#[derive(Debug, Clone)]
pub(super) struct Context {
    pub(super) place: Option<String>,
    /// The year the text is about: the latest year it has stated for its figures. A sentence
    /// about earlier years looks back without moving it.
    pub(super) period: Option<Period>,
    /// The year the last sentence with figures stated for them, even an earlier one, which a
    /// sentence about part of them ("Of these, …") is for.
    pub(super) stated: Option<Period>,
    /// The year "the year before" or "a year later" counts from in the sentence being read: the
    /// year the sentence before it in its paragraph stated for its figures, even an earlier
    /// one ("In 2019/20 it logged 410. The year before, 380 …"), else the year the text is
    /// about.
    pub(super) counted_from: Option<Period>,
    /// The sentence is in the same paragraph as the last sentence with figures, whose year
    /// one with no year or place of its own goes on about ("… in the year to March 2023,
    /// forces recorded 49,013. The equivalent figure for under-18s was 11,953.").
    pub(super) same_paragraph: bool,
    /// The text has named London or its force, so London's boroughs are places in it.
    pub(super) london: bool,
    /// `london` was kept across a section break and this section has named no place yet:
    /// a place other than London it names first ends it (see [`Context::note_section_places`]).
    pub(super) london_carried: bool,
    pub(super) measure: Measure,
    /// Years between the two sides of the last comparison the text stated with both years
    /// ("305 in 2020-21, down from 347 the year before": 1), for a later comparison that
    /// prints no year for its starting value ("down from 158").
    pub(super) gap: Option<u16>,
    /// The year of each column of the table being read, from its header row
    /// ("Force | 2022/23 | 2023/24"); `None` outside a table.
    pub(super) columns: Option<Vec<super::tables::Column>>,
    /// The last region the text named ("Yorkshire forces see rise…"), which a total over
    /// several forces ("across the four forces") is for.
    pub(super) region: Option<String>,
    /// The forces a total over "the four forces" was last taken to be, together: what "the
    /// region" is when the text named none.
    pub(super) forces_together: Option<String>,
    /// How many forces the text printed `region` with ("North West (four forces)", "the four
    /// forces of the North West"), which a total over that many is for, whatever number the
    /// region has in all.
    pub(super) region_forces: Option<usize>,
    /// The last force the text named, which "the force" means even after a national or
    /// regional figure.
    pub(super) force: Option<String>,
    /// The places the sentence before matched a list of values with ("… 420, 167 and 98
    /// respectively"), for a list of as many values in the next ("That compares to …").
    pub(super) listed: Option<Vec<&'static Place>>,
    /// The last financial year printed, even as a baseline: what "a year later" counts on
    /// from ("up from 412 in 2021/22. A year later the number had climbed to 803").
    pub(super) last_year: Option<Period>,
    /// The year of the values printed in brackets in the list being read, from its heading
    /// ("Offences by force, 2023-24 (2022-23 in brackets):"); `None` outside such a list.
    pub(super) bracketed: Option<Period>,
    /// What the values printed in brackets in the list being read count, from its heading
    /// ("Online offences by force (all sexual offences against children in brackets):").
    pub(super) bracketed_measure: Option<Measure>,
    /// The first place the text talked about, when that is the country or a region: what a
    /// round-up of its forces comes back to.
    pub(super) home: Option<String>,
    /// The places the text has gone through since it was last about `home`.
    pub(super) away: Vec<String>,
    /// The sentence being read opens its paragraph.
    pub(super) opening: bool,
    /// The paragraph being read opens with a quotation mark: someone speaking, who goes on
    /// about what they were introduced with.
    pub(super) quoted: bool,
    /// The paragraph being read is a note on values left out of a table ("Values between 1
    /// and 4 have been suppressed"): its bounds are no figures.
    pub(super) suppression_note: bool,
    /// The paragraph being read comes right before a table's rows: its sentences with no
    /// figure may be the table's caption.
    pub(super) before_table: bool,
    /// What the last sentence with no figure counted ("Table 2: Sexual offences against
    /// children by region"), which a table's header right after it takes as its rows'.
    pub(super) caption_measure: Option<Measure>,
    /// What the table being read counts, as its caption (or the last table's) said.
    pub(super) table_measure: Option<Measure>,
    /// The last sentence with no figure is a table's numbered caption counting something
    /// other than offences ("Table D7: Pupils excluded from school, by reason").
    pub(super) caption_counts_no_offences: bool,
    /// The table being read counts no offences, as its caption said.
    pub(super) table_counts_no_offences: bool,
    /// The place of each column of the table being read, from a header row naming places
    /// ("| Year | Kent | Essex |"); `None` outside such a table.
    pub(super) column_places: Option<Vec<Option<String>>>,
    /// The forces the text has named, each once, the one named last at the end: what a total
    /// over "the two forces" is for.
    pub(super) named_forces: Vec<&'static Place>,
    /// The force of each row of the table being read, with its name as the row prints it,
    /// for a "Total" row under them.
    pub(super) table_rows: Vec<(&'static Place, String)>,
    /// The list being read is of areas inside a force's ground ("… by district:"), each row
    /// for the area it names.
    pub(super) area_rows: bool,
    /// The list being read is of rates, as its heading says ("Highest rates per 100,000
    /// children, 2023/24"): its plain numbers are rates, not counts.
    pub(super) rate_rows: bool,
    /// The area the row being read names ("Wigan ....... 310"), in such a list.
    pub(super) area_row: Option<String>,
    /// The areas rows of such lists have named, which the text may name again ("In
    /// Fishwick, thefts rose …") though the gazetteer does not know them.
    pub(super) listed_areas: Vec<String>,
    /// The paragraph being read is a row of a list ("Salford: 2,987 (26.9)").
    pub(super) list_row: bool,
    /// What each number of a row of the list being read is, as a row whose own words said
    /// so printed them ("Leeds: 4,210 burglaries (31.2 per 1,000 households)"), for the rows
    /// after it that print theirs bare ("Bradford: 3,390 (27.5)").
    pub(super) row_layout: Option<super::lists::RowLayout>,
    /// The years, in order, a list's heading names for the values each row prints side by
    /// side ("Offences, 2021/22 and 2022/23" over "Kent: 318 / 412").
    pub(super) row_years: Vec<Period>,
    /// Under a heading that is nothing but a council area's or city's name ("Bradford"): the
    /// place the text was about before it, which the next heading naming no place goes back to.
    pub(super) area_section: Option<Option<String>>,
    /// The council area or city the paragraph being read opened with as its subject
    /// ("Bolton recorded the steepest rise. There were 412 …"): what its sentences naming no
    /// place go on about.
    pub(super) paragraph_area: Option<String>,
    /// The council area or city the last sentence of the paragraph with figures gave them
    /// for ("In Wigan, burglaries rose 12%."), which "there" may refer back to.
    pub(super) area_before: Option<String>,
    /// The text has named a place beyond Scotland and Northern Ireland (the country, a region
    /// or force of England and Wales), after which "across the country" is no longer theirs.
    pub(super) beyond_nations: bool,
    /// The text is now about a time that is no financial year, but one it dates (a calendar
    /// year, "the year to September 2024", a quarter): the month that time ends in, as
    /// [`periods::single_time_end`] counts them. `period` is then `None`, and a financial
    /// year the text looks back to ("more than double the 1,850 recorded in 2014/15") does
    /// not become the year it is about.
    pub(super) other_now: Option<u32>,
    /// The verb before the last figure of the sentence before, when that figure counted
    /// something other than offences ("my team had 38 officers"): a bare number after the
    /// same verb in the next sentence counts the same ("Today we have 52").
    pub(super) held: Option<String>,
    /// The last figure the text read counted something other than offences ("Officers
    /// carried out 2,900 searches"): what "the total" or "1,100 of them" in a sentence after
    /// it counts, with no noun of its own.
    pub(super) things_last: bool,
    /// The last sentence with figures gave a rate: a bare number the next one ranks
    /// ("Lancashire came second, on 47") is a rate too.
    pub(super) rates_last: bool,
    /// The first and last financial years of the span the text last named ("for each year
    /// from 2015-16 to 2022-23"), which "in the first year" and "in the last" refer to.
    pub(super) span: Option<(Period, Period)>,
    /// The sentence before gave figures and the text is about a period: "Six people were
    /// jailed." after "In 2022/23 the team made 55 arrests." tells more of that year's work.
    pub(super) after_dated_figures: bool,
    /// The month the last dated time the text named ends in, as [`periods::single_time_end`]
    /// counts months, in a sentence with figures or not ("The team ran in 2017 and 2018."):
    /// which years "the two years" after it are. See [`Context::note_time_named`].
    pub(super) last_time_end: Option<u32>,
    /// The text has spoken of every force, or of the 43 of England and Wales ("wrote to all
    /// 43 forces", "39 of the 43 forces"): the forces that answered are the country's.
    pub(super) every_force: bool,
    /// The place and force the text was about before a sentence with figures set aside as
    /// a comparison ("By comparison, police across the UK recorded 7,062 …"): what the next
    /// paragraph goes back to (see [`Context::set_aside`]).
    pub(super) before_aside: Option<(Option<String>, Option<String>)>,
}

/// The times a text is about, kept aside over a note added to the story after it ran.
#[derive(Debug, Clone, Copy)]
pub(super) struct TimesAbout {
    period: Option<Period>,
    stated: Option<Period>,
    counted_from: Option<Period>,
    other_now: Option<u32>,
    last_year: Option<Period>,
    gap: Option<u16>,
    span: Option<(Period, Period)>,
    last_time_end: Option<u32>,
}

/// "UPDATED 9 October: Figures out today show …", "Correction (4 May): …", "Editor's
/// note: …": a paragraph an outlet adds to a story after it ran, often above it. Its figures
/// are for the time it names, often a later one; the story under it goes on about its own,
/// which the note does not change.
pub(super) fn is_later_note(paragraph: &str) -> bool {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\W*(?:UPDATED?|Updated?|CORRECTION|Correction|CLARIFICATION|Clarification|EDITOR'?S\s+NOTE|Editor'?s\s+note)\b[^:.]{0,40}:\s",
        )
    });
    NOTE.is_match(paragraph)
}

/// "CORRECTION: In our 11:40 post we said the county logged 2,410 burglaries. The right
/// total is 2,140.": in a correction note, a sentence giving what the outlet wrote or
/// said before ("we wrote", "an earlier version said"), or what it got wrong ("wrongly"),
/// states a figure withdrawn; the note's other sentences give the right one. ("An earlier
/// version gave no total for 2023/24, when 1,210 …" gives the right one.) A note may open
/// by saying the piece was put right ("This report has been corrected since it first ran.").
pub(super) fn is_retracted(paragraph: &str, sentence: &str) -> bool {
    static CORRECTION: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\W*(?:CORRECTION|Correction|CLARIFICATION|Clarification|This\s+(?:article|story|report|piece|page)\s+(?:was|has\s+been)\s+(?:amended|corrected|updated))\b",
        )
    });
    static WITHDRAWN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bwe\s+(?:wrote|reported|said|stated|printed|published)\b|\b(?:incorrectly|wrongly|mistakenly|erroneously)\b|\ban\s+earlier\s+version\b[^.;]*?\b(?:said|stated|reported|wrote|put)\b",
        )
    });
    CORRECTION.is_match(paragraph) && WITHDRAWN.is_match(sentence)
}

impl Context {
    /// The context at the start of an article, whose figures before any cue take `measure`.
    pub(super) fn new(measure: Measure) -> Self {
        Context {
            place: None,
            period: None,
            stated: None,
            counted_from: None,
            same_paragraph: false,
            london: false,
            london_carried: false,
            measure,
            gap: None,
            columns: None,
            region: None,
            forces_together: None,
            region_forces: None,
            force: None,
            listed: None,
            last_year: None,
            bracketed: None,
            bracketed_measure: None,
            home: None,
            away: Vec::new(),
            opening: false,
            quoted: false,
            suppression_note: false,
            before_table: false,
            caption_measure: None,
            table_measure: None,
            caption_counts_no_offences: false,
            table_counts_no_offences: false,
            column_places: None,
            named_forces: Vec::new(),
            table_rows: Vec::new(),
            area_rows: false,
            rate_rows: false,
            area_row: None,
            listed_areas: Vec::new(),
            list_row: false,
            row_layout: None,
            row_years: Vec::new(),
            area_section: None,
            paragraph_area: None,
            area_before: None,
            beyond_nations: false,
            other_now: None,
            held: None,
            things_last: false,
            rates_last: false,
            span: None,
            after_dated_figures: false,
            last_time_end: None,
            every_force: false,
            before_aside: None,
        }
    }
}

impl Context {
    /// Moves the time the text is about after a sentence whose figures state `stated` (the
    /// latest financial year of those not a comparison's baseline) and `other` (the end of
    /// the latest time that is no financial year they were dated by), when the text was about
    /// `before` (or `self.other_now`). A sentence about a time over before the one the text
    /// is about began ("more than double the 1,850 recorded in 2014/15" in a text about the
    /// year to September 2024) looks back without moving it; one about a later time moves it
    /// there, and so does a financial year overlapping it (police figures for 2022/23 after a
    /// charity's for 2023), but not a calendar time or a quarter overlapping a financial year.
    /// With no time before or now, the year the sentence stated even for a baseline
    /// (`self.stated`) is taken.
    pub(super) fn move_period(&mut self, stated: Option<Period>, before: Option<Period>, other: Option<u32>) {
        let fy = stated.map(periods::financial_year_end);
        // The sentence's time: the later one it states, a financial year on a tie.
        let now = match (fy, other) {
            (Some(f), Some(o)) if o > f => other.map(Err),
            (Some(_), _) => stated.map(Ok),
            (None, o) => o.map(Err),
        };
        let was = before.map(Ok).or(self.other_now.map(Err));
        let stays = match (now, was) {
            // A calendar time or a quarter overlapping the financial year the text is about
            // ("a charity handled 800 calls in 2023" in a text about 2023/24) is an aside.
            (Some(n @ Err(_)), Some(w @ Ok(_))) => time_start(n) <= time_end(w),
            (Some(n), Some(w)) => time_end(n) < time_start(w),
            _ => false,
        };
        match now.filter(|_| !stays).or(was) {
            Some(Ok(year)) => {
                self.period = Some(year);
                self.other_now = None;
            }
            Some(Err(end)) => self.now_other(end),
            None => self.period = self.stated,
        }
    }

    /// Notes the dated times a sentence names (`times`, found in `sentence`): a financial year,
    /// "last year" (the year the text is about) or a calendar time. Times counted from the one
    /// just named ("the year before") or spans with no end printed ("over two years") say no
    /// more than what was named before them; nor does the financial year a comparison starts
    /// from ("up 13% on 2020/21"), as what it goes through ends in the year compared.
    pub(super) fn note_time_named(&mut self, sentence: &str, times: &[periods::Mention]) {
        let compared_from = |m: &periods::Mention| m.year().is_some() && is_baseline(sentence, m.range.start);
        let end =
            times.iter().rev().filter(|m| !compared_from(m)).find_map(|m| time_named_end(sentence, m, self.period));
        self.last_time_end = end.or(self.last_time_end);
    }

    /// The text is now about a time that is no financial year, ending in month `end`.
    fn now_other(&mut self, end: u32) {
        self.period = None;
        self.other_now = Some(end);
    }

    /// Sets the financial year the text is about, from a line that says which year the
    /// figures are for, whatever time it was about before.
    pub(super) fn set_period(&mut self, year: Period) {
        self.period = Some(year);
        self.other_now = None;
    }

    /// A heading names the place of what follows ("Dorset Police", then its rows): the text is
    /// laid out by place from here, and no longer a round-up that comes back home.
    pub(super) fn headed(&mut self, place: String) {
        self.home = None;
        self.away = vec![place.clone()];
        self.place = Some(place);
    }

    /// Notes the place the text is now about: the first, if it is the country, a region or a
    /// force that polices a whole nation, is its home; others since it was last about its home are the places it went through.
    pub(super) fn note_place(&mut self) {
        let Some(place) = &self.place else { return };
        match &self.home {
            None if self.away.is_empty() => {
                let known = places::by_name(place).or_else(|| places::by_alias(place));
                let wide =
                    place == NATIONAL || known.is_some_and(|p| p.scope == Scope::Region || places::polices_a_nation(p));
                if wide {
                    self.home = Some(place.clone());
                } else {
                    // A text that starts on one force is about it, not a round-up.
                    self.away.push(place.clone());
                }
            }
            Some(home) if home == place => self.away.clear(),
            _ if !self.away.contains(place) => self.away.push(place.clone()),
            _ => {}
        }
    }

    /// "Tayside logged the most, with 610, ahead of Fife on 540": every place a sentence away
    /// from home gives a figure for is one the text went through, not only its last.
    pub(super) fn note_places_passed<'f>(&mut self, placed: impl Iterator<Item = &'f str>) {
        let Some(home) = &self.home else { return };
        if self.place.as_ref() == Some(home) {
            return;
        }
        for place in placed {
            if place != home && !self.away.iter().any(|a| a == place) {
                self.away.push(place.to_string());
            }
        }
    }

    /// "West Midlands Police recorded 5,012 … The Met recorded 14,577 … Cleveland Police saw
    /// … \n Knife-enabled robbery fell by 2% to 18,917": a text that started on the country
    /// (or a region) and went through two or more of its places one after another comes back
    /// to it in a new paragraph that names no place and does not refer back ("It", "the
    /// force", "Most of these", "in the county", "the share of those offences"), unless it is
    /// someone speaking.
    pub(super) fn round_up_home(&self, s: &str) -> Option<String> {
        static REFERS_BACK: LazyLock<Regex> = LazyLock::new(|| {
            compile(
                r"(?i)^\W*(?:(?:but|and|yet|meanwhile|still),?\s+)?(?:it|its|it's|they|their|this|that|these|those|(?:most|many|some|all|none|half|few|several|each|both|one)\s+of|the\s+(?:area|region|rest|remainder))\b|\bthe\s+(?:county|city|force|constabulary|borough|division)\b|\b(?:of|among|from)\s+(?:those|these|them)\b|\b(?:county|force|constabulary)'s\b",
            )
        });
        let home = self.home.as_ref()?;
        let round_up = self.opening && !self.quoted && self.away.len() >= 2 && self.place.as_ref() != Some(home);
        if round_up && !REFERS_BACK.is_match(s) {
            Some(home.clone())
        } else {
            None
        }
    }

    /// Notes `region`, the last the sentence `s` names, at `range`, with the number of
    /// forces it is printed with, if any: "North West (four forces)", "the four forces of
    /// the North West", "the North West's four forces".
    pub(super) fn note_region(&mut self, s: &str, range: &Range<usize>, region: String) {
        static AFTER: LazyLock<Regex> =
            LazyLock::new(|| compile(r"(?i)^(?:'s\s+|\W*\(\s*)([a-z]+|\d+)\s+(?:police\s+)?forces\b"));
        static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
            compile(
                r"(?i)\b(?:the|its|all)\s+([a-z]+|\d+)\s+(?:police\s+)?forces\s+(?:of|in|across|covering)\s+(?:the\s+)?$",
            )
        });
        let count = |c: regex::Captures| {
            let n = c.get(1)?.as_str();
            n.parse::<usize>().ok().or_else(|| crate::extract::numbers::word_value(n).map(|v| v as usize))
        };
        self.region_forces = AFTER
            .captures(head(s, range.end))
            .and_then(count)
            .or_else(|| BEFORE.captures(tail(s, range.start)).and_then(count));
        self.region = Some(region);
    }

    /// Notes the forces a sentence names, in order.
    pub(super) fn note_forces<'p>(&mut self, named: impl Iterator<Item = &'p &'static Place>) {
        for &place in named.filter(|p| p.scope == Scope::Force) {
            self.named_forces.retain(|f| !std::ptr::eq(*f, place));
            self.named_forces.push(place);
        }
    }

    /// "Between them, the two forces recorded 478", "Across the three forces, 4,004 were
    /// recorded": a total over so many forces, not named in the sentence, is for the forces
    /// the text named last, together, in the order it named them; for the region the text
    /// named (alone or with forces beside it), unless it has another number of forces and the
    /// text named enough ("across the four forces" after "Police in the North East and
    /// Cumbria" is the region's). `None` when the
    /// sentence gives no number of forces.
    pub(super) fn joint_forces(&self, s: &str) -> Option<String> {
        static N_FORCES: LazyLock<Regex> = LazyLock::new(|| {
            compile(
                r"(?i)\b(?:(?:the|these|those|all)\s+(two|three|four|five|six|2|3|4|5|6)|(both))\s+(?:police\s+)?forces\b",
            )
        });
        let c = N_FORCES.captures(s)?;
        // "both forces" are two.
        let n = c.get(1).map_or(Some(2), |m| small_count(m.as_str()))?;
        // A region named with forces beside it ("the North East and Cumbria") is taken as named.
        let region = |r: &str| places::by_name(r).or_else(|| places::by_alias(r));
        let other_count =
            |r: &str| region(r).is_some_and(|p| places::forces_in(p).len() != n) && self.region_forces != Some(n);
        if let Some(region) = self.region.as_ref().filter(|r| !other_count(r) || self.named_forces.len() < n) {
            return Some(region.clone());
        }
        if self.named_forces.len() < n {
            return None;
        }
        joined(&self.named_forces[self.named_forces.len() - n..])
    }

    /// "Officers in two northern force areas logged over 5,000 thefts …" after a headline naming
    /// Durham and Cleveland: a region said of a number of forces ("two Midlands
    /// forces", "three northern force areas") is those forces, the last the text named in it,
    /// when it named as many and the region has more; not the whole region.
    pub(super) fn region_as_forces_named(&self, s: &str, groups: &mut [Group]) {
        static COUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(two|three|four|five|[2-5])\s+$"));
        static FORCES_AFTER: LazyLock<Regex> =
            LazyLock::new(|| compile(r"(?i)^\s+(?:police\s+)?force(?:s\b|\s+areas?\b)"));
        for g in groups.iter_mut() {
            let [region] = g.places.as_slice() else { continue };
            let (Some(before), Some(after)) = (s.get(..g.range.start), s.get(g.range.end..)) else { continue };
            if region.scope != Scope::Region || !FORCES_AFTER.is_match(after) {
                continue;
            }
            let Some(count) = COUNT_BEFORE.captures(before).and_then(|c| c.get(1)) else { continue };
            let Some(n) = small_count(count.as_str()) else { continue };
            let in_region = places::forces_in(region);
            let mut named: Vec<&'static Place> = self
                .named_forces
                .iter()
                .rev()
                .filter(|f| in_region.iter().any(|r| std::ptr::eq(*r, **f)))
                .take(n)
                .copied()
                .collect();
            if named.len() == n && in_region.len() > n {
                named.reverse();
                g.places = named;
            }
        }
    }

    /// "Police Scotland recorded 1,100 … In Aberdeen, 96 … Across the country, 540 more were
    /// logged in the first quarter": in a text that has only been about Scotland or Northern
    /// Ireland and parts of their ground, "across the country", "nationally" or "nationwide"
    /// is the nation whose force the text named last, not the UK.
    pub(super) fn country_as_home_nation(&self, s: &str, mut groups: Vec<Group>) -> Vec<Group> {
        const COUNTRY: &[&str] = &["across the country", "nationally", "nationwide"];
        if self.beyond_nations || groups.is_empty() {
            return groups;
        }
        let force = self.force.as_deref().and_then(places::by_name);
        let Some(nation) = force.filter(|p| NATIONS.contains(&p.name)) else { return groups };
        for g in groups.iter_mut() {
            let bare = s.get(g.range.clone()).is_some_and(|w| COUNTRY.iter().any(|c| w.eq_ignore_ascii_case(c)));
            if bare && matches!(g.places.as_slice(), [p] if p.scope == Scope::National) {
                g.places = vec![nation];
                g.printed = None;
            }
        }
        groups
    }

    /// Notes whether the places a sentence names keep the text on Scotland and Northern
    /// Ireland: their forces, and parts of a force's ground.
    pub(super) fn note_nation(&mut self, groups: &[Group]) {
        let within = |p: &Place| is_named_area(p) || is_part_of_a_force(p) || NATIONS.contains(&p.name);
        if !groups.iter().flat_map(|g| &g.places).all(|p| within(p)) {
            self.beyond_nations = true;
        }
    }

    /// "Lincolnshire Police recorded 412 … By comparison, police across England and Wales
    /// recorded 9,800 … \n Quad bikes were the most targeted. There were 160 …": a sentence
    /// with figures that opens by setting them aside as a comparison ("By comparison", "In
    /// contrast", "For context") gives them their own place, but the text only steps aside
    /// to it: its paragraph may go on about it, the next goes back to where the text was
    /// before the aside. Notes where that was, if `s` opens such an aside.
    pub(super) fn set_aside(&mut self, s: &str) {
        static ASIDE: LazyLock<Regex> =
            LazyLock::new(|| compile(r"(?i)^\W*(?:by|in|for)\s+(?:comparison|contrast|context|reference)\s*,"));
        if self.before_aside.is_none() && ASIDE.is_match(s) {
            self.before_aside = Some((self.place.clone(), self.force.clone()));
        }
    }

    /// At a new paragraph: back to the place and force the text was about before an aside
    /// the paragraph before made ([`Context::set_aside`]).
    pub(super) fn end_aside(&mut self) {
        if let Some((place, force)) = self.before_aside.take() {
            self.place = place;
            self.force = force;
        }
    }

    /// The times the text is about, to be put back with [`Context::restore_times`] after a
    /// note added to the story ([`is_later_note`]).
    pub(super) fn times_about(&self) -> TimesAbout {
        TimesAbout {
            period: self.period,
            stated: self.stated,
            counted_from: self.counted_from,
            other_now: self.other_now,
            last_year: self.last_year,
            gap: self.gap,
            span: self.span,
            last_time_end: self.last_time_end,
        }
    }

    /// Back to the times the text was about before a note added to the story.
    pub(super) fn restore_times(&mut self, times: TimesAbout) {
        self.period = times.period;
        self.stated = times.stated;
        self.counted_from = times.counted_from;
        self.other_now = times.other_now;
        self.last_year = times.last_year;
        self.gap = times.gap;
        self.span = times.span;
        self.last_time_end = times.last_time_end;
    }

    /// A new section of a round-up ("---", then "ESSEX: …"): nothing the text said before
    /// about places and years carries on into it. What it counts may, and so does what the
    /// text as a whole has named: a live blog about London, its entries cut apart by rules,
    /// still names London's boroughs in a late entry ("Westminster: 1,104 offences").
    ///
    /// A round-up's next section is often about another force ("---", "## North Yorkshire",
    /// "Richmond recorded 64"), where London's borough names are towns of its own: so London
    /// is kept only until the section names some other place first.
    ///
    /// The span the text's comparisons run over is kept: a panel after a "---" listing each
    /// force's "against 57 four years before" reads it as the body did.
    pub(super) fn start_section(&mut self) {
        let (london, gap) = (self.london, self.gap);
        *self = Context::new(self.measure);
        self.london = london;
        self.london_carried = london;
        self.gap = gap;
    }

    /// Notes the places a section London was carried into names (a heading's, or a
    /// sentence's): London or its force named again keeps London for the section; any other
    /// force, region or area (not the country, not a borough) ends it. Returns whether it
    /// ended it, so that the places can be read again without London's boroughs.
    pub(super) fn note_section_places<'p>(&mut self, named: impl IntoIterator<Item = &'p Place>) -> bool {
        if !self.london_carried {
            return false;
        }
        let (mut london, mut other) = (false, false);
        for p in named {
            if names_london(p) {
                london = true;
            } else if !is_borough(p) && p.scope != Scope::National {
                other = true;
            }
        }
        if london {
            self.london_carried = false;
        } else if other {
            self.london_carried = false;
            self.london = false;
            return true;
        }
        false
    }
}

/// A time the text is about: a financial year, or the month another time ends in.
type Time = Result<Period, u32>;

/// The month `time` ends in, as [`periods::single_time_end`] counts them.
fn time_end(time: Time) -> u32 {
    time.map_or_else(|end| end, periods::financial_year_end)
}

/// The month a dated time a sentence names ends in, as [`periods::single_time_end`] counts
/// months: a financial year's March, the year the text is about (`now`) for "last year", a
/// calendar time's last month; `None` for a time counted from another or with no end printed.
pub(super) fn time_named_end(sentence: &str, m: &periods::Mention, now: Option<Period>) -> Option<u32> {
    match m.when {
        When::Year(p) => Some(periods::financial_year_end(p)),
        When::Latest => now.map(periods::financial_year_end),
        When::Other | When::Calendar(_) => periods::single_time_end(sentence.get(m.range.clone())?),
        When::Before(_) | When::After(_) => None,
    }
}

/// The month `time` begins in: a financial year's April, or eleven months before another
/// time ends (a calendar year, "the year to June 2023"; a quarter is taken as its year).
fn time_start(time: Time) -> u32 {
    time_end(time).saturating_sub(11)
}

/// The forces that each police a whole nation of the UK other than England and Wales.
const NATIONS: &[&str] = &["Police Scotland", "Police Service of Northern Ireland"];

/// Several forces as one place: the region they make up, if they make up a whole one, else
/// their names joined in order ("Kent Police, Essex Police and Surrey Police"). `None` for
/// none.
pub(super) fn joined(forces: &[&'static Place]) -> Option<String> {
    if let Some(whole) = places::region_of_forces(forces) {
        return Some(whole.name.to_string());
    }
    let names: Vec<&str> = forces.iter().map(|p| p.name).collect();
    and_list(&names)
}

/// Names joined as a list is printed: "Kent", "Kent and Essex", "Kent, Essex and Surrey".
/// `None` for none.
pub(super) fn and_list(names: &[&str]) -> Option<String> {
    let (last, rest) = names.split_last()?;
    Some(if rest.is_empty() { last.to_string() } else { format!("{} and {last}", rest.join(", ")) })
}

/// A line that only separates sections: "---", "* * *", "___".
pub(super) fn is_separator(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 3 && line.chars().all(|c| matches!(c, '-' | '*' | '_' | '=' | '~' | '•' | ' '))
}

/// Facts about the whole article that sentences need: the latest year it reports on.
#[derive(Debug, Clone, Copy)]
pub(super) struct ArticleFacts {
    /// The latest financial year the article states or implies by "last year".
    latest: Option<Period>,
    /// Years between the baseline and "last year" where the article says "five years ago".
    gap: u16,
    /// The first measure the article names; figures before any cue take it.
    pub(super) first_measure: Measure,
    /// The article counts sexual offences of every age ([`measure::article_of_every_age`]).
    pub(super) every_age: bool,
}

/// The first measure the writer names (a speaker's words do not set it: a youth worker
/// warning of "sexual exploitation" does not make a youth-offending story's figures sexual
/// offences against children).
fn first_measure(texts: &[&str], paragraphs: &[Vec<Sentence>]) -> Measure {
    texts
        .iter()
        .zip(paragraphs)
        .find_map(|(t, sentences)| {
            let said = measure::writers_words(t);
            sentences.iter().find_map(|s| said.get(s.range.clone()).and_then(measure::of_sentence))
        })
        .unwrap_or(Measure::Other)
}

/// One sentence of the article's text, with its time phrases, read once for the whole pass.
pub(super) struct Sentence {
    /// Byte range in the paragraph's normalised text.
    pub(super) range: Range<usize>,
    pub(super) times: Vec<periods::Mention>,
}

impl ArticleFacts {
    /// The article's facts, and the sentences of each text paragraph (in [`Article::body`]
    /// order) with their time phrases, which the sentence-by-sentence reading reuses.
    pub(super) fn of(article: &Article) -> (Self, Vec<Vec<Sentence>>) {
        let texts: Vec<&str> = article.body().map(|p| p.norm.as_str()).collect();
        let all = texts.join("\n");
        let gap = periods::stated_gap_years(&all).unwrap_or(1);
        let paragraphs: Vec<Vec<Sentence>> = texts
            .iter()
            .map(|t| {
                let ranges = sentences::split(t);
                ranges
                    .into_iter()
                    .map(|range| Sentence { times: periods::scan(t.get(range.clone()).unwrap_or("")), range })
                    .collect()
            })
            .collect();
        let scanned = || {
            texts.iter().zip(&paragraphs).flat_map(|(t, sentences)| {
                sentences.iter().map(move |s| (t.get(s.range.clone()).unwrap_or(""), &s.times))
            })
        };
        let apart =
            texts.iter().zip(&paragraphs).all(|(t, list)| list.iter().all(|s| sentences::stands_apart(t, &s.range)));
        let explicit = scanned()
            .flat_map(|(s, mentions)| mentions.iter().filter_map(move |m| m.year().filter(|_| reports_on(s, m))))
            .max();
        let mut facts = ArticleFacts {
            latest: explicit,
            gap,
            first_measure: first_measure(&texts, &paragraphs),
            // A sentence citing a count of all crime cites it in the whole text too (each
            // sentence standing apart, as almost every one does): one scan of the whole
            // text rules out most articles.
            every_age: (!apart || measure::may_cite_all_crime(&all))
                && measure::article_of_every_age(scanned().map(|(s, _)| s)),
        };
        let implied = scanned()
            .filter_map(|(s, mentions)| {
                mentions.iter().any(|m| m.when == When::Latest).then(|| facts.resolve_latest(s, mentions)).flatten()
            })
            .max();
        facts.latest = facts.latest.max(implied);
        (facts, paragraphs)
    }

    /// The latest financial year the article states or implies by "last year".
    pub(super) fn latest(&self) -> Option<Period> {
        self.latest
    }

    /// The year "last year" means in a sentence with these time phrases: a year the sentence
    /// compares *to* ("to 189 in 2014-15"), else the article's latest year if it is later than
    /// the sentence's baseline ("up from 415 in 2016/17"), else the year after that baseline.
    pub(super) fn resolve_latest(&self, sentence: &str, mentions: &[periods::Mention]) -> Option<Period> {
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

/// Whether the year `m` of sentence `s` is one the article reports figures for: not a year
/// whose figures are still to come ("Figures for 2024/25 are expected to be published next
/// year", "it expects the rate to improve in 2025/26"), nor only a part of one ("In the first
/// quarter of 2025/26, …"), nor the year a budget is set for ("the £40 million budget for
/// 2025/26", "its 2025/26 precept") or a sum is pledged or to be paid for ("has pledged an
/// extra £450,000 for youth schemes in 2024/25", "households will pay £12 more in 2025/26")
/// or funding is given for ("record funding of £1.62 billion for policing in 2025-26"), or a
/// plan is for ("the force would extend the scheme in 2023/24"), which looks ahead.
pub(super) fn reports_on(s: &str, m: &periods::Mention) -> bool {
    static BUDGET_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:budgets?|precepts?|spending\s+plans?)\s+(?:for|in|of)\s+(?:the\s+)?(?:financial\s+year\s+)?$",
        )
    });
    static BUDGET_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:policing\s+)?(?:budgets?|precepts?|spending\s+plans?)\b"));
    // "For 2023/24, the panel approved a budget of £540m": the year a sentence opens on,
    // for which it then sets a budget.
    static FOR_OPENING: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\W*for\s+(?:the\s+)?(?:financial\s+year\s+)?$"));
    // … and only a clause that sets one: "the panel approved a budget", "councillors agreed a
    // precept rise"; not "spending on agency staff rose", which reports the year.
    static SETS_BUDGET: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^.;]*?\b(?:approv\w*|agree[sd]?|set|sets|setting|propos\w*|confirm\w*|fix(?:es|ed)?|plans?|planned)\b[^.;]*?\b(?:budgets?|precepts?|spending\s+plans?)\b",
        )
    });
    let after_year = s.get(m.range.end..).unwrap_or("");
    let budget = (s.contains("udget") || s.contains("recept") || s.contains("pending"))
        && (BUDGET_BEFORE.is_match(tail(s, m.range.start))
            || BUDGET_AFTER.is_match(after_year)
            || (FOR_OPENING.is_match(tail(s, m.range.start)) && SETS_BUDGET.is_match(after_year)));
    static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:quarter|half|months?|weeks?|days?)\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?$")
    });
    static TO_COME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:expects?|expecting|scheduled|forecasts?|projected)\b|\bexpected\s+(?:to|in|for|it|them|that|the)\b|\bdue\s+(?:to\s+be|in|for|out)\b|\bwill\s+be\s+(?:published|released|available)\b|\bnot\s+yet\s+(?:been\s+)?(?:published|released|available)\b",
        )
    });
    static PLEDGED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|set\s+aside|will\s+(?:spend|invest|provide|pay|cost))\b[^.;]{0,40}?£[\d.,]+\s*(?:[mk]|bn|million|billion)?\b[^.;£\d]{0,60}$",
        )
    });
    // "record funding of £1.62 billion for policing in 2025-26", "£3m of extra investment in
    // 2025/26": the year a sum of funding is given for.
    static FUNDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\b(?:funding|grants?|investment|allocation|settlement)\s+(?:of\s+)?£[\d.,]+\s*(?:[mk]|bn|million|billion)?|£[\d.,]+\s*(?:[mk]|bn|million|billion)?\s+(?:of\s+|in\s+)?(?:(?:extra|additional|new|government|record)\s+)?(?:funding|investment|grants?))\b[^.;£\d]{0,60}$",
        )
    });
    let pledged = s.contains('£')
        && (PLEDGED_BEFORE.is_match(tail(s, m.range.start)) || FUNDED_BEFORE.is_match(tail(s, m.range.start)));
    let part = tail(s, m.range.start).ends_with(' ') && PART_OF.is_match(tail(s, m.range.start));
    let cued = ["xpect", "due ", "will ", "yet ", "ecast", "projected", "scheduled"].iter().any(|w| s.contains(w));
    let to_come = cued && TO_COME.is_match(s);
    // "the force would extend the scheme to farm theft in 2023/24", "plans to open two hubs
    // in 2024/25": the year a plan is for, in the clause that plans it.
    // Only verbs that plan or create something new: "will continue", "will use", "will focus on"
    // act on what already happened, whose year is reported.
    static PLANNED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:will|would|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to)\s+(?:also\s+)?(?:extend|expand|introduce|roll\s+out|launch|open|set\s+up|recruit|hire|build|create|develop|start|begin|widen)\b([^.;,:]{0,80})$",
        )
    });
    // Between the plan and its year, a past event ("after burglaries rose 12% in 2023/24",
    // "the 410 homes targeted in 2023/24") whose year the sentence reports.
    static PAST_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:after|since|following|rose|fell|grew|dropped|climbed|recorded|logged|reported|was|were|had|targeted|hit|seen)\b",
        )
    });
    let tail_before = tail(s, m.range.start);
    let planned = ["will ", "would ", "lan", "ntend", "aim"].iter().any(|w| tail_before.contains(w))
        && PLANNED_BEFORE
            .captures(tail_before)
            .and_then(|c| c.get(1))
            .is_some_and(|between| !PAST_BETWEEN.is_match(between.as_str()));
    !part && !to_come && !budget && !pledged && !planned
}

/// True when the time phrase at `at` is the baseline of a comparison ("from 415 in 2016/17",
/// "compared with 530 in 2019-20", "up 4% on last year", "from April 2015 to March 2016")
/// rather than the year compared to. "Against" compares only a value or a year ("against the
/// 2,240 recorded in 2022/23", "against 2021/22"): "offences against children in 2023/24"
/// are that year's. "On" compares only after a change ("up 12% on 2022/23", "down slightly
/// on 2023/24", "a rise of 400 on the 865 logged in 2021/22", "a 9% rise in attacks on
/// 2022/23"): "attacks on staff in the year to March 2023" are that year's.
pub(super) fn is_baseline(sentence: &str, at: usize) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:from|compar(?:ed|es|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than|versus)\s+(?:the\s+)?(?:(?:[£\d](?:[\d,.]*\d)?%?|\w+)(?:\s+[\w-]+){0,3}?\s+)?(?:(?:in|for|during)\s+)?$",
        )
    });
    static ON: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:%|\bper\s+cent|\bpc|\b(?:up|down|higher|lower|more|fewer|less|rises?|increases?|falls?|drops?|decreases?|declines?|jumps?|reductions?|changes?|doubled|trebled|tripled|halved)(?:\s+\w+ly)?(?:\s+(?:of|by)\s+(?:a\s+|an\s+)?[\w,.]+%?(?:\s+per\s+cent)?)?(?:\s+in\s+[\w-]+(?:\s+[\w-]+)?)?)\s+on\s+(?:the\s+)?(?:(?:[£\d](?:[\d,.]*\d)?%?|\w+)(?:\s+[\w-]+){0,3}?\s+)?(?:(?:in|for|during)\s+)?$",
        )
    });
    static AGAINST: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bagainst\s+(?:the\s+)?(?:[£\d](?:[\d,.]*\d)?%?(?:\s+[\w-]+){0,3}?\s+)?(?:(?:in|for|during)\s+)?$",
        )
    });
    let before = tail(sentence, at);
    static STARTS: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^(?:from|since)\b"));
    BEFORE.is_match(before)
        || (before.contains("on ") && ON.is_match(before))
        || (before.contains("gainst") && AGAINST.is_match(before))
        || STARTS.is_match(head(sentence, at))
}

/// True when the number at `at` is the value a comparison starts from: "up from 1,716",
/// "compared with 79", "compared with just nine", "from the 274 recorded", "a rise of 2% on the 63,536", "12 per cent
/// higher than the 9,310 recorded", "more than the 402". ("more than 400" on its own is a
/// hedge, not a comparison.) Not locate's `compared_back`, which says when a number shares the
/// previous number's place (see there).
pub(super) fn is_baseline_value(sentence: &str, at: usize) -> bool {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\b(?:from|compar(?:ed|es|ing)\s+(?:with|to)|in\s+comparison\s+(?:with|to)|against|versus)|(?:%|\bper\s+cent|\bup|\bdown|\brise|\bincrease|\bfall|\bdrop)\s+on)\s+(?:the\s+)?(?:(?:more\s+than|over|nearly|almost|around|about|just\s+over|just\s+under|just|only|a\s+mere|barely)\s+)?$",
        )
    });
    static THAN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\bthan\s+(?:the|those|that)|(?:%|\bper\s+cent|\bpc)\s+(?:higher|lower|more|fewer|less|greater|bigger|smaller|up|down)\s+than)\s+$",
        )
    });
    let before = tail(sentence, at);
    BEFORE.is_match(before) || (before.contains("than") && THAN.is_match(before)) || second_of_a_pair_from(sentence, at)
}

/// "went from 1,517 thefts and 90 robberies to 2,209 and 417", "from 1,402 offences, 71 of
/// them at night, to …": the second of two values printed between "from" and "to" is on the
/// starting side too.
pub(super) fn second_of_a_pair_from(sentence: &str, at: usize) -> bool {
    static FIRST: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\bfrom\s+\d[\d,.]*(?:\s+[a-z-]+){0,2}(?:\s+and|,)\s+$"));
    static TO: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\d[\d,.]*(?:\s+of\s+(?:them|these|those|which))?(?:\s+[a-z-]+){0,2},?\s+to\s"));
    let before = tail(sentence, at);
    before.contains("from") && FIRST.is_match(before) && sentence.get(at..).is_some_and(|rest| TO.is_match(rest))
}

/// How many figures the opening lines (headline, standfirst) may hold. Real ones hold a
/// handful; the cap keeps the opening-to-body matching linear on a text of thousands of
/// numbers and no dated, placed one.
pub(super) const OPENING_MAX: usize = 40;

/// "Online child sex crimes soar 19pc to record high", then "That is up 19pc on the previous
/// year" in the body: a figure with no year or no place in the opening lines (a headline, a
/// standfirst: before any figure the text dates and places) is the later figure of that value and kind, printed
/// again with less said about it; it takes that figure's place, year and measure (when every
/// such figure agrees on them, and the opening's place, if any, is theirs). So is a hedged
/// round number ("more than 400") the figure it rounds (412). Small values repeat by
/// coincidence and are left alone, but for a change with no place the body prints once.
pub(super) fn opening_figures_from_body(figures: &mut [Figure]) {
    // The opening lines end at the first figure the text both dates and places.
    let opening = figures.iter().position(|f| f.period.is_some() && f.place.is_some()).unwrap_or(0).min(OPENING_MAX);
    for i in 0..opening {
        let f = &figures[i];
        // A small change with no place ("as domestic abuse crimes fall 4%") is taken only
        // when the body prints that change once.
        let small = f.value.abs() < 10.0;
        if small && (f.kind != Kind::PercentChange || f.place.is_some()) {
            continue;
        }
        let exact = figures[opening..].iter().any(|g| g.value == f.value && g.kind == f.kind && g.period.is_some());
        // "force logs more than 400 offences" over a body that prints 412: a hedged round
        // number is the body's figure it rounds, on the side its hedge says.
        let hedge = f.qualifier.as_deref().filter(|_| !exact && f.value >= 100.0 && f.value % 100.0 == 0.0);
        let restates = |g: &Figure| match hedge {
            Some(h) => g.value != f.value && hedged_near(h, g.value, f.value),
            None => g.value == f.value,
        };
        let mut same = figures[opening..].iter().filter(|g| restates(g) && g.kind == f.kind && g.period.is_some());
        let Some(first) = same.next() else { continue };
        let agree = if small {
            same.next().is_none()
        } else {
            same.all(|g| g.place == first.place && g.period == first.period)
        };
        if agree && (f.place.is_none() || f.place == first.place) {
            let (place, period, measure) = (first.place.clone(), first.period, first.measure);
            let f = &mut figures[i];
            f.place = place;
            f.period = period;
            f.measure = measure;
        }
    }
    rounded_openings(figures);
    scaled_openings(figures);
    placed_by_later_printing(&mut figures[..opening]);
    placed_by_sentence_mates(&mut figures[..opening]);
    placed_by_first_body_figure(figures, opening);
    dated_over_years_to_the_first_body_figure(figures, opening);
}

/// "Bike thefts have risen by 80% in four years", then "Norfolk Constabulary recorded 900 in
/// the year to March 2024": a change in the opening lines over so many years up to now, with
/// no year of its own, runs to the year of the first figure the text both dates and places,
/// when it is for that figure's place.
fn dated_over_years_to_the_first_body_figure(figures: &mut [Figure], opening: usize) {
    static OVER_YEARS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:in|over|within)\s+(?:the\s+(?:last|past)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b",
        )
    });
    let Some(first) = figures.get(opening).filter(|f| f.place.is_some() && f.period.is_some()) else { return };
    let (place, period) = (first.place.clone(), first.period);
    for f in figures[..opening].iter_mut() {
        if f.kind == Kind::PercentChange
            && f.period.is_none()
            && f.place == place
            && f.sentence.contains("years")
            && OVER_YEARS.is_match(&f.sentence)
        {
            f.period = period;
        }
    }
}

/// "Child exploitation crimes soar 41% in five years", then "Police in England and Wales
/// flagged 14,380 such crimes in 2022/23": a change in the opening lines still with no place
/// is about the place of the first figure the text both dates and places (and its year, if
/// it has none of its own). Not one "across eight forces", a total of forces left unnamed,
/// nor one the body prints again (for places it does not tell apart).
fn placed_by_first_body_figure(figures: &mut [Figure], opening: usize) {
    let Some(first) = figures.get(opening).filter(|f| f.place.is_some() && f.period.is_some()) else { return };
    let (place, period) = (first.place.clone(), first.period);
    let (opening_lines, body) = figures.split_at_mut(opening);
    let printed_again = |f: &Figure| body.iter().any(|g| g.value == f.value && g.kind == f.kind);
    let unplaced = |f: &&mut Figure| {
        f.place.is_none() && f.kind == Kind::PercentChange && !f.sentence.contains("forces") && !printed_again(f)
    };
    for f in opening_lines.iter_mut().filter(unplaced) {
        f.place = place.clone();
        f.period = f.period.or(period);
    }
}

/// "Shoplifting hits record 61,204" over "Police in Wales recorded 61,204 shoplifting offences
/// in the year to June": a figure in the opening lines with no place, printed again word for
/// word before the text dates anything, is that printing's (its place, and its year and
/// measure). Small values repeat by coincidence and are left alone.
fn placed_by_later_printing(opening: &mut [Figure]) {
    for i in 0..opening.len() {
        let f = &opening[i];
        if f.place.is_some() || f.value.abs() < 100.0 {
            continue;
        }
        let mut same = opening[i + 1..].iter().filter(|g| g.value == f.value && g.kind == f.kind && g.place.is_some());
        let Some(first) = same.next() else { continue };
        if same.all(|g| g.place == first.place) {
            let (place, period, measure) = (first.place.clone(), first.period, first.measure);
            let f = &mut opening[i];
            f.place = place;
            f.period = f.period.or(period);
            f.measure = measure;
        }
    }
}

/// "Cops logged 974 blackmail crimes against under-18s last year - up 38 per cent" in a
/// standfirst, with 974 found again in the body: a figure in the opening lines still with no
/// place is for the place the figures of its own sentence were found to be for (when they
/// agree).
fn placed_by_sentence_mates(opening: &mut [Figure]) {
    for i in 0..opening.len() {
        if opening[i].place.is_some() {
            continue;
        }
        let f = &opening[i];
        let mut mates = opening.iter().filter(|g| g.paragraph == f.paragraph && g.sentence == f.sentence);
        let Some(first) = mates.find(|g| g.place.is_some()) else { continue };
        if mates.all(|g| g.place.is_none() || g.place == first.place) {
            let place = first.place.clone();
            opening[i].place = place;
        }
    }
}

/// "NSPCC data shows police recorded almost 12,000 offences …" in a standfirst, then "…
/// recorded 11,912 sexual offences against children with an online element in 2023/24": a
/// rounded figure in the opening lines (the first two paragraphs with figures) is the next
/// figure of its kind printed after it (past the rounded one printed again), told again. It stays a figure of its own, with its
/// value, and takes that one's place (if it names none), year and measure.
fn rounded_openings(figures: &mut [Figure]) {
    for i in 0..opening_lines(figures) {
        let f = &figures[i];
        // The same rounded figure printed again on the way does not count.
        let Some(next) = figures[i + 1..].iter().find(|g| g.kind == f.kind && g.value != f.value) else { continue };
        let told_again = next.paragraph > f.paragraph
            && next.period.is_some()
            && rounded_from(f, next.value)
            && (f.place.is_none() || f.place == next.place || one_ground(&f.place, &next.place));
        if told_again {
            let told = (next.place.clone(), next.period, next.measure);
            take_place_year_and_measure(&mut figures[i], told);
        }
    }
}

/// "Almost 500 London teens …" over "The Met recorded 486 …": London and its own force are one
/// ground under two names ([`crate::extract::places::is_london_or_its_force`]).
fn one_ground(a: &Option<String>, b: &Option<String>) -> bool {
    use crate::extract::places::is_london_or_its_force;
    a.as_deref().is_some_and(is_london_or_its_force) && b.as_deref().is_some_and(is_london_or_its_force)
}

/// How many figures, from the first, stand in the opening lines: the first two paragraphs
/// with figures, and no more than [`OPENING_MAX`] figures.
fn opening_lines(figures: &[Figure]) -> usize {
    let mut paragraphs = figures.iter().map(|f| f.paragraph);
    let first = paragraphs.next();
    let second = paragraphs.find(|&p| Some(p) != first);
    figures.iter().take(OPENING_MAX).take_while(|f| Some(f.paragraph) == first || Some(f.paragraph) == second).count()
}

/// An opening figure told again in the body takes the body figure's place, year and measure.
fn take_place_year_and_measure(f: &mut Figure, (place, period, measure): (Option<String>, Option<Period>, Measure)) {
    f.place = place;
    f.period = period;
    f.measure = measure;
}

/// "Police log 6.7 million crimes" in a headline over a body that prints 6,652,891: a figure
/// of the opening lines printed with a scale word, a decimal and no hedge ("6.7 million", "£2.4m"),
/// undated, is the later dated figure of its kind that rounds to it at the digits printed.
/// It stays a figure of its own and takes that one's place (if it names none), year and
/// measure, when every such figure agrees on them.
fn scaled_openings(figures: &mut [Figure]) {
    for i in 0..opening_lines(figures) {
        let f = &figures[i];
        if f.period.is_some() || f.qualifier.is_some() {
            continue;
        }
        let Some(step) = f.sentence.get(f.span.clone()).and_then(printed_step) else { continue };
        let rounds = |g: &&Figure| {
            g.paragraph > f.paragraph
                && g.kind == f.kind
                && g.period.is_some()
                && g.value != f.value
                && ((g.value / step).round() * step - f.value).abs() < step / 100.0
        };
        let mut same = figures[i + 1..].iter().filter(rounds);
        let Some(body) = same.next() else { continue };
        let agree = same.all(|g| g.place == body.place && g.period == body.period && g.measure == body.measure);
        if agree && (f.place.is_none() || f.place == body.place) {
            let told = (body.place.clone(), body.period, body.measure);
            take_place_year_and_measure(&mut figures[i], told);
        }
    }
}

/// The step a number printed with a scale word and a decimal is rounded to: 100,000 for
/// "6.7 million", 100 for "2.5k"; none for a number with no scale word, or none printed in
/// whole millions or thousands ("£3m", "2 million backlog"), which rounds so much that it is
/// as often a new figure of its own as the body's.
fn printed_step(printed: &str) -> Option<f64> {
    let lower = printed.to_ascii_lowercase();
    let digits_end = lower.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || "£$€ ".contains(c)))?;
    let (number, word) = lower.split_at(digits_end);
    let scale = match word.trim() {
        "m" | "million" => 1e6,
        "bn" | "billion" => 1e9,
        "k" | "thousand" => 1e3,
        _ => return None,
    };
    let decimals = number.trim().split_once('.').map_or(0, |(_, d)| d.len());
    if decimals == 0 {
        return None;
    }
    Some(scale / 10f64.powi(i32::try_from(decimals).ok()?))
}

/// `x` with all but its leading digit cut to nought: 2,000 for 2,210.
fn leading_digit(x: f64) -> f64 {
    let step = 10f64.powi(x.abs().log10().floor() as i32);
    (x / step).floor() * step
}

/// Whether `f`, printed with a qualifier ("almost 12,000", "more than 400", "about 1,500"),
/// is `exact` rounded: within a tenth of it, on the side the qualifier says; or, for "more
/// than", `exact` cut to its leading digit ("more than 2,000" for 2,210).
fn rounded_from(f: &Figure, exact: f64) -> bool {
    let (v, x) = (f.value, exact);
    if v < 100.0 || v == x {
        return false;
    }
    match f.qualifier.as_deref() {
        Some("almost" | "nearly" | "just under" | "fewer than" | "less than" | "under" | "close to") => {
            x < v && x >= v * 0.9
        }
        Some("more than" | "over" | "just over" | "well over" | "upwards of" | "in excess of" | "at least") => {
            x > v && (x <= v * 1.1 || leading_digit(x) == v)
        }
        Some("around" | "about" | "approximately" | "roughly" | "some" | "an estimated") => (x - v).abs() <= v * 0.1,
        _ => false,
    }
}

/// A small count printed in figures or in words ("3", "three").
fn small_count(text: &str) -> Option<usize> {
    text.parse().ok().or_else(|| crate::extract::numbers::word_value(text).map(|v| v as usize))
}
