//! Numbers that are not statistics: phone numbers, ages, durations, counts of forces, labels,
//! dates and the bases of rates. What is left are the candidates, classified by [`classify`].

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::context::is_baseline_value;
use super::incidentals::{few_people_of_a_case, is_distance_away, is_set_limit};
use super::kinds::{classify, Candidate};
use super::nouns::{
    alternation, classify_word, head_noun, label_noun, missing_persons, of_whom_noun, persons_harmed,
    persons_not_offences, persons_tested, property_struck, property_targeted, subject_noun, Noun, ASKING_VERBS,
    HELPING_VERBS,
};
use super::{head, tail};
use crate::extract::numbers::{self, compile, Number};
use crate::extract::{periods, places};
use crate::model::Kind;

/// Phone numbers: "0808 800 5000", "0800 40 50 40", "08457 90 90 90", "08 08 16 89 111",
/// "call 999", "on 101". A number in groups of two or three ("0300 303 44 98", or pairs from
/// its first two digits on) is tried first, so that it is read whole, not cut after its
/// first group.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b0\d(?:\s\d{2,3}){3,4}\b|\b0\d{3,4}(?:\s\d{2,3}){2,3}\b|\b0\d{2,4}(?:[\s-]?\d{3,4}){1,2}\b|\b(?:call(?:ed|ing)?|dial(?:led|ling)?|ring(?:ing)?|phon(?:e|ed|ing)|text(?:ed|ing)?|on|line|number|tel:?)\s+(?:the\s+\w+\s+on\s+)?(?:999|101|111|116\s?\d{3})\b",
    )
});

/// "+44 1633 455 000", "+44 (0)20 7946 0000", "(ext. 24135)": a phone number dialled from
/// abroad, and the extension of one.
static INTERNATIONAL_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\+44\s?(?:\(0\)\s?)?\d{2,4}(?:[\s-]?\d{3,4}){1,2}\b|(?i)\bext(?:ension|n)?\.?\s*\d{2,6}\b")
});

/// "Kent recorded 05 120 340 560 across the four quarters": a run [`PHONE`] reads as a number
/// in pairs from its first two digits, whose groups after those are all of three digits, is
/// a row of values, the first zero-padded; a phone number printed in pairs has a pair after
/// its first ("08 08 16 89 111").
fn is_padded_values(run: &str) -> bool {
    let mut groups = run.split_whitespace();
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    groups.next().is_some_and(|first| first.len() == 2 && first.starts_with('0') && digits(first))
        && groups.all(|g| g.len() == 3 && digits(g))
}

/// Words that say a number is to be called.
static CALLING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:call(?:s|ed|ing)?|dial(?:s|led|ling)?|ring(?:s|ing)?|phon(?:e|es|ed|ing)|contact|emergency|text(?:ed|ing)?|helpline)\b",
    )
});

/// 999, 101, 111 in a sentence about calling: "Call 999 in an emergency or 101 to report";
/// a text or phone short code, five or six digits printed without a thousands separator,
/// in one: "text us on 61016"; and any three digits right after a bidding "call", "dial" or
/// "ring" ("call 159" for a bank, "dial 105" for a power cut).
fn is_service_number(s: &str, n: &Number) -> bool {
    static CALL_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:call|dial|ring)\s+$"));
    let digits = s.get(n.range.clone()).unwrap_or("");
    let next_word = s.get(n.range.end..).and_then(|rest| rest.split_whitespace().next()).unwrap_or("");
    let short_code = (5..=6).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    let three = digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit());
    // "call 159 if a caller asks", "dial 105." (the sentence's end), not "ring 418 tenants":
    // people to call.
    const HOW_TO_CALL: &[&str] =
        &["to", "for", "if", "and", "or", "now", "on", "from", "in", "instead", "immediately", "straight"];
    let how_to_call = || {
        let word = next_word.trim_matches(|c: char| !c.is_alphanumeric());
        word.is_empty() || HOW_TO_CALL.iter().any(|w| w.eq_ignore_ascii_case(word))
    };
    let bidden = three && CALL_BEFORE.is_match(tail(s, n.range.start)) && how_to_call();
    let service = matches!(digits, "999" | "101" | "111");
    ((service || short_code || bidden) && CALLING.is_match(s)
        || service && (reached_through(s, n) || service_in_heading(s, n))
        || texted_to(s, n))
        && classify_word(next_word) != Noun::Count
}

/// "Officers and 101", "101 and online reporting": a heading (a few words with no full stop) that
/// names a service number with "and" beside a word, as a topic, not a count of anything.
fn service_in_heading(s: &str, n: &Number) -> bool {
    let line = s.trim();
    if line.ends_with(['.', '!', '?']) || line.split_whitespace().count() > 8 {
        return false;
    }
    let mut before = tail(s, n.range.start).split_whitespace().rev();
    let after = head(s, n.range.end).split_whitespace().next().unwrap_or("");
    let joined_after = matches!(before.next(), Some("and" | "&"))
        && before.next().is_some_and(|w| !w.bytes().any(|b| b.is_ascii_digit()))
        && after.is_empty();
    let joined_before = tail(s, n.range.start).trim().is_empty() && matches!(after, "and" | "&");
    joined_after || joined_before
}

/// "Forward scam texts to 7726", "text HELP to 85258", "message the word SAFE to 61016": a
/// short code that texts are sent to, four to six digits printed without a separator. Not
/// where a verb of change leads to the number ("by text rose to 1500"): that is a count.
fn texted_to(s: &str, n: &Number) -> bool {
    static TEXT_TO_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:text|texts|sms|message|messages)\s+((?:[\w'-]+\s+){0,3}?)to\s+$"));
    // "reported by text rose to 1500", "messages fell to 1800": a count changing to a value.
    static CHANGED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:rose|risen|rising|rises|climbed|climbing|jumped|increased|grew|grown|soared|fell|fallen|falling|dropped|declined|decreased|reached|up|down)\b",
        )
    });
    // What follows says how or when to send, or the sentence ends ("text SAFE to 61016."),
    // not whom the number counts ("to 4500 residents").
    const THEN: &[&str] = &["for", "if", "and", "or", "now", "at", "from", "anytime", "anonymously", "free"];
    let digits = s.get(n.range.clone()).unwrap_or("");
    let next = s.get(n.range.end..).and_then(|rest| rest.split_whitespace().next()).unwrap_or("");
    let next = next.trim_matches(|c: char| !c.is_alphanumeric());
    (4..=6).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (next.is_empty() || THEN.iter().any(|w| w.eq_ignore_ascii_case(next)))
        && TEXT_TO_BEFORE
            .captures(tail(s, n.range.start))
            .is_some_and(|c| !c.get(1).is_some_and(|gap| CHANGED.is_match(gap.as_str())))
}

/// "incidents reported through 101", "calls made via 999", "the force's 101 line": a
/// service number as the way something came in, or named as a line or number, in a
/// sentence with no word of calling.
fn reached_through(s: &str, n: &Number) -> bool {
    static THROUGH_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:through|via|using)\s+(?:the\s+)?$"));
    static LINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s+(?:non-emergency\s+|emergency\s+|phone\s+|telephone\s+)?(?:line|number|service)\b")
    });
    // "111 service users", "101 service personnel": people served, not a line to call.
    static PEOPLE_SERVED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+service\s+(?:users?|personnel|members?|staff|providers?|workers?|leavers?|men|women|people|families)\b",
        )
    });
    let after = head(s, n.range.end);
    THROUGH_BEFORE.is_match(tail(s, n.range.start)) || LINE_AFTER.is_match(after) && !PEOPLE_SERVED.is_match(after)
}

/// Words right before a number that make it an age.
static AGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)(?:\baged?(?:\s+(?:just|between|under|over|from|up\s+to|of|below|above))?|\bages\s+of|\bas\s+(?:young|old)\s+as|\bi\s+am|\bi'm|\b(?:children|child|kids|girls|boys|lads|lasses|youths|teens|those|people|victims|babies|anyone|pupils|youngsters|teenagers)\s+(?:under|over|below|above|of)|\b(?:a|an|one)\s+(?:girl|boy|child|teenager|youngster|pupil)\s+of\s+|\b(?:under|over|at|from)\s+the\s+age\s+of|\b(?:daughter|son|child|girl|boy|he|she|i|victim|niece|nephew|grandson|granddaughter)\s+(?:was|had\s+been|got|were)\s+(?:first\s+)?[a-z]+ed\s+at\s+|\b(?:(?:daughter|son|child|girl|boy|victim|niece|nephew|grandson|granddaughter|mother|father|mum|dad|grandmother|grandfather|gran|grandad|granny|wife|husband|brother|sister|aunt|uncle)(?:\s+(?-i:\p{Lu}\p{Ll}+))?|he|she|i)\s+(?:was|is)\s+(?:only\s+|just\s+)?|\b(?:youngest|oldest)(?:(?:\s+[\w'-]+){0,6}?\s+(?:was|is|were|being|aged))?(?:\s+(?:only|just))?)\s*$",
    )
});

/// "Some of them are 17", "they were only 15", "we're 16, 17", "girls who were 11 when …",
/// "the driver, who is now 19.", "the girls she trains are 16, 17", "imagine being nine": a
/// small number said of people, with nothing counted after it, is their age.
fn is_pronoun_age(n: &Number, before: &str, after: &str, noun: Noun) -> bool {
    static PRONOUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:(?:they|them|we|you|both)\s+(?:are|were)|(?:they|we|you)['\x{2019}]re)\s+(?:only\s+|just\s+|all\s+|aged\s+)?$",
        )
    });
    // "If you are 80 and live alone", "when they were 75": a person's age in a condition or
    // a time, however old.
    static CONDITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:if|when|once|until|unless|by\s+the\s+time)\s+(?:you|they|we|he|she|i)\s*(?:are|were|is|was|am|turn|turned|reach|reached|'re|\x{2019}re)\s+(?:only\s+|just\s+|aged\s+)?$",
        )
    });
    // "When we reached 102 arrests": with a noun after it, the number counts that.
    static NOTHING_COUNTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?i)^\s*(?:$|[,.;:!?)"'\x{2019}\x{201D}-]|(?:and|years?|the|a|an|he|she|they|we|i|you|it|his|her|their|our)\b|or\s+(?:over|older|above|more)\b)"#,
        )
    });
    // "girls who were 11 when …", "the cyclist, who was then 20.", "imagine being nine and …":
    // people said to be a number ("who" is said of people only).
    static STATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:who\s+(?:is|was|are|were)|who['\x{2019}]s|being)\s+(?:now\s+|then\s+|still\s+|only\s+|just\s+|aged\s+)?$",
        )
    });
    // "the girls she trains are 16, 17", "boys he taught were 11": people and a clause of who
    // knows them (a pronoun and its verb), said to be a small number.
    static KNOWN_PEOPLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:victims|children|girls|boys|kids|lads|pupils|teenagers|youngsters|survivors)\s+(?:i|we|you|they|he|she)\s+(?:[\w']+\s+){0,3}?(?:are|were)\s+(?:now\s+|only\s+|just\s+|all\s+|aged\s+)?$",
        )
    });
    // ("When they were 60 miles from home": a distance or time is no count either.)
    let nothing_counted = NOTHING_COUNTED_AFTER.is_match(after) || opens_with_a_unit(after);
    // "who was 58 at the time of the crash": the age goes on to the time it was, whatever
    // that time names.
    let at_a_time = {
        let rest = after.trim_start();
        rest.starts_with("when ") || rest.starts_with("at the time") || rest.starts_with("by the time")
    };
    // Said of people, with nothing counted right after it, it is an age whatever noun the
    // clause goes on to ("being nine and being told your case …").
    let known_people = || {
        n.value <= 21.0
            && (before.contains(" are ") || before.contains(" were "))
            && KNOWN_PEOPLE_BEFORE.is_match(before)
    };
    let state = (nothing_counted || at_a_time) && (STATE_BEFORE.is_match(before) || known_people());
    let condition = (CONDITION_BEFORE.is_match(before) && nothing_counted) || state;
    // "The widow, who passed 88 in May": a person who turned a number is that age.
    static WHO_TURNED: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\bwho\s+(?:had\s+|has\s+|just\s+)?(?:turned|passed|reached)\s+$"));
    static WHEN_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:$|[,.;:)]|(?:in|on|last|this|earlier|at|and|before|after)\b)"));
    let condition = condition || (before.contains("who ") && WHO_TURNED.is_match(before) && WHEN_AFTER.is_match(after));
    let age = n.value <= 21.0 || (n.value <= 110.0 && n.value.fract() == 0.0 && condition);
    !n.percent && age && (noun != Noun::Count || state) && (PRONOUN_BEFORE.is_match(before) || condition)
}

