//! The tantivy index: building it from a data folder, keeping it fresh, and opening it.

pub mod manifest;
pub mod schema;
pub mod store;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tantivy::schema::Value;
use tantivy::{Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, TantivyDocument};

use crate::error::Error;
use crate::extract;
use crate::extract::places::{self, ParagraphPlaces};
use crate::ingest::{self, catalogue::Catalogue, Limits, Skipped};
use crate::model::{Article, Extraction, Figure, Quote};
use manifest::Manifest;
pub use schema::{place_key, DocType, Fields};
use store::Store;

/// What the index keeps about an article besides its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub figures: usize,
    pub quotes: usize,
}

impl ArticleMeta {
    fn of(article: &Article, extraction: &Extraction) -> Self {
        ArticleMeta {
            id: article.id.clone(),
            title: article.title.clone(),
            outlet: article.outlet.clone(),
            date: article.date.clone(),
            url: article.url.clone(),
            figures: extraction.figures.len(),
            quotes: extraction.quotes.len(),
        }
    }
}

/// Where the index comes from and where it goes.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    pub data_dir: PathBuf,
    pub index_dir: PathBuf,
    pub limits: Limits,
    pub writer_memory_bytes: usize,
}

/// What opening the index had to do first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Freshness {
    /// The index matched the data and was used as it was.
    Reused,
    /// A few articles had changed and were re-indexed in place.
    Updated { removed: usize },
    /// The index was built from scratch.
    #[default]
    Built,
}

/// What opening or building the index did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub freshness: Freshness,
    /// Articles read (all of them for a build; the changed ones for an update; all indexed ones when reused).
    pub articles: usize,
    pub figures: usize,
    pub quotes: usize,
    /// Files that could not be read as articles (only known when the index was built).
    pub skipped: Vec<Skipped>,
    pub took: Duration,
}

/// An open index, with the one reader every search goes through.
pub struct SearchIndex {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    pub dir: PathBuf,
}

impl SearchIndex {
    /// How many articles the index holds.
    pub fn article_count(&self) -> Result<usize, Error> {
        let articles = tantivy::query::TermQuery::new(
            tantivy::Term::from_field_text(self.fields.doc_type, DocType::Article.as_str()),
            tantivy::schema::IndexRecordOption::Basic,
        );
        Ok(self.reader.searcher().search(&articles, &tantivy::collector::Count)?)
    }

    fn open(dir: &Path) -> Result<SearchIndex, Error> {
        let index = Index::open_in_dir(dir).map_err(|source| Error::Index { path: dir.to_path_buf(), source })?;
        let fields = Fields::from_schema(&index.schema())
            .map_err(|field| Error::IndexLayout { path: dir.to_path_buf(), message: format!("no field {field}") })?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|source| Error::Index { path: dir.to_path_buf(), source })?;
        Ok(SearchIndex { index, reader, fields, dir: dir.to_path_buf() })
    }
}

/// Progress of a build: files done out of files in all.
pub type Progress<'a> = &'a dyn Fn(usize, usize);

/// Opens the index for the data folder, building it first when it is missing or stale.
pub fn open_or_build(
    opts: &IndexOptions,
    force: bool,
    progress: Progress,
) -> Result<(SearchIndex, BuildReport), Error> {
    let started = Instant::now();
    let store = Store::new(&opts.index_dir);
    let live = store.current();
    let bytes = live.as_ref().and_then(|dir| std::fs::read(dir.join(manifest::FILE_NAME)).ok());
    let stored = bytes.as_deref().and_then(manifest::Stored::decode).filter(|s| !force && s.format == manifest::FORMAT);
    if let (Some(dir), Some(stored)) = (&live, &stored) {
        // The common case, on every `ask`: nothing changed, told without building a manifest.
        if stored.unchanged(&opts.data_dir)? {
            match SearchIndex::open(dir) {
                Ok(index) => return reused(index, dir, started),
                // The full check below finds the same, and rebuilds.
                Err(e) => tracing::debug!(error = %e, "the live index cannot be opened"),
            }
        }
    }
    let previous = stored.map(|s| s.to_manifest());
    drop(bytes);
    let (Some(dir), Some(previous)) = (live, previous) else {
        // Nothing to compare the data with: the build reads every file, and hashes it then.
        let listing = Manifest::scan_unhashed(&opts.data_dir)?;
        return build_live(opts, &store, Scanned::Unhashed(listing), progress, started);
    };
    let now = Manifest::scan(&opts.data_dir, Some(&previous))?;
    let same = previous.same_content(&now);
    let changes = if same { None } else { previous.changes_to(&now) };
    if let Some(changes) = changes.filter(|c| c.is_small(now.files.len())) {
        match update(opts, &dir, &now, &changes, progress) {
            Ok(mut report) => {
                report.took = started.elapsed();
                return Ok((SearchIndex::open(&dir)?, report));
            }
            Err(e) => tracing::warn!(error = %e, "updating the index in place failed; rebuilding it"),
        }
    }
    if same {
        match SearchIndex::open(&dir) {
            Ok(index) => {
                if now.spares_reads_over(&previous) {
                    // Worth keeping, not needed: an index folder we may not write still serves.
                    if let Err(e) = write_manifest(&dir, &now) {
                        tracing::debug!(error = %e, "the refreshed manifest was not kept");
                    }
                }
                return reused(index, &dir, started);
            }
            Err(e) => tracing::warn!(error = %e, "the live index cannot be opened; rebuilding"),
        }
    }
    build_live(opts, &store, Scanned::Hashed(now), progress, started)
}

