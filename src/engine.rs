//! The answer engine: typed questions in, plain answers out. Built once, shared by every
//! adapter; it knows nothing of terminals or Discord.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use arc_swap::ArcSwap;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query as TantivyQuery, QueryParser, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::answer::{
    Answer, FigureGroup, FigureHit, ForceAnswer, QuoteAnswer, QuoteHit, SearchAnswer, Snippet, Source, COMMANDS,
};
use crate::config::AnswerSettings;
use crate::error::Error;
use crate::extract::places::{self, Lookup, Place};
use crate::model::{Figure, Kind, Measure, Period, Quote};
use crate::query::{self, Query};
use crate::search::{self, ArticleMeta, BuildReport, DocType, Fields, Freshness, IndexOptions, Progress, SearchIndex};

/// How many figures one `/force` answer gathers at most.
const MAX_FIGURES: usize = 500;

/// Answers questions from one open index. Built once and shared: answers read a snapshot
/// of the index, and [`AnswerEngine::refresh`] swaps in a fresh one without stopping them.
pub struct AnswerEngine {
    opts: IndexOptions,
    state: ArcSwap<State>,
    /// One refresh at a time.
    refreshing: Mutex<()>,
}

/// What answers are read from: an open index and what is derived from it.
struct State {
    index: SearchIndex,
    limits: AnswerSettings,
    speakers: Speakers,
}

/// The people quoted in the index, one entry a person, for autocomplete.
#[derive(Debug, Default)]
struct Speakers {
    /// (speaker key, the name most often printed for that key, quotes), most quoted first.
    people: Vec<(String, String, u32)>,
}

impl Speakers {
    fn load(index: &SearchIndex) -> Result<Speakers, Error> {
        let mut by_key: HashMap<String, (String, u32, u32)> = HashMap::new();
        for (name, quotes) in search::speaker_names(index)? {
            let entry = by_key.entry(search::speaker_key(&name)).or_insert_with(|| (name.clone(), 0, 0));
            // Show the fullest spelling among the most quoted ones ("Peter Wanless", not "Mr Wanless").
            if (quotes, name.len()) > (entry.2, entry.0.len()) {
                entry.0 = name;
                entry.2 = quotes;
            }
            entry.1 += quotes;
        }
        let mut people: Vec<(String, String, u32)> =
            by_key.into_iter().map(|(key, (name, total, _))| (key, name, total)).collect();
        people.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
        Ok(Speakers { people })
    }

    /// Names that start with, contain a word starting with, or resemble what was typed.
    fn complete(&self, partial: &str, limit: usize) -> Vec<String> {
        let typed = partial.trim().to_lowercase();
        let mut ranked: Vec<(u8, &str)> = self
            .people
            .iter()
            .filter_map(|(_, name, _)| {
                let lower = name.to_lowercase();
                let tier = if typed.is_empty() || lower.starts_with(&typed) {
                    0
                } else if lower.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(&typed)) {
                    1
                } else if lower.contains(&typed) {
                    2
                } else if strsim::jaro_winkler(&typed, &lower) > 0.85 {
                    3
                } else {
                    return None;
                };
                Some((tier, name.as_str()))
            })
            .collect();
        ranked.sort_by_key(|&(tier, _)| tier);
        ranked.into_iter().take(limit).map(|(_, name)| name.to_string()).collect()
    }
}

impl AnswerEngine {
    /// Opens the index for the data folder, building it first if it is missing or stale.
    pub fn open(opts: &IndexOptions, limits: AnswerSettings, progress: Progress) -> Result<(Self, BuildReport), Error> {
        let (index, report) = search::open_or_build(opts, false, progress)?;
        let speakers = Speakers::load(&index)?;
        let state = ArcSwap::from_pointee(State { index, limits, speakers });
        Ok((AnswerEngine { opts: opts.clone(), state, refreshing: Mutex::new(()) }, report))
    }

