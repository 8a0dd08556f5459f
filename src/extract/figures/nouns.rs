//! What the noun phrase after a number (or "the number of X" before it) says it counts:
//! offences, or something else (officers, schools, arrests…).

use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::extract::numbers::{compile, HEDGE};

mod lexicon;

use lexicon::{ANIMAL_NOUNS, COUNT_NOUNS, OTHER_NOUNS, SINGULAR_COUNT_NOUNS};

/// Words that end the noun phrase after a number.
const PHRASE_END: &[&str] = &[
    "were", "was", "is", "are", "had", "have", "has", "in", "for", "to", "from", "by", "than", "compared", "who",
    "which", "that", "what", "where", "whose", "last", "between", "during", "a", "an", "per", "every", "each", "and",
    "or", "with", "on", "at", "as",
];

/// Whether a word ends the noun phrase after a number ("were", "in", "and"…).
pub(super) fn ends_phrase(word: &str) -> bool {
    PHRASE_END.contains(&word)
}

/// What the noun phrase after a number says it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Noun {
    Count,
    Other,
    Unknown,
}

/// The class of every listed noun, looked up by hashing (the Fx hash, quick on short words)
/// rather than by reading the lists word by word (some 260 of them, for every word after
/// every number). A noun of offences wins over one of other things, as the lists were tested
/// in that order.
static NOUN_CLASSES: LazyLock<FxHashMap<&'static str, Noun>> = LazyLock::new(|| {
    let mut classes = FxHashMap::default();
    for w in OTHER_NOUNS {
        classes.insert(*w, Noun::Other);
    }
    for w in COUNT_NOUNS.iter().chain(SINGULAR_COUNT_NOUNS) {
        classes.insert(*w, Noun::Count);
    }
    classes
});

/// "Recorded offences rose", "Violence against the person is rising", "knife crime": whether
/// `words` name offences, by a noun a figure of offences counts or by an offence named as a
/// whole (uncountable, or in the singular).
pub(super) fn names_offences(words: &str) -> bool {
    const OFFENCES_AS_A_WHOLE: &[&str] = &[
        "crime",
        "violence",
        "burglary",
        "robbery",
        "theft",
        "shoplifting",
        "fraud",
        "abuse",
        "stalking",
        "harassment",
        "offending",
    ];
    words.split_whitespace().any(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        classify_word(bare) == Noun::Count || OFFENCES_AS_A_WHOLE.iter().any(|o| bare.eq_ignore_ascii_case(o))
    })
}

/// Classifies a single word as a noun a figure can count.
pub(super) fn classify_word(word: &str) -> Noun {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let w = w.strip_suffix("'s").unwrap_or(&w);
    NOUN_CLASSES.get(w).copied().unwrap_or(Noun::Unknown)
}

