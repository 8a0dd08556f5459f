//! The answer engine: typed questions in, plain answers out. Built once, shared by every
//! adapter; it knows nothing of terminals or Discord.
//!
//! This file opens the index and dispatches each question; the answers are made in
//! `figures` (`/force`, `/national`, `/compare`, `/trend`), `quotes` (`/quote`) and
//! `articles` (`/sources`, `/article`, `/search` and the snippets of other answers).

mod articles;

use articles::ArticleIds;
mod figures;
mod quotes;
mod rankings;

pub use rankings::MAX_ALSO;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use arc_swap::ArcSwap;

use tantivy::collector::{Collector, TopDocs};
use tantivy::query::{BooleanQuery, EnableScoring, Occur, Query as TantivyQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Executor, Searcher, TantivyDocument, Term};

use crate::answer::{Answer, Source, COMMANDS};
use crate::config::AnswerSettings;
use crate::error::Error;
use crate::extract::places::{self, Lookup, Place};
use crate::populations::Populations;
use crate::query::{self, Query};
use crate::search::{self, ArticleMeta, BuildReport, DocType, Fields, Freshness, IndexOptions, Progress, SearchIndex};

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
    /// Loaded on first use: a one-off `ask` never needs them.
    speakers: OnceLock<Speakers>,
    /// Loaded on first use, like the speakers.
    article_ids: OnceLock<ArticleIds>,
    populations: Populations,
    /// Runs the searches that visit many documents, a segment per thread.
    executor: Arc<Executor>,
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
        let populations = Populations::load(&opts.data_dir)?;
        let executor = Arc::new(executor(limits.search_threads));
        let state = ArcSwap::from_pointee(State {
            index,
            limits,
            speakers: OnceLock::new(),
            article_ids: OnceLock::new(),
            populations,
            executor,
        });
        Ok((AnswerEngine { opts: opts.clone(), state, refreshing: Mutex::new(()) }, report))
    }

    /// Loads what answers need only now and then (the speakers and article ids autocomplete
    /// offers), so that a serving process answers its first autocomplete as fast as the rest.
    pub fn warm(&self) {
        let state = self.state.load();
        state.speakers();
        state.article_ids();
    }

    /// Brings the index up to date with the data folder (re-indexing changed articles in
    /// place, or rebuilding), then serves the fresh index. Answers in flight finish on the
    /// snapshot they started with.
    pub fn refresh(&self, progress: Progress) -> Result<BuildReport, Error> {
        let _one_at_a_time = self.refreshing.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let (index, report) = search::open_or_build(&self.opts, false, progress)?;
        if report.freshness != Freshness::Reused {
            let speakers = OnceLock::from(Speakers::load(&index)?);
            let (limits, executor) = {
                let state = self.state.load();
                (state.limits.clone(), state.executor.clone())
            };
            let populations = Populations::load(&self.opts.data_dir)?;
            let article_ids = OnceLock::from(ArticleIds::load(&index)?);
            self.state.store(Arc::new(State { index, limits, speakers, article_ids, populations, executor }));
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

    /// Article ids for an autocomplete box: those whose id or file name holds what was typed.
    pub fn complete_article(&self, partial: &str, limit: usize) -> Vec<String> {
        self.state.load().article_ids().containing(partial, limit)
    }

    /// Speaker names for an autocomplete box, one per person, best matches first.
    pub fn complete_speaker(&self, partial: &str, limit: usize) -> Vec<String> {
        self.state.load().speakers().complete(partial, limit)
    }
}

/// Searches on `threads` threads (a segment each); one means on the caller's thread.
fn executor(threads: usize) -> Executor {
    if threads <= 1 {
        return Executor::single_thread();
    }
    Executor::multi_thread(threads, "factdesk-search-").unwrap_or_else(|e| {
        tracing::warn!(error = %e, "no search threads; searching on one");
        Executor::single_thread()
    })
}

impl State {
    fn article_ids(&self) -> &ArticleIds {
        self.article_ids.get_or_init(|| {
            ArticleIds::load(&self.index).unwrap_or_else(|e| {
                tracing::warn!(error = %e, "listing the article ids");
                ArticleIds::default()
            })
        })
    }

    fn speakers(&self) -> &Speakers {
        self.speakers.get_or_init(|| {
            Speakers::load(&self.index).unwrap_or_else(|e| {
                tracing::warn!(error = %e, "listing the speakers for autocomplete");
                Speakers::default()
            })
        })
    }

    fn answer(&self, query: &Query) -> Result<Answer, Error> {
        match query {
            Query::Force { name, year, measure } => self.force(name, *year, *measure),
            Query::Search { text } => self.search(text),
            Query::Quote { who } => self.quotes(who, None),
            Query::QuoteAbout { who, place } => match places::lookup(place) {
                Lookup::Found(found) => self.quotes(who, Some(found)),
                Lookup::NotFound { suggestions } => Ok(Answer::NoSuchPlace {
                    query: place.clone(),
                    suggestions: suggestions.iter().map(|p| p.name.to_string()).collect(),
                }),
            },
            Query::Ask { question } => match crate::route::route(question) {
                Query::Ask { .. } => Ok(Answer::Invalid { message: "Ask a question in plain words.".to_string() }),
                routed => self.answer(&routed),
            },
            Query::Sources => self.sources(),
            Query::Article { id } => self.article(id),
            Query::National { year, measure } => self.national(*year, *measure),
            Query::Trend { name, measure } => self.trend(name, *measure),
            Query::Compare { names, year, measure } => self.compare(names, *year, *measure),
            Query::Help => Ok(Answer::Help { commands: COMMANDS.to_vec() }),
        }
    }
}

/// One answer's view of the index: a searcher, and the sources looked up so far.
struct Ctx<'a> {
    searcher: Searcher,
    executor: &'a Executor,
    sources: RefCell<HashMap<String, Source>>,
}

