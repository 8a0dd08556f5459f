//! What each figure of a sentence counts. Most sentences name one measure, which all their
//! figures take (or the one the text talked about last). Two kinds of sentence name more:
//!
//! - a clause about part of the total: "1,050 sexual offences against children, 140 of
//!   which were flagged online", "…, of which a quarter were internet-related";
//! - two figures with their own nouns: "250 online child sex offences … and 1,900 sexual
//!   offences against children in total".

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use super::context::is_baseline_value;
use super::kinds::Candidate;
use super::Found;
use crate::extract::measure;
use crate::extract::numbers::compile;
use crate::model::{Figure, Kind, Measure};

/// ", of which …", ", 140 of which …" (or after a colon or dash, ": 140 of them …", "— 140 of
/// which …", but not the dash or colon after a list row's label: "2029/30 – 512 offences, of
/// which …"), ", roughly one in six of which …", ", with 120 of them …", ", and 90 of those …",
/// ", 96 of them online", ", with four hundred and sixty tagged online" (a number in words),
/// ", with 9,500 involving the internet", ", including 120 online", ", meaning a quarter
/// involve the internet" (or set off by a dash, "- meaning one in five …"): a clause about part
/// of what the sentence counted.
static PART_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i),\s+(?:[\w,.]+\s+){1,4}?of\s+(?:which|whom)|(?::|\s[-–—])\s+(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:which|whom)|,\s*(?:of\s+(?:which|whom)|and\s+[\w,.]+\s+of\s+(?:them|those|these)\b|(?:with|including)\s+(?:[\w,.-]+\s+){1,6}?(?:of\s+(?:them|those|these)|online|involving|having|flagged|carrying|committed|taking|linked|related)\b)|(?:,|\s-)\s*(?:meaning|suggesting|indicating)\b|(?:[,:]|\s[-–—])\s+(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:them|those|these)\b",
    )
});

/// ", including those committed online,": an aside saying what the count takes in, with no
/// number of its own, is no clause about a part of it.
fn inclusion_aside(part_clause: &str) -> bool {
    let mut words = part_clause.trim_start_matches([',', ' ']).split_whitespace();
    matches!(words.next(), Some("including" | "with")) && matches!(words.next(), Some("those" | "these" | "them"))
}

/// The measure of each candidate, and the one the sentence names for the text after it.
/// `carried` is the measure the text talked about last.
pub(super) fn of_candidates(s: &str, cands: &[Candidate], carried: Measure) -> (Vec<Measure>, Option<Measure>) {
    let part_at = PART_CLAUSE.find(s).filter(|m| !inclusion_aside(m.as_str())).map_or(s.len(), |m| m.start());
    let whole = s.get(..part_at).unwrap_or(s);
    // With no part clause the whole is the sentence: its cue words are read once for both.
    let (cue, several) = if part_at == s.len() {
        measure::of_sentence_and_several(s)
    } else {
        (measure::of_sentence(whole), measure::may_name_several(s))
    };
    let part = s.get(part_at..).filter(|t| !t.is_empty());
    let part_cue =
        part.and_then(|t| measure::of_sentence(t.trim_start_matches([',', ' ']).trim_start_matches("including")));
    // "502 sexual offences were recorded, of which 211 were against children": sexual
    // offences whose part against children is told apart are of victims of every age.
    let children_apart = part.is_some_and(measure::names_children) && !measure::names_children(whole);
    let cue = match cue {
        Some(Measure::All) if children_apart && part_cue == Some(Measure::All) => Some(Measure::Other),
        cue => cue,
    };
    // "in total", "in all" or "Kent's total" may sum the online count itself ("almost 8,000
    // online-flagged offences - 7,962 in all"): they set a total against the online part only
    // where a clause sets the two apart; "the total" and "overall" do so anywhere.
    let contrast =
        cands.len() > 1 && measure::contrasts_total(s) && (measure::names_the_total(s) || has_two_clauses(s));
    let lone = cands.len() == 1 && several;
    // "Overall crime grew most in Essex, by 6 per cent, but its online count went down":
    // one figure in a sentence setting the total against the online part.
    // (Only where a clause sets them apart: "the total was 4,105" of online crimes is theirs.)
    let lone_total = cands.len() == 1 && !several && measure::contrasts_total(s) && has_two_clauses(s);
    let mut own: Vec<Option<Measure>> = if cands.len() > 1 && (contrast || several) {
        (0..cands.len()).map(|i| own_words_measure(s, cands, i, contrast, part_at)).collect()
    } else if lone {
        vec![lone_words_measure(s, &cands[0])]
    } else if lone_total {
        vec![lone_against_total(s, &cands[0])]
    } else {
        vec![None; cands.len()]
    };
    let part_of_whole = part_and_whole(s, cands, &mut own);
    fronted_whole_then_part(s, cands, &mut own);
    // A number with no words of its own counts what the number before it counts, in the same
    // clause ("went down 5% to 3,102") or as the value it is compared with ("736 online
    // offences …, up from 688"). After a whole whose part the words before it are about ("412
    // of its 1,718 offences were flagged online, compared with 97"), the part's.
    for i in 1..cands.len() {
        let gap = s.get(cands[i - 1].number.range.end..cands[i].number.range.start).unwrap_or("");
        let baseline = is_baseline_value(s, cands[i].number.range.start);
        if own[i].is_none() && (!gap.contains([',', ';']) || baseline || change_in_apposition(&cands[i], gap)) {
            let before = part_of_whole.get(i - 1).copied().flatten().filter(|_| baseline).unwrap_or(i - 1);
            own[i] = own[before];
        }
    }
    changes_on_their_baseline(s, cands, &mut own);
    let mixed = own.iter().flatten().collect::<BTreeSet<_>>().len() > 1;
    let opposed = if mixed || lone || contrast { None } else { opposed_clause(s, cands, part_at) };
    let clause_apart =
        if mixed || lone || contrast || opposed.is_some() { None } else { before_a_clause_apart(s, cands, part_at) };
    let mut measures: Vec<Measure> = cands
        .iter()
        .zip(&own)
        .map(|(c, own)| {
            if c.kind == Kind::Money || c.not_offences {
                Measure::Other
            } else if c.number.range.start >= part_at {
                part_cue.or(cue).unwrap_or(carried)
            } else if mixed || lone || (lone_total && own.is_some()) {
                own.or(cue).unwrap_or(carried)
            } else if let Some(m) = clause_apart {
                m
            } else if let Some((at, named)) = opposed {
                if c.number.range.start < at {
                    carried
                } else {
                    named
                }
            } else {
                cue.unwrap_or(carried)
            }
        })
        .collect();
    changes_of_money(s, cands, &mut measures);
    parts_of_an_online_group(s, cands, &mut measures);
    online_denied(s, cands, &mut measures);
    parts_of_a_group(s, cands, carried, &mut measures);
    // Not "7,273, meaning online offences have risen by 71%": a clause of what the count
    // means, not about a part of it.
    let of_a_part = part.is_some_and(|t| {
        let t = t.trim_start_matches([',', ' ', '-']);
        !["meaning", "suggesting", "indicating"].iter().any(|w| t.starts_with(w))
    });
    let part_cue = part_cue.filter(|_| cue.is_none() && of_a_part);
    wholes_beside_online_parts(s, cands, part_at, part_cue, &mut measures);
    // "… and 1,040 altogether, up from 990": a value a count is compared with, with no words of
    // its own, counts what that count counts, once the count's own words were read.
    for i in 1..cands.len() {
        let compared = own[i].is_none()
            && cands[i].kind == Kind::Count
            && cands[i - 1].kind == Kind::Count
            && is_baseline_value(s, cands[i].number.range.start);
        if compared {
            measures[i] = measures[i - 1];
        }
    }
    // "Online crimes made up 38% of all child sexual offences recorded, which totalled
    // 24,770": a total a relative clause gives for the noun phrase before it counts what that
    // phrase names, whatever the sentence named first.
    if cands.len() > 1 {
        for (c, m) in cands.iter().zip(measures.iter_mut()) {
            if c.number.percent || c.not_offences || c.kind == Kind::Money {
                continue;
            }
            if let Some(named) = s.get(..c.number.range.start).and_then(totalled_by_the_noun_before) {
                *m = named;
            }
        }
    }
    let segments = labelled_segments(s, cands, &mut measures);
    let mixed = mixed || segments;
    // After two measures, the text goes on about the last one named.
    // After a clause set against the main one, the text goes on about the main one's measure.
    let named = if segments {
        measures.last().copied()
    } else if mixed {
        own.iter().rev().flatten().next().copied()
    } else if opposed.is_some() {
        None
    } else {
        cue
    };
    (measures, named)
}

