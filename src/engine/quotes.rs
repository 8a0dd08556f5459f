//! Answers made of quotes: `/quote`, and the quotes of a `/force` answer.

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, QueryParser};
use tantivy::schema::Field;
use tantivy::{DocAddress, TantivyDocument};

use super::{best_first, docs_about, name_words, plain_words, term, Ctx, State};
use crate::answer::{Answer, QuoteAnswer, QuoteHit};
use crate::error::Error;
use crate::extract::places::{self, Lookup, Place};
use crate::model::Quote;
use crate::search::{self, DocType};

impl State {
    /// Quotes printed in articles about the place, its own people's words first.
    pub(super) fn quotes_about(&self, ctx: &Ctx, place: &Place) -> Result<Vec<QuoteHit>, Error> {
        let f = &self.index.fields;
        let mut scored = vec![(Occur::Must, docs_about(f, DocType::Quote, place.name))];
        if let Some(words) = name_words(f.organisation, place) {
            scored.push((Occur::Should, words));
        }
        let query = BooleanQuery::new(scored);
        let hits = ctx.search_wide(&query, &TopDocs::with_limit(self.limits.max_quotes).order_by_score())?;
        self.quote_hits(ctx, hits)
    }

    pub(super) fn quote_hits(&self, ctx: &Ctx, scored: Vec<(f32, DocAddress)>) -> Result<Vec<QuoteHit>, Error> {
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

    /// Quotes by speaker or organisation; when nobody of that name spoke (and no place is
    /// given), quotes with those words. With `about`, only from articles about that place.
    pub(super) fn quotes(&self, who: &str, about: Option<&Place>) -> Result<Answer, Error> {
        let f = &self.index.fields;
        let ctx = Ctx::new(self);
        // "What did the NSPCC say?" asks for the NSPCC's words, not for others' words that
        // name it: the words of quotes are searched only when no speaker matches.
        let mut hits = self.quotes_matching(&ctx, who, about, &[f.speaker, f.organisation])?;
        if hits.is_empty() && about.is_none() {
            hits = self.quotes_matching(&ctx, who, None, &[f.speaker, f.organisation, f.text])?;
        }
        let quotes = self.quote_hits(&ctx, hits)?;
        let query = match about {
            Some(place) => format!("{who} about {}", place.name),
            None => who.to_string(),
        };
        Ok(Answer::Quotes(QuoteAnswer { query, quotes }))
    }

    /// The best quotes whose `fields` match `who` (a force's quotes also by the force as
    /// organisation), from articles about `about` if given.
    fn quotes_matching(
        &self,
        ctx: &Ctx,
        who: &str,
        about: Option<&Place>,
        fields: &[Field],
    ) -> Result<Vec<(f32, DocAddress)>, Error> {
        let f = &self.index.fields;
        let mut parser = QueryParser::for_index(&self.index.index, fields.to_vec());
        parser.set_field_boost(f.speaker, 4.0);
        parser.set_field_boost(f.organisation, 2.0);
        let (words, _) = parser.parse_query_lenient(&plain_words(who));
        let mut clauses = vec![(Occur::Must, term(f.doc_type, DocType::Quote.as_str())), (Occur::Must, words)];
        if let Lookup::Found(place) = places::lookup(who) {
            // "/quote Cleveland": what the force's own people said, found by organisation too.
            let org = name_words(f.organisation, place).unwrap_or_else(|| docs_about(f, DocType::Quote, place.name));
            clauses[1] = (
                Occur::Must,
                Box::new(BooleanQuery::new(vec![(Occur::Should, clauses[1].1.box_clone()), (Occur::Should, org)])),
            );
        }
        if let Some(place) = about {
            clauses.push((Occur::Must, docs_about(f, DocType::Quote, place.name)));
        }
        Ok(ctx
            .searcher
            .search(&BooleanQuery::new(clauses), &TopDocs::with_limit(self.limits.max_quotes).order_by_score())?)
    }
}
