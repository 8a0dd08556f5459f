//! What the text is about, for sentences that give a figure no place of their own: the place
//! a sentence with no figure moves the text to ([`topic_group`] and what it passes by), and
//! the council area a paragraph opens on, which its later sentences go on about.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::areas::{
    on_opens, AREA_IN_SUBJECT_AFTER, AREA_IN_SUBJECT_BEFORE, AREA_LOCATIVE_AFTER, AREA_LOCATIVE_BEFORE,
    INSTITUTION_AFTER,
};
use super::local_areas::is_part_word;
use super::sources::is_figures_source;
use crate::extract::figures::lists::Group;
use crate::extract::figures::{head, tail};
use crate::extract::numbers::compile;
use crate::extract::places::{self, Scope};

/// "(Adds Merseyside detail, council reaction)", "(Updates with Hampshire figures)",
/// "(Recasts with West Midlands figures, adds quotes)": a wire service's bracketed note on
/// what a new version of the copy adds or changes. The places it names are those of the lines
/// added, not what the story goes on about.
pub(in crate::extract::figures) fn is_version_note(s: &str) -> bool {
    static VERSION_NOTE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\W*\(\s*(?:adds|updates|updated|writes\s+through|recasts|rewrites|corrects|changes|inserts|removes|refiles|repeats|fixes|clarifies|restores|deletes|tops|new\s+throughout)\b[^()]*\)\W*$",
        )
    });
    s.trim_start().starts_with('(') && VERSION_NOTE.is_match(s)
}

/// "This is Coastwise, the Gazette's podcast about getting around Hampshire", "Hello, you're
/// listening to Night Lines, the radio show for Kent": a programme introducing itself at the
/// head of a turn names the patch it serves or the outlet that makes it, not the place of the
/// figures it goes on to talk about. A place named in that introduction (up to a new clause:
/// "…; today, Hampshire") moves the text nowhere.
pub(in crate::extract::figures) fn is_programme_introduction(s: &str, g: &Group) -> bool {
    static OPENER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:^|[:\]]\s*)\W*(?:(?:hello|hi|hiya|good\s+(?:morning|afternoon|evening)|alright|right|ok(?:ay)?)\W+(?:and\s+)?)?(?:this\s+is|welcome\s+(?:back\s+)?to|you(?:'|’)?re\s+(?:listening\s+to|with|tuned\s+(?:in\s+)?to)|you\s+are\s+(?:listening\s+to|with))\s",
        )
    });
    static CLAUSE_END: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)[;.!?]|\b(?:where|today|tonight|now|this\s+(?:week|morning|evening))\b"));
    static PROGRAMME: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:podcast|programme|program|show|radio|phone-in|broadcast)\b"));
    let Some(opener) = OPENER.find(s) else { return false };
    let rest = s.get(opener.end()..).unwrap_or("");
    let end = opener.end() + CLAUSE_END.find(rest).map_or(rest.len(), |m| m.start());
    let intro = s.get(opener.start()..end).unwrap_or("");
    g.range.start >= opener.start() && g.range.end <= end && PROGRAMME.is_match(intro)
}