/// "victims aged 13 or under", "children under the age of two", "of the victims were aged
/// between 11 and 14": victims named by a child's age (not "victims aged 60 or over").
static CHILDS_AGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)\b(?:victims?|children|child|girls?|boys?|babies|pupils)\s+(?:(?:who\s+)?(?:were|was)\s+)?(?:aged\s+(?:(?:under|below|between|from)\s+)?|under\s+(?:the\s+age\s+of\s+)?)(?P<age>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b",
    )
});

/// "Where the victim's age was recorded, 2,050 were against children aged under eight", in a
/// text that counted all offences against children and then the online ones: a split by the
/// victim's age is one of all the offences, not of the online part talked about last. (In a
/// text that counted only online offences, it is of those.) The sentence names no measure of
/// its own. It changes no measure carried.
pub(super) fn split_by_age_of_the_whole(s: &str, figures: &[Figure], current: &mut [Found]) {
    let online = |f: &Found| f.kind == Kind::Count && f.measure == Measure::Online;
    if !current.iter().any(online) || !split_by_a_childs_age(s) || measure::of_sentence(s).is_some() {
        return;
    }
    let counted_all = figures.iter().any(|f| f.kind == Kind::Count && f.measure == Measure::All);
    if !counted_all || !figures.iter().any(|f| f.measure == Measure::Online) {
        return;
    }
    for f in current.iter_mut().filter(|f| online(f)) {
        f.measure = Measure::All;
    }
}

/// Whether `s` counts by a child's age ([`CHILDS_AGE`]): an age up to 18, not one and over.
fn split_by_a_childs_age(s: &str) -> bool {
    static AND_OVER: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:or|and)\s+(?:over|above|older)\b|^\s*(?:\+|plus)"));
    if !(s.contains("aged") || s.contains("age of") || s.contains("under")) {
        return false;
    }
    CHILDS_AGE.captures_iter(s).any(|c| {
        let Some(age) = c.name("age") else { return false };
        let young = age.as_str().parse::<u32>().map_or(true, |n| n <= 18);
        young && !AND_OVER.is_match(s.get(age.end()..).unwrap_or(""))
    })
}

