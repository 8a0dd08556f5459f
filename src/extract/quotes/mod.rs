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

mod attribution;
mod context;
mod interview;
mod mentions;
mod names;
mod spans;
mod speaker;
mod transcript;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_misreadings;

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

pub(crate) use names::first_name_gender;
pub use names::speaker_key;

use crate::extract::places::ParagraphPlaces;
use crate::model::{Article, Paragraph, Quote, Role};
use context::{Context, Resolved};
use spans::Span;

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
    for p in &article.paragraphs {
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
            paras.push(para);
        }
    }
    for k in 1..paras.len() {
        if let Some(words) = sign_off(&paras[k].norm_str) {
            paras[k - 1].signed_by = Some(words);
        }
        paras[k - 1].named_after = attribution::points_back(&paras[k].norm_str);
    }
    // Repeated text would count its places twice.
    let norms: Vec<(usize, &str, usize)> = paras
        .iter()
        .map(|p| (p.index, if p.role == Role::Repeat { "" } else { p.norm_str.as_str() }, p.section))
        .collect();
    let mut ctx = Context::new(article.title.as_deref(), &norms, places);
    let mut quotes = Builder::default();
    let mut carry = Carry::Nothing;
    let mut interview = interview::may_be_interview(&paras).then(|| interview::Interview::new(&paras));
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
            continue;
        }
        if let Some(t) = transcript.as_mut() {
            match t.read(&paras, k, &ctx) {
                transcript::Reading::Speech { speaker, text, new } => {
                    // Whom the speech names, a later label may call by title and surname.
                    let found = spans::find_spans(&para.norm, &para.printed);
                    let _ = note_reported_speakers(para, k, &found, &mut ctx);
                    quotes.push(&speaker, &text, para.index, new);
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
    }
    quotes.finish()
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

/// The same as [`crate::model::Paragraph::norm`]'s mapping, for one char.
pub(crate) fn normalise_char(c: char) -> char {
    match c {
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' => '"',
        '‘' | '’' | '‚' | '‛' | '′' | '`' => '\'',
        '–' | '—' | '‒' | '―' | '‐' | '‑' | '−' => '-',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

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

/// Finds the direct speech of one paragraph, adds it to `quotes`, and says what carries on.
fn read_paragraph(para: &Para, k: usize, carry: Carry, ctx: &mut Context, quotes: &mut Builder) -> Carry {
    let found = spans::find_spans(&para.norm, &para.printed);
    let introduced = note_reported_speakers(para, k, &found, ctx);
    if found.is_empty() {
        if let Some(intro) = trailing_intro(para, k, ctx) {
            return Carry::Intro(intro);
        }
        if let Some(speaker) = introduced {
            return Carry::Introduced(speaker);
        }
        return if para.is_furniture() { carry } else { Carry::Nothing };
    }
    let mut last: Option<(usize, Direct)> = None;
    for (i, span) in found.iter().enumerate() {
        let next_open = found.get(i + 1).map_or(para.norm.len(), |s| s.open);
        let previous = last.as_ref().filter(|(j, _)| *j + 1 == i).map(|(_, d)| d);
        let direct = classify(para, k, span, next_open, previous, &carry, ctx);
        match direct {
            Some(d) => {
                let mut new = d.new;
                if let Carry::Pending { run: earlier, .. } = &carry {
                    // The run's last paragraph names the speaker, or closes the passage of
                    // the person introduced before it.
                    if i == 0 && opens_paragraph(para, span) {
                        for (j, (text, index)) in earlier.iter().enumerate() {
                            quotes.push(&d.speaker, text, *index, j == 0);
                        }
                        new = false;
                    }
                }
                let text = para.printed_slice(span.inner.clone());
                quotes.push(&d.speaker, &text, para.index, new);
                ctx.note_quoted(&d.speaker, (k, span.open));
                last = Some((i, d));
            }
            None => last = None,
        }
    }
    if let (None, [span]) = (&last, found.as_slice()) {
        let inner = para.norm_slice(span.inner.clone());
        if opens_paragraph(para, span) && !span.closed && !looks_like_crosshead(inner) {
            let (mut run, fallback) = match carry {
                Carry::Pending { run, fallback } if run.len() < 6 => (run, fallback),
                Carry::Introduced(speaker) => (Vec::new(), Some(speaker)),
                _ => (Vec::new(), None),
            };
            run.push((para.printed_slice(span.inner.clone()), para.index));
            return Carry::Pending { run, fallback };
        }
    }
    match last {
        Some((i, d)) if i + 1 == found.len() => {
            let span = &found[i];
            let rest = para.norm_slice(span.end + d.attribution_len..para.norm.len());
            if rest.chars().any(char::is_alphanumeric) {
                Carry::Nothing
            } else {
                Carry::Quote { speaker: d.speaker, open: !span.closed }
            }
        }
        _ => trailing_intro(para, k, ctx)
            .map(Carry::Intro)
            .or_else(|| introduced.map(Carry::Introduced))
            .unwrap_or(Carry::Nothing),
    }
}

/// The most chars an intro clause before a quote is read over, from its sentence's start:
/// the speaker words run to [`attribution::MAX_SPEAKER_UNITS`] or so, and what may follow
/// the verb before a colon ("She said there was hope for them:") to a few lines more.
const MAX_INTRO_CLAUSE: usize = 1_000;

/// Decides whether a span is direct speech, and whose.
fn classify(
    para: &Para,
    k: usize,
    span: &Span,
    next_open: usize,
    previous: Option<&Direct>,
    carry: &Carry,
    ctx: &mut Context,
) -> Option<Direct> {
    let inner = para.norm_slice(span.inner.clone());
    if !inner.chars().any(char::is_alphanumeric) {
        return None;
    }
    let at_para_start = para.norm[..span.open].iter().all(|c| c.is_whitespace());
    if !span.opened {
        let Carry::Quote { speaker, open: true } = carry else { return None };
        return Some(Direct { speaker: speaker.clone(), new: false, attribution_len: 0, split: false });
    }
    // "The figures," she said, "are stark."
    if let Some(prev) = previous.filter(|p| p.split) {
        return Some(Direct { speaker: prev.speaker.clone(), new: false, attribution_len: 0, split: false });
    }
    // "It is a scandal," she said, adding: "We need action."
    if let Some(prev) = previous {
        let between = para.norm_slice(span.open.saturating_sub(40).max(prev_end(para, span))..span.open);
        if attribution::goes_on_speaking(between) {
            return Some(Direct { speaker: prev.speaker.clone(), new: true, attribution_len: 0, split: false });
        }
    }
    // A sentence opening further back than any intro clause runs is read as none: reading
    // back to its start for every quote in a paragraph of one endless sentence (a run of
    // '"…," the statement added, "…," ' over megabytes) cost time quadratic in its length.
    let sentence = attribution::sentence_start_within(&para.norm, span.open, MAX_INTRO_CLAUSE);
    let clause = sentence.map_or("", |sentence| para.norm_slice(sentence..span.open));
    let sentence = sentence.unwrap_or(span.open);
    // 'According to Ms Kennedy, "more must be done"': words folded into the writer's sentence.
    let folded = clause.trim_end().ends_with(',') && inner.trim_start().starts_with(char::is_lowercase);
    if let Some((who, from)) = attribution::intro_speaker_at(clause).filter(|_| !folded) {
        let at = (k, sentence + chars_in(clause, from));
        let speaker = match the_judge(ctx, &who, at) {
            Some(judge) => judge,
            None => match attribution::statement_of(&who) {
                Some(statement) => {
                    let between = para.norm_slice(prev_end(para, span)..span.open);
                    statement_speaker(ctx, statement, previous, carry, between, sentence == 0, at)?
                }
                None => {
                    let who = ctx.read_who(&who)?;
                    let slip = (sentence == 0).then(|| slipped_pronoun(ctx, &who, carry, at)).flatten();
                    match resolve_speaker(ctx, who, clause, inner, at) {
                        Some(speaker) => speaker,
                        None => ctx.resolve(slip?.who.clone(), slip?.at)?,
                    }
                }
            },
        };
        return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
    }
    if !attribution::starts_sentence(&para.norm, span.open) {
        return None;
    }
    let after = para.norm_slice(span.end.min(next_open)..next_open);
    let ended_sentence = inner.trim_end().ends_with('.');
    if let Some(t) = attribution::trailing_speaker(after, ended_sentence) {
        if let Some(speaker) = the_judge(ctx, &t.who, (k, span.end)) {
            return Some(Direct { speaker, new: true, attribution_len: t.len, split: t.split });
        }
        if let Some(statement) = attribution::statement_of(&t.who) {
            let between = para.norm_slice(prev_end(para, span)..span.open);
            let speaker = statement_speaker(ctx, statement, previous, carry, between, at_para_start, (k, span.end))?;
            return Some(Direct { speaker, new: true, attribution_len: t.len, split: t.split });
        }
        if let Some(who) = ctx.read_who(&t.who) {
            let slip = at_para_start.then(|| slipped_pronoun(ctx, &who, carry, (k, span.end))).flatten();
            let speaker = match resolve_speaker(ctx, who, "", inner, (k, span.end)) {
                Some(speaker) => speaker,
                None => ctx.resolve(slip?.who.clone(), slip?.at)?,
            };
            return Some(Direct { speaker, new: true, attribution_len: t.len, split: t.split });
        }
    }
    if looks_like_crosshead(inner) || !ends_its_sentence(after) {
        return None;
    }
    // "She laughs. “Ask me next year.”": a beat of the speaker's opens the paragraph.
    if previous.is_none() && span.closed && !after.chars().any(char::is_alphanumeric) {
        let before = para.norm_slice(0..span.open);
        if let Some(gender) = gesture_pronoun(before) {
            // A beat after two people of that sex were named says nothing of which one spoke.
            if ctx.pronoun_ambiguous(gender, (k, span.open)) {
                return None;
            }
            let speaker = ctx.pronoun_for_quote(gender, (k, span.open), inner)?;
            return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
        }
    }
    // "Jo Bloggs, who led the force until May, is blunter still. “…”": a sentence opening the
    // paragraph that names someone and says only how they put things.
    if previous.is_none() && span.closed && is_whole_paragraph_speech(para, span, inner) {
        if let Some(words) = manner_of_speaking(para.norm_slice(0..span.open)) {
            // "She is careful not to overstate it. “…”": the one a pronoun means, as after a
            // gesture, unless two people of that sex were named.
            if let Some(speaker::Who::Pronoun(gender)) = ctx.read_who(&words) {
                if ctx.pronoun_ambiguous(gender, (k, span.open)) {
                    return None;
                }
                let speaker = ctx.pronoun_for_quote(gender, (k, span.open), inner)?;
                return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
            }
            let who =
                ctx.read_who(&words).filter(|w| matches!(w, speaker::Who::Person(_) | speaker::Who::Surname { .. }));
            if let Some(speaker) = who.and_then(|who| ctx.resolve(who, (k, 0))) {
                return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
            }
        }
    }
    // "She adds that the picture is changing. “Ten years ago …”": the quote fills the rest of
    // a paragraph whose sentence before it has "she" or "he" telling or describing something;
    // the one the pronoun means speaks on, unless two people of that sex were named.
    if previous.is_none() && !at_para_start && is_whole_paragraph_speech(para, span, inner) {
        if let Some(gender) = telling_pronoun_before(para, span) {
            if !ctx.pronoun_ambiguous(gender, (k, span.open)) {
                let speaker = ctx.pronoun_for_quote(gender, (k, span.open), inner)?;
                return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
            }
        }
    }
    if let Some(prev) = previous {
        return Some(Direct { speaker: prev.speaker.clone(), new: false, attribution_len: 0, split: false });
    }
    // A whole paragraph of speech with a sign-off line under it is the signer's, whoever the
    // text before it was about; a passage left open before it closes here and is theirs too.
    if let Some(words) = para.signed_by.as_deref() {
        if at_para_start && span.closed && is_whole_paragraph_speech(para, span, inner) {
            let who = ctx.read_who(words).filter(|w| {
                matches!(w, speaker::Who::Person(_) | speaker::Who::Spokes { .. } | speaker::Who::Description { .. })
            });
            if let Some(speaker) = who.and_then(|who| ctx.resolve(who, (k, span.end))) {
                return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
            }
        }
    }
    // A whole paragraph of speech nobody was speaking into, named by the sentence after it
    // ("Those were the words of …"); a passage left open before it closes here and is theirs
    // too. Only a named person (or a spokesperson) is a speaker: "the words of the song" is not.
    // A quote the paragraph before already gave a speaker ("X spoke to the BBC.") stays
    // theirs: "That is the view of Y too" names someone who agrees, not who spoke.
    if let Some(words) = para.named_after.as_deref() {
        let unattributed = !matches!(
            carry,
            Carry::Intro(_) | Carry::Quote { .. } | Carry::Introduced(_) | Carry::Pending { fallback: Some(_), .. }
        );
        if unattributed && at_para_start && span.closed && is_whole_paragraph_speech(para, span, inner) {
            let who = ctx.read_who(words).filter(|w| match w {
                speaker::Who::Person(p) => points_at_a_person(ctx, words, p, (k, span.open)),
                speaker::Who::Surname { surname, .. } => stands_alone(words, surname).is_some(),
                speaker::Who::Spokes { .. } => true,
                _ => false,
            });
            if let Some(speaker) = who.and_then(|who| ctx.resolve(who, (k, span.end))) {
                return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
            }
        }
    }
    match carry {
        Carry::Intro(speaker) if at_para_start => {
            Some(Direct { speaker: speaker.clone(), new: true, attribution_len: 0, split: false })
        }
        Carry::Quote { .. } if at_para_start => {
            Some(Direct { speaker: carry.speaker()?.clone(), new: false, attribution_len: 0, split: false })
        }
        // A passage left open waits for an attribution at its end (`Carry::Pending`).
        Carry::Introduced(intro) | Carry::Pending { fallback: Some(intro), .. }
            if at_para_start && span.closed && is_whole_paragraph_speech(para, span, inner) =>
        {
            let speaker = ctx.resolve(intro.who.clone(), intro.at)?;
            Some(Direct { speaker, new: true, attribution_len: 0, split: false })
        }
        _ => None,
    }
}

/// The person a pointing-back sentence names ("Those were the words of X") is one: the name
/// stands alone or before a comma (not "Sky News viewers", "Tom Reed's opponents", "Tom Reed
/// and Ann Lowe"), is no one's chair or leader ("the inquiry chaired by Sir Tom Reed"), and
/// reads as a person's: a known first name, a title or rank or a described role before it,
/// or a person the article named before. Bodies and places written like names ("Citizens Advice",
/// "Downing Street", "Natural England") are none of these.
fn points_at_a_person(ctx: &Context, words: &str, p: &speaker::Person, at: context::At) -> bool {
    let Some(before) = stands_alone(words, &p.name) else {
        return false;
    };
    if format!(" {before}").contains(" by ") {
        return false;
    }
    let first_name = p.name.split_whitespace().next().is_some_and(|w| names::first_name_gender(w).is_some());
    let titled = before.split_whitespace().next_back().is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        names::is_honorific(w) || names::is_role_word(w)
    });
    // "his mother, Ann Lowe", "Tom Reed's sister-in-law Ann Lowe": a role in lower case set
    // before the name by a comma, or someone's relation, describes a person.
    let role = before.trim_end();
    let comma = role.ends_with(',');
    let relation = role.split_whitespace().any(|w| {
        matches!(w, "his" | "her" | "their" | "His" | "Her" | "Their") || w.ends_with("'s") || w.ends_with("’s")
    });
    let described = role
        .trim_end_matches(',')
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.starts_with(char::is_lowercase) && (comma || relation));
    p.police || p.judge || first_name || titled || described || ctx.person_named_before(&p.name, at)
}

/// The words before `name` in a speaker phrase, when the name ends the phrase or a comma
/// follows it: "Sky News viewers", "Keir Starmer's opponents" and "Tom Reed and Ann Lowe"
/// name no one person.
fn stands_alone<'a>(words: &'a str, name: &str) -> Option<&'a str> {
    let pos = words.find(name)?;
    let after = words.get(pos + name.len()..)?;
    (after.trim().is_empty() || after.starts_with(',')).then(|| words.get(..pos)).flatten()
}

