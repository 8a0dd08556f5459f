//! Direct speech: who said which words.
//!
//! A paragraph's quoted spans are found first ([`spans`]); a span is direct speech when the
//! grammar around it attributes it ([`attribution`]: "X said:", ", X said", ", said X"),
//! or when it carries on a quote from the sentence or paragraph just before. Everything
//! else in quote marks (scare quotes, titles, fragments folded into reported speech,
//! crossheads) is left alone. The words naming a speaker are read by [`speaker`] and
//! resolved against what the article said before ([`context`]), including the people it
//! named without quoting them ([`mentions`]): "he", "Sgt Haldane", "the charity", "a police
//! spokesman".
//!
//! This module holds the article-wide driver ([`extract_quotes_with`]), the paragraph as
//! chars ([`Para`]), what carries from one paragraph to the next and the quote [`Builder`];
//! one paragraph is read by [`reader`], and the people it names outside its quotes are noted
//! by [`reported`].

mod attribution;
mod context;
mod first_names;
mod interview;
mod mentions;
mod named_later;
mod names;
mod reader;
mod reported;
mod spans;
mod speaker;
mod transcript;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_misreadings;

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

pub(crate) use first_names::first_name_gender;
pub use names::speaker_key;

use crate::extract::places::ParagraphPlaces;
use crate::model::{Article, Paragraph, Quote, Role};
use context::{Context, Resolved};

use self::reader::{opens_paragraph, read_paragraph};
use self::reported::note_reported_speakers;

/// Whether a line, read alone, is what the quote reader takes as introducing the quote
/// after it: one of its speech verbs ([`attribution::VERBS`], in any case), or a clause it
/// reads a speaker from before a colon ("Shop owner Priya Shah raged:", "The family released
/// this statement:", "According to the council:"). Ingest keeps such a line, however short.
pub fn introduces_a_quote(line: &str) -> bool {
    attribution::has_speech_verb(&line.to_lowercase()) || attribution::intro_speaker(line).is_some()
}

/// Every direct quote in the article's text, each once, attributed, in reading order.
pub fn extract_quotes(article: &Article) -> Vec<Quote> {
    extract_quotes_with(article, &ParagraphPlaces::new(article))
}

