//! What a sentence's figures count: offences flagged online, all sexual offences against
//! children, or something else (grooming, indecent images, knife crime, theft…).
//!
//! A sentence names its measure with cue phrases. The more specific cue wins: "online
//! grooming crimes" are grooming (other), "child sex offences … with an online element" are
//! online. Words in an "including …" list describe what a measure contains, not which
//! measure it is, and are ignored; so are titles of Acts ("the Sexual Offences Act").

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::cues::{index_of, Case, CueWords, Found};
use super::numbers::compile;
use crate::model::Measure;

/// Offences that are neither "online" nor "all": grooming, images (offences said to involve
/// images, AI-generated ones among them), other crimes, counselling sessions a helpline held
/// (which count children who asked for help, not offences), crime
/// of every kind ("overall crime", "total recorded crime"), and offences carrying an
/// exploitation flag ("flagged as child sexual exploitation", "a CSE marker"), a flagged part,
/// as are crimes counted as exploitation ("child sexual exploitation offences", "CSE crimes",
/// "reports of child sexual exploitation", but not "… exploitation and abuse", the whole).
static OTHER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bgroom(?:ing|ed|ers?)\b|\bsexual\s+communications?\b|\bcommunications?\s+(?:offences?|crimes?|charges?)\b|\bcommunicat\w*\s+(?:indecently|sexually)\b|\bindecent\s+(?:images?|photo\w*|videos?|pictures?|material|imagery)\b|\babuse\s+(?:images?|imagery|material)\b|\bimages?\s+(?:offences?|crimes?)\b|\binvolv(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:images?|imagery|pictures)\b|\b(?:AI|computer)[\s-]generated\s+(?:images?|imagery|pictures)\b|\bcategory\s+[abc]\b|\bdomestic[\s-]+(?:abuse|violence)\b|\bknife\b|\bknives\b|\bsharp\s+(?:instrument|object)s?\b|\brobber(?:y|ies)\b|\bhomicides?\b|\bmurders?\b|\bburglar\w*\b|\bfrauds?\b|\bdrugs?\b|\bstalking\b|\bsextortion\b|\bintimate\s+(?:images?|photos?|photographs?|pictures?|videos?)\b|\bimage[\s-]based\b|\bcyber[\s-]?flashing\b|\bupskirting\b|\b(?:were|was|been|being)\s+sexually\s+exploited\b|\bblackmail\w*|\bextort(?:ion|ed|ing)?\b|\bfirearms?\b|\bgun\s+crime\b|\bhate\s+crimes?\b|\bmodern\s+slavery\b|\bcounsell?ing\s+(?:sessions?|contacts?)\b|\b(?:overall|total)\s+(?:recorded\s+)?crime\b|\bcrime\s+overall\b|\b(?:no|without(?:\s+an?)?)\s+(?:online|internet|cyber)\s+(?:element|flag|link|dimension)\b|\b(?:flagged|tagged|marked)\s+(?:up\s+)?(?:by\s+(?:the\s+)?(?:police|officers|forces?)\s+)?as\s+(?:being\s+|involving\s+)?(?:child\s+)?(?:sexual|criminal)\s+exploitation\b|\b(?:child\s+)?(?:sexual|criminal)\s+exploitation\s+(?:\([A-Z]{2,5}\)\s+)?(?:flags?|markers?|tags?)\b|\bCSE\s+(?:flags?|markers?|tags?)\b|\b(?:child\s+)?(?:sexual|criminal)\s+exploitation\s+(?:\([A-Z]{2,5}\)\s+)?(?:offences?|crimes?|cases)\b|(?-i:\bCSE\b)\s+(?:offences?|crimes?|cases)\b|\b(?:reports?|referrals?|offences?|crimes?|cases)\s+of\s+(?:child\s+)?(?:sexual|criminal)\s+exploitation(?:\s*(?:[,.;:)]|$)|\s+(?:to|in|fell|rose|were|was|had|has|have|by|across|last|this|over|during|since|went|increased|decreased|dropped|reached|climbed|an)\b)|(?-i:\bCSE\b)[\s-]+(?:flagged|marked|tagged)\b|\b(?:child\s+)?(?:sexual|criminal)\s+exploitation[\s-]+(?:flagged|marked|tagged)\b",
    )
});

/// Crimes against property ("rural crime", "thefts", "shoplifting", "vehicle crime",
/// "criminal damage", "arson") and violent or public-order crime ("violence against the
/// person", "violent crime", "anti-social behaviour", "common assault"): another measure, as [`OTHER`]'s are, but only where the
/// words name no measure of sexual offences too. They are often named only as the setting
/// ("3,100 child sexual offences in a year when shoplifting dominated the headlines"), and
/// where a sentence counts both, each figure's own words say which it is.
static OTHER_CRIME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\brural\s+crimes?\b|\bthefts?\b|\bshoplifting\b|\bvehicle\s+crimes?\b|\bcriminal\s+damage\b|\barson\b|\bviolence\s+against\s+the\s+person\b|\bviolent\s+crimes?\b|\bpublic[\s-]order\s+(?:offences?|crimes?)\b|\banti-?social\s+behaviou?r\b|\bcommon\s+assaults?\b",
    )
});

/// Crime of every kind: "overall crime", "total recorded crime", "crime overall".
static WHOLE_CRIME: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:overall|total)\s+(?:recorded\s+)?crime\b|\bcrime\s+overall\b"));

/// Where crime of every kind is first named in `text`, and where it is last named ends.
pub fn whole_crime(text: &str) -> Option<(usize, usize)> {
    if !text.contains("crime") && !text.contains("Crime") {
        return None;
    }
    let mut found = WHOLE_CRIME.find_iter(text);
    let first = found.next()?;
    Some((first.start(), found.last().unwrap_or(first).end()))
}

