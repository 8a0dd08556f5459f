//! The index schema, declared once. Every other module passes these fields around instead
//! of looking them up by name.

use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, STORED, STRING, TEXT};

/// Name of the fast field that orders figures by period.
pub const PERIOD_START: &str = "period_start";
/// Name of the fast field holding the force a ranked count is for.
pub const RANKED_FORCE: &str = "ranked_force";
/// Name of the fast field holding a ranked count's value.
pub const RANKED_VALUE: &str = "ranked_value";
/// Name of the field (and fast column) holding a figure's measure.
pub const MEASURE: &str = "measure";

/// What a document in the index stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocType {
    Article,
    Paragraph,
    Figure,
    Quote,
}

impl DocType {
    pub fn as_str(self) -> &'static str {
        match self {
            DocType::Article => "article",
            DocType::Paragraph => "paragraph",
            DocType::Figure => "figure",
            DocType::Quote => "quote",
        }
    }
}

/// The term a document about `place` (a canonical name) carries in [`Fields::place`]: its
/// type and the place, "figure:Cleveland Police". One term then finds the figures (or the
/// paragraphs, quotes, articles) about a place, where a term for the type and one for the
/// place would make every lookup intersect two long lists.
pub fn place_key(doc_type: DocType, place: &str) -> String {
    // Built by hand: `format!` costs several times as much, and this runs for every place
    // of every document indexed.
    let kind = doc_type.as_str();
    let mut key = String::with_capacity(kind.len() + 1 + place.len());
    key.push_str(kind);
    key.push(':');
    key.push_str(place);
    key
}

/// A field holding one exact term a document (its type, its article): indexed as `STRING`,
/// but without field norms, which for one term a document are all the same and would only
/// cost a byte a document (8 MB at 100,000 articles).
fn keyword() -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("raw")
        .set_index_option(IndexRecordOption::Basic)
        .set_fieldnorms(false);
    TextOptions::default().set_indexing_options(indexing)
}

/// The fields of the one schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// [`DocType`] of the document.
    pub doc_type: Field,
    /// The article the document belongs to.
    pub article_id: Field,
    /// The searchable words: a paragraph's text, a quote's words.
    pub text: Field,
    /// The places the document is about (several values), each with the document's type, as
    /// [`place_key`] makes it.
    pub place: Field,
    /// Quote speaker, as words to search.
    pub speaker: Field,
    /// Quote speaker exactly as printed, one term, so the names can be listed for autocomplete.
    pub speaker_name: Field,
    /// Quote speaker's organisation.
    pub organisation: Field,
    /// Financial year of a figure, "2016/17"; else the calendar year it is dated by, "2024".
    pub period: Field,
    /// The year a figure's financial year starts, else its calendar year (0 when it has
    /// neither), to list the latest first. Rankings read financial years from it, only for
    /// counts with one ([`Fields::ranked_force`]).
    pub period_start: Field,
    /// Measure of a figure: online, all, other (also a fast column, for rankings).
    pub measure: Field,
    /// For a count of one force's offences in one financial year (what `/national` and a
    /// region's `/force` rank): the force, as a fast column only. Rankings then read the
    /// force, measure, year and value of every count from columns, and open only the
    /// documents they cite.
    pub ranked_force: Field,
    /// That count's value, as a fast column.
    pub ranked_value: Field,
    /// Position of a paragraph in its article.
    pub paragraph: Field,
    /// The whole record as JSON, to rebuild it without re-reading the article.
    pub payload: Field,
    /// The record of the article a figure or quote comes from, as JSON, so that answers
    /// name their sources without looking each article up.
    pub source: Field,
}

impl Fields {
    /// The schema and its fields.
    pub fn build() -> (Schema, Fields) {
        let mut b = Schema::builder();
        let fields = Fields {
            doc_type: b.add_text_field("doc_type", keyword()),
            article_id: b.add_text_field("article_id", keyword() | STORED),
            text: b.add_text_field("text", TEXT | STORED),
            place: b.add_text_field("place", STRING),
            speaker: b.add_text_field("speaker", TEXT),
            speaker_name: b.add_text_field("speaker_name", keyword()),
            organisation: b.add_text_field("organisation", TEXT),
            period: b.add_text_field("period", keyword()),
            period_start: b.add_u64_field(PERIOD_START, FAST),
            measure: b.add_text_field(MEASURE, keyword().set_fast("raw")),
            ranked_force: b.add_text_field(RANKED_FORCE, TextOptions::default().set_fast("raw")),
            ranked_value: b.add_f64_field(RANKED_VALUE, FAST),
            paragraph: b.add_u64_field("paragraph", STORED),
            payload: b.add_text_field("payload", STORED),
            source: b.add_text_field("source", STORED),
        };
        (b.build(), fields)
    }

    /// The fields of an existing index's schema, or the name of the one that is missing.
    pub fn from_schema(schema: &Schema) -> Result<Fields, String> {
        let get = |name: &str| schema.get_field(name).map_err(|_| name.to_string());
        Ok(Fields {
            doc_type: get("doc_type")?,
            article_id: get("article_id")?,
            text: get("text")?,
            place: get("place")?,
            speaker: get("speaker")?,
            speaker_name: get("speaker_name")?,
            organisation: get("organisation")?,
            period: get("period")?,
            period_start: get(PERIOD_START)?,
            measure: get(MEASURE)?,
            ranked_force: get(RANKED_FORCE)?,
            ranked_value: get(RANKED_VALUE)?,
            paragraph: get("paragraph")?,
            payload: get("payload")?,
            source: get("source")?,
        })
    }
}