/// "Wessex Police - all offences: 940 → 1,002; online-flagged: 120 → 131": a line split by
/// semicolons into segments, each opening on words that name what its values count, before
/// the first of them: each segment's values count what its own words name (a segment naming
/// nothing, "Wessex Police: 940 in 2031/32", keeps what it had). Returns whether segments
/// named two measures, in which case the text goes on about the last.
fn labelled_segments(s: &str, cands: &[Candidate], measures: &mut [Measure]) -> bool {
    if !s.contains(';') || cands.len() < 2 {
        return false;
    }
    static ALL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)^(?:all|total|overall|in\s+total)(?:\s+(?:recorded\s+)?(?:offences|crimes))?(?:\s+recorded)?$")
    });
    let mut named = BTreeSet::new();
    let mut segment_totals = 0;
    let mut start = 0;
    let mut changes: Vec<(usize, Measure)> = Vec::new();
    for segment in s.split(';') {
        let range = start..start + segment.len();
        start = range.end + 1;
        let inside: Vec<usize> = (0..cands.len()).filter(|&i| range.contains(&cands[i].number.range.start)).collect();
        let Some(&first) = inside.first() else { continue };
        let words = s.get(range.start..cands[first].number.range.start).unwrap_or("");
        // The row's name before a colon is no word of what is counted.
        let words = words.trim_end().trim_end_matches(':');
        let words = [": ", " - ", " – "]
            .iter()
            .filter_map(|sep| words.rsplit_once(sep))
            .map(|(_, w)| w)
            .min_by_key(|w| w.len())
            .unwrap_or(words);
        // "all offences", "total", "overall" beside a segment of online ones: the total they
        // are part of.
        let total = measure::of_contrasting_part(words).is_some() || ALL_WORDS.is_match(words.trim());
        let m = match measure::of_sentence(words) {
            Some(m) => m,
            None if total => {
                segment_totals += 1;
                Measure::All
            }
            None => continue,
        };
        named.insert(m);
        changes.extend(
            inside.iter().filter(|&&i| !cands[i].not_offences && cands[i].kind != Kind::Money).map(|&i| (i, m)),
        );
    }
    if named.len() < 2 {
        return false;
    }
    // The total's words name all offences only beside a part of them counted online.
    if !named.contains(&Measure::Online) && segment_totals > 0 {
        return false;
    }
    for (i, m) in changes {
        measures[i] = m;
    }
    true
}

/// Words that call a count the whole of what is counted: "in total", "overall", "of all kinds".
pub(super) const WHOLE_WORDS: &str =
    r"in\s+total|overall|in\s+all|altogether|all\s+told|of\s+all\s+(?:kinds|types|sorts)";

/// "990 offences in total, of which 201 were flagged as online", "650 online-flagged offences,
/// against 2,870 offences in total", "330 online crimes out of 1,570", "15% of its 2,870 …
/// involved the internet": a count whose online part the sentence tells apart, or
/// a total set beside an online count, is of all offences, though the text was about online
/// ones. `part_cue` is what a clause about part of the count names, when the words before it
/// name nothing.
fn wholes_beside_online_parts(
    s: &str,
    cands: &[Candidate],
    part_at: usize,
    part_cue: Option<Measure>,
    measures: &mut [Measure],
) {
    static IN_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
        compile(&format!(
            r"(?i)^\s+(?:sexual\s+)?(?:offences|crimes)(?:\s+against\s+(?:children|under-18s|minors))?\s+(?:{WHOLE_WORDS})\b"
        ))
    });
    // "15% of its 2,870 …", "240 of the 1,150 …", "half of the force's 900 …": the whole a part
    // or share is of.
    static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)(?:\d[\d,.]*\s*(?:%|per\s+cent)?|\bone\s+in\s+\w+|\b(?:half|third|quarter|fifth|tenth|most|many|some))\s+of\s+(?:its|the|their|all(?:\s+the)?|those|[\w-]+'s?)\s+$",
        )
    });
    // "4,420 in total", "2,015 overall" joined to the online count by "and".
    static AND_TOTAL: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?i)^\s+(?:{WHOLE_WORDS})\b")));
    // "the 4,300 total", "Kent's total of 4,300": a count its own words call the total.
    static TOTAL_NOUN: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)(?:\b(?:the|its|their)\s+|[\w-]+['’]s\s+)(?:overall\s+)?total\s+of\s+$"));
    let counted = |c: &Candidate| !(c.number.percent || c.not_offences || c.kind == Kind::Money);
    let says_online = |w: &str| {
        let w = w.to_ascii_lowercase();
        w.contains("online") || w.contains("internet") || w.contains("cyber")
    };
    // The words of candidate `i` alone, from the number before it to the next: whether they
    // call it online.
    let own_words_online = |i: usize| {
        let start = i.checked_sub(1).map_or(0, |j| cands[j].number.range.end);
        let end = cands.get(i + 1).map_or(s.len(), |c| c.number.range.start);
        s.get(start..end).is_some_and(|w| says_online(w) || w.contains("flagged"))
    };
    let mut online_before = false;
    for (i, (c, m)) in cands.iter().zip(measures.iter_mut()).enumerate() {
        if !counted(c) || *m != Measure::Online {
            continue;
        }
        let whole_of_online_part = part_cue == Some(Measure::Online) && c.number.range.end <= part_at;
        // "330 online-flagged crimes out of 1,570 child sexual offences", "… out of a total of 505".
        // "… against a total of 4,300", "… among a total of 4,300" likewise.
        let out_of = || super::years::is_out_of_a_total(s, c) || beside_a_total_of(s, c);
        let after = s.get(c.number.range.end..).unwrap_or("");
        let before = s.get(..c.number.range.start).unwrap_or("");
        let joined_total = before.trim_end().ends_with(" and") && AND_TOTAL.is_match(after);
        let total_beside = online_before && (IN_TOTAL.is_match(after) || out_of() || joined_total);
        // "4,300 offences in all and 610 online", "the 4,300 total included 610 flagged
        // online", "… a seventh of the 4,300 total": a count its own words call the total,
        // whose own words name nothing online, beside an online count before it or a count
        // after it whose own words call it online.
        let called_the_total = || {
            let near = super::tail(s, c.number.range.start);
            IN_TOTAL.is_match(after)
                || after.starts_with(" total") && !after[" total".len()..].starts_with(|ch: char| ch.is_alphanumeric())
                || near.ends_with("total of ") && TOTAL_NOUN.is_match(near)
        };
        let total_before_online = || (i + 1..cands.len()).any(|j| counted(&cands[j]) && own_words_online(j));
        let total_beside =
            total_beside || (called_the_total() && !own_words_online(i) && (online_before || total_before_online()));
        // The whole's own words (its next four) may call it online; else the part is the online
        // one only where the sentence says so elsewhere ("… involved the internet").
        // Cheapest tests first: this runs for every online count.
        let whole_of_a_part = || {
            let near = super::tail(s, c.number.range.start);
            near.ends_with(' ')
                && near.contains("of ")
                && PART_OF.is_match(near)
                && !after.split_whitespace().take(4).any(says_online)
                && (before.split_whitespace().any(says_online) || after.split_whitespace().skip(4).any(says_online))
        };
        if whole_of_online_part || total_beside || whole_of_a_part() {
            *m = Measure::All;
        } else {
            online_before = true;
        }
    }
}

/// "against a total of 4,300", "among a total of 4,300": the whole set beside a count before
/// it. (Not "rose to a total of": that is the count itself.)
fn beside_a_total_of(s: &str, c: &Candidate) -> bool {
    static BESIDE: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:against|among|amongst|within|of|versus|set\s+beside)\s+a\s+total\s+of\s+$")
    });
    let before = super::tail(s, c.number.range.start);
    before.ends_with("total of ") && BESIDE.is_match(before)
}