/// [`extract_quotes`], taking the gazetteer's scan of each paragraph from `places`, which
/// other stages share.
pub fn extract_quotes_with(article: &Article, places: &ParagraphPlaces) -> Vec<Quote> {
    // Each text paragraph with the number of section breaks before it that start a new
    // entry (see [`starts_an_entry`] and [`Context::new`]).
    let mut breaks = 0;
    let mut pending: Option<&Paragraph> = None;
    let mut paras: Vec<Para> = Vec::new();
    // A header line naming a post's or message's sender, set aside by ingest as a byline or
    // furniture ("Reply from Kent Police @kentpolice · 09:31"), with where it stands.
    let mut header: Option<(usize, String)> = None;
    // Picture captions, each with the number of text paragraphs before it.
    let mut captions: Vec<(usize, &str)> = Vec::new();
    for p in &article.paragraphs {
        if p.role == Role::Caption {
            captions.push((paras.len(), p.norm.as_str()));
        }
        if !p.role.is_text() && p.role != Role::Repeat && p.role != Role::Break {
            if let Some(words) = reader::message_header(&p.norm) {
                header = Some((p.index, words));
            }
        }
        if p.role == Role::Break {
            pending = Some(p);
        } else if p.role == Role::Furniture && !crate::ingest::is_page_furniture(&p.text) {
            // A short sign-off line ("– Jo Bloggs") is furniture to ingest; it still names
            // the speaker of the quote straight above it.
            if let Some(last) = paras.last_mut().filter(|last| last.index + 1 == p.index) {
                last.signed_by = sign_off(&p.norm);
            }
            // A short label right after a rule is the heading of what follows ("## Dover",
            // `<h2>Teignmouth</h2>`), which ingest files as furniture: the break is judged
            // by it, not by the first sentence under it.
            if let Some(line) = pending.take() {
                breaks += usize::from(starts_an_entry(&line.text, &p.norm));
            }
        } else if p.role.is_text() || p.role == Role::Repeat {
            if let Some(line) = pending.take() {
                breaks += usize::from(starts_an_entry(&line.text, &p.norm));
            }
            let mut para = Para::new(p);
            para.section = breaks;
            para.headed_by = header.take().filter(|(at, _)| at + 1 == p.index).map(|(_, words)| words);
            paras.push(para);
        }
    }
    for k in 1..paras.len() {
        if let Some(words) = sign_off(&paras[k].norm_str) {
            paras[k - 1].signed_by = Some(words);
        }
        paras[k - 1].named_after = attribution::points_back(&paras[k].norm_str);
        if paras[k].headed_by.is_none() && paras[k - 1].index + 1 == paras[k].index {
            paras[k].headed_by = reader::message_header(&paras[k - 1].norm_str);
        }
    }
    // An article opening on a quote whose speaker a later sentence names as having spoken
    // the words it opens on: a named person there is surer than a description pointing back
    // straight after the quote.
    if let Some((first, words)) = named_later::opening_quote_named(&paras) {
        let named = matches!(speaker::parse_who(&words), Some(speaker::Who::Person(_)));
        if let Some(para) = paras.get_mut(first).filter(|p| p.named_after.is_none() || named) {
            para.named_after = Some(words);
        }
    }
    // Repeated text would count its places twice.
    let norms: Vec<(usize, &str, usize)> = paras
        .iter()
        .map(|p| (p.index, if p.role == Role::Repeat { "" } else { p.norm_str.as_str() }, p.section))
        .collect();
    let mut ctx = Context::new(article.title.as_deref(), &norms, places);
    ctx.set_writer(letter_signer(&article.paragraphs));
    for &(before, caption) in &captions {
        ctx.note_caption(caption, before);
    }
    let mut quotes = Builder::default();
    let mut carry = Carry::Nothing;
    let cued = interview::explicit_cue(article, &paras);
    let mut interview = interview::may_be_interview(&paras, cued).then(|| interview::Interview::new(&paras, cued));
    let labelled = interview::has_labelled_answers(&paras);
    let mut transcript = transcript::Transcript::detect(article, &paras);
    let bodies = std::cell::OnceCell::new();
    for (k, para) in paras.iter().enumerate() {
        // Nothing said before a section break runs on after it: no quote goes on, no one
        // introduced is still to speak.
        if k > 0 && paras.get(k - 1).is_some_and(|before| before.section != para.section) {
            carry = Carry::Nothing;
        }
        if para.role == Role::Headline
            || (para.role == Role::Repeat
                && (!continues_quote(para, &carry, &quotes) || lifted(para, &carry, &paras, &bodies)))
        {
            note_pull_quote_signer(para, k, &mut ctx);
            continue;
        }
        if let Some(t) = transcript.as_mut() {
            match t.read(&paras, k, &ctx) {
                transcript::Reading::Speech { speaker, text, new } => {
                    // Whom the speech names, a later label may call by title and surname.
                    let found = spans::find_spans(&para.norm, &para.printed);
                    let _ = note_reported_speakers(para, k, &found, &mut ctx);
                    quotes.push_speech(&speaker, &text, para.index, new);
                    carry = Carry::Nothing;
                    continue;
                }
                transcript::Reading::Procedure => {
                    carry = Carry::Nothing;
                    continue;
                }
                transcript::Reading::Script => {
                    let found = spans::find_spans(&para.norm, &para.printed);
                    let _ = note_reported_speakers(para, k, &found, &mut ctx);
                    carry = Carry::Nothing;
                    continue;
                }
                transcript::Reading::SpeechThenRead { speaker, text, new } => {
                    quotes.push_speech(&speaker, &text, para.index, new);
                    carry = Carry::Nothing;
                }
                transcript::Reading::Other => {}
            }
        }
        if let Some(iv) = interview.as_mut() {
            match iv.read(article, &paras, k, &ctx) {
                interview::Reading::Question => {
                    carry = Carry::Nothing;
                    continue;
                }
                interview::Reading::Answer { speaker, text, new } => {
                    quotes.push(&speaker, &text, para.index, new);
                    ctx.note_quoted(&speaker, (k, 0));
                    carry = Carry::Nothing;
                    continue;
                }
                interview::Reading::Other => {}
            }
        }
        if let Some((speaker, text)) = labelled.then(|| interview::labelled_answer(&paras, k, &mut ctx)).flatten() {
            quotes.push(&speaker, &text, para.index, true);
            ctx.note_quoted(&speaker, (k, 0));
            carry = Carry::Nothing;
            continue;
        }
        carry = read_paragraph(para, k, carry, &mut ctx, &mut quotes);
        named_later::name_described(&paras, k, &mut ctx, &mut quotes);
    }
    quotes.finish()
}

