//! Clauses that introduce a quote before a colon with no speech verb: "X put it bluntly:",
//! "X was blunt:", "X fumes:", "X gave us this statement:", and Welsh "Dywedodd X:".

use std::sync::LazyLock;

use regex::Regex;

use super::intro::{without_label, MAX_INTRO_CHARS};
use super::{pattern, TITLE_DOT};
use crate::extract::quotes::first_names::first_name_gender;

/// "Dywedodd y Prif Gwnstabl, Jo Bloggs:": Welsh puts "said" first, and a bilingual page
/// introduces the Welsh rendering of a quote so. The speaker is the last part set off by
/// commas that opens on a capital and is no Welsh role: the name after an office, or the
/// name before a role ("y Cynghorydd Jo Bloggs, Aelod y Cabinet dros Dai": the role's
/// capitals are no name). A Welsh office before the name ("Cynghorydd") is no part of it.
pub(super) fn welsh_said(clause: &str) -> Option<String> {
    static DYWEDODD: LazyLock<Regex> =
        LazyLock::new(|| pattern(r"^\s*Dywedodd\s+(?:(?:y|yr)\s+)?(?P<who>[^:;.!?\x22]{2,160}?)\s*:\s*$"));
    let who = DYWEDODD.captures(clause)?.name("who")?.as_str().trim();
    welsh_speaker(who)
}

/// The speaker among the parts of Welsh speaker words ("y Cynghorydd Jo Bloggs, Aelod y
/// Cabinet dros Dai"): the last part that opens on a capital and is no Welsh title, without
/// a Welsh office before the name.
pub(super) fn welsh_speaker(who: &str) -> Option<String> {
    let capitalised = || who.split(", ").map(str::trim).filter(|part| part.starts_with(char::is_uppercase));
    // A part that joins its capitals with Welsh lower-case words is a title ("Aelod y
    // Cabinet dros Dai"), and so is one opening on an office with no first name after it
    // ("Prif Weithredwr yr Ymddiriedolaeth"), unless nothing else is given.
    let named = |part: &&str| {
        let (office, rest) = past_welsh_offices(part);
        !office || rest.first().is_some_and(|w| first_name_gender(w).is_some())
    };
    let name = capitalised()
        .filter(|part| !joins_welsh_title(part) && named(part))
        .last()
        .or_else(|| capitalised().filter(|part| !joins_welsh_title(part)).last())
        .or_else(|| capitalised().last())?;
    let (office, rest) = past_welsh_offices(name);
    // An office alone ("Comisiynydd") stays: it is all the clause gives.
    let name = if office && !rest.is_empty() { rest.join(" ") } else { name.to_string() };
    Some(name)
}

/// The words of a part after the Welsh offices it opens on ("Cynghorydd Jo Bloggs" → "Jo",
/// "Bloggs"), and whether it opened on any.
fn past_welsh_offices(part: &str) -> (bool, Vec<&str>) {
    let words: Vec<&str> = part.split_whitespace().collect();
    let offices = words.iter().take_while(|w| is_welsh_office(w)).count();
    (offices > 0, words.get(offices..).unwrap_or_default().to_vec())
}

/// Welsh words for an office or a rank as they open a title or stand before a name
/// ("Aelod Arweiniol", "Prif Weithredwr", "Cynghorydd"), plain and softened.
fn is_welsh_office(word: &str) -> bool {
    const OFFICES: &[&str] = &[
        "Aelod",
        "Arweinydd",
        "Cynghorydd",
        "Gynghorydd",
        "Cyng",
        "Cyng.",
        "Comisiynydd",
        "Gomisiynydd",
        "Prif",
        "Brif",
        "Dirprwy",
        "Ddirprwy",
        "Cadeirydd",
        "Gadeirydd",
        "Pennaeth",
        "Bennaeth",
        "Cyfarwyddwr",
        "Gyfarwyddwr",
        "Gweithredwr",
        "Weithredwr",
        "Gweinidog",
        "Weinidog",
        "Swyddog",
        "Rheolwr",
        "Reolwr",
        "Cwnstabl",
        "Gwnstabl",
        "Uwch",
        "Arolygydd",
        "Rhingyll",
        "Ditectif",
        "Maer",
        "Faer",
        "Llywydd",
        "Ysgrifennydd",
    ];
    OFFICES.contains(&word)
}

