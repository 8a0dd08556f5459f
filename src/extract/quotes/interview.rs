//! Interviews printed as questions and answers: "Q: How big is the problem?" followed by the
//! interviewee's answer in paragraphs of its own, without quote marks (or after "A:").
//!
//! The answers are the interviewee's direct speech and the questions are not quotes. The
//! format is only read as an interview when it is unmistakable: at least two question
//! paragraphs, and an introduction that says someone was interviewed ("we asked her
//! about", "interview") and names the person.
//!
//! Many papers print the questions without a label: a short paragraph of the interviewer's
//! ending in "?" (or a prompt such as "Speed cameras have divided opinion."), then the
//! answer. That layout is read only when the introduction says there is an interview, at
//! least two paragraphs ending in "?" are each followed by an answer in the first person,
//! one of them is put to "you", and every answer paragraph is in the first person, so that
//! a rhetorical question in a news story is never taken for one. A paragraph quoting anyone
//! in quote marks (a single-quoted quote left open, "…,' she said") is neither a question
//! nor an answer, and the two layouts are never mixed: one "Q:" among unlabelled questions
//! makes no interview.
//!
//! An unlabelled interview must name its interviewee in the cue's own sentence (or say
//! "she spoke to us" of the person just named), in the text, not only in the title;
//! "interviewed by police", "at Hull police station", "in an interview last week", "with
//! BBC Radio Leeds", a "job interview" or "for a BBC report" is no cue. A paragraph
//! reporting a statement before the first question, the writer's own "I" before it (a
//! column, a feature), or someone else named in full between the cue and the questions
//! rules the layout out. One answer at least has "I" as its subject ("Grade I" is not), the
//! newsroom's own lines ("We asked …", "Email our newsdesk") are no answers, and the
//! questions and answers are one block: the first paragraph that is neither ends it.
//!
//! A transcript names the speaker instead at the head of each answer: "DS Rai: We see it
//! every week." Such a label is read as a speaker only when the same label opens at least
//! two paragraphs and it names a person the article named in full before, so that
//! "Pictured:", "Source:", a dateline or a table row ("Kent: 1,204") is never taken for one.

mod cued;

use std::sync::LazyLock;

use regex::Regex;

use super::context::{Context, Resolved};
use super::mentions;
use super::names::Gender;
use super::speaker::{self, Who};
use super::Para;
use crate::model::Article;
pub(super) use cued::explicit_cue;
use cued::{cued_questions, only_person_named, opens_cued_answer};

/// How many question paragraphs make an interview.
const MIN_QUESTIONS: usize = 2;

/// How many paragraphs before the first question the interviewee may have been named.
const INTRO_REACH: usize = 6;

/// Words before the first question that say the text is an interview ("she spoke to us");
/// "her", "him", "she" or "he" tells whom it is with.
static INTERVIEW_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)\b(?:interview(?:ed)?|q\s*&\s*a|in conversation|(?:we|i) (?:asked|put it to) (?P<asked>her|him)|(?:spoke|spoken|talked|speaking|talking|sat down) (?:to|with) (?P<spoke>her|him)|(?P<subject>she|he) (?:spoke|talked) (?:to|with))\b",
    )
});

/// A question paragraph: "Q: …", "Q. …", "Question: …".
pub(super) fn is_question(para: &Para) -> bool {
    let t = para.norm_str.trim_start();
    crate::ingest::QUESTION_LABELS.iter().any(|q| t.starts_with(q))
}

/// Whether the article holds enough question paragraphs to be an interview; a cheap test
/// done before anything else is read.
/// The two layouts are never mixed: one "Q:" paragraph (an explainer's box) among
/// unlabelled questions makes neither an interview.
pub(super) fn may_be_interview(paras: &[Para], cued: bool) -> bool {
    match paras.iter().filter(|p| is_question(p)).take(MIN_QUESTIONS).count() {
        0 if cued => cued_questions(paras) >= MIN_QUESTIONS,
        0 => unmarked_questions(paras) >= MIN_QUESTIONS,
        labelled => labelled == MIN_QUESTIONS,
    }
}