/// A pull-quote set apart with a sign-off under it ("— Jo Bloggs, our director"), read as
/// no quote of its own, still names the one whose words the text goes on to quote: a later
/// "Jo went on:" or "She said:" means them.
fn note_pull_quote_signer(para: &Para, k: usize, ctx: &mut Context) {
    let Some(words) = para.signed_by.as_deref().filter(|_| para.role == Role::Repeat) else { return };
    if let Some(who @ speaker::Who::Person(_)) = ctx.read_who(words) {
        ctx.note_named(who, (k, 0));
    }
}

/// A paragraph flagged as repeating other text is still read when it sits inside a running
/// quote and opens with a quote mark: the repeat is then the quote's own paragraph (its
/// pull-quote copy elsewhere is dropped as a duplicate). A repeat of words already quoted
/// is not: it is a pull-quote set after a quote it does not belong to.
fn continues_quote(para: &Para, carry: &Carry, quotes: &Builder) -> bool {
    matches!(carry, Carry::Quote { .. })
        && !quotes.already_quoted(&para.norm_str)
        && spans::find_spans(&para.norm, &para.printed).first().is_some_and(|s| opens_paragraph(para, s))
}

/// A repeat after a quote that closed, whose words stand inside a longer text paragraph, is
/// a pull-quote lifted from it, wherever that paragraph is: its words are read there, with
/// their own attribution, and not as more of the quote before it. After a quote left open
/// it is the next paragraph of that quote, whatever else repeats its words (a pull-quote
/// with a sign-off under it, a statement quoted twice).
///
/// The body paragraphs' words are squashed and joined once per article (`bodies`), so that
/// each repeat is looked for in one search.
fn lifted(para: &Para, carry: &Carry, paras: &[Para], bodies: &std::cell::OnceCell<Bodies>) -> bool {
    if !matches!(carry, Carry::Quote { open: false, .. }) {
        return false;
    }
    let key = squash(&para.norm_str);
    if key.is_empty() {
        return false;
    }
    let bodies = bodies.get_or_init(|| Bodies::new(paras));
    memchr::memmem::find_iter(bodies.text.as_bytes(), key.as_bytes()).any(|at| {
        let j = bodies.starts.partition_point(|&(start, _)| start <= at).saturating_sub(1);
        bodies
            .starts
            .get(j)
            .and_then(|&(_, k)| paras.get(k))
            .is_some_and(|p| p.index != para.index && p.norm_str.len() > para.norm_str.len())
    })
}

/// The [`squash`]ed words of every body paragraph, one per line, with where each starts
/// and which paragraph it is.
struct Bodies {
    text: String,
    starts: Vec<(usize, usize)>,
}

impl Bodies {
    fn new(paras: &[Para]) -> Self {
        let mut text = String::new();
        let mut starts = Vec::new();
        for (k, p) in paras.iter().enumerate().filter(|(_, p)| p.role == Role::Body) {
            starts.push((text.len(), k));
            text.push_str(&squash(&p.norm_str));
            text.push('\n');
        }
        Bodies { text, starts }
    }
}

/// `"We back the police," she said, "but the apps must act."`: the comma before a
/// conjunction is the sentence's own and stays when the two parts are joined; the one in
/// `"The key thing," she said, "is help."` only set off the attribution.
fn opens_with_conjunction(text: &str) -> bool {
    const CONJUNCTIONS: &[&str] = &[
        "and",
        "but",
        "or",
        "so",
        "yet",
        "because",
        "although",
        "though",
        "while",
        "whereas",
        "which",
        "who",
        "when",
        "if",
        "unless",
        "as",
        "since",
        "otherwise",
        "nor",
        "whilst",
        "until",
        "where",
        "wherever",
        "whenever",
        "whatever",
        "whoever",
        "however",
    ];
    let first = text.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    CONJUNCTIONS.contains(&first)
}

