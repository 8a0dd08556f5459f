//! Ages: a person's age told beside their name or pronoun ("Jo Bloggs, 46", "they were only
//! 15"), an age claimed or corrected, a range of ages, and a bound of age ("under 16").

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::figures::nouns::{classify_word, Noun};
use crate::extract::numbers::{compile, Number};

use super::opens_with_a_unit;

/// Words right before a number that make it an age ("aged 14", "as young as 9", "no older
/// than 13").
pub(super) static AGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    // "aged 14", "age 9", "aged between 12 and 15", "aged up to 18".
    const AGED: &str = r"\baged?(?:\s+(?:just|between|under|over|from|up\s+to|of|below|above))?";
    // "the ages of 12 and 16".
    const AGES_OF: &str = r"\bages\s+of";
    // "as young as 9", "as old as 90".
    const AS_YOUNG_AS: &str = r"\bas\s+(?:young|old)\s+as";
    // "no older than 13", "younger than 10".
    const OLDER_THAN: &str = r"\b(?:older|younger)\s+than";
    // "I am 15", "I'm 15".
    const I_AM: &str = r"\bi\s+am|\bi'm";
    // "children under 16", "drivers over 70", "people of 80": people bounded by an age.
    const PEOPLE: &str = concat!(
        r"children|child|kids|girls|boys|lads|lasses|youths|teens|those|people|victims|babies|anyone|pupils|",
        r"youngsters|teenagers|residents|adults|pensioners|men|women|patients|customers|householders|drivers"
    );
    // "a girl of 12", "one pupil of 11".
    const A_CHILD_OF: &str = r"\b(?:a|an|one)\s+(?:girl|boy|child|teenager|youngster|pupil)\s+of\s+";
    // "under the age of 18", "from the age of 5".
    const THE_AGE_OF: &str = r"\b(?:under|over|at|from)\s+the\s+age\s+of";
    // "she was first groomed at 13", "my son was targeted at 14": what was done to someone, and
    // the age they were then.
    const DONE_AT: &str = concat!(
        r"\b(?:daughter|son|child|girl|boy|he|she|i|victim|niece|nephew|grandson|granddaughter)\s+",
        r"(?:was|had\s+been|got|were)\s+(?:first\s+)?[a-z]+ed\s+at\s+"
    );
    // "her daughter was only 14", "his son Tom is 9", "he was 15": a relative (perhaps named
    // after it) or a pronoun, and a "was" or "is".
    const RELATIVE_WAS: &str = concat!(
        r"\b(?:(?:daughter|son|child|girl|boy|victim|niece|nephew|grandson|granddaughter|mother|father|mum|dad|",
        r"grandmother|grandfather|gran|grandad|granny|wife|husband|brother|sister|aunt|uncle)",
        r"(?:\s+(?-i:\p{Lu}\p{Ll}+))?|he|she|i)\s+(?:was|is)\s+(?:only\s+|just\s+)?"
    );
    // "the youngest was 12", "the oldest victim being just 9", "our eldest cadets are 14".
    const YOUNGEST: &str =
        r"\b(?:youngest|oldest|eldest)(?:(?:\s+[\w'-]+){0,6}?\s+(?:was|is|were|are|being|aged))?(?:\s+(?:only|just))?";
    let people = format!(r"\b(?:{PEOPLE})\s+(?:under|over|below|above|of)");
    let pieces = [
        AGED,
        AGES_OF,
        AS_YOUNG_AS,
        OLDER_THAN,
        I_AM,
        &people,
        A_CHILD_OF,
        THE_AGE_OF,
        DONE_AT,
        RELATIVE_WAS,
        YOUNGEST,
    ];
    compile(&format!(r"(?i)(?:{})\s*$", pieces.join("|")))
});

