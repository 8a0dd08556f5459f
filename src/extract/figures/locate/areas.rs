//! Council areas and cities given a figure of their own: the words around an area's name that
//! make it the place of a clause's number ([`area_has_figure`]), and areas joined as one
//! place.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::local_areas::LOCAL_AREA;
use crate::extract::figures::nouns::{classify_word, Noun};
use crate::extract::figures::{head, tail};
use crate::extract::numbers::{compile, has_number_word};
use crate::extract::places::{self, Place};

/// Words after a borough's name that make it an institution or another place: "Croydon
/// Council", "Westminster Abbey", "Sutton Coldfield", "Harrow School".
pub(super) static INSTITUTION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:'s)?\s+(?:(?:Borough\s+|London\s+Borough\s+)?Council|Abbey|Palace|Hall|Bridge|School|College|University|Hospital|FC|Football|Rugby|Cricket|Magistrates|Crown|Coldfield|Station|Cathedral|Park|Village|Studios|Road|Street|Lane|Avenue|Green|Common|Town|upon\s+Hull|MP|politicians|government)\b",
    )
});

/// What joins council areas into one: ", ", " and ", ", and ", " & ".
static AREAS_JOINED: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*)$"));

/// "burglaries in Conwy and Denbighshire fell 8%", "Leeds, Bradford and Wakefield recorded
/// 2,100": two or more council areas (none of a name as often something else) joined as one
/// place, under the names printed, joined, where the words around them give it a figure as
/// they would one area ([`area_has_figure`]), as the subject or frame of its clause. In a
/// headline or heading with no figure, "Youth crime falls across Conwy and Denbighshire", such
/// areas after "in", "across", "throughout" or "within" are what the text goes on to give
/// figures for: a service or partnership that covers them together, not a part of a force's
/// ground.
pub(super) fn joint_areas(s: &str, mentions: &[places::AreaMention], found: &mut Vec<(Range<usize>, &'static Place)>) {
    if !(s.contains(" and ") || s.contains(" & ")) {
        return;
    }
    let figure = s.bytes().any(|b| b.is_ascii_digit());
    let mut i = 0;
    while i < mentions.len() {
        let mut j = i;
        while j + 1 < mentions.len()
            && !mentions[j].ambiguous
            && !mentions[j + 1].ambiguous
            && s.get(mentions[j].range.end..mentions[j + 1].range.start).is_some_and(|gap| AREAS_JOINED.is_match(gap))
        {
            j += 1;
        }
        if j == i {
            i += 1;
            continue;
        }
        let range = mentions[i].range.start..mentions[j].range.end;
        i = j + 1;
        let after = head(s, range.end);
        let framed = AREA_JOINT_BEFORE.is_match(tail(s, range.start))
            && !(after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_uppercase()))
            && !INSTITUTION_AFTER.is_match(after);
        // "30% of those offences were recorded in Southampton and Portsmouth": a share
        // counted in several areas together is a share of the force's own figures; a count
        // ("231 were recorded in Bournemouth and Poole") is the areas' together.
        let subject = figure
            && area_has_figure(s, &range, range.end)
            && (!area_after_its_number(s, &range) || !share_before(s, range.start));
        // A headline or heading ends with no full stop; a sentence with no figure that does
        // ("Officers in Leeds and Bradford are appealing for witnesses.") only passes by.
        let heading = !s.trim_end().ends_with(['.', '!', '?', '"', '”']);
        if !(if figure { subject } else { framed && heading }) {
            continue;
        }
        found.retain(|(r, _)| !(range.start <= r.start && r.end <= range.end));
        if !found.iter().any(|(r, _)| r.start < range.end && range.start < r.end) {
            found.push((range, &LOCAL_AREA));
        }
    }
}

/// Whether the last number printed before `at`, years and financial years aside, is a
/// percentage ("30% of those …", "12 per cent in 2023/24 were in …").
fn share_before(s: &str, at: usize) -> bool {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| compile(r"\d[\d,.]*(?:/\d+)?"));
    static YEAR: LazyLock<Regex> = LazyLock::new(|| compile(r"^(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?$"));
    let before = s.get(..at).unwrap_or("");
    let Some(last) =
        NUMBER.find_iter(before).filter(|m| !YEAR.is_match(m.as_str().trim_end_matches(['.', ',']))).last()
    else {
        return false;
    };
    let after = before[last.end()..].trim_start();
    after.starts_with('%') || after.starts_with("per cent") || after.starts_with("percent")
}