/// The mapping [`crate::model::Paragraph::norm`] is made with, for one char.
pub(crate) use crate::ingest::clean::normalise_char;

/// A text paragraph, as chars for span arithmetic.
struct Para {
    index: usize,
    role: Role,
    printed: Vec<char>,
    norm: Vec<char>,
    norm_str: String,
    /// Where each char of `norm` starts in `norm_str`, and `norm_str`'s length last: slices
    /// of the text by char range are borrowed, not copied ([`Para::norm_slice`]).
    norm_bytes: Vec<u32>,
    /// The words of the next paragraph when it is a sign-off line under a quote ("– Jo
    /// Bloggs, head of policy"): see [`sign_off`].
    signed_by: Option<String>,
    /// The speaker words of the next paragraph when its first sentence points back at this
    /// one's quote ("Those were the words of Jo Bloggs, …"): see [`attribution::points_back`].
    named_after: Option<String>,
    /// How many section breaks starting a new entry come before it ([`starts_an_entry`]).
    section: usize,
    /// The sender the line straight before it names as a post's or message's header ("Reply
    /// from Kent Police @kentpolice · 09:31"): see [`reader::message_header`].
    headed_by: Option<String>,
}

/// Whether a section break starts a new entry, after which nothing said before runs on:
/// a live blog's time stamp as the break ("17:05"), or a break before a line opening on one
/// ("16:05 — Council responds") or before a heading (a short line with no closing stop:
/// "North Yorkshire", "Flood warning lifted"), as round-ups of briefs and live blogs print
/// their entries. A rule between paragraphs of one story ("---", "* * *", `<hr>`) with its
/// text going straight on is decoration: "he added" after it is still the man quoted above.
fn starts_an_entry(break_line: &str, next: &str) -> bool {
    const MAX_HEADING_WORDS: usize = 12;
    let stamp = crate::ingest::opens_with_time;
    let next = next.trim();
    let closed = next.trim_end_matches(['"', '\'']).ends_with(['.', '!', '?', ':', ',', ';']);
    let heading = next.split_whitespace().count() <= MAX_HEADING_WORDS
        && !closed
        && !next.starts_with(['"', '\''])
        && !next.is_empty();
    stamp(break_line) || stamp(next) || heading || opens_a_story(next)
}

/// Whether a paragraph opens as a news story does, on someone or something new and what has
/// happened to it, in the present perfect: "A woman has been taken to hospital after …",
/// "Kent County Council has approved plans …". After a rule, that is the next brief of a
/// round-up; a story going on after its rule tells of those it has named ("The shop will
/// reopen", "he added").
fn opens_a_story(next: &str) -> bool {
    static LEDE: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"^(?:An?\s+(?:[a-z][\w-]*\s+){1,3}|(?:[A-Z][\w'’-]*\s+){2,5})(?:has|have)\s+(?:been\s+|[a-z]+ed\b)",
        )
    });
    LEDE.is_match(next)
}

/// Who signs a piece written as a letter (a newsletter's word from its director): a closing
/// line ("Warm wishes,", "Yours sincerely,"), then a name alone, then, at most, the post and
/// body ("Director, Anytown Children's Trust"). `None` with no such sign-off.
fn letter_signer(paragraphs: &[Paragraph]) -> Option<Resolved> {
    static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"(?i)^(?:(?:with\s+)?(?:warm(?:est)?|best|kind(?:est)?|all\s+(?:my|the)\s+best)\s+(?:wishes|regards)|(?:best|kind)\s+regards|yours\s+(?:sincerely|faithfully|truly|ever)|with\s+(?:thanks|love|gratitude)|many\s+thanks)\s*[,.!]?$",
        )
    });
    let at = paragraphs.iter().rposition(|p| CLOSING.is_match(p.norm.trim()))?;
    let name = paragraphs.get(at + 1)?.norm.trim();
    if name.split_whitespace().count() > 5 || name.contains(['"', ':', ';', '.', '!', '?', ',']) {
        return None;
    }
    let speaker::Who::Person(person) = speaker::parse_who(name)? else { return None };
    let (role, organisation) = paragraphs
        .get(at + 2)
        .map(|p| p.norm.trim())
        .filter(|l| l.split_whitespace().count() <= 10 && !l.ends_with(['.', '!', '?']) && !l.contains('"'))
        .and_then(|l| l.split_once(", "))
        .map_or((person.role.clone(), person.organisation.clone()), |(role, org)| {
            (Some(role.trim().to_string()), Some(org.trim().to_string()))
        });
    Some(Resolved { speaker: person.name, role, organisation })
}

