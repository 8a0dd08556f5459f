//! Numbers that count something other than offences, or a part of another count: people
//! helped, dealt with or arrested, referrals, forces and areas, populations, thresholds, wholes
//! of shares, parts of the number before, respondents, idioms of "one" and guesses.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::figures::kinds::Candidate;
use crate::extract::figures::nouns::{
    alternation, classify_word, ends_phrase, head_noun, unlisted_plural_things, Noun, ASKING_VERBS, HELPING_VERBS,
};
use crate::extract::numbers::{compile, Number};
use crate::model::Kind;

use super::SMALL_NUMBER_WORDS;

/// "five or six incidents", "four or five times", "forty, fifty children", "thirty or forty":
/// a small number in words joined by "or" or a comma to the number next to it (the next ten,
/// for a round number of tens) is a guess, not a count anyone made. Figures printed as digits
/// ("41 or 42") are kept.
pub(super) fn is_guess_between_neighbours(n: &Number, before: &str, after: &str) -> bool {
    const MAX_GUESS: f64 = 20.0;
    const MAX_TENS_GUESS: f64 = 90.0;
    let tens = n.value >= 20.0 && n.value % 10.0 == 0.0;
    if !n.in_words || n.percent || n.value > if tens { MAX_TENS_GUESS } else { MAX_GUESS } || n.value.fract() != 0.0 {
        return false;
    }
    let step = if tens { 10.0 } else { 1.0 };
    let after = after.trim_start();
    let word_after =
        after.strip_prefix("or ").or_else(|| after.strip_prefix(", ")).and_then(|rest| rest.split_whitespace().next());
    let before = before.trim_end();
    let word_before = before
        .strip_suffix(" or")
        .or_else(|| before.strip_suffix(','))
        .and_then(|rest| rest.split_whitespace().next_back());
    let neighbour = |word: Option<&str>, step: f64| {
        word.map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
            .filter(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
            .and_then(crate::extract::numbers::word_value)
            .is_some_and(|v| v == n.value + step)
    };
    neighbour(word_after, step) || neighbour(word_before, -step)
}

/// "a UK helpline dealt with 22,227 cases", "the helpline answered 9,800": what a helpline
/// or advice line handled are contacts with it, not offences the police recorded.
pub(super) fn handled_by_a_helpline(before: &str) -> bool {
    static HELPLINE_HANDLED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:helplines?|advice\s+lines?|support\s+lines?)\b[^.;:]{0,60}?\b(?:dealt\s+with|handled|answered|received|took|fielded|responded\s+to|logged|opened)\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|a\s+record)\s+)?$",
        )
    });
    (before.contains("elpline") || before.contains(" line")) && HELPLINE_HANDLED.is_match(before)
}

/// "of the 60 child protection cases inspectors examined", "40 investigations they reviewed",
/// "in 17 of the 50 files sampled": cases or investigations looked at by an inspection or
/// review are the files it read, not offences recorded.
pub(super) fn files_examined(after: &str) -> bool {
    static EXAMINED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:[\w-]+\s+){0,4}?(?:cases|files|investigations|case\s+files|records|crime\s+reports)\s+(?:(?:that|which)\s+)?(?:(?:they|inspectors|it|we|reviewers|auditors|the\s+(?:inspectorate|inspectors|review|reviewers|team))\s+)?(?:had\s+|have\s+)?(?:reviewed|examined|sampled|dip-sampled|audited|inspected|looked\s+at|checked|assessed)\b",
        )
    });
    EXAMINED_AFTER.is_match(after)
}

/// "reviewed 40 investigations and found 12 in which …", "checked 90 files, finding 31 where
/// …": a number of what a review found, right after the things it looked at, counts those.
pub(super) fn found_among_those_examined(before: &str, after: &str) -> bool {
    static FOUND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\band|,)\s+(?:found|finding|identified|judged|rated|deemed)\s+(?:that\s+)?(?:(?:only|just|some)\s+)?$",
        )
    });
    static WHICH_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:in\s+which|where|that|which|of\s+(?:them|these|those)|had|were|was)\b"));
    FOUND_BEFORE.is_match(before) && WHICH_AFTER.is_match(after)
}

/// "was recorded 1,187 times", "logged 640 times in 2023/24", "recorded stalking 1,187 times
/// by Avon and Somerset": an offence counted by the times it was recorded, where the clause
/// ends after "times" or a time or a place follows; not a multiple ("three times the
/// level", "reported 3 times more often"). So are the times offenders "targeted" or
/// "attacked" their victims, with the victims and where between ("targeted pensioners in the
/// Cleveland area more than 450 times last year").
pub(super) fn recorded_times(before: &str, after: &str) -> bool {
    static RECORDED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\b(?:recorded|logged|reported|flagged|committed)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?|\b(?:targeted|attacked|assaulted|abused|groomed|stalked)\s+[^.;:,()\d]{1,60}?\s+)(?:(?:more\s+than|over|nearly|almost|around|about|some|just\s+over|just\s+under)\s+)?$",
        )
    });
    static TIMES_ENDS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+times\b(?:\s*(?:$|[.,;:)\x{2013}-])|\s+(?:in|during|by|across|within|last|this|since|between|from|at|according)\b|\s+over\s+the\s+(?:past|last|previous|course|year|period|12|twelve)\b)",
        )
    });
    after.starts_with(" times") && TIMES_ENDS.is_match(after) && RECORDED_BEFORE.is_match(before)
}