/// The measure the words of candidate `i` alone name: those after it up to the next number
/// ("1,900 sexual offences against children"), else those before it from the last number
/// ("the number of online offences (310)"; first for a number in brackets).
/// With `contrast`, "the total" names all offences ([`measure::contrasts_total`]). The words
/// after stop where a clause about part of the total (at `part_at`) or another clause
/// ("- although …", ", while …") begins: those name what that clause counts.
fn own_words_measure(s: &str, cands: &[Candidate], i: usize, contrast: bool, part_at: usize) -> Option<Measure> {
    let r = &cands[i].number.range;
    let prev_end = i.checked_sub(1).map_or(0, |j| cands[j].number.range.end);
    let mut next_start = cands.get(i + 1).map_or(s.len(), |c| c.number.range.start);
    if r.end <= part_at {
        next_start = next_start.min(part_at);
    }
    let before = s.get(prev_end..r.start).unwrap_or("");
    let after = s.get(r.end..next_start).unwrap_or("");
    let after = next_clause(after).map_or(after, |at| &after[..at]);
    let (before, after, of) = if contrast {
        // "the total" is read within the figure's own clause.
        let before = before.rfind([',', ';']).map_or(before, |at| &before[at + 1..]);
        let after = after.find([',', ';']).map_or(after, |at| &after[..at]);
        (before, after, measure::of_contrasting_part as fn(&str) -> Option<Measure>)
    } else {
        (before, after, measure::of_sentence as fn(&str) -> Option<Measure>)
    };
    // "410 sexual offences against children were recorded while overall crime fell 2%":
    // crime of every kind named further off than words that name another measure is another
    // clause's; the words nearer the number say what it counts.
    let crime = measure::whole_crime(after).map(|(at, _)| at).filter(|&at| of(&after[..at]).is_some());
    let after = crime.map_or(after, |at| &after[..at]);
    let crime = measure::whole_crime(before).map(|(_, end)| end).filter(|&end| of(&before[end..]).is_some());
    let before = crime.map_or(before, |end| &before[end..]);
    let words = if before.trim_end().ends_with('(') {
        of(before).or_else(|| of(after))
    } else {
        of(after).or_else(|| of(before))
    };
    // "…, while its total for all sexual offences against children fell slightly, to 2,118":
    // the clause the number ends names what it counts.
    let words = words.or_else(|| own_clause(s.get(prev_end..r.start).unwrap_or("")).and_then(of));
    // "Surrey's online-flagged crimes climbed furthest, up 19%, though its total count
    // dropped": set against the total, a figure whose own clause names nothing counts
    // what the nearest clause before it names.
    words.or_else(|| {
        let before = s.get(prev_end..r.start).unwrap_or("");
        let before = own_clause(before).unwrap_or(before);
        contrast.then(|| before.rsplit([',', ';']).find_map(of)).flatten()
    })
}

/// Where the next clause of `after` begins: "- although …", ", while …", ", with …", "; …",
/// the same words with no comma before them ("… fell 4% while …", "… even though …", "…
/// even as …"), and "and" before a subject with a rise or fall of its own ("… falls 11 per
/// cent and online offences climb 14 per cent").
fn next_clause(after: &str) -> Option<usize> {
    static NEXT: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)(?:,|\s-)\s*(?:while|whereas|but|although|(?:even\s+)?though|even\s+as|with)\b|;")
    });
    // The same words with no comma: run apart, only where one of them stands.
    static BARE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)\s(?:while|whereas|although|even\s+though|even\s+as)\s"));
    static AND_RISING: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\sand\s+(?:[\w'-]+\s+){1,5}?(?:rise|rises|rose|risen|fall|falls|fell|fallen|climb|climbs|climbed|soar|soars|soared|jump|jumps|jumped|drop|drops|dropped|dip|dips|dipped|surge|surges|surged|increase|increases|increased|decrease|decreases|decreased|(?:went|goes|gone|go)\s+(?:up|down))\b",
        )
    });
    let punctuated = after.contains([',', '-', ';']).then(|| NEXT.find(after).map(|m| m.start())).flatten();
    let bare =
        (after.contains("hile") || after.contains("ereas") || after.contains("ough") || after.contains("even as"))
            .then(|| BARE.find(after).map(|m| m.start()))
            .flatten();
    let punctuated = match (punctuated, bare) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let joined = after.contains("and ").then(|| AND_RISING.find(after).map(|m| m.start())).flatten();
    match (punctuated, joined) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether `s` sets one clause against another: one opens after a word such as ", while" or
/// "even though" ([`next_clause`]), or the sentence opens on a clause of its own ("While its
/// online crimes grew, Kent's total fell 4%").
fn has_two_clauses(s: &str) -> bool {
    static FRONTED: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\W*(?:while|whereas|although|though|even\s+though|even\s+as)\b[^,;.]*,"));
    next_clause(s).is_some() || FRONTED.is_match(s)
}