/// The speaker words of a sign-off line set under a quote, as newsletters and press pages
/// print a blockquote's attribution: a dash, then a name and a description, and nothing
/// else ("– Jo Bloggs, Police and Crime Commissioner"). A line with quote marks or a
/// sentence in it is not one, nor a long one, nor a credit or pointer line naming someone
/// for another reason ("– Reporting by Jo Bloggs", "– Picture Jo Bloggs", "– Read more").
fn sign_off(norm: &str) -> Option<String> {
    const NOT_SPEAKERS: &[&str] = &[
        "photo",
        "picture",
        "pictures",
        "pictured",
        "image",
        "images",
        "credit",
        "reporting",
        "additional",
        "source",
        "via",
        "read",
        "see",
        "watch",
        "listen",
        "related",
        "follow",
        "written",
        "words",
        "edited",
        "interview",
    ];
    let Some(words) = norm.trim().strip_prefix('-') else { return case_study_caption(norm) };
    let words = words.trim_start_matches('-').trim();
    let words = words.strip_suffix('.').unwrap_or(words).trim();
    let count = words.split_whitespace().count();
    let plain = !words.contains(['"', '.', ':', ';', '!', '?']) && words.starts_with(char::is_alphabetic);
    let first = words.split_whitespace().next().unwrap_or("").to_lowercase();
    let credit = NOT_SPEAKERS.contains(&first.as_str()) || words.split_whitespace().any(|w| w == "by");
    (plain && !credit && (1..=16).contains(&count)).then(|| words.to_string())
}

/// "Girl, 14, Childline counselling session", "Mother of two, 41, from Swindon": the caption
/// a case study's quote is printed over, without a dash: a word for a person
/// ([`names::is_person_noun`]), an age, and
/// at most a few words more, with no sentence in it. Its words are the speaker's. A line
/// that goes on from the age with a verb ("A man, 34, was arrested", "Woman, 52, taken to
/// hospital") or ends in a full stop tells what happened to someone: it is news, not a caption.
fn case_study_caption(norm: &str) -> Option<String> {
    static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"^(?:[Aa]n?\s+)?(?<noun>[A-Za-z][\w-]*)(?:\s+of\s+\w+)?(?:,\s+(?:aged\s+)?|\s+aged\s+)\d{1,2},?(?<rest>(?:\s+[\w'’-]+){0,6})$",
        )
    });
    let words = norm.trim();
    if words.ends_with('.') || words.contains(['"', '“', '”', ':', ';', '!', '?']) {
        return None;
    }
    let caption = CAPTION.captures(words)?;
    let noun = caption.name("noun").map_or("", |m| m.as_str()).to_lowercase();
    if !names::is_person_noun(&noun) {
        return None;
    }
    let rest = caption.name("rest").map_or("", |m| m.as_str());
    if rest.split_whitespace().next().is_some_and(mentions::reads_as_predicate) {
        return None;
    }
    // Read as a description of someone unnamed: "a girl, 14, …", "an officer, 45, …".
    let words = ["A ", "a ", "An ", "an "].iter().find_map(|a| words.strip_prefix(a)).unwrap_or(words);
    let mut chars = words.chars();
    let first = chars.next()?;
    let article = if "aeiouAEIOU".contains(first) { "an" } else { "a" };
    Some(format!("{article} {}{}", first.to_lowercase(), chars.as_str()))
}