/// "Percentages may not sum to 100", "shares add up to 100 per cent": the whole that shares
/// make, no statistic.
pub(super) fn is_whole_of_shares(n: &Number, before: &str) -> bool {
    static SUM_TO: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:sum|add(?:\s+up)?|total|come)\s+to\s+(?:exactly\s+)?$"));
    n.value == 100.0 && before.ends_with("to ") && SUM_TO.is_match(before)
}

/// "Of the 39 forces that responded, 30 reported a rise", "Of London's 32 boroughs, 21 saw a
/// fall", "Of the county's 12 districts, nine …": a number of the forces or areas just named.
pub(super) static OF_THE_FORCES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bof\s+(?:the|these|those|all|its|their|[\w-]+(?:'s|\x{2019}s|s'))\s+(?:[\w'\x{2019}-]+\s+){0,2}?(?:police\s+)?(?:forces|constabularies|boroughs|districts|council\s+areas|local\s+authorities|wards|divisions|counties)\b[^.;:,]{0,80},\s*(?:only\s+|just\s+|some\s+)?$",
    )
});

/// "4,120 burglaries were recorded", "1,210 knife offences", "640 more burglaries": a number
/// followed, before any verb, by a noun of offences it counts ("21 saw thefts fall" has the
/// verb first: the number counts the areas just named).
pub(super) fn names_its_offences(after: &str) -> bool {
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

/// "one crime in five", "two victims in every three": a fraction in words with its noun
/// between the two numbers.
pub(super) fn is_fraction_in_words(n: &Number, after: &str) -> bool {
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
pub(super) fn is_part_of_forces(before: &str, after: &str) -> bool {
    static FORCES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:forces|constabularies|councils)(?:\s+(?:in|across|covering|throughout)\s+[^,.;:\d]{2,40}?)?\s*,\s*(?:only\s+|just\s+|some\s+)?$",
        )
    });
    static OF_WHICH_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:which|whom|them|these)\b"));
    before.ends_with(", ") && FORCES_BEFORE.is_match(before) && OF_WHICH_AFTER.is_match(after)
}

/// "The force is one of 43 in England and Wales", "Kent was one of only 12 to record a fall",
/// "one of 39 nationally.", "one of 27 annual reviews published": a number after "one of",
/// with no noun of its own or a noun of things that are no offences, is the size of the set
/// its subject belongs to, not a count of anything it recorded ("one of 43 offences" and "one
/// of 40 recorded that year" keep theirs).
pub(super) fn is_size_of_group(before: &str, after: &str) -> bool {
    static ONE_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bone\s+of\s+(?:only\s+|just\s+)?$"));
    static GROUP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:\s*[,.;:)]|\s*$|\s+(?:in|across|throughout)\s+(?:the\s+)?(?:England|Wales|Scotland|Britain|UK|United\s+Kingdom|country|region)\b|\s+(?:nationally|nationwide)\b|\s+to\s+(?:record|see|have|report|show|log|post|be)\b)",
        )
    });
    let near = crate::extract::tail_within(before, before.len(), 24);
    (near.ends_with("of ") || near.ends_with("only ") || near.ends_with("just "))
        && ONE_OF_BEFORE.is_match(near)
        && (GROUP_AFTER.is_match(after) || head_noun(after) == Noun::Other || unlisted_plural_things(after))
}

/// "the charity supported 240 women and 310 children", "had helped 85 girls", "the team
/// identified 60 children at risk", "refuges turned away 90 women and 120 children", "is
/// working with 40 children": people a
/// service helped, found or had no room for, counted after its verb, not offences against them.
pub(super) fn persons_helped(before: &str, after: &str) -> bool {
    static HELPED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        // "safeguarding 60 girls", "contacted 300 families", "housed 40 women": a service
        // looking after people or reaching them, besides the shared helping verbs.
        const LOOKED_AFTER: &str = r"safeguard|safeguarding|contacted|reached|educated|housed|sheltered";
        // "turned away 90 women", "cared for 85 children", "is working with 40 children".
        const TURNED_AWAY_OR_WORKED_WITH: &str = r"turned\s+away|cared\s+for|(?:work|works|working|worked)\s+with";
        // "identified 60 children at risk", "referred 120 young people": people found or passed on.
        const FOUND: &str = r"identified|located|traced|referred";
        // "some", "more than", "nearly": a word hedging the number.
        const HEDGE_WORDS: &str = r"some|around|about|more\s+than|over|nearly|almost";
        let helping = alternation(HELPING_VERBS);
        // "a total of 240", "about 240": the hedge right after the verb.
        let hedge = format!(r"(?:(?:a\s+total\s+of|{HEDGE_WORDS})\s+)?");
        // "supported 240 women and 310 children", "85 young mothers, as well as about 60
        // children": an earlier group of people counted after the same verb.
        let earlier_group =
            format!(r"(?:[\d,]+\s+[a-z-]+(?:\s+[a-z-]+)?,?\s+(?:and|as\s+well\s+as)\s+(?:(?:{HEDGE_WORDS})\s+)?)?");
        compile(&format!(
            r"(?i)\b(?:{helping}|{LOOKED_AFTER}|{TURNED_AWAY_OR_WORKED_WITH}|{FOUND})\s+{hedge}{earlier_group}$"
        ))
    });
    static PERSONS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:children|child|girls|boys|victims|babies|young\s+people)\b")
    });
    // "96 young people and families supported this year", "90 girls counselled by the team":
    // the people, then the helping verb as a participle.
    static PERSONS_HELPED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:[\w-]+\s+){{0,2}}?(?:children|girls|boys|victims|young\s+people|women|men|families|survivors)(?:\s+and\s+(?:[\w-]+\s+)?(?:children|girls|boys|young\s+people|women|men|families|adults|carers))?\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:{})\b",
            alternation(HELPING_VERBS)
        ))
    });
    (PERSONS_AFTER.is_match(after) && HELPED_BEFORE.is_match(before)) || PERSONS_HELPED_AFTER.is_match(after)
}