/// "Some of them are 17", "they were only 15", "we're 16, 17", "girls who were 11 when …",
/// "the driver, who is now 19.", "the girls she trains are 16, 17", "imagine being nine": a
/// small number said of people, with nothing counted after it, is their age.
pub(super) fn is_pronoun_age(n: &Number, before: &str, after: &str, noun: Noun) -> bool {
    static PRONOUN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:(?:they|them|us|we|you|both)\s+(?:are|were)|(?:they|we|you)['\x{2019}]re)\s+(?:only\s+|just\s+|all\s+|aged\s+)?$",
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
    // "the driver who hit the cyclist was 19", "a pupil who ran away is 14": a person
    // described by a who-clause, said to be a number.
    static PERSON_WHO_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:boy|girl|man|woman|child|teenager|youth|youngster|lad|son|daughter|victim|attacker|killer|suspect|defendant|offender|driver|pupil)\s+who\s+(?:[\w']+\s+){1,4}?(?:was|is)\s+(?:now\s+|then\s+|only\s+|just\s+|aged\s+)?$",
        )
    });
    let person_who = || before.contains("who ") && PERSON_WHO_BEFORE.is_match(before);
    // "the trainees were 13 or 14 when the texts began", "most of the players are 17.": people named
    // by a plural noun, said to be a small number with nothing counted after it.
    static PEOPLE_ARE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(concat!(
            r"(?i)\b(?:members|students|pupils|classmates|friends|players|cadets|volunteers|girls|boys|kids|",
            r"children|teenagers|youngsters|siblings|sons|daughters|learners|trainees)\s+(?:are|were)\s+",
            r"(?:now\s+|then\s+|only\s+|just\s+|all\s+|mostly\s+|aged\s+)?$"
        ))
    });
    let people_are = || {
        n.value <= 21.0 && (before.contains(" are ") || before.contains(" were ")) && PEOPLE_ARE_BEFORE.is_match(before)
    };
    // "were 15 or 16 when …": the first of two ages, the time they were said of after them.
    static SECOND_AGE_THEN_A_TIME: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:or|to|and)\s+\d{1,2}\s+(?:when|at\s+the\s+time|by\s+the\s+time)\b"));
    let at_a_time = at_a_time || SECOND_AGE_THEN_A_TIME.is_match(after);
    // "She's 11.", "he is 14, and …": a person spoken of, said to be a small number with
    // nothing counted after it.
    static HE_OR_SHE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:he|she)(?:['\x{2019}]s|\s+is|\s+was)\s+(?:now\s+|only\s+|just\s+|still\s+|aged\s+)?$")
    });
    let he_or_she = || n.value <= 21.0 && nothing_counted && HE_OR_SHE_BEFORE.is_match(before);
    let state = ((nothing_counted || at_a_time)
        && (STATE_BEFORE.is_match(before) || known_people() || person_who() || people_are()))
        || he_or_she();
    // "She could be 16 or 60", "you may be 40 and still …": a person guessed or supposed to
    // be a number (or either of two), with nothing counted after it, is that age.
    static SUPPOSED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:he|she|you|i)\s+(?:might|may|could|would|must)(?:\s+well|\s+even|\s+easily)?\s+be\s+(?:only\s+|just\s+|aged\s+)?(?:\d{1,3}\s+(?:or|to|and)\s+)?$",
        )
    });
    // ("might be 19 or 59.": a second age joined to the first.)
    static OTHER_AGE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r#"^\s*(?:or|to|and)\s+\d{1,3}\s*(?:$|[,.;:!?"'\x{2019}\x{201D}]|or\s+\d)"#));
    let supposed = (nothing_counted || OTHER_AGE_AFTER.is_match(after))
        && before.contains(" be ")
        && SUPPOSED_BEFORE.is_match(before);
    let condition = (CONDITION_BEFORE.is_match(before) && nothing_counted) || state || supposed;
    // "The widow, who passed 88 in May": a person who turned a number is that age.
    static WHO_TURNED: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\bwho\s+(?:had\s+|has\s+|just\s+)?(?:turned|passed|reached)\s+$"));
    static WHEN_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:$|[,.;:)]|(?:in|on|last|this|earlier|at|and|before|after)\b)"));
    let condition = condition || (before.contains("who ") && WHO_TURNED.is_match(before) && WHEN_AFTER.is_match(after));
    let age = n.value <= 21.0 || (n.value <= 110.0 && n.value.fract() == 0.0 && condition);
    !n.percent && age && (noun != Noun::Count || state) && (PRONOUN_BEFORE.is_match(before) || condition)
}