/// "a girl, 13, from Cardiff", "John Smith, 34, of Leeds", "Jo Bloggs, 46, whose son…", "Jo
/// Bloggs, 46, said", "Bloggs, 46, is", "her son Ben, 15, was", "father-of-
/// three Dev, 41, said", "teenagers mostly, 15 or 16", "messaging 'girl, 13'": an age set
/// off by commas (or closed by a quote mark) after the person it describes, or in brackets
/// after their name ("Jane Doe (47), of Mill Lane", a letter's "Doreen Pickles (81)"); not a number after the group it is part of
/// ("Of the victims, 57 were …"), nor a part of the people just counted ("212 victims, 57 of
/// whom …", "1,200 kids, 300 of them in Wigan"), nor any number no one's age can be.
fn is_apposed_age(n: &Number, before: &str, after: &str) -> bool {
    static PART_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:whom|them|these|those|which)\b"));
    if n.value >= 120.0 || n.value.fract() != 0.0 || PART_AFTER.is_match(after) {
        return false;
    }
    static PERSON_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:girl|boy|man|woman|teenager|teen|schoolgirl|schoolboy|child|son|daughter|mother|father|mum|dad|pensioner|student|victim|youngster|toddler|baby|pupil|grandfather|grandmother|brother|sister|suspect|defendant|offender|accused|abuser|attacker|groomer|driver|kid|lad|lass)s?(?:-of-[a-z]+)?(?-i:\s+\p{Lu}\p{Ll}+)?(?:\s+(?:really|mostly|mainly|probably|maybe|perhaps))?,\s*(?:(?:then|now|aged)\s+)?$",
        )
    });
    static PART_OF_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\bof\s+(?:the|these|those|them|whom)\b[^,.;]*,\s*$"));
    if before.ends_with(", ") && PART_OF_BEFORE.is_match(before) {
        return false;
    }
    static NAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'-]+),\s*$"));
    static AFTER_PERSON: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?i)^\s*(?:,|\)|and\s|or\s+\d{1,2}\b|who\b|from\b|of\b|is\b|was\b|were\b|on\b|in\b|['"\x{2019}\x{201D}](?:\W|$))"#,
        )
    });
    static AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s*,\s*(?:of|from|who|whose|appeared|pleaded|admitted|denies|denied|was|is|has|had|said|says|told|added)\b",
        )
    });
    // "Jane Doe (47), of Mill Lane, admitted…": the age in brackets, as court reports print it.
    static NAME_BRACKET_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'-]+)\s*\($"));
    let a_person = |c: regex::Captures| is_persons_name(&c[1], &c[2]);
    static AFTER_BRACKETED_NAME: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\)\s*,?\s*(?:of|from|who|appeared|pleaded|admitted|denies|denied|was|is|has|had)\b")
    });
    // "Doreen Pickles (81)", "Harold Briggs (74), Morecambe": a letter signed off with the
    // writer's age, and perhaps where they live, closing the line.
    static SIGNS_OFF_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"^\)\s*(?:,\s*\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})?\s*$"));
    // "Bloggs, 44, is softly spoken": a surname alone opening the sentence, as a feature
    // names someone again, with the age set off after it.
    static LONE_NAME_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"^\W*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s*$"));
    let whole = before.len() == n.range.start;
    let lone_name = |c: regex::Captures| whole && is_persons_name(&c[1], &c[1]);
    (PERSON_BEFORE.is_match(before) && AFTER_PERSON.is_match(after))
        || (AFTER_NAME.is_match(after) && NAME_BEFORE.captures(before).is_some_and(a_person))
        || (AFTER_NAME.is_match(after) && LONE_NAME_BEFORE.captures(before).is_some_and(lone_name))
        || (before.ends_with('(')
            && (AFTER_BRACKETED_NAME.is_match(after) || SIGNS_OFF_AFTER.is_match(after))
            && NAME_BRACKET_BEFORE.captures(before).is_some_and(a_person))
}

/// Whether a capitalised first and last word are a person's name: not a place, nor a body
/// or platform named by its kind.
fn is_persons_name(first: &str, last: &str) -> bool {
    // A force, place, body or platform with its count in brackets ("Kent Police (52) was
    // highest", "Home Office (40)", "Facebook Messenger (35)") or after a comma ("North
    // Yorkshire, 52, said the report") is no person.
    const BODIES: &[&str] = &[
        "Police",
        "Constabulary",
        "Council",
        "Force",
        "Service",
        "Services",
        "Office",
        "Messenger",
        "Trust",
        "Agency",
        "Unit",
        "Team",
        "Board",
        "Authority",
        "Department",
        "Ministry",
        "Court",
        "Group",
        "Network",
        "Commission",
        "Centre",
        "Foundation",
        "Partnership",
        "Chat",
        "App",
        "Media",
        "Line",
        "Bank",
        "Hospital",
        "School",
        "College",
        "University",
    ];
    let whole = format!("{first} {last}");
    crate::extract::places::by_alias(&whole).is_none()
        && crate::extract::places::by_alias(first).is_none()
        && crate::extract::places::area_mentions(&whole).is_empty()
        && !BODIES.contains(&last)
        && !BODIES.contains(&first)
}

/// "says Priya, now 31, from Leeds", "Tom, then 15, was", "'Kit' (a false name), then
/// 19,", "One woman helped by the service, now 19, said": a small whole number after a name,
/// or a person and the words describing them, and "now" or "then", set off by commas, is the
/// person's age.
fn is_named_persons_age(n: &Number, before: &str, after: &str) -> bool {
    // "'Rowan' (name changed), then 14,": a name in quote marks, or with an aside in
    // brackets after it, too.
    static NAME_NOW_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?:^|[^\p{L}'])['"\x{2018}\x{201C}]?\p{Lu}\p{Ll}+(?:['\x{2019}]s)?['"\x{2019}\x{201D}]?(?:\s*\([^()]{1,40}\))?,\s*(?:now|then)\s+$"#,
        )
    });
    // The person's word heads its phrase: the comma or the words describing them follow it
    // (a participle, a preposition, "who"), not another noun ("the victim support service",
    // "its child exploitation team", whose numbers are counts).
    static PERSON_NOW_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:girl|boy|man|woman|teenager|teen|schoolgirl|schoolboy|child|son|daughter|mother|father|mum|dad|pensioner|student|victim|survivor|youngster|pupil|brother|sister)(?:\s+(?:who|whom|whose|aged|from|in|at|of|on|with|by|to|for|[a-z]+ed|[a-z]+en|met|told|caught|held|kept|sent|found|left|taught|brought)\b[^.;:,!?]{0,60})?,\s*(?:now|then)\s+$",
        )
    });
    n.value < 120.0
        && n.value.fract() == 0.0
        && after.starts_with(',')
        && (before.ends_with("now ") || before.ends_with("then "))
        && (NAME_NOW_BEFORE.is_match(before) || PERSON_NOW_BEFORE.is_match(before))
}

/// "Rhodri was 19.", "Megan is 15, and …": a small whole number closing a clause that a
/// lone capitalised name opens (the sentence, or a quote or a clause after a colon) is that
/// person's age; not "The figure for Wigan was 87" or "In March the total was 45". A known
/// first name's clause may go on ("Ellie (not her real name) was 12 when …", "Callum is now
/// 16 and has left school").
fn is_named_age(n: &Number, before: &str, after: &str) -> bool {
    static NAME_WAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?:^|[:"]\s*)(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}[\p{L}'-]+))?(?:\s*\([^()]{1,40}\))?\s+(?:was|is)\s+(?:only\s+|just\s+|now\s+|still\s+)?$"#,
        )
    });
    // "the boy was 12", "the 'girl' was 14": a person told of by a word for one.
    static PERSON_WAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?i)\b(?:the|a|his|her|their|this)\s+['"]?(?:girl|boy|child|teenager|teen|schoolgirl|schoolboy|victim|youngster|pupil|son|daughter)['"]?\s+(?:was|is)\s+(?:only\s+|just\s+)?$"#,
        )
    });
    // "Megan Price was 15 when she was first contacted": the time the age was.
    static WHEN_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+when\b"));
    // "Callum is now 16 and has left school", "and 15 by the time": a known first name's
    // clause may go on.
    static GOES_ON: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+(?:when|and|by\s+the\s+time|at\s+the\s+time)\s"));
    let closes = after.is_empty()
        || after.starts_with(['.', ',', ';', '"', '\'', '!', '?'])
        || (after.starts_with(" when") && WHEN_AFTER.is_match(after));
    let small = n.value < 120.0 && n.value.fract() == 0.0;
    if !((closes || GOES_ON.is_match(after))
        && small
        && (before.ends_with("was ")
            || before.ends_with("is ")
            || before.ends_with("just ")
            || before.ends_with("only ")
            || before.ends_with("now ")
            || before.ends_with("still ")))
    {
        return false;
    }
    if PERSON_WAS_BEFORE.is_match(before) {
        return true;
    }
    // A window cut short of the sentence's start has no start to open the clause.
    let whole = before.len() == n.range.start;
    NAME_WAS_BEFORE.captures(before).is_some_and(|c| {
        let name = &c[1];
        (whole || c.get(0).is_some_and(|m| m.start() > 0))
            && (closes || crate::extract::quotes::first_name_gender(name).is_some())
            && !matches!(name, "It" | "This" | "That" | "There" | "He" | "She" | "What" | "Which" | "Who")
            && crate::extract::places::by_alias(name).is_none()
            && crate::extract::places::area_mentions(name).is_empty()
            && c.get(2).is_none_or(|last| is_persons_name(name, last.as_str()))
    })
}

/// "Now 27, and working as a nurse, she …", "Then 19, he told no one": a small whole number
/// after "Now" or "Then" opening a sentence, set off by a comma, is the age of the person the
/// sentence goes on about.
fn opens_with_an_age(n: &Number, before: &str, after: &str) -> bool {
    let whole = before.len() == n.range.start;
    whole
        && n.value < 120.0
        && n.value.fract() == 0.0
        && after.starts_with(',')
        && matches!(before.trim_start_matches(|c: char| !c.is_alphanumeric()).trim_end(), "Now" | "Then")
}

/// "five or six incidents", "four or five times": a small number in words joined by "or" to
/// the number next to it is a guess, not a count anyone made. Figures printed as digits ("41
/// or 42") are kept.
fn is_guess_between_neighbours(n: &Number, before: &str, after: &str) -> bool {
    const MAX_GUESS: f64 = 20.0;
    if !n.in_words || n.percent || n.value > MAX_GUESS || n.value.fract() != 0.0 {
        return false;
    }
    let word_after = after.trim_start().strip_prefix("or ").and_then(|rest| rest.split_whitespace().next());
    let word_before = before.trim_end().strip_suffix(" or").and_then(|rest| rest.split_whitespace().next_back());
    let neighbour = |word: Option<&str>, step: f64| {
        word.map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
            .filter(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
            .and_then(crate::extract::numbers::word_value)
            .is_some_and(|v| v == n.value + step)
    };
    neighbour(word_after, 1.0) || neighbour(word_before, -1.0)
}

/// "serving the town since 1859", "founded in 1884": a year before those the time phrases
/// read, printed as four digits after "since" or a word of founding, is no figure. ("up
/// from 1850 in 2022/23" and "in 1850 cases" are counts.)
fn is_old_year(s: &str, n: &Number, before: &str) -> bool {
    static SINCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:since|(?:founded|established|built|opened|formed|dating\s+(?:back\s+)?)(?:\s+(?:in|from|to))?|est\.?)\s+$",
        )
    });
    let printed = s.get(n.range.clone()).unwrap_or("");
    printed.len() == 4
        && printed.bytes().all(|b| b.is_ascii_digit())
        && (1700.0..1900.0).contains(&n.value)
        && SINCE_BEFORE.is_match(before)
}

