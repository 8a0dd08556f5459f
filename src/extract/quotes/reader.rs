//! The paragraph reader: [`read_paragraph`] finds a paragraph's direct speech and says what
//! carries on to the next; [`classify`] decides whether a quoted span is direct speech and
//! whose, and the speaker words found are resolved ([`resolve_speaker`]) against what the
//! article said before: pronouns, gestures, manner sentences, statements and the judge.

use std::sync::LazyLock;

use regex::Regex;

use super::context::{Context, Resolved};
use super::spans::Span;

use super::reported::note_reported_speakers;
use super::{Builder, Carry, Direct, Introduced, Para};

/// Finds the direct speech of one paragraph, adds it to `quotes`, and says what carries on.
pub(super) fn read_paragraph(para: &Para, k: usize, carry: Carry, ctx: &mut Context, quotes: &mut Builder) -> Carry {
    let found = super::spans::find_spans(&para.norm, &para.printed);
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
        let direct = match classify(para, k, span, next_open, previous, &carry, ctx) {
            // "the party's justice spokesman told MSPs: “…”" repeating a claim signed by
            // name above it: the one named said it.
            Some(d) if d.new && !is_named(&d.speaker) => match said_before(para, span, quotes) {
                Some(before) if is_named(&before.speaker) => Some(Direct { speaker: before.speaker, ..d }),
                _ => Some(d),
            },
            Some(d) => Some(d),
            None => said_before(para, span, quotes),
        };
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
            let from = span.end + d.attribution_len;
            let rest = para.norm_slice(from..para.norm.len());
            if !rest.chars().any(char::is_alphanumeric) {
                Carry::Quote { speaker: d.speaker, open: !span.closed }
            } else if span.closed && tells_more_of(rest, &d.speaker, ctx, (k, from)) {
                Carry::Quote { speaker: d.speaker, open: false }
            } else {
                Carry::Nothing
            }
        }
        _ => trailing_intro(para, k, ctx)
            .map(Carry::Intro)
            .or_else(|| introduced.map(Carry::Introduced))
            .unwrap_or(Carry::Nothing),
    }
}

/// "“…,” said a shop owner in Leek. He has traded there for years.": the writer's sentences after
/// a quote's attribution, each opening on "She" or "He" that means its speaker, keep the
/// speaker the one talking: a quote paragraph after it with no attribution is theirs.
fn tells_more_of(rest: &str, speaker: &Resolved, ctx: &mut Context, at: super::context::At) -> bool {
    const MAX_SENTENCES: usize = 3;
    let rest = rest.trim_start_matches(|c: char| matches!(c, '.' | '!' | '?') || c.is_whitespace()).trim_end();
    if rest.is_empty() || !rest.ends_with(['.', '!', '?']) || rest.contains('"') {
        return false;
    }
    let sentences: Vec<&str> = rest.split_inclusive(". ").collect();
    sentences.len() <= MAX_SENTENCES
        && sentences.iter().all(|sentence| {
            let gender = match sentence.split_whitespace().next() {
                Some("She") => super::names::Gender::Female,
                Some("He") => super::names::Gender::Male,
                _ => return false,
            };
            ctx.resolve(super::speaker::Who::Pronoun(gender), at).as_ref() == Some(speaker)
        })
}

/// `"…" – Jo Bloggs, head of policy`, `"…" — DCI Bloggs #ReportIt`: a closed quote of whole
/// sentences ending its paragraph, signed after a dash on the same line as a sign-off line
/// under it is ([`super::sign_off`]); the tags and symbols a post ends on are no part of the
/// name. The speaker words, and the chars from the closing mark to the paragraph's end.
fn signed_after(para: &Para, span: &Span, next_open: usize, inner: &str) -> Option<(String, usize)> {
    if !span.closed || next_open < para.norm.len() || !inner.trim_end().ends_with(['.', '!', '?']) {
        return None;
    }
    let after = para.norm_slice(span.end..para.norm.len());
    let words = after.trim_start().strip_prefix('-')?.trim_start_matches('-').trim_start();
    // "— a 15-year-old pupil", "- girl, 14": someone described, not named, may sign in
    // lower case.
    if !words.starts_with(char::is_uppercase) && unnamed_signer(words).is_none() {
        return None;
    }
    let named: Vec<&str> = words
        .split_whitespace()
        .take_while(|w| !w.starts_with(['#', '@']) && w.chars().any(char::is_alphanumeric))
        .collect();
    let who = super::sign_off(&format!("- {}", named.join(" ")))?;
    Some((who, after.chars().count()))
}

