//! Answers about articles and their text: `/sources`, `/article`, `/search`, and the
//! snippets of a `/force` answer.

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query as TantivyQuery, QueryParser};
use tantivy::snippet::SnippetGenerator;
use tantivy::TantivyDocument;

use super::{all_of, best_first, docs_about, name_words, plain_words, source_of, term, Ctx, State};
use crate::answer::{Answer, ArticleAnswer, ArticleSummary, SearchAnswer, Snippet, SourcesAnswer};
use crate::error::Error;
use crate::extract::places::Place;
use crate::model::{Figure, Quote};
use crate::search::{self, ArticleMeta, DocType};

impl State {
    /// Every article's record in the index, by id.
    pub(super) fn article_metas(&self, ctx: &Ctx) -> Result<Vec<ArticleMeta>, Error> {
        let f = &self.index.fields;
        let mut metas = Vec::new();
        for addr in ctx.every_match(&*term(f.doc_type, DocType::Article.as_str()))? {
            let doc: TantivyDocument = ctx.searcher.doc(addr)?;
            if let Some(meta) = search::payload::<ArticleMeta>(&doc, f) {
                metas.push(meta);
            }
        }
        metas.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(metas)
    }

    pub(super) fn sources(&self) -> Result<Answer, Error> {
        let ctx = Ctx::new(self);
        let articles = self
            .article_metas(&ctx)?
            .into_iter()
            .map(|m| ArticleSummary { figures: m.figures, quotes: m.quotes, source: source_of(m) })
            .collect();
        Ok(Answer::Sources(SourcesAnswer { articles }))
    }

    pub(super) fn article(&self, typed: &str) -> Result<Answer, Error> {
        let f = &self.index.fields;
        let ctx = Ctx::new(self);
        let found = self.article_ids().resolve(typed).map(|id| ctx.article_meta(f, id));
        let meta = match found {
            Ok(meta) => match meta? {
                Some(meta) => meta,
                None => return Ok(Answer::NoSuchArticle { query: typed.to_string(), suggestions: Vec::new() }),
            },
            Err(suggestions) => return Ok(Answer::NoSuchArticle { query: typed.to_string(), suggestions }),
        };
        let of_article =
            |doc_type: DocType| all_of(vec![term(f.doc_type, doc_type.as_str()), term(f.article_id, &meta.id)]);
        let mut figures = Vec::new();
        for addr in ctx.every_match(&of_article(DocType::Figure))? {
            figures.extend(search::payload::<Figure>(&ctx.searcher.doc(addr)?, f));
        }
        figures.sort_by(|a, b| a.paragraph.cmp(&b.paragraph).then(a.span.start.cmp(&b.span.start)));
        let mut quotes = Vec::new();
        for addr in ctx.every_match(&of_article(DocType::Quote))? {
            quotes.extend(search::payload::<Quote>(&ctx.searcher.doc(addr)?, f));
        }
        quotes.sort_by_key(|q| q.paragraphs.first().copied().unwrap_or(0));
        // The body, from its paragraphs' documents: the index keeps each paragraph's text once.
        let mut numbered = Vec::new();
        for addr in ctx.every_match(&of_article(DocType::Paragraph))? {
            let doc: TantivyDocument = ctx.searcher.doc(addr)?;
            numbered.push((paragraph_of(f, &doc), search::stored_str(&doc, f.text).unwrap_or_default().to_string()));
        }
        numbered.sort();
        let paragraphs = numbered.into_iter().map(|(_, text)| text).filter(|t| !t.trim().is_empty()).collect();
        Ok(Answer::Article(ArticleAnswer { source: source_of(meta), figures, quotes, paragraphs }))
    }

    pub(super) fn snippets_about(&self, ctx: &Ctx, place: &Place) -> Result<Vec<Snippet>, Error> {
        let f = &self.index.fields;
        let Some(words) = name_words(f.text, place) else { return Ok(Vec::new()) };
        let query = BooleanQuery::new(vec![
            (Occur::Must, docs_about(f, DocType::Paragraph, place.name)),
            (Occur::Must, words.box_clone()),
        ]);
        self.snippets(ctx, &query, &*words, self.limits.max_snippets)
    }