/// Offences flagged as having an online or cyber element (a flag some forces call an "online
/// marker" or "tag"); offences "flagged" with nothing after it carry the online flag, the one
/// flag forces add to these crimes, and so does "the flagged figure" (or "Kent's flagged
/// total"); the word may stand in quote marks ("an 'online' flag"). Offences that "began
/// online" (or "started online"), that involved "the use of a laptop or the internet", "online
/// child sexual abuse" that rose or was reported (not a unit named for it, "the online child
/// abuse team"), and "the
/// online ones" that rose or fell are online too, and so are the words of a category set in
/// quote marks before its noun (810 "online child sexual abuse" crimes).
/// Offences that "carried the marker" carry the flag the text named before, which may be
/// another one: see [`carries_the_flag_named`].
static ONLINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:online|internet|cyber|web|digital)[\x22\x27]?[\s-]+(?:related|enabled|element|flag(?:ged)?|facilitated|markers?|tag(?:ged)?|links?|linked|dimension|component)\b|\bcyber\b|\b(?:online|internet)[\s-]+(?:[\w-]+[\x22\x27’”]?\s+){0,3}?(?:offences?|offending|crimes?|incidents?|exploitation|cases)\b|\b(?:committed|carried\s+out|took\s+place|taken\s+place|taking\s+place|happened|occurred|began|begun|beginning|started|starting)\s+(?:[\w-]+\s+){0,3}?(?:on\s+the\s+|over\s+the\s+)?(?:online|internet|web)\b|\bthe\s+(?:online|flagged)[\s-]+ones\s+(?:went|rose|fell|grew|climbed|increased|decreased|dropped|jumped|doubled|numbered|totalled|totaled|reached|came|stood|were\s+up|were\s+down)\b|\binvolv\w*\s+(?:the\s+use\s+of\s+)?(?:(?:a|an|the)\s+[\w-]+\s+(?:or|and)\s+)?the\s+internet\b|\b(?:internet|web)\s+(?:played|plays|had|has)\s+(?:a|any|some)\s+(?:part|role)\b|\b(?:internet|web)\s+(?:was|were|had\s+been)\s+(?:used|involved)\b|\bflagged\s+(?:as\s+|up\s+as\s+)?(?:being\s+|happening\s+|occurring\s+|taking\s+place\s+|committed\s+|carried\s+out\s+)?[\x22\x27]?(?:online|cyber|internet)\b|\bflag(?:ged|s)?\s+(?:[\w,.'-]+\s+){1,6}?as\s+(?:being\s+|happening\s+|occurring\s+|taking\s+place\s+|committed\s+|carried\s+out\s+)?[\x22\x27]?(?:online|cyber|internet)\b|\b\d[\d,.]*\s+(?:of\s+(?:them|which|those|these)\s+)?(?:were\s+|was\s+)?online\b|\b(?:having|had|has|have|with)\s+an?\s+(?:online|internet|cyber|digital|web)\s+(?:part|aspect|side|angle)\b|\bonline\s+element\b|\b(?:online|internet)[\s-]+(?:child\s+sex(?:ual)?|child|sexual)\s+abuse(?:\s*(?:[,.;:)]|$)|\s+(?:has|have|had|is|was|were|rose|fell|grew|went|climbed|jumped|soared|increased|decreased|dropped|doubled|up|down|made|reported|reports?|referrals?|crimes?|offences?|cases)\b)|\b(?:online|internet|cyber)[\s-]+(?:figure|figures|total|tally|count|number)\b|\bflagged\s+(?:[a-z-]+\s+){0,3}?(?:offences?|crimes?|cases)\b|\b(?:the|its|their|this|that|these|those|[\w-]+['’]s)\s+flagged\s+(?:figures?|totals?|tally|count|numbers?)\b|\b(?:offences?|crimes?|cases)\s+(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?flagged(?:\s*(?:[,.;:)]|$)|\s+(?:in|during|last|this|that|a|the|over|out|since|between|five|four|three|two)\b)",
    )
});

/// "flagged 1,450 crimes in 2019": a count flagged over a period, with no flag named, carries
/// the online flag, unless the rest of its clause names another flag or qualifier ("as
/// racially motivated", "where a victim was under 16"): see [`flags_a_count_online`].
static FLAGGED_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bflagged\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|just)\s+)?\d[\d,.]*\s+(?:offences?|crimes?|cases)\s+(?:over|in|during|last|this|since|between)\b",
    )
});

/// What, later in a flagged count's clause, says the flag is another one: "as" and a word other
/// than online, cyber or internet, or a clause of its own ("where", "involving", "because").
static OTHER_FLAG_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^[^.;:]*?\b(?:as\s+(?:being\s+|having\s+)?(?:[a-z][\w-]*)|where|in\s+which|involving|because|linked\s+to|relating\s+to|related\s+to)\b",
    )
});

/// Whether `text` holds a count flagged over a period ([`FLAGGED_COUNT`]) whose clause names no
/// other flag: "as online" keeps it online, "as racially motivated" does not.
fn flags_a_count_online(text: &str) -> bool {
    static AS_ONLINE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\bas\s+(?:being\s+|having\s+)?(?:online|cyber|internet)\b"));
    text.contains("flagged")
        && FLAGGED_COUNT.find_iter(text).any(|m| {
            let rest = &text[m.end()..];
            let clause = rest.find(['.', ';', ':']).map_or(rest, |end| &rest[..end]);
            !ACT_AFTER.is_match(rest) && (AS_ONLINE.is_match(clause) || !OTHER_FLAG_AFTER.is_match(clause))
        })
}

/// Whether `text` names the online measure outside an Act's title.
fn online_cue(text: &str) -> bool {
    // "… counted in all, regardless of whether it happened online": offences of either kind.
    static REGARDLESS: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:whether\s+or\s+not|regardless\s+of\s+whether|with\s+or\s+without)\s+(?:[\w-]+\s+){0,3}$")
    });
    let regardless = |at: usize| REGARDLESS.is_match(tail_of(text, at));
    let either = text.contains("whether") || text.contains("regardless") || text.contains("with or without");
    if either {
        return ONLINE.find_iter(text).any(|m| !ACT_AFTER.is_match(&text[m.end()..]) && !regardless(m.start()))
            || flags_a_count_online(text);
    }
    cue(&ONLINE, text) || flags_a_count_online(text)
}

/// Up to 60 bytes of `text` before byte `at`, cut at a char boundary.
fn tail_of(text: &str, at: usize) -> &str {
    let mut start = at.saturating_sub(60);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    text.get(start..at).unwrap_or("")
}

/// Whether `text` names the online measure anywhere (a cheap count of the kinds named).
fn names_online(text: &str) -> bool {
    ONLINE.is_match(text) || flags_a_count_online(text)
}

/// "carried the marker", "bore that flag": a flag named before, told again with no words of its
/// own.
static CARRIED_FLAG: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:carr(?:y|ies|ied|ying)|bore|bears?|bearing)\s+(?:the|that|this|such\s+a)\s+(?:marker|flag|tag)\b",
    )
});

/// A flag, marker or tag named in a sentence.
static FLAG_WORD: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:flag|marker|tag)s?\b"));

/// Whether a sentence says its offences "carried the marker" (or "bore that flag") the text
/// named before, with nothing after it to say which flag: "the flag for religious hatred"
/// names its own.
pub fn carries_the_flag_named(sentence: &str) -> bool {
    static QUALIFIED: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+(?:for|of|on|as|to)\b"));
    (sentence.contains("flag") || sentence.contains("marker") || sentence.contains("tag"))
        && CARRIED_FLAG.find_iter(sentence).any(|m| !QUALIFIED.is_match(&sentence[m.end()..]))
}

/// Whether the flag a sentence names is the online one ("Police record an online flag when
/// …"), `Some(false)` for another ("a domestic abuse flag", "a hate crime marker"), `None` when
/// it names no flag or only tells of one named before ([`carries_the_flag_named`]).
pub fn names_an_online_flag(sentence: &str) -> Option<bool> {
    let named = (sentence.contains("flag") || sentence.contains("marker") || sentence.contains("tag"))
        && FLAG_WORD.is_match(sentence)
        && !CARRIED_FLAG.is_match(sentence);
    named.then(|| online_cue(sentence) && !cue(&OTHER, sentence))
}