/// "Leeds saw a fall of 4%, from 900 to 864, although 210 of its crimes were flagged online":
/// a clause set against the main one (", although", ", while", ", but", "; ") that alone
/// names a measure. Its byte offset and that measure, when figures stand both before and
/// after it (before `part_at`): the figures before it count what the text talked about, not
/// what the clause names.
fn opposed_clause(s: &str, cands: &[Candidate], part_at: usize) -> Option<(usize, Measure)> {
    let first_end = cands.first()?.number.range.end;
    let after_first = s.get(first_end..part_at)?;
    let at = first_end + next_clause(after_first)?;
    if !cands.iter().any(|c| c.number.range.start > at) || measure::of_sentence(s.get(..at)?).is_some() {
        return None;
    }
    measure::of_sentence(s.get(at..part_at)?).map(|m| (at, m))
}

/// "Violence against the person offences rose to 18,930, an increase of 38 per cent, while
/// sexual offences against children went up by a third": every figure stands before a clause
/// set against the main one (", while …", "; …") that names another measure than the words
/// before it. The figures count what those words name.
fn before_a_clause_apart(s: &str, cands: &[Candidate], part_at: usize) -> Option<Measure> {
    let last_end = cands.last()?.number.range.end;
    let rest = s.get(last_end..part_at)?;
    let at = last_end + next_clause(rest)?;
    let own = measure::of_sentence(s.get(..at)?)?;
    let apart = measure::of_sentence(s.get(at..part_at)?)?;
    (own != apart).then_some(own)
}

/// "The number of sexual offences against children rose by 23% in a year, with police
/// warning of a rise in sextortion": the measure of a sentence's one figure that names two,
/// from the words after it up to the end of its clause (a comma, a dash), else those before
/// it. What a clause after it talks about is not what it counts; nor is the whole a share is
/// "of" ("made up 27% of all child sexual offences"): a share reads the words before it first.
fn lone_words_measure(s: &str, cand: &Candidate) -> Option<Measure> {
    // "Child sex crimes up 6.5pc as online cases dip" (or "… more than double"): a
    // conjunction opens another clause, as a comma does; "as" only before a rise or fall of
    // its own ("flagged as online" and "as young as three" describe what is counted).
    static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)[,;:(]|\s-\s|\s(?:while|whereas|but|although|though|amid)\s|\sas\s+(?:[\w'-]+\s+){1,4}?(?:rise|rises|rose|risen|fall|falls|fell|fallen|dip|dips|dipped|drop|drops|dropped|soar|soars|soared|climb|climbs|climbed|surge|surges|surged|jump|jumps|jumped|decline|declines|declined|grow|grows|grew|increase|increases|increased|decrease|decreases|decreased|double|doubles|doubled|treble|trebles|trebled|triple|triples|tripled|halve|halves|halved)\b",
        )
    });
    let r = &cand.number.range;
    let after = s.get(r.end..).unwrap_or("");
    let after = CLAUSE_END.find(after).map_or(after, |m| &after[..m.start()]);
    let before = s.get(..r.start).unwrap_or("");
    if let Some(measure) = totalled_by_the_noun_before(before) {
        return Some(measure);
    }
    // "Durham flagged 188 child sexual offences as online": the flagging verb before the
    // number and what it flags them as after it are one phrase.
    let clause_start = before.rfind([',', ';', ':', '(']).map_or(0, |c| c + 1);
    if let Some(at) = before.get(clause_start..).and_then(|c| c.rfind("flagged")) {
        if let Some(measure) = s.get(clause_start + at..r.end + after.len()).and_then(measure::of_sentence) {
            return Some(measure);
        }
    }
    if cand.number.percent && after.trim_start().starts_with("of ") {
        measure::of_sentence(before).or_else(|| measure::of_sentence(after))
    } else {
        measure::of_sentence(after).or_else(|| measure::of_sentence(before))
    }
}

/// "… a quarter of the burglaries the force logged, which came to 1,210", "… 6 per cent of
/// the online-flagged crimes nationally, where the total was 20,400": a
/// number a relative clause gives as the total of the noun phrase before it counts what that
/// noun phrase names (from its last "of" or the start of its clause). The clause is looked
/// for only in the words just before the number ([`super::tail`]), so a call costs the same
/// however long the sentence, and needs no check before it.
fn totalled_by_the_noun_before(before: &str) -> Option<Measure> {
    static WHICH_TOTALLED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i),\s*(?:(?:which|that)\s+(?:totall?ed|total|came\s+to|numbered|reached|stood\s+at)|where\s+(?:the|their|its)\s+total\s+(?:was|is|stood\s+at|reached|came\s+to))\s+(?:(?:more\s+than|over|nearly|almost|around|about|some|just\s+over|just\s+under)\s+)?$",
        )
    });
    let words = super::tail(before, before.len());
    if !words.contains("which") && !words.contains("that") && !words.contains("where") {
        return None;
    }
    let at = before.len() - words.len() + WHICH_TOTALLED.find(words)?.start();
    let phrase = &before[..at];
    let clause = phrase.rfind([',', ';', ':']).map_or(phrase, |c| &phrase[c + 1..]);
    let noun_phrase = clause.rfind(" of ").map_or(clause, |o| &clause[o + 4..]);
    measure::of_sentence(noun_phrase)
}

/// "Overall crime grew most in Essex, by 6 per cent, but its online count went down", "Only
/// in Surrey did the total go down, by 5%, though …": the measure of
/// the one figure of a sentence that sets the total against the online part, from the words
/// of its own clause after it, else from the nearest clause before it naming either.
fn lone_against_total(s: &str, cand: &Candidate) -> Option<Measure> {
    let r = &cand.number.range;
    let after = s.get(r.end..).unwrap_or("");
    let after = next_clause(after).map_or(after, |at| &after[..at]);
    let after = after.find([',', ';']).map_or(after, |at| &after[..at]);
    let before = s.get(..r.start).unwrap_or("");
    let before = own_clause(before).unwrap_or(before);
    measure::of_contrasting_part(after).or_else(|| before.rsplit([',', ';']).find_map(measure::of_contrasting_part))
}