/// The live index, used as it is.
fn reused(index: SearchIndex, dir: &Path, started: Instant) -> Result<(SearchIndex, BuildReport), Error> {
    let articles = index.article_count()?;
    tracing::debug!(dir = %dir.display(), "index is up to date");
    let report = BuildReport { freshness: Freshness::Reused, articles, took: started.elapsed(), ..Default::default() };
    Ok((index, report))
}

/// Builds a new generation and opens it.
fn build_live(
    opts: &IndexOptions,
    store: &Store,
    scanned: Scanned,
    progress: Progress,
    started: Instant,
) -> Result<(SearchIndex, BuildReport), Error> {
    let mut report = build(opts, store, scanned, progress)?;
    let dir = store.current().ok_or_else(|| Error::IndexLayout {
        path: opts.index_dir.clone(),
        message: "the index was built but is not live".into(),
    })?;
    report.took = started.elapsed();
    Ok((SearchIndex::open(&dir)?, report))
}

/// The data folder as scanned before a build: hashed already, or to be hashed as it is read.
enum Scanned {
    Hashed(Manifest),
    Unhashed(manifest::Unhashed),
}

/// Applies a few changed articles to the live index in place: tantivy's commit is atomic,
/// and the manifest is replaced after it, so a crash in between only means the same
/// changes are applied again next time.
fn update(
    opts: &IndexOptions,
    dir: &Path,
    manifest: &Manifest,
    changes: &manifest::Changes,
    progress: Progress,
) -> Result<BuildReport, Error> {
    let index_err = |source| Error::Index { path: dir.to_path_buf(), source };
    let index = Index::open_in_dir(dir).map_err(index_err)?;
    let fields = Fields::from_schema(&index.schema())
        .map_err(|field| Error::IndexLayout { path: dir.to_path_buf(), message: format!("no field {field}") })?;
    let mut writer: IndexWriter = index.writer(opts.writer_memory_bytes).map_err(index_err)?;
    for id in changes.removed.iter().chain(&changes.changed) {
        writer.delete_term(tantivy::Term::from_field_text(fields.article_id, id));
    }
    let mut report =
        BuildReport { freshness: Freshness::Updated { removed: changes.removed.len() }, ..Default::default() };
    let paths: Vec<PathBuf> = changes.changed.iter().map(|id| opts.data_dir.join(id)).collect();
    index_files(&mut writer, opts, &fields, &paths, progress, &mut report).map_err(index_err)?;
    writer.commit().map_err(index_err)?;
    writer.wait_merging_threads().map_err(index_err)?;
    write_manifest(dir, manifest)?;
    tracing::info!(changed = changes.changed.len(), removed = changes.removed.len(), "index updated in place");
    Ok(report)
}

/// Writes the manifest beside the index, replacing any old one atomically (each process
/// through its own temporary file, as two may refresh one index at once).
fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<(), Error> {
    let tmp = dir.join(format!("{}.{}.tmp", manifest::FILE_NAME, std::process::id()));
    std::fs::write(&tmp, manifest.encode()).map_err(|source| Error::Io { path: tmp.clone(), source })?;
    std::fs::rename(&tmp, dir.join(manifest::FILE_NAME)).map_err(|source| Error::Io { path: tmp, source })
}

