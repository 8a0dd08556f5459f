//! Figures of several forces, and of one force across an article: a total of forces
//! combined, a figure said of each, one force's report across section breaks, and a renamed
//! force under the name printed.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::figures::context::joined;
use crate::extract::figures::lists::place_groups;
use crate::extract::figures::{head, tail, Found};
use crate::extract::numbers::compile;
use crate::extract::places::{self, Place, Scope};
use crate::model::{Article, Figure, Role};

/// "Cleveland Police recorded 388, Durham Constabulary 241 and Northumbria Police 519 - a
/// combined 1,148": a total printed as the values before it combined is for their forces
/// together (their region, if they make up a whole one).
pub(in crate::extract::figures) fn combined_total(s: &str, found: &mut [Found]) {
    static COMBINED: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\b(?:a|the|their)\s+combined\s+(?:total\s+(?:of\s+)?|figure\s+of\s+)?(?:of\s+)?$")
    });
    if !s.contains("combined") {
        return;
    }
    for i in 1..found.len() {
        if !COMBINED.is_match(tail(s, found[i].range.start)) {
            continue;
        }
        let mut forces: Vec<&'static Place> = Vec::new();
        for f in found[..i].iter().filter(|f| f.kind == found[i].kind && !f.baseline) {
            let Some(p) = f.place.as_deref().and_then(places::by_name) else { continue };
            if p.scope == Scope::Force && !forces.iter().any(|q| std::ptr::eq(*q, p)) {
                forces.push(p);
            }
        }
        if forces.len() >= 2 {
            found[i].place = joined(&forces);
        }
    }
}

/// "Warwickshire Police recorded 31,480 crimes … --- | Shoplifting | 3,119 | 3,874 |": a
/// newsletter or report split into sections by rules, all about one force. A section break
/// carries no place on ([`Context::start_section`]), as a round-up's next story may be about
/// another force; but where every figure the article places is that one force's, those after
/// a break that name no place are its figures too. (A round-up naming two forces, or a region
/// or the country, leaves them with none.)
///
/// [`Context::start_section`]: crate::extract::figures::context::Context::start_section
pub(in crate::extract::figures) fn one_force_across_breaks(figures: &mut [Figure], start: usize) {
    let Some(rest) = figures.get(start..) else { return };
    if rest.iter().all(|f| f.place.is_some()) {
        return;
    }
    let mut placed = figures.iter().filter_map(|f| f.place.as_deref());
    let Some(first) = placed.next() else { return };
    if !placed.all(|p| p == first) || places::by_name(first).is_none_or(|p| p.scope != Scope::Force) {
        return;
    }
    let force = first.to_string();
    for f in figures[start..].iter_mut().filter(|f| f.place.is_none()) {
        f.place = Some(force.clone());
    }
}

/// "In Yorkshire and the Humber as a whole, 1,380 …" in a report headed "Yorkshire car crime
/// falls": a region's own shorter name ([`places::OWN_NAMES`]) that opens
/// its full name is the same region, which the article names one way, in full once it prints
/// that. (East Anglia, no part of the name of the East of England, stays apart.)
pub(in crate::extract::figures) fn one_name_per_region(figures: &mut [Figure]) {
    for own in places::OWN_NAMES {
        let Some(region) = places::by_alias(own).filter(|r| r.name.len() > own.len() && r.name.starts_with(own)) else {
            continue;
        };
        if !figures.iter().any(|f| f.place.as_deref() == Some(region.name)) {
            continue;
        }
        for f in figures.iter_mut().filter(|f| f.place.as_deref().is_some_and(|p| p.eq_ignore_ascii_case(own))) {
            f.place = Some(region.name.to_string());
        }
    }
}