/// A paragraph opening on a beat of the speaker's before their quote: "She laughs.", "He
/// pauses.", "She shrugged." — a pronoun and one verb (an adverb may follow), nothing else.
static GESTURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"^\s*(?P<who>She|He) (?:laughs|laughed|smiles|smiled|grins|grinned|pauses|paused|shrugs|shrugged|sighs|sighed|winces|winced|nods|nodded|hesitates|hesitated)(?: \w+ly)?\.\s*$",
    )
});

/// The pronoun of a gesture sentence that is all the paragraph holds before a quote.
fn gesture_pronoun(before: &str) -> Option<names::Gender> {
    let c = GESTURE.captures(before)?;
    match c.name("who")?.as_str() {
        "She" => Some(names::Gender::Female),
        _ => Some(names::Gender::Male),
    }
}

/// The pronoun of the sentence right before `span` in its paragraph, when it opens that
/// sentence as the subject of a verb of telling or describing: "She adds that …", "He
/// describes the work as …", "She puts it more bluntly."
fn telling_pronoun_before(para: &Para, span: &Span) -> Option<names::Gender> {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"^\s*(?P<who>She|He)\s+(?:(?:also|then|later|now|still|[a-z]+ly)\s+)?(?P<rest>\S.*)$",
        )
    });
    const TELLING: &[&str] = &[
        "describes",
        "described",
        "sums up",
        "summed up",
        "puts it",
        "put it",
        "calls it",
        "called it",
        "remembers",
        "remembered",
        "thinks",
        "believes",
        "feels",
        "worries",
        "fears",
        "hopes",
    ];
    let end = para.norm[..span.open.min(para.norm.len())].iter().rposition(|c| !c.is_whitespace())? + 1;
    let start = attribution::sentence_start_within(&para.norm, end.saturating_sub(1), MAX_INTRO_CLAUSE)?;
    let sentence = para.norm_slice(start..end);
    let c = SUBJECT.captures(sentence)?;
    let rest = c.name("rest")?.as_str();
    let telling = attribution::opens_with_speech_verb(rest)
        || TELLING.iter().any(|t| rest.strip_prefix(t).is_some_and(|after| !after.starts_with(char::is_alphanumeric)));
    if !telling {
        return None;
    }
    match c.name("who")?.as_str() {
        "She" => Some(names::Gender::Female),
        _ => Some(names::Gender::Male),
    }
}