/// The head noun of the phrase right after a number ("34 Sexual Communication offences"),
/// read past "and" or "or" between the words describing it ("214 primary and secondary
/// schools") but not into another number ("120 online and 300 offline").
pub(super) fn head_noun(after: &str) -> Noun {
    let mut pending: Option<Noun> = None;
    if after.contains("eferral") && referrals_to_a_service(after) {
        return Noun::Other;
    }
    if took_a_course(after) || answered_a_survey(after) {
        return Noun::Other;
    }
    // "17 civil claims", "41 civil actions": matters of civil law, brought for redress, are
    // not offences (a crime is a criminal matter).
    static CIVIL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*(?:[\w-]+\s+)?civil\s+(?:[\w-]+\s+)?(?:claims?|cases?|actions?|proceedings|suits?|lawsuits?|disputes?|matters?|orders?)\b",
        )
    });
    if after.contains("ivil") && CIVIL.is_match(after) {
        return Noun::Other;
    }
    // "142 charges or summonses": suspects brought to court, an outcome, not offences.
    static CHARGED_OR_SUMMONSED: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\W*(?:charges?\s+(?:or|and)\s+summons(?:es)?|summons(?:es)?\s+(?:or|and)\s+charges?)\b")
    });
    if after.contains("ummons") && CHARGED_OR_SUMMONSED.is_match(after) {
        return Noun::Other;
    }
    // "40 of the borough's infant and junior schools": a part of a whole, whose noun
    // comes after the words that say whose it is.
    const PHRASE_WORDS: usize = 6;
    const PARTITIVE_WORDS: usize = 3;
    let partitive = after.trim_start().starts_with("of the ");
    let read = if partitive { PHRASE_WORDS + PARTITIVE_WORDS } else { PHRASE_WORDS };
    let words: Vec<&str> = after.split_whitespace().take(read).collect();
    // Past an "and" or "or" read as joining words that describe the noun.
    let mut joined = false;
    for (i, &word) in words.iter().enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
        // "in one place and move the child elsewhere": a "the" after the "and" opens a clause
        // of its own (no "primary and secondary schools" has one), whose nouns are not counted.
        if joined && bare == "the" {
            break;
        }
        let joins_describing = matches!(bare.as_str(), "and" | "or")
            && words.get(i + 1).is_some_and(|next| next.starts_with(|c: char| c.is_alphabetic()));
        joined |= joins_describing;
        // "nine of last year's victims": a possessive year describes what is counted.
        let year_of = matches!(bare.as_str(), "last" | "this")
            && words.get(i + 1).is_some_and(|next| {
                let next = next.to_lowercase();
                ["year's", "year’s", "month's", "week's"].iter().any(|y| next.starts_with(y))
            });
        // "3,000 as homes are left empty": "as" opens a clause, even right after the number.
        let opens_clause = bare == "as";
        // "Of those, 162 were against NHS staff": the people offences were against are their
        // victims, not what is counted (unless the victims are what the lists count, "340
        // were against children").
        if i > 0 && bare == "against" && words.get(i + 1).is_none_or(|next| classify_word(next) != Noun::Count) {
            break;
        }
        if (i > 0 || opens_clause) && PHRASE_END.contains(&bare.as_str()) && !joins_describing && !year_of {
            break;
        }
        let class = classify_word(&bare);
        // "2,300 sheep were stolen", but "74 sheep theft offences".
        if class == Noun::Unknown && ANIMAL_NOUNS.contains(&bare.as_str()) {
            pending = Some(Noun::Other);
            if word.ends_with([',', '.', ';', ':', ')']) {
                break;
            }
            continue;
        }
        // "1,203 weapons offences", "40 firearms incidents": a noun of things before a noun of
        // offences describes them.
        let before_offences = class == Noun::Other
            && !word.ends_with([',', '.', ';', ':', ')'])
            && words.get(i + 1).is_some_and(|next| classify_word(next) == Noun::Count);
        if before_offences {
            pending = Some(Noun::Other);
            continue;
        }
        // "9 child abuse investigation teams", "40 children's homes", "6 crime scene
        // investigators": a singular noun or a possessive describes the noun the phrase ends
        // in, the last it names, which says what is counted.
        let describes = class == Noun::Count && (SINGULAR_COUNT_NOUNS.contains(&bare.as_str()) || is_possessive(word));
        // "one victim's mother": the word after a possessive is what is counted, even when
        // it is no noun of either list.
        let owned = i > 0 && class == Noun::Unknown && words.get(i - 1).is_some_and(|w| is_possessive(w));
        if describes || (pending.is_some() && class != Noun::Unknown) || owned {
            pending = Some(class);
        } else if class != Noun::Unknown {
            return class;
        }
        // The list opens right after the number, or after a word that goes before any
        // noun ("12 more rural, coastal or urban schools"): "412 last year, police and
        // council officers said" lists who said so.
        let opens_list = i == 0 || words.get(i - 1).is_some_and(|w| matches!(*w, "more" | "new" | "other"));
        let listed = class == Noun::Unknown && word.ends_with(',') && opens_list && in_describing_list(&words[i..]);
        if (word.ends_with([',', '.', ';', ':', ')']) || word.starts_with('(')) && !listed {
            break;
        }
    }
    pending.unwrap_or(Noun::Unknown)
}

/// "first, middle and high schools", "rural, coastal or urban schools": `words` open
/// on a describing word and its comma, then lower-case describing words (each with a comma
/// but the last) up to an "and" or "or", and one more word: a list of words describing one
/// noun, which the comma does not end. A word naming a time is no describing word: "410
/// yesterday, officers and staff said".
fn in_describing_list(words: &[&str]) -> bool {
    const TIMES: &[&str] = &[
        "yesterday",
        "today",
        "tonight",
        "overnight",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "night",
        "nights",
        "day",
        "days",
        "weekend",
        "morning",
        "afternoon",
        "evening",
        "recently",
        "ago",
        "alone",
        "already",
    ];
    let plain = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    let time = |w: &str| TIMES.contains(&w.trim_end_matches(','));
    if words.iter().take_while(|w| !matches!(**w, "and" | "or")).any(|w| time(w)) {
        return false;
    }
    if !words.first().is_some_and(|w| plain(w.trim_end_matches(','))) {
        return false;
    }
    let rest = words.get(1..).unwrap_or(&[]);
    let Some(join) = rest.iter().position(|w| matches!(*w, "and" | "or")) else { return false };
    let between = &rest[..join];
    let listed = |w: &&str| plain(w.strip_suffix(',').unwrap_or(w));
    !between.is_empty()
        && between.iter().all(listed)
        && between.iter().take(between.len() - 1).all(|w| w.ends_with(','))
        && !between.iter().any(|w| PHRASE_END.contains(&w.trim_end_matches(',')))
        && rest.get(join + 1).is_some_and(|w| plain(w.trim_end_matches([',', '.', ';', ':'])))
}

