//! Benchmarks of the hot paths on a generated corpus: extraction (MB/s), index build,
//! `/force`, `/search` and autocomplete. Run with `cargo bench`; the scripted side-by-side
//! run against SQLite FTS5 and ripgrep is `bench/side-by-side.sh`.

use std::path::Path;
use std::sync::OnceLock;

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use factdesk::config::AnswerSettings;
use factdesk::ingest::{self, catalogue::Catalogue, Limits};
use factdesk::search::IndexOptions;
use factdesk::AnswerEngine;

fn main() {
    divan::main();
}

/// 200 generated articles, as text.
fn texts() -> &'static [String] {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let mut rng = fastrand::Rng::with_seed(42);
        (0..200).map(|_| factdesk::corpus::article(&mut rng)).collect()
    })
}

#[divan::bench]
fn extract_200_articles(bencher: Bencher) {
    let bytes: usize = texts().iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (i, text) in texts().iter().enumerate() {
            let article = ingest::parse_article(&i.to_string(), Path::new("a.txt"), text, &Catalogue::default());
            black_box(factdesk::extract::extract(&article));
        }
    });
}

/// Long runs of numbers, places, years and ranges with nothing else around them (the pieces of
/// the unit test `pathological_runs_of_numbers_and_places_are_read_to_the_end`), and a
/// paragraph of one quote and figure sentence repeated, at two sizes: the bytes a second at 40 KB
/// should be close to those at 10 KB. A rule that compares every figure with every other shows
/// here as a throughput that falls with the size (it once did: 40 KB of "1 " took 6.5 s).
/// A councillor quoted after the run looks back through it for their council, as a speaker
/// with no organisation of their own does (40 KB of "Kent County Council and " once took 5 s).
/// A force named after "at", "for" or "with" is read for a speaker's job in its own sentence
/// only, within a window of the name (a paragraph with no full stop once read back to its
/// start at every name).
#[divan::bench(
    args = ["1 ", "12% ", "Kent and ", "2016/17 ", "from 5 to ", "aged 3 and ", "£1m, ", "last year ",
            "Kent County Council and ", "a sergeant with Kent Police said 4 ",
            "Jane Smith said: “We are shocked.” The figures rose by 3.5 per cent in Kent. "],
    consts = [10_000, 40_000],
    sample_count = 5
)]
fn pathological_input<const BYTES: usize>(bencher: Bencher, piece: &str) {
    let mut text = piece.repeat(BYTES / piece.len());
    text.push_str("\n\nCouncillor Dana Davies said: “We cannot keep cutting.”\n");
    let article = ingest::parse_article("p", Path::new("p.txt"), &text, &Catalogue::default());
    bencher.counter(BytesCount::new(text.len())).bench(|| black_box(factdesk::extract::extract(&article)));
}

/// tantivy's own share of an index build: the documents of 200 articles (read, extracted and
/// made beforehand) added by one writer thread and committed, in memory. What is left of
/// the build's time per byte is ours.
#[divan::bench(sample_count = 20)]
fn tantivy_indexing_only_200_articles(bencher: Bencher) {
    let bytes: usize = texts().iter().map(String::len).sum();
    let (schema, fields) = factdesk::search::Fields::build();
    let docs: Vec<tantivy::TantivyDocument> = texts()
        .iter()
        .enumerate()
        .flat_map(|(i, text)| {
            let article = ingest::parse_article(&i.to_string(), Path::new("a.txt"), text, &Catalogue::default());
            let places = factdesk::extract::places::ParagraphPlaces::new(&article);
            let extraction = factdesk::extract::extract_with(&article, &places);
            factdesk::search::documents(&fields, &article, &extraction, &places)
        })
        .collect();
    bencher.counter(BytesCount::new(bytes)).with_inputs(|| docs.clone()).bench_values(|docs| {
        let index = tantivy::Index::create_in_ram(schema.clone());
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 50_000_000).expect("a writer on a memory index");
        for doc in docs {
            writer.add_document(doc).expect("the writer takes documents");
        }
        writer.commit().expect("the commit succeeds");
    });
}

/// An engine over 2,000 generated articles, built once for the query benchmarks.
fn engine() -> &'static AnswerEngine {
    static ENGINE: OnceLock<(tempfile::TempDir, AnswerEngine)> = OnceLock::new();
    let (_, engine) = ENGINE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        factdesk::corpus::write(&dir.path().join("data"), 2_000, 7).expect("writing the corpus");
        let (engine, _) = AnswerEngine::open(&options(dir.path()), limits(), &|_, _| {}).expect("the engine opens");
        (dir, engine)
    });
    engine
}

fn options(root: &Path) -> IndexOptions {
    IndexOptions {
        data_dir: root.join("data"),
        index_dir: root.join("index"),
        limits: Limits::default(),
        writer_memory_bytes: 50_000_000,
    }
}

fn limits() -> AnswerSettings {
    AnswerSettings { max_snippets: 5, max_quotes: 10, max_results: 10, search_threads: 1 }
}

#[divan::bench(sample_count = 10)]
fn build_index_500_articles(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    factdesk::corpus::write(&dir.path().join("data"), 500, 9).expect("writing the corpus");
    bencher.bench(|| {
        let opts = options(dir.path());
        black_box(factdesk::search::open_or_build(&opts, true, &|_, _| {}).expect("the index builds"));
    });
}

#[divan::bench(args = ["Cleveland", "Metropolitan Police", "north yorkshire", "Atlantis"])]
fn force(name: &str) {
    black_box(engine().ask(&format!("/force {name}")).expect("an answer"));
}

#[divan::bench(args = ["grooming", "\"indecent images\"", "rise AND children", "\"unbalanced"])]
fn search(text: &str) {
    black_box(engine().ask(&format!("/search {text}")).expect("an answer"));
}

#[divan::bench(args = ["c", "clev", "north", "xyz"])]
fn autocomplete(partial: &str) {
    black_box(engine().complete_place(partial, 25));
    black_box(engine().complete_speaker(partial, 25));
}