/// "left school at 15 or 16", "still talking about it, at 18 or 19, because …": a guess
/// between two small numbers after "at", with nothing counted after the second, is an age
/// (or an hour: "at 3 or 4, the phone rang"), never a count.
pub(super) fn is_guessed_age_at(n: &Number, before: &str, after: &str) -> bool {
    static AT_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\bat\s+(?:only\s+|just\s+|about\s+|around\s+)?$"));
    static OR_AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?i)^\s+or\s+(\d{1,2})\s*(?:$|[,.;:!?)"'\x{2019}\x{201D}\x{2013}\x{2014}-]|(?:when|because|but|and|so|they|we|he|she|i|you)\b)"#,
        )
    });
    let small = |v: f64| (1.0..=21.0).contains(&v) && v.fract() == 0.0;
    !n.percent
        && !n.money
        && small(n.value)
        && before.ends_with(' ')
        && AT_BEFORE.is_match(before)
        && OR_AGE_AFTER.captures(after).and_then(|c| c[1].parse::<f64>().ok()).is_some_and(small)
}

/// "a girl, 13, from Cardiff", "John Smith, 34, of Leeds", "Jo Bloggs, 46, whose son…", "Jo
/// Bloggs, 46, said", "Bloggs, 46, is", "her son Ben, 15, was", "Jess*, 24, whose …" (a name
/// marked as changed), "father-of-
/// three Dev, 41, said", "teenagers mostly, 15 or 16", "messaging 'girl, 13'": an age set
/// off by commas (or closed by a quote mark) after the person it describes, or in brackets
/// after their name ("Jane Doe (47), of Mill Lane", a letter's "Doreen Pickles (81)"); not a number after the group it is part of
/// ("Of the victims, 57 were …"), nor a part of the people just counted ("212 victims, 57 of
/// whom …", "1,200 kids, 300 of them in Wigan"), nor any number no one's age can be.
pub(super) fn is_apposed_age(n: &Number, before: &str, after: &str) -> bool {
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
    static NAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'-]+)\*?,\s*$"));
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
        LazyLock::new(|| compile(r"^\W*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\*?,\s*$"));
    // "Tomasz Kowalczyk, 22, the union's welfare officer, said": the age, then who the person
    // is set off by commas, before the verb of saying, as student and community papers name
    // the people they quote.
    static AFTER_NAME_AND_ROLE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s*,\s*[^,.;:!?\d]{2,60},\s*(?:said|says|told|added|explained|warned|admitted)\b")
    });
    let whole = before.len() == n.range.start;
    let lone_name = |c: regex::Captures| whole && is_persons_name(&c[1], &c[1]);
    (PERSON_BEFORE.is_match(before) && AFTER_PERSON.is_match(after))
        || (AFTER_NAME.is_match(after) && NAME_BEFORE.captures(before).is_some_and(a_person))
        || (AFTER_NAME.is_match(after) && LONE_NAME_BEFORE.captures(before).is_some_and(lone_name))
        || (AFTER_NAME_AND_ROLE.is_match(after) && NAME_BEFORE.captures(before).is_some_and(a_person))
        || (before.ends_with('(')
            && (AFTER_BRACKETED_NAME.is_match(after) || SIGNS_OFF_AFTER.is_match(after))
            && NAME_BRACKET_BEFORE.captures(before).is_some_and(a_person))
}

