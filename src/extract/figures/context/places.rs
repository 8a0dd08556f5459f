//! The place the text is about, as [`Context`] methods: the place and force named last, a
//! round-up's home, regions and the forces they are made of, asides to another place, and
//! London carried into a new section; with the forces of whole nations and lists of names.

use super::super::lists::{is_part_of_a_force, Group};
use super::super::locate::{is_borough, is_named_area, names_london};
use super::super::{head, tail};
use super::opening::small_count;
use super::Context;
use crate::extract::numbers::compile;
use crate::extract::places::{self, Place, Scope, NATIONAL};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

impl Context {
    /// A heading names the place of what follows ("Dorset Police", then its rows): the text is
    /// laid out by place from here, and no longer a round-up that comes back home.
    pub(in crate::extract::figures) fn headed(&mut self, place: String) {
        self.home = None;
        self.away = vec![place.clone()];
        self.place = Some(place);
    }

    /// Notes the place the text is now about: the first, if it is the country, a region or a
    /// force that polices a whole nation, is its home; others since it was last about its home are the places it went through.
    pub(in crate::extract::figures) fn note_place(&mut self) {
        let Some(place) = &self.place else { return };
        match &self.home {
            None if self.away.is_empty() => {
                let known = places::by_name(place).or_else(|| places::by_alias(place));
                let wide =
                    place == NATIONAL || known.is_some_and(|p| p.scope == Scope::Region || places::polices_a_nation(p));
                if wide {
                    self.home = Some(place.clone());
                } else {
                    // A text that starts on one force is about it, not a round-up.
                    self.away.push(place.clone());
                }
            }
            Some(home) if home == place => self.away.clear(),
            _ if !self.away.contains(place) => self.away.push(place.clone()),
            _ => {}
        }
    }