/// The most words an unlabelled question or prompt may have.
const QUESTION_WORDS: usize = 45;

/// The most words a prompt (a question put as a statement) may have.
const PROMPT_WORDS: usize = 20;

/// A word in the first person: an answer speaks as "I" or "we". Case matters: "US" is a country.
static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'd|[Ww]e'll|us|[Oo]ur)\b",
    )
});

/// Words after which "I" is a numeral, not the speaker: "Grade I", "War I", "Part I", "Tier
/// I", a monarch's "Charles I".
const NUMERAL_BEFORE: [&str; 22] = [
    "Grade",
    "War",
    "Category",
    "Type",
    "Phase",
    "Part",
    "Class",
    "Schedule",
    "Tier",
    "Stage",
    "Article",
    "Level",
    "Chapter",
    "Volume",
    "Charles",
    "Elizabeth",
    "James",
    "Henry",
    "Edward",
    "George",
    "Mary",
    "Richard",
];

/// Whether the "I" found at `start..end` of `text` is a numeral ("Grade I listed",
/// "I-listed") rather than the first person.
fn numeral_i(text: &str, start: usize, end: usize) -> bool {
    if text.get(start..end) != Some("I") {
        return false;
    }
    let before = text.get(..start).and_then(|t| t.split_whitespace().next_back()).unwrap_or("");
    NUMERAL_BEFORE.contains(&before) || text.get(end..).is_some_and(|t| t.starts_with("-listed"))
}

/// Whether a paragraph speaks in the first person.
fn first_person(para: &Para) -> bool {
    let t = para.norm_str.as_str();
    FIRST_PERSON.find_iter(t).any(|m| !numeral_i(t, m.start(), m.end()))
}

/// "I" as a subject: an interviewee speaks for themselves at least once, where a newsroom
/// speaks as "we".
static I_SUBJECT: LazyLock<Regex> = LazyLock::new(|| crate::extract::numbers::compile(r"\b(?:I|I'm|I've|I'd|I'll)\b"));

/// Whether a paragraph has "I" as a subject (not "Grade I").
fn says_i(para: &Para) -> bool {
    let t = para.norm_str.as_str();
    I_SUBJECT.find_iter(t).any(|m| !numeral_i(t, m.start(), m.end()))
}

/// The newsroom's own voice: "We asked the force …", "Tell us", "Email our newsdesk",
/// "Our advice is …", "according to the Home Office".
static NEWSROOM: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)\b(?:we asked|tell us|contact us|hear from you|our (?:newsdesk|readers|advice|archive)|according to)\b",
    )
});

/// Whether a paragraph quotes anyone as the ordinary reader reads quotes: it holds a double
/// mark, opens on a single one (a quote's paragraph left open: "'Would you walk here at
/// night?"), or has a single-quoted span with an attribution after it ("…,' she said").
/// Such a paragraph is neither an interviewer's question nor an unlabelled answer. Words an
/// interviewee recalls in single marks inside an answer ("A mother said to me, 'Nothing
/// happened.'") do not count.
fn quotes_anyone(para: &Para) -> bool {
    let t = para.norm_str.trim_start();
    if t.contains('"') || t.starts_with('\'') {
        return true;
    }
    let spans = super::spans::find_spans(&para.norm, &para.printed);
    spans.iter().any(|s| {
        let after = para.norm_slice(s.end..para.norm.len());
        super::attribution::trailing_speaker(after, false).is_some()
    })
}

/// An interviewer's paragraph ending in "?": short, without quote marks, not itself a "Q:".
fn is_unmarked_question(para: &Para) -> bool {
    let t = para.norm_str.trim();
    t.ends_with('?')
        && !quotes_anyone(para)
        && !para.is_furniture()
        && t.split_whitespace().count() <= QUESTION_WORDS
        && !is_question(para)
}