/// Bytes of stored documents compressed together (tantivy's default is 16 KiB).
const DOCSTORE_BLOCK_BYTES: usize = 8192;

/// Builds a new generation from the data folder and makes it live.
fn build(opts: &IndexOptions, store: &Store, scanned: Scanned, progress: Progress) -> Result<BuildReport, Error> {
    let building = store.begin()?;
    let index_err = |source| Error::Index { path: building.clone(), source };
    let (schema, fields) = Fields::build();
    // An answer reads a hundred or so documents scattered over the store, and each read
    // decompresses the whole block holding it: small blocks make those reads cheap.
    let settings = IndexSettings { docstore_blocksize: DOCSTORE_BLOCK_BYTES, ..IndexSettings::default() };
    let index = Index::builder().schema(schema).settings(settings).create_in_dir(&building).map_err(index_err)?;
    // One indexing thread: documents land in the order they are added, so the same data
    // always gives the same index (and the same order among equally good answers).
    let mut writer: IndexWriter = index.writer_with_num_threads(1, opts.writer_memory_bytes).map_err(index_err)?;
    let files = ingest::article_files(&opts.data_dir)?;
    let mut report = BuildReport::default();
    let read = index_files(&mut writer, opts, &fields, &files, progress, &mut report).map_err(index_err)?;
    writer.commit().map_err(index_err)?;
    writer.wait_merging_threads().map_err(index_err)?;
    let manifest = match scanned {
        Scanned::Hashed(manifest) => manifest,
        Scanned::Unhashed(listing) => listing.complete(&opts.data_dir, &read)?,
    };
    write_manifest(&building, &manifest)?;
    store.publish(&building, &manifest.fingerprint())?;
    Ok(report)
}

/// One article file read, its figures and quotes extracted, and its index documents made.
struct Prepared {
    docs: Vec<TantivyDocument>,
    figures: usize,
    quotes: usize,
}

/// One file as the build read it: its id, the hash of its bytes (when they were read), and
/// its documents or why it was skipped.
struct Read {
    id: String,
    hash: Option<[u8; 32]>,
    prepared: Result<Prepared, Skipped>,
}

fn prepare(opts: &IndexOptions, catalogue: &Catalogue, fields: &Fields, path: &Path) -> Read {
    let id = ingest::article_id(&opts.data_dir, path);
    let mut hash = None;
    let text = ingest::read_file_seeing(path, opts.limits, &mut |bytes| hash = Some(manifest::hash(bytes)));
    let prepared = text.map_err(|reason| Skipped { path: path.to_path_buf(), reason }).map(|text| {
        let article = ingest::parse_article(&id, path, &text, catalogue);
        let places = ParagraphPlaces::new(&article);
        let extraction = extract::extract_with(&article, &places);
        let docs = documents(fields, &article, &extraction, &places);
        Prepared { docs, figures: extraction.figures.len(), quotes: extraction.quotes.len() }
    });
    Read { id, hash, prepared }
}

/// Reads and extracts files on every core, a chunk at a time, and adds their documents in
/// file order, so that the index does not depend on which core finished first. Returns the
/// hash of every file read, by id.
fn index_files(
    writer: &mut IndexWriter,
    opts: &IndexOptions,
    fields: &Fields,
    paths: &[PathBuf],
    progress: Progress,
    report: &mut BuildReport,
) -> Result<HashMap<String, [u8; 32]>, tantivy::TantivyError> {
    const CHUNK: usize = 256;
    let catalogue = Catalogue::load(&opts.data_dir).unwrap_or_else(|e| {
        tracing::warn!(error = %e, "the catalogue cannot be read; articles are indexed without it");
        Catalogue::default()
    });
    let mut done = 0;
    let mut hashes = HashMap::with_capacity(paths.len());
    // The next chunk is read and extracted on every core while this thread hands the last
    // one's documents to tantivy, so that neither waits for the other: adding them in turn
    // left the cores idle for a quarter of a build.
    std::thread::scope(|scope| {
        let (send, chunks) = std::sync::mpsc::sync_channel::<Vec<Read>>(1);
        let catalogue = &catalogue;
        scope.spawn(move || {
            for chunk in paths.chunks(CHUNK) {
                let read = chunk.par_iter().map(|path| prepare(opts, catalogue, fields, path)).collect();
                if send.send(read).is_err() {
                    break; // the writer failed and stopped taking chunks
                }
            }
        });
        for read in chunks {
            let count = read.len();
            add_chunk(writer, read, &mut hashes, report)?;
            done += count;
            progress(done, paths.len());
        }
        Ok::<_, tantivy::TantivyError>(())
    })?;
    Ok(hashes)
}