/// "12 bases", "31 written ministerial statements laid …", "9 regional offices.": the phrase
/// right after a number is a plural noun that names things, and no offences: lower-case
/// words (none a participle or a word that ends the phrase) up to a plural that ends the
/// phrase, the noun of neither list (an offence noun makes the phrase a count; one of other
/// things is read by [`head_noun`]). A number with no noun ("40 recorded that year", "12 in
/// Kent") names no things.
pub(super) fn unlisted_plural_things(after: &str) -> bool {
    const WORDS: usize = 4;
    let words: Vec<&str> = after.split_whitespace().take(WORDS + 1).collect();
    for (i, word) in words.iter().take(WORDS).enumerate() {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '!', '?']);
        let closes = bare.len() < word.len();
        if bare.is_empty() || !bare.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            return false;
        }
        // "46 against under-fives": a preposition opens no noun of the number's own.
        const PREPOSITIONS: &[&str] =
            &["against", "of", "about", "into", "over", "under", "through", "after", "before", "since", "among"];
        if PHRASE_END.contains(&bare) || PREPOSITIONS.contains(&bare) || bare.ends_with("ed") || bare.ends_with("ing") {
            return false;
        }
        if classify_word(bare) != Noun::Unknown || ANIMAL_NOUNS.contains(&bare) || TIME_OR_NUMBER.contains(&bare) {
            return false;
        }
        // The plural heads the phrase unless a noun follows it ("parts suppliers"): a word
        // of neither list that is no plural is a verb or the start of a clause ("statements
        // laid before the House").
        let next_ends = closes
            || words.get(i + 1).is_none_or(|next| {
                let next = next.trim_end_matches([',', '.', ';', ':', ')', '!', '?']).to_lowercase();
                next.chars().next().is_none_or(|c| !c.is_ascii_lowercase())
                    || PHRASE_END.contains(&next.as_str())
                    || (classify_word(&next) == Noun::Unknown && !looks_plural(&next))
            });
        if looks_plural(bare) && next_ends {
            return true;
        }
        if closes {
            return false;
        }
    }
    false
}

/// Words of time and numbers in words, which make the number before them no count of things
/// ("356 twelve months earlier", "89 five years earlier").
const TIME_OR_NUMBER: &[&str] = &[
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "seconds",
    "decades",
    "centuries",
    "nights",
    "times",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "thousand",
    "million",
    "dozen",
];

/// "bases", "statements": a lower-case word that reads as a plural (not "address", "bonus",
/// "analysis", "various").
fn looks_plural(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e))
}

/// "children's", "victims'", "girls’": a word in the possessive.
fn is_possessive(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '\'');
    word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'") || word.ends_with("s’")
}

/// "412 referrals to the council's early help service", "Referrals to the victims' hub:
/// 2,310", "referrals to children's social care", "to the council's front door" (where
/// a council takes them in), "Referrals received by the safeguarding hub: 980", "1,900 child protection referrals", "640 safeguarding referrals": people sent on
/// to a service, or to those who keep children safe, are counted, not offences.
fn referrals_to_a_service(phrase: &str) -> bool {
    static REFERRED_TO: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*(?:[\w-]+\s+){0,3}?referrals?\s+(?:(?:were|was)\s+)?(?:(?:made\s+)?(?:on\s+)?to|(?:received|handled|dealt\s+with)\s+by)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'\x{2019}-]+\s+){0,4}?(?:services?|schemes?|programmes?|charity|charities|teams?|units?|hubs?|centres?|panels?|projects?|helplines?|agencies|(?:social\s+)?care|authority|authorities|councils?|front\s+doors?)\b",
        )
    });
    static WELFARE_REFERRALS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*(?:[\w'\x{2019}-]+\s+){0,2}?(?:protection|safeguarding|welfare|safety|social[\s-]care|social[\s-]services|early[\s-]help|mental[\s-]health)\s+referrals?\b",
        )
    });
    REFERRED_TO.is_match(phrase) || WELFARE_REFERRALS.is_match(phrase)
}

/// "940 SENCOs who responded", "the 2,300 members who took part in the survey", "of the 612
/// who replied": those who
/// answered a survey, whatever the noun calls them, are people counted, not offences.
fn answered_a_survey(after: &str) -> bool {
    static ANSWERED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*(?:[\w'-]+\s+){0,3}?(?:who|that)\s+(?:had\s+|have\s+)?(?:responded|replied|answered|took\s+part|completed\s+(?:the|a|our|its)\s+(?:[\w-]+\s+)?(?:survey|poll|questionnaire)|filled\s+in)\b",
        )
    });
    (after.contains(" who ") || after.contains(" that ")) && ANSWERED.is_match(after)
}

/// "1,640 motorists finished a driver awareness course", "230 pupils went on an internet
/// safety session": people who went through training or a session are counted, not offences.
fn took_a_course(after: &str) -> bool {
    static TOOK: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*(?:[\w'-]+\s+){0,3}?(?:completed|attended|finished|passed|undertook|went\s+on|signed\s+up\s+(?:to|for))\s+(?:(?:the|a|an|their|its|this|our)\s+)?(?:[\w'-]+\s+){0,3}?(?:courses?|training|programmes?|sessions?|workshops?|classes)\b",
        )
    });
    TOOK.is_match(after)
}

/// "3,240 reports of missing children", "410 missing-person reports", "96 children went
/// missing": people reported missing are counted, not offences.
pub(super) fn missing_persons(after: &str) -> bool {
    static MISSING: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:\s+(?:reports?|cases?|incidents?|episodes?|of|children|child|young|people|person|girls|boys|who|were|was|had|have|been|went|gone|reported))*?\s+missing\b",
        )
    });
    after.contains("missing") && MISSING.is_match(after)
}