/// The text after the last ", while", ", whereas", ", but" or ";" of `before`, if it has one:
/// the clause a number is in, which may name its own measure.
fn own_clause(before: &str) -> Option<&str> {
    static CLAUSE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i),\s*(?:while|whereas|but)\b|;"));
    CLAUSE.find_iter(before).last().map(|m| &before[m.end()..])
}

/// "341 of the 1,962 sexual offences against children it recorded had an online element",
/// "289 offences had been flagged, out of 2,015": a part and the whole it is out of. The
/// whole counts what its own noun phrase names; the part what is said of it (before "out of"
/// in its sentence, too), else the same; and an online part of a whole that names nothing is
/// out of all offences. For each whole whose part the words after it tell of ("… were flagged
/// online"), the index of that part: a value compared after them is compared with the part.
fn part_and_whole(s: &str, cands: &[Candidate], own: &mut [Option<Measure>]) -> Vec<Option<usize>> {
    static OF_THE: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s+(?:out\s+)?of\s+(?:(?:the|its|their|all|all\s+the)\s+)?$"));
    static OUT_OF: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i),?\s+out\s+of\s+(?:(?:a\s+total\s+of|the|all)\s+)?$"));
    // Where the noun phrase after the whole ends: a verb, a relative pronoun, a comma, a dash.
    static NOUN_PHRASE_END: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\s(?:had|have|has|were|was|is|are|that|which|who|where|carried|involved)\b|[,;(]|\s-\s")
    });
    let mut part_of_whole = vec![None; cands.len()];
    if !s.contains(" of ") {
        return part_of_whole;
    }
    for i in 1..cands.len() {
        let (part, whole) = (&cands[i - 1].number, &cands[i].number);
        if part.percent || whole.percent {
            continue;
        }
        let gap = s.get(part.range.end..whole.range.start).unwrap_or("");
        let (said_before, out_of) = if OF_THE.is_match(gap) {
            ("", false)
        } else if let Some(m) = OUT_OF.find(gap).filter(|m| !gap[..m.start()].contains([';', '.'])) {
            (&gap[..m.start()], true)
        } else {
            continue;
        };
        let next = cands.get(i + 1).map_or(s.len(), |c| c.number.range.start);
        let rest = s.get(whole.range.end..next).unwrap_or("");
        let np_end = NOUN_PHRASE_END.find(rest).map_or(rest.len(), |m| m.start());
        let whole_names = measure::of_sentence(&rest[..np_end]);
        // "flagged 153 offences as online, compared with 112 in 2019/20, out of a total of
        // 861", "online-flagged offences, at 238, up from 171, out of 1,602 …": what a part
        // told before "out of" counts may be said before it.
        let said_earlier = || out_of.then(|| s.get(..part.range.start).and_then(measure::of_sentence)).flatten();
        let said_after = measure::of_sentence(&rest[np_end..]);
        if said_after.is_some() && !out_of {
            part_of_whole[i] = Some(i - 1);
        }
        let part_names = measure::of_sentence(said_before).or(said_after).or_else(said_earlier);
        let part_measure = part_names.or(whole_names);
        let whole_measure = whole_names.or((part_measure == Some(Measure::Online)).then_some(Measure::All));
        if part_measure.is_some() {
            own[i - 1] = part_measure;
        }
        if whole_measure.is_some() {
            own[i] = whole_measure;
        }
    }
    part_of_whole
}

/// Where the "of" opening a group stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// At the sentence's start: "Of the 1,180 offences, …".
    Sentence,
    /// After a colon, semicolon or full stop inside the sentence: "…; of those 300, …".
    Clause,
    /// Inside a clause: "Police said that of the 180 online offences, …".
    Within,
}

/// A group and a part of it: "Of the 1,180 offences recorded in 2022/23, 212 had an online
/// element", "Of those 391 crimes, 143 were flagged". The group's number follows "of the" (its,
/// their, all the, these, those), and its words run to a comma, after which the part follows.
struct FrontedGroup<'a> {
    opening: Opening,
    /// The group's own words, from its number to the comma.
    words: &'a str,
    /// Any words between the comma and the part ("a total of", "only").
    between: &'a str,
}

impl<'a> FrontedGroup<'a> {
    /// Candidate `group` read as a group opened by "of the", with `part` after its comma.
    fn of(s: &'a str, group: &Candidate, part: &Candidate) -> Option<Self> {
        static OF_THE: LazyLock<Regex> =
            LazyLock::new(|| compile(r"(?i)\bof\s+(?:the|its|their|all(?:\s+the)?|these|those)\s+$"));
        let before = s.get(..group.number.range.start)?;
        let near = super::tail(before, before.len());
        if !before.ends_with(' ') || !near.contains("f ") {
            return None;
        }
        let of_at = before.len() - near.len() + OF_THE.find(near)?.start();
        let ahead = before[..of_at].trim_end();
        let opening = if !ahead.chars().any(char::is_alphanumeric) {
            Opening::Sentence
        } else if ahead.ends_with(['.', ';', ':']) {
            Opening::Clause
        } else {
            Opening::Within
        };
        let gap = s.get(group.number.range.end..part.number.range.start)?;
        let comma = gap.find(',')?;
        let (words, between) = (&gap[..comma], &gap[comma + 1..]);
        if words.contains([';', '.', ':']) || between.contains([';', '.']) {
            return None;
        }
        Some(FrontedGroup { opening, words, between: between.trim() })
    }

    /// Whether the part follows the comma straight away (or after "only", "just", "some").
    fn part_follows(&self) -> bool {
        matches!(self.between, "" | "only" | "just" | "some")
    }
}