/// "charged 90 drivers", "a further 75 were charged", "searched 1,200 people": people the
/// police acted on are counted, not offences. An offence noun after the number still
/// counts offences ("charged with 40 offences" has no number after the verb).
pub(super) fn people_dealt_with(before: &str, after: &str) -> bool {
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
/// opened in 2020, has taken 515 referrals", "the unit of four nurses saw about 250
/// referrals", "the safeguarding board, which received 63 referrals", "the liaison team at
/// Harbourside Hospital received 740 referrals", "the sexual health service (SHS) took 80
/// referrals": referrals a speaker's service (or a service, board, partnership, hospital or
/// trust named as the subject, with an aside, its initials or its site after it) had or made
/// are people sent on to it or by it, not offences. So are the children or patients such a
/// service saw or treated ("the hub has seen 176 children") and the cases it was involved
/// with ("the trust's safeguarding team was involved with 900 cases").
pub(super) fn referrals_a_service_had(before: &str, after: &str) -> bool {
    static SERVICE_HAD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:clinic|service|team|unit|hub|helpline|charity|refuge|centre|center|project|scheme|programme|board|partnership|committee|panel|hospital|trust|department|infirmary)(?:,[^,;:]{1,100},|\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+|\s+\((?-i:[A-Z][A-Za-z-]*)\)|\s+(?:at|in)\s+(?:the\s+)?(?-i:\p{Lu})[\w'\x{2019}-]*(?:\s+(?:(?-i:\p{Lu})[\w'\x{2019}-]*|of|and|for)){0,6}|\s+for\s+[^,;:.()\d]{1,80}?)?(?:,?\s+(?:which|that))?\s+(?:(?:has|had|have|also|now|was|were)\s+)?(had|received|got|taken|took|handled|dealt\s+with|seen|saw|treated|examined|assessed|involved\s+(?:with|in))\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|just\s+over|just\s+under)\s+)?$",
        )
    });
    static WE_HAD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:we|we've|we'd|our\s+(?:service|team|charity|refuge|centre|project|unit|staff))\s+(?:(?:have|had|has|also|now)\s+)?(?:had|received|got|taken|took|handled|made|dealt\s+with|seen|saw)\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|just\s+over|just\s+under)\s+)?$",
        )
    });
    static REFERRALS_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+)?referrals\b"));
    // Those a service sees are its patients; cases it is involved with are its work.
    static PATIENTS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^\s+(?:[\w-]+\s+)?(?:children|young\s+people|people|patients|adults|girls|boys|teenagers)\b")
    });
    static CASES_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+)?cases\b"));
    // "a hub for children the police referred has seen": who "for" names is no service; nor is
    // a force ("the Metropolitan Police Service saw").
    let by_police = |c: &regex::Captures| {
        c.get(0).is_some_and(|m| {
            let said = m.as_str().to_ascii_lowercase();
            let gap = said.split_once(" for ").map_or("", |(_, gap)| gap);
            gap.contains("police")
                || gap.contains("officer")
                || gap.contains("force")
                || before[..m.start()].trim_end().to_ascii_lowercase().ends_with("police")
        })
    };
    let service_verb = || SERVICE_HAD_BEFORE.captures(before).filter(|c| !by_police(c)).and_then(|c| c.get(1));
    if after.contains("referrals") && REFERRALS_AFTER.is_match(after) {
        return WE_HAD_BEFORE.is_match(before) || service_verb().is_some_and(|v| !v.as_str().starts_with("involved"));
    }
    let Some(verb) = service_verb() else { return false };
    let verb = verb.as_str().to_ascii_lowercase();
    match verb.as_str() {
        "seen" | "saw" | "treated" | "examined" | "assessed" => PATIENTS_AFTER.is_match(after),
        v if v.starts_with("involved") => CASES_AFTER.is_match(after),
        _ => false,
    }
}

/// "9,100 domestic incidents that did not amount to a crime", "1,200 non-crime incidents":
/// what the text says are no crimes is counted, but not as offences. (Reports of anti-social
/// behaviour, once read here too, are counted as the golds count them: incidents the police
/// log, measure other.)
pub(super) fn not_crimes(after: &str) -> bool {
    static NO_CRIME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^.;:\d]{0,80}?(?:\bnon-crimes?\b|\b(?:did|do|does|would)\s*(?:not|n't)\s+(?:amount\s+to|constitute|count\s+as|meet\s+the\s+(?:\w+\s+)?(?:threshold|definition)\s+(?:for|of))\s+(?:a\s+|an\s+)?(?:criminal\s+offences?|crimes?|offences?)\b|\bnot\s+(?:recorded|classed|classified|counted)\s+as\s+(?:a\s+)?crimes?\b)",
        )
    });
    after.contains("crim") && NO_CRIME.is_match(after)
}

