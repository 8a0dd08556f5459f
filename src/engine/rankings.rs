//! Forces ranked by their yearly counts: the table of `/national`, and a region's forces
//! in `/force`. Every count is read from fast columns (force, measure, year, value), so a
//! ranking over a whole archive opens only the documents it cites, not every figure.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::query::{BooleanQuery, ExistsQuery, Occur, Query as TantivyQuery};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader, TantivyDocument};

use super::{term, Ctx, State};
use crate::answer::{Ranked, Ranking, Source, Stated};
use crate::error::Error;
use crate::extract::places::{self, Place};
use crate::model::{Measure, Period};
use crate::search::schema::{Fields, MEASURE, PERIOD_START, RANKED_FORCE, RANKED_VALUE};

/// Other values listed beside a force's largest count, largest first; the rest are only
/// counted. A force given more values than this for one year is a muddle to look into, not
/// a list to read.
pub const MAX_ALSO: usize = 5;

impl State {
    /// The yearly counts of `forces` (of every force when `None`), ranked per measure and
    /// period: largest first, each force once with the other values it was given.
    pub(super) fn rank_forces(
        &self,
        ctx: &Ctx,
        forces: Option<&[&'static Place]>,
        year: Option<Period>,
        measure: Option<Measure>,
    ) -> Result<Vec<Ranking>, Error> {
        let f = &self.index.fields;
        let mut must: Vec<Box<dyn TantivyQuery>> = vec![Box::new(ExistsQuery::new(RANKED_FORCE.to_string(), false))];
        if let Some(year) = year {
            must.push(term(f.period, &year.to_string()));
        }
        if let Some(measure) = measure {
            must.push(term(f.measure, measure.as_str()));
        }
        let query = BooleanQuery::new(must.into_iter().map(|q| (Occur::Must, q)).collect());
        let wanted = forces.map(|forces| forces.iter().map(|p| p.name).collect());
        let counts = ctx.search_wide(&query, &Counts { forces: wanted })?;
        // (measure, period) → force → value → the documents stating it.
        type ByValue = BTreeMap<Reverse<Value>, Vec<DocAddress>>;
        let mut by_key: BTreeMap<(Measure, Reverse<Period>), BTreeMap<&str, ByValue>> = BTreeMap::new();
        for c in counts {
            by_key
                .entry((c.measure, Reverse(c.period)))
                .or_default()
                .entry(c.force)
                .or_default()
                .entry(Reverse(Value(c.value)))
                .or_default()
                .push(c.addr);
        }
        let mut rankings = Vec::with_capacity(by_key.len());
        for ((measure, Reverse(period)), by_force) in by_key {
            let mut ranked = Vec::with_capacity(by_force.len());
            for (force, by_value) in by_force {
                let more = by_value.len().saturating_sub(1 + MAX_ALSO);
                let mut stated = Vec::with_capacity(1 + MAX_ALSO);
                for (Reverse(Value(value)), addrs) in by_value.into_iter().take(1 + MAX_ALSO) {
                    if let Some(source) = first_source(ctx, f, &addrs)? {
                        stated.push(Stated { value, source });
                    }
                }
                let mut stated = stated.into_iter();
                let Some(top) = stated.next() else { continue };
                ranked.push(Ranked {
                    place: force.to_string(),
                    value: top.value,
                    source: top.source,
                    also: stated.collect(),
                    more,
                });
            }
            ranked.sort_by(|a, b| b.value.total_cmp(&a.value).then_with(|| a.place.cmp(&b.place)));
            rankings.push(Ranking { measure, period, forces: ranked });
        }
        Ok(rankings)
    }
}

/// The source, first by id, among documents that state the same value.
fn first_source(ctx: &Ctx, f: &Fields, addrs: &[DocAddress]) -> Result<Option<Source>, Error> {
    let mut best: Option<Source> = None;
    for &addr in addrs {
        let doc: TantivyDocument = ctx.searcher.doc(addr)?;
        let source = ctx.source(f, &doc)?;
        if best.as_ref().is_none_or(|b| source.id < b.id) {
            best = Some(source);
        }
    }
    Ok(best)
}

/// A count's value, ordered as a number (counts are never NaN; `total_cmp` orders them anyway).
#[derive(Debug, Clone, Copy)]
struct Value(f64);

impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        self.0.total_cmp(&other.0).is_eq()
    }
}
impl Eq for Value {}
impl PartialOrd for Value {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Value {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// One force's count for one measure and year, as the columns hold it.
struct Count {
    measure: Measure,
    period: Period,
    force: &'static str,
    value: f64,
    addr: DocAddress,
}

/// Collects the counts a query matches from their columns, keeping those of the wanted
/// forces (every force when `None`).
struct Counts {
    forces: Option<Vec<&'static str>>,
}

impl Collector for Counts {
    type Fruit = Vec<Count>;
    type Child = SegmentCounts;

    fn for_segment(&self, segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<SegmentCounts> {
        let ff = reader.fast_fields();
        let force = ff.str(RANKED_FORCE)?;
        let measure = ff.str(MEASURE)?;
        // Term ordinals looked up once a segment: a force's name, if it is one of those wanted.
        let forces = match &force {
            Some(column) => each_term(column, |name| {
                let place = places::by_name(name)?;
                let wanted = self.forces.as_ref().is_none_or(|w| w.contains(&place.name));
                wanted.then_some(place.name)
            })?,
            None => Vec::new(),
        };
        let measures = match &measure {
            Some(column) => each_term(column, Measure::parse)?,
            None => Vec::new(),
        };
        Ok(SegmentCounts {
            segment,
            force: force.map(|c| c.ords().clone()),
            forces,
            measure: measure.map(|c| c.ords().clone()),
            measures,
            period: ff.column_opt::<u64>(PERIOD_START)?,
            value: ff.column_opt::<f64>(RANKED_VALUE)?,
            counts: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Count>>) -> tantivy::Result<Vec<Count>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

/// Every term of a column's dictionary, read by `read` (by term ordinal).
fn each_term<T>(column: &StrColumn, read: impl Fn(&str) -> Option<T>) -> tantivy::Result<Vec<Option<T>>> {
    let mut out = Vec::with_capacity(column.num_terms());
    let mut text = String::new();
    for ord in 0..column.num_terms() as u64 {
        text.clear();
        column.ord_to_str(ord, &mut text)?;
        out.push(read(&text));
    }
    Ok(out)
}

struct SegmentCounts {
    segment: SegmentOrdinal,
    force: Option<Column<u64>>,
    forces: Vec<Option<&'static str>>,
    measure: Option<Column<u64>>,
    measures: Vec<Option<Measure>>,
    period: Option<Column<u64>>,
    value: Option<Column<f64>>,
    counts: Vec<Count>,
}

impl SegmentCounts {
    fn read(&self, doc: DocId) -> Option<Count> {
        let of = |ords: &Option<Column<u64>>| ords.as_ref()?.first(doc).and_then(|o| usize::try_from(o).ok());
        let force = (*self.forces.get(of(&self.force)?)?)?;
        let measure = (*self.measures.get(of(&self.measure)?)?)?;
        let start = u16::try_from(self.period.as_ref()?.first(doc)?).ok().filter(|&y| y > 0)?;
        let value = self.value.as_ref()?.first(doc)?;
        Some(Count { measure, period: Period::starting(start), force, value, addr: DocAddress::new(self.segment, doc) })
    }
}

impl SegmentCollector for SegmentCounts {
    type Fruit = Vec<Count>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(count) = self.read(doc) {
            self.counts.push(count);
        }
    }

    fn harvest(self) -> Vec<Count> {
        self.counts
    }
}
