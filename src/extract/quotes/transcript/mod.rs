//! Official transcripts: Hansard (Commons, Lords, Westminster Hall), written questions and
//! answers, select-committee evidence, the Scottish Parliament's Official Report, the
//! Senedd's Record, and broadcast scripts. The words printed against a speaker's label are
//! that speaker's direct speech, and so is every paragraph after it without a label, until
//! the next label, a procedural line ("Question put and agreed to.", "[Interruption.]",
//! "The House divided"), or a heading. The question of a written question is not a quote;
//! the answer is the words of the one who answered.
//!
//! A podcast's or radio programme's transcript ([`programme`]) quotes each guest's and
//! caller's turn; its presenter's or host's own words are no quote, and its time stamps are
//! no one's words.
//!
//! A page is read so only when the format is unmistakable ([`Transcript::detect`]): two
//! labels or more of a transcript's own shape ([`labels`]: a party or a seat in brackets, a
//! person named in brackets after an office, "MS", a question number, a broadcast tag), or
//! one with a written question, or a transcript's heading with two labels; or a written
//! question with "Answered by". News copy with "Source:", "Pictured:", a dateline, table
//! rows or bullet labels never is. A label opening speech in quote marks belongs to a
//! write-up, read as quotes are.

mod clips;
mod labels;
mod programme;
mod written;

use std::sync::LazyLock;

use regex::Regex;

use super::context::{At, Context, Resolved};
use super::Para;
use crate::model::{Article, Paragraph, Role};
use labels::{Label, Named};
use programme::{
    introduced, introduced_voices, introduces_host, only_greetings, programme_note, read_out_message, stamped_above,
};
use written::Line;

/// What a transcript makes of one paragraph.
pub(super) enum Reading {
    /// Words of `speaker`; `new` when they open a speech.
    Speech { speaker: Resolved, text: String, new: bool },
    /// A label with no quote (a written question, "Hon. Members:"), a procedural line, or a
    /// line of a written question's record: not read as anything else.
    Procedure,
    /// The outlet's own script under a presenter's or reporter's label: no quote, but the
    /// people it names may be labelled later by title and surname.
    Script,
    /// Words of `speaker` up to a statement they read out in quote marks ("A spokesperson
    /// told us: \"…\""): the paragraph is then read as any paragraph, which gives the
    /// statement to whom the clause names.
    SpeechThenRead { speaker: Resolved, text: String, new: bool },
    /// Not the transcript's: read as any paragraph.
    Other,
}

/// How many labels of a transcript's own shape make a page a transcript.
const MIN_STRONG_LABELS: usize = 2;

/// How many paragraphs from the top a transcript's heading may stand.
const HEADER_REACH: usize = 5;

/// The most words a heading may have.
const HEADING_WORDS: usize = 14;

/// A heading that names a transcript: "Hansard", "Official Report", "Westminster Hall",
/// "Oral evidence", "Written answers", "Record of Proceedings", "Transcript".
static TRANSCRIPT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?i)\b(?:hansard|official report|westminster hall|oral evidence|examination of witnesses|oral answers|written (?:answers?|questions?|statements?)|record of proceedings|transcript|plenary|house of (?:commons|lords))\b",
    )
});

/// Procedure, not speech: the House's decisions and divisions, sittings suspended and
/// resumed, members rising, witnesses called, a time stamp. A meeting or sitting ending is
/// procedure only as a line of its own, with at most the time ("The committee rose at 12.15
/// pm."): "The committee concluded in its report that…" is a witness's words.
static PROCEDURE: LazyLock<Regex> = LazyLock::new(|| {
    // "Question put", "Question, That the Bill be now read", "Motion made", "Resolved,",
    // "Amendment proposed": the House's questions, motions and amendments put and decided.
    const DECISIONS: &str = concat!(
        r"Question (?:put|agreed|accordingly|negatived|proposed|That)|Question,|",
        r"Motion(?: made| agreed| lapsed| withdrawn| moved|,)|Resolved,|Ordered,|",
        r"Amendment (?:proposed|agreed|negatived|withdrawn|made|moved)"
    );
    // "The House divided", "The Committee adjourned": the body as a whole.
    const THE_HOUSE: &str =
        r"The (?:House|Committee|Senedd|Parliament) (?:divided|proceeded|adjourned|suspended|resumed)";
    // "Division", "Ayes", "Not-Contents": a division and its lobbies.
    const DIVISION: &str = r"Division\b|Ayes\b|Noes\b|Contents\b|Not-Contents\b";
    // "Sitting suspended", "Debate adjourned", "Bill read a Second time".
    const SITTING_DEBATE_BILL: &str = concat!(
        r"Sitting (?:suspended|resumed|adjourned)|Debate (?:resumed|adjourned)|",
        r"Bill,? (?:read|as amended|to be|accordingly)"
    );
    // "Hon. Members rose", "Several hon. Members rose".
    const MEMBERS_ROSE: &str = r"(?:Several |An |Some )?[Hh]on\. Members? rose";
    // "Meeting closed", "Meeting suspended".
    const MEETING: &str = r"Meeting (?:closed|suspended|continued)";
    // "12.15 pm", "2:30", "noon": the time a meeting or sitting ended at.
    const TIME: &str = r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday|midnight)";
    // "In the Chair".
    const IN_THE_CHAIR: &str = r"In the Chair";
    // "10.32", "2:15 pm": a time stamp as a line of its own.
    const TIME_STAMP: &str = r"\d{1,2}[.:]\d{2}\s*(?:am|pm)?\.?$";
    // "The committee rose at 12.15 pm.", "Meeting ended", "The session concluded at noon": a
    // meeting or sitting ending, as a line of its own.
    let ending = format!(r"(?:ended|closed|rose|adjourned)(?: at {TIME})?|(?:concluded|finished) at {TIME}");
    let ended = format!(r"(?:The )?(?:[Mm]eeting|[Cc]ommittee|[Ss]itting|[Ss]ession) (?:{ending})\.?$");
    let pieces =
        [DECISIONS, THE_HOUSE, DIVISION, SITTING_DEBATE_BILL, MEMBERS_ROSE, MEETING, &ended, IN_THE_CHAIR, TIME_STAMP];
    crate::extract::numbers::compile(&format!("^(?:{})", pieces.join("|")))
});