/// A prompt put as a statement, "The force has been criticised over stop and search.": one
/// short sentence, without quote marks, not in the first person (that would be an answer).
fn is_prompt(para: &Para) -> bool {
    let t = para.norm_str.trim();
    let sentences = t.matches(['.', '!', '?']).count();
    t.ends_with('.')
        && sentences == 1
        && !t.contains('"')
        && !para.is_furniture()
        && t.split_whitespace().count() <= PROMPT_WORDS
        && !first_person(para)
}

/// Whether a paragraph can open an answer to an unlabelled question: the interviewee's words
/// in the first person, not another question, not quoting anyone in quote marks.
fn opens_answer(para: &Para) -> bool {
    let t = para.norm_str.trim();
    !t.is_empty()
        && !t.ends_with('?')
        && !quotes_anyone(para)
        && !para.is_furniture()
        && first_person(para)
        && !NEWSROOM.is_match(t)
}

/// "you" or "your": an interviewer's question is put to someone; a columnist's rhetorical
/// question ("So what should we do?") is not.
static ADDRESSED: LazyLock<Regex> = LazyLock::new(|| crate::extract::numbers::compile(r"\b[Yy]our?\b"));

/// How many paragraphs ending in "?" are followed by a first-person answer; none when no
/// such question is put to "you".
fn unmarked_questions(paras: &[Para]) -> usize {
    let pairs: Vec<&[Para]> = paras.windows(2).filter(|w| is_unmarked_question(&w[0]) && opens_answer(&w[1])).collect();
    let addressed = pairs.iter().any(|w| ADDRESSED.is_match(&w[0].norm_str));
    let answered: Vec<&Para> = pairs.iter().map(|w| &w[0]).collect();
    if addressed && pairs.iter().any(|w| says_i(&w[1])) {
        answered.len()
    } else {
        0
    }
}

/// What an interview passes from paragraph to paragraph.
#[derive(Debug, Default)]
pub(super) struct Interview {
    /// The interviewee, once the first question has been read and the introduction names them.
    speaker: Option<Resolved>,
    /// The first question has been read (whether or not anyone was found).
    started: bool,
    /// The paragraphs now read are an answer.
    answering: bool,
    /// The next answer paragraph starts a new answer.
    new_answer: bool,
    /// The questions carry no "Q:" label: they are told by their shape (see
    /// [`is_unmarked_question`], [`is_prompt`]) and every answer paragraph is in the first
    /// person, so that the writer's closing paragraph ("The report is published next week.")
    /// is not taken for the last answer.
    unmarked: bool,
    /// An unlabelled interview has ended: its questions and answers are one block, and a
    /// later paragraph ending in "?" does not start it again.
    over: bool,
    /// The last "Q:" paragraph of a labelled interview.
    last_question: Option<usize>,
    /// The piece says outright it is questions and answers ([`explicit_cue`]): unlabelled
    /// answers may be in any person, and the person the introduction names is the one asked.
    cued: bool,
    /// An answer read so far opened with an "A:" label.
    labelled_answers: bool,
}

/// One paragraph as the interview reads it.
pub(super) enum Reading {
    /// A question: no quote, and what follows is an answer.
    Question,
    /// An answer paragraph: the interviewee's words.
    Answer { speaker: Resolved, text: String, new: bool },
    /// Not part of the interview: read as any paragraph.
    Other,
}

impl Interview {
    /// An interview over `paras`, reading unlabelled questions when none carries a "Q:" label.
    pub(super) fn new(paras: &[Para], cued: bool) -> Self {
        let last_question = paras.iter().rposition(is_question);
        Self { unmarked: last_question.is_none(), last_question, cued, ..Self::default() }
    }

    /// Whether a paragraph can open an unlabelled answer: in the first person, unless the
    /// piece says it is questions and answers.
    fn opens(&self, para: &Para) -> bool {
        if self.cued {
            opens_cued_answer(para)
        } else {
            opens_answer(para)
        }
    }