/// "Knives surrendered in amnesty bins: 1,030", "Arrests: 40": what the label of a "label:
/// value" line counts, for a value right after its colon.
pub(super) fn label_noun(before: &str) -> Noun {
    let Some(label) = before.trim_end().strip_suffix(':') else { return Noun::Unknown };
    let label = label.rsplit(['.', ';', ':', '|']).next().unwrap_or(label);
    if label.chars().any(|c| c.is_ascii_digit()) {
        return Noun::Unknown;
    }
    // "Dorset, the smallest of the forces, logged the fewest episodes: 1,204": a clause before
    // the colon ends on what its value counts.
    match head_noun(label) {
        Noun::Unknown => label.split_whitespace().last().map_or(Noun::Unknown, classify_word),
        noun => noun,
    }
}

/// "our neighbourhood officers, of whom there are now 350 more", "its volunteers, of whom there
/// were 240": what a number after "of whom there are" counts is the people named before it.
pub(super) fn of_whom_noun(before: &str) -> Noun {
    static OF_WHOM: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b([a-z-]+)\s*,?\s+of\s+whom\s+there\s+(?:are|were|is|was)\s+(?:now\s+|still\s+|then\s+)?$")
    });
    if !before.contains("whom") {
        return Noun::Unknown;
    }
    OF_WHOM.captures(before).map_or(Noun::Unknown, |c| classify_word(&c[1]))
}

/// Children and young people, counted as helped, taking part or in care rather than as
/// victims ("young people" is two words in the text, matched as such).
const YOUNG_PEOPLE: &[&str] =
    &["children", "child", "young people", "people", "girls", "boys", "teenagers", "youngsters"];

/// Others counted, with [`YOUNG_PEOPLE`], as taking part.
const PARTICIPANTS: &[&str] = &["pupils", "parents", "families"];

/// Verbs of a service helping people, which make those it helped a count of people, not of
/// offences against them: "supported 240 women", "300 children were safeguarded". Each
/// pattern that reads them adds the verbs of its own construction.
pub(super) const HELPING_VERBS: &[&str] =
    &["safeguarded", "helped", "supported", "rescued", "visited", "counselled", "trained"];

/// Verbs of people asked for answers in a survey or an interview: "polled 2,000 adults",
/// "1,200 of those questioned said".
pub(super) const ASKING_VERBS: &[&str] = &["surveyed", "polled", "questioned", "interviewed"];

/// The words of a list as a regex alternation, each space between words standing for any
/// white space: `&["young people", "boys"]` is `young\s+people|boys`.
pub(super) fn alternation(words: &[&str]) -> String {
    words.iter().map(|w| w.replace(' ', r"\s+")).collect::<Vec<_>>().join("|")
}

/// "Children subject to a child protection plan", "children were subject to a plan", "young
/// people on care plans", "children on the city's child protection register", "children
/// looked after", "children in need", "children on child in need plans" (a plan named in up to
/// five words): children a council's plan, register or care covers, counted as people, not as
/// offences against them.
pub(super) fn children_under_plans(words: &str) -> bool {
    static UNDER_PLANS: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\W*(?:{})\s+(?:(?:(?:who\s+)?(?:are|were|was|is)\s+)?(?:subject\s+to|on|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+(?:'s|\x{{2019}}s)\s+)?(?:[\w-]+\s+){{0,5}}?(?:plans?|registers?)\b|looked\s+after\b|in\s+(?:care|need)\b)",
            alternation(YOUNG_PEOPLE)
        ))
    });
    UNDER_PLANS.is_match(words)
}