/// A committee's list of those present or called, read as any paragraph: it names people
/// a later label calls by title and surname ("Chief Constable Bloggs:").
static ATTENDANCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"^(?:Examination of [Ww]itness|Witness(?:es)?:|(?:Members|Committee members) present:|Present:)",
    )
});

/// A person named to a committee's office in a list: "Jo Bloggs (Chair)".
static OFFICE_IN_LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::extract::numbers::compile(
        r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+)\s+\((?P<office>Chair|Chairman|Chairwoman|Convener|Convenor)\)",
    )
});

/// The state of a transcript being read.
#[derive(Debug, Default)]
pub(super) struct Transcript {
    /// Each paragraph's label, when the page is read by its labels.
    labels: Vec<Option<Label>>,
    /// The page carries written questions with "Answered by".
    written: bool,
    /// Of a written question's page, the lines before each text paragraph that ingest filed
    /// as furniture or bylines ("Answered by", a name alone, "Minister of State (Home
    /// Office)"), read in their turn.
    lines_before: Vec<Vec<String>>,
    /// The one now speaking.
    speaking: Option<Resolved>,
    /// The next paragraph of `speaking` opens an answer.
    opens: bool,
    /// "Answered by" stood alone: the next line names who answered.
    answerer_next: bool,
    /// Everyone labelled so far.
    people: Vec<Resolved>,
    /// The member who asked the written question on the page ("Asked by …").
    asker: Option<Resolved>,
    /// "Asked by" stood alone: the next line names who asked.
    asker_next: bool,
    /// A speech goes on past its label's paragraph: the page is a transcript by its heading
    /// or its written question (asked or answered), or most paragraphs after its first label carry one. In news
    /// copy that quotes two candidates by label, the writer's next paragraphs are the writer's.
    carries_on: bool,
    /// Who each office was last given to, by the office in lower case ("convener").
    offices: Vec<(String, Resolved)>,
    /// Of a broadcast script, the speaker words of the clip header before each text
    /// paragraph ([`clips::headers_before`]).
    clips: Vec<Option<clips::Header>>,
    /// The clip now being read: its speaker, the index of its last paragraph, and its last
    /// words as its out cue gives them.
    clip: Option<(Resolved, usize, String)>,
    /// The words of a caption printed as a paragraph of its own ("SUPER: Priya, 16"), whose
    /// speaker says the next paragraph when it is all in quote marks.
    caption: Option<String>,
    /// The page is a programme's: a presenter, a caller or a recorded clip is labelled. A
    /// guest's or caller's turn of greetings only is none of their words, and a body in
    /// brackets after a name is whom they speak for.
    broadcast: bool,
    /// The turns carry time stamps: a stamp alone on its line stands inside a turn.
    timed: bool,
    /// Of a programme, the presenter or host named by a plain label: their turns are the
    /// programme's own words.
    hosts: Vec<String>,
    /// Everyone a plain label named, in the order first labelled.
    voices: Vec<String>,
    /// A label names the presenter or host by office ("PRESENTER:"): no voice named by a
    /// plain label is the host for opening the show.
    presented: bool,
    /// The title and the paragraphs before the first label: the page's summary, which
    /// names the guests with their roles.
    intro: Vec<String>,
    /// Of each text paragraph, whether a rule stands between it and the one before: no
    /// speech goes on across it.
    after_break: Vec<bool>,
}