    /// Whether paragraph `k` is a question: labelled, or in an unlabelled interview a
    /// paragraph ending in "?" or, after an answer, a short prompt; either must be followed
    /// by a first-person answer.
    fn question_at(&self, paras: &[Para], k: usize) -> bool {
        let Some(para) = paras.get(k) else { return false };
        if self.over {
            return false;
        }
        if !self.unmarked {
            return is_question(para);
        }
        let answered = paras.get(k + 1).is_some_and(|p| self.opens(p));
        let shaped = is_unmarked_question(para) || (self.answering && !self.new_answer && is_prompt(para));
        answered && shaped
    }

    /// Reads paragraph `k` of `paras`: the first question looks back for the interviewee.
    pub(super) fn read(&mut self, article: &Article, paras: &[Para], k: usize, ctx: &Context) -> Reading {
        let Some(para) = paras.get(k) else { return Reading::Other };
        if self.question_at(paras, k) {
            if !self.started {
                self.started = true;
                self.speaker = interviewee(article, paras, k, ctx, self.cued);
            }
            self.answering = self.speaker.is_some();
            self.new_answer = true;
            self.over = self.unmarked && !self.answering;
            return if self.answering { Reading::Question } else { Reading::Other };
        }
        if !self.answering {
            return Reading::Other;
        }
        let Some(speaker) = self.speaker.clone() else { return Reading::Other };
        if is_contact_notice(paras, k) {
            self.answering = false;
            self.over = self.unmarked;
            return Reading::Other;
        }
        // Advice between unlabelled questions is not in the first person, so not an answer,
        // but the interview goes on after it.
        if self.unmarked && is_contact_advice(para) {
            return Reading::Other;
        }
        if self.past_the_last_answer(para, k) {
            self.answering = false;
            return Reading::Other;
        }
        let opens = !self.unmarked || self.opens(para);
        match answer_text(para).filter(|_| opens) {
            Some(text) => {
                self.labelled_answers |= has_answer_label(para);
                let new = std::mem::take(&mut self.new_answer);
                Reading::Answer { speaker, text, new }
            }
            None => {
                self.answering = false;
                self.over = self.unmarked;
                Reading::Other
            }
        }
    }
}

impl Interview {
    /// Whether paragraph `k`, read while answering, is the writer's again after a labelled
    /// interview's last answer: the answers carry "A:" labels, no question follows, the
    /// last answer has begun, and the paragraph carries no label and is not in the
    /// interviewee's first person ("A free course runs on Fridays.", "Got a story? Call
    /// us."). Between questions an unlabelled paragraph goes on with the answer before it.
    fn past_the_last_answer(&self, para: &Para, k: usize) -> bool {
        let after_last_question = self.last_question.is_some_and(|q| q < k);
        !self.unmarked
            && self.labelled_answers
            && after_last_question
            && !self.new_answer
            && !has_answer_label(para)
            && !opens_answer(para)
    }
}

/// Whether a paragraph opens with an answer label ("A:", "Answer:").
fn has_answer_label(para: &Para) -> bool {
    let t = para.norm_str.trim_start();
    ANSWER_LABELS.iter().any(|a| t.starts_with(a))
}

/// What follows "interview(ed)" when the interview was not this paper's with the speaker:
/// "interviewed by police", "under caution", "as a suspect", "after his arrest", "at Hull
/// police station", "for a BBC report", "on Radio Solent", or one given earlier ("in an
/// interview last week", "this month", "in 2019").
static NOT_OUR_INTERVIEW: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)^\s*(?:by|for|on|under caution|as a suspect|after (?:his|her|their) arrest|at [^.,;:]{0,40}?\b(?:police station|custody)|(?:last|this|earlier|yesterday|in (?:19|20)\d\d)\b|(?:\w+\s+)?(?:police|officers|detectives)\b)",
    )
});