/// A force under the name it was printed with: the new name a sentence prints for it
/// ("| Hampshire and Isle of Wight Constabulary | 2,607 |"), or the old one in full; a figure
/// whose sentence prints neither takes the new name if the article prints it and not the old
/// one ("Hampshire Constabulary has since been renamed …" keeps the old).
pub(in crate::extract::figures) fn renamed_forces(article: &Article, figures: &mut [Figure]) {
    /// Each renamed force's new name with an ampersand ("Hampshire & Isle of Wight
    /// Constabulary") and memchr's searcher for what its three names open with: the whole
    /// article is searched once a force, for every article, and the names checked only where
    /// it finds that.
    static SCANS: LazyLock<Vec<(String, memchr::memmem::Finder<'static>)>> = LazyLock::new(|| {
        places::RENAMED
            .iter()
            .map(|(old, new)| {
                let new_amp = new.replace(" and ", " & ");
                let shared = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
                let len = shared(old, new).min(shared(new, &new_amp));
                let opening = memchr::memmem::Finder::new(&new.as_bytes()[..len]).into_owned();
                (new_amp, opening)
            })
            .collect()
    });
    for ((old, new), (new_amp, opening)) in places::RENAMED.iter().zip(SCANS.iter()) {
        // "Hampshire and Isle of Wight" (a table's row, "Hampshire and Isle of Wight's rate"):
        // the new name without the word for a force is the new name too, as the old one
        // without it is no name of the force alone.
        let short_new = short_name(new);
        // Whether the article prints the new name, the new name with an ampersand, the old; and
        // the name its text printed last by each paragraph, true for the new one.
        let (mut prints_new, mut prints_amp, mut prints_old) = (false, false, false);
        let mut last_printed: Vec<(usize, bool)> = Vec::new();
        for (k, p) in article.paragraphs.iter().enumerate() {
            let text = p.norm.as_str();
            let mut from = 0;
            while let Some(at) = text.as_bytes().get(from..).and_then(|rest| opening.find(rest)).map(|i| from + i) {
                let rest = &text.as_bytes()[at..];
                let this_new = rest.starts_with(new.as_bytes())
                    || rest.starts_with(new_amp.as_bytes())
                    || rest.starts_with(short_new.as_bytes());
                prints_new |= rest.starts_with(new.as_bytes()) || rest.starts_with(short_new.as_bytes());
                prints_amp |= rest.starts_with(new_amp.as_bytes());
                // A page's tags or links are no text that prints the old name.
                let text_old =
                    p.role != Role::Furniture && rest.starts_with(old.as_bytes()) && !in_speakers_job(text, at);
                prints_old |= text_old;
                if this_new || text_old {
                    last_printed.push((k, this_new));
                }
                from = at + 1;
            }
        }
        if !prints_new && (new_amp == *new || !prints_amp) {
            continue;
        }
        let new_overall = !prints_old;
        // Alone, or among forces named together ("Hampshire Constabulary and Thames Valley
        // Police" for "the two forces"). A figure whose sentence prints neither name is the
        // force's under the name the text printed last before it ("…, wrote a reader; the
        // 900 thefts confirmed by Hampshire and Isle of Wight Constabulary … The force
        // logged 2,700 …").
        for f in figures.iter_mut().filter(|f| f.place.as_deref().is_some_and(|p| p.contains(old))) {
            let printed_new = f.sentence.contains(new)
                || f.sentence.contains(new_amp.as_str())
                || f.sentence.contains(short_new) && !f.sentence.contains(old);
            let last_new = last_printed.iter().rev().find(|(k, _)| *k <= f.paragraph).map(|&(_, new)| new);
            if printed_new || (!f.sentence.contains(old) && last_new.unwrap_or(new_overall)) {
                f.place = f.place.as_deref().map(|p| p.replace(old, new));
            }
        }
    }
}

/// A force's name without the word for a force after it: "Hampshire and Isle of Wight" of
/// "Hampshire and Isle of Wight Constabulary".
fn short_name(name: &str) -> &str {
    [" Constabulary", " Police"].iter().find_map(|w| name.strip_suffix(w)).unwrap_or(name)
}

/// "…, who leads the team at Hampshire Constabulary, said", "a spokesman for Hampshire
/// Constabulary added": a force named at byte `at` of `text` as where a speaker works, in a
/// sentence that attributes speech; which names the speaker, not the figures. Only the
/// sentence's words within [`WINDOW`] bytes of the name are read, so a long paragraph with no
/// full stop (a flattened table) costs no more per mention than a short one.
///
/// [`WINDOW`]: crate::extract::figures::WINDOW
fn in_speakers_job(text: &str, at: usize) -> bool {
    static WORKS_AT: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:at|for|with)\s+(?:the\s+)?$"));
    static SAID: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(?:said|says|added|adds|told|explained|warned)\b"));
    let before = tail(text, at);
    if !WORKS_AT.is_match(before) {
        return false;
    }
    let before = before.rfind(['.', '!', '?']).and_then(|i| before.get(i + 1..)).unwrap_or(before);
    let after = head(text, at);
    let after = after.find(['.', '!', '?']).and_then(|i| after.get(..i)).unwrap_or(after);
    SAID.is_match(before) || SAID.is_match(after)
}

/// "Thames Valley Police and Sussex Police both recorded increases of 18%", "Kent and Essex
/// each logged 400": a figure said of each of several forces named together is a figure of
/// each of them, not of the group.
pub(in crate::extract::figures) fn each_of_several(s: &str, found: &mut Vec<Found>, london: bool) {
    static EACH: LazyLock<Regex> =
        LazyLock::new(|| compile(r"(?i)^\s*(?:police\s+|forces\s+|constabularies\s+)?(?:both|each)\b"));
    if found.is_empty() || !(s.contains(" both ") || s.contains(" each ")) {
        return;
    }
    for g in place_groups(s, london) {
        let several = g.places.len() >= 2 && g.places.iter().all(|p| p.scope == Scope::Force);
        if !several || !s.get(g.range.end..).is_some_and(|rest| EACH.is_match(rest)) {
            continue;
        }
        let name = g.name();
        let mut split = Vec::with_capacity(found.len() + g.places.len());
        for f in found.drain(..) {
            if f.place.as_deref() == Some(name.as_str()) {
                split.extend(g.places.iter().map(|p| Found { place: Some(p.name.to_string()), ..f.clone() }));
            } else {
                split.push(f);
            }
        }
        *found = split;
    }
}