impl Transcript {
    /// The transcript a page is, when its format is unmistakable. `paras` are the text
    /// paragraphs of `article`.
    pub(super) fn detect(article: &Article, paras: &[Para]) -> Option<Self> {
        let title = article.title.as_deref();
        let norms: Vec<&str> = paras.iter().map(|p| p.norm_str.as_str()).collect();
        let all: Vec<&str> = article.paragraphs.iter().map(|p| p.norm.as_str()).collect();
        let written = written::has_written_answers(&all);
        let labels = with_labels_alone(norms.iter().map(|n| labels::read_label(n)).collect(), &norms);
        let labels = stamped_above(labels, &norms);
        let timed = labels.iter().flatten().filter(|l| l.timed && l.strong).count() >= MIN_STRONG_LABELS;
        let strong = labels.iter().flatten().filter(|l| l.strong).count();
        let asks = labels.iter().flatten().any(|l| l.asks);
        let heading = title.into_iter().chain(norms.iter().take(HEADER_REACH).copied()).any(|t| {
            t.split_whitespace().take(HEADING_WORDS + 1).count() <= HEADING_WORDS && TRANSCRIPT_HEADING.is_match(t)
        });
        let labelled = labels.iter().flatten().filter(|l| l.titled || plain_label_fits(l)).count();
        let speaks = |l: &Label| l.strong || l.titled || plain_label_fits(l);
        let first_label = labels.iter().position(|l| l.as_ref().is_some_and(speaks)).unwrap_or(norms.len());
        let intro: Vec<String> =
            title.into_iter().chain(norms.iter().take(first_label).copied()).map(str::to_string).collect();
        let by_labels = strong >= MIN_STRONG_LABELS
            || (strong >= 1 && (asks || heading))
            || ((heading || asks) && labelled >= MIN_STRONG_LABELS)
            || (introduced_voices(&labels, &intro) >= MIN_STRONG_LABELS && mostly_labelled(&labels));
        // A summary calling one voice the presenter or host makes the page a programme's.
        let hosted = by_labels && labels.iter().flatten().any(|l| introduces_host(l, &intro));
        let clips = clips::headers_before(article, paras);
        let captioned = norms.windows(2).any(|w| clips::caption_words(w[0]).is_some() && clips::wholly_quoted(w[1]));
        let has_clips = clips.iter().any(Option::is_some) || captioned;
        if !by_labels && !written && !has_clips {
            return None;
        }
        // A label alone on its line has its speech in the paragraphs under it.
        let alone = labels.iter().flatten().any(|l| l.alone && l.strong);
        let carries_on = heading || written || asks || alone || mostly_labelled(&labels);
        let broadcast = has_clips
            || timed
            || hosted
            || labels.iter().flatten().any(|l| match &l.named {
                Named::Office { office, .. } | Named::Person { office: Some(office), .. } => {
                    labels::is_broadcast_role(office)
                }
                Named::Person { .. } => l.rank.as_deref().is_some_and(labels::is_callers_role),
                Named::Group => false,
            });
        let labels = if by_labels { labels } else { Vec::new() };
        let lines_before = lines_before(article, paras);
        // A rule ("---", "* * *"), not a time ingest sets apart as a break ("2.30 pm").
        let rule = |l: &Paragraph| l.role == Role::Break && !l.norm.chars().any(char::is_alphanumeric);
        let after_break = gaps(article, paras).map(|lines| lines.iter().any(rule)).collect();
        let clips = if has_clips { clips } else { Vec::new() };
        let presented = labels.iter().flatten().any(|l| {
            matches!(&l.named, Named::Office { office, .. } | Named::Person { office: Some(office), .. }
                if labels::is_broadcast_role(office))
        });
        Some(Self {
            labels,
            written,
            lines_before,
            carries_on,
            clips,
            broadcast,
            timed,
            intro,
            presented,
            after_break,
            ..Self::default()
        })
    }

