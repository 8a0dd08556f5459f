//! Which story counts sexual offences against victims of every age, not against children.
//!
//! "All" is all sexual offences against children. A story whose first count of sexual
//! offences names no children (in that count's clause, [`measure::first_count_names_children`])
//! counts those of every age, another measure, when it also says so in one of three ways:
//!
//! - it cites a count of all recorded crime ("all crime recorded by the force"): each
//!   sentence's sexual offences naming no children are then of every age, read as the sentence
//!   is ([`EveryAge::in_each_sentence`]), so this is read before the sentences are
//!   ([`EveryAge::read`]);
//! - it names children only as a part of them ("Sexual offences on buses went up by a
//!   third. … 52 of them were against under-18s"), its headline naming none: figures of
//!   sentences naming no children are of every age;
//! - that first count, the headline's if the headline has one, counts them on a transport
//!   network ("on the rail network", "aboard trams"): figures whose own words name no children
//!   are of every age ("the number reported by text message rose 40%").
//!
//! The last two are read once, after the sentences and only when some figure counts all
//! sexual offences against children ([`EveryAge::recount`], [`Story::read`]), with two rules
//! that need no first count: in a story naming no children at all, or one whose writer says
//! its offences are not of children alone, sexual offences are of every age too.
//!
//! The count of all crime, and the first count that goes with it, are looked for in every
//! text paragraph, links to other stories too; the story's other facts only in its own text.

use super::filters::is_labelled_link;
use crate::extract::numbers::compile;
use crate::extract::{measure, sentences};
use crate::model::{Article, Figure, Measure, Paragraph};
use regex::Regex;
use std::sync::LazyLock;

/// Whether an article's sexual offences are of victims of every age in each sentence that
/// names no children (see the module's doc), read before its sentences are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(in crate::extract::figures) struct EveryAge {
    /// The article cites a count of all recorded crime and its first count names no children.
    cites_all_crime: bool,
}

impl EveryAge {
    /// What the sentences of the article's text paragraphs say. `may_cite_all_crime` is false
    /// only when no sentence cites a count of all recorded crime (one scan of the whole text
    /// rules out most articles).
    pub(in crate::extract::figures) fn read<'a>(
        mut sentences: impl Iterator<Item = &'a str> + Clone,
        may_cite_all_crime: bool,
    ) -> Self {
        let cites_all_crime = may_cite_all_crime
            && sentences.clone().any(measure::cites_all_crime)
            && sentences.find_map(measure::first_count_names_children) == Some(false);
        EveryAge { cites_all_crime }
    }

    /// Whether each sentence's sexual offences naming no children (or named in a clause naming
    /// none) are of every age: the article cites a count of all recorded crime.
    pub(in crate::extract::figures) fn in_each_sentence(self) -> bool {
        self.cites_all_crime
    }

    /// After the sentences are read, gives another measure to the story's child-offence
    /// figures that in fact count victims of every age.
    pub(in crate::extract::figures) fn recount(self, article: &Article, figures: &mut [Figure]) {
        let any_all = |figures: &[Figure]| figures.iter().any(|f| f.measure == Measure::All);
        let recount = |figures: &mut [Figure], of_every_age: &dyn Fn(&Figure) -> bool| {
            for f in figures.iter_mut().filter(|f| f.measure == Measure::All && of_every_age(f)) {
                f.measure = Measure::Other;
            }
        };
        if !any_all(figures) {
            return;
        }
        // In an article about no children ("Sexual assaults at the stations climbed
        // again"), sexual offences are another measure.
        if !mentions_children(article) {
            recount(figures, &|_| true);
            return;
        }
        let story = Story::of(article);
        // In a story about sexual offences of every age that names children only as a part of
        // them, the figures of sentences naming no children are another measure.
        if story.children_only_as_part {
            recount(figures, &|f| !measure::names_children(&f.sentence));
        }
        // In a story that first counts sexual offences on a transport network, naming no
        // children, those whose own words name no children are another measure.
        if story.on_a_network {
            recount(figures, &|f| !measure::names_children_beside(&f.sentence, &f.span));
        }
        // The writer says the sexual offences counted are not of children alone ("the
        // figures do not say how old the victims were"): those not counted against children in
        // so many words are another measure.
        if any_all(figures) && says_not_of_children_alone(article) {
            recount(figures, &|f| !measure::counts_offences_against_children(&f.sentence));
        }
    }
}

/// What a story's own text and headline say of whose sexual offences it counts (see the
/// module's doc), read once after its sentences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Story {
    /// The story names children only as a part of its sexual offences.
    children_only_as_part: bool,
    /// The story's first count of sexual offences is on a transport network.
    on_a_network: bool,
}

impl Story {
    /// [`Story::read`] over the sentences of the story's own text paragraphs.
    fn of(article: &Article) -> Self {
        let texts: Vec<&str> = article.paragraphs.iter().filter(|p| of_the_story(p)).map(|p| p.norm.as_str()).collect();
        let sentences: Vec<&str> =
            texts.iter().flat_map(|t| sentences::split(t).into_iter().filter_map(move |r| t.get(r))).collect();
        Story::read(article.title.as_deref(), &sentences)
    }