/// All sexual offences against children; so "the all-offence total", set against a part of it.
static ALL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\bsex(?:ual)?\s+(?:abuse\s+)?(?:offences?|offending|crimes?|abuse|assaults?|exploitation)\b|\b(?:offences|crimes)\s+against\s+(?:children|under-1[68]s|under\s+1[68]s|minors)\b|\ball[\s-]offen[cs]es?\s+(?:total|tally)\b",
    )
});

/// Rape: of children when the sentence names them ("rapes of children under 13"), else of
/// victims of every age, another measure than sexual offences against children.
static RAPE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\brapes?\b"));

/// "did not say how many had been flagged as online", "could not say whether the internet was
/// involved": a measure the text says is not known, which its figures do not count.
static NOT_SAID: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:did|does|do|could|can|would|was|were)\s*(?:not|n't)\s+(?:able\s+to\s+)?(?:say|know|record|give|provide|reveal|state|specify|disclose|break\s+down|show|confirm|tell)\s+(?:us\s+)?(?:how\s+many|whether|which|if)\b|\bwithout\s+(?:saying|stating|specifying|revealing)\s+(?:how\s+many|whether|which)\b",
    )
});

/// "the total", "Kent's total", "overall", "in total", "in all", "altogether": in a sentence
/// that also names the online measure, the total it is part of ("The online figure was up
/// from 71, while the total rose 8%", "… though its offences in all rose 17%"). "In all"
/// ends its phrase ("in all forces" is no total).
static TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:the|its|their|[\w-]+['’]s)\s+(?:overall\s+)?total\b|\boverall\b|\bin\s+total\b|\baltogether\b|\ball\s+told\b|\bin\s+all(?:\s*(?:[,.;:)]|$|\s-)|\s+(?:last|this|that|in|during|over|since|between|was|were|rose|fell|went|came|stood|reached|climbed|dropped|grew|increased|decreased|across|for|to|from|by|up|down)\b)",
    )
});

/// "the total", "its overall total", "overall": words that name the total as such, not only
/// sum what was just counted ("in all", "in total"), nor a place's own total ("Kent's total").
static THE_TOTAL: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:the|its|their)\s+(?:overall\s+)?total\b|\boverall\b"));

/// Whether a sentence names the total as such ([`THE_TOTAL`]).
pub fn names_the_total(sentence: &str) -> bool {
    THE_TOTAL.is_match(sentence)
}

/// Where a list of what a measure contains begins ("including rape, grooming…").
static INCLUDING: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:including|includ(?:ed|es)|such\s+as|for\s+example)\b"));

/// Where such a list ends.
static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| compile(r"[;.]|\s-\s|\bbut\b"));

/// The title of an Act or Bill right after a cue ("Sexual Offences (Scotland) Act").
static ACT_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s*(?:\([^)]*\)\s*)?(?:Act|Bill)\b"));

/// "online and offline", "online or in person", "whether or not the internet was involved":
/// both measures at once, which is all offences, not the online ones.
static EITHER_WAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:online|internet)\s+(?:and|or)\s+(?:offline|off|in\s+person|face[\s-]to[\s-]face|in\s+real\s+life)\b|\b(?:offline|in\s+person|face[\s-]to[\s-]face)\s+(?:and|or)\s+(?:online|on\s+the\s+internet)\b|\bonline\s+or\s+not\b|\bwhether\s+online\s+or\s+(?:offline|not)\b|\bwhether\s+or\s+not\s+(?:[\w']+\s+){0,4}?(?:online|internet(?:\s+was\s+(?:used|involved))?)\b",
    )
});

/// A count of all recorded crime, whose sexual offences are of victims of every age: "the
/// Recorded Crime in Scotland bulletin", "police recorded crime statistics", "the Crime
/// Survey", "the Office for National Statistics".
static ALL_CRIME_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\brecorded\s+crime\s+(?:in\s+\w+(?:\s+and\s+\w+)?\s+)?(?:bulletin|statistics|figures|data|series)\b|\bcrime\s+(?:survey|bulletin)\b|\bOffice\s+for\s+National\s+Statistics\b|(?-i:\bONS\b)",
    )
});

/// Words that name children as the victims: the one list of them, which
/// [`names_children`] gives the story readers too (they add the words that make a story one
/// about children wherever they stand, `every_age::CHILD_STORY`).
static CHILDREN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:child|children|childhood|schoolchildren|under-1\ds?|under\s+1\ds?|under\s+the\s+age\s+of\s+1\d|minors?|young\s+(?:people|person)|youngsters?|teenagers?|teenage|teens?|girls?|boys?|pupils|kids|babies|juveniles?)\b",
    )
});

/// "… the annual Recorded Crime in Scotland bulletin showed total sexual crimes fell 2%":
/// sexual offences, with no children named, as a count of all crime gives them, are those
/// against victims of every age, which is another measure than offences against children.
fn of_every_age(text: &str) -> bool {
    (ALL_CRIME_SOURCE.is_match(text) || ADULTS.is_match(text) || WHOLE_SEXUAL_CRIME.is_match(text))
        && !CHILDREN.is_match(text)
        || EVERY_AGE.is_match(text) && !CHILDREN.is_match(&EVERY_AGE.replace_all(text, ""))
}

/// "Total sexual crimes dipped", "overall sexual offences rose": the whole of sexual crime,
/// with no children named, which is of victims of every age.
static WHOLE_SEXUAL_CRIME: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:total|overall)\s+(?:recorded\s+)?sex(?:ual)?\s+(?:crimes|offences)\b"));

/// "against adults and children", "victims of all ages", "across every age group",
/// "whatever the victim's age": sexual offences said in so many words to be of every age,
/// which is another measure than those against children.
static EVERY_AGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:both\s+)?(?:adults\s+and\s+children|children\s+and\s+adults)(?:\s+alike)?\b|\b(?:of|across|among|in|for|covering|spanning)\s+(?:all|every|any)\s+(?:ages?|age[\s-](?:groups?|ranges?|bands?|brackets?))\b|\b(?:regardless|irrespective)\s+of\s+(?:the\s+)?(?:victims?['’]?s?\s+)?ages?\b|\bwhatever\s+(?:the|their)\s+(?:victims?['’]?s?\s+)?ages?\b",
    )
});

/// A transport network sexual offences are counted on ("on the rail network", "on Britain's
/// railways", "on trains", "on the Underground", "across the tram network"): their victims
/// are passengers of every age.
static ON_A_NETWORK: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:on|across|aboard)\s+(?:(?:the|its|our|their|[\w-]+['’]s)\s+)?(?-i:[A-Z][\w&'’-]*\s+){0,3}?(?:rail(?:way)?s?|(?:rail|railway|train|tram|bus|tube|metro|transport)\s+(?:network|system|services)|trains|trams|buses|coaches|underground|tube|metro|public\s+transport)\b",
    )
});

/// A police force whose ground is a transport network ("British Transport Police", "BTP"):
/// what it counts, it counts on that network.
static TRANSPORT_POLICE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\btransport\s+police\b|(?-i:\bBTP\b)"));