/// "a UK helpline dealt with 22,227 cases", "the helpline answered 9,800": what a helpline
/// or advice line handled are contacts with it, not offences the police recorded.
fn handled_by_a_helpline(before: &str) -> bool {
    static HELPLINE_HANDLED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:helplines?|advice\s+lines?|support\s+lines?)\b[^.;:]{0,60}?\b(?:dealt\s+with|handled|answered|received|took|fielded|responded\s+to|logged|opened)\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|a\s+record)\s+)?$",
        )
    });
    (before.contains("elpline") || before.contains(" line")) && HELPLINE_HANDLED.is_match(before)
}

/// Words right after a number that make it an age, a duration (also the first of two, "20
/// or 30 years ago", "15 to 25 years"), a date (a month named in
/// English or, on bilingual pages, Welsh: "14 Tachwedd"), a time of day ("10
/// o'clock", "9pm", "12 noon"), a radio frequency ("102.4 FM", "95.8MHz"), a score or share
/// out of ten or a hundred ("four out of five", "scored 87 out of 100") or part of a
/// compound. An age is said as what the number is ("13, the most common age", "the average
/// age when first contacted"), not any "the … age" after it: "reached 310, the youngest age
/// group recorded" is a count.
static NOT_A_FIGURE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(SMALL_NUMBER_WORDS);
    compile(&format!(
        r"(?i)^(?:-(?:year|month|week|day|hour|minute|fold|strong|point|mile|page|bed|man|person|times)|(?:\s*(?:-|to|and|-\s*(?:to|and))\s*\d+)?\s*[\s-]?years?[\s-]+olds?\b|(?:\s+(?:or|to)\s+\d+)?\s+(?:(?:working|calendar|business|school|clear)\s+)?(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|decades?|centuries|mins?|secs?|hrs?)\b|\s?(?:kb|mb|gb)\b|(?:\s*[,:-])?\s+(?:(?:was|is)\s+)?the\s+(?:(?:most\s+)?(?:common|usual|typical|average|median|mean)\s+age\b|commonest\s+age\b|age\s+(?:at\s+which|when)\b)|\s+(?:of\s+(?:the\s+|all\s+)?(?:\d+\s+)?)?(?:(?:police|territorial|other|uk|regional|local|welsh|english|scottish|british|neighbouring|county|remaining|participating|responding|individual|separate)\s+)?(?:forces?|constabularies)\b|\s+out\s+of\s+(?:every\s+)?(?:\d{{1,2}}\b|100(?:[\s,.;:)]|$)|{words}\b)|\s+counts?\s+of\b|\s+times\b|\s+in\s+(?:every\s+)?(?:\d{{1,3}}(?:[\s,.;:)]|$)|(?:{words})\b)|\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\s+(?-i:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\b|:\d{{2}}\b|\s+o'?clock\b|\s*(?:am|pm|a\.m\.|p\.m\.)(?:\W|$)|\s+(?:noon|midday|midnight)\b|\s*(?:fm|mhz|khz)\b)",
    ))
});

/// "was recorded 1,187 times", "logged 640 times in 2023/24", "recorded stalking 1,187 times
/// by Avon and Somerset": an offence counted by the times it was recorded, where the clause
/// ends after "times" or a time or a place follows; not a multiple ("three times the
/// level", "reported 3 times more often").
fn recorded_times(before: &str, after: &str) -> bool {
    static RECORDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:recorded|logged|reported|flagged|committed)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:(?:more\s+than|over|nearly|almost|around|about|some|just\s+over|just\s+under)\s+)?$",
        )
    });
    static TIMES_ENDS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+times\b(?:\s*(?:$|[.,;:)\x{2013}-])|\s+(?:in|during|by|across|within|last|this|since|between|from|at|according)\b|\s+over\s+the\s+(?:past|last|previous|course|year|period|12|twelve)\b)",
        )
    });
    after.starts_with(" times") && TIMES_ENDS.is_match(after) && RECORDED_BEFORE.is_match(before)
}

/// Small numbers in words, which as the base of a rate ("one in ten") or a fraction ("four
/// out of five") make the number beside them no count.
const SMALL_NUMBER_WORDS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// The parts a text is divided into, which a number after them names: "section 4",
/// "pages 12 to 15", a meeting's agenda "Item 7" (or "Agenda item: 7", as a report's cover
/// prints it), a report's "Box 3.2", "Table 4", "Annex 2" or "Paragraph 5", a table's
/// "column 3" or "row 2"; a committee's "evidence session 3", a parliamentary question's
/// "UIN 48213".
const TEXT_PARTS: &[&str] = &[
    "session",
    "sitting",
    "uin",
    "column",
    "row",
    "section",
    "article",
    "chapter",
    "part",
    "clause",
    "page",
    "item",
    "box",
    "table",
    "question",
    "appendix",
    "annex",
    "paragraph",
    // An inspection's numbered findings: "Area for improvement 4", "Recommendation 2".
    "recommendation",
    "area for improvement",
    // A plan's numbered aims: "Priority 3 of the Police and Crime Plan".
    "priority",
];

/// Words right before a number that make it a label ("Table 3", "Figure B.1", "Quarter
/// 2"), a rank ("Rank 1 = highest"), a date (a
/// month named in title case or, as a wire's embargo line prints it, in capitals), a
/// key to press ("press 55"), a page's count of comments or shares ("Comments (12)", "Share
/// 30"), an issue of a paper ("Issue 512"), what a speaker has ("my 3 kids"), a radio
/// station's frequency after its name ("Heart FM 102.7"), a part of an address ("Unit 4",
/// "Suite 12"), the base of a rate or the denominator of a fraction ("nine in 10", "four
/// out of five").
static NOT_A_FIGURE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?:&\#x?|(?i:\b(?:{})\s*:\s*)|(?i:\b(?:{}|channel|no\.?|rank(?:ed)?|act|bill|tier|level|category|grade|room|flat|(?:at|house|door)\s+number|route|bus|junction|platform|series|season|episode|phase|stage|step|covid|top|per|every|each|press(?:ing)?|option|extension|quarter))\s*|(?i:\b(?:{}|figure|chart)\s+[a-z]\.)|\b(?:Figure|Chart|Fig\.|Year|January|February|March|April|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s*|(?i:\b(?:\d+(?:st|nd|rd|th)?|{})\s+(?:in|out\s+of)\s+(?:every\s+)?)|(?:^|[^/\d])\d{{1,2}}:|(?i:\b(?:comments?|replies|shares|likes|views|reactions)\s*\(\s*)|(?i:\b(?:comments?|replies|shares?)\s*:?\s*)|(?i:\b(?:issue|vol\.?|volume|edition)\s*)|(?i:\b(?:my|our)\s+)|\b(?:FM|DAB|Unit|Suite|Block|Plot|Floor|Building)\s+)$",
        alternation(TEXT_PARTS),
        alternation(TEXT_PARTS),
        alternation(TEXT_PARTS),
        alternation(SMALL_NUMBER_WORDS)
    ))
});

/// "Percentages may not sum to 100", "shares add up to 100 per cent": the whole that shares
/// make, no statistic.
fn is_whole_of_shares(n: &Number, before: &str) -> bool {
    static SUM_TO: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:sum|add(?:\s+up)?|total|come)\s+to\s+(?:exactly\s+)?$"));
    n.value == 100.0 && before.ends_with("to ") && SUM_TO.is_match(before)
}

/// "where the victim was under 16 at the time of the offence", "pupils who are under 13 at
/// the date of the report": a person said to be under an age, with no noun of offences right
/// after the number, gives an age, whatever offences the words further on name.
fn someone_was_under(before: &str, after: &str) -> bool {
    static WAS_UNDER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:was|were|is|are|be|being|been)\s+(?:under|over)\s*$"));
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    classify_word(&next) != Noun::Count && WAS_UNDER.is_match(before)
}

/// "Of the 39 forces that responded, 30 reported a rise", "Of London's 32 boroughs, 21 saw a
/// fall", "Of the county's 12 districts, nine …": a number of the forces or areas just named.
static OF_THE_FORCES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bof\s+(?:the|these|those|all|its|their|[\w-]+(?:'s|\x{2019}s|s'))\s+(?:[\w'\x{2019}-]+\s+){0,2}?(?:police\s+)?(?:forces|constabularies|boroughs|districts|council\s+areas|local\s+authorities|wards|divisions|counties)\b[^.;:,]{0,80},\s*(?:only\s+|just\s+|some\s+)?$",
    )
});

/// "4,120 burglaries were recorded", "1,210 knife offences", "640 more burglaries": a number
/// followed, before any verb, by a noun of offences it counts ("21 saw thefts fall" has the
/// verb first: the number counts the areas just named).
fn names_its_offences(after: &str) -> bool {
    const VERBS: &[&str] = &[
        "saw", "see", "sees", "had", "has", "have", "were", "was", "are", "is", "rose", "fell", "did", "got", "showed",
    ];
    for word in after.split_whitespace().take(3) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        if classify_word(&bare) == Noun::Count {
            return true;
        }
        if bare.ends_with("ed") || VERBS.contains(&bare.as_str()) || word.ends_with([',', '.', ';', ':']) {
            return false;
        }
    }
    false
}

/// "Fraud reports in Gwent top 4,500 as victims lose £11m", "Burglaries could top 1,000":
/// "top" as the verb of a total passing a value (after a plural noun, perhaps with its place,
/// or a modal, with no noun counted after the number), not the label of a ranking ("the top
/// 10", "reveals top 20 areas", "Kent's top 5").
pub(super) fn tops_a_value(before: &str, after: &str) -> bool {
    static TOP_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:([a-z]+[a-rt-z]s)(?:\s+(?:in|across|for)\s+(?:the\s+)?(?-i:\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,2}))?|could|will|would|may|might|to|set\s+to|expected\s+to)\s+top\s+(?:(?:more\s+than|over|nearly|almost)\s+)?$",
        )
    });
    static ENDS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:\s*(?:$|[.,;:!?)'\x{22}\x{2019}\x{201D}-])|\s+(?:as|for|in|after|amid|since|despite|while|with|at|on|across|this|last|a|an|and|but|mark|figure)\b)",
        )
    });
    let plural_not_possessive = |c: &regex::Captures| {
        c.get(1).is_none_or(|w| {
            !matches!(w.as_str().to_ascii_lowercase().as_str(), "its" | "his" | "this" | "was" | "has" | "does" | "us")
        })
    };
    ENDS_AFTER.is_match(after) && TOP_VERB_BEFORE.captures(before).is_some_and(|c| plural_not_possessive(&c))
}

/// "one crime in five", "two victims in every three": a fraction in words with its noun
/// between the two numbers.
fn is_fraction_in_words(n: &Number, after: &str) -> bool {
    static OF_EVERY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:[a-z-]+\s+){1,2}?in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|\d{1,3})(?:\s*[,.;:)!?'\x{22}\x{201D}\x{2019}]|\s*$|\s+(?:as|were|was|is|are|had|have|has|of|in|across|nationally|online)\b)",
        )
    });
    n.in_words && !n.percent && n.value <= 10.0 && after.contains(" in ") && OF_EVERY_AFTER.is_match(after)
}

/// "requests to all 39 forces, 35 of which replied", "43 forces in England and Wales, 39 of
/// which …", "33 councils in London, 29 of which …": a number of the forces or councils just
/// named (with the ground they cover), told as a part of them.
fn is_part_of_forces(before: &str, after: &str) -> bool {
    static FORCES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:forces|constabularies|councils)(?:\s+(?:in|across|covering|throughout)\s+[^,.;:\d]{2,40}?)?\s*,\s*(?:only\s+|just\s+|some\s+)?$",
        )
    });
    static OF_WHICH_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:which|whom|them|these)\b"));
    before.ends_with(", ") && FORCES_BEFORE.is_match(before) && OF_WHICH_AFTER.is_match(after)
}

/// "the charity supported 240 women and 310 children", "had helped 85 girls", "the team
/// identified 60 children at risk", "refuges turned away 90 women and 120 children", "is
/// working with 40 children": people a
/// service helped, found or had no room for, counted after its verb, not offences against them.
fn persons_helped(before: &str, after: &str) -> bool {
    static HELPED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b(?:{}|contacted|reached|educated|housed|sheltered|turned\s+away|cared\s+for|(?:work|works|working|worked)\s+with|identified|located|traced|referred)\s+(?:(?:a\s+total\s+of|some|around|about|more\s+than|over|nearly|almost)\s+)?(?:[\d,]+\s+[a-z-]+(?:\s+[a-z-]+)?,?\s+(?:and|as\s+well\s+as)\s+(?:(?:some|around|about|more\s+than|over|nearly|almost)\s+)?)?$",
            alternation(HELPING_VERBS)
        ))
    });
    static PERSONS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:children|child|girls|boys|victims|babies|young\s+people)\b")
    });
    PERSONS_AFTER.is_match(after) && HELPED_BEFORE.is_match(before)
}

