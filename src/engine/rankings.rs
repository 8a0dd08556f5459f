//! Forces ranked by their yearly counts: the table of `/national`, and a region's forces
//! in `/force`. Every count is read from fast columns (force, measure, year, value), so a
//! ranking over a whole archive opens only the documents it cites, not every figure.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

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

/// A force's values, each with the first document stating it.
type Values = Vec<(f64, DocAddress)>;

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
        // (measure, period, force) → each value stated → the first document stating it. Hash
        // maps: a whole archive holds hundreds of thousands of counts, but few keys.
        let mut by_key: HashMap<(Measure, Period, &'static str), HashMap<u64, DocAddress>> = HashMap::new();
        for c in counts {
            let first =
                by_key.entry((c.measure, c.period, c.force)).or_default().entry(c.value.to_bits()).or_insert(c.addr);
            *first = (*first).min(c.addr);
        }
        // (measure, latest period first) → its forces, each with its values largest first.
        type Forces = Vec<(&'static str, Values)>;
        let mut by_year: BTreeMap<(Measure, Reverse<Period>), Forces> = BTreeMap::new();
        for ((measure, period, force), values) in by_key {
            let mut values: Values = values.into_iter().map(|(v, a)| (f64::from_bits(v), a)).collect();
            values.sort_by(|a, b| b.0.total_cmp(&a.0));
            by_year.entry((measure, Reverse(period))).or_default().push((force, values));
        }
        let mut rankings = Vec::with_capacity(by_year.len());
        for ((measure, Reverse(period)), by_force) in by_year {
            let mut ranked = Vec::with_capacity(by_force.len());
            for (force, values) in by_force {
                let more = values.len().saturating_sub(1 + MAX_ALSO);
                let mut stated = Vec::with_capacity(1 + MAX_ALSO);
                for &(value, addr) in values.iter().take(1 + MAX_ALSO) {
                    stated.push(Stated { value, source: source_of(ctx, f, addr)? });
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

/// The source of a document. Of the documents stating one value, the first in index order
/// is cited: a build adds articles in order of their ids, so that is the first article by id
/// (after updates in place, the first of the oldest segment).
fn source_of(ctx: &Ctx, f: &Fields, addr: DocAddress) -> Result<Source, Error> {
    let doc: TantivyDocument = ctx.searcher.doc(addr)?;
    ctx.source(f, &doc)
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
