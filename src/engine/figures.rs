//! Answers made of figures: `/force`, `/national`, `/compare` and `/trend`.

use std::collections::BTreeMap;

use tantivy::collector::TopDocs;
use tantivy::{Order, TantivyDocument};

use super::{all_of, any_of, docs_about, resolve, term, Ctx, State};
use crate::answer::{
    Answer, CompareAnswer, CompareCell, CompareRow, Conflict, FigureGroup, FigureHit, ForceAnswer, NationalAnswer,
    Stated, TrendAnswer, TrendPoint,
};
use crate::error::Error;
use crate::extract::places::{self, Place};
use crate::model::{Figure, Kind, Measure, Period};
use crate::query::YearAsked;
use crate::search::{self, DocType};

/// How many figures one `/force` answer gathers at most, latest periods first: enough for
/// several pages, few enough to answer in a few milliseconds from a large archive.
const MAX_FIGURES: usize = 100;

impl State {
    /// Forces side by side: each one's count per measure and period, with rates where the
    /// population table has the force.
    pub(super) fn compare(
        &self,
        names: &[String],
        year: Option<YearAsked>,
        measure: Option<Measure>,
    ) -> Result<Answer, Error> {
        // Counts side by side are financial years' only.
        let year = year.map(|y| y.financial);
        let mut found: Vec<&'static Place> = Vec::new();
        for name in names {
            match resolve(name) {
                Ok(place) if !found.contains(&place) => found.push(place),
                Ok(_) => {}
                Err(no_such_place) => return Ok(*no_such_place),
            }
        }
        let ctx = Ctx::new(self);
        let mut rows: BTreeMap<(Measure, std::cmp::Reverse<Period>), Vec<Option<CompareCell>>> = BTreeMap::new();
        for (at, place) in found.iter().enumerate() {
            for group in self.figures(&ctx, place.name, year.map(YearAsked::financial_year), measure)? {
                let Some(period) = group.period else { continue };
                let stated: Vec<Stated> = group
                    .figures
                    .into_iter()
                    .filter(|h| h.figure.is_total())
                    .map(|h| Stated { value: h.figure.value, source: h.source })
                    .collect();
                let Some((top, also)) = largest_first(stated) else { continue };
                let cells =
                    rows.entry((group.measure, std::cmp::Reverse(period))).or_insert_with(|| vec![None; found.len()]);
                cells[at] = Some(CompareCell {
                    rate_per_100k: self.populations.rate(place.name, top.value),
                    value: top.value,
                    source: top.source,
                    also,
                });
            }
        }
        let rows: Vec<CompareRow> = rows
            .into_iter()
            .map(|((measure, std::cmp::Reverse(period)), cells)| CompareRow { measure, period, cells })
            .collect();
        let rated = rows.iter().flat_map(|r| &r.cells).flatten().any(|c| c.rate_per_100k.is_some());
        Ok(Answer::Compare(CompareAnswer {
            places: found.iter().map(|p| p.name.to_string()).collect(),
            year,
            measure,
            rows,
            population: if rated { self.populations.cited() } else { None },
        }))
    }