/// "Jo Bloggs, who led the force until May, is blunter still.", "Ms Lowe was more
/// cautious.", "Tom Reed is scathing.", "She is careful not to overstate it.", "He is quick
/// to add a caveat.": a sentence, all the paragraph holds before a quote,
/// that names someone (a relative clause or description between commas may follow the name)
/// and says only how they put things. The words naming them.
static MANNER: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"^\s*(?P<who>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?:, [^,.;:!?\x22]{3,120},)? (?:is|was|has been|had been) (?:(?:even|far|much|rather|a little|a lot) )?(?:(?:more|less) )?(?:blunt(?:er)?|frank(?:er)?|direct|candid|forthright|emphatic|unequivocal|scathing|damning|dismissive|less diplomatic|more diplomatic|cautious|optimistic|pessimistic|upbeat|gloomier|gloomy|sceptical|defiant|unapologetic|adamant|(?:careful|quick|keen|anxious) (?:not )?to (?:overstate|exaggerate|stress|add|point out|insist|caution|warn|acknowledge|admit|concede|qualify)(?: [a-z]+){0,3})(?: still| too| than (?:that|most|many|others|ever))?\.\s*$",
    )
});

/// The words naming the speaker of a [`MANNER`] sentence.
fn manner_of_speaking(before: &str) -> Option<String> {
    // Every wording holds " is " or " was " or " been ": a literal check rules out the rest.
    if !(before.contains(" is ") || before.contains(" was ") || before.contains(" been ")) {
        return None;
    }
    Some(MANNER.captures(before)?.name("who")?.as_str().to_string())
}