/// A Welsh title joins its capitals with lower-case Welsh words ("Aelod Arweiniol dros
/// Wasanaethau Plant", "Pennaeth Gwasanaethau Plant y Cyngor"); a name's particles ("ap",
/// "ab", "ferch") are none of them.
fn joins_welsh_title(part: &str) -> bool {
    const JOINING: &[&str] = &["dros", "y", "yr", "a", "ac", "o", "ar", "i", "yn", "gyda", "ym", "yng", "am", "dan"];
    part.split_whitespace().skip(1).any(|w| JOINING.contains(&w))
}

/// "The chief constable put it plainly when she addressed the panel:", "Jo Bloggs put it
/// bluntly:", "As one father put it:": "put it", with how and when after it ("more bluntly", "even
/// less politely" with words of degree before the manner) or in an "as" clause, introduces the quote after the colon as a speech verb does. Only before a colon,
/// and not in [`VERBS`](super::VERBS), whose other readers ("As she put it, the figures ...") are not
/// attributions.
pub(super) fn put_it(clause: &str) -> Option<String> {
    static PUT_IT: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?:(?P<as_who>(?:(?:But|And|Or|Yet|So),?\s+as|As)\s+[^\s"][^":;.!?]*?),?\s+put\s+it\s*:\s*$|(?P<who>[^\s"][^":;.!?]*?),?\s+(?:has\s+|had\s+|also\s+)?puts?\s+it\s+(?:(?:(?:even|far|much|a\s+(?:little|lot|bit)|rather|still)\s+)?(?:more|less|most|rather|very|quite)\s+)?(?:\w+ly|this\s+way|best)\b[^":;.!?]*:\s*$)"#,
        )
    });
    if !clause.contains(" put it") && !clause.contains(" puts it") {
        return None;
    }
    let c = PUT_IT.captures(clause)?;
    let who = c.name("who").or_else(|| c.name("as_who"))?.as_str().trim();
    (who.chars().count() <= MAX_INTRO_CHARS).then(|| without_label(who).to_string())
}

/// "Jo Bloggs was blunt:", "The head, Ruth Okoro, did not mince her words:", "Tom Reed pulled
/// no punches:", and a feature's "Jo Bloggs has the last word:", "Tom Reed sounds a note of
/// caution:": how plainly someone spoke, or that the words close a piece, right before a colon, introduces the quote after
/// it as a speech verb does. Only before a colon: "Jo Bloggs was blunt about the cuts." says
/// how she spoke and quotes nothing.
pub(super) fn plain_spoken(clause: &str) -> Option<String> {
    static PLAIN: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?P<who>[^\s"][^":;.!?]*?),?\s+(?:(?:was|is|has\s+been|had\s+been)\s+(?:(?:even|far|more|less|just\s+as|equally)\s+)?(?:blunt(?:er)?|frank(?:er)?|candid|direct|forthright|emphatic|unequivocal|scathing|damning|defiant|unapologetic|adamant)(?:\s+still)?|(?:did\s+not|didn't|does\s+not|doesn't)\s+mince\s+(?:his|her|their|its|any)\s+words|minced\s+no\s+words|(?:pulled|pulls)\s+no\s+punches|(?:did\s+not|didn't)\s+hold\s+back|(?:has|had|gets|got|is\s+given|was\s+given)\s+the\s+(?:last|final)\s+word|(?:sounds|sounded|strikes|struck)\s+(?:a|an|one)\s+(?:(?:final|last|more|less|further|different|cautious|sober|hopeful|positive|optimistic|grim|darker|brighter)\s+)?note(?:\s+of\s+(?:caution|warning|hope|optimism|realism|alarm|defiance))?)\s*:\s*$"#,
        )
    });
    let who = PLAIN.captures(clause)?.name("who")?.as_str().trim();
    (who.chars().count() <= MAX_INTRO_CHARS).then(|| without_label(who).to_string())
}

