//! Reported speakers: people a paragraph names outside its quotes ("Jane Smith, from Suffolk
//! Police, said the figures …") or as the subject of a clause, remembered so that later quotes
//! can be given to them; with the helpers that find where sentences start outside quoted spans.

use std::borrow::Cow;

use super::context::Context;
use super::spans::Span;

use super::reader::telling_about;
use super::{Introduced, Para};

/// Remembers people named in reported speech outside quotes ("Jane Smith, from Suffolk
/// police, said ...", "A mother from Leeds told the paper ...") so that a later "She said:"
/// finds them. Returns the speaker the paragraph's last sentence reports as speaking, or
/// introduces as talking ("X has been speaking to us about ..."), if it does.
pub(super) fn note_reported_speakers(para: &Para, k: usize, found: &[Span], ctx: &mut Context) -> Option<Introduced> {
    let quoted = Covered::by(found);
    let mut chars = super::context::CharCounter::new(&para.norm_str);
    for (byte, words) in super::mentions::titled_names(&para.norm_str) {
        let start = chars.at(byte);
        let inside_quote = quoted.covers(start);
        if inside_quote {
            continue;
        }
        if let Some(who) = ctx.read_who(&words) {
            ctx.note_titled(who, (k, start));
        }
    }
    let mut chars = super::context::CharCounter::new(&para.norm_str);
    for (byte, name) in super::mentions::judges_by_style(&para.norm_str) {
        let start = chars.at(byte);
        if !quoted.covers(start) {
            ctx.note_judge(name, (k, start));
        }
    }
    note_pseudonyms_opening_a_clause(para, k, found, ctx);
    let mut chars = super::context::CharCounter::new(&para.norm_str);
    for possessive in super::mentions::possessive_relatives(&para.norm_str) {
        let start = chars.at(possessive.at);
        let inside_quote = quoted.covers(start);
        // The words before a name its sentence opens on are few (see `opens_as_subject`): a
        // sentence start further back than OPENING_REACH chars is not looked for.
        let from = start.saturating_sub(OPENING_REACH);
        let opens_at =
            from + para.norm.get(from..start).map_or(0, |near| super::attribution::sentence_start(near, near.len()));
        let too_far = opens_at == from && from > 0;
        if inside_quote || too_far || !super::mentions::opens_as_subject(para.norm_slice(opens_at..start)) {
            continue;
        }
        if let Some(who @ super::speaker::Who::Person(_)) = ctx.read_who(&possessive.name) {
            ctx.note_named(who, (k, start));
            // "Callum Reed's father paid tribute …": the father, mentioned after his son,
            // is whom a later "he" means.
            if let Some((byte, words, gender)) = possessive.relative {
                ctx.note_named(super::speaker::Who::Description { words, gender: Some(gender) }, (k, chars.at(byte)));
            }
        }
    }
    // "In a Facebook post, his daughter wrote: My dad was …": from the colon on, the paragraph
    // gives someone else's words without quote marks; a "my" there is not the writer's.
    let others_words_from = super::mentions::unquoted_words_from(&para.norm_str)
        .and_then(|byte| para.norm_str.get(..byte))
        .map_or(usize::MAX, |before| before.chars().count());
    let mut start = 0;
    let len = para.norm.len();
    let mut introduced = None;
    while start < len {
        let end = next_sentence_start(&para.norm, start);
        // "“Zara” (not her real name) remembers …": a name in quote marks opening the sentence is
        // the name the story calls someone by, read without its marks.
        let pseudonym = super::mentions::without_marks_round_opening_name(para.norm_slice(start..end));
        let inside_quote =
            quoted.covers(start) && !pseudonym.as_ref().is_some_and(|p| name_span_opens(found, para, start, p));
        if !inside_quote {
            let sentence: Cow<str> =
                pseudonym.map_or(Cow::Borrowed(para.norm_slice(start..end)), |p| Cow::Owned(p.sentence));
            let lead = sentence.len() - sentence.trim_start().len();
            let last = end == len;
            let mut kin_chars = super::context::CharCounter::new(&sentence);
            for (byte, words, gender) in super::mentions::writers_relatives(&sentence) {
                let at = start + kin_chars.at(byte);
                if !quoted.covers(at) && at < others_words_from {
                    ctx.note_named(super::speaker::Who::Description { words, gender: Some(gender) }, (k, at));
                }
            }
            // "The girl's mother found the messages …": the relative is whom a later "she" means.
            if let Some((byte, words, gender)) = super::mentions::described_relative_acting(&sentence) {
                let at = start + super::context::CharCounter::new(&sentence).at(byte);
                if !quoted.covers(at) {
                    ctx.note_named(super::speaker::Who::Description { words, gender: Some(gender) }, (k, at));
                }
            }
            // "Her aunt spotted the chat logs …": the relative of the person a "her" means
            // is whom a later "she" means.
            if let Some(found) = super::mentions::pronoun_relative_acting(&sentence) {
                let at = start + super::context::CharCounter::new(&sentence).at(found.at);
                if !quoted.covers(at) {
                    let words = match ctx.named_owner(found.owner, (k, at)) {
                        Some(owner) => format!("{owner}'s {}", found.relative),
                        None if found.owner == super::names::Gender::Female => format!("her {}", found.relative),
                        None => format!("his {}", found.relative),
                    };
                    ctx.note_named(super::speaker::Who::Description { words, gender: Some(found.gender) }, (k, at));
                }
            }
            // "A statement from one of the victims was read to the court.": the one it is from
            // is whom a later "she wrote", or a paragraph of speech after it, means.
            let read_for = super::mentions::statement_read_for(&sentence).and_then(|w| ctx.read_who(w));
            if let Some(
                who @ (super::speaker::Who::Description { .. }
                | super::speaker::Who::Person(_)
                | super::speaker::Who::Surname { .. }),
            ) = read_for
            {
                ctx.note_named(who.clone(), (k, start + lead));
                if last {
                    introduced = Some(Introduced { who, at: (k, start + lead) });
                }
                start = end;
                continue;
            }
            // "Her mother, who asked to be called "Karen", found out …": named as "Karen".
            if let Some(who) = super::speaker::given_name_subject(sentence.trim_start()) {
                ctx.note_named(who, (k, start + lead));
                start = end;
                continue;
            }
            // "Once I raised the cost with the head of planning, he went quiet.": the one the
            // pronoun takes up.
            if let Some(taken) = super::mentions::clause_object_taken_up(&sentence)
                .filter(|taken| !subject_is_a_person(ctx, taken.subject))
            {
                let gender = taken.gender;
                if let Some(super::speaker::Who::Description { words, .. }) = ctx.read_who(taken.who) {
                    ctx.note_named(super::speaker::Who::Description { words, gender: Some(gender) }, (k, start + lead));
                    start = end;
                    continue;
                }
            }
            // "I put that to Jo Bloggs, a lecturer at …": whom a later "she told me" means, and
            // a "she said" later in the same sentence.
            // A paragraph of speech straight after it with no attribution is the answer.
            if let Some(words) = super::mentions::asked_by_writer(&sentence) {
                if let Some(who @ super::speaker::Who::Person(_)) = ctx.read_who(&words) {
                    ctx.note_named(who.clone(), (k, start + lead));
                    if last {
                        introduced = Some(Introduced { who, at: (k, start + lead) });
                    }
                }
            }
            // "We spoke to youth worker Jo Bloggs, who …": whom a later "she told us" means, and
            // a paragraph of speech straight after with no attribution quotes.
            if let Some(words) = super::mentions::met_by_writer(&sentence) {
                if let Some(who @ super::speaker::Who::Person(_)) = ctx.read_who(&words) {
                    ctx.note_named(who.clone(), (k, start + lead));
                    if last {
                        introduced = Some(Introduced { who, at: (k, start + lead) });
                    }
                }
            }
            // "For Bloggs, the numbers are …", "Bloggs's unit has been promised …": the sentence
            // is about someone named before, whom a "she says" later in it or after it means.
            let about =
                super::mentions::framed_for(&sentence).or_else(|| super::mentions::possessive_opening(&sentence));
            // "Nadia's attacker was jailed …" after "Nadia was 15 when …": a lone first name
            // the text printed someone by is that person.
            let first_named_again = about.is_some_and(|name| {
                super::names::first_name_gender(name).is_some() && ctx.note_named_again(name, (k, start + lead))
            });
            if let Some(name) = about.filter(|_| !first_named_again) {
                let named = match ctx.read_who(name) {
                    Some(super::speaker::Who::Bare(word)) if ctx.named_before(&word, (k, start)).is_some() => {
                        Some(super::speaker::Who::Surname { surname: word, role: None, gender: None, given: false })
                    }
                    Some(who @ super::speaker::Who::Person(_)) if ctx.person_named_before(name, (k, start)) => {
                        Some(who)
                    }
                    Some(who @ super::speaker::Who::Description { .. }) if !name.starts_with(char::is_uppercase) => {
                        Some(who)
                    }
                    _ => None,
                };
                if let Some(who) = named {
                    ctx.note_named(who, (k, start + lead));
                }
            }
            // "Megan - not her real name - had …": the dashes stand for the commas of an aside.
            let dash_aside = super::mentions::with_dash_aside_as_commas(&sentence);
            // "I spoke to a nurse on the ward, who asked not to be named.", "A carer from Hull
            // came to see me in May.", "Radio Solent spoke to a father from Eastleigh.": someone
            // described, whom a later "she told me" or "She said:" means. A paragraph of speech
            // straight after it with no attribution quotes them.
            let described = super::mentions::described_to_writer(&sentence)
                .or_else(|| super::mentions::visiting_writer(&sentence))
                .or_else(|| super::mentions::described_to_outlet(&sentence));
            if let Some(words) = described {
                if let Some(who @ super::speaker::Who::Description { .. }) = ctx.read_who(words) {
                    ctx.note_named(who.clone(), (k, start + lead));
                    if last {
                        introduced = Some(Introduced { who, at: (k, start + lead) });
                    }
                }
            }
            // Someone introduced as talking ("X spoke at the open day.") is noted wherever the
            // sentence stands: a "He said:" after it in the paragraph means them.
            // Words shared of someone introduce them to a quote straight after: in the next
            // paragraph, or opening the next sentence ("… the words of one boy. “…,” he said.").
            let quote_next =
                last || found.iter().any(|s| s.open >= end && para.norm[end..s.open].iter().all(|c| c.is_whitespace()));
            let reported = super::mentions::parenthetical_speaker(&sentence)
                .map(str::to_string)
                .or_else(|| super::mentions::reported_speaker(&sentence))
                .or_else(|| super::mentions::talking_speaker(&sentence))
                .or_else(|| {
                    quote_next.then(|| super::mentions::words_shared_of(&sentence).map(str::to_string)).flatten()
                });
            // A lone first name reported in the writer's words ("Jo said the school knew") is
            // someone the story introduces; one whose own words follow in the sentence ("Jo
            // said: …") is left as it was, a bare word.
            let in_writers_words = !found.iter().any(|s| (start..end).contains(&s.open));
            let read = |w: &String, who: super::speaker::Who| {
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
                    if matches!(who, super::speaker::Who::Pronoun(_)) {
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
            } else if let Some(words) = super::mentions::apposed_subject(dash_aside.as_deref().unwrap_or(&sentence)) {
                // "The commissioner, Jo Bloggs, has given …": named as the one acting, not
                // speaking. "Nadia, a nurse from Luton, was …": a lone name that a description
                // set off after it says is a person's is theirs, as a surname would be; one with
                // only an age and a town after it ("Brady, 34, of Hull, was jailed") is most
                // often a defendant named again, not someone the story hears from.
                let described = words.split(", ").nth(1).is_some_and(|d| d.starts_with("a ") || d.starts_with("an "));
                match ctx.read_who(words).map(|who| lone_first_name_as_person(who, words)) {
                    Some(who @ super::speaker::Who::Person(_)) => ctx.note_named(who, (k, start + lead)),
                    Some(who @ super::speaker::Who::Surname { .. })
                        if described
                            || first_named(&who, words)
                            || told_of_as_a_person(&who, words, &sentence)
                            || first_named_with_age(&who, words, ctx, (k, start)) =>
                    {
                        ctx.note_named(who, (k, start + lead))
                    }
                    // "One victim, a widow from Hull who asked not to be named, lost …": someone
                    // the text keeps unnamed, set off as the one acting, is whom it goes on to hear.
                    _ => {
                        let unnamed = super::speaker::without_unnamed_clause(words)
                            .and_then(|kept| ctx.read_who(kept))
                            .filter(|who| matches!(who, super::speaker::Who::Description { .. }));
                        if let Some(who) = unnamed {
                            ctx.note_named(who, (k, start + lead));
                        }
                    }
                }
            } else if let Some(words) = super::mentions::named_subject(&sentence, &|word| {
                super::names::first_name_gender(word).is_some() || ctx.named_before(word, (k, start)).is_some()
            }) {
                // "Maria Lopez was referred …": named as the one the sentence is about.
                // A lone first name reads as a bare word; known as a first name, it is a person's.
                let who = match ctx.read_who(&words) {
                    Some(super::speaker::Who::Bare(name)) => {
                        let gender = super::names::first_name_gender(&name);
                        Some(super::speaker::Who::Surname { surname: name, role: None, gender, given: false })
                    }
                    who @ Some(super::speaker::Who::Person(_) | super::speaker::Who::Surname { .. }) => who,
                    // "Ted Baker was asleep when burglars broke into his home": a name a
                    // business or place also has, which the sentence tells of as a person's.
                    _ if super::names::named_like_a_person(&words) => {
                        let gender = words.split_whitespace().next().and_then(super::names::first_name_gender);
                        Some(super::speaker::Who::Person(super::speaker::Person {
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
                if let Some(who @ (super::speaker::Who::Person(_) | super::speaker::Who::Surname { .. })) = who {
                    ctx.note_named(who, (k, start + lead));
                }
            } else if let Some(words) = super::mentions::singled_out(&sentence) {
                // "Among them was a retired farmer …": someone described, not named.
                if let Some(who @ super::speaker::Who::Description { .. }) = ctx.read_who(words) {
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
        let Some(gender) = super::names::first_name_gender(name) else { continue };
        let from = super::attribution::sentence_start_within(&para.norm, span.open, OPENING_REACH).unwrap_or(span.open);
        if super::mentions::is_clause_opener(para.norm_slice(from..span.open)) {
            let who = super::speaker::Who::Surname {
                surname: name.to_string(),
                role: None,
                gender: Some(gender),
                given: false,
            };
            ctx.note_named(who, (k, span.open));
        }
    }
}

/// Whether a span holding nothing but the `pseudonym`'s name opens the sentence at `start`
/// (after any spaces): the quote marks are only the name's.
fn name_span_opens(found: &[Span], para: &Para, start: usize, pseudonym: &super::mentions::Pseudonym) -> bool {
    let opens_at = start + pseudonym.lead;
    found.iter().any(|s| s.open == opens_at && s.closed && para.norm_slice(s.inner.clone()) == pseudonym.name)
}
/// "When the boy handed the photographs to …": whether the opening clause's subject, read
/// as an article and a noun or two, is a person; a pronoun after it then takes them up.
fn subject_is_a_person(ctx: &mut Context, subject: &str) -> bool {
    super::mentions::subject_readings(subject).iter().any(|words| {
        matches!(
            ctx.read_who(words),
            Some(
                super::speaker::Who::Description { .. }
                    | super::speaker::Who::Person(_)
                    | super::speaker::Who::Spokes { .. }
            )
        )
    })
}

/// "Priya said the club had known for years", "Tom, who runs a garage in Hull, said …":
/// the sentence names someone by a known first name alone as its speaker, the way a story
/// introduces a parent or victim it will go on to quote. Read as a bare word, the name would
/// only ever mean someone named in full before; it is a person of the name's usual sex, as
/// the subject of any other sentence is (see [`super::mentions::named_subject`]).
fn lone_first_name_as_person(who: super::speaker::Who, words: &str) -> super::speaker::Who {
    let super::speaker::Who::Bare(name) = &who else { return who };
    let rest = words.trim().strip_prefix(name.as_str()).unwrap_or(",");
    let alone = rest.is_empty() || rest.starts_with(", ") || rest.starts_with(" (");
    match super::names::first_name_gender(name) {
        Some(gender) if alone => {
            super::speaker::Who::Surname { surname: name.clone(), role: None, gender: Some(gender), given: false }
        }
        _ => who,
    }
}

/// "Priya, not her real name, was …", "Ellie, who is now 19, has …": a lone known first name
/// set off with an aside that is no age names a person the story calls by it, not a
/// defendant named again by surname ("Brady, 34, of Hull, was jailed").
fn first_named(who: &super::speaker::Who, words: &str) -> bool {
    let super::speaker::Who::Surname { surname, role: None, .. } = who else { return false };
    let aside = words.split(", ").nth(1).unwrap_or("");
    super::names::first_name_gender(surname).is_some() && !aside.starts_with(|c: char| c.is_ascii_digit())
}

/// "Chloe, 16, was supported by a helpline …": a lone known first name with only an age set
/// off after it, which names no one the text named before (a defendant named again by
/// surname, "Brady, 34, of Hull, was jailed", was named in full first and has a town too),
/// names a person the story calls by it.
fn first_named_with_age(who: &super::speaker::Who, words: &str, ctx: &Context, at: super::context::At) -> bool {
    let super::speaker::Who::Surname { surname, role: None, .. } = who else { return false };
    let mut parts = words.split(", ");
    let (_, age, rest) = (parts.next(), parts.next().unwrap_or(""), parts.next());
    let only_an_age = rest.is_none() && !age.is_empty() && age.len() <= 2 && age.bytes().all(|b| b.is_ascii_digit());
    only_an_age && super::names::first_name_gender(surname).is_some() && ctx.named_before(surname, at).is_none()
}

/// "Becky, now 24, reported abuse when she was 15", "Marek, who asked us not to print his
/// surname, lost his savings": a lone name not known as a first name, set off with an aside
/// that is no age, in a sentence telling of "she" or "he": a person the story calls by it.
/// With an age after it ("Brady, 34, of Hull, was jailed after he …") it is most often a
/// defendant named again by surname.
fn told_of_as_a_person(who: &super::speaker::Who, words: &str, sentence: &str) -> bool {
    let super::speaker::Who::Surname { role: None, .. } = who else { return false };
    let aside = words.split(", ").nth(1).unwrap_or("");
    !aside.is_empty()
        && !aside.starts_with(|c: char| c.is_ascii_digit())
        && super::names::marked_as_a_person("", sentence)
}

/// Whether a char offset lies inside one of a paragraph's quoted spans, found by a binary
/// search rather than a walk through every span: a paragraph of thousands of quotes asks
/// this of thousands of names and sentences.
pub(super) struct Covered {
    /// The spans' opening offsets, in order.
    opens: Vec<usize>,
    /// The furthest end of the spans up to each.
    reach: Vec<usize>,
}

impl Covered {
    pub(super) fn by(spans: &[Span]) -> Self {
        let mut sorted: Vec<(usize, usize)> = spans.iter().map(|s| (s.open, s.end)).collect();
        sorted.sort_unstable();
        let opens = sorted.iter().map(|&(open, _)| open).collect();
        let reach = sorted.iter().scan(0, |far, &(_, end)| {
            *far = end.max(*far);
            Some(*far)
        });
        Covered { opens, reach: reach.collect() }
    }

    pub(super) fn covers(&self, at: usize) -> bool {
        let i = self.opens.partition_point(|&open| open <= at);
        i.checked_sub(1).and_then(|i| self.reach.get(i)).is_some_and(|&far| at < far)
    }
}

/// How far back from a name the start of its sentence is looked for, in chars: further than
/// any few words [`super::mentions::opens_as_subject`] takes before a name.
const OPENING_REACH: usize = 200;

/// Where the sentence after the one starting at `start < norm.len()` starts: the first `i`
/// after `start` where [`super::attribution::starts_sentence`] holds, or the paragraph's end. Only
/// the chars at and after each space are asked ([`may_start_sentence`] holds nowhere else),
/// found by a tight scan for the spaces.
pub(super) fn next_sentence_start(norm: &[char], start: usize) -> usize {
    let len = norm.len();
    let starts = |i: usize| may_start_sentence(norm, i) && super::attribution::starts_sentence(norm, i);
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

/// A cheap necessary condition for [`super::attribution::starts_sentence`] at `i > 0`: a space
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