/// Whether the words after an "interview" cue say the interview was not this paper's with
/// the speaker ([`NOT_OUR_INTERVIEW`]); "with" someone else's outlet ("with BBC Radio Tees")
/// is not, "with us", "with this paper" or "with her" is.
fn not_our_interview(after: &str) -> bool {
    if NOT_OUR_INTERVIEW.is_match(after) {
        return true;
    }
    let Some(rest) = after.trim_start().strip_prefix("with ") else { return false };
    let next = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    !matches!(next.as_str(), "us" | "me" | "him" | "her" | "them" | "our" | "this")
}

/// A "job interview", a "police interview", an "interview room": "interview" after or
/// before a noun saying what kind it is, not a conversation with the paper.
fn kind_of_interview(text: &str, cue: &regex::Match) -> bool {
    const KINDS_BEFORE: &[&str] = &["job", "police", "fake", "bogus", "mock", "exit", "visa", "recruitment"];
    const KINDS_AFTER: &[&str] =
        &["room", "rooms", "panel", "scam", "scams", "process", "stage", "question", "questions"];
    let before = text.get(..cue.start()).and_then(|t| t.split_whitespace().next_back()).unwrap_or("");
    let after = text.get(cue.end()..).and_then(|t| t.split_whitespace().next()).unwrap_or("");
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    KINDS_BEFORE.contains(&word(before).as_str()) || KINDS_AFTER.contains(&word(after).as_str())
}

/// The paragraph before the first question reports a statement: the questions and
/// first-person paragraphs after it are the statement's, not an interview's.
static STATEMENT: LazyLock<Regex> =
    LazyLock::new(|| crate::extract::numbers::compile(r"(?i)\bstatement\b|\bread (?:out )?to the court\b|\bsaid:"));

/// The writer speaks as "I" outside quote marks ("I spoke to him outside the station", "I
/// spent a shift with her"): a column or a feature, whose "I" after a question is the
/// writer's own, not an interviewee's.
fn writer_says_i(para: &Para) -> bool {
    let spans = super::spans::find_spans(&para.norm, &para.printed);
    // How many spans open minus close at each char: one pass over spans and one over chars.
    let mut depth = vec![0i64; para.norm.len() + 1];
    for s in &spans {
        let (open, end) = (s.open.min(para.norm.len()), s.end.min(para.norm.len()));
        if open < end {
            depth[open] += 1;
            depth[end] -= 1;
        }
    }
    let mut inside = 0;
    let own: String = para
        .norm
        .iter()
        .zip(&depth)
        .map(|(&c, d)| {
            inside += d;
            if inside > 0 {
                ' '
            } else {
                c
            }
        })
        .collect();
    I_SUBJECT.find_iter(&own).any(|m| !numeral_i(&own, m.start(), m.end()))
}

