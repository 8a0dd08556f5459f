//! A podcast's or radio programme's transcript: who hosts it, whom its summary introduces,
//! its callers and its time stamps.
//!
//! A programme's transcript (a presenter, a caller or a recorded clip labelled) quotes each
//! guest's and caller's turn, callers by first name ("CALLER (GARETH, BRIDGEND):", or a
//! first name alone just after the presenter put them on air), but not a turn of greetings
//! only ("Morning. Thanks for having me."); the presenter's own words are no quote, though
//! what they read out in quote marks (a spokesperson's statement, a listener's text) is.
//!
//! A published podcast's or programme's transcript prints a time stamp with each turn
//! ("[00:01:05] Jo Bloggs:", "Jo Bloggs (00:01:05):", "01:05 JO BLOGGS:", "Jo Bloggs  01:05"
//! over the words): such a label is a transcript's own shape, and the page a programme's. The
//! stamp is no one's words, nor is a stamp alone on its line, which does not end the turn it
//! stands in. A guest named in full in the page's summary ("presenter Jo Bloggs speaks to
//! Dr Sam Lee of the charity Safe Kids") is quoted with the role and organisation it gives; the
//! one it calls the presenter or host, or who opens the show ("Welcome to …", "With me is
//! …"), is the programme's own voice, no quote.

use std::sync::LazyLock;

use regex::Regex;

use super::super::context::Resolved;
use super::super::Para;
use super::labels::{self, Label, Named};
use super::{plain_label_fits, Transcript};

/// A note of the programme's about its transcript or how to hear it again ("Our transcripts
/// are checked by volunteers", "Catch up on the app"): no one's turn.
pub(super) fn programme_note(norm: &str) -> bool {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"(?i)^(?:(?:this|the|our|full|an?) )?transcripts?\b|\btranscripts? (?:has|have|was|were|is|are) (?:been )?(?:edited|produced|generated|checked|created|made|provided)|\btranscripts? by\b|(?:^|[.!?] )(?:listen|catch up) (?:again|back|on)\b",
        )
    });
    NOTE.is_match(norm)
}

/// Where, in chars, a statement read out in a turn opens: the sentence naming a third party
/// that told the programme something, then a colon and the words in quote marks ("A
/// spokesperson told us: \"…\"", "The council said in a statement: \"…\"").
pub(super) fn statement_read_out(norm: &str) -> Option<usize> {
    static READ_OUT: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r#"(?:^|[.!?]\s+)(?P<clause>(?:An?|The|Its|Their)\s[^.!?:"“”]{2,80}?\s(?:told (?:us|me|the (?:programme|show|podcast|station))|said|says|wrote|added)(?: (?:to us|in a statement))?\s*:\s*["“])"#,
        )
    });
    if !norm.contains(['"', '“']) {
        return None;
    }
    let clause = READ_OUT.captures(norm)?.name("clause")?;
    Some(norm.get(..clause.start())?.chars().count())
}

impl Transcript {
    /// Whether a label is a first name alone with a time stamp ("01:41 Jo:", "Jo (00:31):")
    /// on a page whose turns are stamped: a turn's label, as a name in full is.
    pub(super) fn stamped_first_name(&self, label: &Label) -> bool {
        let Named::Person { name, office: None } = &label.named else { return false };
        self.timed
            && label.timed
            && label.party.is_none()
            && !label.titled
            && !name.contains(' ')
            && name.starts_with(char::is_uppercase)
            && !labels::is_office_word(name)
            && !super::super::names::is_role_word(name)
            && crate::extract::places::by_name(name).is_none()
    }