    /// A force's counts over the periods for one measure: the one asked, or the one with most periods.
    pub(super) fn trend(&self, name: &str, measure: Option<Measure>) -> Result<Answer, Error> {
        let place = match resolve(name) {
            Ok(place) => place,
            Err(no_such_place) => return Ok(*no_such_place),
        };
        let ctx = Ctx::new(self);
        let mut by_measure: BTreeMap<Measure, BTreeMap<Period, Vec<Stated>>> = BTreeMap::new();
        for group in self.figures(&ctx, place.name, None, measure)? {
            let Some(period) = group.period else { continue };
            for hit in group.figures.into_iter().filter(|h| h.figure.is_total()) {
                let stated = Stated { value: hit.figure.value, source: hit.source };
                by_measure.entry(group.measure).or_default().entry(period).or_default().push(stated);
            }
        }
        let mut measures: Vec<(Measure, usize)> = by_measure.iter().map(|(m, p)| (*m, p.len())).collect();
        measures.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let chosen = measure.or_else(|| measures.first().map(|m| m.0)).unwrap_or(Measure::Online);
        let points = by_measure
            .remove(&chosen)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(period, stated)| {
                let (top, also) = largest_first(stated)?;
                Some(TrendPoint { period, value: top.value, source: top.source, also })
            })
            .collect();
        Ok(Answer::Trend(TrendAnswer {
            place: place.name.to_string(),
            measure: chosen,
            points,
            measures: measures.into_iter().map(|m| m.0).collect(),
        }))
    }

    /// National figures, and every force's counts ranked per measure and period.
    pub(super) fn national(&self, year: Option<YearAsked>, measure: Option<Measure>) -> Result<Answer, Error> {
        let ctx = Ctx::new(self);
        let totals = self.figures(&ctx, places::NATIONAL, year, measure)?;
        let (calendar_year, year) = (year.and_then(|y| y.calendar), year.map(|y| y.financial));
        let rankings = self.rank_forces(&ctx, None, year, measure)?;
        Ok(Answer::National(NationalAnswer { year, calendar_year, measure, totals, rankings }))
    }

    pub(super) fn force(&self, name: &str, year: Option<YearAsked>, measure: Option<Measure>) -> Result<Answer, Error> {
        let place = match resolve(name) {
            Ok(place) => place,
            Err(no_such_place) => return Ok(*no_such_place),
        };
        let ctx = Ctx::new(self);
        let groups = self.figures(&ctx, place.name, year, measure)?;
        let (calendar_year, year) = (year.and_then(|y| y.calendar), year.map(|y| y.financial));
        // A region's own figures, then its forces' counts side by side.
        let members = places::forces_in(place);
        let forces =
            if members.is_empty() { Vec::new() } else { self.rank_forces(&ctx, Some(&members), year, measure)? };
        let quotes = self.quotes_about(&ctx, place)?;
        let snippets = self.snippets_about(&ctx, place)?;
        Ok(Answer::Force(ForceAnswer {
            place: place.name.to_string(),
            year,
            calendar_year,
            measure,
            groups,
            forces,
            quotes,
            snippets,
        }))
    }

    /// A place's figures grouped by measure and period ([`Dated`]), of the year asked (a
    /// bare year: its financial year and its calendar year).
    pub(super) fn figures(
        &self,
        ctx: &Ctx,
        place: &str,
        year: Option<YearAsked>,
        measure: Option<Measure>,
    ) -> Result<Vec<FigureGroup>, Error> {
        let f = &self.index.fields;
        let mut must = vec![docs_about(f, DocType::Figure, place)];
        if let Some(year) = year {
            let financial = term(f.period, &year.financial.to_string());
            must.push(match year.calendar {
                Some(calendar) => Box::new(any_of(vec![financial, term(f.period, &calendar.to_string())])),
                None => financial,
            });
        }
        if let Some(measure) = measure {
            must.push(term(f.measure, measure.as_str()));
        }
        let mut groups: BTreeMap<(Measure, Dated), Vec<FigureHit>> = BTreeMap::new();
        let latest_first =
            TopDocs::with_limit(MAX_FIGURES).order_by_fast_field::<u64>(search::schema::PERIOD_START, Order::Desc);
        for (_, addr) in ctx.search_wide(&all_of(must), &latest_first)? {
            let doc: TantivyDocument = ctx.searcher.doc(addr)?;
            let Some(figure) = search::payload::<Figure>(&doc, f) else { continue };
            let source = ctx.source(f, &doc)?;
            groups.entry((figure.measure, Dated::of(&figure))).or_default().push(FigureHit { figure, source });
        }
        Ok(groups
            .into_iter()
            .map(|((measure, dated), mut figures)| {
                figures.sort_by(|a, b| {
                    kind_rank(a.figure.kind)
                        .cmp(&kind_rank(b.figure.kind))
                        .then_with(|| a.source.id.cmp(&b.source.id))
                        .then_with(|| a.figure.paragraph.cmp(&b.figure.paragraph))
                });
                let (period, calendar_year) = dated.period_and_calendar_year();
                let conflicts = conflicts(dated != Dated::NotStated, &figures);
                FigureGroup { measure, period, calendar_year, figures, conflicts }
            })
            .collect())
    }
}