/// The person the introduction names as interviewed, when it says there is an interview:
/// the cue's own sentence names them, or it says "her", "him", "she" or "he" of the person
/// named last before it. Unlabelled questions need a cue in the text, not only the title
/// ("Fake job interview scam …" names nobody), no "I" of the writer's before them, and no
/// one else named in full between the cue and the questions.
///
/// Each paragraph is cut into sentences once, and whom it names is looked up once per
/// pronoun, however many cues it holds.
fn interviewee(
    article: &Article,
    paras: &[Para],
    first_question: usize,
    ctx: &Context,
    explicit: bool,
) -> Option<Resolved> {
    let labelled = paras.iter().any(is_question);
    let before = first_question.checked_sub(1).and_then(|k| paras.get(k));
    if before.is_some_and(|p| STATEMENT.is_match(&p.norm_str)) && !labelled {
        return None;
    }
    let from = first_question.saturating_sub(INTRO_REACH);
    if !labelled && paras.get(from..first_question).is_some_and(|intro| intro.iter().any(writer_says_i)) {
        return None;
    }
    // "Q:" labels are unmistakable: the person named last before them is the interviewee,
    // as long as some cue says there is an interview.
    let mut cued = false;
    let mut cue_gender = None;
    // The title and a kicker above it ("THE SATURDAY INTERVIEW") first, then the paragraphs
    // before the first question; the cue nearest the questions that names someone wins.
    let mut found: Option<(usize, Resolved)> = None;
    let title = article.title.as_deref().map(|t| (None, t));
    let kickers = article.lead_in().iter().map(|p| (None, p.norm.as_str()));
    let intro = paras.iter().enumerate().take(first_question).map(|(k, p)| (Some(k), p.norm_str.as_str()));
    for (k, text) in title.into_iter().chain(kickers).chain(intro) {
        let mut sentences: Option<Vec<std::ops::Range<usize>>> = None;
        let mut named: Vec<(Option<Gender>, Option<Resolved>)> = Vec::new();
        for c in INTERVIEW_CUE.captures_iter(text) {
            let Some(whole) = c.get(0) else { continue };
            let interview = whole.as_str().to_lowercase().starts_with("interview");
            if interview
                && (not_our_interview(text.get(whole.end()..).unwrap_or("")) || kind_of_interview(text, &whole))
            {
                continue;
            }
            let pronoun = c.name("asked").or_else(|| c.name("spoke")).or_else(|| c.name("subject"));
            let gender = match pronoun.map(|m| m.as_str().to_lowercase()).as_deref() {
                Some("her" | "she") => Some(Gender::Female),
                Some("him" | "he") => Some(Gender::Male),
                _ => None,
            };
            cued = true;
            cue_gender = gender.or(cue_gender);
            // A title names no one itself; the labelled reader takes whom the text names.
            let Some(k) = k else { continue };
            let reach = if pronoun.is_some() { from.min(k) } else { k };
            let last = match named.iter().find(|(g, _)| *g == gender) {
                Some((_, r)) => r.clone(),
                None => {
                    let r = ctx.last_named(reach, (k + 1, 0), gender);
                    named.push((gender, r.clone()));
                    r
                }
            };
            if pronoun.is_some() {
                found = last.map(|r| (k, r)).or(found);
                continue;
            }
            let ranges = sentences.get_or_insert_with(|| crate::extract::sentences::split(text));
            let i = ranges.partition_point(|r| r.end <= whole.start());
            let sentence = ranges.get(i).and_then(|r| text.get(r.clone())).unwrap_or(text);
            let in_sentence = last
                .filter(|r| r.speaker.split_whitespace().next_back().is_some_and(|surname| sentence.contains(surname)));
            found = in_sentence.map(|r| (k, r)).or(found);
        }
    }
    if labelled {
        return cued.then(|| ctx.last_named(from, (first_question, 0), cue_gender)).flatten();
    }
    let Some((k, found)) = found else {
        return explicit.then(|| only_person_named(ctx, from, first_question)).flatten();
    };
    // "His wife, Jo Bloggs, wrote to the court": someone else named after the cue may be
    // the one whose words follow.
    let other = ctx.last_named(k + 1, (first_question, 0), None).filter(|r| *r != found);
    other.is_none().then_some(found)
}

/// "The IWF can be contacted via its website.", "Children can call Childline on 0800 1111.",
/// "Anyone affected can contact the force on 101": a sentence telling readers whom to
/// contact, and how.
static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)^\W*(?:[\w'’-]+\s+){1,6}?(?:can|may|should)\s+(?:also\s+)?(?:be\s+(?:contacted|reached)|contact|call|ring|text|phone|email|get\s+(?:help|support|advice)\s+from)\b|^\W*(?:call|ring|text|contact|visit)\s+(?:(?-i:[A-Z])|www\.|[\w-]+(?:\.[\w-]+)*\.(?:uk|org|com|net)\b)",
    )
});