/// The paragraph is nothing but one quoted passage of whole sentences: it ends on a full
/// stop (or runs on open into the next paragraph) and nothing follows its closing mark. A
/// pull-quote or a quoted title ends without one; a scare quote has the writer's words after it.
fn is_whole_paragraph_speech(para: &Para, span: &Span, inner: &str) -> bool {
    let rest_empty = !para.norm[span.end.min(para.norm.len())..].iter().any(|c| c.is_alphanumeric());
    let sentence_end = inner.trim_end().ends_with(['.', '!', '?']) || !span.closed;
    rest_empty && sentence_end && inner.split_whitespace().count() >= 4
}

/// Where the text before `span` starts: just after the closing mark of the span before it.
fn prev_end(para: &Para, span: &Span) -> usize {
    let before = &para.norm[..span.open.min(para.norm.len())];
    before.iter().rposition(|&c| c == '"' || c == '\'').map_or(0, |i| i + 1)
}

/// The span opens its paragraph.
fn opens_paragraph(para: &Para, span: &Span) -> bool {
    span.opened && para.norm[..span.open.min(para.norm.len())].iter().all(|c| c.is_whitespace())
}

/// A short quoted line with no sentence punctuation: a crosshead or a title.
fn looks_like_crosshead(inner: &str) -> bool {
    let t = inner.trim();
    t.split_whitespace().count() < 6 && !t.ends_with(['.', '!', '?', ',', '-', ';', ':'])
}

/// Nothing but punctuation follows the span before the sentence ends: it is a sentence of
/// its own, not a noun phrase inside the writer's sentence.
fn ends_its_sentence(after: &str) -> bool {
    let t = after.trim_start();
    t.is_empty() || t.starts_with(['.', '!', '?']) || t.starts_with(char::is_uppercase)
}

