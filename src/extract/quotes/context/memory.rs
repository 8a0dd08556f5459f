//! The people the article has named so far: each mention remembered, indexed by speaker,
//! surname, role and given name, and the look-ups that read the few mentions a name may mean.

use super::{At, Context, Known, Resolved};
use crate::extract::quotes::names::{self, Gender};

impl<'a> Context<'a> {
    /// How many mentions of people the context holds.
    #[cfg(test)]
    pub fn remembered(&self) -> usize {
        self.known.len()
    }

    pub(super) fn remember(&mut self, at: At, resolved: &Resolved, surname: Option<String>, gender: Option<Gender>) {
        // "Dr Amy Lee … said", then "Dr Lee said": named again by a title and surname, she is
        // still the woman a "he" does not mean. Only people named: two spokespeople of one
        // body, or two mothers described alike, may be a man and a woman.
        let named = resolved.is_named_person();
        let gender = match gender {
            Some(g) => {
                if named {
                    self.genders.entry(resolved.speaker.clone()).or_insert(g);
                }
                Some(g)
            }
            None if named => self.genders.get(&resolved.speaker).copied(),
            None => None,
        };
        let judge = self.judges.contains(resolved);
        self.push_known(Known { at, resolved: resolved.clone(), surname, gender, judge, noted: self.noting });
    }

    /// Adds a mention to `known`, and to the index of given names when it is one.
    pub(super) fn push_known(&mut self, k: Known) {
        let i = self.known.len();
        if let Some(role) = k.resolved.role.as_deref().filter(|_| !k.resolved.speaker.contains(' ')) {
            self.given_names.entry(role.to_ascii_lowercase()).or_default().push(i);
        }
        self.by_speaker.entry(k.resolved.speaker.clone()).or_default().push(i);
        let roles = self.roles.entry(k.resolved.speaker.clone()).or_default();
        match roles.iter_mut().find(|(role, _)| *role == k.resolved.role) {
            Some((_, places)) => places.push(i),
            None => roles.push((k.resolved.role.clone(), vec![i])),
        }
        if let Some(surname) = k.surname.as_deref().filter(|_| k.resolved.speaker.contains(' ')) {
            self.by_surname.entry(surname.to_ascii_lowercase()).or_default().push(i);
        }
        if k.judge {
            self.judged.push(i);
        }
        if k.resolved.role.is_none() && k.resolved.organisation.is_none() {
            self.described.push(i);
        }
        self.max_lag = self.max_lag.max(self.highest.saturating_sub(k.at.0));
        self.highest = self.highest.max(k.at.0);
        self.known.push(k);
    }

    /// The mentions at these places in `known`, first to last.
    pub(super) fn at_places<'s>(
        &'s self,
        places: Option<&'s Vec<usize>>,
    ) -> impl DoubleEndedIterator<Item = &'s Known> + 's {
        places.into_iter().flatten().filter_map(|&i| self.known.get(i)).inspect(|_| self.reading())
    }

    /// Counts a mention read by a look-up, in tests.
    pub(super) fn reading(&self) {
        #[cfg(test)]
        self.read.set(self.read.get() + 1);
    }

    /// Every mention of the speaker of this name, first to last.
    pub(super) fn mentions_of<'s>(&'s self, speaker: &str) -> impl DoubleEndedIterator<Item = &'s Known> + 's {
        self.at_places(self.by_speaker.get(speaker))
    }

    /// The mentions from the last back to the first in paragraph `first` or after it, and
    /// maybe some before it (up to [`Context::max_lag`] paragraphs before): a look back that
    /// wants only those filters the rest out itself.
    pub(super) fn back_to_paragraph(&self, first: usize) -> impl Iterator<Item = &Known> + '_ {
        let lag = self.max_lag;
        self.known.iter().rev().take_while(move |k| k.at.0 + lag >= first).inspect(|_| self.reading())
    }

    /// The gender last known of a speaker already remembered: named again by surname alone,
    /// they are still the one "he" or "she" means, not anyone.
    pub(super) fn gender_of(&self, resolved: &Resolved) -> Option<Gender> {
        self.mentions_of(&resolved.speaker).rev().filter(|k| k.resolved == *resolved).find_map(|k| k.gender)
    }

    /// Whether a person of this full name was named as speaking before `at`.
    pub fn person_named_before(&self, name: &str, at: At) -> bool {
        self.mentions_of(name).any(|k| k.at < at)
    }

    /// The person last named in full before `at` whose surname is `surname`: whom a label
    /// ("DI Khan:") or a bare surname means, without remembering anything.
    pub fn named_before(&self, surname: &str, at: At) -> Option<Resolved> {
        self.at_places(self.by_surname.get(&surname.to_ascii_lowercase()))
            .rev()
            .filter(|k| k.at <= at)
            .find(|k| {
                k.surname.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(surname))
                    && k.resolved.speaker.contains(' ')
            })
            .map(|k| k.resolved.clone())
    }

    /// "Lord Okafor said" after "Lord Okafor of Saltash" (or after "Baroness Jo Tull", for
    /// "Baroness Tull"): a peer named again by title and surname alone, never named so
    /// before, is the person last named in full with that surname.
    pub(super) fn peer_named_before(&self, p: &crate::extract::quotes::speaker::Person, at: At) -> Option<Resolved> {
        let surname = crate::extract::quotes::speaker::peer_surname(&p.name)?;
        let bare = p.name.split_whitespace().count() == 2 && p.role.is_none() && p.organisation.is_none();
        if !bare || self.person_named_before(&p.name, at) {
            return None;
        }
        self.named_before(surname, at).filter(|found| found.speaker != p.name)
    }

    /// The person last named in full before `at` whose given name is `name`: whom "Dame
    /// Jo" or "Sir Sam" means after "Dame Jo Bloggs" or "Sir Sam Smith".
    pub(super) fn given_named_before(&self, name: &str, at: At) -> Option<Resolved> {
        self.known
            .iter()
            .rev()
            .filter(|k| k.at <= at)
            .find(|k| {
                let mut words = k.resolved.speaker.split_whitespace();
                words.next() == Some(name) && words.next().is_some_and(|w| w.starts_with(char::is_uppercase))
            })
            .map(|k| k.resolved.clone())
    }

    /// The person the text introduced by a lone known first name (`name`) before `at`, as
    /// [`Self::named_before`] finds one by a full name.
    pub(super) fn first_named_before(&self, name: &str, at: At) -> Option<Resolved> {
        names::first_name_gender(name)?;
        self.at_places(self.by_speaker.get(name))
            .rev()
            .find(|k| k.at <= at && k.resolved.role.is_none() && k.resolved.organisation.is_none())
            .map(|k| k.resolved.clone())
    }

    /// The person last named in full from paragraph `from` up to `before`, of `gender` when
    /// it is known: whom an introduction ("We asked her about …") means.
    pub fn last_named(&self, from: usize, before: At, gender: Option<Gender>) -> Option<Resolved> {
        self.back_to_paragraph(from)
            .filter(|k| k.at.0 >= from && k.at < before)
            .filter(|k| gender.is_none() || k.gender.is_none_or(|g| Some(g) == gender))
            .map(|k| &k.resolved)
            .find(|r| {
                r.speaker.contains(' ') && r.speaker.starts_with(char::is_uppercase) && !r.speaker.contains("spokes")
            })
            .cloned()
    }
}
