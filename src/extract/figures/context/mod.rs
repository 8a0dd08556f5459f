//! What a sentence inherits: the place, period and measure the text last talked about, and
//! facts about the whole article (its latest year, its first measure). Also whether a time
//! phrase or a number is the baseline a comparison starts from.
//!
//! This module holds the [`Context`] itself, its times (the year the text is about, moved on
//! as sentences state theirs, kept aside over a note) and its sections. The rest is grouped by
//! theme: [`places`] (the place, force and region the text is about, as [`Context`] methods),
//! [`article`] (facts about the whole article and its paragraphs), [`baselines`] (whether a
//! time or a number is what a comparison starts from) and [`opening`] (the figures of a
//! story's opening lines, placed and dated by its body).

mod article;
mod baselines;
mod opening;
mod places;

pub(super) use self::article::{
    dates_the_copy, is_heading_block_line, is_later_note, is_retracted, is_separator, reports_on, ArticleFacts,
};
pub(super) use self::baselines::{is_baseline, is_baseline_value, second_of_a_pair_from};
pub(super) use self::opening::{opening_figures_from_body, OPENING_MAX};
pub(super) use self::places::{and_list, joined};
use super::filters::speaks_of_children;
use crate::extract::periods::{self, When};
use crate::extract::places::Place;
use crate::model::{Measure, Period};
use std::cell::OnceCell;
use std::rc::Rc;

/// A paragraph, asked whether it speaks of children ([`speaks_of_children`]) only when a rule
/// needs to know: few of its numbers are ever in question, and the pattern reads all of it.
#[derive(Debug, Clone, Default)]
pub(super) struct Passage {
    text: Rc<str>,
    of_children: OnceCell<bool>,
}

impl Passage {
    pub(super) fn new(text: &str) -> Self {
        Passage { text: Rc::from(text), of_children: OnceCell::new() }
    }

    /// Whether the paragraph speaks of children, read from it the first time it is asked.
    pub(super) fn speaks_of_children(&self) -> bool {
        *self.of_children.get_or_init(|| speaks_of_children(&self.text))
    }
}

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
    /// The header row just read, with no row of values since ("| Force | Online-flagged | |
    /// All offences | |"), which a second header row under it may complete.
    pub(super) header_above: Option<String>,
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
    /// The paragraph being read, which may speak of children ("The youngest child we saw was
    /// seven"), so that a bare range said of a group of them ("Most of them are 11 to 14") is
    /// their ages.
    pub(super) children_passage: Passage,
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
    /// The place the list row being read opened on ("Surrey Police: 1,415 crimes
    /// … Online-flagged: 208"), which its later sentences naming none are about.
    pub(super) row_place: Option<String>,
    /// The paragraph being read is an item of a bulleted or numbered list.
    pub(super) in_item: bool,
    /// What the first sentence of the list item before counted, which the next item goes on
    /// counting: not what a later sentence of that item named ("All offences: 1,377").
    pub(super) item_measure: Option<Measure>,
    /// The years a list's first row labelled its value and its bracketed one with ("Kent:
    /// 905 in 2019/20 (2018/19: 870)"), for the rows under it printing "640 (702)".
    pub(super) bracket_years: Option<(Period, Period)>,
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
    /// The last council area or city the text gave a figure for, anywhere before: what a
    /// later "the city" or "the town" means ("In 2019/20 the city recorded 590").
    pub(super) area_named: Option<String>,
    /// The area of the local council (parish, town or community council) the text last named,
    /// which its report means by "the parish", "the ward" or "the town".
    pub(super) council: Option<String>,
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
    /// The sentence before spoke of every force or of more forces than a region has ("wrote
    /// to each of Britain's police forces", "38 of the 44 forces contacted responded"):
    /// "those forces" right after it are the country's.
    pub(super) many_forces_before: bool,
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
            header_above: None,
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
            children_passage: Passage::default(),
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
            row_place: None,
            in_item: false,
            item_measure: None,
            bracket_years: None,
            area_section: None,
            paragraph_area: None,
            area_before: None,
            area_named: None,
            council: None,
            beyond_nations: false,
            other_now: None,
            held: None,
            things_last: false,
            rates_last: false,
            span: None,
            after_dated_figures: false,
            last_time_end: None,
            every_force: false,
            many_forces_before: false,
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

    /// A new entry of a live blog ("14:05 - …"): a post of its own, which goes on from the
    /// story's lead (`lead`, the context when the first entry began), not from the entry
    /// before. The places and times the lead was about come back; what the entry's own
    /// first line names then sets them as any sentence does.
    pub(super) fn start_entry(&mut self, lead: &Context) {
        // A lead naming no time or no place leaves the entries to carry theirs on, as
        // the rest of a story does.
        if lead.period.is_some() || lead.other_now.is_some() {
            self.restore_times(lead.times_about());
            self.after_dated_figures = false;
        }
        if lead.place.is_some() {
            self.place = lead.place.clone();
            self.force = lead.force.clone();
            self.region = lead.region.clone();
            self.region_forces = lead.region_forces;
            self.forces_together = lead.forces_together.clone();
            self.home = lead.home.clone();
            self.away = lead.away.clone();
            self.area_before = lead.area_before.clone();
            self.area_named = lead.area_named.clone();
            self.before_aside = lead.before_aside.clone();
            self.listed = lead.listed.clone();
        }
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
        let council = self.council.take();
        *self = Context::new(self.measure);
        self.council = council;
        self.london = london;
        self.london_carried = london;
        self.gap = gap;
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