/// When a group of figures is for, in the order answers list them: years latest first, and
/// in one year its financial year (the one starting in it) before the calendar year (kept
/// apart: 2024 is neither 2023/24 nor 2024/25), then figures with no period stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Dated {
    Year(std::cmp::Reverse<u16>, YearKind),
    NotStated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum YearKind {
    Financial,
    Calendar,
}

impl Dated {
    fn of(figure: &Figure) -> Self {
        match (figure.period, figure.calendar_year) {
            (Some(p), _) => Dated::Year(std::cmp::Reverse(p.start_year), YearKind::Financial),
            (None, Some(y)) => Dated::Year(std::cmp::Reverse(y), YearKind::Calendar),
            (None, None) => Dated::NotStated,
        }
    }

    fn period_and_calendar_year(self) -> (Option<Period>, Option<u16>) {
        match self {
            Dated::Year(std::cmp::Reverse(y), YearKind::Financial) => (Some(Period::starting(y)), None),
            Dated::Year(std::cmp::Reverse(y), YearKind::Calendar) => (None, Some(y)),
            Dated::NotStated => (None, None),
        }
    }
}

/// The largest value stated, and the other distinct values (each once, from its first article).
fn largest_first(mut stated: Vec<Stated>) -> Option<(Stated, Vec<Stated>)> {
    stated.sort_by(|a, b| b.value.total_cmp(&a.value).then_with(|| a.source.id.cmp(&b.source.id)));
    stated.dedup_by(|a, b| a.value == b.value);
    let mut stated = stated.into_iter();
    let top = stated.next()?;
    Some((top, stated.collect()))
}

/// What disagrees in one group of figures (one place, measure and period): counts from two
/// articles that share no value (where the group has a year, financial or calendar), and
/// stated changes their own values do not give.
fn conflicts(dated: bool, figures: &[FigureHit]) -> Vec<Conflict> {
    let mut out = Vec::new();
    let counts: Vec<&FigureHit> = figures.iter().filter(|h| h.figure.is_total()).collect();
    let mut by_article: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for hit in &counts {
        by_article.entry(hit.source.id.as_str()).or_default().push(hit.figure.value);
    }
    let sets: Vec<&Vec<f64>> = by_article.values().collect();
    let disjoint = sets.iter().enumerate().any(|(i, a)| sets[i + 1..].iter().any(|b| !a.iter().any(|v| b.contains(v))));
    if dated && disjoint {
        let mut values: Vec<Stated> = Vec::new();
        for hit in counts {
            if !values.iter().any(|s| s.value == hit.figure.value && s.source.id == hit.source.id) {
                values.push(Stated { value: hit.figure.value, source: hit.source.clone() });
            }
        }
        out.push(Conflict::Counts { values });
    }
    for hit in figures {
        if let (Kind::PercentChange, Some(check)) = (hit.figure.kind, hit.figure.check) {
            if !check.consistent {
                out.push(Conflict::Change {
                    stated: hit.figure.value,
                    from: check.from,
                    to: check.to,
                    computed: check.computed,
                    source: hit.source.clone(),
                });
            }
        }
    }
    out
}

fn kind_rank(kind: Kind) -> u8 {
    match kind {
        Kind::Count => 0,
        Kind::PercentChange => 1,
        Kind::Rate => 2,
        Kind::Money => 3,
        Kind::Other => 4,
    }
}