    /// The name in full of the one a label calls by first name alone: someone labelled
    /// before under it, or the one the summary names so ("Hosts Jo Bloggs and …"), when
    /// only one is.
    pub(super) fn full_name(&self, first: &str) -> Option<String> {
        let starts = |full: &str| full.split_whitespace().next() == Some(first) && full.contains(' ');
        let mut found: Vec<String> = Vec::new();
        for full in self.people.iter().map(|r| r.speaker.clone()).chain(full_names_in(first, &self.intro)) {
            if starts(&full) && !found.contains(&full) {
                found.push(full);
            }
        }
        match found.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// A programme's label of a first name alone, "TERRY (MARGATE):", right after a
    /// presenter's turn naming them ("Next up we have Dawn in Hythe"): a caller, and
    /// the bracket where they are calling from.
    pub(super) fn put_on_air(&self, mut label: Label, paras: &[Para], k: usize) -> Option<Label> {
        let Named::Person { name, office: None } = &label.named else { return None };
        let one_word = !name.contains(' ') && !labels::is_office_word(name) && !super::super::names::is_role_word(name);
        let before = k.checked_sub(1)?;
        let presenter = self
            .labels
            .get(before)
            .cloned()
            .flatten()
            .is_some_and(|l| matches!(&l.named, Named::Office { office, .. } if labels::is_broadcast_role(office)));
        if !self.broadcast || !one_word || !presenter || label.alone {
            return None;
        }
        let intro = paras.get(before)?.norm_str.as_str();
        // Named as a name is written, or in a script all in capitals.
        let shouted = crate::ingest::lead::is_all_capitals(intro);
        let said = |w: &str| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            w == name || (shouted && w.eq_ignore_ascii_case(name))
        };
        if !intro.split_whitespace().any(said) {
            return None;
        }
        let place = label.seat.take().map(|seat| {
            let cased = |w: &str| {
                if crate::ingest::lead::is_all_capitals(w) {
                    super::super::names::title_case(w)
                } else {
                    w.to_string()
                }
            };
            seat.split_whitespace().map(cased).collect::<Vec<_>>().join(" ")
        });
        label.rank = Some(place.map_or_else(|| "caller".to_string(), |place| format!("caller, {place}")));
        Some(label)
    }

    /// Whether `speaker`, labelled by name, is the programme's presenter or host: the summary
    /// calls them so, or, on a programme's page, the first voice opens the show ("Welcome to
    /// …", "With me is …"). Their turns are the programme's own words.
    pub(super) fn is_host(&mut self, speaker: &Resolved, paras: &[Para], k: usize, label: &Label) -> bool {
        static OPENS_SHOW: LazyLock<Regex> = LazyLock::new(|| {
            crate::extract::numbers::compile(
                r"(?i)\b(?:welcome (?:back )?to|with me (?:now |here |today |this (?:morning|afternoon|evening|week) |in the studio )?(?:is|are)|joining (?:me|us)|(?:i'm|i am|we're|we are) joined by|my guests? (?:today |this week )?(?:is|are)|you're listening to)\b",
            )
        });
        static NAMES_PROGRAMME: LazyLock<Regex> = LazyLock::new(|| {
            crate::extract::numbers::compile(
                r"(?i)\b(?:you(?:'re|’re| are) listening to|welcome (?:back )?to (?:the |this (?:week's |week’s |episode of )?)?(?:[\p{L}'’&-]+ ){0,4}(?:podcast|show|programme|program|phone-in)\b)",
            )
        });
        if !matches!(label.named, Named::Person { office: None, .. }) || label.rank.is_some() {
            return false;
        }
        let name = speaker.speaker.as_str();
        if self.hosts.iter().any(|h| h == name) {
            return true;
        }
        let first_voice = self.voices.is_empty();
        if !self.voices.iter().any(|v| v == name) {
            self.voices.push(name.to_string());
        }
        let called_host = speaker.role.as_deref().is_some_and(labels::is_broadcast_role);
        // A label alone on its line has its words in the paragraph under it.
        let turn = paras.get(if label.alone { k + 1 } else { k });
        // On a page no stamp, summary or label shows to be a programme's, the opening must
        // name one ("Welcome to the Bus Stop podcast"): a committee's chair welcomes too.
        let opens =
            |p: &&Para| OPENS_SHOW.is_match(&p.norm_str) && (self.broadcast || NAMES_PROGRAMME.is_match(&p.norm_str));
        let opens_show = !self.presented && first_voice && turn.is_some_and(|p| opens(&p));
        if called_host || opens_show {
            self.hosts.push(name.to_string());
            self.broadcast = true;
        }
        called_host || opens_show
    }
}