/// "… where four were recorded": a bare number that offences are counted by.
pub(super) static RECORDED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:such\s+)?(?:were|was|had\s+been|have\s+been)\s+(?:recorded|logged|reported|flagged|committed)\b",
    )
});

/// "… the fewest crimes, with twenty-three recorded": a number the offences just named were
/// recorded by, the participle right after it.
pub(super) fn with_recorded(before: &str, after: &str) -> bool {
    static WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\bwith\s+(?:(?:just|only|a\s+mere|some|around|about|nearly|almost|barely|over|more\s+than)\s+)?$")
    });
    static PARTICIPLE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:recorded|logged|reported|flagged)\b"));
    PARTICIPLE_AFTER.is_match(after) && WITH_BEFORE.is_match(before)
}

/// "had more than 40,000 on a single hard drive", "found 3,100 on his laptop": a bare
/// number of things kept on a device (images, files), not offences.
pub(super) static STORED_ON_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^\s+(?:stored\s+|saved\s+|kept\s+|held\s+)?on\s+(?:a|an|one|his|her|their|the|its)\s+(?:single\s+|seized\s+|personal\s+|work\s+|own\s+)?(?:hard\s+drives?|phones?|mobile(?:\s+phones?)?|computers?|laptops?|devices?|tablets?|memory\s+sticks?|usb\s+sticks?|external\s+drives?)\b",
    )
});

/// "At least one crime", "more than one offence", "logged as one offence" (how a thing is
/// recorded), "one crime is one too many", "one offence
/// can be recorded under two headings", "a single large case may shift the count", "One victim, who asked not to be named, said": a
/// threshold, a figure of speech, a general case or a person introduced, not a count of one;
/// nor is the one a plan is hoped to spare ("if it saves one child").
pub(super) fn is_idiomatic_one(s: &str, before: &str, after: &str) -> bool {
    static GENERAL_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+){1,2}(?:can|could|may|might|will|would|should|must)\b"));
    static THRESHOLD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:at\s+least|more\s+than|no\s+more\s+than|any|every|not\s+a\s+single|not|as)\s+$")
    });
    static TOO_MANY: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bone\s+too\s+many\b"));
    // "One victim from the county, who asked not to be named, said": a person brought in to
    // speak or be described; so with an aside saying who they are ("One victim, a nurse from
    // Luton, told us").
    static PERSON_INTRODUCED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+[a-z-]+(?:\s+(?:from|in|of|at)\s+[^,.;:\d]{1,40})?(?:\s*,\s*(?:who|whose|now|then|aged)\b|(?:\s*,\s*(?:a|an)\s+[^,.;:\x22“”]{1,60},)?\s+(?:said|says|told|tells|added|recalled|recalls|described|describes|explained|explains)\b)",
        )
    });
    // "the site was named in most cases where one was given": "one" standing for a thing named before.
    static PRONOUN: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:where|when|whenever|wherever|if)\s+$"));
    static VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:was|is|were|had|has)\b"));
    static ONLY_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:only|just)\s+$"));
    // "In one case, burglars struck 31 homes": an example brought in, not a count of cases;
    // so with no comma when the sentence opens on it ("In one case a woman of 82 lost …", "In
    // one case 14 victims were …").
    static EXAMPLE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:case|instance|incident|example|attack|raid)\s*,"));
    static OPENING_EXAMPLE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:case|instance|example)\s+(?:[a-z]|\d)"));
    // "if the scheme spares one pupil from harm": the one a plan is hoped to spare.
    static WORTH_IT_IF: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bif\s+(?:it|this|that|we|they|you|the\s+\w+)\s+(?:only\s+|just\s+|even\s+)?(?:stops|saves|helps|protects|prevents|spares|reaches|keeps)\s+(?:just\s+|only\s+|even\s+)?$",
        )
    });
    let ends_in =
        before.as_bytes().get(before.len().saturating_sub(3)..).is_some_and(|end| end.eq_ignore_ascii_case(b"in "));
    let opens = before.trim_start_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case("in ");
    let example = ends_in && (EXAMPLE.is_match(after) || opens && OPENING_EXAMPLE.is_match(after));
    example
        || THRESHOLD_BEFORE.is_match(before)
        || (PRONOUN.is_match(before) && VERB_AFTER.is_match(after))
        || (PERSON_INTRODUCED.is_match(after) && !ONLY_BEFORE.is_match(before))
        || after.trim_start().starts_with("or more")
        || after.trim_start().starts_with("of ")
        || TOO_MANY.is_match(s)
        || GENERAL_AFTER.is_match(after)
        || (before.contains("f ") && WORTH_IT_IF.is_match(before))
}