/// Where each char of `text` starts, in bytes, and `text`'s length last. A paragraph longer
/// than `u32::MAX` bytes cannot reach here (articles are read whole into memory well below it);
/// its offsets would saturate, and slices past them come back empty.
fn byte_offsets(text: &str) -> Vec<u32> {
    let offset = |b: usize| u32::try_from(b).unwrap_or(u32::MAX);
    let mut offsets = Vec::with_capacity(text.len() + 1);
    offsets.extend(text.char_indices().map(|(b, _)| offset(b)));
    offsets.push(offset(text.len()));
    offsets
}

impl Para {
    /// Takes the paragraph's `norm`, or derives it when it does not line up with `text`.
    fn new(p: &Paragraph) -> Self {
        let printed: Vec<char> = p.text.chars().collect();
        let mut norm: Vec<char> = p.norm.chars().collect();
        let mut norm_str = p.norm.clone();
        if norm.len() != printed.len() {
            norm = printed.iter().map(|&c| normalise_char(c)).collect();
            norm_str = norm.iter().collect();
        }
        let norm_bytes = byte_offsets(&norm_str);
        Para {
            index: p.index,
            role: p.role,
            printed,
            norm,
            norm_str,
            norm_bytes,
            signed_by: None,
            headed_by: None,
            named_after: None,
            section: 0,
        }
    }

    /// The normalised text of chars `r`, or "" when `r` is out of bounds.
    fn norm_slice(&self, r: Range<usize>) -> &str {
        let at = |i: usize| self.norm_bytes.get(i).map(|&b| b as usize);
        match (at(r.start), at(r.end)) {
            (Some(from), Some(to)) if from <= to => self.norm_str.get(from..to).unwrap_or_default(),
            _ => "",
        }
    }

    fn printed_slice(&self, r: Range<usize>) -> String {
        self.printed.get(r).map(|s| s.iter().collect()).unwrap_or_default()
    }

    /// Page furniture that slipped into the body ("Most Read", "Advertisement"): a few
    /// words, no full stop, no quote. A quote running round it is not interrupted.
    fn is_furniture(&self) -> bool {
        let words = self.norm_str.split_whitespace().count();
        words <= 4 && !self.norm_str.contains(['.', '"', '\'', '?', '!', ':'])
    }
}

/// What a paragraph passes to the next.
#[derive(Debug, Clone)]
enum Carry {
    Nothing,
    /// The paragraph ended in direct speech; `open` when its closing mark was missing.
    Quote {
        speaker: Resolved,
        open: bool,
    },
    /// The paragraph ended with "X said:" and no quote yet.
    Intro(Resolved),
    /// Paragraphs that open a quote and leave it open with nobody named yet: the
    /// attribution may come with the quote's last paragraph (`"…` / `"…," she said.`).
    /// `fallback` is the person the paragraph before the run introduced as talking: the
    /// run is theirs when it closes with no attribution of its own.
    Pending {
        run: Vec<(String, usize)>,
        fallback: Option<Introduced>,
    },
    /// The paragraph ended by reporting someone as talking ("X has been speaking to us about
    /// the figures.", "X told the BBC the family had no idea."): a paragraph that is one
    /// quote with no attribution of its own, next, is theirs.
    Introduced(Introduced),
}

/// Someone a paragraph's last sentence reports as talking, read but not yet resolved: most
/// are never needed, and resolving an organisation may read the whole article's forces.
#[derive(Debug, Clone)]
struct Introduced {
    who: speaker::Who,
    at: context::At,
}

impl Carry {
    fn speaker(&self) -> Option<&Resolved> {
        match self {
            Carry::Quote { speaker, .. } | Carry::Intro(speaker) => Some(speaker),
            Carry::Nothing | Carry::Pending { .. } | Carry::Introduced(_) => None,
        }
    }
}

/// How a span came to be direct speech.
#[derive(Debug)]
struct Direct {
    speaker: Resolved,
    /// Starts a new quote rather than continuing the one before.
    new: bool,
    /// Chars after the closing mark taken up by a trailing attribution.
    attribution_len: usize,
    /// The attribution ends in a comma before another span: the quote goes on.
    split: bool,
}

/// Collects quote pieces into quotes.
#[derive(Default)]
struct Builder {
    quotes: Vec<Piece>,
    /// The [`squash`]ed text of every span pushed, by its speaker's name: an exact repeat is
    /// found whatever the number of quotes before it.
    seen: rustc_hash::FxHashSet<(String, String)>,
}