/// Advice to readers on whom to contact: a paragraph not labelled as an answer in which
/// every sentence tells readers whom to contact ([`CONTACT`]) and none is in the first
/// person ("You can call us on 101" is an answer). Sentences are told apart as everywhere
/// else, so a web address's dots split none.
fn is_contact_advice(para: &Para) -> bool {
    static OURS: LazyLock<Regex> = LazyLock::new(|| crate::extract::numbers::compile(r"(?i)\b(?:I|we|us|our|me|my)\b"));
    let norm = para.norm_str.trim();
    let labelled = ANSWER_LABELS.iter().any(|a| norm.starts_with(a));
    if labelled || norm.is_empty() || OURS.is_match(norm) {
        return false;
    }
    let sentences = crate::extract::sentences::split(norm);
    !sentences.is_empty() && sentences.iter().all(|r| norm.get(r.clone()).is_some_and(|t| CONTACT.is_match(t)))
}

/// The paper's footer after an interview: contact advice ([`is_contact_advice`]) at
/// paragraph `k` giving a number or an address, with no question after it. Advice between
/// questions is the interviewee's, or an aside the interview goes on after.
fn is_contact_notice(paras: &[Para], k: usize) -> bool {
    let Some(para) = paras.get(k) else { return false };
    let lower = para.norm_str.to_lowercase();
    let reachable = lower.bytes().any(|b| b.is_ascii_digit())
        || ["www.", ".uk", ".org", ".com", "website", "@"].iter().any(|a| lower.contains(a));
    let questions_after = paras.iter().skip(k + 1).any(|p| is_question(p) || is_unmarked_question(p));
    reachable && !questions_after && is_contact_advice(para)
}

/// The labels an answer paragraph may open with.
const ANSWER_LABELS: [&str; 4] = ["A:", "A.", "A -", "Answer:"];

/// The words of an answer paragraph, without an "A:" label; `None` when the paragraph is the
/// writer's again: it quotes someone, or reports someone speaking.
fn answer_text(para: &Para) -> Option<String> {
    let norm = para.norm_str.trim();
    let quoted_answer = labelled_quote(norm).is_some();
    if norm.is_empty() || (norm.contains('"') && !quoted_answer) || para.is_furniture() {
        return None;
    }
    let first_sentence = norm.split_inclusive(['.', '?', '!']).next().unwrap_or(norm);
    let reported = mentions::reported_speaker(first_sentence).or_else(|| mentions::talking_speaker(first_sentence));
    // "Parents tell us …" is still the answer; "Jo Bloggs, the commissioner, said …" is not.
    let third_party = reported.and_then(|who| speaker::parse_who(&who)).is_some_and(|who| {
        matches!(who, Who::Person(_) | Who::Surname { .. } | Who::Spokes { .. } | Who::Organisation(_))
    });
    if third_party {
        return None;
    }
    let printed: String = para.printed.iter().collect();
    let printed = printed.trim();
    let text = ANSWER_LABELS.iter().find_map(|a| printed.strip_prefix(a)).unwrap_or(printed);
    if quoted_answer {
        return labelled_quote(printed).map(str::to_string);
    }
    Some(text.trim().to_string())
}

/// `A: "We see it every week."`: an answer after its label printed whole in quote marks, as
/// some papers print every answer of an interview. The words inside the marks; `None` for
/// any other paragraph, one with no label, or one that quotes more than once.
fn labelled_quote(text: &str) -> Option<&str> {
    const OPENING: [char; 3] = ['"', '\u{201c}', '\''];
    const CLOSING: [char; 3] = ['"', '\u{201d}', '\''];
    let body = ANSWER_LABELS.iter().find_map(|a| text.strip_prefix(a)).unwrap_or(text).trim();
    let labelled = body.len() < text.len();
    let body = body.strip_prefix(OPENING)?;
    let body = body.strip_suffix('.').filter(|b| b.ends_with(CLOSING)).unwrap_or(body).strip_suffix(CLOSING)?;
    let one_quote = !body.contains(['"', '\u{201c}', '\u{201d}']);
    (labelled && one_quote && !body.trim().is_empty()).then(|| body.trim())
}

/// The most words a speaker label may have ("Detective Inspector Jo Bloggs").
const LABEL_WORDS: usize = 4;