/// "complainants aged 10 to 12 in 87 crimes", "aged 17 in 54 of those": a number after an
/// age (or a range of ages) and "in" is how many the age was true of, not the "in" of a ratio
/// ("one in 20"), as FOI replies break their counts down by the victim's age.
pub(super) fn counted_after_an_age(before: &str) -> bool {
    static AGE_IN_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\baged\s+(?:between\s+)?\d{1,2}(?:\s*(?:-|–|to|and)\s*\d{1,2})?\s+in\s+$"));
    before.ends_with("in ") && AGE_IN_BEFORE.is_match(before)
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
pub(super) fn is_named_persons_age(n: &Number, before: &str, after: &str) -> bool {
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
pub(super) fn is_named_age(n: &Number, before: &str, after: &str) -> bool {
    static NAME_WAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?:^|[:"]\s*)(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}[\p{L}'-]+))?"?(?:\s*\([^()]{1,40}\))?\s+(?:was|is)\s+(?:only\s+|just\s+|now\s+|still\s+)?$"#,
        )
    });
    // "the boy was 12", "the 'girl' was 14": a person told of by a word for one.
    static PERSON_WAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?i)\b(?:the|a|his|her|their|this)\s+['"]?(?:girl|boy|child|teenager|teen|schoolgirl|schoolboy|victim|youngster|pupil|son|daughter)['"]?\s+(?:was|is)\s+(?:only\s+|just\s+)?$"#,
        )
    });
    // "her son, who we will call Ollie, was 11", "a boy we are calling Jed is 12": a name the
    // writer gives someone (in quote marks or not) is a person's, wherever it stands.
    static GIVEN_NAME_WAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r#"(?i)\b(?:call|calling|called|name|naming|named)\s+['"]?(?-i:\p{Lu}\p{Ll}+)['"]?,?\s+(?:was|is)\s+(?:only\s+|just\s+|now\s+|still\s+)?$"#,
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
    if PERSON_WAS_BEFORE.is_match(before) || GIVEN_NAME_WAS_BEFORE.is_match(before) {
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

/// "Priya left care at 18.", "Connor joined the club at 12, and …": a small whole number
/// after "at", closing a clause that a lone known first name opens with what the person did,
/// is the age they did it at; not "Kent finished the year at 19" (no first name).
pub(super) fn is_named_age_at(n: &Number, before: &str, after: &str) -> bool {
    static NAME_DID_AT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r#"^\W*(\p{Lu}\p{Ll}+)\s+[a-z]+(?:ed|me|ft|ined|an|ot|ent)(?:\s+[a-z]+){0,4}\s+at\s+$"#)
    });
    static CLOSES: LazyLock<Regex> = LazyLock::new(|| compile(r#"^(?:\s*$|[.;!?"']|,\s+(?:and|but|when)\b)"#));
    let whole = before.len() == n.range.start;
    whole
        && !n.percent
        && !n.money
        && !n.in_words
        && n.value <= 21.0
        && n.value.fract() == 0.0
        && before.ends_with(" at ")
        && CLOSES.is_match(after)
        && NAME_DID_AT_BEFORE.captures(before).is_some_and(|c| {
            let name = &c[1];
            crate::extract::quotes::first_name_gender(name).is_some()
                && crate::extract::places::by_alias(name).is_none()
                && crate::extract::places::area_mentions(name).is_empty()
        })
}

/// "SUPER: Ellie, 17" (a TV caption naming a vox pop), "arranged to meet 'Ellie, 13'" (the
/// name and age a decoy gave): a known first name alone (any name, after a caption's label),
/// opening a caption, a quote or the sentence, then a comma and a small whole number that
/// closes it, is the person's age; so is one set off by commas after a first name that a
/// word for who the person is stands before ("caller Dionne, 41, from Leeds").
pub(super) fn is_first_name_age(n: &Number, before: &str, after: &str) -> bool {
    static NAME_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r#"(?:^|[:(]\s*|['"\x{2018}\x{201C}])(\p{Lu}\p{Ll}+),\s*$"#));
    // A caption's label: what follows names someone on screen, whatever their name.
    static CAPTION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"\b(?:SUPER|Super|CAPTION|Caption|ASTON|Aston|STRAP|Strap)\s*:\s*\p{Lu}\p{Ll}+,\s*$")
    });
    static CLOSES: LazyLock<Regex> = LazyLock::new(|| compile(r#"^(?:\s*$|['"\x{2019}\x{201D})]|[.;!?]\s*$)"#));
    // "listener Dionne, 41, from Leeds, rang in": a first name after a word for who the
    // person is to the outlet or the place, with the age set off by commas.
    static WHO_NAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:listener|caller|viewer|reader|resident|parent|mum|mother|dad|father|grandmother|grandfather|gran|grandad|neighbour|shopper|commuter|student|pupil)\s+(?-i:(\p{Lu}\p{Ll}+)),\s*$",
        )
    });
    let small = n.value < 120.0 && n.value.fract() == 0.0 && !n.percent && !n.money && !n.in_words;
    if small && before.ends_with(", ") && after.starts_with(',') {
        // The word before says a person is named, so the name need not be a known one.
        if let Some(c) = WHO_NAME_BEFORE.captures(before) {
            return c.get(1).is_some_and(|m| {
                crate::extract::places::by_alias(m.as_str()).is_none()
                    && crate::extract::places::area_mentions(m.as_str()).is_empty()
            });
        }
    }
    small
        && before.ends_with(", ")
        && CLOSES.is_match(after)
        && NAME_BEFORE.captures(before).is_some_and(|c| {
            let name = &c[1];
            (crate::extract::quotes::first_name_gender(name).is_some() || CAPTION_BEFORE.is_match(before))
                && crate::extract::places::by_alias(name).is_none()
                && crate::extract::places::area_mentions(name).is_empty()
        })
}