/// "on course to pass the 100 mark", "set to exceed 1,200", "could top 5,000": a value a total
/// is only said to be heading for (a projection, a forecast, a modal), not one it reached.
pub(super) fn is_only_heading_for(before: &str) -> bool {
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
pub(super) fn is_group_threshold(before: &str) -> bool {
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
pub(super) fn is_population(before: &str, after: &str) -> bool {
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
/// a few words that describe them, is no statistic. A "the" after an "and" opens a phrase of
/// its own ("Durham 96 and the Welsh forces 401"): no words describing one noun have one.
pub(super) fn counts_areas(after: &str) -> bool {
    let mut previous = "";
    let mut joined = false;
    for word in after.split_whitespace().take(8) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
        if joined && matches!(bare.as_str(), "the" | "its" | "their") {
            return false;
        }
        let of_two_words = (bare == "constables" && previous == "chief") || (bare == "units" && previous == "command");
        if AREA_NOUNS.contains(&bare.as_str()) || of_two_words {
            return true;
        }
        let joins = bare == "and";
        joined |= joins;
        // "command" of "basic command units", which names what it describes.
        let joins = joins || bare == "command";
        let describes = !bare.is_empty()
            && bare.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && classify_word(&bare) == Noun::Unknown
            && !super::super::nouns::ends_phrase(&bare);
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

/// "61 of them", "(2023/24: 14)": a number told as a part of the one before, or as its value
/// in another year, in brackets after it.
pub(super) fn refers_back(before: &str, after: &str) -> bool {
    static OF_THEM_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+of\s+(?:them|these|those|which|whom)\b"));
    static BRACKET_LABEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"\([^()]{1,24}:\s*$"));
    (after.starts_with(" of ") && OF_THEM_AFTER.is_match(after))
        || (before.ends_with(": ") && BRACKET_LABEL_BEFORE.is_match(before))
}

/// "so the tally has now reached 900", "that total has now topped 500": a
/// number a figure named back ("the figure", "the total") has reached is that figure's
/// value again, and counts what it does.
pub(super) fn reached_by_the_figure(before: &str) -> bool {
    static REACHED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:the|that|this|its)\s+(?:figure|total|number|tally|count)\s+(?:(?:has|had|have)\s+)?(?:now\s+|ever\s+|already\s+)?(?:passed|topped|reached|exceeded|surpassed|hit|gone\s+(?:over|above|past|beyond))\s+(?:(?:more\s+than|over|nearly|almost|around|about|some)\s+)?$",
        )
    });
    (before.contains("figure")
        || before.contains("total")
        || before.contains("number")
        || before.contains("tally")
        || before.contains("count"))
        && REACHED.is_match(before)
}

/// "70 were sent on by nurses and 25 by teachers": a number after "and" with only
/// "by" and who did it after it is a later item of a list whose verb was left out.
pub(super) fn gapped_by_item(before: &str, after: &str) -> bool {
    let b = before.trim_end();
    b.strip_suffix("and").is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', ','])) && after.starts_with(" by ")
}

/// "Four of the seven recorded fewer offences", "nine reported a rise": a number with no
/// noun of its own, standing as the subject of a verb of recording that goes on to a
/// comparison, counts those who recorded (forces or areas named before), not offences. Not
/// "3,000 had more than one victim": "more than" a quantity is how many of something else
/// each had, not a comparison.
pub(super) fn counts_those_recording(after: &str) -> bool {
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
pub(super) fn partitive_frame(before: &str, after: &str) -> Option<Noun> {
    static FRAME: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:^|[.;:!?]\s+)[\W]*of\s+(?:the|these|those|this|its|their|all|(?:last|this|that)\s+year's)\s+((?:[^,;:.!?\d]|\d,\d|\d)+?)\s*,\s*(?:(?:some|only|just|about|around|nearly|almost|more\s+than|over|fewer\s+than)\s+)?$",
        )
    });
    let first = after.split_whitespace().next().unwrap_or("");
    let verb = !first.is_empty()
        && first.chars().all(|c| c.is_ascii_lowercase())
        && classify_word(first) == Noun::Unknown
        && !super::super::nouns::ends_phrase(first)
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
pub(super) fn part_of_those_dealt_with(before: &str) -> bool {
    static THOSE_DEALT_WITH: LazyLock<Regex> = LazyLock::new(|| {
        // "Of" opening a sentence or clause.
        const OPENING_OF: &str = r"(?:^|[.;:!?]\s+)\W*of\s+";
        // "those", "the drivers", "the young men": the people it is about.
        const THOSE: &str = r"(?:those|the\s+(?:[\w-]+\s+)?(?:people|persons|drivers|motorists|men|women|adults|suspects|individuals))\s+";
        // "who were", "had been": a passive before the verb, which may be left out.
        const WHO_WERE: &str = r"(?:(?:who\s+)?(?:were|was|had\s+been|have\s+been)\s+)?";
        // "arrested", "stopped", "breathalysed": what the police did to them (or, at the join,
        // a service helping them or a survey asking them).
        const POLICE_ACTIONS: &str =
            r"arrested|charged|cautioned|convicted|jailed|detained|stopped|searched|tested|breathalysed|questioned";
        // " in Kent last year, ": the rest of the phrase, up to its comma.
        const UP_TO_COMMA: &str = r"[^.;:!?\d]{0,60},\s*";
        // "some", "only", "more than": a word that hedges the number right after the comma.
        const HEDGE: &str = r"(?:(?:some|only|just|about|around|nearly|almost|more\s+than|over|fewer\s+than)\s+)?$";
        let helping = alternation(HELPING_VERBS);
        let asking = alternation(ASKING_VERBS);
        compile(&format!(
            r"(?i){OPENING_OF}{THOSE}{WHO_WERE}(?:{POLICE_ACTIONS}|{helping}|{asking})\b{UP_TO_COMMA}{HEDGE}"
        ))
    });
    // "Of the 176 children seen, 90 were referred by GPs": a part of the patients a clinic or
    // hub saw (counted by `referrals_a_service_had`), numbered or not.
    static PATIENTS_SEEN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:^|[.;:!?]\s+)\W*of\s+(?:the|those|these)\s+(?:[\d,]+\s+)?(?:[\w-]+\s+)?(?:children|young\s+people|people|patients|adults|girls|boys|teenagers)\s+(?:(?:who\s+)?(?:were|was|had\s+been|have\s+been)\s+)?(?:seen|treated|examined|assessed)\b[^.;:!?\d]{0,60},\s*(?:(?:some|only|just|about|around|nearly|almost|more\s+than|over|fewer\s+than)\s+)?$",
        )
    });
    before.contains(',')
        && before.to_ascii_lowercase().contains("of ")
        && (THOSE_DEALT_WITH.is_match(before) || PATIENTS_SEEN.is_match(before))
}