/// The speaker label a paragraph opens with and the char offset just past its colon:
/// capitalised words without digits or punctuation, then ": " and the answer.
fn speaker_label(para: &Para) -> Option<(&str, usize)> {
    let norm = para.norm_str.as_str();
    let colon = norm.bytes().take(60).position(|b| b == b':')?;
    let label = norm.get(..colon)?.trim();
    let words = label.split_whitespace().count();
    let well_formed = (1..=LABEL_WORDS).contains(&words)
        && label.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
        && label.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'' || c == '.');
    let answer = norm.get(colon + 1..)?;
    let spoken = answer.starts_with(' ') && answer.split_whitespace().count() >= 3;
    (well_formed && spoken).then(|| (label, norm[..=colon].chars().count()))
}

/// A label printed in capitals, "BRIERLEY:" or "DCI HELEN MARSH:", as a name is written:
/// words of four letters or more, and the last word, lose their capitals; a short word
/// before the name ("DCI", "ACC") is a rank and keeps them. Any other label is unchanged.
pub(super) fn readable_label(label: &str) -> String {
    let shouted = crate::ingest::lead::is_all_capitals(label);
    if !shouted {
        return label.to_string();
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let last = words.len().saturating_sub(1);
    // A short word keeps its capitals as a rank, a title or initials ("DCI", "DR", "PC"),
    // not as a short name ("HUW", "JOE", "SUE").
    let kept = |w: &str| {
        super::names::is_role_word(w) || super::names::is_honorific(w) || !w.chars().any(|c| "AEIOUY".contains(c))
    };
    let recase = |(i, w): (usize, &&str)| {
        if i == last || w.chars().count() >= 4 || !kept(w) {
            // A capital stays after an apostrophe or hyphen: "O'BRIEN" is "O'Brien".
            let mut after_break = true;
            w.chars()
                .map(|c| {
                    let out = if after_break { c } else { c.to_lowercase().next().unwrap_or(c) };
                    after_break = c == '\'' || c == '-';
                    out
                })
                .collect()
        } else {
            w.to_string()
        }
    };
    words.iter().enumerate().map(recase).collect::<Vec<_>>().join(" ")
}

/// Whether some speaker label opens two paragraphs or more: a cheap test made once per
/// article before any label is resolved.
pub(super) fn has_labelled_answers(paras: &[Para]) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    for para in paras {
        if let Some((label, _)) = speaker_label(para) {
            if seen.contains(&label) {
                return true;
            }
            seen.push(label);
        }
    }
    false
}

/// A transcript's answer, "DI Rai: Most of it starts on social media.": the person the
/// label names (named in full earlier in the article) and the words after the label.
/// `None` for any other paragraph, and for one that quotes someone in quote marks.
pub(super) fn labelled_answer(paras: &[Para], k: usize, ctx: &mut Context) -> Option<(Resolved, String)> {
    let para = paras.get(k)?;
    let (label, past) = speaker_label(para)?;
    let repeated = paras.iter().enumerate().any(|(j, p)| j != k && speaker_label(p).is_some_and(|(l, _)| l == label));
    if !repeated || para.norm_str.contains('"') {
        return None;
    }
    let label = readable_label(label);
    let surname = match ctx.read_who(&label)? {
        Who::Person(p) => p.name.split_whitespace().last()?.to_string(),
        Who::Surname { surname, .. } => surname,
        Who::Bare(word) => word,
        _ => return None,
    };
    let speaker = ctx.named_before(&surname, (k, 0))?;
    let text: String = para.printed.get(past..)?.iter().collect();
    Some((speaker, text.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_roman_one_after_a_grade_a_tier_or_a_monarch_is_no_first_person() {
        let i_at = |text: &str| text.find(" I ").map(|at| numeral_i(text, at + 1, at + 2));
        for text in
            ["a Grade I listed church", "built under Charles I in 1630", "a Tier I visa", "under Schedule I of the Act"]
        {
            assert_eq!(i_at(text), Some(true), "{text}");
        }
        for text in ["Then I rang the police", "Charles said I could go"] {
            assert_eq!(i_at(text), Some(false), "{text}");
        }
    }
}