/// Each paragraph's label, a label under a time stamp alone on the line above ("[00:01:05]",
/// then "Jo Bloggs: …") time-stamped as one with its stamp beside it.
pub(super) fn stamped_above(mut labels: Vec<Option<Label>>, norms: &[&str]) -> Vec<Option<Label>> {
    for (k, slot) in labels.iter_mut().enumerate().skip(1) {
        let above = k.checked_sub(1).and_then(|j| norms.get(j));
        if let Some(label) = slot.as_mut().filter(|_| above.is_some_and(|n| labels::is_time_stamp(n))) {
            label.timed = true;
            label.strong |= labels::names_someone(label);
        }
    }
    labels
}

/// The programme's role, in the singular, of someone the summary names in a list after a
/// programme's role in the plural: "Hosts Jo Bloggs and Sam Lee", "Presenters Jo Bloggs,
/// Sam Lee and Ali Khan".
fn listed_after_programme_roles(name: &str, intro: &[String]) -> Option<String> {
    static LISTED: LazyLock<Regex> = LazyLock::new(|| {
        const NAME: &str = r"\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}";
        crate::extract::numbers::compile(&format!(
            r"\b(?P<role>(?i:(?:co-?)?(?:hosts|presenters)))\s+(?P<list>{NAME}(?:(?:,\s+|\s+and\s+|\s+&\s+){NAME}){{1,4}})"
        ))
    });
    for text in intro.iter().filter(|t| t.contains(name)) {
        for c in LISTED.captures_iter(text) {
            let (Some(role), Some(list)) = (c.name("role"), c.name("list")) else { continue };
            let listed = list.as_str().split([',', '&']).flat_map(|part| part.split(" and ")).map(str::trim);
            if listed.into_iter().any(|n| n == name) {
                let role = role.as_str().to_lowercase();
                return Some(role.trim_end_matches('s').trim_start_matches("co-").trim_start_matches("co").to_string());
            }
        }
    }
    None
}

/// The names in full that `intro` gives someone by `first` and a surname ("Jo Bloggs",
/// "Jo Bloggs-Smith"), as the speaker parser reads a person.
fn full_names_in(first: &str, intro: &[String]) -> Vec<String> {
    use super::super::speaker::{parse_who, Who};
    let mut names = Vec::new();
    for text in intro {
        for (at, _) in text.match_indices(first) {
            let before = text.get(..at).and_then(|b| b.chars().next_back());
            let after = text.get(at + first.len()..).unwrap_or_default();
            if before.is_some_and(char::is_alphanumeric) || !after.starts_with(' ') {
                continue;
            }
            let Some(word) = after.split_whitespace().next() else { continue };
            let word = word.trim_end_matches([',', '.', ';', ':', ')']);
            let surname = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
            let plain = surname.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
            if !surname.starts_with(char::is_uppercase) || !plain {
                continue;
            }
            let full = format!("{first} {surname}");
            if matches!(parse_who(&full), Some(Who::Person(_))) {
                names.push(full);
            }
        }
    }
    names
}

/// How many people, each labelled by a name in full, the summary before the first label
/// names, when it calls one of them the presenter or host ([`introduced`]): a podcast's or
/// programme's page that says who hosts it and whom they speak to. An interview printed
/// under labels, its interviewer no host, is read as interviews are.
pub(super) fn introduced_voices(labels: &[Option<Label>], intro: &[String]) -> usize {
    let mut names: Vec<&str> = Vec::new();
    for label in labels.iter().flatten().filter(|l| plain_label_fits(l) && l.party.is_none()) {
        if let Named::Person { name, office: None } = &label.named {
            if !names.contains(&name.as_str()) && intro.iter().any(|t| t.contains(name.as_str())) {
                names.push(name);
            }
        }
    }
    let hosted = labels.iter().flatten().any(|l| introduces_host(l, intro));
    if hosted {
        names.len()
    } else {
        0
    }
}

/// Whether the summary calls the person a label names the presenter or host.
pub(super) fn introduces_host(label: &Label, intro: &[String]) -> bool {
    let Named::Person { name, office: None } = &label.named else { return false };
    let plain = label.party.is_none() && label.seat.is_none() && !label.titled && name.contains(' ');
    plain && introduced(name, intro).and_then(|r| r.role).is_some_and(|role| labels::is_broadcast_role(&role))
}