/// A paragraph ending "X said:" with the quote in the next paragraph.
fn trailing_intro(para: &Para, k: usize, ctx: &mut Context) -> Option<Resolved> {
    let end = para.norm.iter().rposition(|c| !c.is_whitespace())? + 1;
    if para.norm[end - 1] != ':' {
        return None;
    }
    let sentence = attribution::sentence_start(&para.norm, end);
    let clause = para.norm_slice(sentence..end);
    let (who, from) = attribution::intro_speaker_at(clause)?;
    let who = ctx.read_who(&who)?;
    resolve_speaker(ctx, who, clause, "", (k, sentence + chars_in(clause, from)))
}

/// The number of chars in `text` before byte offset `byte` (all of them past its end).
fn chars_in(text: &str, byte: usize) -> usize {
    text.get(..byte).unwrap_or(text).chars().count()
}

/// Resolves the speaker words of an attribution; `clause` is the intro clause before the
/// quote, if any, and `words` the quote's words when they are known. In court, "he" or "she"
/// of a clause opening on the act of sentencing ("Sentencing, she told him:", "Jailing him,
/// he said:") means the judge named before, not whoever was named last (the defendant, a
/// barrister). Otherwise what the words say may decide whom a pronoun means
/// ([`Context::pronoun_for_quote`]).
fn resolve_speaker(
    ctx: &mut Context,
    who: speaker::Who,
    clause: &str,
    words: &str,
    at: context::At,
) -> Option<Resolved> {
    const SENTENCING: &[&str] = &["Sentencing", "Jailing", "Passing sentence", "Handing down"];
    let sentencing = SENTENCING.iter().any(|w| clause.trim_start().starts_with(w));
    match who {
        speaker::Who::Pronoun(gender) if sentencing => {
            ctx.judge_meant(Some(gender), at).or_else(|| ctx.resolve(who, at))
        }
        speaker::Who::Pronoun(gender) => ctx.pronoun_for_quote(gender, at, words),
        who => ctx.resolve(who, at),
    }
}

/// "Jo Bloggs said the figures were a wake-up call." then "“…,” he said.": a "he" or "she"
/// that finds no one of its sex named before (the caller asks only when it found no one)
/// opening the paragraph right after the one person a sentence reported as talking is a slip
/// of the pen for them: the person just introduced, whose words these go on to give. A
/// pronoun with people of its sex in reach that was left unread on purpose (two of them
/// named side by side) is no slip: the words are still one of theirs, not the other sex's.
fn slipped_pronoun<'c>(ctx: &Context, who: &speaker::Who, carry: &'c Carry, at: context::At) -> Option<&'c Introduced> {
    match (who, carry) {
        (speaker::Who::Pronoun(gender), Carry::Introduced(intro))
            if of_the_pronouns_sex(&intro.who, *gender) && !ctx.someone_of_sex_in_reach(*gender, at) =>
        {
            Some(intro)
        }
        _ => None,
    }
}

/// Whether someone introduced may be whom a pronoun of `gender` means: a person named, or
/// one described ("A volunteer at the food bank described …") whose description says no
/// other sex.
fn of_the_pronouns_sex(who: &speaker::Who, gender: names::Gender) -> bool {
    match who {
        speaker::Who::Person(_) | speaker::Who::Surname { .. } => true,
        speaker::Who::Description { gender: described, .. } => described.is_none_or(|g| g == gender),
        _ => false,
    }
}

/// Whose a statement quoted as speaking is ([`attribution::statement_of`]): one given by
/// no one ("“…,” the statement added.") is that of the quote just before, in the same
/// paragraph (`previous`) or, when nothing comes before it in its own (`opens`), ending the
/// paragraph before; with no such quote, nobody's. The text `between` the quote before and
/// this one may tell of another's statement ("…,” DCI Jo Bloggs said, as the family issued
/// a statement. “…,” the statement said."): then it is not the quote before's, and is left
/// unread. One given by someone is theirs.
fn statement_speaker(
    ctx: &mut Context,
    statement: attribution::Statement,
    previous: Option<&Direct>,
    carry: &Carry,
    between: &str,
    opens: bool,
    at: context::At,
) -> Option<Resolved> {
    match statement {
        attribution::Statement::Before if attribution::tells_of_a_statement(between) => None,
        attribution::Statement::Before => match (previous, carry) {
            (Some(prev), _) => Some(prev.speaker.clone()),
            (None, Carry::Quote { speaker, .. }) if opens => Some(speaker.clone()),
            _ => None,
        },
        attribution::Statement::By(who) => resolve_speaker(ctx, who, "", "", at),
        attribution::Statement::Of(words) => {
            let who = ctx.read_who(&words)?;
            resolve_speaker(ctx, who, "", "", at)
        }
    }
}

/// "The judge said": no speaker by itself, but the judge the article named before.
fn the_judge(ctx: &mut Context, words: &str, at: context::At) -> Option<Resolved> {
    let words = speaker::without_lead_clause(words).unwrap_or(words).trim();
    let judge = words.eq_ignore_ascii_case("the judge") || words.eq_ignore_ascii_case("the sentencing judge");
    judge.then(|| ctx.judge_meant(None, at)).flatten()
}

/// "Her mother described the difference it made.": someone unnamed, described as a person,
/// telling of something at a paragraph's end. A spokesperson's description stays unread.
fn telling_about(sentence: &str, ctx: &mut Context) -> Option<speaker::Who> {
    let words = mentions::telling_about_speaker(sentence)?;
    ctx.read_who(words).filter(|who| matches!(who, speaker::Who::Description { .. }))
}