/// Hands one chunk's documents to the writer, in file order, and notes what was read.
fn add_chunk(
    writer: &mut IndexWriter,
    read: Vec<Read>,
    hashes: &mut HashMap<String, [u8; 32]>,
    report: &mut BuildReport,
) -> Result<(), tantivy::TantivyError> {
    for Read { id, hash, prepared } in read {
        if let Some(hash) = hash {
            hashes.insert(id, hash);
        }
        match prepared {
            Ok(p) => {
                report.articles += 1;
                report.figures += p.figures;
                report.quotes += p.quotes;
                for doc in p.docs {
                    writer.add_document(doc)?;
                }
            }
            Err(skipped) => report.skipped.push(skipped),
        }
    }
    Ok(())
}

/// Canonical names of the places a text names.
fn places_in(text: &str) -> BTreeSet<&'static str> {
    places::mentions(text).into_iter().map(|m| m.place.name).collect()
}

/// Adds the London boroughs a paragraph of a London article names to its places (a name
/// that is as often something else, "Westminster" or "Sutton", only beside London or the
/// Met), so that `/force Croydon` finds the text about Croydon.
fn add_boroughs(text: &str, found: &mut BTreeSet<&'static str>) {
    let beside_london = found.contains("London") || found.contains("Metropolitan Police");
    for (mention, ambiguous) in places::borough_mentions(text) {
        if beside_london || !ambiguous {
            found.insert(mention.place.name);
        }
    }
}

/// Whether an article is about London: it names London or the Met, or places a figure in
/// one of its boroughs. Only then are its paragraphs searched for boroughs.
fn about_london(mentioned: &[BTreeSet<&'static str>], extraction: &Extraction) -> bool {
    mentioned.iter().any(|m| m.contains("London") || m.contains("Metropolitan Police"))
        || extraction.figures.iter().filter_map(|f| f.place.as_deref()).any(places::is_london_borough)
}

/// The index documents of one article: the article itself, its paragraphs, figures and quotes.
/// `places` holds the gazetteer's scans of its paragraphs, as far as extraction made them.
pub fn documents(
    f: &Fields,
    article: &Article,
    extraction: &Extraction,
    places: &ParagraphPlaces,
) -> Vec<TantivyDocument> {
    let mut docs = Vec::new();
    let mut article_places: BTreeSet<&'static str> = BTreeSet::new();
    let mut mentioned: Vec<BTreeSet<&'static str>> =
        article.body().map(|p| places.in_text(p.index, &p.norm).iter().map(|m| m.place.name).collect()).collect();
    if about_london(&mentioned, extraction) {
        for (p, found) in article.body().zip(&mut mentioned) {
            add_boroughs(&p.norm, found);
        }
    }
    for (p, mentioned) in article.body().zip(mentioned) {
        article_places.extend(&mentioned);
        let mut doc = base(f, DocType::Paragraph, &article.id);
        doc.add_text(f.text, &p.text);
        doc.add_u64(f.paragraph, p.index as u64);
        for place in mentioned {
            doc.add_text(f.place, place_key(DocType::Paragraph, place));
        }
        docs.push(doc);
    }
    let meta = json(&ArticleMeta::of(article, extraction));
    let mut named = NamedPlaces::default();
    for figure in &extraction.figures {
        let mut doc = figure_doc(f, &article.id, figure, &mut named, &mut article_places);
        doc.add_text(f.source, &meta);
        docs.push(doc);
    }
    for quote in &extraction.quotes {
        let mut doc = quote_doc(f, &article.id, quote, &mut named, &article_places);
        doc.add_text(f.source, &meta);
        docs.push(doc);
    }
    // The title is in the payload; the headline is searched as the paragraph it is.
    let mut doc = base(f, DocType::Article, &article.id);
    for place in &article_places {
        doc.add_text(f.place, place_key(DocType::Article, place));
    }
    doc.add_text(f.payload, meta);
    docs.push(doc);
    docs
}

fn base(f: &Fields, doc_type: DocType, article_id: &str) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.doc_type, doc_type.as_str());
    doc.add_text(f.article_id, article_id);
    doc
}