/// "Of the 1,180 offences recorded in 2022/23, 212 had an online element": a whole opening the
/// sentence or a clause, then the part after the comma. The whole counts what its own words
/// name; the part what the words after it say of it, else the same; and an online part of a
/// whole that names nothing is out of all offences.
fn fronted_whole_then_part(s: &str, cands: &[Candidate], own: &mut [Option<Measure>]) {
    for i in 1..cands.len() {
        let (whole, part) = (&cands[i - 1], &cands[i]);
        if part.number.percent || whole.number.percent {
            continue;
        }
        let Some(group) = FrontedGroup::of(s, whole, part).filter(|g| g.opening != Opening::Within) else { continue };
        let next = cands.get(i + 1).map_or(s.len(), |c| c.number.range.start);
        // From the part's number: "610 were online" says so with the number.
        let after = s.get(part.number.range.start..next).unwrap_or("");
        let whole_names = measure::of_sentence(group.words);
        let part_names = measure::of_sentence(after).or(whole_names);
        let whole_measure = whole_names.or((part_names == Some(Measure::Online)).then_some(Measure::All));
        if part_names.is_some() {
            own[i] = part_names;
        }
        if whole_measure.is_some() {
            own[i - 1] = whole_measure;
        }
    }
}

/// "280 involved the internet and 1,220 did not", "… were online offences and 1,220 were not":
/// a count whose own words deny what the one before it was said to be is not online; it is
/// another measure (offences with no online element), not all of them.
fn online_denied(s: &str, cands: &[Candidate], measures: &mut [Measure]) {
    static DENIED: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^\s+(?:(?:that|which)\s+)?(?:were|was|did|had|have)(?:\s+not|n't)\b\s*(?:[.;,)]|$|\s+(?:in|during|last|this)\b)",
        )
    });
    for i in 1..cands.len() {
        if measures[i] != Measure::Online || measures[i - 1] != Measure::Online {
            continue;
        }
        let next = cands.get(i + 1).map_or(s.len(), |c| c.number.range.start);
        if DENIED.is_match(s.get(cands[i].number.range.end..next).unwrap_or("")) {
            measures[i] = Measure::Other;
        }
    }
}

/// "Of the 180 online offences, 24 involved blackmail": a part of offences flagged online is
/// flagged online too, whatever else the sentence says of it.
fn parts_of_an_online_group(s: &str, cands: &[Candidate], measures: &mut [Measure]) {
    for i in 1..cands.len() {
        let (group, part) = (&cands[i - 1], &cands[i]);
        if group.number.percent || group.not_offences || part.not_offences || part.kind == Kind::Money {
            continue;
        }
        let online = FrontedGroup::of(s, group, part)
            .is_some_and(|g| g.part_follows() && measure::of_sentence(g.words) == Some(Measure::Online));
        if online {
            measures[i - 1] = Measure::Online;
            measures[i] = Measure::Online;
        }
    }
}

/// "Of those 391 crimes, 143 were flagged as online, and eleven involved babies": a group
/// the text counted before ("those … crimes", naming no measure) and parts of it, each in its
/// own clause. The group counts what the text talked about last; each part counts what its
/// own clause names, else (a value a part is compared with) what that part counts, else what
/// the group counts. A group of online offences is read by
/// [`parts_of_an_online_group`].
fn parts_of_a_group(s: &str, cands: &[Candidate], carried: Measure, measures: &mut [Measure]) {
    let (Some(group), Some(first)) = (cands.first(), cands.get(1)) else { return };
    if cands.len() < 3 || group.number.percent || group.not_offences {
        return;
    }
    let names_nothing = FrontedGroup::of(s, group, first).is_some_and(|g| {
        g.opening == Opening::Sentence && g.between.is_empty() && measure::of_sentence(g.words).is_none()
    });
    if !names_nothing {
        return;
    }
    measures[0] = carried;
    for (i, part) in cands.iter().enumerate().skip(1) {
        if part.number.percent || part.not_offences || part.kind == Kind::Money {
            continue;
        }
        let next = cands.get(i + 1).map_or(s.len(), |c| c.number.range.start);
        let own = s.get(part.number.range.end..next).unwrap_or("");
        // "… 143 were online, against 97 a year earlier": the value a part is
        // compared with counts what that part counts.
        let compared_with = (i > 1 && is_baseline_value(s, part.number.range.start)).then(|| measures[i - 1]);
        measures[i] = measure::of_sentence(own).or(compared_with).unwrap_or(carried);
    }
}

/// "rose to 18,930 from 13,700, an increase of 38 per cent": a change set after the counts it
/// is worked out from, in apposition, with no words of its own.
fn change_in_apposition(change: &Candidate, gap: &str) -> bool {
    static APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)^[^;,]*,\s*(?:(?:(?:an?|the)\s+)?(?:increase|rise|fall|drop|decrease|reduction|jump|climb)\s+of|up|down)\s*$",
        )
    });
    change.kind == Kind::PercentChange && APPOSITION.is_match(gap)
}

/// "takes the Band D bill to £321.66, an increase of 8.4 per cent": a change in apposition
/// after a sum of money is the change of that sum, no count of offences.
fn changes_of_money(s: &str, cands: &[Candidate], measures: &mut [Measure]) {
    for i in 1..cands.len() {
        let gap = s.get(cands[i - 1].number.range.end..cands[i].number.range.start).unwrap_or("");
        if cands[i - 1].kind == Kind::Money && change_in_apposition(&cands[i], gap) {
            measures[i] = Measure::Other;
        }
    }
}

/// "The total was up 17 per cent on the 1,207 crimes flagged as cyber": a change with no
/// measure words of its own ("the total" is none) is of what the value it is measured
/// against counts.
fn changes_on_their_baseline(s: &str, cands: &[Candidate], own: &mut [Option<Measure>]) {
    for i in 0..cands.len().saturating_sub(1) {
        let (change, base) = (&cands[i], &cands[i + 1]);
        let prev_end = i.checked_sub(1).map_or(0, |j| cands[j].number.range.end);
        let before = s.get(prev_end..change.number.range.start).unwrap_or("");
        let gap = s.get(change.number.range.end..base.number.range.start).unwrap_or("");
        if change.kind == Kind::PercentChange
            && own[i + 1].is_some()
            && !gap.contains([',', ';'])
            && is_baseline_value(s, base.number.range.start)
            && measure::of_sentence(before).is_none()
            && measure::of_sentence(gap).is_none()
        {
            own[i] = own[i + 1];
        }
    }
}