/// Remembers people named in reported speech outside quotes ("Jane Smith, from Suffolk
/// police, said ...", "A mother from Leeds told the paper ...") so that a later "She said:"
/// finds them. Returns the speaker the paragraph's last sentence reports as speaking, or
/// introduces as talking ("X has been speaking to us about ..."), if it does.
fn note_reported_speakers(para: &Para, k: usize, found: &[Span], ctx: &mut Context) -> Option<Introduced> {
    let quoted = Covered::by(found);
    let mut chars = context::CharCounter::new(&para.norm_str);
    for (byte, words) in mentions::titled_names(&para.norm_str) {
        let start = chars.at(byte);
        let inside_quote = quoted.covers(start);
        if inside_quote {
            continue;
        }
        if let Some(who) = ctx.read_who(&words) {
            ctx.note_titled(who, (k, start));
        }
    }
    note_pseudonyms_opening_a_clause(para, k, found, ctx);
    let mut chars = context::CharCounter::new(&para.norm_str);
    for possessive in mentions::possessive_relatives(&para.norm_str) {
        let start = chars.at(possessive.at);
        let inside_quote = quoted.covers(start);
        // The words before a name its sentence opens on are few (see `opens_as_subject`): a
        // sentence start further back than OPENING_REACH chars is not looked for.
        let from = start.saturating_sub(OPENING_REACH);
        let opens_at =
            from + para.norm.get(from..start).map_or(0, |near| attribution::sentence_start(near, near.len()));
        let too_far = opens_at == from && from > 0;
        if inside_quote || too_far || !mentions::opens_as_subject(para.norm_slice(opens_at..start)) {
            continue;
        }
        if let Some(who @ speaker::Who::Person(_)) = ctx.read_who(&possessive.name) {
            ctx.note_named(who, (k, start));
            // "Callum Reed's father paid tribute …": the father, mentioned after his son,
            // is whom a later "he" means.
            if let Some((byte, words, gender)) = possessive.relative {
                ctx.note_named(speaker::Who::Description { words, gender: Some(gender) }, (k, chars.at(byte)));
            }
        }
    }
    // "In a Facebook post, his daughter wrote: My dad was …": from the colon on, the paragraph
    // gives someone else's words without quote marks; a "my" there is not the writer's.
    let others_words_from = mentions::unquoted_words_from(&para.norm_str)
        .and_then(|byte| para.norm_str.get(..byte))
        .map_or(usize::MAX, |before| before.chars().count());
    let mut start = 0;
    let len = para.norm.len();
    let mut introduced = None;
    while start < len {
        let end = next_sentence_start(&para.norm, start);
        // "“Zara” (not her real name) remembers …": a name in quote marks opening the sentence is
        // the name the story calls someone by, read without its marks.
        let pseudonym = mentions::without_marks_round_opening_name(para.norm_slice(start..end));
        let inside_quote =
            quoted.covers(start) && !pseudonym.as_ref().is_some_and(|p| name_span_opens(found, para, start, p));
        if !inside_quote {
            let sentence: Cow<str> =
                pseudonym.map_or(Cow::Borrowed(para.norm_slice(start..end)), |p| Cow::Owned(p.sentence));
            let lead = sentence.len() - sentence.trim_start().len();
            let last = end == len;
            let mut kin_chars = context::CharCounter::new(&sentence);
            for (byte, words, gender) in mentions::writers_relatives(&sentence) {
                let at = start + kin_chars.at(byte);
                if !quoted.covers(at) && at < others_words_from {
                    ctx.note_named(speaker::Who::Description { words, gender: Some(gender) }, (k, at));
                }
            }
            // "The girl's mother found the messages …": the relative is whom a later "she" means.
            if let Some((byte, words, gender)) = mentions::described_relative_acting(&sentence) {
                let at = start + context::CharCounter::new(&sentence).at(byte);
                if !quoted.covers(at) {
                    ctx.note_named(speaker::Who::Description { words, gender: Some(gender) }, (k, at));
                }
            }
            // "Her mother, who asked to be called "Karen", found out …": named as "Karen".
            if let Some(who) = speaker::given_name_subject(sentence.trim_start()) {
                ctx.note_named(who, (k, start + lead));
                start = end;
                continue;
            }
            // "Once I raised the cost with the head of planning, he went quiet.": the one the
            // pronoun takes up.
            if let Some(taken) =
                mentions::clause_object_taken_up(&sentence).filter(|taken| !subject_is_a_person(ctx, taken.subject))
            {
                let gender = taken.gender;
                if let Some(speaker::Who::Description { words, .. }) = ctx.read_who(taken.who) {
                    ctx.note_named(speaker::Who::Description { words, gender: Some(gender) }, (k, start + lead));
                    start = end;
                    continue;
                }
            }
            let reported = mentions::reported_speaker(&sentence)
                .or_else(|| last.then(|| mentions::talking_speaker(&sentence)).flatten())
                .or_else(|| last.then(|| mentions::words_shared_of(&sentence).map(str::to_string)).flatten());
            // A lone first name reported in the writer's words ("Jo said the school knew") is
            // someone the story introduces; one whose own words follow in the sentence ("Jo
            // said: …") is left as it was, a bare word.
            let in_writers_words = !found.iter().any(|s| (start..end).contains(&s.open));
            let read = |w: &String, who: speaker::Who| {
                if in_writers_words {
                    lone_first_name_as_person(who, w)
                } else {
                    who
                }
            };
            if let Some(who) = reported.and_then(|w| ctx.read_who(&w).map(|who| read(&w, who))) {
                let at = (k, start + lead);
                if last {
                    // "She said …" keeps her the one a later "she" means.
                    if matches!(who, speaker::Who::Pronoun(_)) {
                        let _ = ctx.resolve(who.clone(), at);
                    }
                    ctx.note_reported(who.clone(), at);
                    introduced = Some(Introduced { who, at });
                } else {
                    ctx.note_reported(who, at);
                }
            } else if let Some(who) = last.then(|| telling_about(&sentence, ctx)).flatten() {
                // Only a paragraph of their words after it makes them a speaker: nothing is
                // noted for a later "she" or "he".
                introduced = Some(Introduced { who, at: (k, start + lead) });
            } else if let Some(words) = mentions::apposed_subject(&sentence) {
                // "The commissioner, Jo Bloggs, has given …": named as the one acting, not
                // speaking. "Nadia, a nurse from Luton, was …": a lone name that a description
                // set off after it says is a person's is theirs, as a surname would be; one with
                // only an age and a town after it ("Brady, 34, of Hull, was jailed") is most
                // often a defendant named again, not someone the story hears from.
                let described = words.split(", ").nth(1).is_some_and(|d| d.starts_with("a ") || d.starts_with("an "));
                match ctx.read_who(words).map(|who| lone_first_name_as_person(who, words)) {
                    Some(who @ speaker::Who::Person(_)) => ctx.note_named(who, (k, start + lead)),
                    Some(who @ speaker::Who::Surname { .. }) if described || first_named(&who, words) => {
                        ctx.note_named(who, (k, start + lead))
                    }
                    // "One victim, a widow from Hull who asked not to be named, lost …": someone
                    // the text keeps unnamed, set off as the one acting, is whom it goes on to hear.
                    _ => {
                        let unnamed = speaker::without_unnamed_clause(words)
                            .and_then(|kept| ctx.read_who(kept))
                            .filter(|who| matches!(who, speaker::Who::Description { .. }));
                        if let Some(who) = unnamed {
                            ctx.note_named(who, (k, start + lead));
                        }
                    }
                }
            } else if let Some(words) = mentions::named_subject(&sentence, &|word| {
                names::first_name_gender(word).is_some() || ctx.named_before(word, (k, start)).is_some()
            }) {
                // "Maria Lopez was referred …": named as the one the sentence is about.
                // A lone first name reads as a bare word; known as a first name, it is a person's.
                let who = match ctx.read_who(&words) {
                    Some(speaker::Who::Bare(name)) => {
                        let gender = names::first_name_gender(&name);
                        Some(speaker::Who::Surname { surname: name, role: None, gender, given: false })
                    }
                    who @ Some(speaker::Who::Person(_) | speaker::Who::Surname { .. }) => who,
                    // "Ted Baker was asleep when burglars broke into his home": a name a
                    // business or place also has, which the sentence tells of as a person's.
                    _ if names::named_like_a_person(&words) => {
                        let gender = words.split_whitespace().next().and_then(names::first_name_gender);
                        Some(speaker::Who::Person(speaker::Person {
                            name: words.clone(),
                            role: None,
                            organisation: None,
                            gender,
                            police: false,
                            judge: false,
                            owner: None,
                        }))
                    }
                    who => who,
                };
                if let Some(who @ (speaker::Who::Person(_) | speaker::Who::Surname { .. })) = who {
                    ctx.note_named(who, (k, start + lead));
                }
            } else if let Some(words) = mentions::singled_out(&sentence) {
                // "Among them was a retired farmer …": someone described, not named.
                if let Some(who @ speaker::Who::Description { .. }) = ctx.read_who(words) {
                    ctx.note_singled_out(who, (k, start + lead));
                }
            }
        }
        start = end;
    }
    introduced
}