fn json<T: Serialize>(value: &T) -> String {
    // Serialising our own plain structs cannot fail; an empty payload would only hide a record.
    serde_json::to_string(value).unwrap_or_default()
}

/// The places named by the short texts of one article's records (a figure's place, a quote's
/// organisation), each text read by the gazetteer once: an article's figures mostly share a
/// few places, and its quotes an organisation or two.
#[derive(Default)]
struct NamedPlaces<'a>(rustc_hash::FxHashMap<&'a str, BTreeSet<&'static str>>);

impl<'a> NamedPlaces<'a> {
    /// [`places_in`] of `text`.
    fn of(&mut self, text: &'a str) -> BTreeSet<&'static str> {
        self.0.entry(text).or_insert_with(|| places_in(text)).clone()
    }
}

fn figure_doc<'a>(
    f: &Fields,
    article_id: &str,
    figure: &'a Figure,
    named: &mut NamedPlaces<'a>,
    article_places: &mut BTreeSet<&'static str>,
) -> TantivyDocument {
    let mut doc = base(f, DocType::Figure, article_id);
    if let Some(place) = &figure.place {
        let covered = named.of(place);
        let covered =
            if covered.is_empty() { places::named(place).map(|p| p.name).into_iter().collect() } else { covered };
        for name in covered {
            doc.add_text(f.place, place_key(DocType::Figure, name));
            article_places.insert(name);
        }
    }
    if let Some(period) = figure.period {
        doc.add_text(f.period, period.to_string());
    } else if let Some(year) = figure.calendar_year {
        // "2024", a term no financial year ("2024/25") shares: a bare year asked finds it.
        doc.add_text(f.period, year.to_string());
    }
    // The year answers list latest first: a calendar year sorts beside the financial year
    // starting in it (rankings read this column only for counts with a financial year).
    let year = figure.period.map(|p| p.start_year).or(figure.calendar_year);
    doc.add_u64(f.period_start, year.map_or(0, u64::from));
    doc.add_text(f.measure, figure.measure.as_str());
    if let Some(force) = ranked_force(figure) {
        doc.add_text(f.ranked_force, force.name);
        doc.add_f64(f.ranked_value, figure.value);
    }
    doc.add_u64(f.paragraph, figure.paragraph as u64);
    doc.add_text(f.payload, json(figure));
    doc
}

/// The force a figure is a yearly count for, if it is one: what rankings of forces hold.
pub fn ranked_force(figure: &Figure) -> Option<&'static places::Place> {
    if !figure.is_total() || figure.period.is_none() {
        return None;
    }
    figure.place.as_deref().and_then(places::by_name).filter(|p| p.scope == places::Scope::Force)
}

fn quote_doc<'a>(
    f: &Fields,
    article_id: &str,
    quote: &'a Quote,
    named: &mut NamedPlaces<'a>,
    article_places: &BTreeSet<&'static str>,
) -> TantivyDocument {
    let mut doc = base(f, DocType::Quote, article_id);
    doc.add_text(f.text, &quote.text);
    doc.add_text(f.speaker, &quote.speaker);
    doc.add_text(f.speaker_name, &quote.speaker);
    if let Some(org) = &quote.organisation {
        doc.add_text(f.organisation, org);
    }
    let own = quote.organisation.as_deref().map(|org| named.of(org)).unwrap_or_default();
    for place in article_places.iter().chain(&own).collect::<BTreeSet<_>>() {
        doc.add_text(f.place, place_key(DocType::Quote, place));
    }
    if let Some(&first) = quote.paragraphs.first() {
        doc.add_u64(f.paragraph, first as u64);
    }
    doc.add_text(f.payload, json(quote));
    doc
}

/// The key that groups every quote of one speaker.
pub fn speaker_key(speaker: &str) -> String {
    extract::quotes::speaker_key(speaker)
}

/// The id of every article in the index, sorted, read from the term dictionary rather
/// than from each article's stored record (100,000 of those take a second to read).
pub fn article_ids(index: &SearchIndex) -> Result<Vec<String>, Error> {
    let mut ids = BTreeSet::new();
    each_live_term(index, index.fields.article_id, &mut |id, _| {
        ids.insert(id.to_string());
    })?;
    Ok(ids.into_iter().collect())
}