/// "victims were over 60", "those who died were under 25": people said to be over or under
/// a whole number of years is their age, up to any age a person can be.
fn people_were_aged(before: &str, n: &Number) -> bool {
    const MAX_AGE: f64 = 110.0;
    static PEOPLE_WERE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:victims|people|children|women|men|adults|drivers|residents|pensioners|offenders|suspects|users|those|most|many|half|all)(?:\s+\w+){0,5}?\s+(?:were|are|was|is)\s+(?:(?:all|mostly|aged)\s+)?(?:over|under)\s*$",
        )
    });
    !n.percent && !n.money && n.value <= MAX_AGE && n.value.fract() == 0.0 && PEOPLE_WERE.is_match(before)
}

/// "charged 90 drivers", "a further 75 were charged", "searched 1,200 people": people the
/// police acted on are counted, not offences. An offence noun after the number still
/// counts offences ("charged with 40 offences" has no number after the verb).
fn people_dealt_with(before: &str, after: &str) -> bool {
    // "arrested" is read apart ([`people_arrested`]): arrests said to be for an offence stay counts.
    const VERBS: &str = "charged|cautioned|convicted|jailed|imprisoned|detained|prosecuted|summonsed|\
sentenced|fined|stopped|searched|breathalysed|questioned";
    static VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b(?:{VERBS})\s+(?:(?:a\s+(?:total|further)\s+of|another|some|around|about|almost|nearly|just|more\s+than|over|fewer\s+than)\s+)?$"
        ))
    });
    static VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:(?:people|persons|men|women|drivers|motorists|suspects|adults|youths|teenagers|individuals|offenders|others|more)\s+)?(?:(?:were|was|have\s+been|had\s+been|being|are)\s+)?(?:(?:later|subsequently|also|then)\s+)?(?:{VERBS})\b"
        ))
    });
    static OFFENCE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+){0,3}?(?:offences?|crimes?|cases|incidents|reports)\b"));
    // Every verb ends in "ed": a cheap test rules most numbers out before the patterns run.
    (((before.contains("ed ") && VERB_BEFORE.is_match(before)) || (after.contains("ed") && VERB_AFTER.is_match(after)))
        && !OFFENCE_AFTER.is_match(after))
        || people_arrested(before, after)
}

/// "arrested 247 drivers over Christmas", "a further 60 were arrested": people arrested are
/// people, as "247 arrests" are no offences. Not when the words after say what they were
/// arrested for ("arrested 243 drivers for drink-driving", "… on suspicion of …"): gold
/// answers disagree on whether those count the offences caught, and are left as counts.
fn people_arrested(before: &str, after: &str) -> bool {
    static ARRESTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\barrested\s+(?:(?:a\s+(?:total|further)\s+of|another|some|around|about|almost|nearly|just|more\s+than|over)\s+)?$",
        )
    });
    static ARRESTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:(?:people|persons|men|women|drivers|motorists|suspects|adults|youths|teenagers|individuals|offenders|others|more)\s+)?(?:(?:were|was|have\s+been|had\s+been|being)\s+)?(?:(?:later|subsequently|also|then)\s+)?arrested\b",
        )
    });
    // "arrested 243 drivers for drink-driving", "were arrested on suspicion of burglary".
    static FOR_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+){0,5}?(?:for|on\s+suspicion\s+of|in\s+connection\s+with)\b"));
    let arrested = (before.contains("arrested") && ARRESTED_BEFORE.is_match(before))
        || (after.contains("arrested") && ARRESTED_AFTER.is_match(after));
    arrested && !FOR_AFTER.is_match(after)
}

/// "We had 212 referrals in the last year", "our team received 90 referrals", "the clinic,
/// set up in 2021, has handled 640 referrals": referrals a speaker's service (or a service
/// named as the subject) had or made are people sent on to it or by it, not offences.
fn referrals_a_service_had(before: &str, after: &str) -> bool {
    static SERVICE_HAD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:clinic|service|team|unit|hub|helpline|charity|refuge|centre|center|project|scheme|programme)(?:,[^,;:]{1,100},)?\s+(?:(?:has|had|have|also|now)\s+)?(?:had|received|got|taken|took|handled|dealt\s+with|seen|saw)\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|just\s+over|just\s+under)\s+)?$",
        )
    });
    static WE_HAD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:we|we've|we'd|our\s+(?:service|team|charity|refuge|centre|project|unit|staff))\s+(?:(?:have|had|has|also|now)\s+)?(?:had|received|got|taken|took|handled|made|dealt\s+with|seen|saw)\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|just\s+over|just\s+under)\s+)?$",
        )
    });
    static REFERRALS_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+)?referrals\b"));
    after.contains("referrals")
        && REFERRALS_AFTER.is_match(after)
        && (WE_HAD_BEFORE.is_match(before) || SERVICE_HAD_BEFORE.is_match(before))
}

/// "9,100 domestic incidents that did not amount to a crime", "1,200 non-crime incidents",
/// "3,400 reports of anti-social behaviour": what the text says (or the law holds) are no
/// crimes is counted, but not as offences.
fn not_crimes(after: &str) -> bool {
    static NO_CRIME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^.;:\d]{0,80}?(?:\bnon-crimes?\b|\b(?:did|do|does|would)\s*(?:not|n't)\s+(?:amount\s+to|constitute|count\s+as|meet\s+the\s+(?:\w+\s+)?(?:threshold|definition)\s+(?:for|of))\s+(?:a\s+|an\s+)?(?:criminal\s+offences?|crimes?|offences?)\b|\bnot\s+(?:recorded|classed|classified|counted)\s+as\s+(?:a\s+)?crimes?\b)",
        )
    });
    static ANTISOCIAL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:\s+(?:reports?|incidents?|cases?|complaints?|calls?|of|about|for))*\s+anti[\s-]?social\s+behaviou?r\b",
        )
    });
    (after.contains("crim") && NO_CRIME.is_match(after)) || (after.contains("social") && ANTISOCIAL.is_match(after))
}

/// "… where four were recorded": a bare number that offences are counted by.
static RECORDED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:such\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:recorded|logged|reported|flagged|committed)\b",
    )
});

/// "… the fewest crimes, with twenty-three recorded": a number the offences just named were
/// recorded by, the participle right after it.
fn with_recorded(before: &str, after: &str) -> bool {
    static WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\bwith\s+(?:(?:just|only|a\s+mere|some|around|about|nearly|almost|barely|over|more\s+than)\s+)?$")
    });
    static PARTICIPLE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:recorded|logged|reported|flagged)\b"));
    PARTICIPLE_AFTER.is_match(after) && WITH_BEFORE.is_match(before)
}

/// "had more than 40,000 on a single hard drive", "found 3,100 on his laptop": a bare
/// number of things kept on a device (images, files), not offences.
static STORED_ON_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:stored\s+|saved\s+|kept\s+|held\s+)?on\s+(?:a|an|one|his|her|their|the|its)\s+(?:single\s+|seized\s+|personal\s+|work\s+|own\s+)?(?:hard\s+drives?|phones?|mobile(?:\s+phones?)?|computers?|laptops?|devices?|tablets?|memory\s+sticks?|usb\s+sticks?|external\s+drives?)\b",
    )
});

/// "At least one crime", "more than one offence", "one crime is one too many", "one offence
/// can be recorded under two headings", "One victim, who asked not to be named, said": a
/// threshold, a figure of speech, a general case or a person introduced, not a count of one.
fn is_idiomatic_one(s: &str, before: &str, after: &str) -> bool {
    static GENERAL_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+[\w-]+\s+(?:can|could|may|might|will|would|should|must)\b"));
    static THRESHOLD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:at\s+least|more\s+than|no\s+more\s+than|any|every|not\s+a\s+single|not)\s+$")
    });
    static TOO_MANY: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bone\s+too\s+many\b"));
    // "One victim from the county, who asked not to be named, said": a person brought in to
    // speak or be described.
    static PERSON_INTRODUCED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+[a-z-]+(?:\s+(?:from|in|of|at)\s+[^,.;:\d]{1,40})?(?:\s*,\s*(?:who|whose|now|then|aged)\b|\s+(?:said|says|told|tells|added|recalled|recalls|described|describes|explained|explains)\b)",
        )
    });
    static ONLY_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:only|just)\s+$"));
    // "In one case, burglars struck 31 homes": an example brought in, not a count of cases;
    // so with no comma when the sentence opens on it ("In one case a woman of 82 lost …", "In
    // one case 14 victims were …").
    static EXAMPLE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:case|instance|incident|example|attack|raid)\s*,"));
    static OPENING_EXAMPLE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:case|instance|example)\s+(?:[a-z]|\d)"));
    let ends_in =
        before.as_bytes().get(before.len().saturating_sub(3)..).is_some_and(|end| end.eq_ignore_ascii_case(b"in "));
    let opens = before.trim_start_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case("in ");
    let example = ends_in && (EXAMPLE.is_match(after) || opens && OPENING_EXAMPLE.is_match(after));
    example
        || THRESHOLD_BEFORE.is_match(before)
        || (PERSON_INTRODUCED.is_match(after) && !ONLY_BEFORE.is_match(before))
        || after.trim_start().starts_with("or more")
        || after.trim_start().starts_with("of ")
        || TOO_MANY.is_match(s)
        || GENERAL_AFTER.is_match(after)
}

/// "on course to pass the 100 mark", "set to exceed 1,200", "could top 5,000": a value a total
/// is only said to be heading for (a projection, a forecast, a modal), not one it reached.
fn is_only_heading_for(before: &str) -> bool {
    static HEADING_FOR: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:(?:on\s+(?:course|track|target)|set|expected|likely|poised|forecast|projected|predicted|tipped|due|going)\s+to|could|will|would|may|might|should)\s+(?:soon\s+|easily\s+|even\s+|now\s+)?(?:pass|top|reach|hit|exceed|surpass|break|cross)\s+(?:the\s+)?(?:(?:more\s+than|over|nearly|almost|about|around)\s+)?$",
        )
    });
    before.ends_with(' ') && HEADING_FOR.is_match(before)
}

/// "the largest among forces with more than 100 offences", "areas recording at least 50
/// crimes", "those with fewer than 20": a threshold that picks out which places a comparison
/// is among, not a count any of them recorded.
fn is_group_threshold(before: &str) -> bool {
    static THRESHOLD: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:forces|constabularies|areas|divisions|districts|boroughs|councils|authorities|regions|counties|those|ones|places)\s+(?:with|having|recording|logging|reporting|(?:that|which)\s+(?:recorded|logged|reported|had|saw|have|has))\s+(?:more|fewer|less|over|under|above|below|at\s+least|at\s+most|upwards\s+of)(?:\s+than)?\s+$",
        )
    });
    let last = before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    ["than", "least", "most", "over", "under", "above", "below", "of"].contains(&last.to_ascii_lowercase().as_str())
        && THRESHOLD.is_match(before)
}

/// "a population of fewer than 320,000", "with almost two million children living in the
/// capital", "home to 90,000 people": how many people live in a place, which a rate is set
/// against, not a count of anything that happened to them (a figure of another kind).
fn is_population(before: &str, after: &str) -> bool {
    static POPULATION_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bpopulations?\s+(?:of\s+)?(?:(?:just\s+|some\s+)?(?:about|around|roughly|almost|nearly|over|under|more\s+than|fewer\s+than|less\s+than|below|above)\s+)?$",
        )
    });
    static WITH_OR_HOME_TO: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:with|home\s+to)\s+(?:(?:just\s+|some\s+)?(?:about|around|roughly|almost|nearly|over|under|more\s+than|fewer\s+than|less\s+than)\s+)?$",
        )
    });
    static LIVING_IN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:[a-z-]+\s+){0,2}?(?:people|children|young\s+people|adults|residents|inhabitants|households)\s+(?:(?:who|that)\s+)?(?:live|living|lived|reside|residing)\s+(?:in|across|within)\b",
        )
    });
    static HOME_TO: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bhome\s+to\s+(?:[a-z]+\s+){0,2}$"));
    static PEOPLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s+(?:people|children|young\s+people|adults|residents|inhabitants|households)\b")
    });
    before.contains("opulation") && POPULATION_OF.is_match(before)
        || after.contains("liv") && LIVING_IN.is_match(after) && WITH_OR_HOME_TO.is_match(before)
        || before.contains("home") && HOME_TO.is_match(before) && PEOPLE_AFTER.is_match(after)
}