/// "a 15-year-old pupil", "one mum from Leyland", "Year 9 boy", "girl, 14": a signature
/// describing someone unnamed, whose head is a word for a person. With no article of its own
/// it is read with one ("a Year 9 boy", "a girl, 14"), as a case study's caption is.
fn unnamed_signer(words: &str) -> Option<String> {
    let first = words.split_whitespace().next()?;
    if !super::named_later::describes_a_person(words) {
        return None;
    }
    if matches!(first.to_lowercase().as_str(), "a" | "an" | "one") {
        return Some(words.to_string());
    }
    let mut chars = words.chars();
    let opening = chars.next()?;
    let noun_first = super::names::is_person_noun(&first.trim_end_matches(',').to_lowercase());
    let opening: String = if noun_first { opening.to_lowercase().collect() } else { opening.to_string() };
    let article = if "aeiouAEIOU".contains(opening.as_str()) { "an" } else { "a" };
    Some(format!("{article} {opening}{}", chars.as_str()))
}

/// The speaker a signature names ([`signed_after`], [`super::sign_off`]): someone named, a
/// spokesperson or someone described; a signature read as none of these is read again as
/// someone unnamed ([`unnamed_signer`]).
fn signer(ctx: &mut Context, words: &str, surnames: bool) -> Option<super::speaker::Who> {
    let signs = |w: &super::speaker::Who| {
        matches!(
            w,
            super::speaker::Who::Person(_)
                | super::speaker::Who::Spokes { .. }
                | super::speaker::Who::Description { .. }
        ) || (surnames && matches!(w, super::speaker::Who::Surname { .. }))
    };
    ctx.read_who(words).filter(signs).or_else(|| {
        let described = unnamed_signer(words)?;
        ctx.read_who(&described).filter(|w| matches!(w, super::speaker::Who::Description { .. }))
    })
}

/// Whether a speaker is someone named ([`Resolved::is_named_person`]: not a spokesperson,
/// "Home Office spokesperson", nor someone described, "a 15-year-old girl"), and by a name
/// of their own: not an organisation ("NSPCC"), nor someone's ("Mr Lee's wife").
fn is_named(speaker: &Resolved) -> bool {
    let name = speaker.speaker.as_str();
    speaker.is_named_person()
        && speaker.organisation.as_deref() != Some(name)
        && !name.split_whitespace().any(|w| w.ends_with("'s") || w.ends_with("’s"))
}

/// A passage no attribution gives a speaker ("Speaking at the panel, I said: “…”" in the
/// newsletter of the one quoted, or no attribution at all) whose opening sentence one
/// speaker was quoted saying already (a signed pull-quote set before it): theirs.
fn said_before(para: &Para, span: &Span, quotes: &Builder) -> Option<Direct> {
    const MIN_WORDS: usize = 5;
    if !span.opened {
        return None;
    }
    let inner = para.norm_slice(span.inner.clone());
    let first = inner.split_inclusive(['.', '!', '?']).next()?;
    if first.split_whitespace().count() < MIN_WORDS {
        return None;
    }
    let speaker = quotes.only_speaker_of(first)?;
    Some(Direct { speaker, new: true, attribution_len: 0, split: false })
}