/// "in ", "across the ", "throughout ": a preposition placing what comes before it in the
/// council areas after it, not another noun's ("a man from Conwy and Denbighshire").
static AREA_JOINT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?i)\b(?:in|across|throughout|within)\s+{WHOLE_OF}$")));

/// "the whole of ", "all of ", "the entire ": words between a locative preposition and the
/// area it places a figure in, saying the figure covers all of it ("across the whole of
/// Salford"), which leave the area the place as the bare preposition does.
const WHOLE_OF: &str = r"(?:(?:[Tt]he\s+whole|[Aa]ll|[Tt]he\s+entirety)\s+of\s+|[Tt]he\s+entire\s+)?";

/// Whether `s` holds a number, in digits or in words ("Orkney recorded four").
pub(super) fn has_number(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit()) || has_number_word(s)
}

/// Words before a council area or city that make it the place a clause's figure is for:
/// "In Salford, …", "while across Kirklees …" at the start of a clause.
pub(super) static AREA_LOCATIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?:^|[.;:(]\s*|,\s*|\b(?:while|whereas|but|and)\s+)(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin)\s+{WHOLE_OF}$"
    ))
});

/// "On" at the start of a clause, as [`AREA_LOCATIVE_BEFORE`]'s words are: see [`on_opens`].
static ON_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?:^|[.;:(]\s*|,\s*|\b(?:while|whereas|but|and)\s+)[Oo]n\s+(?:the\s+)?$"));

/// Whether "On" opening a clause before the place at `range` of `s` is its locative: before a
/// rail network printed with "the" ("On the Elizabeth line, 130 …"), or a place that takes
/// "on", a -side area or an island ("On Teesside, …", "On Anglesey, …"). Before any other
/// name "On X," is as often "about X" ("On Wigan, the manager said 12 players were
/// injured").
pub(super) fn on_opens(s: &str, range: &Range<usize>) -> bool {
    const ON_PLACES: &[&str] =
        &["Anglesey", "Isle of Anglesey", "Isle of Wight", "Isle of Man", "Isles of Scilly", "Shetland", "Orkney"];
    let Some(name) = s.get(range.clone()) else { return false };
    let network = name.starts_with("the ") || name.starts_with("The ");
    let on_place = name.ends_with("side") || ON_PLACES.iter().any(|p| name.eq_ignore_ascii_case(p));
    (network || on_place) && ON_BEFORE.is_match(s.get(..range.start).unwrap_or(""))
}

/// What follows such a locative before its clause goes on: "In Salford alone, …", "In
/// Salford 40 were …", "In Salford police logged …", "In Leeds itself there were …", "In
/// Angus the number of charges rose …", "In Salford alone we recorded …" (a force speaking
/// of its own ground, as "we", "they" or "the force", with a verb of recording).
pub(super) static AREA_LOCATIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:\s+alone|\s+itself|\s+last\s+year|\s+this\s+year)?(?:\s*,|\s+\d|\s+(?:there|police|officers)\b|\s+the\s+(?:[a-z-]+\s+){0,2}?(?:number|numbers|total|figure|figures|count|tally|rate)\b|\s+(?:we|they|the\s+force)\s+(?:have\s+|had\s+|also\s+)?(?:recorded|logged|saw|had|reported|registered|received|dealt\s+with)\b)",
    )
});

/// "Derry City policing district", "the Blackpool policing division", "the Wigan district", "Carlisle council area", "the Moray
/// local authority area", "the Leeds area", "the Wigan neighbourhood area", "within Cambridge
/// city": words after an area's name saying it is a district of a force's ground; a "City"
/// among them is part of the name it is printed under. So is "city centre" or "town centre"
/// ("Newport city centre"), a part of the area the figure is for, printed as such (tried
/// first, so that its "city" is not read as the lower-case word saying what the area is).
pub(super) static AREA_DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:(\s+(?:[Cc]ity|[Tt]own)\s+[Cc]entre)\b|(\s+City)?\s+(?:policing\s+(?:district|division)|(?:local\s+|neighbourhood\s+)?(?:policing\s+)?area|[Cc]ouncil\s+area|local\s+authority\s+area|area|[Dd]istrict|[Dd]ivision|city|town)\b)",
    )
});