/// "arrested 389 people, down 8% from 423", "made 247 arrests over the month, compared with
/// 221 a year earlier", "had supported 73 children referred to it in the past year, compared
/// with 29 a decade ago": a bare value a comparison starts from, in the clause of a count of
/// something other than offences (with only a change between them), counts what that does.
/// The words of the count's own noun phrase ("children referred", which the count was read
/// past) are no other noun of offences between them.
pub(super) fn baseline_of_things(s: &str, n: &Number, out: &[Candidate]) -> bool {
    let Some(counted) = out.iter().rev().find(|c| !c.number.percent) else { return false };
    let changes_between = out.iter().rev().take_while(|c| c.number.percent).count();
    let between = s.get(counted.number.range.end..n.range.start).unwrap_or(";");
    // The count's own phrase runs from right after it (no punctuation first) up to the word
    // that ends it, or a word that ends with punctuation (which is still in it).
    let own_phrase = if between.starts_with(' ') && between.trim_start().starts_with(char::is_alphabetic) {
        let words: Vec<&str> = between.split_whitespace().collect();
        let ends = words
            .iter()
            .position(|w| ends_phrase(&w.to_lowercase()) || w.ends_with(|c: char| !c.is_alphanumeric() && c != '-'));
        ends.map_or(words.len(), |at| {
            if words.get(at).is_some_and(|w| ends_phrase(&w.to_lowercase())) {
                at
            } else {
                at + 1
            }
        })
    } else {
        0
    };
    let mut past_its_noun = between.split_whitespace().skip(own_phrase);
    counted.not_offences
        && counted.kind == Kind::Other
        && changes_between <= 1
        && !between.contains([';', '.'])
        && past_its_noun.all(|w| classify_word(w) != Noun::Count)
}

/// "Average wait: 19 days (down from 26)", "response times of 14 minutes, against 11 a year
/// earlier": a bare value a comparison starts from, right after a value with a unit of time
/// or distance in its clause, is in that unit too, no count.
pub(super) fn baseline_of_a_measured_value(before: &str, after: &str) -> bool {
    static MEASURED_FROM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\b([a-z]+)\s+)?\b\d[\d,.]*\s*(?:days?|weeks?|months?|hours?|hrs|minutes?|mins?|seconds?|secs?|miles?|km|kilometres?|metres?|mph)\b[^\d.;:!?]{0,30}?\b(?:from|than|with|against|versus|vs\.?)\s+(?:just\s+|only\s+|about\s+|around\s+)?$",
        )
    });
    static NOTHING_COUNTED_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:$|[),.;:!?]|(?:a|the|in|last|this|previously|before|earlier)\b)"));
    // "over the 12 months, up from 21", "in the 12 months to March, up from 2,498": a span the
    // figures cover is no value measured in its unit.
    const SPAN_WORDS: &[&str] = &[
        "the", "over", "in", "past", "last", "previous", "first", "next", "within", "during", "for", "those", "these",
    ];
    // "went down from 50 days to 33", "cut from nine weeks to five": so is the later end of a span
    // whose first end carries the unit.
    static MEASURED_SPAN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bfrom\s+(?:about\s+|around\s+)?(?:\d[\d,.]*|[a-z]+)\s*(?:days?|weeks?|months?|hours?|hrs|minutes?|mins?|seconds?|secs?|miles?|km|kilometres?|metres?|mph)\s+(?:down\s+|up\s+)?to\s+(?:just\s+|only\s+|about\s+|around\s+|under\s+|over\s+)?$",
        )
    });
    if before.contains("from") && NOTHING_COUNTED_AFTER.is_match(after) && MEASURED_SPAN_BEFORE.is_match(before) {
        return true;
    }
    NOTHING_COUNTED_AFTER.is_match(after)
        && MEASURED_FROM_BEFORE
            .captures(before)
            .is_some_and(|c| c.get(1).is_none_or(|w| !SPAN_WORDS.iter().any(|s| w.as_str().eq_ignore_ascii_case(s))))
}