/// Whether `sentence` names a transport network sexual offences are counted on
/// ([`ON_A_NETWORK`]), or the police force of one ([`TRANSPORT_POLICE`]).
pub fn names_a_network(sentence: &str) -> bool {
    ON_A_NETWORK.is_match(sentence) || TRANSPORT_POLICE.is_match(sentence)
}

/// Whether the words of the number at `span` in `sentence` name children as the victims: those
/// since the last words naming sexual offences before it (else since the sentence began), and
/// those after it to the next comma, dash or semicolon. "Police logged 460 sexual offences on
/// trams, and 70 of them involved victims under 18": the 70's words name children, the 460's
/// do not; "147 involved victims under 18, compared with 118" names them for both.
pub fn names_children_beside(sentence: &str, span: &std::ops::Range<usize>) -> bool {
    let before = sentence.get(..span.start).unwrap_or("");
    let start = ALL.find_iter(before).last().map_or(0, |m| m.start());
    let after = sentence.get(span.end..).unwrap_or("");
    let end = after.find([',', ';', '\u{2013}', '\u{2014}']).map_or(sentence.len(), |i| span.end + i);
    sentence.get(start..end).is_some_and(|words| CHILDREN.is_match(words))
}

/// Adults named as the victims ("sexual offences against adults", "adult victims",
/// "over-18s"): sexual offences against them are another measure than those against children.
static ADULTS: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?i)\b(?:against|of|on)\s+(?:adults|women|over-18s|over\s+18s)\b|\badult\s+(?:victims|survivors)\b")
});

/// Whether the clause of a sentence's first cue of all sexual offences ([`ALL`]) names
/// children; none when it names no sexual offences. "Sexual offences fell 3%, but image
/// offences - mostly of children - rose" names them only in a clause of its own.
pub fn first_count_names_children(sentence: &str) -> Option<bool> {
    let cues = Cues::of(sentence);
    if !cues.may_name_a_measure() {
        return None;
    }
    let text = blanked(sentence, cues);
    let at = ALL.find_iter(&text).find(|m| !ACT_AFTER.is_match(&text[m.end()..]))?.start();
    Some(names_children_in_clause(sentence, at))
}

/// Where a sentence's clauses meet: ", but", ", while", ";", a dash set off by spaces.
static CLAUSE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i),\s*(?:but|while|whereas|although|though)\b|;|\s[-–—]\s"));

/// Whether the clause of `sentence` around byte `at` names children as the victims.
fn names_children_in_clause(sentence: &str, at: usize) -> bool {
    ChildClauses::of(sentence).around(at)
}

/// A sentence's clauses (split at [`CLAUSE_BREAK`]), each with whether it names children as
/// the victims: read once per sentence, then looked up for each of its numbers.
pub struct ChildClauses(Vec<(usize, bool)>);

impl ChildClauses {
    pub fn of(sentence: &str) -> Self {
        let mut clauses = Vec::new();
        let mut start = 0;
        for m in CLAUSE_BREAK.find_iter(sentence) {
            let names = sentence.get(start..m.start()).is_some_and(|clause| CHILDREN.is_match(clause));
            clauses.push((m.start(), names));
            start = m.end();
        }
        let names = sentence.get(start..).is_some_and(|clause| CHILDREN.is_match(clause));
        clauses.push((sentence.len(), names));
        Self(clauses)
    }

    /// Whether the clause holding byte `at` names children.
    pub fn around(&self, at: usize) -> bool {
        let k = self.0.partition_point(|&(end, _)| end <= at);
        self.0.get(k).or(self.0.last()).is_some_and(|&(_, names)| names)
    }
}

/// A paragraph with the words inside double quotation marks blanked out, byte for byte (the
/// same offsets): what the writer says, not what someone is quoted saying. A quote left open
/// runs to the paragraph's end, as a quote running over paragraphs does. "A child who goes
/// missing is at risk of sexual exploitation," a youth worker said, in a story about youth
/// offending, does not make the story's figures sexual offences.
pub fn writers_words(paragraph: &str) -> String {
    if !paragraph.contains('"') {
        return paragraph.to_string();
    }
    // The quote mark is one byte, never part of another character: each character stands
    // wholly inside a quote or outside, and blanking each byte of one inside blanks it
    // with as many spaces as it has bytes.
    let mut inside = false;
    let mut out = paragraph.as_bytes().to_vec();
    for byte in &mut out {
        if *byte == b'"' {
            inside = !inside;
            *byte = b' ';
        } else if inside {
            *byte = b' ';
        }
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Whether `text` cites a count of all recorded crime ([`ALL_CRIME_SOURCE`]). Over a whole
/// text, false only when no piece of it that [`crate::extract::sentences::stands_apart`] does
/// can: one scan of an article's text stands for one per sentence.
pub fn cites_all_crime(text: &str) -> bool {
    ALL_CRIME_SOURCE.is_match(text)
}

/// "the figures cannot be read as offences against children alone", "forces do not record
/// whether the victim was a pupil": the writer saying the sexual offences counted are not of
/// children only.
static NOT_OF_CHILDREN_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:not|cannot|n't)\b[^.;]{0,60}?\b(?:against|of|involving|on)\s+(?:children|child\s+victims|under-1[68]s|under\s+1[68]s|minors|pupils)\s+(?:alone|only)\b|\b(?:not|n't)\s+(?:\w+\s+){0,2}?(?:record|say|show|distinguish|specify|know|log|note)\s+(?:whether|if)\s+(?:the\s+|a\s+|each\s+)?victims?\s+(?:was|were|is|are)\s+(?:a\s+|an\s+)?(?:child|children|pupils?|minors?|under\s+1[68]|under-1[68]s?|adults?)\b",
    )
});

/// Whether the writer's words say the sexual offences counted are not of children alone
/// ([`NOT_OF_CHILDREN_ALONE`]).
pub fn says_not_of_children_alone(writers_words: &str) -> bool {
    (writers_words.contains("alone") || writers_words.contains("only") || writers_words.contains("victim"))
        && NOT_OF_CHILDREN_ALONE.is_match(writers_words)
}

/// Whether a sentence counts sexual offences against children in so many words: the clause of
/// its first cue of all offences names children ("210 sexual offences against children"), not
/// only a suspect's age beside offences naming none ("40 of them involved a suspect under 16").
pub fn counts_offences_against_children(sentence: &str) -> bool {
    first_count_names_children(sentence) == Some(true)
}

/// Whether a sentence names children as the victims.
pub fn names_children(sentence: &str) -> bool {
    CHILDREN.is_match(sentence)
}

/// "2,400 of the crimes against children", "90 of these offences": a part of what the text
/// already counted, whose words refer back to it and name no measure of their own.
static PART_OF_THE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b\d[\d,]*\s+of\s+(?:the|these|those)\s+(?:crimes|offences|cases)(?:\s+against\s+(?:children|under-1[68]s|under\s+1[68]s|minors))?\b",
    )
});