/// "After “Zara” moved schools, she …": a known first name in quote marks as the subject of
/// a clause opening its sentence is the name the story calls someone by, whom a later "she"
/// means. (A name in quote marks opening the sentence itself is read with the sentence.)
fn note_pseudonyms_opening_a_clause(para: &Para, k: usize, found: &[Span], ctx: &mut Context) {
    // The longest first names are under 20 letters: a longer span is a quote, not copied out.
    const MAX_NAME_CHARS: usize = 20;
    for span in found.iter().filter(|s| s.opened && s.closed && s.inner.len() <= MAX_NAME_CHARS) {
        let name = para.norm_slice(span.inner.clone());
        let Some(gender) = names::first_name_gender(name) else { continue };
        let from = attribution::sentence_start_within(&para.norm, span.open, OPENING_REACH).unwrap_or(span.open);
        if mentions::is_clause_opener(para.norm_slice(from..span.open)) {
            let who =
                speaker::Who::Surname { surname: name.to_string(), role: None, gender: Some(gender), given: false };
            ctx.note_named(who, (k, span.open));
        }
    }
}

/// Whether a span holding nothing but the `pseudonym`'s name opens the sentence at `start`
/// (after any spaces): the quote marks are only the name's.
fn name_span_opens(found: &[Span], para: &Para, start: usize, pseudonym: &mentions::Pseudonym) -> bool {
    let opens_at = start + pseudonym.lead;
    found.iter().any(|s| s.open == opens_at && s.closed && para.norm_slice(s.inner.clone()) == pseudonym.name)
}
/// "When the boy handed the photographs to …": whether the opening clause's subject, read
/// as an article and a noun or two, is a person; a pronoun after it then takes them up.
fn subject_is_a_person(ctx: &mut Context, subject: &str) -> bool {
    mentions::subject_readings(subject).iter().any(|words| {
        matches!(
            ctx.read_who(words),
            Some(speaker::Who::Description { .. } | speaker::Who::Person(_) | speaker::Who::Spokes { .. })
        )
    })
}