    /// Brings the index up to date with the data folder (re-indexing changed articles in
    /// place, or rebuilding), then serves the fresh index. Answers in flight finish on the
    /// snapshot they started with.
    pub fn refresh(&self, progress: Progress) -> Result<BuildReport, Error> {
        let _one_at_a_time = self.refreshing.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let (index, report) = search::open_or_build(&self.opts, false, progress)?;
        if report.freshness != Freshness::Reused {
            let speakers = Speakers::load(&index)?;
            let limits = self.state.load().limits.clone();
            self.state.store(Arc::new(State { index, limits, speakers }));
        }
        Ok(report)
    }

    /// Answers a line as typed (`/force Cleveland`); what cannot be read gets a polite answer.
    pub fn ask(&self, line: &str) -> Result<Answer, Error> {
        match query::parse(line) {
            Ok(q) => self.answer(&q),
            Err(e) => Ok(Answer::Invalid { message: e.to_string() }),
        }
    }

    pub fn answer(&self, query: &Query) -> Result<Answer, Error> {
        self.state.load().answer(query)
    }

    /// Place names for an autocomplete box.
    pub fn complete_place(&self, partial: &str, limit: usize) -> Vec<&'static str> {
        places::complete(partial, limit).into_iter().map(|p| p.name).collect()
    }

    /// Speaker names for an autocomplete box, one per person, best matches first.
    pub fn complete_speaker(&self, partial: &str, limit: usize) -> Vec<String> {
        self.state.load().speakers.complete(partial, limit)
    }
}

impl State {
    fn answer(&self, query: &Query) -> Result<Answer, Error> {
        match query {
            Query::Force { name, year, measure } => self.force(name, *year, *measure),
            Query::Search { text } => self.search(text),
            Query::Quote { who } => self.quotes(who),
            Query::Help => Ok(Answer::Help { commands: COMMANDS.to_vec() }),
        }
    }

    fn force(&self, name: &str, year: Option<Period>, measure: Option<Measure>) -> Result<Answer, Error> {
        let place = match places::lookup(name) {
            Lookup::Found(place) => place,
            Lookup::NotFound { suggestions } => {
                return Ok(Answer::NoSuchPlace {
                    query: name.to_string(),
                    suggestions: suggestions.iter().map(|p| p.name.to_string()).collect(),
                })
            }
        };
        let ctx = Ctx::new(&self.index);
        let groups = self.figures(&ctx, place, year, measure)?;
        let quotes = self.quotes_about(&ctx, place)?;
        let snippets = self.snippets_about(&ctx, place)?;
        Ok(Answer::Force(ForceAnswer { place: place.name.to_string(), year, measure, groups, quotes, snippets }))
    }

    fn figures(
        &self,
        ctx: &Ctx,
        place: &Place,
        year: Option<Period>,
        measure: Option<Measure>,
    ) -> Result<Vec<FigureGroup>, Error> {
        let f = &self.index.fields;
        let mut must = vec![term(f.doc_type, DocType::Figure.as_str()), term(f.place, place.name)];
        if let Some(year) = year {
            must.push(term(f.period, &year.to_string()));
        }
        if let Some(measure) = measure {
            must.push(term(f.measure, measure.as_str()));
        }
        let mut groups: BTreeMap<(Measure, std::cmp::Reverse<Option<Period>>), Vec<FigureHit>> = BTreeMap::new();
        for (_, addr) in ctx.searcher.search(&all_of(must), &TopDocs::with_limit(MAX_FIGURES).order_by_score())? {
            let doc: TantivyDocument = ctx.searcher.doc(addr)?;
            let Some(figure) = search::payload::<Figure>(&doc, f) else { continue };
            let source = ctx.source(f, &doc)?;
            groups
                .entry((figure.measure, std::cmp::Reverse(figure.period)))
                .or_default()
                .push(FigureHit { figure, source });
        }
        Ok(groups
            .into_iter()
            .map(|((measure, std::cmp::Reverse(period)), mut figures)| {
                figures.sort_by(|a, b| {
                    kind_rank(a.figure.kind)
                        .cmp(&kind_rank(b.figure.kind))
                        .then_with(|| a.source.id.cmp(&b.source.id))
                        .then_with(|| a.figure.paragraph.cmp(&b.figure.paragraph))
                });
                FigureGroup { measure, period, figures }
            })
            .collect())
    }