/// "118 children had been referred to safeguarding teams", "300 young people were supported"
/// (or "were found and supported"), "60 pupils took part", "2,100 children in the county are in care": people counted as
/// helped, referred on to a service, reached, asked, taking part or in care, not as victims
/// of offences. ("19,000 potential victims were referred in 2024", sent to no service, counts
/// referrals, as "19,000 referrals" does.)
pub(super) fn persons_not_offences(after: &str) -> bool {
    static HELPED: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[\w-]+\s+){{0,2}}?(?:{}|victims|pupils|families)\s+(?:(?:had|have|has)\s+been|were|was|are|is|being|been)\s+(?:(?:also|then|since|now)\s+)?(?:(?:identified|found|located|traced|assessed)\s+and\s+)?(?:{}|{}|referred\s+(?:on\s+)?(?:to|for)|protected|removed|placed|taken\s+into|given|offered|reached|contacted|educated|taught|spoken\s+to)\b",
            alternation(YOUNG_PEOPLE),
            alternation(HELPING_VERBS),
            alternation(ASKING_VERBS)
        ))
    });
    // "1,260 children and young people supported one-to-one", "95 girls safeguarded after
    // online contact": a participle with no "were", taking no object, is passive too.
    static HELPED_BARE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[\w-]+\s+){{0,2}}?(?:{})\s+(?:{})(?:$|\s*[.,;:)]|\s+(?:by|through|after|following|in|at|on|during|since|across|over|via|one-to-one|face-to-face)\b)",
            alternation(YOUNG_PEOPLE),
            alternation(HELPING_VERBS)
        ))
    });
    static TOOK_PART: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[a-z-]+\s+){{0,2}}?(?:{}|{})\s+(?:have\s+|had\s+|also\s+)?(?:took\s+part|taken\s+part|attended|participated|signed\s+up|enrolled|completed|joined)\b",
            alternation(YOUNG_PEOPLE),
            alternation(PARTICIPANTS)
        ))
    });
    static IN_CARE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[a-z-]+\s+){{0,2}}?(?:{})\s+(?:[a-z-]+\s+){{0,3}}?(?:are|were|is|was|being|live|lived|living)\s+(?:in|living\s+in)\s+(?:local\s+authority\s+|foster\s+|residential\s+)?(?:care|custody|hospital|temporary\s+accommodation)\b",
            alternation(YOUNG_PEOPLE)
        ))
    });
    // "4,200 children in Kent are at risk of exploitation", "900 young people were deemed at
    // high risk", "312 girls as being at risk": people at risk of harm, not harmed.
    static AT_RISK: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^(\s+(?:[\w-]+\s+){{0,2}}?)(?:{})\s+(?:[\w-]+\s+){{0,3}}?(?:(?:are|were|is|was|being|been|remain|remained|as|who\s+are|who\s+were)\s+)?(?:(?:deemed|considered|judged|assessed\s+as|identified\s+as|thought\s+to\s+be|believed\s+to\s+be|being)\s+)?at\s+(?:(?:serious|high|significant|increased|greater|immediate|real)\s+)?risk\b",
            alternation(YOUNG_PEOPLE)
        ))
    });
    // "nine of the 64 children referred were boys", "the 300 young people referred were
    // seen within a week": people referred, then described, are people (a count of
    // referrals to a scheme is "children were referred to" or "referrals", read elsewhere).
    static REFERRED_THEN_DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:of\s+(?:the|these|those)\s+(?:[\d,]+\s+)?)?(?:[\w-]+\s+){{0,2}}?(?:{})\s+referred\s+(?:were|was|are|is)\b",
            alternation(YOUNG_PEOPLE)
        ))
    });
    // Not offences against people at risk ("1,200 offences against children at risk").
    let at_risk = after.contains(" risk")
        && AT_RISK.captures(after).is_some_and(|c| {
            c.get(1).is_none_or(|lead| {
                !lead.as_str().split_whitespace().any(|w| matches!(w, "against" | "of" | "involving" | "on"))
            })
        });
    let referred = after.contains("referred") && REFERRED_THEN_DESCRIBED.is_match(after);
    // "the 176 children seen, …", "300 young people were treated at the clinic": patients a
    // service saw, with the clause ending on the verb or naming the service.
    static SEEN: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[\w-]+\s+){{0,2}}?(?:{}|patients)\s+(?:(?:who\s+)?(?:were|was|had\s+been|have\s+been)\s+)?(?:seen|treated|examined|assessed)(?:\s*(?:$|[,.;:)])|\s+(?:by|at|in)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'\x{{2019}}-]+\s+){{0,3}}?(?:clinics?|hubs?|centres?|services?|teams?|units?|hospitals?|departments?|doctors|nurses|paediatricians)\b)",
            alternation(YOUNG_PEOPLE)
        ))
    });
    let seen =
        (after.contains("seen") || after.contains("treated") || after.contains("xamined") || after.contains("ssessed"))
            && SEEN.is_match(after);
    if HELPED.is_match(after) || HELPED_BARE.is_match(after) || at_risk || referred || seen {
        return true;
    }
    // The two patterns below open with people within three words: read those first (a
    // two-word noun never equals one word, and "people" is in the list on its own).
    let people = after.split_whitespace().take(3).any(|w| {
        let w = w.trim_end_matches([',', '.']).to_ascii_lowercase();
        YOUNG_PEOPLE.contains(&w.as_str()) || PARTICIPANTS.contains(&w.as_str())
    });
    // "some 2,300 children in care", "1,480 children looked after": children a council's
    // care or plan covers, with no verb, are people too.
    people && (TOOK_PART.is_match(after) || IN_CARE.is_match(after) || children_under_plans(after))
}

/// "168 drivers failed or refused a breath test", "40 motorists tested positive for
/// cannabis": people counted by the outcome of a roadside test are people tested, not
/// offences.
pub(super) fn persons_tested(after: &str) -> bool {
    static TESTED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:[\w-]+\s+)?(?:drivers|motorists|riders|people|men|women|adults|suspects)\s+(?:(?:either|also|then|later|subsequently)\s+)?(?:(?:failed|refused)(?:\s+or\s+(?:failed|refused))?\s+(?:to\s+(?:provide|give|take)\s+)?(?:[\w-]+\s+){0,2}?(?:tests?|specimens?|samples?|breath)\b|tested\s+positive|gave\s+(?:a\s+)?positive|provided\s+(?:a\s+)?positive)",
        )
    });
    (after.contains("fail") || after.contains("refus") || after.contains("positive")) && TESTED.is_match(after)
}