/// "Listener Jo, 34, rang the studio:", "A parent texted the show:", "Jo Bloggs called in:",
/// "A reader got in touch:": a listener's or reader's call or message to the outlet, right
/// before a colon, introduces the words after it as a speech verb does. Only a call to the
/// outlet (in, us, a newsroom, show or studio): "Jo Bloggs called for action:" or "She rang
/// the police:" quotes no call.
pub(super) fn called_in(clause: &str) -> Option<String> {
    static CALLED: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?P<who>[^\s"][^":;.!?]*?),?\s+(?:has\s+|had\s+|also\s+)?(?:(?:called|rang|phoned|texted|messaged)\s+(?:in|us|(?:in\s+)?to\s+(?:us|(?:our|the|this)\s+(?:[\w'’-]+\s+){0,3}(?:newsroom|newsdesk|studio|show|programme|station|phone-in))|(?:our|the|this)\s+(?:[\w'’-]+\s+){0,3}(?:newsroom|newsdesk|studio|show|programme|station|phone-in))|got\s+in\s+touch)(?:\s+(?:from|this|last|earlier)\b[^":;.!?]*)?\s*:\s*$"#,
        )
    });
    const CUES: &[&str] = &["called", "rang", "phoned", "texted", "messaged", "in touch"];
    if !CUES.iter().any(|cue| clause.contains(cue)) {
        return None;
    }
    let who = CALLED.captures(clause)?.name("who")?.as_str().trim();
    // "Jo Bloggs, who called in," is an aside; the speaker words are whole.
    let plain = !who.contains(" who ") && !who.starts_with("who ");
    (plain && who.chars().count() <= MAX_INTRO_CHARS).then(|| without_label(who).to_string())
}

/// "Landlord Tom Eade fumes:", "Ann Lowe rages:": a tabloid's present tense of anger right
/// before the colon introduces the quote after it. Anywhere else these are the noun and a
/// thing's verb ("the fumes are worst", "the row rages on"), so they are not in [`VERBS`](super::VERBS).
pub(super) fn angry_present(clause: &str) -> Option<String> {
    let before = clause.trim_end().strip_suffix(':')?.trim_end();
    let who = before.strip_suffix(" fumes").or_else(|| before.strip_suffix(" rages"))?.trim();
    // Someone named or set off just before it ("Tom Eade", "Ann Lowe, 61,"), not a kind of
    // fumes ("Diesel fumes:") or their object ("Workers breathed in the fumes:").
    let set_off = who.ends_with(',');
    let who = who.trim_end_matches(',').trim_end();
    let last = who.split_whitespace().next_back().unwrap_or("");
    let named = who.split_whitespace().nth(1).is_some() && (set_off || last.starts_with(char::is_uppercase));
    let plain = !who.contains(['"', ':', ';', '.', '!', '?']);
    (named && plain && who.chars().count() <= MAX_INTRO_CHARS).then(|| without_label(who).to_string())
}