/// Every speaker name in the index with how many quotes carry it.
pub fn speaker_names(index: &SearchIndex) -> Result<Vec<(String, u32)>, Error> {
    let mut counts: std::collections::BTreeMap<String, u32> = std::collections::BTreeMap::new();
    each_live_term(index, index.fields.speaker_name, &mut |name, docs| {
        *counts.entry(name.to_string()).or_default() += docs;
    })?;
    Ok(counts.into_iter().collect())
}

/// Calls `found` with each term of `field` in each segment and how many live documents hold
/// it there. A segment where documents were deleted (by an update in place) still lists
/// their terms until a merge; there only live documents count, and terms with none are left
/// out.
fn each_live_term(
    index: &SearchIndex,
    field: tantivy::schema::Field,
    found: &mut dyn FnMut(&str, u32),
) -> Result<(), Error> {
    use tantivy::DocSet;
    for segment in index.reader.searcher().segment_readers() {
        let inverted = segment.inverted_index(field)?;
        let mut terms = inverted.terms().stream().map_err(|e| Error::Search(e.into()))?;
        while terms.advance() {
            let docs = match segment.alive_bitset() {
                None => terms.value().doc_freq,
                Some(alive) => {
                    let mut postings = inverted
                        .read_postings_from_terminfo(terms.value(), tantivy::schema::IndexRecordOption::Basic)
                        .map_err(|e| Error::Search(e.into()))?;
                    let mut live = 0;
                    while postings.doc() != tantivy::TERMINATED {
                        live += u32::from(alive.is_alive(postings.doc()));
                        postings.advance();
                    }
                    live
                }
            };
            if let (true, Ok(term)) = (docs > 0, std::str::from_utf8(terms.key())) {
                found(term, docs);
            }
        }
    }
    Ok(())
}