/// "said Amrit Sandhu, the NSPCC's development manager for the East Midlands", "Wales
/// director of the charity": a region or the country as the patch of someone's job, which
/// says who they are, not what the text goes on about. (A force in a job title, "a
/// spokesperson for Kent Police", speaks for the force, whose figures may follow; but one
/// commanding a part of its ground, "the Bradford District Commander at WYP",
/// speaks for that part, and the text stays where it was.)
pub(in crate::extract::figures) fn is_job_patch(s: &str, g: &Group) -> bool {
    static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:manager|director|head|officer|lead|co-?ordinator|campaigner|spokes(?:man|woman|person)|chair(?:man|woman)?|executive|advis[eo]r|commissioner|secretary|representative|organiser|worker)(?:\s+of\s+[\w\s'-]{1,40}?)?\s+(?:for|at|in|covering)\s+(?:the\s+)?$",
        )
    });
    static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^(?:'s)?\s+(?:manager|director|head|officer|lead|co-?ordinator|campaigner|spokes(?:man|woman|person)|chair(?:man|woman)?|executive|advis[eo]r)\b",
        )
    });
    // "the Bradford District Commander at WYP", "the Wigan division lead at
    // Greater Manchester Police": a force after the job of one part of its ground.
    static PART_ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+(?:[Dd]istrict|[Dd]ivision|[Bb]orough|[Aa]rea|BCU)\s+(?:[Cc]ommander|[Ll]ead|[Hh]ead)\s+(?:for|at|of|in)\s+(?:the\s+)?$",
        )
    });
    // "Merseyside's Mayor has called …", "the Mayor of Greater Manchester": a mayor's patch,
    // whatever it is, is no police ground the text goes on about (a mayor is no officer of
    // the force that shares the name).
    static MAYOR_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^(?:'s|\x{2019}s)\s+(?:(?:metro|elected|regional)\s+)?mayor\b"));
    static MAYOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\bmayor\s+(?:of|for)\s+(?:the\s+)?$"));
    let before = tail(s, g.range.start);
    let mayors = s.contains("ayor") && (MAYOR_BEFORE.is_match(before) || MAYOR_AFTER.is_match(head(s, g.range.end)));
    let part_of_force = g.places.iter().all(|p| p.scope == Scope::Force) && PART_ROLE_BEFORE.is_match(before);
    mayors
        || part_of_force
        || g.places.iter().all(|p| p.scope != Scope::Force)
            && (ROLE_BEFORE.is_match(before) || ROLE_AFTER.is_match(head(s, g.range.end)))
}

/// "Gwent Police was excluded from the tables", "Kent Police is left out", "Dyfed-Powys
/// Police could not supply comparable data", "Lincolnshire Police was unable to provide
/// figures": words after a place that say its figures are missing from what the text gives,
/// so the place is not where the text goes on. (In a sentence that goes on to give its own
/// figures, "Essex gave no figures for 2019/20 but logged 212 in 2021/22", it
/// is theirs: this is read only in sentences with none.)
static EXCLUDED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)^(?:['’]s\s+(?:figures|data|numbers|records))?\s+(?:(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|again\s+)?(?:left\s+out|excluded|omitted|not\s+included|missing\s+from|absent\s+from)\b|(?:(?:could|can|did|does|do)\s*(?:not|n['’]t)|cannot|(?:is|was|were|are)\s+(?:not\s+able|unable)\s+to|failed\s+to)\s+(?:supply|provide|submit|return|produce|share|give)\s+(?:(?:any|its|their|the|comparable|complete|full|usable|reliable)\s+)*(?:data|figures|numbers|statistics|returns?|records)\b)",
    )
});

/// Whether the place of `g` is named as left out of the figures ([`EXCLUDED_AFTER`]).
pub(in crate::extract::figures) fn is_left_out(s: &str, g: &Group) -> bool {
    EXCLUDED_AFTER.is_match(head(s, g.range.end))
}

/// What follows a council area or city that opens a paragraph as its subject: a verb saying
/// how it fared ("Bolton recorded the steepest rise", "Sefton went the other way", "Wirral
/// was the only district where …").
static OPENING_SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:\s+(?:alone|itself|also|again))?\s+(?:(?:has|had|have)\s+)?(?:recorded|logged|saw|reported|registered|accounted|topped|fared|bucked|showed|remained|stayed|went|came|led|was|is|had|has)\b",
    )
});

/// Words of a sentence that make its figures the whole force's, not the area its paragraph
/// opened with: "Overall, 2,300 …", "In total …", "force-wide", "across the county",
/// "throughout the force area", "the county as a whole". Not "across the city", "the
/// borough as a whole" (a paragraph may open on one), nor "412 burglaries in total" (the
/// area's own total).
static WHOLE_GROUND: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:Overall|In\s+total|Altogether)\b|(?i)\b(?:force|county)[\s-]?wide\b|\b(?:across|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+|wider\s+)?(?:county|region|force(?:['’]s)?(?:\s+area)?)\b|\b(?:force|force(?:['’]s)?\s+area|county|region|country)\s+as\s+a\s+whole\b",
    )
});