/// "…, and 23 recovered from garages", "and 95 handed in at front counters", "and a further
/// 2,150 housed in the borough": a number after "and" (and perhaps "a further", "another")
/// with no noun, a past participle right after it, is a later item of a list whose noun was
/// left out.
pub(super) fn gapped_item(before: &str, after: &str) -> bool {
    static PARTICIPLE_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"^\s+(?:[a-z]+ed|taken|found|given|stolen|thrown|brought|sent|seen)\b"));
    let b = before.trim_end();
    let b = [" a further", " another", " an extra"].iter().find_map(|w| b.strip_suffix(w)).unwrap_or(b);
    b.strip_suffix("and").is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', ',']))
        && PARTICIPLE_AFTER.is_match(after)
}

/// "safeguarded 40 people, including 12 children", "67 arrests, among them 9 women", "900
/// searches, of which 41 found a weapon": a part named after "including" counts what the
/// number before it counts.
pub(super) fn part_of_previous(before: &str) -> bool {
    let b = before.trim_end();
    let b = [" some", " at least"].iter().find_map(|h| b.strip_suffix(h)).unwrap_or(b);
    [", including", ", among them", ", of whom", ", of which", "- including"].iter().any(|w| b.ends_with(w))
}

/// "33 gave complete figures", "six declined to answer", "1,200 said they had", "2,000
/// households, 1,450 of which answered": a bare number that answered a request or a survey
/// counts those asked (forces, people), not offences.
pub(super) static RESPONDENTS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)^\s+(?:(?:of\s+(?:them|these|those|which|whom|the\s+[\w-]+)(?:\s+(?:{}|asked))?|in\s+all|in\s+total|only|also)\s+)?(?:(?:had|have|has)\s+)?(?:gave|provided|supplied|responded|replied|answered|returned|shared|disclosed|declined|refused|said|say|says|told|admitted|agreed|felt|believed|thought)\b",
        alternation(ASKING_VERBS)
    ))
});

/// "Nearly a third of members who took the poll, 31% of 640, said …": a bare number after "N%
/// of" is the whole the share was taken of, and counts what the share before it in the
/// sentence is of; when those are people (members, students), it counts no offences.
pub(super) fn base_of_a_share_of_people(before: &str, after: &str) -> bool {
    static SHARE_OF_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$"));
    static NOTHING_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:$|[,.;:!?)\x{2013}\x{2014}]|-\s)"));
    // An earlier share of a noun: "30 per cent of students", "half of our members".
    static EARLIER_SHARE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:%|\bper\s*cent|\bpercent|\bhalf|\bthirds?|\bquarters?|\bmajority|\bminority)\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|all\s+)?([a-z][\w-]*)",
        )
    });
    if !before.ends_with("of ") || !NOTHING_AFTER.is_match(after) {
        return false;
    }
    let Some(tail) = SHARE_OF_BEFORE.find(before) else {
        return false;
    };
    let earlier = before.get(..tail.start()).unwrap_or("");
    EARLIER_SHARE.captures_iter(earlier).last().is_some_and(|c| classify_word(&c[1]) == Noun::Other)
}

/// "officers carried out 2,000 knife sweeps", "conducted 640 test purchases": what the police
/// did, counted after the verb, with a noun that is not one of offences (the caller checks),
/// is no count of offences. (A bare number, "the force carried out over 40,000 in all", counts
/// what the text counted before it.)
pub(super) fn police_carried_out(before: &str, after: &str) -> bool {
    static CARRIED_OUT: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:carried\s+out|carries\s+out|carrying\s+out|conducted|conducts|conducting|undertook|undertaken|performed)\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|at\s+least|another|an\s+extra)\s+)?$",
        )
    });
    (before.contains("out ") || before.contains("uct") || before.contains("und") || before.contains("perf"))
        && after.starts_with(' ')
        && after.trim_start().starts_with(char::is_alphabetic)
        && CARRIED_OUT.is_match(before)
}

/// "cut the backlog of laptops from more than 400 to under 70", "brought the queue of
/// calls down from 410": a number after "from" with no noun of its own counts what the
/// "… of NOUN" before it names; when that noun is no offence, nor is the number.
pub(super) fn things_changed_from(before: &str) -> bool {
    static OF_NOUN_FROM: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bof\s+([a-z-]+)\s+(?:(?:down|up)\s+)?from\s+(?:(?:more\s+than|over|about|around|nearly|almost|some|under|fewer\s+than|less\s+than)\s+)?$",
        )
    });
    if !before.contains("from") {
        return false;
    }
    OF_NOUN_FROM
        .captures(before)
        .and_then(|c| c.get(1))
        .and_then(|m| before.get(m.start().saturating_sub(1)..m.end()))
        .is_some_and(|noun| head_noun(noun) == Noun::Other)
}

/// "figures by borough – the Met has 32 – will follow", "of which Kent has 12,": a bare
/// number a place has, in an aside closed right after it, counts the units it is made of, not
/// offences. ("The county now has 1,200, up from 900" goes on about what it counted.)
pub(super) fn possessed_units(before: &str, after: &str) -> bool {
    static HAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:[(,\x{2013}\x{2014}]|\s-|\bof\s+which|\bof\s+whom)\s+(?:the\s+)?(?-i:\p{Lu})[\w'\x{2019}-]*(?:\s+[\w'\x{2019}-]+){0,4}?\s+(?:has|have)\s+(?:(?:about|around|some|only|just)\s+)?$",
        )
    });
    static CLOSES: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:[,;)\x{2013}\x{2014}]|-\s)"));
    before.ends_with(' ') && CLOSES.is_match(after) && HAS_BEFORE.is_match(before)
}