/// "Wigan (up 12%)", "Oldham (412)", "Bury (-3%)": a council area or city with its own value
/// in brackets right after its name, wherever it stands in the sentence.
static AREA_BRACKETED_VALUE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s*\(\s*(?:(?:up|down|a\s+rise\s+of|a\s+fall\s+of)\s+)?[+\-–−]?\s*£?\d"));

/// "412 thefts in Wigan", "96 offences were recorded in Sefton last year", "2,300 incidents
/// in the Carlisle council area", "a quarter of
/// them - 61 - were logged in Oldham", "380 ASB incidents in Bury": a number (set off by a
/// dash or not), a few words saying what it counts (an abbreviation among them; up to eight,
/// "61 online sexual offences against young girls were logged in Oldham"), then the
/// area it was counted in. No other preposition comes between ("52
/// pupils at a school in Bridgend" are the school's).
static AREA_AFTER_NUMBER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\d[\d,.]*%?(?:\s+-)?\s+(?:(?:[a-z][a-z-]*|[A-Z][a-z-]*|[A-Z]{2,5}s?)\s+){0,8}?(?:in|across|throughout|within)\s+(?:the\s+borough\s+of\s+|the\s+district\s+of\s+|the\s+whole\s+of\s+|all\s+of\s+|the\s+entire\s+|the\s+)?$",
    )
});

/// [`AREA_AFTER_NUMBER_BEFORE`] before a rail network, printed with its "the": a figure is
/// counted "on" a line as in an area ("305 of those happened on the Elizabeth line").
static NETWORK_AFTER_NUMBER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\d[\d,.]*%?(?:\s+-)?\s+(?:(?:[a-z][a-z-]*|[A-Z][a-z-]*|[A-Z]{2,5}s?)\s+){0,8}?(?:on|in|across|throughout)\s+$",
    )
});

/// [`AREA_AFTER_NUMBER_BEFORE`] with room for an offence's long name ("88 crimes of
/// threatening or abusive behaviour in the Moray council area"), read only before an area
/// the text names as one.
static DESCRIBED_AREA_AFTER_NUMBER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\d[\d,.]*%?(?:\s+-)?\s+(?:(?:[a-z][a-z-]*|[A-Z][a-z-]*|[A-Z]{2,5}s?)\s+){0,9}?(?:in|across|throughout|within)\s+(?:the\s+)?$",
    )
});

/// Words of an offence's name that, before an area the text names as one ("the Angus council
/// area"), do not tie the number to another noun: "offences of sharing images with a child",
/// "threatening or abusive behaviour".
const OFFENCE_NAME_WORDS: &[&str] = &["of", "with", "and", "or"];

/// Words that tie a number to what it counts, not to where: before an area after a number,
/// they make the area another noun's ("pupils at a school in Bridgend", "a man from Bolton");
/// or open a clause of their own, whose area is not the number's ("up 9% as new figures show
/// a rise in Bolton", "up 4% while knife crime rose in Wigan").
const NOT_COUNTING_WORDS: &[&str] = &[
    "at", "from", "to", "of", "by", "with", "for", "on", "near", "outside", "and", "or", "as", "while", "whereas",
    "but", "after", "when", "because", "than",
];

/// What may follow an area printed after its number: the end of the clause (or a dash
/// setting off an aside, "in Cardiff - a third of the total"; the next number of a list, "in
/// Liverpool and 520 in Wirral"), or the figure's time ("in 2023/24", "last year").
static AREA_AFTER_NUMBER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:\s*$|\s*[.,;:)]|\s+[-–—]\s|\s+(?:and|but|while|whereas)\s+£?\d|\s+(?:in|during|last|this|over|between|since|from|compared|up|down|alone)\b)",
    )
});