    /// Quotes printed in articles about the place, its own people's words first.
    fn quotes_about(&self, ctx: &Ctx, place: &Place) -> Result<Vec<QuoteHit>, Error> {
        let f = &self.index.fields;
        let mut scored =
            vec![(Occur::Must, term(f.doc_type, DocType::Quote.as_str())), (Occur::Must, term(f.place, place.name))];
        if let Some(words) = name_words(f.organisation, place) {
            scored.push((Occur::Should, words));
        }
        let query = BooleanQuery::new(scored);
        let hits = ctx.searcher.search(&query, &TopDocs::with_limit(self.limits.max_quotes).order_by_score())?;
        self.quote_hits(ctx, hits)
    }

    fn quote_hits(&self, ctx: &Ctx, scored: Vec<(f32, DocAddress)>) -> Result<Vec<QuoteHit>, Error> {
        let f = &self.index.fields;
        let mut hits = Vec::new();
        for (score, addr) in scored {
            let doc: TantivyDocument = ctx.searcher.doc(addr)?;
            if let Some(quote) = search::payload::<Quote>(&doc, f) {
                let source = ctx.source(f, &doc)?;
                let at = quote.paragraphs.first().copied().unwrap_or(0);
                hits.push((score, source.id.clone(), at, QuoteHit { quote, source }));
            }
        }
        Ok(best_first(hits))
    }

    fn snippets_about(&self, ctx: &Ctx, place: &Place) -> Result<Vec<Snippet>, Error> {
        let f = &self.index.fields;
        let Some(words) = name_words(f.text, place) else { return Ok(Vec::new()) };
        let query = BooleanQuery::new(vec![
            (Occur::Must, term(f.doc_type, DocType::Paragraph.as_str())),
            (Occur::Must, term(f.place, place.name)),
            (Occur::Must, words.box_clone()),
        ]);
        self.snippets(ctx, &query, &*words, self.limits.max_snippets)
    }

    /// The best paragraphs for `query`, with the words of `highlight` marked.
    fn snippets(
        &self,
        ctx: &Ctx,
        query: &dyn TantivyQuery,
        highlight: &dyn TantivyQuery,
        limit: usize,
    ) -> Result<Vec<Snippet>, Error> {
        let f = &self.index.fields;
        let mut generator = SnippetGenerator::create(&ctx.searcher, highlight, f.text)?;
        generator.set_max_num_chars(300);
        let mut out = Vec::new();
        for (score, addr) in ctx.searcher.search(query, &TopDocs::with_limit(limit).order_by_score())? {
            let doc: TantivyDocument = ctx.searcher.doc(addr)?;
            let snippet = generator.snippet_from_doc(&doc);
            let (text, highlights) = if snippet.is_empty() {
                (search::stored_str(&doc, f.text).unwrap_or_default().chars().take(300).collect(), Vec::new())
            } else {
                (snippet.fragment().to_string(), snippet.highlighted().to_vec())
            };
            let paragraph = doc.get_first(f.paragraph).and_then(|v| tantivy::schema::Value::as_u64(&v)).unwrap_or(0);
            let source = ctx.source(f, &doc)?;
            let paragraph = paragraph as usize;
            out.push((score, source.id.clone(), paragraph, Snippet { source, paragraph, text, highlights }));
        }
        Ok(best_first(out))
    }

    fn search(&self, text: &str) -> Result<Answer, Error> {
        let f = &self.index.fields;
        let ctx = Ctx::new(&self.index);
        let mut parser = QueryParser::for_index(&self.index.index, vec![f.text]);
        parser.set_conjunction_by_default();
        let (parsed, relaxed) = match parser.parse_query(text) {
            Ok(q) => (q, false),
            Err(_) => {
                let (q, _errors) = parser.parse_query_lenient(text);
                (q, true)
            }
        };
        let query = BooleanQuery::new(vec![
            (Occur::Must, term(f.doc_type, DocType::Paragraph.as_str())),
            (Occur::Must, parsed.box_clone()),
        ]);
        let hits = self.snippets(&ctx, &query, &*parsed, self.limits.max_results)?;
        Ok(Answer::Search(SearchAnswer { query: text.to_string(), relaxed, hits }))
    }