    /// Reads paragraph `k` of `paras`; `ctx` finds whom a title and surname mean.
    pub(super) fn read(&mut self, paras: &[Para], k: usize, ctx: &Context) -> Reading {
        let Some(para) = paras.get(k) else { return Reading::Other };
        let norm = para.norm_str.trim();
        if let Some(reading) = self.read_clip(paras, para, k, ctx) {
            return reading;
        }
        if let Some(who) = clips::caption_words(norm) {
            self.speaking = None;
            self.caption = Some(who.to_string());
            return Reading::Procedure;
        }
        if let Some(who) = self.caption.take().filter(|_| clips::wholly_quoted(norm)) {
            if let Some(speaker) = clips::speaker(&who, (k, 0), ctx) {
                self.opens = true;
                return self.speech(speaker, para, 0);
            }
        }
        for line in self.lines_before.get(k).cloned().unwrap_or_default() {
            if self.written && self.read_written(&line, None).is_some() {
                continue;
            }
            self.read_line_before(&line, k, ctx);
        }
        if self.written {
            if let Some(reading) = self.read_written(norm, Some(para)) {
                return reading;
            }
        }
        if let Some(label) = self.labels.get(k).cloned().flatten().filter(|l| self.fits(l)) {
            return self.read_labelled(paras, &label, k, ctx);
        }
        if let Some(label) = self.labels.get(k).cloned().flatten().and_then(|l| self.put_on_air(l, paras, k)) {
            return self.read_labelled(paras, &label, k, ctx);
        }
        if ATTENDANCE.is_match(norm) {
            self.note_offices(norm);
            self.speaking = None;
            return Reading::Other;
        }
        // "[Col 113WH]": a new column of the printed report, in the middle of a speech that
        // goes on under it.
        if column_marker(norm) || (self.timed && labels::is_time_stamp(norm)) {
            return Reading::Procedure;
        }
        if PROCEDURE.is_match(norm) || stage_direction(norm) {
            self.speaking = None;
            return Reading::Procedure;
        }
        // A written answer sets out its tables, captioned, and goes on under them.
        let caption = || table_caption(norm) && paras.get(k + 1).is_some_and(|next| table_row(&next.norm_str));
        if self.written && self.speaking.is_some() && (table_row(norm) || caption() || table_note(norm)) {
            return Reading::Procedure;
        }
        if is_heading(norm) {
            self.speaking = None;
            return Reading::Other;
        }
        // Under a rule after the last turn, or in a programme's note on its transcript, the
        // page speaks for itself again ("This transcript was generated automatically").
        if self.after_break.get(k).copied().unwrap_or(false) || (self.broadcast && programme_note(norm)) {
            self.speaking = None;
            return Reading::Other;
        }
        // A written answer reports what others told the department in its own words.
        if !self.written && reports_someone(norm) {
            self.speaking = None;
            return Reading::Other;
        }
        match self.speaking.clone() {
            Some(speaker) if self.carries_on => self.speech(speaker, para, 0),
            _ => {
                self.speaking = None;
                Reading::Other
            }
        }
    }

    /// A clip's words: the paragraph right after its header and cues, and, when an out cue
    /// gives the clip's last words, each text paragraph straight after it with no other line
    /// between, up to the one ending on them. `None` for any other paragraph.
    fn read_clip(&mut self, paras: &[Para], para: &Para, k: usize, ctx: &Context) -> Option<Reading> {
        if let Some(header) = self.clips.get(k).cloned().flatten() {
            self.speaking = None;
            self.clip = None;
            self.caption = None;
            let Some(mut speaker) = clips::speaker(&header.who, (k, 0), ctx) else { return Some(Reading::Procedure) };
            // "CLIP: BLOGGS" after a cue ending "…, JO BLOGGS:" is Jo Bloggs's.
            let cue = k.checked_sub(1).and_then(|j| paras.get(j)).map(|p| p.norm_str.as_str());
            if let Some(name) = cue
                .filter(|_| !speaker.speaker.contains(' '))
                .and_then(|cue| clips::named_in_cue(&speaker.speaker, cue))
            {
                speaker.speaker = name;
            }
            if let Some(out) = header.out.filter(|out| !clips::ends_clip(&para.norm_str, out)) {
                self.clip = Some((speaker.clone(), para.index, out));
            }
            self.opens = true;
            return Some(self.speech(speaker, para, clips::words_from(&para.norm_str)));
        }
        let (speaker, last, out) = self.clip.take()?;
        if para.index != last + 1 || self.labels.get(k).is_some_and(Option::is_some) {
            return None;
        }
        if !clips::ends_clip(&para.norm_str, &out) {
            self.clip = Some((speaker.clone(), para.index, out));
        }
        Some(self.speech(speaker, para, 0))
    }

    /// A paragraph opening on a label: the speaker's words after it.
    fn read_labelled(&mut self, paras: &[Para], label: &Label, k: usize, ctx: &Context) -> Reading {
        let Some(para) = paras.get(k) else { return Reading::Other };
        self.speaking = None;
        let resolved = self.resolve(label, (k, 0), ctx);
        let script = matches!(&label.named, Named::Office { office, .. } | Named::Person { office: Some(office), .. }
            if labels::is_broadcast_role(office));
        // A written question is its member's words, and no speech of theirs goes on after it:
        // the answer under it is another's.
        if let Some(asker) = resolved.clone().filter(|_| label.asks) {
            self.opens = true;
            let reading = self.speech(asker, para, label.past);
            self.opens = false;
            return reading;
        }
        let host = resolved.clone().is_some_and(|r| self.is_host(&r, paras, k, label));
        let script = script || host;
        let resolved = resolved.filter(|_| !host);
        let Some(speaker) = resolved else {
            // A presenter reading out what someone said, in quote marks ("A spokesperson
            // says: \"…\""), quotes them as any paragraph does.
            let quotes_someone = || !super::spans::find_spans(&para.norm, &para.printed).is_empty();
            if let Some((listener, from, to)) = script.then(|| read_out_message(para)).flatten() {
                let text: String = para.printed.get(from..to).unwrap_or_default().iter().collect();
                return Reading::Speech { speaker: listener, text: text.trim().to_string(), new: true };
            }
            return if script && quotes_someone() {
                Reading::Other
            } else if script {
                Reading::Script
            } else {
                Reading::Procedure
            };
        };
        self.speaking = Some(speaker.clone());
        self.opens = true;
        if let Some(at) = self.broadcast.then(|| programme::statement_read_out(&para.norm_str)).flatten() {
            self.speaking = None;
            let own: String = para.printed.get(label.past..at).unwrap_or_default().iter().collect();
            let text = without_stage_directions(&own);
            let new = std::mem::take(&mut self.opens);
            return if text.is_empty() { Reading::Other } else { Reading::SpeechThenRead { speaker, text, new } };
        }
        self.speech(speaker, para, label.past)
    }