/// Words looked for in one pass over a text: those whose patterns [`without_inclusion_lists`]
/// runs ("online" or "internet" in every match of EITHER_WAY, "includ", "uch" or "xampl" in
/// every match of INCLUDING, "not", "n't" or "without" in every match of NOT_SAID), then a
/// word every match of each cue pattern holds (OTHER, OTHER_CRIME, ONLINE and a flagged
/// count, ALL, RAPE): a text holding none of a pattern's words is no match for it, nor is any
/// part of it. Compared in either ASCII case; the one non-ASCII letter those patterns fold
/// to a word's letter ("ſ", the Kelvin sign) is looked for apart ([`Cues::of`]).
#[rustfmt::skip]
const WORDS: [&str; 58] = [
    // Lists blanked out ("online" and "internet" too, below).
    "includ", "uch", "xampl", "not", "n't", "without",
    // ONLINE and EITHER_WAY, and a flagged count.
    "online", "internet", "cyber", "web", "digital", "flag",
    // OTHER (with "online", "internet" and "cyber": "no online element").
    "groom", "sex", "communicat", "indecent", "abuse", "image", "involv", "generated", "category",
    "domestic", "knife", "knives", "sharp", "robber", "homicide", "murder", "burglar", "fraud", "drug",
    "stalking", "intimate", "upskirt", "exploit", "blackmail", "extort", "firearm", "gun", "hate",
    "slavery", "crime", "cse", "counsel",
    // OTHER_CRIME.
    "rural", "theft", "shoplifting", "vehicle", "criminal", "arson", "violen", "public", "social",
    "assault",
    // ALL (with "sex") and RAPE.
    "against", "total", "tally", "rape",
];

/// Where in [`WORDS`] the words of each pattern stand (a range, or a list).
const ONLINE_WORDS: std::ops::Range<usize> = index_of(&WORDS, "online")..index_of(&WORDS, "groom");
const OTHER_WORDS: std::ops::Range<usize> = index_of(&WORDS, "online")..index_of(&WORDS, "rural");
const OTHER_CRIME_WORDS: std::ops::Range<usize> = index_of(&WORDS, "rural")..index_of(&WORDS, "against");
const ALL_WORDS: [usize; 4] =
    [index_of(&WORDS, "sex"), index_of(&WORDS, "against"), index_of(&WORDS, "total"), index_of(&WORDS, "tally")];
const RAPE_WORD: usize = index_of(&WORDS, "rape");
const CUE_WORDS: std::ops::Range<usize> = index_of(&WORDS, "online")..WORDS.len();

/// Which of [`WORDS`] a text holds, found in one pass: which patterns could match it.
#[derive(Clone, Copy)]
struct Cues {
    words: Found,
    /// The text holds a non-ASCII letter a pattern folds to an ASCII one: any may match.
    unsure: bool,
}

impl Cues {
    fn of(text: &str) -> Cues {
        static WORD_SET: LazyLock<CueWords> = LazyLock::new(|| CueWords::new(&WORDS, Case::Folded));
        let unsure = !text.is_ascii() && text.contains(['\u{17F}', '\u{212A}']);
        Cues { words: WORD_SET.find(text), unsure }
    }

    /// Whether the text holds word number `i` of [`WORDS`] (or may).
    fn has(self, i: usize) -> bool {
        self.unsure || self.words.has(i)
    }

    /// Whether the text holds one of the words numbered `at` (or may).
    fn any(self, mut at: impl Iterator<Item = usize>) -> bool {
        self.unsure || at.any(|i| self.words.has(i))
    }

    /// Whether any cue pattern may match the text or a part of it.
    fn may_name_a_measure(self) -> bool {
        self.any(CUE_WORDS)
    }
}

/// `text` with "including …" lists, "online and offline", parts referring back ("120 of the
/// offences") and what it says is not known ("would not say how many had an online element")
/// blanked out (same length, so positions still agree).
fn without_inclusion_lists(text: &str) -> Cow<'_, str> {
    blanked(text, Cues::of(text))
}

/// [`without_inclusion_lists`] of a text holding `words` ([`Cues::of`]); borrowed when
/// nothing is blanked out.
fn blanked(text: &str, words: Cues) -> Cow<'_, str> {
    // `has!("word")`: whether `text` holds the word, one of `WORDS`.
    macro_rules! has {
        ($word:literal) => {
            words.has(const { index_of(&WORDS, $word) })
        };
    }
    let mut out: Option<String> = None;
    let mut blank = |range: std::ops::Range<usize>| {
        let out = out.get_or_insert_with(|| text.to_string());
        let spaces = " ".repeat(range.len());
        out.replace_range(range, &spaces);
    };
    if has!("online") || has!("internet") {
        for m in EITHER_WAY.find_iter(text) {
            blank(m.range());
        }
    }
    // Every match of PART_OF_THE starts with a digit.
    if text.contains(" of th") && (!text.is_ascii() || text.bytes().any(|b| b.is_ascii_digit())) {
        for m in PART_OF_THE.find_iter(text) {
            blank(m.range());
        }
    }
    let denied = has!("not") || has!("n't") || has!("without");
    if denied
        && (text.contains(" how many") || text.contains(" whether") || text.contains(" which") || text.contains(" if "))
    {
        for m in NOT_SAID.find_iter(text) {
            let end = CLAUSE_END.find_at(text, m.end()).map_or(text.len(), |e| e.start());
            blank(m.start()..end);
        }
    }
    if has!("includ") || has!("uch") || has!("xampl") {
        let mut from = 0;
        while let Some(m) = INCLUDING.find_at(text, from) {
            let end = CLAUSE_END.find_at(text, m.end()).map_or(text.len(), |e| e.start());
            blank(m.start()..end);
            from = end.max(m.end());
            if from >= text.len() {
                break;
            }
        }
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// "88 carried an online flag – pupils messaged, groomed or coaxed on apps": words before a
/// dash name the online flag and no other measure, and the aside after it, holding no figure
/// of its own, tells how those online offences came about: it names no measure of its own.
fn online_before_an_aside(text: &str) -> bool {
    static DASH: LazyLock<Regex> = LazyLock::new(|| compile(r"\s[\x{2013}\x{2014}-]\s|\x{2014}"));
    DASH.find(text).is_some_and(|d| {
        let (before, aside) = (&text[..d.start()], &text[d.end()..]);
        !aside.bytes().any(|b| b.is_ascii_digit()) && online_cue(before) && !cue(&OTHER, before)
    })
}

/// True when `re` matches somewhere in `text` outside an Act's title.
fn cue(re: &Regex, text: &str) -> bool {
    re.find_iter(text).any(|m| !ACT_AFTER.is_match(&text[m.end()..]))
}

/// Whether a sentence may name more than one measure: two of the cue kinds appear in it
/// (a cheap test before reading each figure's own words).
pub fn may_name_several(sentence: &str) -> bool {
    several(sentence, Cues::of(sentence))
}

/// [`of_sentence`] and [`may_name_several`] of one sentence, its cue words read once.
pub fn of_sentence_and_several(sentence: &str) -> (Option<Measure>, bool) {
    let cues = Cues::of(sentence);
    (of(sentence, cues), several(sentence, cues))
}

/// [`may_name_several`] of a sentence holding `cues` ([`Cues::of`]).
fn several(sentence: &str, cues: Cues) -> bool {
    if !cues.may_name_a_measure() {
        return false;
    }
    // Two of three: the third kind is read only when the first two are one and not the other.
    let other = cues.any(OTHER_WORDS) && OTHER.is_match(sentence)
        || cues.any(OTHER_CRIME_WORDS) && OTHER_CRIME.is_match(sentence);
    let online = cues.any(ONLINE_WORDS) && names_online(sentence);
    match (other, online) {
        (true, true) => true,
        (false, false) => false,
        _ => {
            cues.any(ALL_WORDS.into_iter()) && ALL.is_match(sentence) || cues.has(RAPE_WORD) && RAPE.is_match(sentence)
        }
    }
}

/// Whether a sentence sets the online measure against the total: an online cue and "the
/// total" or "overall" outside it.
pub fn contrasts_total(sentence: &str) -> bool {
    TOTAL.is_match(sentence) && online_cue(sentence)
}

/// The measure "the total" names in a sentence that [`contrasts_total`].
pub fn of_contrasting_part(part: &str) -> Option<Measure> {
    of_sentence(part).or_else(|| TOTAL.is_match(part).then_some(Measure::All))
}

/// The measure a sentence names, if it names one.
/// The measure a sentence's first clause naming one names: "Online abuse reports climb as
/// detectives warn of a sextortion surge" counts online offences, though its later clause
/// names another measure ([`of_sentence`] reads the whole and gives "other" first). Clauses
/// meet where [`CLAUSE_BREAK`] says, and at "as" opening a clause of someone speaking ("as
/// police warn", "as the charity says").
pub fn of_first_clause(sentence: &str) -> Option<Measure> {
    // Each clause is part of the sentence: none names a measure when the whole cannot.
    let cues = Cues::of(sentence);
    if !cues.may_name_a_measure() {
        return None;
    }
    static AS_SPEAKING: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\s+as\s+(?:[\w'-]+\s+){0,4}?(?:warns?|warned|warning|says?|said|reveals?|revealed|shows?|showed|calls?|called|fears?|feared|urges?|urged|admits?|admitted|claims?|claimed|demands?|demanded)\b",
        )
    });
    let mut start = 0;
    let breaks = CLAUSE_BREAK.find_iter(sentence).chain(AS_SPEAKING.find_iter(sentence)).map(|m| m.start());
    let mut ends: Vec<usize> = breaks.chain(std::iter::once(sentence.len())).collect();
    ends.sort_unstable();
    for end in ends {
        // A sentence of one clause is that clause: its cue words were read already.
        let clause = if start == 0 && end == sentence.len() {
            of(sentence, cues)
        } else {
            sentence.get(start..end).and_then(of_sentence)
        };
        if let Some(m) = clause {
            return Some(m);
        }
        start = end;
    }
    None
}

