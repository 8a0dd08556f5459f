//! Reading a folder of articles: every `.txt`, `.md` and `.html` file below it, cleaned and
//! split into paragraphs. A file that cannot be read as an article is reported with its
//! reason and skipped; the others are still read.

pub mod catalogue;
pub mod clean;
mod footnotes;
mod furniture;
pub use furniture::{clip_header, is_clip_cue, is_page_furniture, is_script_cue, opens_with_time};
pub use lead::{is_section_path, lead_line_parts};
mod html;
mod layout;
pub(crate) mod lead;
mod markdown;
mod reflow;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::model::{Article, Role};
use catalogue::Catalogue;

/// The labels an interview printed as questions and answers sets before a question ("Q: How
/// big is the problem?"): such a paragraph is no headline, and its answer is the interviewee's.
pub(crate) const QUESTION_LABELS: &[&str] = &["Q:", "Q.", "Q -", "Question:"];

/// Limits on what is read.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Files larger than this many bytes are skipped.
    pub max_file_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_file_bytes: 5 * 1024 * 1024 }
    }
}

/// Why a file was not read as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    Unreadable(String),
    TooLarge { bytes: u64, limit: u64 },
    Binary,
    InvalidUtf8 { at_byte: usize },
    Empty,
    UnknownFormat(String),
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::Unreadable(e) => write!(f, "cannot be read ({e})"),
            SkipReason::TooLarge { bytes, limit } => write!(f, "too large ({bytes} bytes; the limit is {limit})"),
            SkipReason::Binary => write!(f, "binary, not text"),
            SkipReason::InvalidUtf8 { at_byte } => write!(f, "not valid UTF-8 (at byte {at_byte})"),
            SkipReason::Empty => write!(f, "empty"),
            SkipReason::UnknownFormat(ext) => write!(f, "not an article format ({ext}); expected .txt, .md or .html"),
        }
    }
}

/// A file that was passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "skipped {}: {}", self.path.display(), self.reason)
    }
}

/// The articles of a data folder, and the files that could not be read.
#[derive(Debug, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub skipped: Vec<Skipped>,
}

/// The formats factdesk reads, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
}

fn format_of(path: &Path) -> Result<Format, SkipReason> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "txt" | "text" => Ok(Format::Text),
        "md" | "markdown" => Ok(Format::Markdown),
        "html" | "htm" => Ok(Format::Html),
        "" => Err(SkipReason::UnknownFormat("no extension".into())),
        other => Err(SkipReason::UnknownFormat(format!(".{other}"))),
    }
}

/// Hidden files and folders (a name starting with `.`) below the data folder are never read.
pub fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