/// "Bolton recorded the steepest rise.", "In Wirral, …", "Sefton was the only district where …": the council area or city (as printed) a paragraph
/// opens with as the subject or frame of its first sentence. The paragraph is then about it:
/// its sentences that name no place of their own ("There were 412 …", "Its thefts rose
/// …") go on about that area, not the force.
pub(in crate::extract::figures) fn opening_area(s: &str) -> Option<String> {
    /// Words a paragraph's opening area may take: "Throughout" and the longest name
    /// ("Armagh City, Banbridge and Craigavon"), with one to spare.
    const OPENING_WORDS: usize = 7;
    if !s.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // Only a name at the start, or after one word, counts: the matcher reads the first words
    // (as many as the longest name and its preposition hold), not the whole sentence.
    let m = places::all_area_mentions(first_words(s, OPENING_WORDS)).into_iter().next()?;
    let before = s.get(..m.range.start)?;
    let framed = match before.split_whitespace().collect::<Vec<_>>().as_slice() {
        [] if !m.ambiguous => false,
        [w] if ["In", "Across", "Within", "Throughout"].contains(w) && before.ends_with(' ') => true,
        _ => return None,
    };
    let after = head(s, m.range.end);
    if INSTITUTION_AFTER.is_match(after) {
        return None;
    }
    let opens = if framed { AREA_LOCATIVE_AFTER.is_match(after) } else { OPENING_SUBJECT_AFTER.is_match(after) };
    opens.then(|| s.get(m.range).map(str::to_string)).flatten()
}

/// "Bolton saw no change.", "In Sefton, the picture was different.", "Thefts in Wirral
/// fell.": the council area or city (as printed) a sentence with no figure is about, as its
/// subject or its frame. An area whose name is as often something else counts only framed.
/// `areas` are [`places::all_area_mentions`] of `s`.
pub(in crate::extract::figures) fn area_spoken_of(s: &str, areas: &[places::AreaMention]) -> Option<String> {
    areas.iter().find_map(|m| {
        let after = head(s, m.range.end);
        if after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_uppercase())
            || INSTITUTION_AFTER.is_match(after)
        {
            return None;
        }
        let before = s.get(..m.range.start)?;
        let framed =
            (AREA_LOCATIVE_BEFORE.is_match(before) || on_opens(s, &m.range)) && AREA_LOCATIVE_AFTER.is_match(after);
        // "Data for Bolton was shown too.": the area whose figures come next.
        let figures_for = FIGURES_FOR_BEFORE.is_match(tail(s, m.range.start));
        let framed = framed || figures_for;
        let subject = !m.ambiguous
            && (before.trim().is_empty() && OPENING_SUBJECT_AFTER.is_match(after)
                || AREA_IN_SUBJECT_BEFORE.is_match(tail(s, m.range.start)) && AREA_IN_SUBJECT_AFTER.is_match(after));
        (framed || subject).then(|| s.get(m.range.clone()).map(str::to_string)).flatten()
    })
}

/// "Figures for", "Data for", "The numbers for": words before an area whose figures a
/// sentence announces.
static FIGURES_FOR_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:figures|data|numbers|statistics|totals?|breakdown)\s+for\s+$"));

/// The first `n` words of `s`, with the space after them.
fn first_words(s: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (at, c) in s.char_indices() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            if words == n {
                return s.get(..at).unwrap_or(s);
            }
            words += 1;
            in_word = true;
        }
    }
    s
}

/// "Shoplifting there fell", "in the borough", "Its total …", "The borough recorded
/// 90": words referring back to a place just named ("There, thefts fell" too). "There were …" (capitalised, or "and there
/// were 40"), "there's been" only say something exists: the word after "there", or its
/// "'s", is captured to tell them apart.
static REFERS_TO_AREA: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bthere(?:(['’]s)\b|\b(?:\s+([a-z]+))?)|^There\s*,|\bin\s+the\s+(?:district|borough|city|town|area)\b|^Its\s|^The\s+(?:district|borough|city|town)\s+(?:accounted|recorded|logged|saw|had|made\s+up|reported)\b",
    )
});