/// Words after "of" that refer back to what was just counted: "2,311 of those were in
/// Cardiff", "210 of them in Medway" count a part of it, which the "of" does not tie to
/// another noun.
const COUNTED_BEFORE: &[&str] = &["them", "those", "these", "which"];

/// Whether the area at `range` is where a number printed before it was counted: "1,200
/// burglaries in Wigan", "88 offences were recorded in Sefton in 2023/24", "412 of those
/// were in Bolton".
pub(super) fn area_after_its_number(s: &str, range: &Range<usize>) -> bool {
    let before = tail(s, range.start);
    // "in the Moray council area": named as an area, the place is where the number was
    // counted past an offence's long name.
    let described = AREA_DESCRIBED.find(head(s, range.end));
    let named_as_area = described.is_some_and(|d| d.as_str().contains("area") || d.as_str().contains("district"));
    // A rail network's range holds its "the" (see `on_opens`).
    let network = s.get(range.clone()).is_some_and(|n| n.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the ")));
    let m = match AREA_AFTER_NUMBER_BEFORE.find(before) {
        Some(m) => m,
        None if network => match NETWORK_AFTER_NUMBER_BEFORE.find(before) {
            Some(m) => m,
            None => return network_after_its_number_in_words(s, range),
        },
        None if named_as_area => match DESCRIBED_AREA_AFTER_NUMBER_BEFORE.find(before) {
            Some(m) => m,
            None => return false,
        },
        None => return false,
    };
    // "… in 2022/23, roughly a third of them in Wakefield": the end of a year is no number.
    if before.get(..m.start()).and_then(|b| b.chars().next_back()).is_some_and(|c| c.is_ascii_digit() || c == '/') {
        return false;
    }
    let words = before.get(m.start()..).unwrap_or("");
    // The first word is the number, the last the preposition before the area.
    let inner: Vec<&str> = words.split_whitespace().collect();
    let between = inner.get(1..inner.len().saturating_sub(1)).unwrap_or(&[]);
    // "412 of the offences were in Bolton": a part of the offences counted, not another noun.
    let of_the_counted = |k: usize| {
        between.get(k + 1) == Some(&"the") && between.get(k + 2).is_some_and(|n| classify_word(n) == Noun::Count)
    };
    // "19 reports of dog theft in Bath": "of" after the counted noun says what was counted.
    let after_counted =
        |k: usize| k.checked_sub(1).and_then(|j| between.get(j)).is_some_and(|n| classify_word(n) == Noun::Count);
    let ties = |k: usize, w: &&str| {
        NOT_COUNTING_WORDS.contains(w)
            && !(*w == "of"
                && (between.get(k + 1).is_some_and(|n| COUNTED_BEFORE.contains(n))
                    || of_the_counted(k)
                    || after_counted(k)))
            && !(named_as_area && OFFENCE_NAME_WORDS.contains(w))
    };
    // "2,300 incidents in the Carlisle council area and …": the words saying what the area is
    // come before what follows it.
    let end = range.end + described.map_or(0, |d| d.end());
    !between.iter().enumerate().any(|(k, w)| ties(k, w)) && AREA_AFTER_NUMBER_AFTER.is_match(head(s, end))
}

/// "Close to ninety of those happened on the Elizabeth line": a rail network printed
/// after its number in words, with "on" (or "in", "across") and no other noun's word between.
fn network_after_its_number_in_words(s: &str, range: &Range<usize>) -> bool {
    static GAP: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\s+((?:(?:[a-z][a-z-]*|[A-Z][a-z-]*|[A-Z]{2,5}s?)\s+){0,6}?)(?:on|in|across|throughout|ON|IN|ACROSS)\s+$",
        )
    });
    let before = s.get(..range.start).unwrap_or("");
    let Some(n) = crate::extract::numbers::scan(before).pop() else { return false };
    if !n.in_words || n.percent || n.money {
        return false;
    }
    let Some(between) = GAP.captures(before.get(n.range.end..).unwrap_or("")).and_then(|c| c.get(1)) else {
        return false;
    };
    let words: Vec<String> = between.as_str().split_whitespace().map(str::to_lowercase).collect();
    // "of" only as "of them", "of those": a part of what was counted.
    let ties = words.iter().enumerate().any(|(k, w)| {
        NOT_COUNTING_WORDS.contains(&w.as_str())
            && !(w == "of" && words.get(k + 1).is_some_and(|n| COUNTED_BEFORE.contains(&n.as_str())))
    });
    !ties && AREA_AFTER_NUMBER_AFTER.is_match(head(s, range.end))
}