    fn quotes(&self, who: &str) -> Result<Answer, Error> {
        let f = &self.index.fields;
        let ctx = Ctx::new(&self.index);
        let mut parser = QueryParser::for_index(&self.index.index, vec![f.speaker, f.organisation, f.text]);
        parser.set_field_boost(f.speaker, 4.0);
        parser.set_field_boost(f.organisation, 2.0);
        let (words, _) = parser.parse_query_lenient(who);
        let mut clauses = vec![(Occur::Must, term(f.doc_type, DocType::Quote.as_str())), (Occur::Must, words)];
        if let Lookup::Found(place) = places::lookup(who) {
            // "/quote Cleveland": what the force's own people said, found by organisation too.
            let org = name_words(f.organisation, place).unwrap_or_else(|| term(f.place, place.name));
            clauses[1] = (
                Occur::Must,
                Box::new(BooleanQuery::new(vec![(Occur::Should, clauses[1].1.box_clone()), (Occur::Should, org)])),
            );
        }
        let hits = ctx
            .searcher
            .search(&BooleanQuery::new(clauses), &TopDocs::with_limit(self.limits.max_quotes).order_by_score())?;
        let quotes = self.quote_hits(&ctx, hits)?;
        Ok(Answer::Quotes(QuoteAnswer { query: who.to_string(), quotes }))
    }
}

/// One answer's view of the index: a searcher, and the sources looked up so far.
struct Ctx {
    searcher: Searcher,
    sources: RefCell<HashMap<String, Source>>,
}

impl Ctx {
    fn new(index: &SearchIndex) -> Self {
        Ctx { searcher: index.reader.searcher(), sources: RefCell::new(HashMap::new()) }
    }

    /// The article a document comes from.
    fn source(&self, f: &Fields, doc: &TantivyDocument) -> Result<Source, Error> {
        let id = search::stored_str(doc, f.article_id).unwrap_or_default().to_string();
        if let Some(found) = self.sources.borrow().get(&id) {
            return Ok(found.clone());
        }
        let query = all_of(vec![term(f.doc_type, DocType::Article.as_str()), term(f.article_id, &id)]);
        let meta = match self.searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?.first() {
            Some(&(_, addr)) => search::payload::<ArticleMeta>(&self.searcher.doc(addr)?, f),
            None => None,
        };
        let source = match meta {
            Some(m) => Source {
                title: m.title.unwrap_or_else(|| m.id.clone()),
                id: m.id,
                outlet: m.outlet,
                date: m.date,
                url: m.url,
            },
            None => Source { title: id.clone(), id: id.clone(), outlet: None, date: None, url: None },
        };
        self.sources.borrow_mut().insert(id, source.clone());
        Ok(source)
    }
}

fn term(field: Field, value: &str) -> Box<dyn TantivyQuery> {
    Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::WithFreqs))
}

fn all_of(queries: Vec<Box<dyn TantivyQuery>>) -> BooleanQuery {
    BooleanQuery::new(queries.into_iter().map(|q| (Occur::Must, q)).collect())
}

/// Words that tell this place apart ("cleveland"; "avon", "somerset"), as a query on `field`.
fn name_words(field: Field, place: &Place) -> Option<Box<dyn TantivyQuery>> {
    const GENERIC: &[&str] = &["police", "constabulary", "service", "the", "and", "of", "force"];
    let mut words: Vec<String> = std::iter::once(place.name)
        .chain(place.aliases.iter().copied())
        .flat_map(|name| name.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect::<Vec<_>>())
        .filter(|w| !w.is_empty() && !GENERIC.contains(&w.as_str()))
        .collect();
    words.sort();
    words.dedup();
    if words.is_empty() {
        return None;
    }
    let terms = words.iter().map(|w| (Occur::Should, term(field, w))).collect();
    Some(Box::new(BooleanQuery::new(terms)))
}

/// Orders scored hits best first; equal scores by article and paragraph, so that answers do
/// not depend on how documents happened to be laid out in segments.
fn best_first<T>(mut hits: Vec<(f32, String, usize, T)>) -> Vec<T> {
    hits.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    hits.into_iter().map(|(_, _, _, hit)| hit).collect()
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