/// Reads a stored text field.
pub fn stored_str(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<&str> {
    doc.get_first(field).and_then(|v| v.as_str())
}

/// The record of the article a figure or quote comes from, as stored on it.
pub fn source_meta(doc: &TantivyDocument, f: &Fields) -> Option<ArticleMeta> {
    stored_str(doc, f.source).and_then(|s| serde_json::from_str(s).ok())
}

/// Reads a stored JSON payload back into its record.
pub fn payload<T: for<'de> Deserialize<'de>>(doc: &TantivyDocument, f: &Fields) -> Option<T> {
    stored_str(doc, f.payload).and_then(|s| serde_json::from_str(s).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_records_places_read_once_an_article_are_those_a_fresh_read_finds() {
        let texts = ["Kent Police", "Durham and Cleveland", "national", "NSPCC", "the Met", "Kent Police", ""];
        let mut named = NamedPlaces::default();
        for _ in 0..2 {
            for text in texts {
                assert_eq!(named.of(text), places_in(text), "{text}");
            }
        }
        assert_eq!(named.0.len(), texts.len() - 1);
    }

    #[test]
    fn a_build_from_scratch_records_the_manifest_a_full_scan_would() {
        let data = tempfile::tempdir().unwrap();
        let index = tempfile::tempdir().unwrap();
        let d = data.path();
        let files: [(&str, &[u8]); 6] = [
            ("a.txt", b"Kent Police recorded 120 offences in 2016/17, up from 90.\n"),
            ("sub/b.md", b"# Title\n\nDurham Constabulary recorded 45 offences.\n"),
            ("binary.txt", b"not\0text"),
            ("notes.json", b"{}"),
            ("big.txt", &[b'x'; 300]),
            (ingest::catalogue::FILE_NAME, b"[\"a.txt\"]\ntitle = \"A\"\n"),
        ];
        for (name, bytes) in files {
            std::fs::create_dir_all(d.join(name).parent().unwrap()).unwrap();
            std::fs::write(d.join(name), bytes).unwrap();
        }
        let opts = IndexOptions {
            data_dir: d.to_path_buf(),
            index_dir: index.path().to_path_buf(),
            limits: Limits { max_file_bytes: 200 },
            writer_memory_bytes: 15_000_000,
        };
        let (_, report) = open_or_build(&opts, false, &|_, _| {}).unwrap();
        assert_eq!((report.freshness, report.articles, report.skipped.len()), (Freshness::Built, 2, 3));
        let live = Store::new(index.path()).current().unwrap();
        let written = Manifest::read(&live.join(manifest::FILE_NAME)).unwrap();
        let scanned = Manifest::scan(d, None).unwrap();
        assert_eq!(written.files, scanned.files, "hashed while read, skipped files and catalogue included");
        assert_eq!(written.files["binary.txt"].hash, manifest::hash(b"not\0text"));
    }

    /// Options for a test's small index over `data`, kept in `index`.
    fn small_options(data: &Path, index: &Path) -> IndexOptions {
        IndexOptions {
            data_dir: data.to_path_buf(),
            index_dir: index.to_path_buf(),
            limits: Limits::default(),
            writer_memory_bytes: 15_000_000,
        }
    }

    #[test]
    fn an_index_built_right_after_its_files_were_written_keeps_a_manifest_that_trusts_them_later() {
        let data = tempfile::tempdir().unwrap();
        let index = tempfile::tempdir().unwrap();
        let article = data.path().join("a.txt");
        std::fs::write(&article, "Kent Police recorded 120 offences in 2016/17, up from 90.\n").unwrap();
        let opts = small_options(data.path(), index.path());
        open_or_build(&opts, false, &|_, _| {}).unwrap();
        let live = Store::new(index.path()).current().unwrap();
        let manifest_path = live.join(manifest::FILE_NAME);
        // Make the build's scan one that came a moment after the file was written, an hour ago.
        let written_at = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options().write(true).open(&article).unwrap().set_modified(written_at).unwrap();
        let mut racy = Manifest::scan(data.path(), None).unwrap();
        let stamp = racy.files["a.txt"];
        racy.scanned_ns = stamp.modified_ns + 1;
        std::fs::write(&manifest_path, racy.encode()).unwrap();

        let (_, report) = open_or_build(&opts, false, &|_, _| {}).unwrap();
        assert_eq!(report.freshness, Freshness::Reused);
        let kept = Manifest::read(&manifest_path).unwrap();
        assert!(kept.spares_reads_over(&racy), "the next open trusts the file without reading it");
        assert!(kept.same_content(&racy));
        assert!(!kept.spares_reads_over(&kept));
    }

    #[test]
    fn an_article_edited_in_place_or_removed_after_an_unchanged_open_is_seen_by_the_next() {
        let data = tempfile::tempdir().unwrap();
        let index = tempfile::tempdir().unwrap();
        let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let settle = |name: &str, text: &str, at: std::time::SystemTime| {
            let path = data.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
            std::fs::File::options().write(true).open(&path).unwrap().set_modified(at).unwrap();
        };
        settle("north/a.txt", "Northshire Police logged 321 thefts in 2021/22.\n", an_hour_ago);
        settle("south/b.txt", "Southdale Constabulary logged 44 burglaries in 2021/22.\n", an_hour_ago);
        let opts = small_options(data.path(), index.path());
        open_or_build(&opts, false, &|_, _| {}).unwrap();
        let (_, report) = open_or_build(&opts, false, &|_, _| {}).unwrap();
        assert_eq!((report.freshness, report.articles), (Freshness::Reused, 2));

        // Same size, same folder times: only the file's own time has moved.
        settle(
            "north/a.txt",
            "Northshire Police logged 987 thefts in 2021/22.\n",
            an_hour_ago + Duration::from_secs(1),
        );
        let (index_now, report) = open_or_build(&opts, false, &|_, _| {}).unwrap();
        assert_eq!((report.freshness, report.articles), (Freshness::Updated { removed: 0 }, 1));
        let live = Store::new(index.path()).current().unwrap();
        let kept = Manifest::read(&live.join(manifest::FILE_NAME)).unwrap();
        assert_eq!(
            kept.files["north/a.txt"].hash,
            manifest::hash(b"Northshire Police logged 987 thefts in 2021/22.\n")
        );
        assert_eq!(index_now.article_count().unwrap(), 2);

        std::fs::remove_file(data.path().join("south/b.txt")).unwrap();
        let (index_now, report) = open_or_build(&opts, false, &|_, _| {}).unwrap();
        assert_eq!(report.freshness, Freshness::Updated { removed: 1 });
        assert_eq!(index_now.article_count().unwrap(), 1);
    }
}