    /// The best paragraphs for `query`, with the words of `highlight` marked.
    pub(super) fn snippets(
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
            let paragraph = paragraph_of(f, &doc);
            let source = ctx.source(f, &doc)?;
            out.push((score, source.id.clone(), paragraph, Snippet { source, paragraph, text, highlights }));
        }
        Ok(best_first(out))
    }

    pub(super) fn search(&self, text: &str) -> Result<Answer, Error> {
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
}

/// Where a paragraph's document stands in its article.
fn paragraph_of(f: &search::Fields, doc: &TantivyDocument) -> usize {
    let at = doc.get_first(f.paragraph).and_then(|v| tantivy::schema::Value::as_u64(&v)).unwrap_or(0);
    usize::try_from(at).unwrap_or(usize::MAX)
}

/// The last part of an article id: its file name.
fn file_name(id: &str) -> &str {
    id.rsplit(['/', '\\']).next().unwrap_or(id)
}

/// The ids of the articles in the index, to find one by what was typed.
#[derive(Debug, Default)]
pub(super) struct ArticleIds {
    /// Sorted.
    ids: Vec<String>,
    /// Every id in lower case, each followed by a NUL (which no file name holds), so that
    /// one substring search covers them all; `starts` holds where each begins.
    lower: String,
    starts: Vec<usize>,
}

impl ArticleIds {
    pub(super) fn load(index: &search::SearchIndex) -> Result<ArticleIds, Error> {
        let ids = search::article_ids(index)?;
        let mut lower = String::new();
        let mut starts = Vec::with_capacity(ids.len());
        for id in &ids {
            starts.push(lower.len());
            lower.push_str(&id.to_lowercase());
            lower.push('\0');
        }
        Ok(ArticleIds { ids, lower, starts })
    }

    /// The id at `i`, in lower case.
    fn lower(&self, i: usize) -> &str {
        let end = self.starts.get(i + 1).map_or(self.lower.len(), |&next| next);
        self.lower.get(self.starts[i]..end - 1).unwrap_or_default()
    }

    /// Ids holding what was typed, in any case, in order.
    pub(super) fn containing(&self, typed: &str, limit: usize) -> Vec<String> {
        let typed = typed.trim().to_lowercase();
        if typed.contains('\0') || self.ids.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<usize> = Vec::new();
        for at in memchr::memmem::find_iter(self.lower.as_bytes(), typed.as_bytes()) {
            let i = self.starts.partition_point(|&start| start <= at) - 1;
            if found.last() != Some(&i) {
                if found.len() == limit {
                    break;
                }
                found.push(i);
            }
        }
        found.into_iter().map(|i| self.ids[i].clone()).collect()
    }

    /// The article `typed` names: its id, its file name, or a unique prefix of either (any
    /// case). Otherwise the ids it might mean: those it is a prefix of, or the closest.
    pub(super) fn resolve(&self, typed: &str) -> Result<&str, Vec<String>> {
        let typed = typed.trim();
        if let Ok(at) = self.ids.binary_search_by(|id| id.as_str().cmp(typed)) {
            return Ok(&self.ids[at]);
        }
        if let Some(exact) = self.ids.iter().find(|id| file_name(id) == typed) {
            return Ok(exact);
        }
        let lower = typed.to_lowercase();
        let prefixed: Vec<&str> = (0..self.ids.len())
            .filter(|_| !lower.is_empty())
            .filter(|&i| self.lower(i).starts_with(&lower) || file_name(self.lower(i)).starts_with(&lower))
            .map(|i| self.ids[i].as_str())
            .collect();
        match prefixed.as_slice() {
            [one] => Ok(one),
            [] => {
                let mut near: Vec<(f64, &str)> = (0..self.ids.len())
                    .map(|i| (strsim::jaro_winkler(&lower, file_name(self.lower(i))), self.ids[i].as_str()))
                    .collect();
                near.sort_by(|a, b| b.0.total_cmp(&a.0));
                Err(near.into_iter().filter(|(s, _)| *s > 0.6).take(5).map(|(_, id)| id.to_string()).collect())
            }
            many => Err(many.iter().take(10).map(|id| id.to_string()).collect()),
        }
    }
}