/// "covers 2,100,000 people, more than Dorset's 780,000", "600,000 residents, more
/// than Dorset's 520,000": a bare number compared with the one before counts what it does.
pub(super) fn compared_with_previous(before: &str) -> bool {
    static THAN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:fewer|more|less|larger|smaller|bigger|greater|higher|lower)\s+than\s+(?:(?:the\s+)?(?-i:\p{Lu})[\w-]*(?:\s+(?:(?-i:\p{Lu})[\w-]*|and|of))*(?:'s|\x{2019}s|s')\s+)?(?:(?:about|around|some|roughly|nearly|almost)\s+)?$",
        )
    });
    before.contains("than ") && THAN.is_match(before)
}

/// "1,500 counsellors across 12 bases", "volunteers based in 9 offices", "at 14 depots": a
/// number after a preposition of place whose noun names things that are no offences counts
/// the places something is spread over or done at, not offences. (An offence noun keeps its
/// count, "in 40 incidents"; "from" is left out, as it opens the start of a change, "up from
/// 356 twelve months earlier".)
pub(super) fn places_spread_over(before: &str, after: &str) -> bool {
    static PLACE_PREPOSITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:across|at|in|among|within|throughout)\s+(?:(?:some|about|around|roughly|more\s+than|nearly|almost|just|only|all)\s+)?(?:(?:its|their|our|the)\s+)?$",
        )
    });
    PLACE_PREPOSITION_BEFORE.is_match(before) && unlisted_plural_things(after)
}

/// "delivered 212 prevention talks", "held 45 drop-in surgeries", "ran 30 workshops": things a
/// service delivered, held or ran, named by a plural of neither list, are its work, not
/// offences.
pub(super) fn activities_delivered(before: &str, after: &str) -> bool {
    static DELIVERED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:delivered|delivers|delivering|held|holds|holding|hosted|hosts|hosting|ran|runs|running|staged|organised|organized|gave|given)\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|at\s+least|another|an\s+extra)\s+)?$",
        )
    });
    DELIVERED_BEFORE.is_match(before) && unlisted_plural_things(after)
}

/// "the typical probation worker was carrying 48 cases", "she held 22 cases", "I used to have
/// maybe one case a year", "detectives juggling 30 investigations": the cases or
/// investigations one worker (or each of a kind of worker) carries are a caseload, a measure
/// of work, not offences. So is a number a "caseload" is said to be or to pass ("caseloads
/// in a few offices passed 30", "caseloads of more than 40").
pub(super) fn is_caseload(before: &str, after: &str) -> bool {
    const HEDGED: &str = r"(?:(?:maybe|perhaps|about|around|some|roughly|more\s+than|over|nearly|almost|up\s+to|as\s+many\s+as|at\s+least)\s+)?";
    static CASES_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:cases?|investigations?|families|referrals)\b"));
    // "carrying 19 cases", "juggling 30 investigations": verbs said of a worker's load.
    static CARRYING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(r"(?i)\b(?:carry|carries|carried|carrying|juggle|juggles|juggled|juggling)\s+{HEDGED}$"))
    });
    // "she held 22 cases", "I used to have perhaps three cases": a person (not a force or a
    // team, whose cases may be offences) having or holding them.
    static PERSON_HAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b(?:(?-i:I)|he|she|(?:social\s+)?workers?|practitioners?|detectives?|caseworkers?|officers?)\s+(?:[\w'\x{{2019}}]+\s+){{0,3}}?(?:have|has|had|hold|holds|held|holding|manage|manages|managed|managing)\s+{HEDGED}$"
        ))
    });
    // "caseloads in a few offices passed 30", "caseloads of more than 40": the number is
    // what a caseload is, in the same clause, with no number between.
    static CASELOAD_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bcaseloads?\b[^.;:!?\d]{0,60}$"));
    let cases = (after.contains("case")
        || after.contains("investigation")
        || after.contains("famil")
        || after.contains("referral"))
        && CASES_AFTER.is_match(after)
        && (CARRYING_BEFORE.is_match(before) || PERSON_HAS_BEFORE.is_match(before));
    cases || (before.contains("aseload") && CASELOAD_BEFORE.is_match(before))
}

/// "30, 35 live investigations", "40 or 50 officers", "from 20 to 25 staff": the first of two
/// numbers said together, the second no more than three times the first, counts what the
/// noun after the second does (the caller asks when the first has no noun of its own).
pub(super) fn noun_of_the_next_number(n: &Number, after: &str) -> Noun {
    static NEXT: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^(?:\s*,|\s+or|\s+to)\s+(?P<n>\d[\d,]*)(?P<rest>\s.*)$"));
    let Some(c) = NEXT.captures(after) else { return Noun::Unknown };
    let second = c.name("n").and_then(|m| m.as_str().replace(',', "").parse::<f64>().ok());
    match (second, c.name("rest")) {
        (Some(v), Some(rest)) if v > n.value && v <= 3.0 * n.value => head_noun(rest.as_str()),
        _ => Noun::Unknown,
    }
}