    /// "Tayside logged the most, with 610, ahead of Fife on 540": every place a sentence away
    /// from home gives a figure for is one the text went through, not only its last.
    pub(in crate::extract::figures) fn note_places_passed<'f>(&mut self, placed: impl Iterator<Item = &'f str>) {
        let Some(home) = &self.home else { return };
        if self.place.as_ref() == Some(home) {
            return;
        }
        for place in placed {
            if place != home && !self.away.iter().any(|a| a == place) {
                self.away.push(place.to_string());
            }
        }
    }

    /// "West Midlands Police recorded 5,012 … The Met recorded 14,577 … Cleveland Police saw
    /// … \n Knife-enabled robbery fell by 2% to 18,917": a text that started on the country
    /// (or a region) and went through two or more of its places one after another comes back
    /// to it in a new paragraph that names no place and does not refer back ("It", "the
    /// force", "Most of these", "in the county", "the share of those offences"), unless it is
    /// someone speaking.
    pub(in crate::extract::figures) fn round_up_home(&self, s: &str) -> Option<String> {
        static REFERS_BACK: LazyLock<Regex> = LazyLock::new(|| {
            compile(
                r"(?i)^\W*(?:(?:but|and|yet|meanwhile|still),?\s+)?(?:it|its|it's|they|their|this|that|these|those|(?:most|many|some|all|none|half|few|several|each|both|one)\s+of|the\s+(?:area|region|rest|remainder))\b|\bthe\s+(?:county|city|force|constabulary|borough|division)\b|\b(?:of|among|from)\s+(?:those|these|them)\b|\b(?:county|force|constabulary)'s\b",
            )
        });
        let home = self.home.as_ref()?;
        let round_up = self.opening && !self.quoted && self.away.len() >= 2 && self.place.as_ref() != Some(home);
        if round_up && !REFERS_BACK.is_match(s) {
            Some(home.clone())
        } else {
            None
        }
    }

    /// Notes `region`, the last the sentence `s` names, at `range`, with the number of
    /// forces it is printed with, if any: "North West (four forces)", "the four forces of
    /// the North West", "the North West's four forces".
    pub(in crate::extract::figures) fn note_region(&mut self, s: &str, range: &Range<usize>, region: String) {
        static AFTER: LazyLock<Regex> =
            LazyLock::new(|| compile(r"(?i)^(?:'s\s+|\W*\(\s*)([a-z]+|\d+)\s+(?:police\s+)?forces\b"));
        static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
            compile(
                r"(?i)\b(?:the|its|all)\s+([a-z]+|\d+)\s+(?:police\s+)?forces\s+(?:of|in|across|covering)\s+(?:the\s+)?$",
            )
        });
        let count = |c: regex::Captures| {
            let n = c.get(1)?.as_str();
            n.parse::<usize>().ok().or_else(|| crate::extract::numbers::word_value(n).map(|v| v as usize))
        };
        self.region_forces = AFTER
            .captures(head(s, range.end))
            .and_then(count)
            .or_else(|| BEFORE.captures(tail(s, range.start)).and_then(count));
        self.region = Some(region);
    }

    /// Notes the forces a sentence names, in order.
    pub(in crate::extract::figures) fn note_forces<'p>(&mut self, named: impl Iterator<Item = &'p &'static Place>) {
        for &place in named.filter(|p| p.scope == Scope::Force) {
            self.named_forces.retain(|f| !std::ptr::eq(*f, place));
            self.named_forces.push(place);
        }
    }

    /// "Between them, the two forces recorded 478", "Across the three forces, 4,004 were
    /// recorded": a total over so many forces, not named in the sentence, is for the forces
    /// the text named last, together, in the order it named them; for the region the text
    /// named (alone or with forces beside it), unless it has another number of forces and the
    /// text named enough ("across the four forces" after "Police in the North East and
    /// Cumbria" is the region's). `None` when the
    /// sentence gives no number of forces.
    pub(in crate::extract::figures) fn joint_forces(&self, s: &str) -> Option<String> {
        static N_FORCES: LazyLock<Regex> = LazyLock::new(|| {
            compile(
                r"(?i)\b(?:(?:the|these|those|all)\s+(two|three|four|five|six|2|3|4|5|6)|(both))\s+(?:police\s+)?forces\b",
            )
        });
        let c = N_FORCES.captures(s)?;
        // "both forces" are two.
        let n = c.get(1).map_or(Some(2), |m| small_count(m.as_str()))?;
        // A region named with forces beside it ("the North East and Cumbria") is taken as named.
        let region = |r: &str| places::by_name(r).or_else(|| places::by_alias(r));
        let other_count =
            |r: &str| region(r).is_some_and(|p| places::forces_in(p).len() != n) && self.region_forces != Some(n);
        if let Some(region) = self.region.as_ref().filter(|r| !other_count(r) || self.named_forces.len() < n) {
            return Some(region.clone());
        }
        if self.named_forces.len() < n {
            return None;
        }
        joined(&self.named_forces[self.named_forces.len() - n..])
    }

    /// "Officers in two northern force areas logged over 5,000 thefts …" after a headline naming
    /// Durham and Cleveland: a region said of a number of forces ("two Midlands
    /// forces", "three northern force areas") is those forces, the last the text named in it,
    /// when it named as many and the region has more; not the whole region.
    pub(in crate::extract::figures) fn region_as_forces_named(&self, s: &str, groups: &mut [Group]) {
        static COUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"(?i)\b(two|three|four|five|[2-5])\s+$"));
        static FORCES_AFTER: LazyLock<Regex> =
            LazyLock::new(|| compile(r"(?i)^\s+(?:police\s+)?force(?:s\b|\s+areas?\b)"));
        for g in groups.iter_mut() {
            let [region] = g.places.as_slice() else { continue };
            let (Some(before), Some(after)) = (s.get(..g.range.start), s.get(g.range.end..)) else { continue };
            if region.scope != Scope::Region || !FORCES_AFTER.is_match(after) {
                continue;
            }
            let Some(count) = COUNT_BEFORE.captures(before).and_then(|c| c.get(1)) else { continue };
            let Some(n) = small_count(count.as_str()) else { continue };
            let in_region = places::forces_in(region);
            let mut named: Vec<&'static Place> = self
                .named_forces
                .iter()
                .rev()
                .filter(|f| in_region.iter().any(|r| std::ptr::eq(*r, **f)))
                .take(n)
                .copied()
                .collect();
            if named.len() == n && in_region.len() > n {
                named.reverse();
                g.places = named;
            }
        }
    }

    /// "Police Scotland recorded 1,100 … In Aberdeen, 96 … Across the country, 540 more were
    /// logged in the first quarter": in a text that has only been about Scotland or Northern
    /// Ireland and parts of their ground, "across the country", "nationally" or "nationwide"
    /// is the nation whose force the text named last, not the UK.
    pub(in crate::extract::figures) fn country_as_home_nation(&self, s: &str, mut groups: Vec<Group>) -> Vec<Group> {
        const COUNTRY: &[&str] = &["across the country", "nationally", "nationwide"];
        if self.beyond_nations || groups.is_empty() {
            return groups;
        }
        let force = self.force.as_deref().and_then(places::by_name);
        let Some(nation) = force.filter(|p| NATIONS.contains(&p.name)) else { return groups };
        for g in groups.iter_mut() {
            let bare = s.get(g.range.clone()).is_some_and(|w| COUNTRY.iter().any(|c| w.eq_ignore_ascii_case(c)));
            if bare && matches!(g.places.as_slice(), [p] if p.scope == Scope::National) {
                g.places = vec![nation];
                g.printed = None;
            }
        }
        groups
    }

    /// Notes whether the places a sentence names keep the text on Scotland and Northern
    /// Ireland: their forces, and parts of a force's ground.
    pub(in crate::extract::figures) fn note_nation(&mut self, groups: &[Group]) {
        let within = |p: &Place| is_named_area(p) || is_part_of_a_force(p) || NATIONS.contains(&p.name);
        if !groups.iter().flat_map(|g| &g.places).all(|p| within(p)) {
            self.beyond_nations = true;
        }
    }

    /// "Lincolnshire Police recorded 412 … By comparison, police across England and Wales
    /// recorded 9,800 … \n Quad bikes were the most targeted. There were 160 …": a sentence
    /// with figures that opens by setting them aside as a comparison ("By comparison", "In
    /// contrast", "For context") gives them their own place, but the text only steps aside
    /// to it: its paragraph may go on about it, the next goes back to where the text was
    /// before the aside. Notes where that was, if `s` opens such an aside.
    pub(in crate::extract::figures) fn set_aside(&mut self, s: &str) {
        static ASIDE: LazyLock<Regex> =
            LazyLock::new(|| compile(r"(?i)^\W*(?:by|in|for)\s+(?:comparison|contrast|context|reference)\s*,"));
        if self.before_aside.is_none() && ASIDE.is_match(s) {
            self.before_aside = Some((self.place.clone(), self.force.clone()));
        }
    }

    /// At a new paragraph: back to the place and force the text was about before an aside
    /// the paragraph before made ([`Context::set_aside`]).
    pub(in crate::extract::figures) fn end_aside(&mut self) {
        if let Some((place, force)) = self.before_aside.take() {
            self.place = place;
            self.force = force;
        }
    }

    /// Notes the places a section London was carried into names (a heading's, or a
    /// sentence's): London or its force named again keeps London for the section; any other
    /// force, region or area (not the country, not a borough) ends it. Returns whether it
    /// ended it, so that the places can be read again without London's boroughs.
    pub(in crate::extract::figures) fn note_section_places<'p>(
        &mut self,
        named: impl IntoIterator<Item = &'p Place>,
    ) -> bool {
        if !self.london_carried {
            return false;
        }
        let (mut london, mut other) = (false, false);
        for p in named {
            if names_london(p) {
                london = true;
            } else if !is_borough(p) && p.scope != Scope::National {
                other = true;
            }
        }
        if london {
            self.london_carried = false;
        } else if other {
            self.london_carried = false;
            self.london = false;
            return true;
        }
        false
    }
}

/// The forces that each police a whole nation of the UK other than England and Wales.
const NATIONS: &[&str] = &["Police Scotland", "Police Service of Northern Ireland"];

/// Several forces as one place: the region they make up, if they make up a whole one, else
/// their names joined in order ("Kent Police, Essex Police and Surrey Police"). `None` for
/// none.
pub(in crate::extract::figures) fn joined(forces: &[&'static Place]) -> Option<String> {
    if let Some(whole) = places::region_of_forces(forces) {
        return Some(whole.name.to_string());
    }
    let names: Vec<&str> = forces.iter().map(|p| p.name).collect();
    and_list(&names)
}

/// Names joined as a list is printed: "Kent", "Kent and Essex", "Kent, Essex and Surrey".
/// `None` for none.
pub(in crate::extract::figures) fn and_list(names: &[&str]) -> Option<String> {
    let (last, rest) = names.split_last()?;
    Some(if rest.is_empty() { last.to_string() } else { format!("{} and {last}", rest.join(", ")) })
}