/// Whether an area whose name is as often something else ("Angus", a first name) is framed
/// as a place: after "in", "across", "throughout" or "within" ("In Angus, …", "charges in
/// Angus rose"), or `described` as one ("the Angus council area").
pub(super) fn framed_as_area(s: &str, range: &Range<usize>, described: bool) -> bool {
    static LOCATIVE: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"(?i)\b(?:in|across|throughout|within)\s+{WHOLE_OF}$")));
    described || LOCATIVE.is_match(tail(s, range.start))
}

/// "except Rochdale, where burglaries rose by 3%", "in Trafford, where 212 were logged": a
/// council area or city with a clause after a comma, "where" it had the number the clause
/// prints before the clause's first comma ("except Kent, where figures were late, rose 12%"
/// says nothing of Kent's own).
pub(super) static AREA_WHERE_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^,\s*where\s[^.;,]*?\d"));

/// A where-clause that runs on to the end of its sentence: ", where burglaries rose by 3%.".
pub(super) static WHERE_TO_THE_END: LazyLock<Regex> = LazyLock::new(|| compile(r"^,\s*where\s[^,;]*$"));

/// "The biggest drop was in Trafford, down 19%", "Wigan, up 12%, led the rises": a council
/// area or city with its change set off after a comma.
static AREA_CHANGE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^,\s*(?:up|down)\s+(?:by\s+)?[+\-]?\d[\d,.]*\s*(?:%|per\s*cent|pc\b)"));

/// What may stand before a council area set off with its figure: a preposition placing the
/// figure in it ("in", "except", "apart from", "including"), or the start of a clause. Not
/// "from" or "to", which make it another noun's ("a man from Bolton, where 40 …").
static AREA_SET_OFF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[.;:,(]\s*|\b(?:in|across|within|throughout|except|excepting|bar|save|including|notably|especially|particularly|apart\s+from|other\s+than)\s+)$",
    )
});

/// Whether a council area or city, with the text `before` and `after` it, is set off with a
/// figure of its own after a comma: "except Rochdale, where burglaries rose by 3%", "in
/// Trafford, down 19%".
fn area_set_off_with_its_figure(before: &str, after: &str) -> bool {
    let set_off = after.starts_with(',') && (AREA_WHERE_AFTER.is_match(after) || AREA_CHANGE_AFTER.is_match(after));
    set_off && AREA_SET_OFF_BEFORE.is_match(before)
}

/// "…, followed by Mid Ulster with 212", "…, ahead of Newry, Mourne and Down on 190": an area
/// ranked next to the one before, printed with its own number after "with", "on" or "at".
fn ranked_next_with_its_number(before: &str, after: &str) -> bool {
    static RANKED_NEXT_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\b(?:followed\s+by|ahead\s+of|behind)\s+(?:the\s+)?$"));
    static ITS_NUMBER_AFTER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"^\s+(?:with|on|at)\s+(?:(?:just|some|about|around|nearly|almost)\s+)?[+\-]?£?\d"));
    ITS_NUMBER_AFTER.is_match(after) && RANKED_NEXT_BEFORE.is_match(before)
}