/// "from 11 to 17 November", "4-10 March": the first day of a range of dates.
fn is_first_day(n: &Number, after: &str) -> bool {
    static DAY_RANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\s*(?:-|to|and|until)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b",
        )
    });
    !n.percent && n.value <= 31.0 && n.value.fract() == 0.0 && DAY_RANGE_AFTER.is_match(after)
}

/// "Thursday, May 23, 2019", "on May 4", "MONDAY MAY 12": a day of May printed month first.
/// (The other months before a number are labels in [`NOT_A_FIGURE_BEFORE`]; "May" is also a
/// verb, so a day of it is one only with a year after it or a preposition of time or a day
/// of the week before it.)
fn is_day_of_may(n: &Number, before: &str, after: &str) -> bool {
    static MAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(?:May|MAY)\s$"));
    static OF_TIME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\b(?i:on|since|until|till|from|by|before|after|of|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:May|MAY)\s$",
        )
    });
    static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"));
    let day = !n.percent && !n.money && n.value >= 1.0 && n.value <= 31.0 && n.value.fract() == 0.0;
    day && (before.ends_with("May ") || before.ends_with("MAY "))
        && MAY_BEFORE.is_match(before)
        && (YEAR_AFTER.is_match(after) || OF_TIME_BEFORE.is_match(before))
}

/// Nouns of the areas policing is divided into, counted like forces: "the 13 local policing
/// divisions", "five force areas", "the city's 19 council wards", "43 … chief constables"
/// (one a force), "all four nations" of the UK, "12 BCUs" (basic command units, as "six
/// basic command units" are).
const AREA_NOUNS: &[&str] = &[
    "forces",
    "bcus",
    "ocus",
    "nations",
    "wards",
    "constabularies",
    "divisions",
    "boroughs",
    "districts",
    "regions",
    "counties",
    "areas",
    "authorities",
    "authority",
];

/// "13 local policing divisions", "all 43 territorial police forces", "43 operationally
/// independent and locally accountable chief constables": a number of areas or forces, after
/// a few words that describe them, is no statistic.
fn counts_areas(after: &str) -> bool {
    let mut previous = "";
    for word in after.split_whitespace().take(8) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
        let of_two_words = (bare == "constables" && previous == "chief") || (bare == "units" && previous == "command");
        if AREA_NOUNS.contains(&bare.as_str()) || of_two_words {
            return true;
        }
        let joins = bare == "and";
        // "command" of "basic command units", which names what it describes.
        let joins = joins || bare == "command";
        let describes = !bare.is_empty()
            && bare.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && classify_word(&bare) == Noun::Unknown
            && !super::nouns::ends_phrase(&bare);
        if !(joins || describes) || word.ends_with([',', '.', ';', ':', ')']) {
            return false;
        }
        previous = match bare.as_str() {
            "chief" => "chief",
            "command" => "command",
            _ => "",
        };
    }
    false
}

/// "a man she believed was 16", "claiming to be 14": an age someone pretended or was taken
/// to have.
fn is_claimed_age(n: &Number, before: &str) -> bool {
    static CLAIMED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:claim(?:ed|ing|s)?|pretend(?:ed|ing|s)?|believ(?:ed|ing|es)|thought|said|posing\s+as|posed\s+as)\s+(?:(?:he|she|they|it)\s+(?:was|were|is|are)\s+|to\s+be\s+|(?:was|is)\s+)(?:only\s+|just\s+|aged\s+)?$",
        )
    });
    !n.percent && n.value <= 21.0 && CLAIMED_BEFORE.is_match(before)
}

/// "She said she was 19 but was in fact 31", "the 'boy of 14' was actually 47": a
/// small whole number said "in fact" (or "actually", "really") to be what someone was, with
/// nothing counted after it, after an age the sentence told first (`age_told`), is the real
/// age that one hid.
fn is_age_in_fact(n: &Number, before: &str, after: &str, age_told: bool) -> bool {
    static IN_FACT_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:is|was|are|were)\s+(?:in\s+fact|in\s+reality|actually|really)\s+$"));
    static NOTHING_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r#"^\s*(?:$|[,.;:!?)"']|(?:and|when|at\s+the\s+time)\b)"#));
    age_told
        && !n.percent
        && !n.money
        && n.value < 120.0
        && n.value.fract() == 0.0
        && (before.ends_with("fact ") || before.ends_with("reality ") || before.ends_with("ly "))
        && IN_FACT_BEFORE.is_match(before)
        && NOTHING_AFTER.is_match(after)
}

/// "teenage boys, usually 14 to 17", "young men, typically 15 to 17": a range of small numbers right after the people it
/// describes is their ages.
fn is_age_range(n: &Number, before: &str, after: &str) -> bool {
    static RANGE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"^\s*(?:-|to)\s*(?:1\d|[2-9])\b(?:\s*(?:$|[.;,)]|and\b|or\b))"));
    static PERSONS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:boys|girls|children|victims|teenagers|youngsters|pupils|young\s+people|men|women|adults|lads)\b[^.;:\d]{0,30}$",
        )
    });
    !n.percent && n.value <= 19.0 && RANGE_AFTER.is_match(after) && PERSONS_BEFORE.is_match(before)
}

/// "Image 3 of 8", "Photo 2/6", "Slide 4 of 10": a picture's place in a gallery, page
/// furniture, both of its numbers.
fn is_gallery_position(before: &str, after: &str) -> bool {
    /// What a gallery or a guide numbers, each in the singular or the plural.
    const ITEMS: &[&str] = &["image", "photo", "picture", "slide", "video", "page", "step", "item"];
    static ITEM_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)\b(?:{})s?\s*$", alternation(ITEMS))));
    static OF_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:of|/)\s*\d"));
    static ITEM_OF_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)\b(?:{})s?\s*\d{{1,3}}\s*(?:of|/)\s*$", alternation(ITEMS))));
    let of_after = after.trim_start().starts_with("of ") || after.trim_start().starts_with('/');
    let of_before = before.trim_end().ends_with(['f', '/']);
    (of_after && ITEM_BEFORE.is_match(before) && OF_AFTER.is_match(after))
        || (of_before && ITEM_OF_BEFORE.is_match(before))
}

/// "a 2,000-word report", "a 12-storey block": a number hyphened to a word describes the
/// noun after it and counts nothing; "500-plus" and "40-odd" still count. (Its word list is
/// not [`NOT_A_FIGURE_AFTER`]'s: those hyphened words make an age or a duration, which also
/// opens a range of ages; any other hyphened word only makes the number no figure.)
fn is_compound_modifier(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('-') else { return false };
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    !word.is_empty() && !matches!(word.as_str(), "plus" | "odd" | "year" | "years")
}

/// "CC BY 4.0", "CC BY-SA 3.0", "version 2": the version of a licence or of a document.
fn is_version(before: &str) -> bool {
    static VERSION: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?:\bCC[\s-]BY(?:-(?:SA|NC|ND)){0,3}|(?i:\bversion|\bver\.))\s*$"));
    (before.contains("CC") || before.contains("ver")) && VERSION.is_match(before)
}

/// "pupils in years 7 to 9", "years 10 and 11": school years, not counts. (A capitalised
/// "Year 9" is already a label to [`NOT_A_FIGURE_BEFORE`]; this reads the plural, the lower
/// case and ranges, which need a school word or a second year to be told from durations.)
fn is_school_year(n: &Number, before: &str, after: &str) -> bool {
    static YEARS_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\byears?\s+$"));
    static RANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\byears?\s+\d{1,2}\s*(?:-|to|and|or)\s*$"));
    static SCHOOL_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^(?:\s*(?:-|to|and|or)\s*\d{1,2}\b|\s+(?:pupils|students|classes|groups?)\b)"));
    let small = n.value >= 1.0 && n.value <= 13.0 && n.value.fract() == 0.0 && !n.in_words && !n.percent;
    small
        && before.contains("ear")
        && (RANGE_BEFORE.is_match(before) || (YEARS_BEFORE.is_match(before) && SCHOOL_AFTER.is_match(after)))
}

/// "sections 1, 2 and 4 of the Act", "pages 12 to 15": numbers listed after a plural name of
/// the parts of a text are those parts, not figures: the plurals of [`TEXT_PARTS`] ("boxes",
/// "annexes", "appendices"). (Schedules, regulations and rules are read only in the plural
/// here: [`NOT_A_FIGURE_BEFORE`] does not read them.)
fn in_list_of_parts(before: &str) -> bool {
    static PARTS_LIST: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b(?:(?:{})(?:e?s)|appendices|schedules|regulations|rules)\s+(?:\d+[a-z]?\s*(?:,|and|or|to|-)\s*)*$",
            alternation(TEXT_PARTS)
        ))
    });
    PARTS_LIST.is_match(before)
}

/// "told BBC Radio 4's Today programme", "speaking to Channel 4 News", "on Radio 5 Live": a
/// number printed in a broadcaster's or station's name, right after a capitalised "Radio" or
/// "Channel" (or the "5" of "5 Live"), names the station; it counts nothing.
fn is_station_name(n: &Number, before: &str, after: &str) -> bool {
    let after_name = before.ends_with("Radio ") || before.ends_with("Channel ");
    let five_live = n.value == 5.0 && after.starts_with(" Live");
    (after_name || five_live) && !n.percent && !n.money && !n.in_words && n.value < 10.0 && n.value.fract() == 0.0
}

/// "14 Market Street, Lancaster", "moved to 2 Abbey Road in 2021": a house number before a
/// street's name, where the name ends its phrase (not "40 High Street shops", which counts
/// shops).
fn is_street_number(n: &Number, after: &str) -> bool {
    static STREET_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\s(?:\p{Lu}[\w'-]*\s+){1,3}(?:Street|Road|Lane|Avenue|Place|Square|Terrace|Crescent|Drive|Close|Row|Gardens|Parade|Walk)\b(?:\s*[,.;:)]|\s*$|\s+\p{Lu}|\s+(?:in|on|at|and|or|near|since)\b)",
        )
    });
    let capital_next = after.chars().nth(1).is_some_and(char::is_uppercase);
    capital_next
        && after.starts_with(' ')
        && !n.in_words
        && !n.percent
        && !n.money
        && n.value.fract() == 0.0
        && n.value < 10_000.0
        && STREET_AFTER.is_match(after)
}

/// "[Home][3]", "[12]": a number alone in square brackets is a link or note reference.
fn is_reference(before: &str, after: &str) -> bool {
    before.ends_with('[') && after.starts_with(']')
}

/// "61 of them", "(2023/24: 14)": a number told as a part of the one before, or as its value
/// in another year, in brackets after it.
fn refers_back(before: &str, after: &str) -> bool {
    static OF_THEM_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:them|these|those|which|whom)\b"));
    static BRACKET_LABEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"\([^()]{1,24}:\s*$"));
    (after.starts_with(" of ") && OF_THEM_AFTER.is_match(after))
        || (before.ends_with(": ") && BRACKET_LABEL_BEFORE.is_match(before))
}

/// "Four of the seven recorded fewer offences", "nine reported a rise": a number with no
/// noun of its own, standing as the subject of a verb of recording that goes on to a
/// comparison, counts those who recorded (forces or areas named before), not offences. Not
/// "3,000 had more than one victim": "more than" a quantity is how many of something else
/// each had, not a comparison.
fn counts_those_recording(after: &str) -> bool {
    const VERBS: &[&str] = &["recorded", "reported", "logged", "saw", "showed", "had"];
    static SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:of\s+(?:the|these|those)\s+(?:\d{{1,3}}|{})\s+)?(?:{})\s+(?:an?\s+)?(?:more|fewer|less|higher|lower|rises?|falls?|increases?|decreases?|drops?|reductions?)\b",
            alternation(SMALL_NUMBER_WORDS),
            alternation(VERBS)
        ))
    });
    static QUANTITY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:of\s+(?:the|these|those)\s+(?:\d{{1,3}}|{})\s+)?(?:{})\s+(?:more|fewer|less)\s+than\s+(?:[\d,.]+|an?|{})\b",
            alternation(SMALL_NUMBER_WORDS),
            alternation(VERBS),
            alternation(SMALL_NUMBER_WORDS)
        ))
    });
    VERBS.iter().any(|v| after.contains(v)) && SUBJECT_AFTER.is_match(after) && !QUANTITY_AFTER.is_match(after)
}

