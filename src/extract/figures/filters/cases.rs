//! Counts belonging to one court case or one offender: the offences admitted or charged, those
//! linked to a suspect or taken into consideration, an offender's victims. They tell about
//! the case, not crime in an area.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::cues::{Case, CueWords, Found};
use crate::extract::figures::nouns::alternation;
use crate::extract::numbers::compile;
use crate::extract::places;

use super::SMALL_NUMBER_WORDS;

/// The hedges a count in a court report may carry between its verb and the number.
const CASE_HEDGE: &str = r"(?:(?:a\s+total\s+of|more\s+than|over|nearly|almost|around|about|some|at\s+least|up\s+to|a\s+further|another)\s+)?";

/// "admitted 14 offences", "pleaded guilty to nine charges", "was convicted of 31 counts",
/// "denies six offences", "faces 12 charges": what one defendant faces, admits, denies or is
/// charged with or convicted of is the case before the court, not a statistic of offences.
pub(super) fn is_case_charge(before: &str, after: &str) -> bool {
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
    // All the stems in one pass over the window, in either case.
    static STEM_CUES: LazyLock<CueWords> = LazyLock::new(|| CueWords::new(STEMS, Case::Folded));
    let near = before.get(before.len().saturating_sub(48)..).unwrap_or(before);
    if STEM_CUES.find(near) == Found::NONE {
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
pub(super) fn taken_into_consideration(after: &str) -> bool {
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
pub(super) fn linked_to_a_suspect(before: &str) -> bool {
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
pub(super) fn charges_of_a_case(before: &str, after: &str) -> bool {
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

/// "groomed 11 girls", "had abused four boys", "persuaded seven of the girls", "targeted at
/// least five boys": the people an
/// offender harmed, told in the story of one case, not a statistic of victims (unless
/// [`of_many_cases`]).
pub(super) fn is_offenders_victims(before: &str, after: &str) -> bool {
    static OFFENDER_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)\b(?:groom(?:s|ed|ing)?|abus(?:e|es|ed|ing)|rap(?:e|es|ed|ing)|molest(?:s|ed|ing)?|sexually\s+assault(?:s|ed|ing)?|blackmail(?:s|ed|ing)?|sextort(?:s|ed|ing)?|persuad(?:e|es|ed|ing)|coerc(?:e|es|ed|ing)|lur(?:e|es|ed|ing)|prey(?:s|ed|ing)?\s+on|target(?:s|ed|ing)?|befriend(?:s|ed|ing)?)\s+(?:also\s+)?{CASE_HEDGE}$"
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
    // "damages to each of the two victims", "£900 to each of five victims": the
    // victims of the case, each given something.
    static EACH_OF_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\beach\s+of\s+(?:(?:the|his|her|their)\s+)?$"));
    static VICTIMS_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)^\s+(?:[\w-]+\s+)?victims\b"));
    (PEOPLE_AFTER.is_match(after)
        && OFFENDER_VERB_BEFORE.find(before).is_some_and(|m| !of_many_cases(&before[..m.start()])))
        || (after.contains("victims of") && OF_ONE_AFTER.is_match(after))
        || (before.ends_with(' ') && VICTIMS_AFTER.is_match(after) && EACH_OF_BEFORE.is_match(before))
}

/// "212 images in category A", "340 in category B", "1,200 were in Category C": indecent
/// images of one case counted by the legal category of their severity (A, B or C). Such
/// counts belong to a seizure in one case; what forces record is offences.
pub(super) fn images_by_category(after: &str) -> bool {
    static CATEGORY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:(?:indecent\s+)?(?:images?|pictures?|photos?|photographs?|videos?|films?|files?|movies?)\s+)?(?:(?:were|was|are)\s+)?(?:(?:in|of|at|rated)\s+)?category\s+(?-i:[ABC])\b",
        )
    });
    after.contains("ategor") && CATEGORY_AFTER.is_match(after)
}

#[cfg(test)]
mod stem_gate_tests {
    use super::*;

    #[test]
    fn a_court_verb_in_capitals_still_reads_as_a_charge() {
        assert!(is_case_charge("The joiner, 52, ADMITTED ", " offences of theft at the depot."));
        assert!(is_case_charge("A driver from the estate Pleaded Guilty To ", " counts of fraud."));
    }

    #[test]
    fn a_window_without_a_court_verb_is_no_charge() {
        assert!(!is_case_charge("Wardens across the moor recorded ", " sheep worrying incidents."));
        assert!(!is_case_charge("", " offences."));
    }
}