pub fn of_sentence(sentence: &str) -> Option<Measure> {
    // Most texts asked are the few words between two numbers: one pass over them says
    // whether any cue pattern could match, before any is run.
    of(sentence, Cues::of(sentence))
}

/// [`of_sentence`] of a sentence holding `cues` ([`Cues::of`]).
fn of(sentence: &str, cues: Cues) -> Option<Measure> {
    if !cues.may_name_a_measure() {
        return None;
    }
    read(sentence, &blanked(sentence, cues), cues)
}

/// The measure `sentence` names, read from `text`, the sentence [`without_inclusion_lists`]
/// (`cues` are the sentence's: a pattern none of whose words it holds is not run).
fn read(sentence: &str, text: &str, cues: Cues) -> Option<Measure> {
    if cues.any(OTHER_WORDS) && cue(&OTHER, text) {
        Some(if online_before_an_aside(text) { Measure::Online } else { Measure::Other })
    } else if cues.any(ONLINE_WORDS) && online_cue(text) {
        Some(Measure::Online)
    } else if cues.any(ALL_WORDS.into_iter()) && cue(&ALL, text) {
        Some(if of_every_age(sentence) { Measure::Other } else { Measure::All })
    } else if (text.contains("ape") || text.contains("APE")) && cue(&RAPE, text) {
        Some(if CHILDREN.is_match(sentence) { Measure::All } else { Measure::Other })
    } else if cues.any(OTHER_CRIME_WORDS) && cue(&OTHER_CRIME, text) {
        Some(Measure::Other)
    } else {
        None
    }
}

