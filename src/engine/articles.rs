//! Answers about articles and their text: `/sources`, `/article`, `/search`, and the
//! snippets of a `/force` answer.

use tantivy::collector::{DocSetCollector, TopDocs};
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
        for addr in ctx.searcher.search(&*term(f.doc_type, DocType::Article.as_str()), &DocSetCollector)? {
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
            let paragraph = doc.get_first(f.paragraph).and_then(|v| tantivy::schema::Value::as_u64(&v)).unwrap_or(0);
            let source = ctx.source(f, &doc)?;
            let paragraph = paragraph as usize;
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