/// The person named `name` as the summary introduces them ("presenter Jo Bloggs", "Dr Jo
/// Bloggs of the charity Safe Kids", "Jo Bloggs, chief executive of Safe Kids"), with the
/// role and organisation it gives; `None` when it names them with neither.
pub(super) fn introduced(name: &str, intro: &[String]) -> Option<Resolved> {
    use super::super::speaker::Who;
    const WORDS_BEFORE: usize = 3;
    const FUNCTION_WORDS: &[&str] = &[
        "to",
        "with",
        "and",
        "by",
        "of",
        "for",
        "from",
        "at",
        "in",
        "on",
        "as",
        "is",
        "was",
        "joins",
        "speaks",
        "talks",
        "asks",
        "hears",
        "meets",
        "interviews",
    ];
    static OF_BODY: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"^,?\s+(?:of|from|at)\s+(?:the\s+(?:charity|campaign group|campaign|group|organisation|union|trust|company|firm|think tank|network|service)\s+)?(?P<org>[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w'’&-]*){0,5})",
        )
    });
    // "Hosts Jo Bloggs and Sam Lee talk to …": each of them hosts.
    if let Some(role) = listed_after_programme_roles(name, intro) {
        return Some(Resolved { speaker: name.to_string(), role: Some(role), organisation: None });
    }
    let mut best: Option<Resolved> = None;
    let fields = |r: &Resolved| usize::from(r.role.is_some()) + usize::from(r.organisation.is_some());
    // A caption in square brackets ("[Picture: Jo Bloggs at the depot.]") is no summary.
    for text in intro.iter().filter(|t| !t.starts_with('[')) {
        for (at, _) in text.match_indices(name) {
            let before = text.get(..at).unwrap_or_default();
            let clause = before.rsplit([',', ';', ':', '.', '(']).next().unwrap_or(before);
            let after = text.get(at + name.len()..).unwrap_or_default();
            let cut =
                [" and ", " about ", " who ", " speaks", " talks", " spoke", " joins", " to ", ";", ":", ". ", " ("]
                    .iter()
                    .filter_map(|c| after.find(c))
                    .min()
                    .unwrap_or(after.len());
            let after = after.get(..cut).unwrap_or(after).trim_end_matches(['.', ',']);
            // "… speaks to Dr Jo Bloggs", "… Kent Police and Jo Bloggs": the words before the
            // name back to a verb, a preposition or a conjunction may be a title.
            let words: Vec<&str> = clause.split_whitespace().collect();
            let function = |w: &&str| FUNCTION_WORDS.contains(&w.to_lowercase().as_str());
            let from = words.iter().rposition(function).map_or(0, |i| i + 1);
            let words = words.get(from..).unwrap_or_default();
            for n in lead_lengths(words, WORDS_BEFORE) {
                let lead = words.get(words.len() - n..).unwrap_or_default().join(" ");
                // "'…' - Jo Bloggs": a pull-quote's marks and dash are no title.
                if n > 0 && !lead.chars().any(char::is_alphabetic) {
                    continue;
                }
                let phrase = format!("{lead} {name}{after}");
                // "Presenter Jo Bloggs", "Host Jo Bloggs": a programme's role just before the name.
                let programme_role = words.last().filter(|w| n == 1 && labels::is_broadcast_role(w));
                let (role, organisation) = match super::super::speaker::parse_who(phrase.trim()) {
                    Some(Who::Person(p)) if p.name == name => (p.role, p.organisation),
                    _ if programme_role.is_some() => (None, None),
                    _ => continue,
                };
                let role = role.or_else(|| programme_role.map(|w| w.to_lowercase()));
                // "Jo Bloggs of the charity Safe Kids", "Jo Bloggs, of Safe Kids".
                let organisation = organisation.or_else(|| {
                    let org = OF_BODY.captures(after)?.name("org")?.as_str().trim();
                    crate::extract::places::by_name(org).is_none().then(|| org.to_string())
                });
                let found = Resolved { speaker: name.to_string(), role, organisation };
                if best.as_ref().is_none_or(|b| fields(&found) >= fields(b)) {
                    best = Some(found);
                }
            }
        }
    }
    best.filter(|b| fields(b) > 0)
}