    /// The words of `para` from char `from` on, as `speaker`'s.
    fn speech(&mut self, speaker: Resolved, para: &Para, from: usize) -> Reading {
        let printed: String = para.printed.get(from..).unwrap_or_default().iter().collect();
        let text = without_quote_marks_around(&without_stage_directions(&printed));
        let new = std::mem::take(&mut self.opens);
        // "Morning. Thanks for having me.": a turn of nothing but greetings says nothing.
        if text.is_empty() || (self.broadcast && only_greetings(&text)) {
            self.opens |= new;
            return Reading::Procedure;
        }
        Reading::Speech { speaker, text, new }
    }

    /// A line of a written question's page (`norm`, the text paragraph `para` when it is
    /// one), when it is one of its own: `None` for a line to read as any other.
    fn read_written(&mut self, norm: &str, para: Option<&Para>) -> Option<Reading> {
        let norm = norm.trim();
        if std::mem::take(&mut self.answerer_next) && written::name_like(norm) {
            self.start_answer(Resolved { speaker: norm.to_string(), role: None, organisation: None });
            return Some(Reading::Procedure);
        }
        if std::mem::take(&mut self.asker_next) {
            if let Some(asker) = asker_of(norm) {
                self.asker = Some(asker);
                return Some(Reading::Procedure);
            }
        }
        match written::read_line(norm) {
            Line::Question => {
                self.speaking = None;
                // The question is the words of the member who asked it.
                Some(match (self.asker.clone(), para) {
                    (Some(asker), Some(para)) => {
                        self.opens = true;
                        let reading = self.speech(asker, para, 0);
                        self.opens = false;
                        reading
                    }
                    _ => Reading::Procedure,
                })
            }
            Line::Asker(words) => {
                self.speaking = None;
                self.asker = asker_of(&words);
                Some(Reading::Procedure)
            }
            Line::AskerNext => {
                self.speaking = None;
                self.asker_next = true;
                Some(Reading::Procedure)
            }
            Line::Closing => {
                self.speaking = None;
                Some(Reading::Procedure)
            }
            Line::Record => Some(Reading::Procedure),
            Line::AnswererNext => {
                self.speaking = None;
                self.answerer_next = true;
                Some(Reading::Procedure)
            }
            Line::Answerer { name, role, organisation, speech_from } => {
                let speaker = Resolved { speaker: name, role, organisation };
                self.start_answer(speaker.clone());
                Some(match (speech_from, para) {
                    (Some(from), Some(para)) => self.speech(speaker, para, from),
                    _ => Reading::Procedure,
                })
            }
            Line::Other => {
                // The role line under a name set alone: "Minister of State (Home Office)".
                let role_line = self.opens && !norm.ends_with(['.', '?', '!']) && norm.contains('(');
                let speaker = self.speaking.as_mut().filter(|s| role_line && s.role.is_none())?;
                let (role, organisation) = written::role_and_organisation(norm);
                speaker.role = role;
                speaker.organisation = organisation;
                Some(Reading::Procedure)
            }
        }
    }

    /// A line ingest filed as furniture before paragraph `k`: a label standing alone over the
    /// speech under it ("Jo Bloggs", a member labelled before) opens that speech; a
    /// procedural line or a stage direction ends the one before.
    fn read_line_before(&mut self, line: &str, k: usize, ctx: &Context) {
        let line = line.trim();
        if let Some(label) = labels::read_label_alone(line).filter(|l| self.fits(l)) {
            self.speaking = None;
            if let Some(speaker) = self.resolve(&label, (k, 0), ctx) {
                self.start_answer(speaker);
            }
        } else if PROCEDURE.is_match(line) || stage_direction(line) {
            self.speaking = None;
        }
    }

    /// Notes each person a list names to an office ("Jo Bloggs (Chair)"), for a label
    /// naming the office alone.
    fn note_offices(&mut self, norm: &str) {
        for c in OFFICE_IN_LIST.captures_iter(norm) {
            let (Some(name), Some(office)) = (c.name("name"), c.name("office")) else { continue };
            let name = name.as_str().trim();
            let name = name.rsplit([':', ';', ',']).next().unwrap_or(name).trim();
            let Some(name) = labels::person_name(name) else { continue };
            let holder = Resolved { speaker: name, role: Some(office.as_str().to_string()), organisation: None };
            self.offices.push((office.as_str().to_lowercase(), holder));
        }
    }

    fn start_answer(&mut self, speaker: Resolved) {
        self.speaking = Some(speaker);
        self.opens = true;
    }