/// "Now 27, and working as a nurse, she …", "Then 19, he told no one": a small whole number
/// after "Now" or "Then" opening a sentence, set off by a comma, is the age of the person the
/// sentence goes on about.
pub(super) fn opens_with_an_age(n: &Number, before: &str, after: &str) -> bool {
    let whole = before.len() == n.range.start;
    whole
        && n.value < 120.0
        && n.value.fract() == 0.0
        && after.starts_with(',')
        && matches!(before.trim_start_matches(|c: char| !c.is_alphanumeric()).trim_end(), "Now" | "Then")
}

/// "where the victim was under 16 at the time of the offence", "pupils who are under 13 at
/// the date of the report": a person said to be under an age, with no noun of offences right
/// after the number, gives an age, whatever offences the words further on name.
pub(super) fn someone_was_under(before: &str, after: &str) -> bool {
    static WAS_UNDER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:was|were|is|are|be|being|been)\s+(?:under|over)\s*$"));
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    classify_word(&next) != Noun::Count && WAS_UNDER.is_match(before)
}

/// "victims were over 60", "those who died were under 25", "where the victim was under 30":
/// people (or one person) said to be over or under
/// a whole number of years is their age, up to any age a person can be.
pub(super) fn people_were_aged(before: &str, n: &Number) -> bool {
    const MAX_AGE: f64 = 110.0;
    static PEOPLE_WERE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:victims?|people|person|child(?:ren)?|wom[ae]n|m[ae]n|adults?|drivers?|residents?|pensioners?|offenders?|suspects?|users?|those|most|many|half|all)(?:\s+\w+){0,5}?\s+(?:were|are|was|is)\s+(?:(?:all|mostly|aged)\s+)?(?:over|under)\s*$",
        )
    });
    !n.percent && !n.money && n.value <= MAX_AGE && n.value.fract() == 0.0 && PEOPLE_WERE.is_match(before)
}