/// "of which: rape", "Rape offences": a sentence whose only cue is rape, with no age named:
/// rape of anyone ([`of_sentence`] reads it as another measure), unless what it is part of
/// is about children.
pub fn names_rape_alone(sentence: &str) -> bool {
    let text = without_inclusion_lists(sentence);
    (text.contains("ape") || text.contains("APE"))
        && cue(&RAPE, &text)
        && !cue(&OTHER, &text)
        && !online_cue(&text)
        && !cue(&ALL, &text)
        && !CHILDREN.is_match(sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_writers_words_leave_out_what_is_quoted_and_keep_offsets() {
        let p = "Ann Lee said: \"It is sexual abuse, pure and simple.\" The council’s report shows 143 offences.";
        let w = writers_words(p);
        assert_eq!(w.len(), p.len());
        assert_eq!(of_sentence(&w), None, "{w}");
        assert!(w.ends_with("The council’s report shows 143 offences."));
        assert!(w.starts_with("Ann Lee said: "));
        // A quote left open runs to the end of the paragraph.
        assert_eq!(writers_words("He said: \"Online grooming is rising.").trim(), "He said:");
        assert_eq!(of_sentence(&writers_words("Online sex offences rose by 12%.")), Some(Measure::Online));
    }

    #[test]
    fn a_text_may_cite_all_crime_only_when_a_sentence_of_it_could() {
        let text = "Burglaries rose.\nThe Crime Survey for England and Wales disagrees.";
        assert!(cites_all_crime(text));
        assert!(cites_all_crime("figures from the ONS show"));
        assert!(!cites_all_crime("Burglaries rose by 12%.\nThe force recorded 400 crimes."));
        assert!(!cites_all_crime("the SONS of the crime"));
    }

    #[test]
    fn a_sentences_measure_and_whether_it_names_several_read_together_agree_with_each_alone() {
        for s in [
            "Police logged 310 grooming crimes and 95 online offences last year.",
            "Sexual offences against youngsters climbed to 740, including 80 committed online.",
            "The number of thefts from sheds fell by a quarter.",
            "Reports of online harm were not broken down, it said.",
            "The Kelvin sign \u{212A} and a long \u{17F} stand in some feeds.",
            "",
        ] {
            assert_eq!(of_sentence_and_several(s), (of_sentence(s), may_name_several(s)), "{s}");
        }
        assert_eq!(of_sentence_and_several("grooming reports and online crimes"), (Some(Measure::Other), true));
        assert_eq!(of_sentence_and_several("reports fell"), (None, false));
    }

    #[test]
    fn several_measures_are_two_kinds_of_three() {
        let by_count = |s: &str| {
            let all = ALL.is_match(s) || RAPE.is_match(s);
            [OTHER.is_match(s) || OTHER_CRIME.is_match(s), names_online(s), all].iter().filter(|&&named| named).count()
                > 1
        };
        for s in [
            "grooming offences rose online",
            "online grooming and sexual offences",
            "sexual offences flagged as online",
            "rapes and grooming",
            "rapes and online offences",
            "sexual offences against children",
            "grooming",
            "online offences",
            "burglaries rose",
            "",
        ] {
            assert_eq!(may_name_several(s), by_count(s), "{s}");
        }
        assert!(may_name_several("rapes and grooming"));
        assert!(!may_name_several("grooming"));
    }

    #[test]
    fn online_flags_are_online_in_many_phrasings() {
        for s in [
            "a cyber element was noted in 64 of the Lancashire cases",
            "Gwent said 212 of its child sexual offences carried an online element",
            "roughly 9 internet-related sexual offences are logged each week",
            "online child sex offences rose",
            "sex crimes committed on the internet",
            "forces must note if an offence involved the internet",
            "web-related sexual offences against minors, including grooming and indecent images",
            "cyber-enabled child sex crimes, which included grooming, rape and exposure",
            "688 sexual offences against children where the internet was used",
            "Merseyside Police recorded 486 offences flagged as online in 2019/20",
            "140 of which were flagged as having taken place online",
            "of which 120 were online",
            "1,047 offences against under-18s as having taken place at least partly online",
            "the online figure was up from 71",
            "Two years before, 412 crimes were flagged, out of 1,900",
            "the 520 cases flagged in 2019/20",
            "Officers flagged 2,904 sexual offences against under-18s as online last year",
            "The three forces that flag the most child sex crimes as online were:",
            "In Dorset the flagged offences went up from 84 to 97",
            "flagged child sex crimes in Kent fell",
            "412 offences in Kent carried an online marker",
            "crimes given the force's internet tag rose",
            "Next-door Dorset Police flagged 64 offences in those months",
            "Kent Police flagged more than 1,450 crimes in 2019",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Online), "{s}");
        }
    }

    #[test]
    fn a_flagged_count_naming_another_flag_or_qualifier_is_not_online() {
        for s in [
            "Dyfed Police flagged 930 offences in 2020 as linked to gangs",
            "The force flagged 415 crimes last year as being motivated by hostility",
            "Officers flagged 62 cases in 2023 where the suspect was a relative",
            "Wardens flagged 208 offences during the summer involving stolen quad bikes",
        ] {
            assert_ne!(of_sentence(s), Some(Measure::Online), "{s}");
        }
        for s in [
            "Officers flagged 73 offences over the winter",
            "Wardens flagged 511 crimes in 2022 as having an online element",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Online), "{s}");
        }
    }

    #[test]
    fn an_online_part_or_aspect_had_by_offences_is_the_online_flag() {
        for s in [
            "58 of those crimes were marked as having an internet aspect",
            "Crimes with an online side to them made up 212",
            "the force said 97 had a cyber part",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Online), "{s}");
        }
        assert_ne!(of_sentence("the online part of the survey reached 400 parents"), Some(Measure::Online));
    }

    #[test]
    fn a_dash_aside_telling_how_an_online_flag_came_about_keeps_it_online() {
        for s in [
            "Of 640 crimes, 88 carried an online flag – pupils messaged, groomed or coaxed on gaming apps.",
            "Some 52 offences were flagged as online — victims found, groomed and threatened through social media",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Online), "{s}");
        }
        // An aside holding a figure of its own still says what that figure is.
        assert_eq!(
            of_sentence("Officers logged 70 online offences — and 25 grooming offences besides."),
            Some(Measure::Other)
        );
    }

    #[test]
    fn communication_offences_are_other_without_the_word_sexual() {
        for s in [
            "detectives in Fife recorded 48 of these communication offences",
            "Communication crimes against under-16s numbered 130 in the west",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Other), "{s}");
        }
    }

    #[test]
    fn all_sexual_offences_are_all_in_many_phrasings() {
        for s in [
            "Police logged 319 sexual offences against under-16s",
            "Officers recorded 604 sex crimes where the victim was a child",
            "Every day, seven child sex offences come to light",
            "rapes of children under 13 rose by a fifth",
            "Across Yorkshire and the Humber, forces recorded 8,904 offences against under-18s",
            "Welsh forces recorded 2,761 sexual offences against under-18s, online and offline",
            "every sexual offence against an under-18 is counted, whether or not the internet was involved",
            "every sexual offence against a child, whether or not it happened online",
            "sex crimes against under-16s, whether they took place online or face to face, fell",
            "child sexual offences committed in person or online rose to 3,020",
            "sexual abuse of children, both online and offline, is rising",
            "sexual offences against minors - whether or not online - climbed",
            "Kent recorded 3,020 sexual offences against children, but could not say how many were cyber-enabled",
            "the force logged 1,311 sex crimes against under-16s without saying whether the internet was used",
            "Its all-offence total was 1,870.",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::All), "{s}");
        }
    }

    #[test]
    fn grooming_images_and_other_crimes_are_other_even_when_online() {
        for s in [
            "online grooming offences in Essex climbed to 830",
            "Essex logged 57 cases of Sexual Communication with a Child",
            "police charged 12 men over sexual communications with girls",
            "charges for communicating indecently with a girl aged 12",
            "182 crimes of possessing indecent images",
            "Merseyside logged 390 abuse image crimes",
            "2,870 reports of domestic-abuse violence",
            "crimes in which a knife or other sharp object was used",
            "assaults with a sharp instrument rose",
            "child sexual offences without an online element rose by 6%",
            "police recorded crime statistics show sexual offences in Wales rose 5% to 9,870",
            "The Office for National Statistics said rapes fell by 3% last year",
            "sex crimes against children with no internet link fell",
            "Reports of rape to the force climbed to 1,140 while charges stayed flat",
            "recorded rapes in the county fell by 6%",
            "rural crime in the force area fell 9%, to 1,210 offences",
            "thefts from farms rose to 310 in the same year",
            "shoplifting offences reached 8,400",
            "Of those, 61 involved the most serious 'category A' material, showing the rape of children",
            "312 were Category B images of children being sexually abused",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Other), "{s}");
        }
    }

    #[test]
    fn offences_said_to_involve_images_are_image_offences() {
        for s in [
            "Police said 41 cases last year involved faked pictures, and 19 involved real images of pupils",
            "Of those, 88 were offences involving computer-generated imagery",
            "it traced 35 cases to AI-generated images shared in chat groups",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Other), "{s}");
        }
        // Images named only as how an online offence was committed leave it online.
        let s = "online offences, in which abusers shared images, rose to 610";
        assert_eq!(of_sentence(s), Some(Measure::Online), "{s}");
    }

    #[test]
    fn property_crime_named_beside_child_sexual_offences_leaves_them_their_measure() {
        let s = "Officers logged 2,450 sexual offences against children over a summer when thefts from sheds filled the news";
        assert_eq!(of_sentence(s), Some(Measure::All));
        let s = "Online child abuse offences rose by a fifth while arson and criminal damage fell";
        assert_eq!(of_sentence(s), Some(Measure::Online));
        // Alone, they are another measure; and a sentence naming both may name several.
        assert_eq!(of_sentence("vehicle crime climbed 12%"), Some(Measure::Other));
        assert!(may_name_several(s));
    }

    #[test]
    fn titles_and_plain_sentences_name_no_measure() {
        assert_eq!(
            of_sentence("When Holyrood passed its Sexual Offences (Scotland) Act in 2009, Fife logged 11."),
            None
        );
        assert_eq!(of_sentence("Since the Sexual Offences Act 2003 came in, 40 have been logged."), None);
        assert_eq!(of_sentence("Of them, 145 concerned victims younger than five."), None);
        assert_eq!(of_sentence("use the online reporting form"), None);
        // Named with children, they are offences against children whatever the source.
        assert_eq!(of_sentence("ONS figures show sexual offences against children rose to 3,100"), Some(Measure::All));
        assert_eq!(of_sentence("412 crimes were flagged by teachers"), None);
        assert_eq!(of_sentence("Gwent logged 2,310 crimes, including sexual assault, grooming and rape."), None);
    }

    #[test]
    fn child_sexual_exploitation_crimes_are_another_measure() {
        for s in [
            "Child sexual exploitation offences recorded by the force fell to 73",
            "Officers logged 112 CSE crimes in the year, up from 90",
            "sexual exploitation cases involving girls in care rose by a quarter",
            // Crimes carrying an exploitation flag, written as one word with it.
            "CSE-flagged crimes rose to 131",
            "Child sexual exploitation-flagged offences numbered 64",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Other), "{s}");
        }
        // Abuse and exploitation named as the harm, not as a count of their own, stay all offences.
        assert_eq!(
            of_sentence("Sexual offences against children, from abuse in the home to sexual exploitation, rose 9%"),
            Some(Measure::All)
        );
    }

    #[test]
    fn image_based_abuse_cyberflashing_and_upskirting_are_another_measure() {
        for s in [
            "Officers recorded 840 crimes of sharing, or threatening to share, an intimate photo without consent",
            "intimate image abuse reported to the force rose by 12%",
            "Image-based sexual abuse crimes in Gwent went up to 230",
            "the force received 96 reports of cyber-flashing on buses",
            "Upskirting offences recorded by the force doubled to 28",
            // A count of the children who were exploited is one of exploitation.
            "the review found that at least 900 children had been sexually exploited in the town",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Other), "{s}");
        }
    }

    #[test]
    fn violent_and_public_order_crime_are_another_measure_unless_sexual_offences_are_named() {
        for s in [
            "Violence against the person offences rose to 21,400",
            "violent crime in the county climbed 9%",
            "public order offences fell to 3,200",
            "reports of anti-social behaviour dropped by a fifth",
            "common assaults rose to 5,100",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Other), "{s}");
        }
        let s = "Sexual offences against children rose 7% as violent crime fell";
        assert_eq!(of_sentence(s), Some(Measure::All));
    }

    #[test]
    fn blackmail_and_extortion_are_another_measure() {
        for s in [
            "Officers logged 640 blackmail offences against under-16s",
            "extortion crimes against children rose by a third",
            "cases where teenagers were blackmailed over intimate images",
        ] {
            assert_eq!(of_sentence(s), Some(Measure::Other), "{s}");
        }
    }

    #[test]
    fn a_number_of_which_were_online_names_the_online_measure() {
        assert_eq!(of_sentence("515 of which were online"), Some(Measure::Online));
        assert_eq!(of_sentence("with 88 of those online"), Some(Measure::Online));
    }

    #[test]
    fn in_all_altogether_and_a_places_total_set_a_total_against_the_online_part() {
        for s in [
            "online crimes grew, although offences fell by 4% altogether",
            "the online count went down, though offences in all rose 17 per cent",
            "while online offences grew, Dorset's total dropped",
            "offences rose 9 per cent in total, but the online figure fell",
        ] {
            assert!(contrasts_total(s), "{s}");
        }
        // "In all" before the noun it quantifies is no total.
        assert!(!contrasts_total("online offences rose in all forces"));
        assert_eq!(of_contrasting_part("offences fell by 4% altogether"), Some(Measure::All));
    }

    #[test]
    fn a_text_holding_no_cue_word_names_no_measure_nor_does_any_part_of_it() {
        let texts = [
            "Online child sex offences rose 12% while grooming crimes fell, including 40 in Kent.",
            "Kent Police recorded 1,204 offences against children, of which 96 were flagged.",
            "Burglaries and thefts from sheds rose; shoplifting fell - but arson doubled.",
            "The force logged 88 cases involving images, 14 of them AI-generated pictures.",
            "Reports of rape to the force climbed, and the all-offences tally reached 3,100.",
            "CSE-flagged crimes, cyber-flashing and upskirting were counted apart.",
            "Overall crime rose, but violent crime and anti-social behaviour fell.",
            "Its 2,310 crimes were committed on the web, the force said, in 2032/33.",
            "ſexual offences against children: a ſpelling with the long s.",
            "The council met on Tuesday and agreed 14 new homes for the town.",
            "Against children, 2,020 sex crimes were logged in Wessex; the force would not say how many had an online element.",
            "Over the year 1,900 of the offences against children were online and offline alike.",
        ];
        for text in texts {
            let ends: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for (k, &start) in ends.iter().enumerate().step_by(3) {
                for &end in ends[k..].iter().step_by(5) {
                    let part = &text[start..end];
                    let full = read(part, &without_inclusion_lists(part), Cues { words: Found::NONE, unsure: true });
                    assert_eq!(of_sentence(part), full, "{part:?}");
                    if full.is_some() {
                        assert!(Cues::of(part).may_name_a_measure(), "{part:?}");
                    }
                }
            }
        }
        assert_eq!(of_sentence("up 12% on the 1,180 recorded in 2031/32"), None);
    }

    #[test]
    fn the_writers_words_blank_characters_of_any_width_inside_quotes() {
        let p = "Ann said: \"Café – naïve\" and left; “curly” stays.";
        let w = writers_words(p);
        assert_eq!(w.len(), p.len());
        assert!(w.starts_with("Ann said: ") && w.ends_with(" and left; “curly” stays."), "{w:?}");
        assert!(w["Ann said: ".len().."Ann said: ".len() + "\"Café – naïve\"".len()].chars().all(|c| c == ' '));
        assert_eq!(writers_words("No quotes here."), "No quotes here.");
    }

    #[test]
    fn a_part_referring_back_to_what_was_counted_names_no_measure() {
        assert_eq!(of_sentence("Over five years the force logged 1,900 of the offences against children"), None);
        assert_eq!(of_sentence("and 300 of these offences were flagged online"), Some(Measure::Online));
    }
}