/// Verbs after which "there" only says something exists: "there were", "there have been",
/// "there seems to be", "there remain", "there being", "there must be", "there isn't".
const EXISTENTIAL_AFTER_THERE: &[&str] = &[
    "were", "was", "is", "are", "have", "has", "had", "will", "would", "could", "may", "might", "seems", "seem",
    "seemed", "appears", "appear", "appeared", "remain", "remains", "remained", "being", "be", "been", "must",
    "should", "can", "cannot", "need", "needs", "needed", "used", "isn", "aren", "wasn", "weren", "hasn", "haven",
    "hadn", "won", "wouldn", "couldn", "shouldn", "also", "still",
];

/// Whether a sentence refers back to a place just named, as "there", "in the district" or
/// "Its …" do, or restates the change just given there ("That's a 24 per cent rise", "This
/// is a fall of 8%").
pub(in crate::extract::figures) fn refers_to_area(s: &str) -> bool {
    static RESTATES_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^(?:That|This)(?:['’]s|\s+is|\s+was|\s+represents|\s+means)\s+(?:a|an)\s+(?:(?:[\d.]+\s*(?:%|per\s*cent)\s+(?:rise|fall|increase|decrease|drop|jump|reduction)\b)|(?:rise|fall|increase|decrease|drop|jump|reduction)\s+of\s+[\d.]+\s*(?:%|per\s*cent))",
        )
    });
    if (s.starts_with("That") || s.starts_with("This")) && RESTATES_CHANGE.is_match(s) {
        return true;
    }
    if !(s.contains("there")
        || s.contains("in the ")
        || s.starts_with("Its ")
        || s.starts_with("There")
        || s.starts_with("The "))
    {
        return false;
    }
    REFERS_TO_AREA.captures_iter(s).any(|c| {
        let is = c.get(1).is_some();
        let existential = c.get(2).is_some_and(|w| EXISTENTIAL_AFTER_THERE.contains(&w.as_str()));
        !is && !existential
    })
}

/// Whether a sentence naming no place is about the whole force's ground, not the area its
/// paragraph opened with ("Overall, the county recorded …").
pub(in crate::extract::figures) fn is_whole_ground(s: &str) -> bool {
    WHOLE_GROUND.is_match(s)
}

/// "The Met recorded 1,412 … That means one in five offences in London is now flagged …": a
/// region named in a sentence with no figure, when it holds the force the text is about, is
/// that force's ground; the text stays on the force. Not when the sentence turns to the
/// region's own figures ("Figures for the North West as a whole were also released").
pub(in crate::extract::figures) fn is_ground_of(s: &str, g: &Group, about: &Option<String>) -> bool {
    static REGIONS_OWN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\bas\s+a\s+whole\b|\b(?:figures|data|numbers|statistics|totals?)\s+for\b|\bregion-wide\b|\bacross\s+the\s+(?:whole|wider)\b",
        )
    });
    let Some(force) = about.as_deref().and_then(places::by_name).filter(|p| p.scope == Scope::Force) else {
        return false;
    };
    let holds = matches!(g.places.as_slice(), [region] if region.scope == Scope::Region
        && places::forces_in(region).iter().any(|f| std::ptr::eq(*f, force)));
    holds && !REGIONS_OWN.is_match(s)
}

/// "as if it only happens in Leeds or London", "drove in from Bristol or London": a place
/// offered as one of two, joined to the other by "or", is no place the text goes on about.
pub(in crate::extract::figures) fn is_alternative(s: &str, range: &Range<usize>) -> bool {
    static OR_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"\p{Lu}[\w'-]*\s+or\s+(?:the\s+)?$"));
    static OR_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+or\s+(?:the\s+)?\p{Lu}"));
    let before = s.get(..range.start).unwrap_or("");
    let after = s.get(range.end..).unwrap_or("");
    (before.ends_with("or ") && OR_BEFORE.is_match(before)) || (after.starts_with(" or ") && OR_AFTER.is_match(after))
}

