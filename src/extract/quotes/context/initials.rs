//! Organisations named by their initials ("the BRC") that the article spelled out before.

use rustc_hash::FxHashMap as HashMap;

use super::{At, Context};
use crate::extract::quotes::names::{self, is_org_word};

/// A capitalised word that closes an organisation's name, whose initials the article may
/// use after it ("the British Retail Consortium" ... "the BRC"): an organisation word
/// ("Association", "Council", "Trust") or a few more that close bodies' names. "Company"
/// is left out: a firm's name is as often a place and a trade ("Bristol Bus Company") whose
/// initials are another, better-known body's.
fn ends_an_org_name(word: &str) -> bool {
    is_org_word(word)
        || ["Consortium", "Service", "Confederation", "Corporation", "Institution", "Fund"].contains(&word)
}

impl<'a> Context<'a> {
    /// The full name of an organisation named by its initials ("the BRC") that the article
    /// spelled out up to `at`: set before the initials in brackets ("the Chartered Institute
    /// of Library and Information Professionals (CILIP)"), or, for three letters or more,
    /// as an organisation's name whose initials they are ("the British Retail Consortium";
    /// small words inside the name, "of", "for the", have none). `None` when it never was:
    /// the initials stand, for a person's name or title ("Councillor Peter Smith", "Detective
    /// Sergeant Mark") is no organisation. The article is read once, whatever the initials.
    pub(super) fn spelled_out(&self, initials: &str, (k, _): At) -> Option<String> {
        let letters = initials.trim_end_matches("'s").trim_end_matches("’s");
        if !names::is_acronym(letters) || !letters.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let index = self.spelled.get_or_init(|| self.spelled_index());
        index.get(letters).filter(|(j, _)| *j <= k).map(|(_, name)| name.clone())
    }

    /// Every set of initials the article spells out, with the first paragraph doing so and
    /// the name it gives: see [`Context::spelled_out`]. Each word is read a bounded number
    /// of times, so the index is linear in the article.
    fn spelled_index(&self) -> HashMap<String, (usize, String)> {
        const SMALL: &[&str] = &["of", "for", "the", "and", "&", "to", "in", "on"];
        const OPENERS: &[&str] = &[
            "The", "But", "And", "In", "On", "At", "As", "If", "It", "This", "That", "A", "An", "By", "For", "From",
            "When", "While", "After", "Before", "So", "Yet", "Its", "His", "Her", "Their",
        ];
        /// The most capitalised words read back from an organisation's last word.
        const LONGEST: usize = 8;
        let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&').to_string();
        // A word naming a person or their title: a run holding one is no organisation's name.
        let personal = |w: &str| {
            use names::{first_name_gender, is_honorific, is_office, is_role_word, POLICE_RANKS};
            is_honorific(w)
                || is_office(w)
                || is_role_word(w)
                || POLICE_RANKS.iter().any(|r| r.eq_ignore_ascii_case(w))
                || first_name_gender(w).is_some()
        };
        let mut index: HashMap<String, (usize, String)> = HashMap::default();
        for (j, para) in self.paras.iter().enumerate() {
            let words: Vec<&str> = para.norm.split_whitespace().collect();
            for (i, w) in words.iter().enumerate() {
                let inner = w.trim_end_matches([',', '.', ';', ':']);
                let bracketed = inner
                    .strip_prefix('(')
                    .and_then(|r| r.strip_suffix(')'))
                    .filter(|l| l.len() >= 2 && l.chars().all(|c| c.is_ascii_uppercase()));
                // The name's words run back from `end` (exclusive): before the brackets, or
                // from an organisation's last word ("Consortium", "Association") that closes
                // no sentence before it.
                let end = if bracketed.is_some() {
                    i
                } else if capital(&bare(w)) && ends_an_org_name(&bare(w)) {
                    i + 1
                } else {
                    continue;
                };
                let mut initials_read = String::new();
                let mut start = end;
                let mut names: Vec<(String, usize)> = Vec::new();
                while start > 0 && initials_read.len() < LONGEST {
                    let raw = words[start - 1];
                    if raw.ends_with([',', '.', ';', ':']) && start < end {
                        break;
                    }
                    let word = bare(raw);
                    if capital(&word) {
                        if bracketed.is_none() && start < end && personal(&word) {
                            break;
                        }
                        initials_read.insert(0, word.chars().next().unwrap_or(' '));
                        names.push((initials_read.clone(), start - 1));
                    } else if !SMALL.contains(&word.as_str()) {
                        break;
                    }
                    start -= 1;
                }
                for (read, from) in names {
                    let name: Vec<String> = words[from..end].iter().map(|w| bare(w)).collect();
                    let fits = match bracketed {
                        Some(letters) => read == letters,
                        None => read.len() >= 3,
                    };
                    // "But Bristol City …" is no name of a "BBC": a word opening a sentence is none.
                    let opener = name.first().is_some_and(|w| OPENERS.contains(&w.as_str())) && bracketed.is_none();
                    if fits && name.len() >= 2 && !opener && read.chars().all(|c| c.is_ascii_uppercase()) {
                        index.entry(read).or_insert((j, name.join(" ")));
                    }
                }
            }
        }
        index
    }
}