    /// What the headline `title` and the story's own `sentences` say: the first count of
    /// sexual offences among them is found once and serves both ways.
    fn read(title: Option<&str>, sentences: &[&str]) -> Self {
        let first = sentences.iter().find_map(|&s| measure::first_count_names_children(s).map(|c| (s, c)));
        let names_none = |first: Option<(&str, bool)>| first.is_some_and(|(_, children)| !children);
        let children_only_as_part =
            names_none(first) && !title.is_some_and(about_children) && names_children_only_as_part(sentences);
        let headline = title.and_then(|t| measure::first_count_names_children(t).map(|c| (t, c)));
        let opening = headline.or(first);
        let on_a_network = names_none(opening) && opening.is_some_and(|(s, _)| measure::names_a_network(s));
        Story { children_only_as_part, on_a_network }
    }
}

/// Words that name children as the victims, or make a story one about children wherever they
/// stand.
fn about_children(text: &str) -> bool {
    measure::names_children(text) || CHILD_STORY.is_match(text)
}

/// Words that make a story one about children wherever they stand: the extension of the one
/// list naming children as victims ([`measure::names_children`]) that [`about_children`] reads.
static CHILD_STORY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\b(?:nspcc|childline|barnardo's|paedophil\w*|groom\w*|childhood)\b"));

/// Whether `sentences` name children, and every one naming them tells of a part ("of the
/// offences", "of them", "including", "in 87% of cases"), none making the story one about
/// children ([`CHILD_STORY`]).
fn names_children_only_as_part(sentences: &[&str]) -> bool {
    static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"(?i)\bof\s+(?:the|these|those|them|which|whom)\b|\bincluding\b|%\s+of\b|\bper\s+cent\s+of\b")
    });
    let mut named = false;
    for &s in sentences {
        if CHILD_STORY.is_match(s) || measure::names_children(s) && !PART_OF.is_match(s) {
            return false;
        }
        named |= measure::names_children(s);
    }
    named
}

/// A paragraph of the story's own text: not a link to another story ("READ MORE: Teen, 17,
/// stabbed …"), which says nothing of this one.
fn of_the_story(p: &Paragraph) -> bool {
    p.role.is_text() && !is_labelled_link(&p.norm)
}

/// Whether the article is about children at all: "children", "under-18s", "girls", "the
/// NSPCC", "grooming"… ([`about_children`]) in its own text, not in links to other stories.
fn mentions_children(article: &Article) -> bool {
    article.paragraphs.iter().filter(|p| of_the_story(p)).any(|p| about_children(&p.norm))
        || article.title.as_deref().is_some_and(about_children)
}

/// [`measure::says_not_of_children_alone`] in the writer's words of the story's own text (not
/// links to others, nor what someone is quoted saying).
fn says_not_of_children_alone(article: &Article) -> bool {
    article
        .paragraphs
        .iter()
        .filter(|p| of_the_story(p))
        .any(|p| measure::says_not_of_children_alone(&measure::writers_words(&p.norm)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_counting_sexual_offences_on_a_network_comes_before_the_text() {
        let text = ["Most of the 90 offences logged at stations involved girls under 16."];
        assert!(Story::read(Some("Sexual assaults aboard trams double"), &text).on_a_network);
        assert!(!Story::read(Some("Sexual assaults on girls aboard trams double"), &text).on_a_network);
        // With no count in the headline, the text's first count decides.
        let text = ["Ferry crews logged 12 thefts.", "Sexual assaults aboard trams doubled to 64."];
        assert!(Story::read(Some("Summer on the water"), &text).on_a_network);
    }

    #[test]
    fn children_named_only_as_a_part_need_a_first_count_and_a_headline_naming_none() {
        let text = ["Sexual offences at festivals rose to 210.", "Of them, 30 involved girls under 16."];
        assert!(Story::read(None, &text).children_only_as_part);
        assert!(!Story::read(Some("Festival fears for children"), &text).children_only_as_part);
        let text = ["Sexual offences against boys at festivals rose to 210.", "Of them, 30 were at night."];
        assert!(!Story::read(None, &text).children_only_as_part);
    }

    #[test]
    fn a_count_of_all_crime_dates_each_sentence_only_after_a_first_count_naming_no_children() {
        let text = ["The ONS said sexual crimes rose 5%.", "Sexual offences against under-16s rose to 300."];
        assert!(EveryAge::read(text.into_iter(), true).in_each_sentence());
        let text = ["Sexual offences against under-16s rose to 300.", "The ONS said sexual crimes rose 5%."];
        assert!(!EveryAge::read(text.into_iter(), true).in_each_sentence());
        let text = ["Sexual offences rose to 300.", "Burglaries fell."];
        assert!(!EveryAge::read(text.into_iter(), true).in_each_sentence());
    }
}