/// "Priya said the club had known for years", "Tom, who runs a garage in Hull, said …":
/// the sentence names someone by a known first name alone as its speaker, the way a story
/// introduces a parent or victim it will go on to quote. Read as a bare word, the name would
/// only ever mean someone named in full before; it is a person of the name's usual sex, as
/// the subject of any other sentence is (see [`mentions::named_subject`]).
fn lone_first_name_as_person(who: speaker::Who, words: &str) -> speaker::Who {
    let speaker::Who::Bare(name) = &who else { return who };
    let rest = words.trim().strip_prefix(name.as_str()).unwrap_or(",");
    let alone = rest.is_empty() || rest.starts_with(", ") || rest.starts_with(" (");
    match names::first_name_gender(name) {
        Some(gender) if alone => {
            speaker::Who::Surname { surname: name.clone(), role: None, gender: Some(gender), given: false }
        }
        _ => who,
    }
}

/// "Priya, not her real name, was …", "Ellie, who is now 19, has …": a lone known first name
/// set off with an aside that is no age names a person the story calls by it, not a
/// defendant named again by surname ("Brady, 34, of Hull, was jailed").
fn first_named(who: &speaker::Who, words: &str) -> bool {
    let speaker::Who::Surname { surname, role: None, .. } = who else { return false };
    let aside = words.split(", ").nth(1).unwrap_or("");
    names::first_name_gender(surname).is_some() && !aside.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a char offset lies inside one of a paragraph's quoted spans, found by a binary
/// search rather than a walk through every span: a paragraph of thousands of quotes asks
/// this of thousands of names and sentences.
struct Covered {
    /// The spans' opening offsets, in order.
    opens: Vec<usize>,
    /// The furthest end of the spans up to each.
    reach: Vec<usize>,
}

impl Covered {
    fn by(spans: &[Span]) -> Self {
        let mut sorted: Vec<(usize, usize)> = spans.iter().map(|s| (s.open, s.end)).collect();
        sorted.sort_unstable();
        let opens = sorted.iter().map(|&(open, _)| open).collect();
        let reach = sorted.iter().scan(0, |far, &(_, end)| {
            *far = end.max(*far);
            Some(*far)
        });
        Covered { opens, reach: reach.collect() }
    }

    fn covers(&self, at: usize) -> bool {
        let i = self.opens.partition_point(|&open| open <= at);
        i.checked_sub(1).and_then(|i| self.reach.get(i)).is_some_and(|&far| at < far)
    }
}

/// How far back from a name the start of its sentence is looked for, in chars: further than
/// any few words [`mentions::opens_as_subject`] takes before a name.
const OPENING_REACH: usize = 200;

/// Where the sentence after the one starting at `start < norm.len()` starts: the first `i`
/// after `start` where [`attribution::starts_sentence`] holds, or the paragraph's end. Only
/// the chars at and after each space are asked ([`may_start_sentence`] holds nowhere else),
/// found by a tight scan for the spaces.
fn next_sentence_start(norm: &[char], start: usize) -> usize {
    let len = norm.len();
    let starts = |i: usize| may_start_sentence(norm, i) && attribution::starts_sentence(norm, i);
    let mut from = start;
    while let Some(k) = norm[from..].iter().position(|c| c.is_whitespace()) {
        let space = from + k;
        if space > start && starts(space) {
            return space;
        }
        if space + 1 < len && starts(space + 1) {
            return space + 1;
        }
        from = space + 1;
    }
    len
}

/// A cheap necessary condition for [`attribution::starts_sentence`] at `i > 0`: a space
/// stands just before `i`, with the paragraph's start, another space or a char that may end a
/// sentence (a stop or a closing mark after one) before it; or a space stands at `i`, with
/// such a char just before it. Splitting a paragraph into sentences asks at every char.
fn may_start_sentence(norm: &[char], i: usize) -> bool {
    let may_end = |c: char| matches!(c, '.' | '!' | '?' | '"' | '\'' | ')');
    if norm[i - 1].is_whitespace() {
        i < 2 || may_end(norm[i - 2]) || norm[i - 2].is_whitespace()
    } else {
        may_end(norm[i - 1]) && norm.get(i).is_some_and(|c| c.is_whitespace())
    }
}

/// Collects quote pieces into quotes.
#[derive(Default)]
struct Builder {
    quotes: Vec<Piece>,
    /// The [`squash`]ed text of every span pushed, by its speaker's name: an exact repeat is
    /// found whatever the number of quotes before it.
    seen: std::collections::HashSet<(String, String)>,
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
                .filter(|q| q.speaker == *speaker)
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
            let attribution_comma = new_paragraph && prev.ends_with(',') && !text.starts_with(char::is_lowercase);
            let reads_on =
                attribution_comma || !prev.ends_with([',', ';', ':', '-']) || text.starts_with(char::is_lowercase);
            if reads_on {
                if let Some(p) = last.parts.last_mut() {
                    if attribution_comma {
                        p.pop();
                        p.push('.');
                    }
                    if p.ends_with(',') && text.starts_with(char::is_lowercase) && !opens_with_conjunction(text) {
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

    /// Whether the words of `text` stand in a quote already read, whoever said it.
    fn already_quoted(&self, text: &str) -> bool {
        let key = squash(text);
        !key.is_empty() && self.quotes.iter().any(|q| q.squashed.contains(&key))
    }

    fn finish(self) -> Vec<Quote> {
        self.quotes
            .into_iter()
            .map(|q| {
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