/// "in Kent", "across the West Midlands": where the people or property counted were, between
/// them and what happened to them ("810 homes in Kent were burgled").
const PLACED: &str =
    r"(?:\s+(?:in|across|throughout)\s+(?:the\s+)?(?-i:\p{Lu}[\w'-]*(?:\s+(?:and\s+)?\p{Lu}[\w'-]*){0,3}))?";

/// "Four people were killed", "12 women had been raped", "812 people were seriously
/// injured", "21 people died", "44 people lost their lives": people counted as the victims
/// of crimes or casualties, which a count of people is not otherwise.
pub(super) fn persons_harmed(after: &str) -> bool {
    static HARMED: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|men|women|adults|residents|pensioners|pedestrians|cyclists|motorcyclists|drivers|passengers){PLACED}\s+(?:(?:(?:had|have|has)\s+been|were|was|are|is|being|been)\s+(?:(?:fatally|sexually|seriously|violently|critically|badly)\s+)?(?:killed|murdered|raped|assaulted|attacked|stabbed|shot|abused|robbed|groomed|exploited|trafficked|injured|hurt|wounded)|died|(?:(?:had|have|has)\s+)?lost\s+their\s+lives)\b",
        ))
    });
    HARMED.is_match(after)
}

/// Property a theft or a burglary takes or breaks into.
const PROPERTY: &str = "homes|houses|flats|properties|dwellings|businesses|shops|stores|premises|sheds|garages|\
outbuildings|farms|vehicles|cars|vans|motorbikes|motorcycles|bikes|bicycles|tractors|phones";

/// "Almost 3,000 homes, sheds and businesses were broken into", "410 cars had been stolen",
/// "410 cars stolen":
/// property counted as the target of a theft or burglary, each one an offence, which a count
/// of homes or vehicles is not otherwise.
pub(super) fn property_targeted(after: &str) -> bool {
    static TARGETED: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[\w-]+(?:\s*,\s*|\s+(?:and|or)\s+|\s+)){{0,6}}?(?:{PROPERTY}){PLACED}\s+(?:(?:(?:had|have|has)\s+been|were|being|been)\s+(?:(?:either|also|all)\s+)?)?(?:broken\s+into|burgled|burglari[sz]ed|stolen|ransacked|looted|torched|set\s+(?:alight|on\s+fire)|targeted\s+by\s+(?:burglars|thieves|criminals))\b",
        ))
    });
    // "410 cars stolen in 2023/24": so with no verb before the participle.
    (after.contains(" were ")
        || after.contains(" been ")
        || after.contains("stolen")
        || after.contains("burgl")
        || after.contains("broken"))
        && TARGETED.is_match(after)
}

/// "burglars struck 31 homes", "thieves broke into 40 sheds and garages": property that
/// burglars or thieves are said to have hit, counted after their verb, each one an offence.
pub(super) fn property_struck(before: &str, after: &str) -> bool {
    static STRUCK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:burglars|thieves|raiders|intruders|criminals|gangs?)\s+(?:(?:had|have|has)\s+)?(?:struck|hit|targeted|raided|ransacked|burgled|broke\s+into|broken\s+into)\s+(?:(?:a\s+total\s+of|more\s+than|over|nearly|almost|around|about|some|at\s+least)\s+)?$",
        )
    });
    static PROPERTY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(r"(?i)^\s+(?:[\w-]+(?:\s*,\s*|\s+(?:and|or)\s+|\s+)){{0,3}}?(?:{PROPERTY})\b"))
    });
    // Cues without the first letter, which may be a capital.
    let thieves = ["urglars", "hieves", "aiders", "ntruders", "riminals", "gang", "Gang"];
    thieves.iter().any(|w| before.contains(w)) && STRUCK_BEFORE.is_match(before) && PROPERTY_AFTER.is_match(after)
}

/// What "the number of X" before a number counts ("the number of specialist officers in
/// the unit rose from 60"), or "more X than ever before - 42", or "Of those X, 42", or "X numbers at" ("keep
/// officer numbers at 2,512", "staff numbers rose to 310", "officer numbers now stand at 1,127",
/// "kept officer numbers above 2,500").
pub(super) fn number_of_noun(before: &str) -> Noun {
    static NUMBER_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bnumber\s+of\s+([\w-]+(?:\s+[\w-]+){0,2})|\b(?:more|fewer|extra|additional)\s+([\w-]+)\b[^.;:]*\s-\s+[^.;:]*$|(?:^|[.;:]\s+)\W*of\s+(?:the|these|those|its|their)\s+([A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}),\s*$",
        )
    });
    static NUMBERS_AT: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b([\w-]+)\s+(?:numbers|headcount|strength)\s+(?:(?:in|across|for)\s+[^,.;:\d]{{1,30}}?\s+)?(?:(?:now|still)\s+)?(?:(?:has|have|had)\s+)?(?:(?:stood|stand|stands|rose|risen|fell|fallen|grew|grown|climbed|dropped|reached)\s+)?(?:at|to|of|above|below|under)?\s*(?:{HEDGE}\s+)?$"
        ))
    });
    let numbers_at = || {
        (before.contains("numbers") || before.contains("headcount") || before.contains("strength"))
            .then(|| NUMBERS_AT.captures(before).and_then(|c| c.get(1)).map(|w| classify_word(w.as_str())))
            .flatten()
    };
    // "Of those webpages, 254,071 …": a part of the things named, which it counts too.
    let noun =
        NUMBER_OF.captures_iter(before).last().map_or(Noun::Unknown, |c| match (c.get(1).or(c.get(3)), c.get(2)) {
            (Some(phrase), _) => head_noun(phrase.as_str()),
            (None, Some(word)) => classify_word(word.as_str()),
            (None, None) => Noun::Unknown,
        });
    match noun {
        Noun::Unknown => numbers_at().unwrap_or(Noun::Unknown),
        noun => noun,
    }
}