/// Words after a council area or city at the start of a clause that make it the subject of
/// a figure: "Kirklees recorded 64", "Wigan alone saw 412", "Salford, the next highest, logged 40", "Wigan, which
/// takes in Leigh and Hindley, had more than any other district", "Salford
/// accounted for 31", "Salford was next with 28", "Salford was the only district where …,
/// from 40 to 52", "Salford's 311", "Salford (41)", "Salford |
/// 311 | 290" (a table's row).
static AREA_SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:['’]s?\s+(?:\d|(?:total|figure|tally|count|rate|share)\b)|(?:,[^,;.]{1,80},|,\s*(?:which|where|whose)\b[^;.]{1,100}?,)?(?:\s+(?:alone|itself))?\s*(?:(?:has|had|have)\s+)?(?:recorded|logged|saw|reported|registered|accounted\s+for|topped|had|(?:was|came)\s+(?:next|second|third)|(?:was|is)\s+(?:the\s+only|one\s+of|among)\b|followed\s+with|\(\s*\d|:\s*\d|[-–]\s*\d|\|\s*[(+\-]?£?\d|\s*\.{2,}\s*\d))",
    )
});

/// "burglaries in Bolton fell by 9%", "thefts across Wirral rose to 640", "Frauds in Moray
/// rose …": a council area or city closing the subject of a change or total, right before
/// its verb.
pub(super) static AREA_IN_SUBJECT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(r"(?:^[A-Z][a-z-]*|\b[a-z][a-z-]*)\s+(?:in|across|throughout|within)\s+{WHOLE_OF}$"))
});

/// The verb of a change or total after such a subject: "fell", "rose", "went up", "totalled",
/// "stood at".
pub(super) static AREA_IN_SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:\s+(?:alone|itself))?\s+(?:(?:have|has|had)\s+)?(?:fell|fallen|rose|risen|dropped|dipped|climbed|increased|decreased|declined|grew|grown|jumped|soared|surged|doubled|halved|went\s+(?:up|down)|gone\s+(?:up|down)|totalled|totaled|numbered|reached|stood\s+at|(?:were|was)\s+(?:up|down))\b",
    )
});

/// "Scottish Borders", "Western Isles", "Shetland Islands", "Derbyshire Dales": an area whose
/// name is a plural of land, which is printed with "the" before it.
/// So is a forest or vale "of" a place: "the Forest of Dean", "the Vale of Glamorgan". (An
/// island "of" one is read by [`island_takes_the`].)
fn name_takes_the(name: &str) -> bool {
    const PLURAL_LAND: &[&str] = &["Isles", "Islands", "Borders", "Dales", "Glens", "Wolds", "Cotswolds", "Valleys"];
    const LAND_OF: &[&str] = &["Forest", "Vale"];
    let words: Vec<&str> = name.split_whitespace().collect();
    let (first, last) = (words.first().copied().unwrap_or(""), words.last().copied().unwrap_or(""));
    let land_of = LAND_OF.contains(&first) && words.get(1) == Some(&"of");
    PLURAL_LAND.contains(&first) || PLURAL_LAND.contains(&last) || land_of
}

/// "Winchester had 64 and the Isle of Wight 23": an island "of" a place is printed with "the"
/// before it, as its area, unless with the county before it it names a force ("Hampshire
/// and the Isle of Wight", the force whose alias the island's name also is).
fn island_takes_the(before: &str, name: &str) -> bool {
    if !(name.starts_with("Isle of ") || name.starts_with("Isles of ")) {
        return false;
    }
    let Some(lead) = before.strip_suffix("the ").or_else(|| before.strip_suffix("The ")) else { return false };
    let county = lead.strip_suffix(" and ").and_then(|l| l.rsplit(' ').next());
    !county
        .is_some_and(|c| places::by_alias(&format!("{c} and {name}")).is_some_and(|p| p.scope == places::Scope::Force))
}