/// "In 2019/20 the equivalent totals were 1,967 and 231", "five years earlier those figures
/// stood at 571 and 66 respectively", "a year later the figures were 1,350 and 170", "by
/// 2023/24 the totals had risen to 1,410 and 230": counts given again, in another year or
/// place, for the last figures the text gave, in their order. Each counts what its own figure
/// counted. Words after the counts may name what their changes count ("…: all offences up
/// 6%, flagged ones up 30%"); the words up to the last count name no measure. Whether the
/// sentence is one. (It changes nothing the text goes on about.)
pub(super) fn in_order_of_the_last(s: &str, figures: &[Figure], current: &mut [Found]) -> bool {
    static THE_SAME_AGAIN: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:equivalent|corresponding|comparable)\s+(?:figures|totals|numbers|counts)\b|\b(?:the|those|these|the\s+same|both)\s+(?:figures|totals|numbers|counts)\b[^.;]*\brespectively\b|\b(?:the|those|these|both)\s+(?:two\s+)?(?:figures|totals|numbers|counts)\s+(?:were|stood\s+at|(?:had\s+)?(?:risen|rose|fallen|fell|grown|grew|climbed|reached)(?:\s+to)?|came\s+to)\s+\d[\d,]*\s+and\s+\d",
        )
    });
    let counts: Vec<usize> = (0..current.len()).filter(|&i| current[i].kind == Kind::Count).collect();
    let Some(&last_count) = counts.last() else { return false };
    if counts.len() < 2
        || !["espectively", "quivalent", "orrespond", "omparable", "figures", "totals", "numbers", "counts"]
            .iter()
            .any(|w| s.contains(w))
    {
        return false;
    }
    let upto = s.get(..current[last_count].range.end).unwrap_or(s);
    if !THE_SAME_AGAIN.is_match(s) || measure::of_sentence(upto).is_some() {
        return false;
    }
    let mut last: Vec<Measure> =
        figures.iter().rev().filter(|f| f.kind == Kind::Count).take(counts.len()).map(|f| f.measure).collect();
    last.reverse();
    if last.len() < counts.len() || last.iter().collect::<BTreeSet<_>>().len() < 2 {
        return false;
    }
    for (&i, &m) in counts.iter().zip(&last) {
        current[i].measure = m;
    }
    true
}

/// "the overall number fell", "the total was 113 higher", after the online figure, in a
/// text that has counted both all offences and those flagged online: all of them, and so
/// are the rates and changes of the sentence. So is a paragraph's plain "recorded 231
/// offences" after a paragraph that went from the total to the online ones: a text that
/// gives each place's total and then its online part names the online ones as such each
/// time. (A text about online offences alone, naming the total once, is not read so; nor is
/// a total over forces, the sum of what they counted.) Gives that measure when so.
pub(super) fn the_plain_total(s: &str, opening: bool, figures: &[Figure], current: &mut [Found]) -> Option<Measure> {
    static PLAIN_COUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+(?:offences|crimes)\b"));
    static PART_OF_THE_OFFENCES: LazyLock<Regex> = LazyLock::new(|| compile(r"^\s+of\s+the\s+(?:offences|crimes)\b"));
    static OVERALL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"(?i)\b(?:the|its|their|that|this|(?:force|region|county|city|area)['’]s)\s+(?:overall\s+(?:number|total|figure|count)|total(?:\s+(?:number|figure|count))?)\b",
        )
    });
    let counted = |f: &&mut Found| matches!(f.kind, Kind::Count | Kind::PercentChange | Kind::Rate);
    if !current.iter_mut().filter(counted).any(|f| f.measure == Measure::Online) {
        return None;
    }
    let named = |m: Measure| figures.iter().any(|f| f.measure == m && f.kind == Kind::Count);
    if !named(Measure::All) || !named(Measure::Online) || measure::of_sentence(s).is_some() {
        return None;
    }
    let all_online = current.iter_mut().filter(counted).all(|f| f.measure == Measure::Online);
    // "Some 90 of the offences were against children under ten", after the online part of
    // the total: a part of "the offences", which are the text's whole count.
    let part_of_the_whole = current
        .iter()
        .filter(|f| f.kind == Kind::Count)
        .any(|f| PART_OF_THE_OFFENCES.is_match(s.get(f.range.end..).unwrap_or("")))
        && online_after_total(figures);
    let plain = opening
        && all_online
        && total_then_online(figures)
        && current
            .iter()
            .find(|f| f.kind == Kind::Count)
            .is_some_and(|f| PLAIN_COUNT_AFTER.is_match(s.get(f.range.end..).unwrap_or("")));
    // "Across the 38 forces …, the total was 3,186": a sum over forces of what they counted.
    let overall = (s.contains("overall") || s.contains("total"))
        && OVERALL.is_match(s)
        && !super::unnamed_forces::over_unnamed_forces(s);
    if !(plain || overall || part_of_the_whole) {
        return None;
    }
    for f in current.iter_mut().filter(counted) {
        f.measure = Measure::All;
    }
    Some(Measure::All)
}

/// Whether the text's last count of online offences came after its last count of all
/// offences: it went from the total to the online part of it.
fn online_after_total(figures: &[Figure]) -> bool {
    let last = |m: Measure| figures.iter().rposition(|f| f.kind == Kind::Count && f.measure == m);
    matches!((last(Measure::All), last(Measure::Online)), (Some(all), Some(online)) if all < online)
}

/// Whether the last paragraph with figures counted all offences first and the online ones
/// last.
fn total_then_online(figures: &[Figure]) -> bool {
    let Some(last) = figures.last() else { return false };
    let mut counts =
        figures.iter().rev().take_while(|f| f.paragraph == last.paragraph).filter(|f| f.kind == Kind::Count);
    let Some(latest) = counts.next() else { return false };
    latest.measure == Measure::Online && counts.last().is_some_and(|first| first.measure == Measure::All)
}