/// The article files below `dir`, sorted, with hidden files, the catalogue and the population
/// table left out.
pub fn article_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    if !dir.is_dir() {
        return Err(Error::DataDir { path: dir.to_path_buf() });
    }
    let mut files = Vec::new();
    let walk = walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name().into_iter();
    for entry in walk.filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name())) {
        let entry = entry.map_err(|e| Error::Io {
            path: e.path().map_or_else(|| dir.to_path_buf(), Path::to_path_buf),
            source: e.into(),
        })?;
        let is_catalogue = entry.depth() == 1
            && (entry.file_name() == catalogue::FILE_NAME || entry.file_name() == crate::populations::FILE_NAME);
        if entry.file_type().is_file() && !is_catalogue {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

/// The id of a file: its path relative to the data folder, `/`-separated.
pub fn article_id(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Reads every article below `dir`.
pub fn load_dir(dir: &Path, limits: Limits) -> Result<Corpus, Error> {
    let catalogue = Catalogue::load(dir)?;
    let mut corpus = Corpus::default();
    for path in article_files(dir)? {
        match read_file(&path, limits) {
            Ok(text) => {
                let id = article_id(dir, &path);
                corpus.articles.push(parse_article(&id, &path, &text, &catalogue));
            }
            Err(reason) => corpus.skipped.push(Skipped { path, reason }),
        }
    }
    Ok(corpus)
}

/// Reads the articles a path names: every article below a folder ([`load_dir`]), or one
/// file, whose id is its file name (a file beside its folder's catalogue is not looked up in
/// it: a catalogue describes a whole data folder).
pub fn load_path(path: &Path, limits: Limits) -> Result<Corpus, Error> {
    if path.is_dir() {
        return load_dir(path, limits);
    }
    if !path.is_file() {
        return Err(Error::NoArticles { path: path.to_path_buf() });
    }
    let mut corpus = Corpus::default();
    match read_file(path, limits) {
        Ok(text) => {
            let id = path.file_name().map_or_else(|| path.to_string_lossy(), |name| name.to_string_lossy());
            corpus.articles.push(parse_article(&id, path, &text, &Catalogue::default()));
        }
        Err(reason) => corpus.skipped.push(Skipped { path: path.to_path_buf(), reason }),
    }
    Ok(corpus)
}

/// The text of one article file, or why it cannot be read as one.
pub fn read_file(path: &Path, limits: Limits) -> Result<String, SkipReason> {
    read_file_seeing(path, limits, &mut |_| {})
}

/// [`read_file`], handing the file's bytes to `raw` once they are read (to hash them, say),
/// whether or not they turn out to be an article.
pub fn read_file_seeing(path: &Path, limits: Limits, raw: &mut dyn FnMut(&[u8])) -> Result<String, SkipReason> {
    let format = format_of(path)?;
    let bytes = read_bytes(path, limits)?;
    raw(&bytes);
    decode(&bytes, format)
}

/// The file's bytes, or why not: opened once and sized from the open file, and never read
/// past the limit, even when the file grows while it is read.
fn read_bytes(path: &Path, limits: Limits) -> Result<Vec<u8>, SkipReason> {
    use std::io::Read;
    let unreadable = |e: std::io::Error| SkipReason::Unreadable(e.to_string());
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    let too_large = |bytes| SkipReason::TooLarge { bytes, limit: limits.max_file_bytes };
    if len > limits.max_file_bytes {
        return Err(too_large(len));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0).saturating_add(1));
    file.take(limits.max_file_bytes.saturating_add(1)).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Bytes to article text: UTF-8 checked, binary refused, HTML turned to text.
fn decode(bytes: &[u8], format: Format) -> Result<String, SkipReason> {
    if bytes.contains(&0) {
        return Err(SkipReason::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| SkipReason::InvalidUtf8 { at_byte: e.valid_up_to() })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if control_chars(text) * 20 > text.chars().count().max(1) {
        return Err(SkipReason::Binary);
    }
    let text = match format {
        // A page saved with the wrong extension is still a page.
        Format::Text if looks_like_html(text) => html_to_text(text)?,
        // Text pasted from a PDF is put back into paragraphs first.
        Format::Text => reflow::reflow(text).unwrap_or_else(|| text.to_string()),
        Format::Markdown => markdown::markdown_text(text),
        Format::Html => html_to_text(text)?,
    };
    if text.trim().is_empty() {
        return Err(SkipReason::Empty);
    }
    Ok(text)
}

/// How many chars of `text` are control chars other than whitespace, counted on bytes
/// rather than decoded chars: in UTF-8 these are the ASCII controls, and the C1 controls
/// U+0080..U+009F, encoded as 0xC2 and a second byte 0x80..0x9F (0x85 is whitespace).
fn control_chars(text: &str) -> usize {
    let bytes = text.as_bytes();
    let ascii = bytes.iter().filter(|&&b| (b < 0x20 || b == 0x7F) && !char::from(b).is_whitespace()).count();
    let is_c1 = |b: &u8| (0x80..=0x9F).contains(b) && *b != 0x85;
    let c1 = memchr::memchr_iter(0xC2, bytes).filter(|&at| bytes.get(at + 1).is_some_and(is_c1)).count();
    ascii + c1
}

/// Text that opens with a tag and closes paragraphs or blocks the way HTML does.
fn looks_like_html(text: &str) -> bool {
    const CLOSERS: [&str; 6] = ["</p>", "</div>", "</h1>", "</h2>", "</body>", "</html>"];
    if !text.trim_start().starts_with('<') {
        return false;
    }
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text[..end].to_ascii_lowercase();
    CLOSERS.iter().any(|c| head.contains(c))
}

/// The text a reader reads on an HTML page (see [`html::page_text`]).
fn html_to_text(html: &str) -> Result<String, SkipReason> {
    html::page_text(html).map_err(|e| SkipReason::Unreadable(format!("HTML: {e}")))
}

/// Builds an article from its text and what the catalogue knows of it.
pub fn parse_article(id: &str, path: &Path, text: &str, catalogue: &Catalogue) -> Article {
    let paragraphs = furniture::classify_items(clean::split_items(text));
    let entry = catalogue.get(id).cloned().unwrap_or_default();
    let head = paragraphs.iter().position(|p| p.role == Role::Headline);
    let headline = head.map(|h| paragraphs[h].text.clone());
    // A publication's name printed above the headline says where the article is from.
    let masthead = head.and_then(|h| lead::masthead(paragraphs[..h].iter().map(|p| p.text.as_str())));
    Article {
        id: id.to_string(),
        path: path.to_path_buf(),
        title: entry.title.or(headline),
        outlet: entry.outlet.or(masthead),
        date: entry.date,
        url: entry.url,
        paragraphs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Measure;

    #[test]
    fn a_page_saved_as_text_is_read_as_html() {
        let page = b"<h1>Title</h1>\n<p>Kent Police&#8217;s figure was 244 &amp; rising.</p>";
        let text = decode(page, Format::Text).unwrap_or_default();
        assert!(text.contains("Kent Police\u{2019}s figure was 244 & rising."), "{text}");
        assert!(!text.contains('<'), "{text}");
        // Text that only mentions a tag stays as it is.
        let plain = b"Use <p> tags, she said. Then </p>.";
        assert_eq!(decode(plain, Format::Text).as_deref(), Ok("Use <p> tags, she said. Then </p>."));
    }

    #[test]
    fn a_table_reads_the_same_from_a_page_and_from_markdown() {
        let html = "<article><h1>Offences by force</h1><p>Forces recorded more sexual offences against children in 2021/22.</p><table>\
                    <tr><th>Force</th><th>2021/22</th><th>Of which flagged online, 2021/22</th></tr>\
                    <tr><td>Dorset Police</td><td>1,250</td><td>140</td></tr></table></article>";
        let markdown = "# Offences by force\n\nForces recorded more sexual offences against children in 2021/22.\n\n\
                        | Force | 2021/22 | Of which flagged online, 2021/22 |\n|:--|--:|--:|\n\
                        | Dorset Police | 1,250 | 140 |\n";
        let measures = |bytes: &[u8], format: Format| {
            let text = decode(bytes, format).unwrap_or_default();
            let article = parse_article("t", Path::new("t"), &text, &Catalogue::default());
            let figures = crate::extract::extract(&article).figures;
            figures.iter().map(|f| (f.value, f.measure)).collect::<Vec<_>>()
        };
        let from_page = measures(html.as_bytes(), Format::Html);
        assert_eq!(from_page, [(1250.0, Measure::All), (140.0, Measure::Online)]);
        assert_eq!(measures(markdown.as_bytes(), Format::Markdown), from_page);
    }

    #[test]
    fn a_blockquote_after_a_line_naming_a_speaker_and_a_colon_is_their_quote() {
        let quotes = |markdown: &str| {
            let text = decode(markdown.as_bytes(), Format::Markdown).unwrap_or_default();
            let article = parse_article("t", Path::new("t.md"), &text, &Catalogue::default());
            crate::extract::extract(&article).quotes
        };
        let q = quotes(
            "# Bus lanes\n\nWhen I put the figures to Lowmoor Borough Council, a spokesperson emailed this reply:\n\n\
             > The scheme is under review. We will publish the survey in June.\n\nThe survey closes on Friday.\n",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].speaker.contains("spokesperson"), "{q:?}");
        assert_eq!(q[0].text, "The scheme is under review. We will publish the survey in June.");
        let q = quotes(
            "Dr Nia Rowe, who leads the study, told me:\n\n> Most of the children had never reported it.\n>\n\
             > That silence is what we want to end.\n",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker, "Nia Rowe", "{q:?}");
        assert_eq!(q[0].text, "Most of the children had never reported it. That silence is what we want to end.");
    }

    /// The figures of an article read from `bytes` as `format`, as (value, sentence) pairs.
    fn figures_with_sentences(bytes: &str, format: Format) -> Vec<(f64, String)> {
        let text = decode(bytes.as_bytes(), format).unwrap_or_default();
        let article = parse_article("t", Path::new("t"), &text, &Catalogue::default());
        let extraction = crate::extract::extract(&article);
        extraction.figures.iter().map(|f| (f.value, f.sentence.clone())).collect()
    }

    #[test]
    fn footnote_marks_are_no_figures_and_the_sentence_ends_before_the_next() {
        let markdown = "# Thefts\n\nHarbour Police logged 612 thefts in 2030/31, up 4% from 588 in 2029/30.[^1] \
                        That is a rate of 2.2 thefts per 1,000 homes.[^2]\n\n\
                        [^1]: Thefts logged between 1 April 2030 and 31 March 2031.\n\n\
                        [^2]: Household estimates for 2030.\n";
        let found = figures_with_sentences(markdown, Format::Markdown);
        let values: Vec<f64> = found.iter().map(|(v, _)| *v).collect();
        assert_eq!(values, [612.0, 4.0, 588.0, 2.2], "{found:?}");
        assert_eq!(found[0].1, "Harbour Police logged 612 thefts in 2030/31, up 4% from 588 in 2029/30.\u{b9}");
        assert_eq!(found[3].1, "That is a rate of 2.2 thefts per 1,000 homes.\u{b2}");
        let text = "Moorland Constabulary arrested 95 drivers over the summer.(1) A further 14 were cautioned.[2] \
                    Patrols doubled in August.\n\nNOTES TO EDITORS\n\n(1) Figures supplied by the force.\n\n\
                    [2] Cautions are provisional.\n";
        let found = figures_with_sentences(text, Format::Text);
        let values: Vec<f64> = found.iter().map(|(v, _)| *v).collect();
        assert_eq!(values, [95.0, 14.0], "{found:?}");
        assert_eq!(found[1].1, "A further 14 were cautioned.\u{b2}");
        let page = "<article><p>Valley Police seized 230 knives in 2030.<sup>[1]</sup> Officers said 40 were \
                    hidden in cars.(2)</p><p>[1] Seizures at the force's own stations.</p></article>";
        let found = figures_with_sentences(page, Format::Html);
        let values: Vec<f64> = found.iter().map(|(v, _)| *v).collect();
        assert_eq!(values, [230.0, 40.0], "{found:?}");
        assert_eq!(found[1].1, "Officers said 40 were hidden in cars.\u{b2}");
    }

    #[test]
    fn a_quote_followed_by_a_footnote_mark_is_still_read_as_a_quote() {
        let quotes = |bytes: &str, format: Format| {
            let text = decode(bytes.as_bytes(), format).unwrap_or_default();
            let article = parse_article("t", Path::new("t"), &text, &Catalogue::default());
            crate::extract::extract(&article).quotes.into_iter().map(|q| q.text).collect::<Vec<_>>()
        };
        let text = "Helpline calls rise\n\nA boy of 12 who rang the helpline said: \"He asked for photos. I blocked him.\"(2)\n\nNOTES\n\n\
                    (2) Details have been changed.\n";
        assert_eq!(quotes(text, Format::Text), ["He asked for photos. I blocked him."]);
        let page = "<article><h1>Patrols paid for</h1><p>The mayor, Ruth Calder, said: \"We will pay for the patrols ourselves.\"<sup>4</sup></p>\
                    <p>The budget is set in March.</p></article>";
        assert_eq!(quotes(page, Format::Html), ["We will pay for the patrols ourselves."]);
    }

    #[test]
    fn a_report_s_paragraph_numbers_are_no_part_of_its_sentences() {
        let markdown = "## 3. Findings\n\n3.1 Riverside Police recorded 820 burglaries in 2030/31.\n\n\
                        3.2 Of these, 75 were solved.\n\n4.1 The council spent \u{a3}1.2m on locks.\n";
        let found = figures_with_sentences(markdown, Format::Markdown);
        let sentences: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(
            sentences,
            [
                "Riverside Police recorded 820 burglaries in 2030/31.",
                "Of these, 75 were solved.",
                "The council spent \u{a3}1.2m on locks."
            ]
        );
        let text = "Annual review\n\n1.1 This paper sets out the year.\n\n1.2 Fenland Police made 310 arrests \
                    for drug supply, a rise of 9%.\n\n2.1 \"We will go further,\" the chief constable said.\n";
        let found = figures_with_sentences(text, Format::Text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|(_, s)| s.starts_with("Fenland Police made 310 arrests")), "{found:?}");
    }

    /// (place, value, kind) of every figure of a text file's article.
    fn figures_placed(text: &str) -> Vec<(Option<String>, f64, crate::model::Kind)> {
        let article = parse_article("t", Path::new("t.txt"), text, &Catalogue::default());
        crate::extract::extract(&article).figures.into_iter().map(|f| (f.place, f.value, f.kind)).collect()
    }

    #[test]
    fn a_missing_persons_headline_under_a_publications_name_makes_the_reports_counts() {
        use crate::model::Kind;
        let found = figures_placed(
            "Wessex TV News\n\nDorset's missing teenagers: police chief asks schools to share more\n\n\
             Dorset Police took 1,310 reports of missing teenagers in 2030/31.\n",
        );
        assert_eq!(found, [(Some("Dorset Police".into()), 1310.0, Kind::Count)]);
        let found = figures_placed(
            "EAST COAST RADIO NEWS\n\nMore children reported missing across Suffolk as exploitation fears grow\n\n\
             Suffolk Constabulary logged 2,480 missing child reports in 2030/31.\n",
        );
        assert_eq!(found, [(Some("Suffolk Constabulary".into()), 2480.0, Kind::Count)]);
    }

    #[test]
    fn a_place_named_above_the_headline_is_where_the_story_is() {
        // London named in a trail of sections, or in a paper's motto, makes its boroughs places.
        let found = figures_placed(
            "News › London › Crime\n\nBurglaries in Haringey climb 12 per cent\n\n\
             Officers in the borough recorded 3,200 burglaries in 2030/31.\n",
        );
        assert!(found.iter().all(|(place, _, _)| place.as_deref() == Some("Haringey")), "{found:?}");
        let found = figures_placed(
            "THE RIVERSIDE GAZETTE\n\nLondon's riverside weekly | News | Sport\n\n\
             Car thefts in Lewisham up by a fifth\n\nThe borough recorded 1,450 car thefts in 2030/31.\n",
        );
        assert_eq!(found.iter().map(|f| f.0.as_deref()).collect::<Vec<_>>(), [Some("Lewisham")], "{found:?}");
    }

    #[test]
    fn files_that_are_not_text_are_refused_with_a_reason() {
        assert_eq!(decode(b"abc\0def", Format::Text), Err(SkipReason::Binary));
        assert_eq!(decode(b"caf\xe9 au lait", Format::Text), Err(SkipReason::InvalidUtf8 { at_byte: 3 }));
        assert_eq!(decode(b"  \n\n ", Format::Text), Err(SkipReason::Empty));
        assert_eq!(decode(b"\x01\x02\x03\x04 ab", Format::Text), Err(SkipReason::Binary));
        assert_eq!(decode("\u{feff}Police said.".as_bytes(), Format::Text).as_deref(), Ok("Police said."));
    }

    #[test]
    fn html_articles_are_read_as_text_paragraphs() {
        let html =
            "<html><body><h1>Rise in crime</h1><p>Police recorded 12 offences.</p><p>A second one.</p></body></html>";
        let text = decode(html.as_bytes(), Format::Html).unwrap_or_default();
        let paragraphs = clean::split_paragraphs(&text);
        assert!(paragraphs.iter().any(|p| p.contains("Police recorded 12 offences.")), "{paragraphs:?}");
        assert!(paragraphs.iter().any(|p| p.contains("A second one.")));
    }

    #[test]
    fn a_file_is_read_up_to_the_size_limit_and_refused_past_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Kent Police recorded 12 offences.").unwrap();
        let limit = |max_file_bytes| Limits { max_file_bytes };
        assert_eq!(read_bytes(&path, limit(33)).unwrap(), b"Kent Police recorded 12 offences.");
        assert_eq!(read_bytes(&path, limit(32)), Err(SkipReason::TooLarge { bytes: 33, limit: 32 }));
        let missing = read_bytes(&dir.path().join("gone.txt"), limit(100));
        assert!(matches!(missing, Err(SkipReason::Unreadable(_))), "{missing:?}");
        assert!(matches!(read_bytes(dir.path(), limit(1 << 20)), Err(SkipReason::Unreadable(_))), "a folder");
    }

    #[test]
    fn control_chars_are_counted_on_bytes_as_on_chars() {
        let text = "a\tb\x01c\u{7f}\u{80}\u{85}\u{9f}\u{a0}é\r\n\u{1c}";
        let by_chars = text.chars().filter(|c| c.is_control() && !c.is_whitespace()).count();
        assert_eq!(control_chars(text), by_chars);
    }

    #[test]
    fn formats_are_known_by_extension() {
        assert_eq!(format_of(Path::new("a/b.TXT")), Ok(Format::Text));
        assert_eq!(format_of(Path::new("a.md")), Ok(Format::Markdown));
        assert_eq!(format_of(Path::new("a.htm")), Ok(Format::Html));
        assert!(matches!(format_of(Path::new("a.png")), Err(SkipReason::UnknownFormat(_))));
    }

    #[test]
    fn a_drop_cap_is_joined_to_its_word_in_text_markdown_and_html_alike() {
        let paragraphs = |bytes: &[u8], format: Format| {
            let text = decode(bytes, format).unwrap_or_default();
            let article = parse_article("t", Path::new("t"), &text, &Catalogue::default());
            article.paragraphs.into_iter().map(|p| p.text).collect::<Vec<_>>()
        };
        let want = "Ingrid Solbakk kept the ferry log for 12 years.";
        let txt = paragraphs(b"THE FERRY LOG\n\nI\nngrid Solbakk kept the ferry log for 12 years.\n", Format::Text);
        assert!(txt.iter().any(|p| p == want), "{txt:?}");
        let md =
            paragraphs(b"# The ferry log\n\nI\nngrid Solbakk kept the ferry log for 12 years.\n", Format::Markdown);
        assert!(md.iter().any(|p| p == want), "{md:?}");
        let html = b"<article><h1>The ferry log</h1><p>I<br>ngrid Solbakk kept the ferry log for 12 years.</p>\
                     <p>Q</p><p>Why so long?</p></article>";
        let html = paragraphs(html, Format::Html);
        assert!(html.iter().any(|p| p == want), "{html:?}");
        assert!(html.iter().any(|p| p == "Why so long?"), "{html:?}");
        // A drop cap in a block of its own joins the block it opens.
        let html =
            b"<article><h1>The ferry log</h1><p>I</p><p>ngrid Solbakk kept the ferry log for 12 years.</p></article>";
        let html = paragraphs(html, Format::Html);
        assert!(html.iter().any(|p| p == want), "{html:?}");
        // In Markdown too, a lone letter before a capitalised line is left as it was.
        let md = paragraphs(b"# The ferry log\n\nQ\nWhy so long?\n", Format::Markdown);
        assert!(md.iter().any(|p| p == "Q Why so long?"), "{md:?}");
    }
}