    /// Whether a label is read as one here: one of a transcript's own shape, or one naming
    /// an office, a group, or a person as names are printed ([`plain_label_fits`]); or the
    /// name, in full or by surname, of someone labelled before.
    fn fits(&self, label: &Label) -> bool {
        if self.stamped_first_name(label) {
            return true;
        }
        if label.alone {
            let known = matches!(&label.named, Named::Person { name, .. } if self.person_named(name).is_some());
            // "Chief Constable Jo Bloggs:" alone: the colon makes a name or a title a label.
            let colon = label.colon && (label.titled || plain_label_fits(label));
            return label.strong || known || colon || matches!(label.named, Named::Office { .. } | Named::Group);
        }
        if label.strong || label.titled || plain_label_fits(label) {
            return true;
        }
        let Named::Person { name, .. } = &label.named else { return false };
        self.person_named(name).is_some()
    }

    /// Someone labelled before under `name`, in full or by surname.
    fn person_named(&self, name: &str) -> Option<&Resolved> {
        let surname = |r: &&Resolved| r.speaker.split_whitespace().next_back() == Some(name);
        self.people
            .iter()
            .rev()
            .find(|r| r.speaker == name)
            .or_else(|| (!name.contains(' ')).then(|| self.people.iter().rev().find(surname)).flatten())
    }

    /// The speaker a label names: a person labelled before as they were first labelled; the
    /// person last given an office, for the office alone; `None` for a group.
    fn resolve(&mut self, label: &Label, at: At, ctx: &Context) -> Option<Resolved> {
        match &label.named {
            Named::Group => None,
            // A presenter's or reporter's lines are the outlet's own words, as an
            // interviewer's questions are.
            Named::Office { office, .. } | Named::Person { office: Some(office), .. }
                if labels::is_broadcast_role(office) =>
            {
                None
            }
            Named::Office { label: printed, office } => {
                let key = office.to_lowercase();
                let holder = self.offices.iter().rev().find(|(o, _)| *o == key).map(|(_, r)| r.clone());
                // The office alone is the speaker's name as printed, and no role besides.
                Some(holder.unwrap_or_else(|| Resolved { speaker: printed.clone(), role: None, organisation: None }))
            }
            Named::Person { name, office } => {
                // "01:41 Jo:": the one the summary or an earlier label names in full.
                let full = self.stamped_first_name(label).then(|| self.full_name(name)).flatten();
                let name = full.as_ref().unwrap_or(name);
                if let Some(known) = self.person_named(name).filter(|_| office.is_none() && label.party.is_none()) {
                    return Some(known.clone());
                }
                // "Chief Constable Bloggs": the person a list or the text named in full.
                let surname_only = label.titled && !name.contains(' ');
                if let Some(named) = ctx.named_before(name, at).filter(|_| surname_only) {
                    self.people.push(named.clone());
                    return Some(named);
                }
                // "Jo Bloggs:" after a summary naming "Dr Jo Bloggs of the charity Safe Kids".
                let plain = office.is_none() && label.party.is_none() && label.seat.is_none() && !label.titled;
                if let Some(mut introduced) = plain.then(|| introduced(name, &self.intro)).flatten() {
                    introduced.role = label.rank.clone().or(introduced.role);
                    self.people.push(introduced.clone());
                    return Some(introduced);
                }
                // "JO BLOGGS (Anytown Police)": a body in brackets is whom a guest speaks for,
                // no seat.
                let programmes = |seat: &String| self.broadcast && crate::extract::places::by_name(seat).is_none();
                let body = label
                    .seat
                    .as_ref()
                    .filter(|seat| label.party.is_none() && (programmes(seat) || names_a_body(seat)))
                    .map(|seat| as_written(seat));
                // A place in brackets on a programme is where a guest is, no seat of theirs.
                let seat = label.seat.as_ref().filter(|_| body.is_none() && !self.broadcast);
                let role = office
                    .clone()
                    .or_else(|| label.rank.clone())
                    .or_else(|| label.member.map(str::to_string))
                    .or_else(|| seat.map(|seat| format!("Member for {seat}")));
                let organisation = label.party.map(str::to_string).or(body);
                let resolved = Resolved { speaker: name.clone(), role, organisation };
                if let Some(office) = office {
                    self.offices.push((office.to_lowercase(), resolved.clone()));
                }
                self.people.push(resolved.clone());
                Some(resolved)
            }
        }
    }
}

/// The member a written question's "Asked by" line names: "Jo Bloggs (Anytown North)
/// (Lab)", with the seat as their role and the party as their organisation, or a name
/// before a comma or bracket ("Jo Bloggs (Anytown), Party").
fn asker_of(words: &str) -> Option<Resolved> {
    if let Some(label) = labels::read_label_alone(words) {
        if let Named::Person { name, office } = label.named {
            let role = office.or_else(|| label.seat.map(|seat| format!("Member for {seat}")));
            return Some(Resolved { speaker: name, role, organisation: label.party.map(str::to_string) });
        }
    }
    let cut = words.find([',', '(']).unwrap_or(words.len());
    let name = words.get(..cut)?.trim();
    written::name_like(name).then(|| Resolved { speaker: name.to_string(), role: None, organisation: None })
}