/// "Hospital admissions for assault fell to 212 last year, from 265", "that arrests for
/// burglary have risen to 3,150", "knives seized rose from 804 to 873", "sessions fell by 3% to
/// 9,417", "thefts climbed by two per cent over twelve months to …", "calls were down to 6
/// from 15": what the subject of
/// a verb of change or level counts, for a number right after "to", "from" or "at" (or the
/// other end of such a span, in digits or words, past the year of its first end: "went up,
/// from ninety in 2022/23 to"). The subject is read from the start of its clause.
pub(super) fn subject_noun(before: &str) -> Noun {
    static VERB_TO: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\s+(?:(?:have|has|had)\s+)?(?:also\s+|now\s+)?(?:rose|risen|rising|fell|fallen|falling|dropped|increased|decreased|declined|climbed|jumped|grew|grown|went\s+(?:up|down)|(?:was|were|is|are|been)\s+(?:down|up)|stood|reached|totalled),?\s+(?:(?:by\s+(?:[\d,.]+|[a-z]+(?:-[a-z]+)?)\s*(?:%|per\s*cent)\s+(?:(?:last|this)\s+year\s+|in\s+(?:a|one|the\s+(?:last|past))\s+year\s+)?)?(?:to|from|at)\s+|(?:to|from)\s+(?:[\d,.]+|[a-z]+(?:-[a-z]+)?)(?:[^.;:\d]|\d{4}(?:[/-]\d{2,4})?){0,40}?\s+(?:from|to)\s+)(?:(?:more\s+than|over|nearly|almost|around|about|some|just\s+over|just\s+under)\s+)?$",
        )
    });
    static CLAUSE_START: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)(?:[.;:!?,(]|\s-\s|\b(?:that|and|but|while|whereas|as|when)\b)"));
    // In any case: copy read on air is written in capitals ("ROSE BY ONE PER CENT TO …").
    let has = |word: &[u8]| before.as_bytes().windows(word.len()).any(|w| w.eq_ignore_ascii_case(word));
    if !(has(b" to ") || has(b" from ") || has(b" at ")) {
        return Noun::Unknown;
    }
    let Some(verb) = VERB_TO.find(before) else { return Noun::Unknown };
    let mut subject = &before[..verb.start()];
    // "The number of first-time entrants - young people given a first caution - fell from 58":
    // an aside set off by dashes before the verb names no subject; what stands before it does.
    if let Some(open) = subject.trim_end().strip_suffix(" -").and_then(|rest| rest.rfind(" - ")) {
        subject = subject.get(..open).unwrap_or(subject);
    }
    let starts: Vec<regex::Match> = CLAUSE_START.find_iter(subject).collect();
    let start = offences_before_a_list(subject, &starts).or(starts.last().map(|m| m.end())).unwrap_or(0);
    let subject = subject.get(start..).unwrap_or("");
    // A subject with a number in it is about that number ("the 40 arrests"), or no subject.
    if subject.trim().is_empty() || subject.chars().any(|c| c.is_ascii_digit()) {
        return Noun::Unknown;
    }
    // "Women killed by a partner rose to 40": people harmed are counted as victims.
    if names_harm(subject) {
        return Noun::Unknown;
    }
    head_noun(&format!(" {subject}"))
}

/// "killed", "assaulted", "spat at": words saying people were harmed, whose numbers count
/// the victims of offences, not staff or other things.
pub(super) fn names_harm(words: &str) -> bool {
    static HARMED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:killed|murdered|raped|assaulted|attacked|stabbed|shot|abused|robbed|groomed|exploited|trafficked|injured|hurt|wounded|died|dead|harmed|spat|punched|kicked|bitten|threatened)\b",
        )
    });
    HARMED.is_match(words)
}