/// A quote stops taking on the next paragraphs of the same speech at this many squashed
/// chars: a long speech of a transcript is read as several quotes, each short enough to show.
const MAX_MERGED_CHARS: usize = 2_000;

/// A span is looked for inside this many of its speaker's latest quotes: the work for each
/// span stays bounded however long the page.
const RECENT_QUOTES_SEARCHED: usize = 16;

/// A quote being built.
struct Piece {
    speaker: Resolved,
    parts: Vec<String>,
    /// The [`squash`]ed parts run together, kept up to date to spot repeats without
    /// squashing every earlier quote again for each new span.
    squashed: String,
    paragraphs: Vec<usize>,
}

/// Lower-case letters and digits only, for spotting repeated text.
/// ASCII, most of any text, is lower-cased byte by byte; the case-mapping iterators only
/// for other letters.
fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

impl Builder {
    /// Adds the words of one span. `new` starts a new quote; otherwise the words carry on
    /// the last quote when it is the same speaker's and the words read on from it.
    fn push(&mut self, speaker: &Resolved, text: &str, paragraph: usize, new: bool) {
        self.push_with(speaker, text, paragraph, new, false);
    }

    /// [`Builder::push`] for a transcript's speech, which no attribution interrupts: a comma
    /// closing one paragraph is the speaker's own ("I beg to move," over the motion's
    /// "That this House …"), and the next paragraph reads straight on from it.
    fn push_speech(&mut self, speaker: &Resolved, text: &str, paragraph: usize, new: bool) {
        self.push_with(speaker, text, paragraph, new, true);
    }

    fn push_with(&mut self, speaker: &Resolved, text: &str, paragraph: usize, new: bool, verbatim: bool) {
        let text = text.trim();
        let key = squash(text);
        if key.is_empty() {
            return;
        }
        let repeated = self.seen.contains(&(speaker.speaker.clone(), key.clone()))
            || self
                .quotes
                .iter()
                .rev()
                .filter(|q| q.speaker.speaker == speaker.speaker)
                .take(RECENT_QUOTES_SEARCHED)
                .any(|q| q.squashed.contains(&key));
        if repeated {
            return;
        }
        self.seen.insert((speaker.speaker.clone(), key.clone()));
        let open = |q: &&mut Piece| !new && q.speaker == *speaker && q.squashed.len() < MAX_MERGED_CHARS;
        if let Some(last) = self.quotes.last_mut().filter(open) {
            let prev = last.parts.last().map_or("", String::as_str);
            let new_paragraph = !last.paragraphs.contains(&paragraph);
            // `"… to us," she said.` closing a paragraph, and the next paragraph going on
            // with a new sentence of the same quote: the comma only set off the attribution,
            // and the sentence it ends is over. Inside one paragraph (`"We are shocked," said
            // Tom Jones. "It is a scandal."`) the two stay two quotes.
            let attribution_comma =
                !verbatim && new_paragraph && prev.ends_with(',') && !text.starts_with(char::is_lowercase);
            let reads_on = verbatim
                || attribution_comma
                || !prev.ends_with([',', ';', ':', '-'])
                || text.starts_with(char::is_lowercase);
            if reads_on {
                if let Some(p) = last.parts.last_mut() {
                    if attribution_comma {
                        p.pop();
                        p.push('.');
                    }
                    if !verbatim
                        && p.ends_with(',')
                        && text.starts_with(char::is_lowercase)
                        && !opens_with_conjunction(text)
                    {
                        p.pop();
                    }
                    // A paragraph (or pull-quote) ending without a full stop inside its marks
                    // still ends its sentence when the next paragraph opens with a capital.
                    if new_paragraph && p.ends_with(char::is_alphanumeric) && text.starts_with(char::is_uppercase) {
                        p.push('.');
                    }
                }
                last.parts.push(text.to_string());
                last.squashed.push_str(&key);
                if !last.paragraphs.contains(&paragraph) {
                    last.paragraphs.push(paragraph);
                }
                return;
            }
        }
        self.quotes.push(Piece {
            speaker: speaker.clone(),
            parts: vec![text.to_string()],
            squashed: key,
            paragraphs: vec![paragraph],
        });
    }