impl<'a> Ctx<'a> {
    fn new(state: &'a State) -> Self {
        Ctx {
            searcher: state.index.reader.searcher(),
            executor: &state.executor,
            sources: RefCell::new(HashMap::new()),
        }
    }

    /// Every document `query` matches, in index order: documents read one after another
    /// then share the compressed blocks of the store, each decompressed once (reading
    /// 340,000 figures this way takes half the time it does in hash order).
    fn every_match(&self, query: &dyn TantivyQuery) -> Result<Vec<tantivy::DocAddress>, Error> {
        let mut addrs: Vec<tantivy::DocAddress> =
            self.searcher.search(query, &tantivy::collector::DocSetCollector)?.into_iter().collect();
        addrs.sort_unstable();
        Ok(addrs)
    }

    /// Runs a search that visits many documents on the search threads. The answer is the
    /// same on any number of threads: each segment's best hits are merged in one order.
    fn search_wide<C: Collector>(&self, query: &dyn TantivyQuery, collector: &C) -> Result<C::Fruit, Error> {
        let scoring = if collector.requires_scoring() {
            EnableScoring::enabled_from_searcher(&self.searcher)
        } else {
            EnableScoring::disabled_from_searcher(&self.searcher)
        };
        Ok(self.searcher.search_with_executor(query, collector, self.executor, scoring)?)
    }

    /// The record of the article with this id, read from its article document.
    fn article_meta(&self, f: &Fields, id: &str) -> Result<Option<ArticleMeta>, Error> {
        let query = all_of(vec![term(f.doc_type, DocType::Article.as_str()), term(f.article_id, id)]);
        match self.searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?.first() {
            Some(&(_, addr)) => Ok(search::payload::<ArticleMeta>(&self.searcher.doc(addr)?, f)),
            None => Ok(None),
        }
    }

    /// The article a document comes from: figures and quotes carry its record; for other
    /// documents it is looked up.
    fn source(&self, f: &Fields, doc: &TantivyDocument) -> Result<Source, Error> {
        let id = search::stored_str(doc, f.article_id).unwrap_or_default().to_string();
        if let Some(found) = self.sources.borrow().get(&id) {
            return Ok(found.clone());
        }
        let meta = match search::source_meta(doc, f) {
            Some(meta) => Some(meta),
            None => self.article_meta(f, &id)?,
        };
        let source = match meta {
            Some(m) => source_of(m),
            None => Source { title: id.clone(), id: id.clone(), outlet: None, date: None, url: None },
        };
        self.sources.borrow_mut().insert(id, source.clone());
        Ok(source)
    }
}

/// Text read as plain words: search syntax (":" naming a field, "*", brackets) becomes space,
/// so that no typed text can name a field or break the query.
fn plain_words(text: &str) -> String {
    text.chars().map(|c| if c.is_alphanumeric() || c == '\'' { c } else { ' ' }).collect()
}

/// An article's record as a source to name in answers.
fn source_of(m: ArticleMeta) -> Source {
    Source { title: m.title.unwrap_or_else(|| m.id.clone()), id: m.id, outlet: m.outlet, date: m.date, url: m.url }
}

/// The place a user's words name, or the answer saying nothing matches, with the nearest names.
fn resolve(name: &str) -> Result<&'static Place, Box<Answer>> {
    match places::lookup(name) {
        Lookup::Found(place) => Ok(place),
        Lookup::NotFound { suggestions } => Err(Box::new(Answer::NoSuchPlace {
            query: name.to_string(),
            suggestions: suggestions.iter().map(|p| p.name.to_string()).collect(),
        })),
    }
}

/// Documents of one type about a place (a canonical name).
fn docs_about(f: &Fields, doc_type: DocType, place: &str) -> Box<dyn TantivyQuery> {
    term(f.place, &search::place_key(doc_type, place))
}

fn term(field: Field, value: &str) -> Box<dyn TantivyQuery> {
    Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::WithFreqs))
}

fn all_of(queries: Vec<Box<dyn TantivyQuery>>) -> BooleanQuery {
    BooleanQuery::new(queries.into_iter().map(|q| (Occur::Must, q)).collect())
}

fn any_of(queries: Vec<Box<dyn TantivyQuery>>) -> BooleanQuery {
    BooleanQuery::new(queries.into_iter().map(|q| (Occur::Should, q)).collect())
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