/// "Of the assaults in Kent, 612 left the officer injured", "Of the 400 arrests, 120 involved
/// children": a bare number after a sentence's opening "Of the …," is a part of what that
/// phrase names, and a verb right after it ("left", "involved", "concerned") starts the rest
/// of the clause, whose nouns count nothing. What the phrase counts ([`Noun::Unknown`] if it
/// names nothing either list knows).
fn partitive_frame(before: &str, after: &str) -> Option<Noun> {
    static FRAME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:^|[.;:!?]\s+)[\W]*of\s+(?:the|these|those|this|its|their|all|(?:last|this|that)\s+year's)\s+((?:[^,;:.!?\d]|\d,\d|\d)+?)\s*,\s*(?:(?:some|only|just|about|around|nearly|almost|more\s+than|over|fewer\s+than)\s+)?$",
        )
    });
    let first = after.split_whitespace().next().unwrap_or("");
    let verb = !first.is_empty()
        && first.chars().all(|c| c.is_ascii_lowercase())
        && classify_word(first) == Noun::Unknown
        && !super::nouns::ends_phrase(first)
        && !matches!(first, "of" | "per" | "more" | "fewer" | "less" | "out");
    if !verb || !before.contains(',') || !before.to_ascii_lowercase().contains("of ") {
        return None;
    }
    let phrase = FRAME.captures(before)?.get(1)?.as_str();
    Some(head_noun(&format!(" {phrase}")))
}

/// "Of those arrested, 96 were over the limit", "Of the drivers stopped in Kent, 40 were
/// women": a number after a sentence's opening "Of those" the police acted on (or a survey
/// asked) is a part of those people, whatever the words after it say they were.
fn part_of_those_dealt_with(before: &str) -> bool {
    static THOSE_DEALT_WITH: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)(?:^|[.;:!?]\s+)\W*of\s+(?:those|the\s+(?:[\w-]+\s+)?(?:people|persons|drivers|motorists|men|women|adults|suspects|individuals))\s+(?:(?:who\s+)?(?:were|was|had\s+been|have\s+been)\s+)?(?:arrested|charged|cautioned|convicted|jailed|detained|stopped|searched|tested|breathalysed|questioned|{}|{})\b[^.;:!?\d]{{0,60}},\s*(?:(?:some|only|just|about|around|nearly|almost|more\s+than|over|fewer\s+than)\s+)?$",
            alternation(HELPING_VERBS),
            alternation(ASKING_VERBS)
        ))
    });
    before.contains(',') && before.to_ascii_lowercase().contains("of ") && THOSE_DEALT_WITH.is_match(before)
}

/// "arrested 389 people, down 8% from 423", "made 247 arrests over the month, compared with
/// 221 a year earlier": a bare value a comparison starts from, in the clause of a count of
/// something other than offences (with only a change between them), counts what that does.
fn baseline_of_things(s: &str, n: &Number, out: &[Candidate]) -> bool {
    let Some(counted) = out.iter().rev().find(|c| !c.number.percent) else { return false };
    let changes_between = out.iter().rev().take_while(|c| c.number.percent).count();
    let between = s.get(counted.number.range.end..n.range.start).unwrap_or(";");
    counted.not_offences
        && counted.kind == Kind::Other
        && changes_between <= 1
        && !between.contains([';', '.'])
        && between.split_whitespace().all(|w| classify_word(w) != Noun::Count)
}

/// "safeguarded 40 people, including 12 children", "67 arrests, among them 9 women", "900
/// searches, of which 41 found a weapon": a part named after "including" counts what the
/// number before it counts.
fn part_of_previous(before: &str) -> bool {
    let b = before.trim_end();
    let b = [" some", " at least"].iter().find_map(|h| b.strip_suffix(h)).unwrap_or(b);
    [", including", ", among them", ", of whom", ", of which", "- including"].iter().any(|w| b.ends_with(w))
}

/// "33 gave complete figures", "six declined to answer", "1,200 said they had", "2,000
/// households, 1,450 of which answered": a bare number that answered a request or a survey
/// counts those asked (forces, people), not offences.
static RESPONDENTS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)^\s+(?:(?:of\s+(?:them|these|those|which|whom|the\s+[\w-]+)(?:\s+(?:{}|asked))?|in\s+all|in\s+total|only|also)\s+)?(?:gave|provided|supplied|responded|replied|answered|returned|shared|disclosed|declined|refused|said|say|says|told|admitted|agreed|felt|believed|thought)\b",
        alternation(ASKING_VERBS)
    ))
});

/// "an earlier version of this article gave the figure as 98. The correct figure is 89.":
/// where in `s` a correction note starts telling what was printed before (no longer a
/// statistic) or what the article now prints (a statistic already read in the body).
fn earlier_version(s: &str) -> Option<usize> {
    static EARLIER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:an?\s+)?(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\b"));
    static CORRECT_IS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^\w]*the\s+(?:correct|corrected)\s+(?:figure|number|total|value)\s+(?:is|was|should\s+have\s+been)\b",
        )
    });
    if s.contains("version") {
        return EARLIER.find(s).map(|m| m.start());
    }
    s.contains("orrect").then(|| CORRECT_IS.find(s).map(|m| m.start())).flatten()
}

/// "quoting incident 57 of 17 June", "crime reference number 25000341892", "quote log
/// 4471", "case no. 88", "quoting 312 of 4 May": a number the police or a court file
/// something under, which an appeal asks people to quote, is no statistic; nor is a run of
/// nine or more digits printed without separators, which no count in news text is. (A
/// number quoted with nothing filed named is a reference only dated like a log entry: "the
/// minister quoted 3,000 burglaries" counts.) So is the number a charity or a company is
/// registered under ("registered charity numbers 216401 and SC037717", "Registered charity
/// England and Wales 216401"), and each listed after it.
fn is_reference_number(s: &str, n: &Number, before: &str, after: &str) -> bool {
    /// What a number is filed under.
    const FILED: &str =
        r"(?:crime|incident|log|occurrence|case|job|report|reference|ref|serial|cad|call|charity|company|registration)";
    /// The pattern below ends on one of these words: most numbers follow none.
    const LAST_WORDS: &[&str] = &[
        "number",
        "numbers",
        "no",
        "num",
        "reference",
        "ref",
        "quote",
        "quotes",
        "quoted",
        "quoting",
        "crime",
        "incident",
        "log",
        "occurrence",
        "case",
        "job",
        "report",
        "serial",
        "cad",
        "call",
    ];
    static REFERENCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)(?:\b{FILED}\s+(?:reference\s+|ref\.?\s+)?(?:number|no\.?|num\.?)|\b(?:charity|company|registration)\s+numbers|\b(?:reference|ref\.?)|\bquot(?:e|es|ed|ing)\s+(?:the\s+|your\s+)?{FILED}(?:\s+(?:reference|ref\.?|number|no\.?))*|(?P<bare>\bquot(?:e|es|ed|ing)))\s*[:#]?\s*$"
        ))
    });
    // "Registered charity England and Wales 216401", "Registered charity in Scotland
    // (SC012345)", "Registered in England and Wales No. 00908396": the number after a
    // registration and the nation it is held in, with no "number" printed.
    static REGISTERED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        const NATION: &str =
            r"(?:England|Wales|Scotland|Northern\s+Ireland)(?:\s+(?:and|&)\s+(?:Wales|Scotland|Northern\s+Ireland))?";
        compile(&format!(
            r"(?i)\bregistered\s+(?:(?:charity|company)(?:\s+(?:no\.?|number))?(?:\s+(?:in\s+)?{NATION})?|in\s+{NATION})(?:\s+(?:no\.?|number))?\s*[:#(]?\s*$"
        ))
    });
    static LOG_DATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+of\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        )
    });
    if n.percent || n.money {
        return false;
    }
    let printed = s.get(n.range.clone()).unwrap_or("");
    if printed.len() >= 9 && printed.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if before.contains("egistered") && REGISTERED_BEFORE.is_match(before) {
        return true;
    }
    // "numbers 40123 and 40124": a number listed after another is filed like it.
    static LISTED_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?:\s*\b[A-Z]{0,3}\d+\s*(?:,|\band\b|\bor\b))+\s*$"));
    let before = if before.ends_with(", ") || before.ends_with("and ") || before.ends_with("or ") {
        LISTED_BEFORE.find(before).map_or(before, |m| &before[..m.start()])
    } else {
        before
    };
    let last = before.trim_end().trim_end_matches([':', '#', '.']).rsplit(char::is_whitespace).next().unwrap_or("");
    if !LAST_WORDS.contains(&last.to_ascii_lowercase().as_str()) {
        return false;
    }
    REFERENCE_BEFORE.captures(before).is_some_and(|c| c.name("bare").is_none() || LOG_DATE_AFTER.is_match(after))
}

/// "3.2 Stalking", "## 4.1 Knife crime", "2.3 The panel noted …": a numbered section
/// heading or paragraph of a report, a number like "3.2" opening a line before a capitalised
/// word, is not a figure ("2.5 Million calls" is: its next word is a magnitude; "2.5 Tonnes of
/// cannabis" is: its next word is a unit a number measures, in title case).
fn is_section_number(s: &str, n: &Number, before: &str, after: &str) -> bool {
    const MAGNITUDES: &[&str] = &[
        "million",
        "billion",
        "thousand",
        "m",
        "bn",
        "k",
        "tonnes",
        "tons",
        "kilos",
        "kilograms",
        "kg",
        "grams",
        "miles",
        "kilometres",
        "km",
        "metres",
        "hours",
        "minutes",
        "days",
        "weeks",
        "months",
        "years",
        "litres",
        "acres",
        "hectares",
        "per",
    ];
    let printed = s.get(n.range.clone()).unwrap_or("");
    let dotted = printed.contains('.') && printed.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let opens = before.trim_matches(|c: char| c.is_whitespace() || c == '#').is_empty();
    let next = after.strip_prefix(' ').unwrap_or("");
    let capitalised = next.starts_with(|c: char| c.is_uppercase());
    let word = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
    !n.percent && !n.money && dotted && opens && capitalised && !MAGNITUDES.contains(&word.as_str())
}

/// "Priority 2: Prevention", "Objective 3: Safer streets": a label word opening a line and
/// a small number before a colon number a plan's parts, as a heading does. (A noun of
/// offences before it, "Burglaries 412:", makes the number their count.)
fn is_labelled_part(s: &str, n: &Number, before: &str, after: &str) -> bool {
    if n.percent || n.money || n.in_words || n.value >= 100.0 || n.value.fract() != 0.0 || !after.starts_with(':') {
        return false;
    }
    let printed = s.get(n.range.clone()).unwrap_or("");
    let word = before.trim_start_matches(|c: char| c.is_whitespace() || c == '#').trim_end();
    printed.bytes().all(|b| b.is_ascii_digit())
        && word.starts_with(|c: char| c.is_uppercase())
        && PLAN_PARTS.contains(&word.to_lowercase().as_str())
}

/// The words that label a numbered part of a plan or report ("Objective 3:", "Priority 2:"):
/// a closed list, since a place ("Medway 45:") or a counted noun ("Arrests 45:") before a
/// colon labels a figure.
const PLAN_PARTS: &[&str] = &[
    "objective",
    "goal",
    "theme",
    "aim",
    "priority",
    "outcome",
    "pillar",
    "commitment",
    "strand",
    "tier",
    "level",
    "phase",
    "stage",
    "step",
    "part",
    "section",
    "chapter",
    "recommendation",
    "action",
    "principle",
    "area",
];

/// The hedges a count in a court report may carry between its verb and the number.
const CASE_HEDGE: &str = r"(?:(?:a\s+total\s+of|more\s+than|over|nearly|almost|around|about|some|at\s+least|up\s+to|a\s+further|another)\s+)?";