/// "a man she believed was 16", "claiming to be 14": an age someone pretended or was taken
/// to have.
pub(super) fn is_claimed_age(n: &Number, before: &str) -> bool {
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
pub(super) fn is_age_in_fact(n: &Number, before: &str, after: &str, age_told: bool) -> bool {
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

/// "older girls, mostly 13 to 15", "young men, generally 17 to 19": a range of small numbers right after the people it
/// describes is their ages.
pub(super) fn is_age_range(n: &Number, before: &str, after: &str) -> bool {
    static RANGE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"^\s*(?:-|to)\s*(?:1\d|[2-9])\b(?:\s*(?:$|[.;,)]|and\b|or\b))"));
    static PERSONS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:boys|girls|children|victims|teenagers|youngsters|pupils|young\s+people|men|women|adults|lads)\b[^.;:\d]{0,30}$",
        )
    });
    !n.percent && n.value <= 19.0 && RANGE_AFTER.is_match(after) && PERSONS_BEFORE.is_match(before)
}

/// "She was, the court heard, 37.", "she is, her lawyer says, 52, and …": a
/// whole number closing the clause a pronoun (or a word for a person) and "was" or "is" open,
/// past an aside set off by commas, is that person's age.
pub(super) fn is_age_past_an_aside(n: &Number, before: &str, after: &str) -> bool {
    static PERSON_WAS_ASIDE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:he|she|i|(?:the|a|her|his|their)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|child|victim|attacker|offender|suspect|defendant|driver|teenager|groomer|abuser))\s+(?:was|is)\s*,\s*[^,.;:!?\d]{2,60},\s*$",
        )
    });
    static CLOSES_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r#"^\s*(?:$|[.;!?)"'\x{2019}\x{201D}]|,\s+(?:and|but|when|while)\b|\s+when\b)"#));
    !n.percent
        && !n.money
        && n.value < 120.0
        && n.value.fract() == 0.0
        && before.ends_with(", ")
        && CLOSES_AFTER.is_match(after)
        && PERSON_WAS_ASIDE_BEFORE.is_match(before)
}

/// "Most of them are 11 to 14.", "Most were 13 to 16": a range of small numbers, with nothing
/// counted after it, said of a group named by a word of quantity alone ("the bulk", "most",
/// "the majority", "they"), in a passage about children, is the children's ages.
pub(super) fn is_group_age_range(
    n: &Number,
    before: &str,
    after: &str,
    children_passage: impl FnOnce() -> bool,
) -> bool {
    static RANGE_CLOSES_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r#"^\s*(?:-|to|and)\s*(?:1\d|[2-9])\b\s*(?:$|[.;,)!?"'\x{2019}\x{201D}]|(?:and|or|but|when)\b)"#)
    });
    static GROUP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:^|[.;:!?]\s+|,\s+|\band\s+|\bbut\s+)\W*(?:the\s+(?:bulk|majority|rest|others|most|oldest|youngest)|most(?:\s+of\s+(?:them|those|these))?|many|some|half|others|they|all)\s+(?:are|were)\s+(?:(?:mostly|usually|generally|typically|largely|mainly|now|all|aged)\s+)?$",
        )
    });
    // (The passage is asked last: reading it for children costs more than the rest.)
    !n.percent
        && !n.money
        && n.value <= 19.0
        && n.value.fract() == 0.0
        && RANGE_CLOSES_AFTER.is_match(after)
        && GROUP_BEFORE.is_match(before)
        && children_passage()
}

/// "The youngest child we saw was seven", "girls and boys", "pupils": whether a passage speaks
/// of children.
pub(in crate::extract::figures) fn speaks_of_children(text: &str) -> bool {
    static CHILDREN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:child|children|kids|girls?|boys?|pupils?|teenagers?|youngsters?|young\s+people|under-1\d\s?s|youngest)\b",
        )
    });
    CHILDREN.is_match(text)
}

/// "Mean age of those targeted: 14", "Age: 15": a number after a label naming
/// an age is one.
pub(super) fn is_labelled_age(before: &str) -> bool {
    static AGE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)(?:\b(?:average|median|mean|typical|usual)\s+age\b[^.;:!?\d]{0,60}|(?:^|[.;]\s*)\W*age)\s*:\s*$")
    });
    before.trim_end().ends_with(':') && AGE_LABEL.is_match(before)
}