/// "Thefts of quad bikes and trailers fell from 41 to 29", "Crimes of taking, sharing or
/// possessing images rose from 562": an "and" or the commas of a list inside the "of"
/// phrase after a noun of offences join what they were of, not clauses; the subject is the
/// offences. Where the clause holding them starts in `subject`, given the clause starts
/// found in it, when the last starts are such joints.
fn offences_before_a_list(subject: &str, starts: &[regex::Match]) -> Option<usize> {
    let joint = |m: &regex::Match| m.as_str() == "," || m.as_str().eq_ignore_ascii_case("and");
    for k in (0..starts.len()).rev() {
        if !joint(&starts[k]) {
            return None;
        }
        let from = k.checked_sub(1).map_or(0, |j| starts[j].end());
        if joins_what_offences_were_of(subject, from, &starts[k]) {
            return Some(from);
        }
    }
    None
}

/// "Thefts of quad bikes ", "reports of stalking ": a noun of offences and the "of" phrase
/// after it, from `from` in `subject` up to an "and" that goes on with what they were of.
/// A verb in those words ("Thefts of quad bikes fell and …") closes a clause, and a noun of
/// things that are no offences after the "and" ("… and staff in the team rose") is a
/// subject of its own: either way the "and" opens the next one.
fn joins_what_offences_were_of(subject: &str, from: usize, and: &regex::Match) -> bool {
    let before_and = subject.get(from..and.start()).unwrap_or("");
    let next = subject.get(and.end()..).and_then(|rest| rest.split_whitespace().next()).unwrap_or("");
    if classify_word(next) == Noun::Other {
        return false;
    }
    static OFFENCES_OF: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)(?:^|\s)([\w-]+)\s+of\s+((?:[\w'-]+\s+){0,3}[\w'-]+)\s*$"));
    static VERB: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:rose|risen|rising|fell|fallen|falling|dropped|increased|decreased|declined|climbed|jumped|grew|grown|went|stood|reached|totalled|soared|surged|doubled|halved|trebled|tripled|dipped|slumped|plunged|plummeted|remained|stayed|was|were|is|are|has|have|had)\b",
        )
    });
    OFFENCES_OF.captures(before_and).is_some_and(|c| classify_word(&c[1]) == Noun::Count && !VERB.is_match(&c[2]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists read word by word, as [`classify_word`] read them before it hashed.
    fn classify_by_lists(word: &str) -> Noun {
        let w = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let w = w.strip_suffix("'s").unwrap_or(&w);
        if COUNT_NOUNS.contains(&w) || SINGULAR_COUNT_NOUNS.contains(&w) {
            Noun::Count
        } else if OTHER_NOUNS.contains(&w) {
            Noun::Other
        } else {
            Noun::Unknown
        }
    }

    #[test]
    fn hashed_noun_classes_agree_with_the_lists() {
        let listed = COUNT_NOUNS.iter().chain(SINGULAR_COUNT_NOUNS).chain(OTHER_NOUNS).chain(ANIMAL_NOUNS);
        let others = ["", "the", "Offences,", "(crimes)", "victim's", "OFFICERS.", "Ärzte", "sheep", "x"];
        for &word in listed.chain(others.iter()) {
            for w in [word.to_string(), word.to_uppercase(), format!("{word}'s"), format!("\"{word},\"")] {
                assert_eq!(classify_word(&w), classify_by_lists(&w), "{w}");
            }
        }
        assert_eq!(classify_word("Offences,"), Noun::Count);
        assert_eq!(classify_word("officers"), Noun::Other);
        assert_eq!(classify_word("sheep"), Noun::Unknown);
    }

    #[test]
    fn a_clause_after_and_is_no_part_of_the_noun_phrase() {
        assert_eq!(head_noun(" place and move the child elsewhere"), Noun::Unknown);
        assert_eq!(head_noun(" town or visit the victims later"), Noun::Unknown);
        // Words joined to describe the noun are still read through.
        assert_eq!(head_noun(" primary and secondary schools"), Noun::Other);
        assert_eq!(head_noun(" online and offline offences"), Noun::Count);
    }

    /// A time and a comma after the number, then who said so, is no list of describing words:
    /// "412 last week, wardens and officers said" counts nothing the speakers are.
    #[test]
    fn a_time_before_a_comma_and_a_compound_subject_is_no_describing_list() {
        assert_eq!(head_noun(" last month, residents and shopkeepers told us"), Noun::Unknown);
        assert_eq!(head_noun(" overnight, wardens and council officers said"), Noun::Unknown);
        assert_eq!(head_noun(" this week, nurses or doctors confirmed"), Noun::Unknown);
        // A list of describing words still reads through after "more".
        assert_eq!(head_noun(" more rural, coastal or urban schools"), Noun::Other);
    }

    #[test]
    fn a_list_of_describing_words_with_commas_is_read_through_to_its_noun() {
        assert_eq!(head_noun(" infant, junior and secondary schools in the county"), Noun::Other);
        assert_eq!(head_noun(" rural, coastal or urban schools"), Noun::Other);
        assert_eq!(head_noun(" contact, non-contact and online offences"), Noun::Count);
        // A comma after a word that is no list still ends the phrase.
        assert_eq!(head_noun(" yesterday, and officers said"), Noun::Unknown);
        assert_eq!(head_noun(" Kent, Essex and Surrey schools"), Noun::Unknown);
    }
}