/// The place a sentence with no figure moves the text to: its last, unless that is only where
/// the figures come from or what another is compared with, and another place is named
/// ("Croydon recorded more offences than any other borough, new Metropolitan Police figures
/// show": the text goes on about Croydon).
pub(in crate::extract::figures) fn topic_group<'g>(s: &str, groups: &'g [Group]) -> Option<&'g Group> {
    groups.iter().rev().find(|g| !is_figures_source(s, g) && !is_compared_with(s, &g.range)).or(groups.last())
}

/// "when you compare Dyfed-Powys with England and Wales", "rarer in the county than in
/// Greater Manchester", "measured against the rest of Wales": a place named as what another
/// is compared with, which the text does not go on about.
pub(in crate::extract::figures) fn is_compared_with(s: &str, range: &Range<usize>) -> bool {
    static COMPARED_WITH: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\bcompar(?:e|es|ed|ing)\b[^.;:!?]{0,60}?\s+(?:with|to|against)|\bthan(?:\s+(?:in|for|across|by))?|\b(?:set|measured|weighed|benchmarked)\s+against|\b(?:versus|vs\.?))\s+(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?)?(?:forces?\s+(?:in|across)\s+(?:the\s+)?)?$",
        )
    });
    let before = tail(s, range.start);
    (before.contains("ompar")
        || before.contains("than")
        || before.contains("against")
        || before.contains("vs")
        || before.contains("ersus"))
        && COMPARED_WITH.is_match(before)
}

/// "Reported crimes, Swindon Area (Wiltshire Police)", "the Bolton division (Greater
/// Manchester Police)": a force in brackets right after a part of its ground only says whose
/// part it is; the text goes on about the part, under its name as printed. So does a part in
/// brackets right after its force ("figures from Wiltshire Police (Swindon Area)"), which
/// says which part of the force's ground the figures are from.
pub(in crate::extract::figures) fn part_before_bracketed_force(
    s: &str,
    g: &Group,
    area_mentions: &[places::AreaMention],
) -> Option<String> {
    let [force] = g.places.as_slice() else { return None };
    if force.scope != Scope::Force {
        return None;
    }
    if let Some(part) = bracketed_part_after_force(s, g, force.name, area_mentions) {
        return Some(part);
    }
    let lead = s.get(..g.range.start)?.strip_suffix('(')?.trim_end();
    let part =
        area_mentions.iter().rev().find(|m| m.force == force.name && !m.ambiguous && m.range.end <= lead.len())?;
    let between = s.get(part.range.end..lead.len())?;
    let described = between.split_whitespace().all(is_part_word);
    described.then(|| s.get(part.range.clone()).map(str::to_string)).flatten()
}

/// "Wiltshire Police (Swindon Area)", "Greater Manchester Police (the Bolton division)":
/// a part of the force's ground in brackets right after its name, as printed.
fn bracketed_part_after_force(
    s: &str,
    g: &Group,
    force: &str,
    area_mentions: &[places::AreaMention],
) -> Option<String> {
    let after = s.get(g.range.end..)?;
    let inside_at = g.range.end + (after.len() - after.trim_start().len());
    let inside = s.get(inside_at..)?.strip_prefix('(')?;
    let close = inside.find(')')?;
    let (open, close) = (inside_at + 1, inside_at + 1 + close);
    let part = area_mentions
        .iter()
        .find(|m| m.force == force && !m.ambiguous && open <= m.range.start && m.range.end <= close)?;
    let before = s.get(open..part.range.start)?;
    let after = s.get(part.range.end..close)?;
    let described =
        before.split_whitespace().all(|w| w.eq_ignore_ascii_case("the")) && after.split_whitespace().all(is_part_word);
    described.then(|| s.get(part.range.clone()).map(str::to_string)).flatten()
}