/// Each text paragraph's lines before it, back to the text paragraph before, that are
/// furniture or bylines to ingest.
fn lines_before(article: &Article, paras: &[Para]) -> Vec<Vec<String>> {
    gaps(article, paras)
        .map(|lines| {
            lines.iter().filter(|l| matches!(l.role, Role::Furniture | Role::Byline)).map(|l| l.norm.clone()).collect()
        })
        .collect()
}

/// For each text paragraph of `paras`, the article's paragraphs between it and the text
/// paragraph before it: the lines ingest set aside there (cues, labels, furniture).
fn gaps<'a>(article: &'a Article, paras: &'a [Para]) -> impl Iterator<Item = &'a [Paragraph]> {
    let mut from = 0;
    paras.iter().map(move |p| {
        let lines = article.paragraphs.get(from..p.index).unwrap_or_default();
        from = p.index + 1;
        lines
    })
}

/// Each paragraph's label, with labels standing alone on their line ([`labels::read_label_alone`])
/// where two or more of them stand over speech: a paragraph under them that is no label. A
/// list of names, each on its line, is no run of speeches.
fn with_labels_alone(mut labels: Vec<Option<Label>>, norms: &[&str]) -> Vec<Option<Label>> {
    let alone: Vec<Option<Label>> =
        norms.iter().zip(&labels).map(|(n, l)| if l.is_some() { None } else { labels::read_label_alone(n) }).collect();
    let over_speech = |k: usize| {
        alone.get(k).is_some_and(Option::is_some)
            && alone.get(k + 1).is_some_and(Option::is_none)
            && labels.get(k + 1).is_some_and(Option::is_none)
            && norms.get(k + 1).is_some()
    };
    let heads: Vec<usize> = (0..norms.len()).filter(|&k| over_speech(k)).collect();
    if heads.len() < MIN_STRONG_LABELS {
        return labels;
    }
    let mut alone = alone;
    for k in heads {
        if let Some(slot) = labels.get_mut(k) {
            *slot = alone.get_mut(k).and_then(Option::take);
        }
    }
    labels
}

/// Whether more than half the paragraphs after the first labelled one carry a label.
fn mostly_labelled(labels: &[Option<Label>]) -> bool {
    let Some(first) = labels.iter().position(Option::is_some) else { return false };
    let after = &labels[first + 1..];
    let labelled = after.iter().filter(|l| l.is_some()).count();
    2 * labelled > after.len()
}

/// A paragraph whose first sentence reports someone else speaking ("The Home Office said it
/// would respond.", "Jo Bloggs told the panel …"): the writer's again, not more of a speech.
fn reports_someone(norm: &str) -> bool {
    use super::speaker::Who;
    let first = norm.split_inclusive(['.', '?', '!']).next().unwrap_or(norm);
    let reported = super::mentions::reported_speaker(first).or_else(|| super::mentions::talking_speaker(first));
    reported.and_then(|who| super::speaker::parse_who(&who)).is_some_and(|who| {
        matches!(who, Who::Person(_) | Who::Surname { .. } | Who::Spokes { .. } | Who::Organisation(_))
    })
}

/// A label without a transcript's own shape that still reads as one in a transcript: an
/// office ("Mr Speaker", "Chair"), a group ("Hon. Members"), or a person named in full
/// ("Dr Jo Bloggs", "Jo Bloggs"), not a place.
fn plain_label_fits(label: &Label) -> bool {
    match &label.named {
        Named::Office { .. } | Named::Group => true,
        Named::Person { name, .. } if labels::peer(name) => true,
        Named::Person { name, .. } => {
            let words = name.split_whitespace().count();
            words >= 2
                && crate::extract::places::by_name(name).is_none()
                && matches!(super::speaker::parse_who(name), Some(super::speaker::Who::Person(_)))
        }
    }
}

/// Words in capitals as names are written ("KENT POLICE" is "Kent Police"); initials
/// without a vowel keep their capitals ("NSPCC").
fn as_written(words: &str) -> String {
    if !crate::ingest::lead::is_all_capitals(words) {
        return words.to_string();
    }
    let initials = |w: &str| w.chars().count() >= 2 && !w.chars().any(|c| "AEIOUY".contains(c));
    words
        .split_whitespace()
        .map(|w| if initials(w) { w.to_string() } else { super::names::title_case(w) })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether words in a label's brackets name an organisation ("Gwent Police", "NSPCC
/// Cymru", "Fenland Food Bank"), not a seat.
fn names_a_body(words: &str) -> bool {
    use super::speaker::Who;
    let cased = as_written(words);
    [words, cased.as_str()].iter().any(|w| matches!(super::speaker::parse_who(w), Some(Who::Organisation(_))))
}

/// A table's row as ingest lays it out: cells between bars ("Kent | 410 | 452").
fn table_row(norm: &str) -> bool {
    norm.matches(" | ").count() >= 1 && !norm.trim_end().ends_with(['.', '?', '!'])
}

/// A column marker of the printed report as a line of its own: "[Col 113WH]", "Column 412",
/// "[c. 1123]".
fn column_marker(norm: &str) -> bool {
    static COLUMN: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"(?i)^\[?\s*(?:col(?:umn)?s?|c)\.?\s*\d{1,5}(?:\s*-\s*\d{1,5})?\s*(?:WH|GC|WS|W|P|MC)?\s*\]?\.?$",
        )
    });
    COLUMN.is_match(norm.trim())
}