/// "Jo Bloggs, head of policy, has given us this statement:", "The inspector provided the
/// following statement to the panel:", "Kent Police gave Sky News an updated statement:",
/// "A spokesperson sent me this:", "The firm gave us the following:": the one who gave the
/// statement (or "this", "the following", with no word for what it is), right before a
/// colon, is the speaker of the quote after it, as with a speech verb; a report's paragraph number before the words ("4.2 The
/// inspector …") is not theirs, nor a clause before theirs ("The force did not respond,
/// but the council issued a statement:"). A passive names who received the statement
/// ("Councillors were sent this statement:"): no speaker. Only before a colon: "The council
/// issued a statement on Monday." tells of one and quotes nothing.
pub(super) fn gave_a_statement(clause: &str) -> Option<String> {
    static GAVE: LazyLock<Regex> = LazyLock::new(|| {
        pattern(&format!(
            r#"^\s*(?:\d+(?:\.\d+)+\s+)?(?P<who>(?:{TITLE_DOT}|[^\s"])(?:{TITLE_DOT}|[^":;.!?])*?),?\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:given|gave|provided|provides|issued|issues|sent|released|supplied)\s+(?:(?:us|me|the\s+\w+|(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){{0,3}}[A-Z][\w'’&-]*)\s+)?(?:(?:this|the\s+following|an?|the)\s+(?:[\w-]+\s+)?statement\b[^":;.!?]*|this|the\s+following)\s*:\s*$"#
        ))
    });
    const PASSIVE: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];
    if !clause.contains("statement") && !clause.contains(" this") && !clause.contains(" following") {
        return None;
    }
    let who = GAVE.captures(clause)?.name("who")?.as_str().trim();
    if who.split_whitespace().next_back().is_some_and(|w| PASSIVE.contains(&w)) {
        return None;
    }
    // The giver is the subject of the last clause.
    let who = [", but ", ", and "]
        .iter()
        .filter_map(|joint| who.rsplit_once(joint))
        .map(|(_, last)| last)
        .min_by_key(|last| last.len())
        .unwrap_or(who)
        .trim();
    (who.chars().count() <= MAX_INTRO_CHARS).then(|| without_label(who).to_string())
}

/// "She was candid.", "He was blunt.", "Bloggs puts it more bluntly.": a short sentence saying
/// only how plainly someone spoke, right before a quote that opens the next sentence, introduces it as
/// [`plain_spoken`] before a colon does. "Jo Bloggs was blunt about the cuts." says more, and
/// introduces nothing.
pub fn spoke_plainly(sentence: &str) -> Option<String> {
    let clause = sentence.trim().strip_suffix('.')?;
    let clause = format!("{clause}:");
    let who = plain_spoken(&clause).or_else(|| put_it(&clause))?;
    Some(without_aside_after_name(&who).unwrap_or(who))
}

/// "Bloggs, back on the platform", "Jo Bloggs, now retired": a name with an aside set off
/// after it that opens in lower case and says where or how they are, not who: the name.
fn without_aside_after_name(who: &str) -> Option<String> {
    let (name, aside) = who.split_once(", ")?;
    let named = !name.is_empty()
        && name.split_whitespace().count() <= 3
        && name.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    let aside = aside.trim_end_matches(',');
    let lower = aside.starts_with(char::is_lowercase) && !aside.contains(',');
    let describes = matches!(aside.split_whitespace().next(), Some("a" | "an" | "the" | "who" | "whose" | "its"));
    (named && lower && !describes).then(|| name.to_string())
}

/// "With her agreement we print part of her reply:", "Here is an extract from her
/// reply:", "I reproduce their email in full:": the writer sharing someone's letter or reply,
/// right before a colon, gives the quote after it to the one the possessive means. The
/// pronoun ("he", "she", "they") for the context to resolve.
pub(super) fn shares_their_words(clause: &str) -> Option<String> {
    static SHARES: LazyLock<Regex> = LazyLock::new(|| {
        pattern(
            r#"^\s*(?:[^":;.!?]*?\s)?(?:share|shared|quote|quoted|print|printed|reproduce|reproduced|publish|published|is|are)\s+(?:(?:with\s+(?:you|readers)\s+)?(?:part|parts|some|much|most|an?\s+extract|an?\s+excerpt|a\s+section|a\s+passage)\s+(?:of|from)\s+)?(?P<pro>his|her|their)\s+(?:letter|reply|response|email|e-mail|answer|message)\b[^":;.!?]*:\s*$"#,
        )
    });
    if !(clause.contains(" his ") || clause.contains(" her ") || clause.contains(" their ")) {
        return None;
    }
    let pronoun = match SHARES.captures(clause)?.name("pro")?.as_str() {
        "his" => "he",
        "her" => "she",
        _ => "they",
    };
    Some(pronoun.to_string())
}