/// The most chars an intro clause before a quote is read over, from its sentence's start:
/// the speaker words run to [`super::attribution::MAX_SPEAKER_UNITS`] or so, and what may follow
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
        if super::attribution::goes_on_speaking(between) {
            return Some(Direct { speaker: prev.speaker.clone(), new: true, attribution_len: 0, split: false });
        }
    }
    // A sentence opening further back than any intro clause runs is read as none: reading
    // back to its start for every quote in a paragraph of one endless sentence (a run of
    // '"…," the statement added, "…," ' over megabytes) cost time quadratic in its length.
    let sentence = super::attribution::sentence_start_within(&para.norm, span.open, MAX_INTRO_CLAUSE);
    let clause = sentence.map_or("", |sentence| para.norm_slice(sentence..span.open));
    let sentence = sentence.unwrap_or(span.open);
    // 'According to Ms Kennedy, "more must be done"', 'She said the library would stay shut -
    // "for now"': words folded into the writer's sentence.
    let folded = clause.trim_end().ends_with([',', '-']) && inner.trim_start().starts_with(char::is_lowercase);
    // "X read out a statement in court. It said: “…”" quotes X; "X … was asked about the
    // rise. He was blunt. “…”" too.
    if let Some(speaker) = introduced_by_sentence_before(para, k, sentence, clause, inner, ctx).filter(|_| !folded) {
        return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
    }
    // A script all in capitals is read as names are written: "IN A STATEMENT, CLLR JO
    // BLOGGS SAID:" is "In a statement, Cllr Jo Bloggs said:".
    let recased = in_capitals(clause).then(|| as_written(clause));
    let intro = recased.as_deref().unwrap_or(clause);
    // "They add:" is no speech verb's plural the intro patterns read; for a spokesperson
    // ([`spokesperson_they`]) it is one.
    let they_add = || they_add(intro).then(|| (intro.split_whitespace().next().unwrap_or("They").to_string(), 0));
    if let Some((who, from)) = super::attribution::intro_speaker_at(intro).or_else(they_add).filter(|_| !folded) {
        let at = (k, sentence + chars_in(intro, from));
        // "Reading a statement on behalf of the boy's aunt, Ms Tait said:": the aunt's words.
        let read_for = super::mentions::read_out_for(intro).and_then(|words| ctx.read_who(words)).filter(|who| {
            matches!(
                who,
                super::speaker::Who::Description { .. }
                    | super::speaker::Who::Person(_)
                    | super::speaker::Who::Surname { .. }
            )
        });
        if let Some(speaker) = read_for.and_then(|who| resolve_speaker(ctx, who, "", inner, at)) {
            return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
        }
        let speaker = match the_judge(ctx, &who, at) {
            Some(judge) => judge,
            None => match super::attribution::statement_of(&who) {
                Some(statement) => {
                    let between = para.norm_slice(prev_end(para, span)..span.open);
                    statement_speaker(ctx, statement, previous, carry, between, sentence == 0, at)?
                }
                // "As I told the Gazette: “…”" in a letter signed at its foot: the signer's.
                None if matches!(who.as_str(), "I" | "As I") && ctx.writer().is_some() => ctx.writer()?.clone(),
                None if is_a_report(&who) => {
                    // "The report concludes: “…”": the words of the committee whose report it is.
                    let author = ctx.report_author_before(at)?;
                    Resolved { speaker: author.clone(), role: None, organisation: Some(author) }
                }
                None => {
                    let before = para.norm_slice(0..sentence);
                    let who = match spokesperson_they(&who, before) {
                        Some(spokes) => spokes,
                        None => ctx.read_who(&who)?,
                    };
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
    if sentence == 0 && !folded {
        if let Some(speaker) = surname_label(clause, ctx, (k, 0)) {
            return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
        }
        // "And on phones at bedtime: “…”" after a quote: the one quoted goes on, on a new topic.
        if let (Some(speaker), true) =
            (carry.speaker().filter(|_| matches!(carry, Carry::Quote { .. })), topic_label(clause))
        {
            return Some(Direct { speaker: speaker.clone(), new: true, attribution_len: 0, split: false });
        }
        if let Some(speaker) = message_header(clause).and_then(|who| message_sender(ctx, &who, (k, 0))) {
            return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
        }
    }
    let after = para.norm_slice(span.end.min(next_open)..next_open);
    // After a label, only a speech verb names a speaker: a dash's signature there is a
    // source's ("Claim: “…” — a party leaflet").
    let labelled = || after_a_label(clause) && super::attribution::has_speech_verb(after);
    if !super::attribution::starts_sentence(&para.norm, span.open) && !labelled() {
        return signed_claim(para, k, span, next_open, inner, clause, ctx);
    }
    let ended_sentence = inner.trim_end().ends_with('.');
    let recased_after = in_capitals(after).then(|| as_written(after));
    let after = recased_after.as_deref().unwrap_or(after);
    if let Some(t) = super::attribution::trailing_speaker(after, ended_sentence) {
        if let Some(speaker) = the_judge(ctx, &t.who, (k, span.end)) {
            return Some(Direct { speaker, new: true, attribution_len: t.len, split: t.split });
        }
        if let Some(statement) = super::attribution::statement_of(&t.who) {
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
    if let Some((words, len)) = signed_after(para, span, next_open, inner) {
        let who = signer(ctx, &words, true);
        if let Some(speaker) = who.and_then(|who| ctx.resolve(who, (k, span.end))) {
            return Some(Direct { speaker, new: true, attribution_len: len, split: false });
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
            if let Some(super::speaker::Who::Pronoun(gender)) = ctx.read_who(&words) {
                if ctx.pronoun_ambiguous(gender, (k, span.open)) {
                    return None;
                }
                let speaker = ctx.pronoun_for_quote(gender, (k, span.open), inner)?;
                return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
            }
            let who = ctx
                .read_who(&words)
                .filter(|w| matches!(w, super::speaker::Who::Person(_) | super::speaker::Who::Surname { .. }));
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
    // "One father, who asked not to be named, said the club had helped. “I used to …”": the
    // quote fills the rest of a paragraph whose sentence before it reports a person's speech;
    // that person speaks on.
    if previous.is_none() && !at_para_start && is_whole_paragraph_speech(para, span, inner) {
        if let Some(speaker) = reporting_person_before(para, span, k, ctx) {
            return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
        }
    }
    if let Some(prev) = previous {
        return Some(Direct { speaker: prev.speaker.clone(), new: false, attribution_len: 0, split: false });
    }
    // A whole paragraph of speech with a sign-off line under it is the signer's, whoever the
    // text before it was about; a passage left open before it closes here and is theirs too.
    if let Some(words) = para.signed_by.as_deref() {
        if at_para_start && span.closed && is_whole_paragraph_speech(para, span, inner) {
            let who = signer(ctx, words, false);
            if let Some(speaker) = who.and_then(|who| ctx.resolve(who, (k, span.end))) {
                return Some(Direct { speaker, new: true, attribution_len: 0, split: false });
            }
        }
    }
    // A post or message printed under a header naming its sender ("Reply from Kent Police
    // @kentpolice · 09:31"): the words in quote marks under it are the sender's.
    if let Some(words) = para.headed_by.as_deref() {
        if previous.is_none() && at_para_start && span.closed && is_whole_paragraph_speech(para, span, inner) {
            if let Some(speaker) = message_sender(ctx, words, (k, span.open)) {
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
                super::speaker::Who::Person(p) => points_at_a_person(ctx, words, p, (k, span.open)),
                super::speaker::Who::Surname { surname, .. } => stands_alone(words, surname).is_some(),
                super::speaker::Who::Spokes { .. } => true,
                super::speaker::Who::Description { words, .. } => super::named_later::describes_a_person(words),
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

/// "Pryce: “Numbers like that …”", "Dr Achebe: “…”": a paragraph opening on a surname
/// (after a title at most) and a colon before a quote, as a write-up of a podcast or a panel
/// labels who speaks, gives the words to the person last named in full with that surname,
/// though only as the object of a sentence ("brings together DS Jo Pryce and …"). A word
/// that is no one's surname named before ("Pictured:", "Update:", "Kent:") labels nothing.
fn surname_label(clause: &str, ctx: &Context, at: super::context::At) -> Option<Resolved> {
    let label = clause.trim().strip_suffix(':')?.trim_end();
    let mut words = label.split_whitespace();
    let surname = words.next_back()?;
    let mut titles = 0;
    for w in words {
        let w = w.trim_end_matches('.');
        // "Dr Achebe:", and a rank as a title: "PC Nairn:", "Sgt Hale:".
        let rank = super::names::is_role_word(w) && w.starts_with(char::is_uppercase);
        if !(super::names::is_honorific(w) || rank) {
            return None;
        }
        titles += 1;
    }
    let mut letters = surname.chars();
    let capitalised = letters.next().is_some_and(char::is_uppercase)
        && letters.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && surname.chars().any(char::is_lowercase);
    if !capitalised || titles > 2 {
        return None;
    }
    ctx.named_before(surname, at)
}

/// The person a pointing-back sentence names ("Those were the words of X") is one: the name
/// stands alone or before a comma (not "Sky News viewers", "Tom Reed's opponents", "Tom Reed
/// and Ann Lowe"), is no one's chair or leader ("the inquiry chaired by Sir Tom Reed"), and
/// reads as a person's: a known first name, a title or rank or a described role before it,
/// or a person the article named before. Bodies and places written like names ("Citizens Advice",
/// "Downing Street", "Natural England") are none of these.
fn points_at_a_person(ctx: &Context, words: &str, p: &super::speaker::Person, at: super::context::At) -> bool {
    let Some(before) = stands_alone(words, &p.name) else {
        return false;
    };
    if format!(" {before}").contains(" by ") {
        return false;
    }
    let first_name = p.name.split_whitespace().next().is_some_and(|w| super::names::first_name_gender(w).is_some());
    let titled = before.split_whitespace().next_back().is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        super::names::is_honorific(w) || super::names::is_role_word(w)
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
fn gesture_pronoun(before: &str) -> Option<super::names::Gender> {
    let c = GESTURE.captures(before)?;
    match c.name("who")?.as_str() {
        "She" => Some(super::names::Gender::Female),
        _ => Some(super::names::Gender::Male),
    }
}

/// The pronoun of the sentence right before `span` in its paragraph, when it opens that
/// sentence as the subject of a verb of telling or describing: "She adds that …", "He
/// describes the work as …", "She puts it more bluntly."
/// The person, named or described, whose speech the sentence just before `span` reports in
/// the writer's words ("Jo Bloggs explained that …", "One nurse, who asked not to be named,
/// said …"), resolved; a pronoun is left to [`telling_pronoun_before`].
fn reporting_person_before(para: &Para, span: &Span, k: usize, ctx: &mut Context) -> Option<Resolved> {
    let end = para.norm[..span.open.min(para.norm.len())].iter().rposition(|c| !c.is_whitespace())? + 1;
    let start = super::attribution::sentence_start_within(&para.norm, end.saturating_sub(1), MAX_INTRO_CLAUSE)?;
    let sentence = para.norm_slice(start..end);
    if !sentence.ends_with('.') || sentence.contains(['"', '\'']) {
        return None;
    }
    let words = super::mentions::reported_speaker(sentence)?;
    let who = ctx.read_who(&words).filter(|w| {
        matches!(
            w,
            super::speaker::Who::Person(_)
                | super::speaker::Who::Surname { .. }
                | super::speaker::Who::Description { .. }
                | super::speaker::Who::Spokes { .. }
        )
    })?;
    ctx.resolve(who, (k, span.open))
}

fn telling_pronoun_before(para: &Para, span: &Span) -> Option<super::names::Gender> {
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
    let start = super::attribution::sentence_start_within(&para.norm, end.saturating_sub(1), MAX_INTRO_CLAUSE)?;
    let sentence = para.norm_slice(start..end);
    let c = SUBJECT.captures(sentence)?;
    let rest = c.name("rest")?.as_str();
    let telling = super::attribution::opens_with_speech_verb(rest)
        || TELLING.iter().any(|t| rest.strip_prefix(t).is_some_and(|after| !after.starts_with(char::is_alphanumeric)));
    if !telling {
        return None;
    }
    match c.name("who")?.as_str() {
        "She" => Some(super::names::Gender::Female),
        _ => Some(super::names::Gender::Male),
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
pub(super) fn opens_paragraph(para: &Para, span: &Span) -> bool {
    span.opened && para.norm[..span.open.min(para.norm.len())].iter().all(|c| c.is_whitespace())
}

/// "A spokesperson said the leak was found. They added: “…”": "they" speaking right after
/// the paragraph reported an unnamed spokesperson (`before`, its text before the quote's
/// sentence) is that spokesperson, as the singular "they" a statement's writer uses of one.
fn spokesperson_they(who: &str, before: &str) -> Option<super::speaker::Who> {
    if !who.eq_ignore_ascii_case("they") {
        return None;
    }
    let last = before.trim_end().rsplit(['.', '!', '?']).find(|s| !s.trim().is_empty())?;
    let word = last
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .find(|w| matches!(w.as_str(), "spokesperson" | "spokesman" | "spokeswoman"))?;
    Some(super::speaker::Who::Spokes { word, org: super::speaker::OrgRef::Unsaid })
}

/// "They add:", "They went on:": a plural "they" going on speaking, before a colon.
fn they_add(clause: &str) -> bool {
    static THEY_ADD: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(r"^\s*They\s+(?:also\s+)?(?:add|continue|go\s+on|went\s+on)\s*:\s*$")
    });
    THEY_ADD.is_match(clause)
}

/// Whether words are printed in capitals, as a broadcast script is: every letter a capital
/// but a name's own small letter ("McCLUSKEY").
fn in_capitals(text: &str) -> bool {
    const MIN_SHARE: f64 = 0.9;
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = text.chars().filter(|c| c.is_uppercase()).count();
    letters >= 2 && capitals as f64 >= MIN_SHARE * letters as f64
}

/// Words in capitals as prose prints them, char for char (offsets into them stay those of
/// the words as printed): a speech verb or a small word of grammar in lower case, any other
/// word with a capital first ("SAM McCLUSKEY" is "Sam McCluskey"), "I" and initials
/// ("NSPCC") as they are.
fn as_written(text: &str) -> String {
    const SMALL: &[&str] = &[
        "a", "an", "the", "in", "on", "at", "of", "for", "to", "from", "with", "by", "and", "or", "but", "as", "that",
        "who", "which", "its", "his", "her", "their", "it", "he", "she", "they", "we", "our", "us", "me", "this",
        "has", "have", "had", "was", "were", "is", "are", "when", "after", "before", "also",
    ];
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let lower = word.to_ascii_lowercase();
        let bare = lower.trim_matches(|c: char| !c.is_alphabetic());
        // Initials keep their capitals: "NSPCC", "BBC", "DCI".
        let initials = bare.len() >= 2 && !bare.contains(['a', 'e', 'i', 'o', 'u', 'y']);
        if bare == "i" || initials {
            out.push_str(word);
        } else if SMALL.contains(&bare) || super::attribution::has_speech_verb(bare) {
            out.push_str(&lower);
        } else {
            // A capital after a small letter stays ("McCLUSKEY" is "McCluskey").
            let mut first = true;
            let mut after_small = false;
            for c in word.chars() {
                let keep = first || (after_small && c.is_uppercase());
                out.push(if keep { c } else { c.to_ascii_lowercase() });
                after_small = c.is_lowercase();
                if c.is_alphabetic() {
                    first = false;
                }
                if matches!(c, '\'' | '-' | '’') {
                    first = true;
                }
            }
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The speaker a sentence right before the quote's introduces, in the same paragraph: one
/// who read out or issued a statement, when "It said:" opens the quote's sentence
/// ([`super::attribution::statement_giver`]), or one who spoke plainly ("She was candid."),
/// when the quote opens its own sentence ([`super::attribution::spoke_plainly`]).
fn introduced_by_sentence_before(
    para: &Para,
    k: usize,
    sentence: usize,
    clause: &str,
    inner: &str,
    ctx: &mut Context,
) -> Option<Resolved> {
    let it_said = super::attribution::quotes_the_statement(clause);
    if sentence == 0 || !(it_said || clause.trim().is_empty()) {
        return None;
    }
    let end = para.norm[..sentence].iter().rposition(|c| !c.is_whitespace())?;
    let start = super::attribution::sentence_start(&para.norm, end);
    let before = para.norm_slice(start..end + 1);
    let who =
        if it_said { super::attribution::statement_giver(before)? } else { super::attribution::spoke_plainly(before)? };
    let who = ctx.read_who(&who)?;
    resolve_speaker(ctx, who, before, inner, (k, start))
}

/// "The claim: “…,” a campaign group said": a short label set off by a colon before a quote,
/// naming what the words are and no one who said them, leaves the quote opening its
/// sentence, for an attribution after it to name its speaker.
fn after_a_label(clause: &str) -> bool {
    const MAX_LABEL_WORDS: usize = 3;
    let Some(label) = clause.trim_end().strip_suffix(':') else { return false };
    let words: Vec<&str> = label.split_whitespace().collect();
    // A label in capitals is a heading ("LATEST UPDATE:"), not the words' description.
    (1..=MAX_LABEL_WORDS).contains(&words.len())
        && label.starts_with(char::is_uppercase)
        && !crate::ingest::lead::is_all_capitals(label)
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '\''))
        && !super::attribution::has_speech_verb(&label.to_lowercase())
}

/// "Claim: “Crime has doubled.” — Jo Bloggs MP, in a debate", "VERDICT … CLAIM: “…” — Cllr
/// Jo Bloggs": a claim a fact check sets out under a short label, signed after a dash by
/// the one who made it, whom the signature names or gives as a spokesperson. A signature
/// naming a source and no one ("— a party leaflet", "— campaign website") gives no speaker.
fn signed_claim(
    para: &Para,
    k: usize,
    span: &Span,
    next_open: usize,
    inner: &str,
    clause: &str,
    ctx: &mut Context,
) -> Option<Direct> {
    if !is_short_label(clause) {
        return None;
    }
    // Where the words were printed, not who said them: "— Lib Dem leaflet, Hove, May 2024".
    const SOURCES: &[&str] = &[
        "leaflet",
        "flyer",
        "poster",
        "billboard",
        "advert",
        "advertisement",
        "website",
        "post",
        "tweet",
        "video",
        "newsletter",
        "manifesto",
        "report",
        "release",
        "article",
        "broadcast",
        "campaign",
    ];
    let (words, len) = signed_after(para, span, next_open, inner)?;
    let source = words.split(',').next().unwrap_or_default().split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        SOURCES.contains(&w.as_str())
    });
    if source {
        return None;
    }
    let who = signer(ctx, &words, false)
        .filter(|w| matches!(w, super::speaker::Who::Person(_) | super::speaker::Who::Spokes { .. }))?;
    let speaker = ctx.resolve(who, (k, span.end))?;
    Some(Direct { speaker, new: true, attribution_len: len, split: false })
}

/// A label of one to three words set off by a colon, in any case ("Claim:", "CLAIM:", "The
/// claim:"), with no speech verb of its own.
fn is_short_label(clause: &str) -> bool {
    const MAX_LABEL_WORDS: usize = 3;
    let Some(label) = clause.trim().strip_suffix(':') else { return false };
    let words: Vec<&str> = label.split_whitespace().collect();
    (1..=MAX_LABEL_WORDS).contains(&words.len())
        && label.starts_with(char::is_uppercase)
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '\''))
        && !super::attribution::has_speech_verb(&label.to_lowercase())
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
    let sentence = super::attribution::sentence_start(&para.norm, end);
    let clause = para.norm_slice(sentence..end);
    if let Some(who) = message_header(clause) {
        return message_sender(ctx, &who, (k, sentence));
    }
    let (who, from) = super::attribution::intro_speaker_at(clause)?;
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
    who: super::speaker::Who,
    clause: &str,
    words: &str,
    at: super::context::At,
) -> Option<Resolved> {
    const SENTENCING: &[&str] = &["Sentencing", "Jailing", "Passing sentence", "Handing down"];
    let sentencing = SENTENCING.iter().any(|w| clause.trim_start().starts_with(w));
    match who {
        super::speaker::Who::Pronoun(gender) if sentencing => {
            ctx.judge_meant(Some(gender), at).or_else(|| ctx.resolve(who, at))
        }
        super::speaker::Who::Pronoun(gender) => ctx.pronoun_for_quote(gender, at, words),
        who => ctx.resolve(who, at),
    }
}

/// "Jo Bloggs said the figures were a wake-up call." then "“…,” he said.": a "he" or "she"
/// that finds no one of its sex named before (the caller asks only when it found no one)
/// opening the paragraph right after the one person a sentence reported as talking is a slip
/// of the pen for them: the person just introduced, whose words these go on to give. A
/// pronoun with people of its sex in reach that was left unread on purpose (two of them
/// named side by side) is no slip: the words are still one of theirs, not the other sex's.
fn slipped_pronoun<'c>(
    ctx: &Context,
    who: &super::speaker::Who,
    carry: &'c Carry,
    at: super::context::At,
) -> Option<&'c Introduced> {
    match (who, carry) {
        (super::speaker::Who::Pronoun(gender), Carry::Introduced(intro))
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
fn of_the_pronouns_sex(who: &super::speaker::Who, gender: super::names::Gender) -> bool {
    match who {
        super::speaker::Who::Person(_) | super::speaker::Who::Surname { .. } => true,
        super::speaker::Who::Description { gender: described, .. } => described.is_none_or(|g| g == gender),
        _ => false,
    }
}

/// Whose a statement quoted as speaking is ([`super::attribution::statement_of`]): one given by
/// no one ("“…,” the statement added.") is that of the quote just before, in the same
/// paragraph (`previous`) or, when nothing comes before it in its own (`opens`), ending the
/// paragraph before; with no such quote, nobody's. The text `between` the quote before and
/// this one may tell of another's statement ("…,” DCI Jo Bloggs said, as the family issued
/// a statement. “…,” the statement said."): then it is not the quote before's, and is left
/// unread. One given by someone is theirs.
fn statement_speaker(
    ctx: &mut Context,
    statement: super::attribution::Statement,
    previous: Option<&Direct>,
    carry: &Carry,
    between: &str,
    opens: bool,
    at: super::context::At,
) -> Option<Resolved> {
    match statement {
        super::attribution::Statement::Before if super::attribution::tells_of_a_statement(between) => None,
        super::attribution::Statement::Before => match (previous, carry) {
            (Some(prev), _) => Some(prev.speaker.clone()),
            (None, Carry::Quote { speaker, .. }) if opens => Some(speaker.clone()),
            _ => None,
        },
        super::attribution::Statement::By(who) => resolve_speaker(ctx, who, "", "", at),
        super::attribution::Statement::Of(words) => {
            let who = ctx.read_who(&words)?;
            resolve_speaker(ctx, who, "", "", at)
        }
    }
}

/// "The judge said": no speaker by itself, but the judge the article named before.
fn the_judge(ctx: &mut Context, words: &str, at: super::context::At) -> Option<Resolved> {
    let words = super::speaker::without_lead_clause(words).unwrap_or(words).trim();
    let judge = words.eq_ignore_ascii_case("the judge") || words.eq_ignore_ascii_case("the sentencing judge");
    judge.then(|| ctx.judge_meant(None, at)).flatten()
}

/// "Her mother described the difference it made.": someone unnamed, described as a person,
/// telling of something at a paragraph's end. A spokesperson's description stays unread.
pub(super) fn telling_about(sentence: &str, ctx: &mut Context) -> Option<super::speaker::Who> {
    let words = super::mentions::telling_about_speaker(sentence)?;
    ctx.read_who(words).filter(|who| matches!(who, super::speaker::Who::Description { .. }))
}

/// "And on phones at bedtime:", "On the budget:", "Asked about the cuts:": a clause naming
/// only a topic before a colon, with no speaker and no verb of speech, which goes on with
/// the one just quoted.
fn topic_label(clause: &str) -> bool {
    static TOPIC: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"^\s*(?:(?:And|But|Then|Also),?\s+)?(?:[Oo]n|[Aa]bout|[Aa]s\s+for|[Aa]sked\s+about|[Tt]urning\s+to)\s+[^\x22:;.!?]{2,60}:\s*$",
        )
    });
    TOPIC.is_match(clause)
}

/// The sender a message's or post's header names: "Message from the school office,
/// forwarded:", "Reply from Dorset Police @dorsetpolice · 2 Oct 2024 at 17:12", "Top comment —
/// Jo P, 19 Mar:". The words naming them, without a handle, a date or a note of forwarding.
pub(super) fn message_header(line: &str) -> Option<String> {
    static HEADER: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"^(?i:(?:(?:a|an|the|one|this|top|latest|new)\s+)*(?:message|reply|post|note|e-?mail|text|letter|update|response|comment|statement)s?)\s*(?:from|by|[-–—])\s+(?P<who>[^\x22:;!?@·|,]{2,60}?)\s*(?:,\s*(?:forwarded|reposted|shared|pinned|received|below|in\s+full|\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?))?\s*(?:[@·].*)?:?\s*$",
        )
    });
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric()).trim();
    let who = HEADER.captures(line)?.name("who")?.as_str().trim();
    let words = who.split_whitespace().count();
    let person_or_body = who.starts_with(char::is_uppercase) || who.starts_with("the ");
    ((1..=6).contains(&words) && person_or_body).then(|| who.to_string())
}

/// Who sent a message its header names: the speaker the words read as, or, when they read as
/// no one the extractor knows ("the school office", "Jo P"), the words as printed.
fn message_sender(ctx: &mut Context, who: &str, at: super::context::At) -> Option<Resolved> {
    if let Some(speaker) = ctx.read_who(who).and_then(|w| ctx.resolve(w, at)) {
        return Some(speaker);
    }
    let pronoun = matches!(who.to_lowercase().as_str(), "he" | "she" | "they" | "it" | "we" | "i" | "you");
    (!pronoun).then(|| Resolved { speaker: who.to_string(), role: None, organisation: None })
}

/// "The report", "Its final report", "the committee's report": a document speaking, whose
/// words are its author's.
fn is_a_report(who: &str) -> bool {
    static REPORT: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"(?i)^(?:the|its|their|this|that)\s+(?:committee's\s+|commission's\s+|inquiry's\s+)?(?:(?:final|interim|latest|new|full)\s+)?report$",
        )
    });
    REPORT.is_match(who.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(speaker: &str, organisation: Option<&str>) -> Resolved {
        Resolved { speaker: speaker.to_string(), role: None, organisation: organisation.map(str::to_string) }
    }

    #[test]
    fn a_named_person_speaking_for_a_body_is_named() {
        assert!(is_named(&resolved("Ffion Baker", Some("Marsh Lane Trust"))));
        assert!(!is_named(&resolved("a 72-year-old lock keeper", None)));
    }

    #[test]
    fn a_body_or_someone_known_by_another_name_is_not_named() {
        assert!(!is_named(&resolved("Marsh Lane Trust", Some("Marsh Lane Trust"))));
        assert!(!is_named(&resolved("Mr Okafor's neighbour", None)));
        assert!(!is_named(&resolved("Harbour Authority spokesperson", Some("Harbour Authority"))));
    }
}