/// Whether the council area or city at `range` (with the words saying what it is, "district",
/// up to `end`) is given its own figure in `s`: the
/// locative or the subject at the start of its clause, not a name part of a longer one
/// ("Bolton Wanderers") or an institution's ("Salford Council"), nor an incidental mention
/// ("a man from Salford", "a school in Bolton").
pub(super) fn area_has_figure(s: &str, range: &Range<usize>, end: usize) -> bool {
    let after = head(s, end);
    if area_body_reports(s, range, after) {
        return true;
    }
    if after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_uppercase())
        || INSTITUTION_AFTER.is_match(after)
    {
        return false;
    }
    let before = s.get(..range.start).unwrap_or("");
    // "In the Moray council area, 96 …", "The Falkirk council area saw 61": before an area
    // named as one, or one whose name is printed with "the" ("In the Scottish Borders, 96
    // …"), "the" opens its clause as the bare name would.
    let takes_the = end > range.end
        || s.get(range.clone()).is_some_and(|name| name_takes_the(name) || island_takes_the(before, name));
    let before = match before.strip_suffix("the ").or_else(|| before.strip_suffix("The ")) {
        Some(lead) if takes_the && (lead.is_empty() || lead.ends_with(' ')) => lead,
        _ => before,
    };
    if (AREA_LOCATIVE_BEFORE.is_match(before) || on_opens(s, range)) && AREA_LOCATIVE_AFTER.is_match(after) {
        return true;
    }
    if AREA_BRACKETED_VALUE.is_match(after) || area_after_its_number(s, range) {
        return true;
    }
    if area_set_off_with_its_figure(before, after) {
        return true;
    }
    if ranked_next_with_its_number(before, after) {
        return true;
    }
    if its_figures_named(before, after) {
        return true;
    }
    if AREA_IN_SUBJECT_AFTER.is_match(after) && AREA_IN_SUBJECT_BEFORE.is_match(tail(before, before.len())) {
        return true;
    }
    let lead = before.trim_end();
    // "| Wirral | 410 |": the first cell of a table's row.
    let clause_start = lead.is_empty()
        || lead == "|"
        || lead.ends_with(['.', ';', ':', ',', '('])
        || ["while", "whereas", "but", "and"]
            .iter()
            .any(|w| lead.strip_suffix(w).is_some_and(|rest| rest.ends_with(' ')));
    // "Preston recorded 268, Blackpool 212 and Chorley 97": a later item of a list whose verb
    // is left out, after a comma or "and", when the list's first item says what its numbers
    // are ("Blackpool was ranked worst, Preston 2 and Burnley 3" gives ranks, no counts).
    let listed_item = lead.ends_with(',') || lead.strip_suffix("and").is_some_and(|rest| rest.ends_with(' '));
    clause_start
        && (AREA_SUBJECT_AFTER.is_match(after)
            || listed_item
                && (AREA_GAPPED_AFTER.is_match(after) || gapped_with_its_preposition(before, after))
                && GAPPED_LIST_HEAD.is_match(before)
                && !ranks_or_scores(before))
}

/// What follows a council area's name when its council or one of its partnerships opens the
/// clause as the subject of a figure: "Stockport's community safety partnership also
/// recorded", "Rutland County Council recorded", "the Rutland safeguarding partnership received".
static AREA_BODY_SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:['\x{2019}]s)?\s+(?:(?:City|County|Borough|District|Metropolitan\s+Borough|London\s+Borough|city|county|borough|district)\s+)?(?:Council|council|(?:(?:[Cc]ommunity|[Pp]olicing\s+and\s+[Cc]ommunity)\s+[Ss]afety|(?:[Ss]trategic\s+|[Ll]ocal\s+)?[Ss]afeguarding(?:\s+(?:[Cc]hildren|[Aa]dults))?)\s+(?:[Pp]artnership|[Bb]oard)|CSP|PCSP)(?:\s+\([A-Z]+\))?\s+(?:(?:also|has|had|have|now)\s+)*(?:recorded|logged|reported|received|registered|counted|handled|dealt\s+with)\b",
    )
});

/// "Stockport's community safety partnership also recorded a 9% drop", "Rutland County Council
/// recorded 211": a council, or a partnership of a council area, opening its clause as the
/// subject of a figure gives it for the council's area (a council is no force, and its
/// figures are for the ground it serves), under the area's name.
fn area_body_reports(s: &str, range: &Range<usize>, after: &str) -> bool {
    if !AREA_BODY_SUBJECT_AFTER.is_match(after) {
        return false;
    }
    let before = s.get(..range.start).unwrap_or("");
    let lead = before.strip_suffix("the ").or_else(|| before.strip_suffix("The ")).unwrap_or(before).trim_end();
    lead.is_empty()
        || lead.ends_with(['.', ';', ':'])
        || ["while", "whereas", "but", "and"]
            .iter()
            .any(|w| lead.strip_suffix(w).is_some_and(|rest| rest.ends_with(' ')))
}