/// A line in square brackets, or a stage direction in round ones ("(Laughter)").
fn stage_direction(norm: &str) -> bool {
    (norm.starts_with('[') && norm.ends_with([']', '.'])) || (norm.starts_with('(') && norm.ends_with(')'))
}

/// A table's caption over its rows: a line without a closing stop, not opening in lower
/// case, which may be longer than a heading ("Thefts of bicycles reported to each force, by
/// quarter, with the change on a year before").
fn table_caption(norm: &str) -> bool {
    const CAPTION_WORDS: usize = 30;
    let closed = norm.trim_end_matches(['"', '\'']).ends_with(['.', '!', '?', ':', ';']);
    !norm.is_empty()
        && !closed
        && norm.split_whitespace().count() <= CAPTION_WORDS
        && !norm.starts_with(char::is_lowercase)
}

/// A note under a table of a written answer ("Source: Home Office Data Hub. Figures cover
/// …", "Notes: …"): the table's, not the minister's words, and the answer goes on after it.
fn table_note(norm: &str) -> bool {
    ["Source:", "Sources:", "Note:", "Notes:"].iter().any(|p| norm.starts_with(p))
}

/// A heading: a short line without a closing stop, not opening in lower case.
fn is_heading(norm: &str) -> bool {
    let closed = norm.trim_end_matches(['"', '\'']).ends_with(['.', '!', '?', ':', ',', ';', '-']);
    !norm.is_empty()
        && !closed
        && norm.split_whitespace().count() <= HEADING_WORDS
        && !norm.starts_with(char::is_lowercase)
}

/// Words printed all in one pair of quote marks, as a script prints a clip's, without them.
fn without_quote_marks_around(text: &str) -> String {
    let quote = |c: char| matches!(c, '"' | '“' | '”');
    let inner = text.strip_prefix(quote).and_then(|t| t.strip_suffix(quote));
    match inner {
        Some(inner) if !inner.contains(quote) => inner.trim().to_string(),
        _ => text.to_string(),
    }
}

/// The words without stage directions and references in square brackets ("[Interruption.]",
/// "[HL1234]", "[Official Report, 5 March 2023; Vol. 729, c. 12.]") or round brackets in
/// capitals ("(LAUGHTER)"), spaces closed up.
fn without_stage_directions(text: &str) -> String {
    static DIRECTION: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"\[[^\]]*\]|\((?:[A-Z][A-Z ]+|Laughter|Applause|(?:[A-Z0-9]+-)?\d{3,}|\d{1,2}(?::\d{2}){1,2}|(?i:inaudible|crosstalk|cross-talk|laughs|laughing|laughter|chuckles|sighs|coughs|pause|pauses|silence|music|applause|unintelligible|indistinct|overlapping|phonetic|audio cuts out)(?:\s+\d{1,2}(?::\d{2}){1,2})?)\)",
        )
    });
    // "… in north Wales? OAQ52260": the question's reference, closing it unbracketed.
    static REFERENCE: LazyLock<Regex> =
        LazyLock::new(|| crate::extract::numbers::compile(r"([.?!])\s+[A-Z]{2,5}\(?\d{4,}\)?\s*$"));
    let cut = DIRECTION.replace_all(text, " ");
    let cut = REFERENCE.replace(&cut, "$1");
    let joined = cut.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.replace(" .", ".").replace(" ,", ",").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_directions_are_cut_from_speech() {
        assert_eq!(without_stage_directions("We will act. [Interruption.] We will."), "We will act. We will.");
        assert_eq!(without_stage_directions("It was a joke (LAUGHTER) of sorts."), "It was a joke of sorts.");
        assert_eq!(without_stage_directions("How many? [HL1234]"), "How many?");
        assert_eq!(without_stage_directions("Will she act on flooding? OAQ10234"), "Will she act on flooding?");
        assert_eq!(without_stage_directions("We met the BBC 2024 team."), "We met the BBC 2024 team.");
        assert_eq!(
            without_stage_directions("We did (laughs) try. (inaudible 00:14:02) It failed."),
            "We did try. It failed."
        );
        assert_eq!(without_stage_directions("So (crosstalk) no (00:31) more."), "So no more.");
        assert_eq!(without_stage_directions("We (the council) said no."), "We (the council) said no.");
    }
}