/// "admitted 14 offences", "pleaded guilty to nine charges", "was convicted of 31 counts",
/// "denies six offences", "faces 12 charges": what one defendant faces, admits, denies or is
/// charged with or convicted of is the case before the court, not a statistic of offences.
fn is_case_charge(before: &str, after: &str) -> bool {
    /// Whole stems of the verbs below: a cheap test most windows fail ("den" alone would
    /// pass "incidents" and "residents").
    const STEMS: &[&str] = &[
        "admit",
        "deni",
        "deny",
        "plead",
        "pled",
        "guilty",
        "convicted",
        "cleared",
        "acquitted",
        "accused",
        "charged",
        "sentenced",
        "jailed",
        "face",
        "facing",
    ];
    static CHARGED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b(?:admit(?:s|ted|ting)?|den(?:y|ies|ied|ying)|(?P<faces>fac(?:e|es|ed|ing))|plead(?:s|ed|ing)?\s+(?:not\s+)?guilty\s+to|pled\s+(?:not\s+)?guilty\s+to|(?:convicted|found\s+guilty|cleared|acquitted|accused|guilty)\s+of|charged\s+with|sentenced\s+for|jailed\s+for)\s+{CASE_HEDGE}$"
        ))
    });
    let near = before.get(before.len().saturating_sub(48)..).unwrap_or(before).to_ascii_lowercase();
    if !STEMS.iter().any(|w| near.contains(w)) {
        return false;
    }
    // "faces 12 charges", not "officers faced 2,210 assaults".
    static CHARGES_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:charges|counts)\b"));
    CHARGED_BEFORE.captures(before).is_some_and(|c| {
        let start = c.get(0).map_or(0, |m| m.start());
        (c.name("faces").is_none() || CHARGES_AFTER.is_match(after)) && !of_many_cases(&before[..start])
    })
}

/// "asked for a further 11 offences to be taken into consideration", "had 40 other
/// burglaries taken into consideration": offences a defendant asks the court to deal with
/// along with the charges are the case, not a statistic.
fn taken_into_consideration(after: &str) -> bool {
    static CONSIDERED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:[\w-]+\s+){0,3}?(?:offences|crimes|matters|burglaries|thefts|frauds|robberies|others)\s+(?:(?:to\s+be|were|was|be|being|had\s+been|have\s+been)\s+)?(?:also\s+)?taken\s+into\s+consideration\b",
        )
    });
    after.contains("consideration") && CONSIDERED_AFTER.is_match(after)
}

/// "Detectives linked the man to 23 burglaries", "he was linked to 40 thefts": the offences
/// an inquiry ties to one suspect or a group the story picks out are the case, not a
/// statistic ("linked gangs to 400 offences", people not picked out, is one).
fn linked_to_a_suspect(before: &str) -> bool {
    static LINKED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)(?:\blinked\s+(?:him|her|them|(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?(?:man|woman|men|women|boy|girl|boys|girls|teenager|teenagers|teen|youth|suspect|suspects|defendant|pair|trio|gang|couple|burglar|thief|offender|driver|\d{{1,2}}-year-old)|(?P<name>(?-i:\p{{Lu}}[\w'-]+)))|\b(?:he|she|they|who)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?linked)\s+to\s+{CASE_HEDGE}$"
        ))
    });
    if !before.contains("linked") {
        return false;
    }
    // A name, but not a place's ("linked Medway to 40 offences").
    LINKED_BEFORE.captures(before).is_some_and(|c| {
        c.name("name")
            .is_none_or(|n| places::mentions(n.as_str()).is_empty() && places::area_mentions(n.as_str()).is_empty())
    })
}

/// "laid 15 charges against two men", "17 charges were brought against him", "The 19 charges
/// relate to …": charges told against someone, or as the ones a story already has in hand,
/// are the case before the court ("charges" otherwise counts offences charged).
fn charges_of_a_case(before: &str, after: &str) -> bool {
    static AGAINST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[\w-]+\s+)?(?:charges|counts)\s+(?:[\w-]+\s+){{0,3}}?against\s+(?:him|her|them|the\b|a\b|an\b|his\b|their\b|(?:{})\b|(?-i:\p{{Lu}}))",
            alternation(SMALL_NUMBER_WORDS)
        ))
    });
    static THE_CHARGES_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+)?(?:charges|counts)\b"));
    static THE_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)(?:^|[^\w'])(?:the|these|those|all)\s+$"));
    if !after.contains("charges") && !after.contains("counts") {
        return false;
    }
    AGAINST_AFTER.is_match(after) || (THE_BEFORE.is_match(before) && THE_CHARGES_AFTER.is_match(after))
}

/// "Nationally, 4,200 men were convicted of …", "Grooming gangs abused …", "Across Wales,
/// defendants were convicted of …": court or offending words whose subject is a count or a
/// plural of people not picked out ("the men", "three teenagers", "men who …" are those of
/// one case) tell a statistic over many cases. `clause` is the text before the verb.
fn of_many_cases(clause: &str) -> bool {
    static MANY_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:people|persons|men|women|adults|defendants|offenders|perpetrators|suspects|abusers|groomers|paedophiles|predators|gangs|groups|networks|criminals|individuals|youths|teenagers)(?:\s+(?:in|across|from|throughout)\s+(?:the\s+)?(?-i:\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,2}))?(?:\s+(?:had|have|has|were|was|are|been|being|also|then|later|together|collectively))*\s*$",
        )
    });
    static COUNT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?P<n>\d(?:[\d,.]*\d)?)\s+(?-i:[a-z-]+\s+){0,2}?(?:(?:had|have|has|were|was|are|been|being|also|then|later)\s+)*$",
        )
    });
    const PICKED_OUT: &[&str] = &["the", "these", "those", "his", "her", "their", "both", "several", "a", "couple"];
    let clause = clause.rsplit(['.', ';', ':']).next().unwrap_or(clause);
    if clause.contains(" who ") || clause.contains(" which ") {
        return false;
    }
    // "4,200 men were convicted of", not "In 2019 Smith admitted".
    let year = |n: &str| n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
    if COUNT_SUBJECT.captures(clause).is_some_and(|c| c.name("n").is_some_and(|n| !year(n.as_str()))) {
        return true;
    }
    let Some(m) = MANY_SUBJECT.find(clause) else { return false };
    // The two words before the noun, within its clause: "the (two) men", "three teenagers".
    let mut words = clause[..m.start()].split_whitespace().rev();
    !words.by_ref().take(2).take_while(|w| !w.ends_with(',')).any(|w| {
        let w = w.to_ascii_lowercase();
        PICKED_OUT.contains(&w.as_str()) || SMALL_NUMBER_WORDS.contains(&w.as_str())
    })
}

/// "groomed 11 girls", "had abused four boys", "persuaded seven of the girls": the people an
/// offender harmed, told in the story of one case, not a statistic of victims (unless
/// [`of_many_cases`]).
fn is_offenders_victims(before: &str, after: &str) -> bool {
    static OFFENDER_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b(?:groom(?:s|ed|ing)?|abus(?:e|es|ed|ing)|rap(?:e|es|ed|ing)|molest(?:s|ed|ing)?|sexually\s+assault(?:s|ed|ing)?|blackmail(?:s|ed|ing)?|sextort(?:s|ed|ing)?|persuad(?:e|es|ed|ing)|coerc(?:e|es|ed|ing)|lur(?:e|es|ed|ing)|prey(?:s|ed|ing)?\s+on)\s+{CASE_HEDGE}$"
        ))
    });
    static PEOPLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:of\s+(?:the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:victims|children|girls|boys|teenagers|pupils|women|men|people|youngsters)\b",
        )
    });
    // "The 45 victims of one fraudster": so are the victims said to be one offender's.
    static OF_ONE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:[\w-]+\s+)?victims\s+of\s+(?:one|a\s+single|the\s+same|a|an|this|that|the)\s+(?:[\w-]+\s+)?(?:man|woman|fraudster|scammer|conman|offender|abuser|predator|paedophile|rapist|burglar|thief|stalker|groomer|teacher|coach|doctor|priest|gang|couple|pair|driver)\b",
        )
    });
    // "compensation to each of the three victims": the victims of the case, each given
    // something.
    static EACH_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\beach\s+of\s+(?:the|his|her|their)\s+$"));
    static VICTIMS_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+)?victims\b"));
    (PEOPLE_AFTER.is_match(after)
        && OFFENDER_VERB_BEFORE.find(before).is_some_and(|m| !of_many_cases(&before[..m.start()])))
        || (after.contains("victims of") && OF_ONE_AFTER.is_match(after))
        || (before.ends_with(' ') && VICTIMS_AFTER.is_match(after) && EACH_OF_BEFORE.is_match(before))
}

/// "a rise of 4.8 percentage points, not 4.8 per cent", "1,240 rather than 1,420": a number
/// the sentence denies in correcting it is not a figure.
fn is_denied(before: &str) -> bool {
    let b = before.trim_end().to_ascii_lowercase();
    b.ends_with(", not") || b.ends_with(" rather than") || b.ends_with(" and not")
}

/// "Twenty-five miles away, officers found the van", "Forty-eight hours after the raid":
/// after a number in words opening a sentence, a unit of distance, time or speed, which
/// makes it no figure.
fn opens_with_a_unit(after: &str) -> bool {
    static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^[\s-]+(?:{}|minutes?|hours?|seconds?|days?|weeks?|months?|years?|mph|inches)\b",
            super::incidentals::DISTANCE_UNITS
        ))
    });
    UNIT_AFTER.is_match(after)
}

/// A number written in words that counts what the number before it counts: "Seventy-two
/// of them were …" or "Forty-one of the drivers stopped …" opening a sentence (where style
/// spells out any number; one below ten it spells out anywhere, so "Two of the men" is
/// as likely told as counted), "forty-seven offences compared with thirty-nine" (past any
/// percent change between them), or the
/// object of a recording verb closing its clause ("that year it logged just twenty-six."),
/// any above ten opening a sentence, the last of a list of places and values, or an end of a
/// change whose subject counts offences ("thefts rose from ninety to one hundred and six").
fn words_count_like_digits(s: &str, n: &Number, before: &str, after: &str, out: &[Candidate]) -> bool {
    static PARTITIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:them|these|those)\b"));
    static OF_THE_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:the|these|those)\s+"));
    let opens = before.trim_matches(|c: char| c.is_whitespace() || "\"'‘“(".contains(c)).is_empty();
    let of_the =
        || n.value >= 10.0 && OF_THE_AFTER.find(after).is_some_and(|m| head_noun(&after[m.end()..]) != Noun::Other);
    let partitive = opens && n.value > 1.0 && (PARTITIVE_AFTER.is_match(after) || of_the());
    // "up from 198 in 2019/20, a 45 per cent rise, and from ninety in 2017/18": a value a
    // comparison starts from, after a count (past any percent change of it; not past a share
    // in per cent, whose baseline "up from four" is a share too).
    let baseline = is_baseline_value(s, n.range.start)
        && out
            .iter()
            .rev()
            .find(|prev| prev.kind != Kind::PercentChange)
            .is_some_and(|prev| prev.kind == Kind::Count && !prev.number.percent);
    static RECORDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:recorded|logged|flagged|registered)\s+(?:(?:just|only|a\s+mere|some|around|about|nearly|almost|barely)\s+)?$",
        )
    });
    let closes_clause = after.trim_start().is_empty() || after.starts_with(['.', ';', ',', ')']);
    // "Sixty-one drivers were caught": style spells out a number above ten only to open a
    // sentence, so it is read as its digits would be.
    // ("Eleven of Scotland's 13 divisions": a part is read as `partitive` reads it.)
    let spelled_to_open =
        opens && n.value > 10.0 && !n.percent && !after.starts_with(" of ") && !opens_with_a_unit(after);
    // "Aberdeenshire recorded 19 deaths, Dumfries and Galloway 12 and Moray five", "Kent was
    // second with 71 and Essex third with sixty-four": the last value of a list of places
    // and values, the one before it a count in digits.
    static LISTED_PLACE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?:,|\band)\s+(?:the\s+)?\p{Lu}[\w'-]*(?:\s+(?:\p{Lu}[\w'-]*|and|of))*\s+(?:(?i:second|third|fourth|fifth|sixth|next|last)\s+(?i:with|on)\s+)?$",
        )
    });
    let listed = closes_clause
        && out.last().is_some_and(|prev| {
            prev.kind == Kind::Count
                && !prev.number.percent
                && !prev.number.in_words
                && s.get(prev.number.range.end..n.range.start).is_some_and(|gap| !gap.contains(['.', ';']))
        })
        && LISTED_PLACE_BEFORE.is_match(before);
    // "Burglaries in Kent went up, from ninety in 2022/23 to one hundred and six": an end of a
    // change whose subject counts offences. (`subject_noun` checks first that a "to", "from"
    // or "at" comes before it.)
    let changed = subject_noun(before) == Noun::Count;
    partitive
        || baseline
        || spelled_to_open
        || listed
        || changed
        || (closes_clause && RECORDED_BEFORE.is_match(before))
        || rounds_the_count_before(s, n, out)
}