/// "The Swansea figures were worse: 88 …", "the Newport total rose to 61", "while the
/// Wrexham numbers fell": a council area or city naming, after "the" at the start of its
/// clause, whose figures or total the clause gives.
fn its_figures_named(before: &str, after: &str) -> bool {
    static FIGURES_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\s+(?:figures?|totals?|tally|count|numbers|data)\b(?:\s+(?:alone|themselves|itself))?\s+(?:were|was|are|is|rose|fell|stood|showed|show|reached|climbed|dropped|went|came)\b",
        )
    });
    let Some(lead) = before.strip_suffix("the ").or_else(|| before.strip_suffix("The ")) else { return false };
    let lead = lead.trim_end();
    let clause_start = lead.is_empty()
        || lead.ends_with(['.', ';', ':', ','])
        || ["while", "whereas", "but", "and"]
            .iter()
            .any(|w| lead.strip_suffix(w).is_some_and(|r| r.is_empty() || r.ends_with(' ')));
    clause_start && FIGURES_AFTER.is_match(after)
}

/// "Wyre accounted for 18 of the thefts, and the Vale of Glamorgan for 27", "Leeds saw a
/// rise to 410 and Bradford to 380": a later item of a list whose verb is left out keeps the
/// preposition the verb took before the first item's number, then its own number.
fn gapped_with_its_preposition(before: &str, after: &str) -> bool {
    static PREPOSITION_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"^\s+(for|with|on|at|to|by)\s+[+\-]?£?\d[\d,]*(?:(?:\.\d+)?(?:%|\s+per\s+cent))?(?:\s*(?:[,;)]|\.(?:\s|$)|$)|\s+(?:and|while|but)\b)",
        )
    });
    let Some(preposition) = PREPOSITION_NUMBER.captures(after).and_then(|c| c.get(1)) else { return false };
    let word = preposition.as_str();
    before.match_indices(word).any(|(at, _)| {
        let opens = before.get(..at).is_some_and(|b| b.is_empty() || b.ends_with(' '));
        let rest = before.get(at + word.len()..).unwrap_or("");
        let number = rest.trim_start().trim_start_matches(['+', '-', '£']);
        opens && rest.starts_with(' ') && number.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// "…, Blackpool 212 and Chorley 97.": what follows a council area or city that is an item
/// of a list with its verb left out: its number alone (a decimal only as a percentage, not a
/// score, "Chorley 6.1"), then the end of the item.
static AREA_GAPPED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+[+\-]?£?\d[\d,]*(?:(?:\.\d+)?(?:%|\s+per\s+cent))?(?:\s*(?:[,;)]|\.(?:\s|$)|$)|\s+(?:and|while|but)\b)",
    )
});

/// "Preston recorded 268 burglaries (up 4%), Blackpool 212 and ", "In Wigan, 412 cars were
/// stolen, Bolton 380 and ": what comes before a later item of such a list: its first item's
/// number (with a few words saying what it counts, and a change in brackets), after a word or
/// a mark, not a name (that would make it a list item of its own, "Preston 2", with no first
/// one giving a number), and not an ordinal ("Wyre 2nd"); then items of a name and a number
/// alone.
static GAPPED_LIST_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[^\w\s]\s*|\b[a-z]+\s+)[+\-]?£?\d[\d,]*(?:\.\d+)?(?:%|\s+per\s+cent)?(?:\s+(?:[a-z][a-z-]*|\d{4}(?:[/-]\d{2,4})?)){0,4}(?:\s*\([^()]*\))?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+[+\-]?£?\d[\d,]*(?:\.\d+)?(?:%|\s+per\s+cent)?(?:\s*\([^()]*\))?)*,?(?:\s+and)?\s*$",
    )
});

/// Words before a list of areas with numbers that make the numbers ranks or scores: "Oldham
/// was ranked number 1, Rochdale 2 and Bolton 3".
fn ranks_or_scores(before: &str) -> bool {
    let before = before.to_lowercase();
    ["rank", "position", "score", "rating"].iter().any(|w| before.contains(w))
}