/// How many of the `words` before a name to try as its lead: none up to `most`, then, where
/// the longest of those starts inside a run of capitalised words ("… to Wessex Vale Police's
/// Detective Inspector Jo Bloggs"), that whole run, so that an organisation's name opening
/// it is never cut ("Vale Police's"), up to [`MAX_RUN`] words. The longest is tried last.
fn lead_lengths(words: &[&str], most: usize) -> impl Iterator<Item = usize> {
    /// Longer than an organisation's name and a title together.
    const MAX_RUN: usize = 8;
    let capitalised = |i: usize| words.get(i).is_some_and(|w| w.starts_with(char::is_uppercase));
    let longest = most.min(words.len());
    let mut run = longest;
    if longest > 0 {
        while run < words.len().min(MAX_RUN) && capitalised(words.len() - run - 1) && capitalised(words.len() - run) {
            run += 1;
        }
    }
    (0..=longest).chain((run > longest).then_some(run))
}

/// A listener's message a presenter reads out in quote marks: "Text from Sue in Dartford:
/// \"…\"", "An email from Priti in Redruth: \"…\"". The listener by the first name given, with
/// where they are as their role ("listener, Dartford"), and the chars of the words.
pub(super) fn read_out_message(para: &Para) -> Option<(Resolved, usize, usize)> {
    static MESSAGE: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r#"(?:^|[.!?:]\s+)(?i:(?:(?:and\s+)?(?:an?|one|another|this)\s+)?(?:text|text\s+message|message|email|e-mail|tweet|voicemail)\s+(?:here\s+|now\s+)?from)\s+(?P<name>\p{Lu}[\p{L}'’-]+)(?:\s+in\s+(?P<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}))?\s*:\s*"(?P<words>[^"]+)""#,
        )
    });
    let norm = para.norm_str.as_str();
    if !norm.contains("from ") {
        return None;
    }
    let c = MESSAGE.captures(norm)?;
    let name = c.name("name")?.as_str().to_string();
    let words = c.name("words")?;
    let chars = |byte: usize| norm.get(..byte).map_or(0, |b| b.chars().count());
    let role = match c.name("place") {
        Some(place) => format!("listener, {}", place.as_str()),
        None => "listener".to_string(),
    };
    let listener = Resolved { speaker: name, role: Some(role), organisation: None };
    Some((listener, chars(words.start()), chars(words.end())))
}

/// Whether a turn is nothing but greetings, thanks and yeses: "Morning. Thanks for having
/// me.", "Hello, lovely to be here.", "Good evening -- thank you.", with at most a name
/// said back ("Thanks, Jo.").
pub(super) fn only_greetings(text: &str) -> bool {
    static GREETING: LazyLock<Regex> = LazyLock::new(|| {
        crate::extract::numbers::compile(
            r"(?i)^(?:and )?(?:(?:a )?(?:very )?(?:good )?(?:morning|afternoon|evening|day)(?: to you| all| everyone)?|hello|hi|hiya|hey|yeah|yes|yep|sure|cheers|(?:(?:many )?thanks|thank you)(?: (?:very|so) much)?(?: for (?:having|inviting) (?:me|us)(?: on| in)?)?|(?:it's |it is )?(?:good|great|nice|lovely|a pleasure|great to be|happy) (?:to be )?(?:here|with you|on the programme|on the show|on)|(?:my )?pleasure|you're welcome)$",
        )
    });
    // "Yes." or "Yeah." alone answers a question: only beside a greeting is it one.
    let assent = |p: &&str| matches!(p.to_lowercase().as_str(), "yes" | "yeah" | "yep" | "sure" | "and");
    let parts: Vec<&str> =
        text.split(['.', ',', '!', ';', '-', '–', '—']).map(str::trim).filter(|p| !p.is_empty()).collect();
    let named_back = |p: &&str| !p.contains(' ') && p.starts_with(char::is_uppercase) && !assent(p);
    let greetings = parts.iter().filter(|p| GREETING.is_match(p) && !assent(p)).count();
    greetings >= 1 && parts.iter().all(|p| GREETING.is_match(p) || named_back(p))
}
