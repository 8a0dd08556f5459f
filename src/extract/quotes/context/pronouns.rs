//! Whom "he", "she" and "the judge" mean: the person last mentioned within reach, with the
//! words of the quote weighed when two people of one sex were named side by side.

use super::voice::{voice, words_of_an_office, Voice};
use super::{At, Context, Known, Noted, Resolved};
use crate::extract::quotes::names::Gender;
use crate::extract::quotes::speaker::Who;

/// How many paragraphs back "he" or "she" may reach for the person meant.
const PRONOUN_REACH: usize = 3;

impl<'a> Context<'a> {
    /// Whether a person mentioned at `from` is within reach of a "he" or "she" at `at`:
    /// before it, at most [`PRONOUN_REACH`] paragraphs back, and with no section break
    /// between.
    pub(super) fn pronoun_reaches(&self, from: At, at: At) -> bool {
        let section = |k: usize| self.paras.get(k).map(|p| p.section);
        from < at && from.0 + PRONOUN_REACH >= at.0 && section(from.0) == section(at.0)
    }

    /// The mentions a "he" or "she" at `at` may reach, last first, with some it may not.
    pub(super) fn back_within_reach(&self, at: At) -> impl Iterator<Item = &Known> + '_ {
        self.back_to_paragraph(at.0.saturating_sub(PRONOUN_REACH))
    }

    /// Whom "he" or "she" means in a clause only a judge speaks ("Sentencing, she told him:"),
    /// or "the judge" means: the judge last named before `at`, of the pronoun's gender when
    /// both are known, however far back; the defendant or a barrister named since is not
    /// meant. `None` when no judge was named.
    pub fn judge_meant(&mut self, gender: Option<Gender>, at: At) -> Option<Resolved> {
        let found = self
            .at_places(Some(&self.judged))
            .rev()
            .filter(|k| k.at < at && k.judge)
            .find(|k| gender.is_none() || k.gender.is_none_or(|g| Some(g) == gender))?;
        let found = found.clone();
        self.remember(at, &found.resolved, found.surname, gender.or(found.gender));
        Some(found.resolved)
    }

    /// Whom "he" or "she" attributing the quoted `words` means. The person last mentioned, as
    /// [`Context::resolve`] finds; but a person only singled out of a group since ("Among
    /// the victims was a man …") does not take the words from a named person of that gender
    /// mentioned within reach before them when the words are in an official voice ("ring us
    /// on 101", "our officers") and not about the speaker ("I thought …", "my savings").
    /// Words in neither voice are the one singled out, who was mentioned last. Empty `words`
    /// (the quote is still to come) say nothing, and the person last mentioned is meant.
    pub fn pronoun_for_quote(&mut self, gender: Gender, at: At, words: &str) -> Option<Resolved> {
        let reach = |k: &&Known| self.pronoun_reaches(k.at, at);
        let fits = |k: &&Known| k.gender.is_none_or(|g| g == gender);
        let nearest = self.back_within_reach(at).filter(reach).find(fits)?;
        // "The motion was proposed by Councillor Sarah Bloggs and opposed by Councillor Jane
        // Smith. “It is a waste,” she said.": the order they were named in says nothing of
        // which woman spoke.
        if nearest.noted == Noted::Titled && nearest.surname.is_some() {
            let rival =
                self.back_to_paragraph(nearest.at.0).filter(|k| k.at.0 == nearest.at.0 && k.at < at).filter(fits).any(
                    |k| {
                        k.surname.is_some()
                            && k.resolved.speaker != nearest.resolved.speaker
                            && k.noted != Noted::SingledOut
                    },
                );
            if rival {
                return None;
            }
        }
        // "A police spokeswoman said inquiries were continuing. “I was terrified,” she said.":
        // words only about the speaker's own life are not a spokesperson's, but the person
        // named before them's. Spokespeople say "I" and "my" too ("I would ask anyone …",
        // "my team", "my thoughts are with Mr Jones's family"): words with any of an office's
        // or that name the person in the third person stay the spokesperson's.
        let spokes = |r: &Resolved| r.speaker.ends_with("spokesperson");
        if spokes(&nearest.resolved) && voice(words) == Voice::Personal && !words_of_an_office(words) {
            let named = self
                .back_within_reach(at)
                .filter(reach)
                .filter(fits)
                .find(|k| k.surname.is_some() && k.resolved.speaker.contains(' ') && !spokes(&k.resolved))
                .filter(|k| k.surname.as_deref().is_none_or(|s| !words.contains(s)))
                .cloned();
            if let Some(named) = named {
                self.remember(at, &named.resolved, named.surname, Some(gender));
                return Some(named.resolved);
            }
        }
        let singled_only = |r: &Resolved| {
            let mut entries = self.mentions_of(&r.speaker).filter(|k| k.resolved == *r && k.at < at).peekable();
            entries.peek().is_some() && entries.all(|k| k.noted == Noted::SingledOut)
        };
        if words.trim().is_empty() || !singled_only(&nearest.resolved) {
            return self.resolve(Who::Pronoun(gender), at);
        }
        let rival = self
            .back_within_reach(at)
            .filter(reach)
            .filter(fits)
            .find(|k| k.surname.is_some() && k.resolved != nearest.resolved && k.noted != Noted::SingledOut);
        let Some(rival) = rival else { return self.resolve(Who::Pronoun(gender), at) };
        if voice(words) != Voice::Official {
            return self.resolve(Who::Pronoun(gender), at);
        }
        let rival = rival.clone();
        self.remember(at, &rival.resolved, rival.surname, Some(gender));
        Some(rival.resolved)
    }

    /// The name of whom a possessive "her" or "his" of `gender` at `at` means ("Her mother
    /// found …"): the person last mentioned within its reach who may be of that sex, when
    /// that person is named. `None` for someone unnamed, or no one.
    pub fn named_owner(&self, gender: Gender, at: At) -> Option<String> {
        let nearest = self
            .back_within_reach(at)
            .filter(|k| self.pronoun_reaches(k.at, at))
            .find(|k| k.gender.is_none_or(|g| g == gender))?;
        nearest.resolved.is_named_person().then(|| nearest.resolved.speaker.clone())
    }

    /// Whether anyone a "he" or "she" of `gender` may mean is within its reach at `at`: someone
    /// of that sex, or of none known. When there is, and [`Self::pronoun_for_quote`] still
    /// finds no one, it refused on purpose (two such people named side by side).
    pub fn someone_of_sex_in_reach(&self, gender: Gender, at: At) -> bool {
        self.back_within_reach(at)
            .filter(|k| self.pronoun_reaches(k.at, at))
            .any(|k| k.gender.is_none_or(|g| g == gender))
    }

    /// Whether the paragraph before `at` (or its own text before it) names two people or more
    /// whom "he" or "she" of `gender` may mean ("Judge Alan Cole asked Mr Khan whether he
    /// understood." then "He nodded."): the pronoun alone does not say which.
    pub fn pronoun_ambiguous(&self, gender: Gender, at: At) -> bool {
        let mut people: Vec<&str> = Vec::new();
        let near = |k: &&Known| k.at < at && k.at.0 + 1 >= at.0;
        for k in
            self.back_to_paragraph(at.0.saturating_sub(1)).filter(near).filter(|k| k.gender.is_none_or(|g| g == gender))
        {
            if k.surname.is_some() && !people.contains(&k.resolved.speaker.as_str()) {
                people.push(&k.resolved.speaker);
            }
        }
        people.len() >= 2
    }
}