    /// The speaker of the latest quote that `fits`, among those read from paragraph `since`
    /// up to (not including) paragraph `before`.
    fn last_speaker_since(&self, since: usize, before: usize, fits: impl Fn(&Resolved) -> bool) -> Option<Resolved> {
        self.quotes_since(since, before).find(|q| fits(&q.speaker)).map(|q| q.speaker.clone())
    }

    /// Whether any quote was read from paragraph `since` up to paragraph `before` (one that
    /// [`Self::last_speaker_since`] could give).
    fn has_quote_since(&self, since: usize, before: usize) -> bool {
        self.quotes_since(since, before).next().is_some()
    }

    /// The quotes read from paragraph `since` up to paragraph `before`, latest first.
    fn quotes_since(&self, since: usize, before: usize) -> impl Iterator<Item = &Piece> {
        self.quotes
            .iter()
            .rev()
            .filter(move |q| q.paragraphs.iter().all(|&p| p < before))
            .take_while(move |q| q.paragraphs.iter().any(|&p| p >= since))
    }

    /// Gives `to` the quotes of `from` read from paragraph `since` up to paragraph `before`.
    fn rename_since(&mut self, from: &Resolved, to: &Resolved, since: usize, before: usize) {
        for q in self.quotes.iter_mut().rev() {
            if q.paragraphs.iter().all(|&p| p < since) {
                break;
            }
            if q.speaker == *from && q.paragraphs.iter().all(|&p| p < before) {
                q.speaker = to.clone();
                self.seen.insert((to.speaker.clone(), q.squashed.clone()));
            }
        }
    }

    /// The one speaker whose latest quotes hold the words of `text`, if only one does.
    fn only_speaker_of(&self, text: &str) -> Option<Resolved> {
        let key = squash(text);
        if key.is_empty() {
            return None;
        }
        let recent = self.quotes.iter().rev().take(RECENT_QUOTES_SEARCHED * 4);
        let mut holding = recent.filter(|q| q.squashed.contains(&key)).map(|q| &q.speaker);
        let first = holding.next()?;
        holding.all(|s| s.speaker == first.speaker).then(|| first.clone())
    }

    /// Whether the words of `text` stand in a quote already read, whoever said it.
    fn already_quoted(&self, text: &str) -> bool {
        let key = squash(text);
        !key.is_empty() && self.quotes.iter().any(|q| q.squashed.contains(&key))
    }

    fn finish(self) -> Vec<Quote> {
        // A pull-quote printed before the passage it was lifted from, signed with the
        // speaker's name: the passage, in other paragraphs, holds its words, and it is no
        // quote of its own. Words said twice in one paragraph ("'Listen,' she says. 'Just
        // listen.'") stay as said.
        // A pull-quote stands near its passage: only the next few quotes are read, so a long
        // transcript costs no more per quote than a short story.
        let lifted: Vec<bool> = (0..self.quotes.len())
            .map(|i| {
                let q = &self.quotes[i];
                // Words broken off on a dash and said again in full are no pull-quote.
                if q.parts.last().is_some_and(|p| crate::ingest::clean::breaks_off(p)) {
                    return false;
                }
                self.quotes[i + 1..]
                    .iter()
                    .take(RECENT_QUOTES_SEARCHED * 4)
                    .filter(|later| later.speaker.speaker == q.speaker.speaker)
                    .any(|later| {
                        !later.paragraphs.iter().any(|p| q.paragraphs.contains(p))
                            && later.squashed.len() > q.squashed.len()
                            && later.squashed.contains(&q.squashed)
                    })
            })
            .collect();
        self.quotes
            .into_iter()
            .zip(lifted)
            .filter(|(_, lifted)| !lifted)
            .map(|(q, _)| {
                let text = q.parts.join(" ");
                let text = text.trim_end_matches([',', ';', ':', ' ']).to_string();
                Quote {
                    speaker: q.speaker.speaker,
                    role: q.speaker.role,
                    organisation: q.speaker.organisation,
                    text,
                    paragraphs: q.paragraphs,
                }
            })
            .collect()
    }
}
