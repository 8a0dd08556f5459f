//! What a sentence's figures count: offences flagged online, all sexual offences against
//! children, or something else (grooming, indecent images, knife crime…).
//!
//! A sentence names its measure with cue phrases. The more specific cue wins: "online
//! grooming crimes" are grooming (other), "child sex offences … with an online element" are
//! online. Words in an "including …" list describe what a measure contains, not which
//! measure it is, and are ignored; so are titles of Acts ("the Sexual Offences Act").

use std::sync::LazyLock;

use regex::Regex;

use super::numbers::compile;
use crate::model::Measure;

/// Offences that are neither "online" nor "all": grooming, images, other crimes.
static OTHER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bgroom(?:ing|ed|ers?)\b|\bsexual\s+communications?\b|\bcommunicat\w*\s+(?:indecently|sexually)\b|\bindecent\s+(?:images?|photo\w*|videos?|pictures?|material|imagery)\b|\babuse\s+(?:images?|imagery|material)\b|\bimages?\s+(?:offences?|crimes?)\b|\bdomestic[\s-]+(?:abuse|violence)\b|\bknife\b|\bknives\b|\bsharp\s+(?:instrument|object)s?\b|\brobber(?:y|ies)\b|\bhomicides?\b|\bmurders?\b|\bburglar\w*\b|\bfraud\b|\bdrugs?\b|\bstalking\b|\bsextortion\b|\bfirearms?\b|\bgun\s+crime\b|\bhate\s+crimes?\b|\bmodern\s+slavery\b",
    )
});

/// Offences flagged as having an online or cyber element.
static ONLINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:online|internet|cyber|web)[\s-]+(?:related|enabled|element|flag(?:ged)?|facilitated)\b|\bcyber\b|\b(?:online|internet)[\s-]+(?:[\w-]+\s+){0,3}?(?:offences?|offending|crimes?|incidents?|exploitation|cases)\b|\b(?:committed|carried\s+out|took\s+place|happened)\s+(?:on\s+the\s+|over\s+the\s+)?(?:online|internet|web)\b|\binvolv\w*\s+the\s+internet\b|\bonline\s+element\b",
    )
});

/// All sexual offences against children.
static ALL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bsex(?:ual)?\s+(?:abuse\s+)?(?:offences?|offending|crimes?|abuse|assaults?|exploitation)\b|\brapes?\b",
    )
});

/// Where a list of what a measure contains begins ("including rape, grooming…").
static INCLUDING: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:including|includ(?:ed|es)|such\s+as|for\s+example)\b"));

/// Where such a list ends.
static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| compile(r"[;.]|\s-\s|\bbut\b"));

/// The title of an Act or Bill right after a cue ("Sexual Offences (Scotland) Act").
static ACT_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:\([^)]*\)\s*)?(?:Act|Bill)\b"));

/// `text` with "including …" lists blanked out (same length, so positions still agree).
fn without_inclusion_lists(text: &str) -> String {
    let mut out = text.to_string();
    let mut from = 0;
    while let Some(m) = INCLUDING.find_at(text, from) {
        let end = CLAUSE_END.find_at(text, m.end()).map_or(text.len(), |e| e.start());
        out.replace_range(m.start()..end, &" ".repeat(end - m.start()));
        from = end.max(m.end());
        if from >= text.len() {
            break;
        }
    }
    out
}

/// True when `re` matches somewhere in `text` outside an Act's title.
fn cue(re: &Regex, text: &str) -> bool {
    re.find_iter(text).any(|m| !ACT_AFTER.is_match(&text[m.end()..]))
}

/// The measure a sentence names, if it names one.
pub fn of_sentence(sentence: &str) -> Option<Measure> {
    let text = without_inclusion_lists(sentence);
    if cue(&OTHER, &text) {
        Some(Measure::Other)
    } else if cue(&ONLINE, &text) {
        Some(Measure::Online)
    } else if cue(&ALL, &text) {
        Some(Measure::All)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn online_flags_are_online_in_many_phrasings() {
        for s in [
            "there were 81 offences with a cyber element",
            "178 child sex offences had an online element",
            "an average of 15 internet-related sex crimes a day",
            "online child sex offences rose",
            "sex crimes committed on the internet",
            "whether a crime involved the internet",
            "cyber-related sex crimes against under-18s that included rape, grooming, and sexual assault",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Online), "{s}");
        }
    }

    #[test]
    fn all_sexual_offences_are_all_in_many_phrasings() {
        for s in [
            "247 sexual offences against under 18s were recorded",
            "778 sex crimes were recorded against children",
            "Five child sex offences are recorded every day",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::All), "{s}");
        }
    }

    #[test]
    fn grooming_images_and_other_crimes_are_other_even_when_online() {
        for s in [
            "the number of online grooming crimes reached 1,220",
            "34 Sexual Communication with a Child offences",
            "offences of communicating indecently with a child under 13",
            "182 crimes of possessing indecent images",
            "506 child abuse images crimes were recorded",
            "5,150 cases of domestic abuse-related violence",
            "offences involving a knife or sharp instrument",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Other), "{s}");
        }
    }

    #[test]
    fn titles_and_plain_sentences_name_no_measure() {
        assert_eq!(of_sentence("In 2010 when the Sexual Offences (Scotland) Act was introduced, there were 15."), None);
        assert_eq!(of_sentence("Of those 270 involved children aged under four."), None);
        assert_eq!(of_sentence("use the online reporting form"), None);
        assert_eq!(of_sentence("The PSNI recorded 1,875 crimes including rape, sexual assault and grooming."), None);
    }
}
