//! The answer engine: typed questions in, plain answers out. Built once, shared by every
//! adapter; it knows nothing of terminals or Discord.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use arc_swap::ArcSwap;

use tantivy::collector::{Collector, DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, EnableScoring, Occur, Query as TantivyQuery, QueryParser, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Executor, Order, Searcher, TantivyDocument, Term};

use crate::answer::{
    Answer, ArticleAnswer, ArticleSummary, CompareAnswer, CompareCell, CompareRow, Conflict, FigureGroup, FigureHit,
    ForceAnswer, NationalAnswer, QuoteAnswer, QuoteHit, Ranked, Ranking, SearchAnswer, Snippet, Source, SourcesAnswer,
    Stated, TrendAnswer, TrendPoint, COMMANDS,
};
use crate::config::AnswerSettings;
use crate::error::Error;
use crate::extract::places::{self, Lookup, Place, Scope};
use crate::model::{Figure, Kind, Measure, Period, Quote};
use crate::populations::Populations;
use crate::query::{self, Query};
use crate::search::{self, ArticleMeta, BuildReport, DocType, Fields, Freshness, IndexOptions, Progress, SearchIndex};

/// How many figures one `/force` answer gathers at most, latest periods first: enough for
/// several pages, few enough to answer in a few milliseconds from a large archive.
const MAX_FIGURES: usize = 100;

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
        let state = ArcSwap::from_pointee(State { index, limits, speakers: OnceLock::new(), populations, executor });
        Ok((AnswerEngine { opts: opts.clone(), state, refreshing: Mutex::new(()) }, report))
    }

    /// Loads what answers need only now and then (the speakers autocomplete offers), so that
    /// a serving process answers its first autocomplete as fast as the rest.
    pub fn warm(&self) {
        self.state.load().speakers();
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
            self.state.store(Arc::new(State { index, limits, speakers, populations, executor }));
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
        let state = self.state.load();
        let typed = partial.trim().to_lowercase();
        let metas = state.article_metas(&Ctx::new(&state)).unwrap_or_default();
        metas.into_iter().map(|m| m.id).filter(|id| id.to_lowercase().contains(&typed)).take(limit).collect()
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

    /// Forces side by side: each one's count per measure and period, with rates where the
    /// population table has the force.
    fn compare(&self, names: &[String], year: Option<Period>, measure: Option<Measure>) -> Result<Answer, Error> {
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
            for group in self.figures(&ctx, place.name, year, measure)? {
                let Some(period) = group.period else { continue };
                let stated: Vec<Stated> = group
                    .figures
                    .into_iter()
                    .filter(|h| h.figure.kind == Kind::Count)
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
    fn trend(&self, name: &str, measure: Option<Measure>) -> Result<Answer, Error> {
        let place = match resolve(name) {
            Ok(place) => place,
            Err(no_such_place) => return Ok(*no_such_place),
        };
        let ctx = Ctx::new(self);
        let mut by_measure: BTreeMap<Measure, BTreeMap<Period, Vec<Stated>>> = BTreeMap::new();
        for group in self.figures(&ctx, place.name, None, measure)? {
            let Some(period) = group.period else { continue };
            for hit in group.figures.into_iter().filter(|h| h.figure.kind == Kind::Count) {
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

    /// Every article's record in the index, by id.
    fn article_metas(&self, ctx: &Ctx) -> Result<Vec<ArticleMeta>, Error> {
        let f = &self.index.fields;
        let mut metas = Vec::new();
        for addr in ctx.searcher.search(&*term(f.doc_type, DocType::Article.as_str()), &DocSetCollector)? {
            let doc: TantivyDocument = ctx.searcher.doc(addr)?;
            if let Some(meta) = search::payload::<ArticleMeta>(&doc, f) {
                metas.push(meta);
            }
        }
        metas.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(metas)
    }

    fn sources(&self) -> Result<Answer, Error> {
        let ctx = Ctx::new(self);
        let articles = self
            .article_metas(&ctx)?
            .into_iter()
            .map(|m| ArticleSummary { figures: m.figures, quotes: m.quotes, source: source_of(m) })
            .collect();
        Ok(Answer::Sources(SourcesAnswer { articles }))
    }

    fn article(&self, typed: &str) -> Result<Answer, Error> {
        let f = &self.index.fields;
        let ctx = Ctx::new(self);
        let metas = self.article_metas(&ctx)?;
        let meta = match resolve_article(&metas, typed) {
            Ok(meta) => meta.clone(),
            Err(suggestions) => return Ok(Answer::NoSuchArticle { query: typed.to_string(), suggestions }),
        };
        let of_article =
            |doc_type: DocType| all_of(vec![term(f.doc_type, doc_type.as_str()), term(f.article_id, &meta.id)]);
        let mut figures = Vec::new();
        for addr in ctx.searcher.search(&of_article(DocType::Figure), &DocSetCollector)? {
            figures.extend(search::payload::<Figure>(&ctx.searcher.doc(addr)?, f));
        }
        figures.sort_by(|a, b| a.paragraph.cmp(&b.paragraph).then(a.span.start.cmp(&b.span.start)));
        let mut quotes = Vec::new();
        for addr in ctx.searcher.search(&of_article(DocType::Quote), &DocSetCollector)? {
            quotes.extend(search::payload::<Quote>(&ctx.searcher.doc(addr)?, f));
        }
        quotes.sort_by_key(|q| q.paragraphs.first().copied().unwrap_or(0));
        let mut paragraphs = Vec::new();
        if let Some(&(_, addr)) =
            ctx.searcher.search(&of_article(DocType::Article), &TopDocs::with_limit(1).order_by_score())?.first()
        {
            let doc: TantivyDocument = ctx.searcher.doc(addr)?;
            let text = search::stored_str(&doc, f.body).unwrap_or_default();
            paragraphs = text.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect();
        }
        Ok(Answer::Article(ArticleAnswer { source: source_of(meta), figures, quotes, paragraphs }))
    }

    /// National figures, and every force's counts ranked per measure and period.
    fn national(&self, year: Option<Period>, measure: Option<Measure>) -> Result<Answer, Error> {
        let ctx = Ctx::new(self);
        let totals = self.figures(&ctx, places::NATIONAL, year, measure)?;
        let f = &self.index.fields;
        let mut must = vec![term(f.doc_type, DocType::Figure.as_str())];
        if let Some(year) = year {
            must.push(term(f.period, &year.to_string()));
        }
        if let Some(measure) = measure {
            must.push(term(f.measure, measure.as_str()));
        }
        // (measure, period) → force → counts stated, with their articles.
        let mut by_key: BTreeMap<(Measure, std::cmp::Reverse<Period>), BTreeMap<String, Vec<Stated>>> = BTreeMap::new();
        for addr in ctx.searcher.search(&all_of(must), &DocSetCollector)? {
            let doc: TantivyDocument = ctx.searcher.doc(addr)?;
            let Some(figure) = search::payload::<Figure>(&doc, f) else { continue };
            let (Some(place), Some(period)) = (figure.place.as_deref(), figure.period) else { continue };
            let is_force = places::by_name(place).is_some_and(|p| p.scope == Scope::Force);
            if figure.kind != Kind::Count || !is_force {
                continue;
            }
            let source = ctx.source(f, &doc)?;
            by_key
                .entry((figure.measure, std::cmp::Reverse(period)))
                .or_default()
                .entry(place.to_string())
                .or_default()
                .push(Stated { value: figure.value, source });
        }
        let rankings = by_key
            .into_iter()
            .map(|((measure, std::cmp::Reverse(period)), forces)| {
                let mut forces: Vec<Ranked> = forces
                    .into_iter()
                    .filter_map(|(place, stated)| {
                        let (top, also) = largest_first(stated)?;
                        Some(Ranked { place, value: top.value, source: top.source, also })
                    })
                    .collect();
                forces.sort_by(|a, b| b.value.total_cmp(&a.value).then_with(|| a.place.cmp(&b.place)));
                Ranking { measure, period, forces }
            })
            .collect();
        Ok(Answer::National(NationalAnswer { year, measure, totals, rankings }))
    }

    fn force(&self, name: &str, year: Option<Period>, measure: Option<Measure>) -> Result<Answer, Error> {
        let place = match resolve(name) {
            Ok(place) => place,
            Err(no_such_place) => return Ok(*no_such_place),
        };
        let ctx = Ctx::new(self);
        let groups = self.figures(&ctx, place.name, year, measure)?;
        let quotes = self.quotes_about(&ctx, place)?;
        let snippets = self.snippets_about(&ctx, place)?;
        Ok(Answer::Force(ForceAnswer { place: place.name.to_string(), year, measure, groups, quotes, snippets }))
    }

    fn figures(
        &self,
        ctx: &Ctx,
        place: &str,
        year: Option<Period>,
        measure: Option<Measure>,
    ) -> Result<Vec<FigureGroup>, Error> {
        let f = &self.index.fields;
        let mut must = vec![term(f.doc_type, DocType::Figure.as_str()), term(f.place, place)];
        if let Some(year) = year {
            must.push(term(f.period, &year.to_string()));
        }
        if let Some(measure) = measure {
            must.push(term(f.measure, measure.as_str()));
        }
        let mut groups: BTreeMap<(Measure, std::cmp::Reverse<Option<Period>>), Vec<FigureHit>> = BTreeMap::new();
        let latest_first =
            TopDocs::with_limit(MAX_FIGURES).order_by_fast_field::<u64>(search::schema::PERIOD_START, Order::Desc);
        for (_, addr) in ctx.search_wide(&all_of(must), &latest_first)? {
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
                let conflicts = conflicts(period, &figures);
                FigureGroup { measure, period, figures, conflicts }
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
        let hits = ctx.search_wide(&query, &TopDocs::with_limit(self.limits.max_quotes).order_by_score())?;
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
        for (score, addr) in ctx.search_wide(query, &TopDocs::with_limit(limit).order_by_score())? {
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
        let ctx = Ctx::new(self);
        let mut parser = QueryParser::for_index(&self.index.index, vec![f.text]);
        parser.set_conjunction_by_default();
        let plain = || parser.parse_query_lenient(&plain_words(text)).0;
        let (parsed, relaxed) = match parser.parse_query(text) {
            Ok(q) => (q, false),
            Err(_) => (plain(), true),
        };
        let run = |parsed: &dyn TantivyQuery| {
            let query = BooleanQuery::new(vec![
                (Occur::Must, term(f.doc_type, DocType::Paragraph.as_str())),
                (Occur::Must, parsed.box_clone()),
            ]);
            self.snippets(&ctx, &query, parsed, self.limits.max_results)
        };
        // Valid syntax can still name what the index lacks ("A:*", an unknown field): such a
        // query is read as plain words too, never answered with an error.
        let (hits, relaxed) = match run(&*parsed) {
            Err(Error::Search(_)) if !relaxed => (run(&*plain())?, true),
            other => (other?, relaxed),
        };
        Ok(Answer::Search(SearchAnswer { query: text.to_string(), relaxed, hits }))
    }

    /// Quotes by speaker, organisation or words; with `about`, only from articles about that place.
    fn quotes(&self, who: &str, about: Option<&Place>) -> Result<Answer, Error> {
        let f = &self.index.fields;
        let ctx = Ctx::new(self);
        // Quotes by someone about a place: matched on who spoke, not on what they said.
        let fields =
            if about.is_some() { vec![f.speaker, f.organisation] } else { vec![f.speaker, f.organisation, f.text] };
        let mut parser = QueryParser::for_index(&self.index.index, fields);
        parser.set_field_boost(f.speaker, 4.0);
        parser.set_field_boost(f.organisation, 2.0);
        let (words, _) = parser.parse_query_lenient(&plain_words(who));
        let mut clauses = vec![(Occur::Must, term(f.doc_type, DocType::Quote.as_str())), (Occur::Must, words)];
        if let Lookup::Found(place) = places::lookup(who) {
            // "/quote Cleveland": what the force's own people said, found by organisation too.
            let org = name_words(f.organisation, place).unwrap_or_else(|| term(f.place, place.name));
            clauses[1] = (
                Occur::Must,
                Box::new(BooleanQuery::new(vec![(Occur::Should, clauses[1].1.box_clone()), (Occur::Should, org)])),
            );
        }
        if let Some(place) = about {
            clauses.push((Occur::Must, term(f.place, place.name)));
        }
        let hits = ctx
            .searcher
            .search(&BooleanQuery::new(clauses), &TopDocs::with_limit(self.limits.max_quotes).order_by_score())?;
        let quotes = self.quote_hits(&ctx, hits)?;
        let query = match about {
            Some(place) => format!("{who} about {}", place.name),
            None => who.to_string(),
        };
        Ok(Answer::Quotes(QuoteAnswer { query, quotes }))
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

    /// The article a document comes from: figures and quotes carry its record; for other
    /// documents it is looked up.
    fn source(&self, f: &Fields, doc: &TantivyDocument) -> Result<Source, Error> {
        let id = search::stored_str(doc, f.article_id).unwrap_or_default().to_string();
        if let Some(found) = self.sources.borrow().get(&id) {
            return Ok(found.clone());
        }
        let meta = match search::source_meta(doc, f) {
            Some(meta) => Some(meta),
            None => {
                let query = all_of(vec![term(f.doc_type, DocType::Article.as_str()), term(f.article_id, &id)]);
                match self.searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?.first() {
                    Some(&(_, addr)) => search::payload::<ArticleMeta>(&self.searcher.doc(addr)?, f),
                    None => None,
                }
            }
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

/// The largest value stated, and the other distinct values (each once, from its first article).
fn largest_first(mut stated: Vec<Stated>) -> Option<(Stated, Vec<Stated>)> {
    stated.sort_by(|a, b| b.value.total_cmp(&a.value).then_with(|| a.source.id.cmp(&b.source.id)));
    stated.dedup_by(|a, b| a.value == b.value);
    let mut stated = stated.into_iter();
    let top = stated.next()?;
    Some((top, stated.collect()))
}

/// An article's record as a source to name in answers.
fn source_of(m: ArticleMeta) -> Source {
    Source { title: m.title.unwrap_or_else(|| m.id.clone()), id: m.id, outlet: m.outlet, date: m.date, url: m.url }
}

/// The article `typed` names: its id, its file name, or a unique prefix of either (any case).
/// Otherwise the ids it might mean: those it is a prefix of, or the closest.
fn resolve_article<'a>(metas: &'a [ArticleMeta], typed: &str) -> Result<&'a ArticleMeta, Vec<String>> {
    let typed = typed.trim();
    let file_name = |id: &'a str| id.rsplit(['/', '\\']).next().unwrap_or(id);
    if let Some(exact) = metas.iter().find(|m| m.id == typed || file_name(&m.id) == typed) {
        return Ok(exact);
    }
    let lower = typed.to_lowercase();
    let prefixed: Vec<&ArticleMeta> = metas
        .iter()
        .filter(|_| !lower.is_empty())
        .filter(|m| m.id.to_lowercase().starts_with(&lower) || file_name(&m.id).to_lowercase().starts_with(&lower))
        .collect();
    match prefixed.as_slice() {
        [one] => Ok(one),
        [] => {
            let mut near: Vec<(f64, &str)> = metas
                .iter()
                .map(|m| (strsim::jaro_winkler(&lower, &file_name(&m.id).to_lowercase()), m.id.as_str()))
                .collect();
            near.sort_by(|a, b| b.0.total_cmp(&a.0));
            Err(near.into_iter().filter(|(s, _)| *s > 0.6).take(5).map(|(_, id)| id.to_string()).collect())
        }
        many => Err(many.iter().take(10).map(|m| m.id.clone()).collect()),
    }
}

/// What disagrees in one group of figures (one place, measure and period): counts from two
/// articles that share no value, and stated changes their own values do not give.
fn conflicts(period: Option<Period>, figures: &[FigureHit]) -> Vec<Conflict> {
    let mut out = Vec::new();
    let counts: Vec<&FigureHit> = figures.iter().filter(|h| h.figure.kind == Kind::Count).collect();
    let mut by_article: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for hit in &counts {
        by_article.entry(hit.source.id.as_str()).or_default().push(hit.figure.value);
    }
    let sets: Vec<&Vec<f64>> = by_article.values().collect();
    let disjoint = sets.iter().enumerate().any(|(i, a)| sets[i + 1..].iter().any(|b| !a.iter().any(|v| b.contains(v))));
    if period.is_some() && disjoint {
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