/// "97 - nearly a hundred - involved …", "412 offences, more than four hundred": a round
/// number in words set right beside a count in digits that it rounds, a figure of its own.
fn rounds_the_count_before(s: &str, n: &Number, out: &[Candidate]) -> bool {
    static BESIDE: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)^\s*(?:[\w-]+\s*)?[-,(]\s*(?:or\s+)?{}\s+$", numbers::HEDGE)));
    out.last().is_some_and(|prev| {
        let gap = s.get(prev.number.range.end..n.range.start).unwrap_or("");
        prev.kind == Kind::Count
            && !prev.number.in_words
            && n.value % 10.0 == 0.0
            && (n.value - prev.number.value).abs() <= 0.15 * prev.number.value
            && BESIDE.is_match(gap)
    })
}

/// "Most read: Man jailed over 200 offences", "Sponsored: 5 ways to …", "Also in the news:
/// …", "MORE: Pensioner wins £2m": a link to another story or an advert, under the label the page gives it.
pub(super) fn is_labelled_link(s: &str) -> bool {
    static LINK_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^\w]*(?:most\s+(?:read|popular|viewed|shared|watched)|also\s+(?:in\s+the\s+news|on\s+\w+)|sponsored(?:\s+content)?|promoted(?:\s+stories)?|advertisement|trending(?:\s+now)?|popular\s+now|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|more\s+on\s+this\s+story|more\s+stories|(?P<bare>more)|see\s+also|related(?:\s+(?:stories|articles|links|story|article))?|read\s+more|watch|listen)\s*[:|>]",
        )
    });
    // A bare "More:" labels a link only before a headline ("More: Essex Police seize 40 bikes"),
    // not before a sentence that goes on from the text ("More: 300 of them were in Medway, the
    // force said").
    static SAID: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:said|says|added|told)\b"));
    if !s.get(..40).unwrap_or(s).contains([':', '|', '>']) {
        return false;
    }
    LINK_LABEL.captures(s).is_some_and(|c| {
        c.name("bare").is_none() || {
            let rest = s.get(c.get(0).map_or(0, |m| m.end())..).unwrap_or("").trim_start();
            rest.starts_with(|ch: char| ch.is_uppercase()) && !SAID.is_match(rest)
        }
    })
}

/// Numbers of `s` that are statistics, with their kinds.
pub(super) fn candidates(s: &str, times: &[periods::Mention], after_dated_figures: bool) -> Vec<Candidate> {
    let numbers = numbers::scan(s);
    if numbers.is_empty() || is_labelled_link(s) {
        return Vec::new();
    }
    let mut phones: Vec<Range<usize>> =
        PHONE.find_iter(s).filter(|m| !is_padded_values(m.as_str())).map(|m| m.range()).collect();
    if s.contains("+44") || s.contains(" ext") || s.contains("(ext") {
        phones.extend(INTERNATIONAL_PHONE.find_iter(s).map(|m| m.range()));
    }
    let overlaps = |r: &Range<usize>, o: &Range<usize>| o.start < r.end && r.start < o.end;
    let numbers: Vec<Number> = numbers
        .into_iter()
        .filter(|n| {
            !times.iter().any(|m| overlaps(&n.range, &m.range)) && !phones.iter().any(|p| overlaps(&n.range, p))
        })
        .collect();
    let corrected = earlier_version(s);
    let mut out: Vec<Candidate> = Vec::new();
    // End of the last age read, and whether it opened a range ("aged between 11 and 14").
    let mut previous_age_end: Option<(usize, bool)> = None;
    for n in numbers {
        let before = tail(s, n.range.start);
        let after = head(s, n.range.end);
        // "boys of 13 and 14", "aged 17 or 18": a second small number joined to an age is one.
        let small = !n.percent && n.value <= 21.0 && n.value.fract() == 0.0 && head_noun(after) != Noun::Count;
        // "Two men, aged 19 and 23, were arrested": a second age of the people just aged, with
        // no noun of its own, however old.
        let lone_age = !n.percent && n.value < 100.0 && n.value.fract() == 0.0 && head_noun(after) == Noun::Unknown;
        let chained_age = previous_age_end.is_some_and(|(end, range)| {
            s.get(end..n.range.start).is_some_and(|gap| match gap.trim() {
                "to" | "-" => true,
                "and" => range || small || lone_age,
                "or" | "," => small,
                // "who were 12 when they came to us and 15 by the time they gave evidence":
                // the same person's age at a later moment.
                g => small && g.ends_with(" and") && after.trim_start().starts_with("by the time "),
            })
        });
        let bare_under = before.trim_end().to_ascii_lowercase().ends_with("under")
            || before.trim_end().to_ascii_lowercase().ends_with("over");
        // "where four were recorded": the verb says what a bare number counts.
        let noun = match head_noun(after) {
            Noun::Other | Noun::Unknown
                if persons_harmed(after) || property_targeted(after) || property_struck(before, after) =>
            {
                Noun::Count
            }
            Noun::Unknown if RECORDED_AFTER.is_match(after) || with_recorded(before, after) => Noun::Count,
            Noun::Unknown if after.contains(" on ") && STORED_ON_AFTER.is_match(after) => Noun::Other,
            Noun::Unknown if persons_tested(after) => Noun::Other,
            // "Knives surrendered: 1,030": a label's noun counts the value after it.
            Noun::Unknown | Noun::Count if people_dealt_with(before, after) || handled_by_a_helpline(before) => {
                Noun::Other
            }
            Noun::Unknown => match label_noun(before) {
                Noun::Unknown => of_whom_noun(before),
                noun => noun,
            },
            Noun::Count
                if persons_not_offences(after)
                    || persons_helped(before, after)
                    || not_crimes(after)
                    || missing_persons(after)
                    || referrals_a_service_had(before, after) =>
            {
                Noun::Other
            }
            noun => noun,
        };
        // "61 of them", "(2022/23: 14)": a number told against the one before counts what it does.
        let noun = match noun {
            Noun::Unknown if refers_back(before, after) && out.last().is_some_and(|prev| prev.not_offences) => {
                Noun::Other
            }
            // "930 incidents, 45 of them involving weapons": the nouns after "of them" are
            // what the part involved, not what it counts.
            Noun::Other
                if refers_back(before, after)
                    && out.last().is_some_and(|prev| prev.kind == Kind::Count && !prev.not_offences) =>
            {
                Noun::Count
            }
            Noun::Unknown | Noun::Count
                if part_of_previous(before) && out.last().is_some_and(|prev| prev.not_offences) =>
            {
                Noun::Other
            }
            Noun::Unknown if is_baseline_value(s, n.range.start) && baseline_of_things(s, &n, &out) => Noun::Other,
            noun => noun,
        };
        // "Of the assaults in Kent, 612 left the officer injured": what the frame names.
        // ("Of the 2,000 calls, 300 led to arrests": so even with no noun after the verb.)
        let noun = match partitive_frame(before, after) {
            Some(frame) if noun != Noun::Unknown || frame == Noun::Other => frame,
            _ if part_of_those_dealt_with(before) => Noun::Other,
            _ => noun,
        };
        let noun = if is_population(before, after) { Noun::Other } else { noun };
        // "were under 16": a small number after a bare "under" with no count noun is an age.
        let bare_age = bare_under
            && (noun != Noun::Count || someone_was_under(before, after))
            && (n.value <= 21.0 || people_were_aged(before, &n));
        let is_age = !n.percent
            && !n.money
            && (AGE_BEFORE.is_match(before)
                || chained_age
                || bare_age
                || (NOT_A_FIGURE_AFTER.is_match(after) && !recorded_times(before, after))
                || is_apposed_age(&n, before, after)
                || is_named_persons_age(&n, before, after)
                || is_named_age(&n, before, after)
                || opens_with_an_age(&n, before, after)
                || is_old_year(s, &n, before)
                || is_claimed_age(&n, before)
                || is_age_in_fact(&n, before, after, previous_age_end.is_some())
                || is_pronoun_age(&n, before, after, noun)
                || is_age_range(&n, before, after)
                || is_fraction_in_words(&n, after)
                || is_guess_between_neighbours(&n, before, after));
        if is_age {
            let opens_range = before.trim_end().to_ascii_lowercase().ends_with("between");
            previous_age_end = Some((n.range.end, opens_range));
            continue;
        }
        // "Of London's 32 boroughs, 21 saw a fall": a bare number is how many of the areas;
        // "Across the county's districts, 4,120 burglaries …" counts its own offences.
        let of_forces =
            (OF_THE_FORCES_BEFORE.is_match(before) && !names_its_offences(after)) || is_part_of_forces(before, after);
        let label = NOT_A_FIGURE_BEFORE.is_match(before) && !tops_a_value(before, after);
        if (label || of_forces || in_list_of_parts(before)) && !n.money {
            continue;
        }
        let not_money = !n.money && !n.percent;
        if not_money
            && (is_distance_away(after)
                || is_set_limit(before)
                || few_people_of_a_case(&n, before, after, !times.is_empty() || after_dated_figures))
        {
            continue;
        }
        if is_whole_of_shares(&n, before) {
            continue;
        }
        let furniture = is_reference(before, after)
            || is_street_number(&n, after)
            || is_station_name(&n, before, after)
            || is_gallery_position(before, after)
            || is_compound_modifier(after)
            || is_school_year(&n, before, after)
            || is_version(before);
        if not_money
            && (is_first_day(&n, after)
                || is_day_of_may(&n, before, after)
                || counts_areas(after)
                || counts_those_recording(after)
                || furniture)
        {
            continue;
        }
        if not_money
            && (is_case_charge(before, after)
                || is_only_heading_for(before)
                || charges_of_a_case(before, after)
                || taken_into_consideration(after)
                || linked_to_a_suspect(before)
                || is_offenders_victims(before, after)
                || is_group_threshold(before))
        {
            continue;
        }
        if is_service_number(s, &n)
            || is_section_number(s, &n, before, after)
            || is_labelled_part(s, &n, before, after)
            || is_denied(before)
            || is_reference_number(s, &n, before, after)
        {
            continue;
        }
        if noun == Noun::Unknown && !n.percent && RESPONDENTS_AFTER.is_match(after) {
            continue;
        }
        if corrected.is_some_and(|at| n.range.start > at) {
            continue;
        }
        // "One officer, who asked not to be named": "one" before anything but offences is a
        // determiner, not a count.
        let determiner = n.in_words && n.value == 1.0 && (noun != Noun::Count || is_idiomatic_one(s, before, after));
        // "Of the 62 theft reports, seven came from Catterick": a part in words of a
        // whole the frame counts as offences counts as its digits would.
        let part_of_counted = || n.value > 1.0 && partitive_frame(before, after) == Some(Noun::Count);
        let noun = match noun {
            Noun::Unknown
                if n.in_words && (words_count_like_digits(s, &n, before, after, &out) || part_of_counted()) =>
            {
                Noun::Count
            }
            noun => noun,
        };
        // "Two of the men were released": a small part in words of people or things is told.
        let told_part = n.value < 10.0 && noun == Noun::Other && after.starts_with(" of ");
        // "Twenty-five miles away, officers found the van": a distance or time in words.
        let distance_to_open = n.in_words
            && before.trim_matches(|c: char| c.is_whitespace() || "\"'‘“(".contains(c)).is_empty()
            && opens_with_a_unit(after);
        if n.in_words && !n.percent && (noun == Noun::Unknown || determiner || told_part || distance_to_open) {
            continue;
        }
        out.push(classify(s, n, noun));
    }
    out
}
