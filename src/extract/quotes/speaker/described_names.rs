//! A first name that a word for a person describes ("Grandmother Janet", "Gazette reader
//! Sam"), an age after it or a part describing them ("Janet, 52, from Wallasey", "Janet, a
//! grandmother"): the person's name, as a surname would be.

use super::roles::strip_article;
use super::{bare, Who, DETERMINERS};
use crate::extract::places;
use crate::extract::quotes::context::is_known_org;
use crate::extract::quotes::names::{
    self, first_name_gender, gender_of_word, is_honorific, is_name_word, is_person_noun, is_role_word, Gender,
};

/// "Janet, a grandmother from Wallasey", "Janet, 52, from Wallasey", "Grandmother Janet": a
/// lone name followed by a part that describes a person or gives a role, by an age, or
/// after a word for a person is the person's name, as a surname would be.
pub(super) fn first_name_described(p: usize, tokens: &[&str], parts: &[String], aged: bool) -> Option<Who> {
    // "Gazette reader Sam", "Radio Tay listener Kim": a capitalised word before a lower-case
    // word for a person says whose reader or where from; the noun still describes the name.
    let (lead, tokens) = match tokens {
        [lead, noun, word] if lead.starts_with(char::is_uppercase) && noun.starts_with(char::is_lowercase) => {
            (Some(bare(lead)), &tokens[1..])
        }
        _ => (None, tokens),
    };
    let lead_ok = lead.is_none_or(|w| !is_honorific(w) && !is_role_word(w) && !names::is_office(w));
    if let (Some(_), false) = (lead, lead_ok) {
        return None;
    }
    if let [noun, word] = tokens {
        let name = bare(word);
        let org = is_known_org(name) || is_known_org(&format!("{} {name}", bare(noun)));
        if is_describing_noun(noun) && is_name_word(name) && places::by_alias(name).is_none() && !org {
            let head = noun.split('-').next().unwrap_or(noun);
            let gender = gender_of_word(bare(head)).or_else(|| first_name_gender(name));
            let described = match lead {
                Some(lead) => format!("{lead} {}", noun.to_lowercase()),
                None => noun.to_lowercase(),
            };
            return Some(Who::Surname { surname: name.to_string(), role: Some(described), gender, given: false });
        }
        return None;
    }
    let [word] = tokens else { return None };
    let name = bare(word);
    if !is_name_word(name) || places::by_alias(name).is_some() || is_known_org(name) {
        return None;
    }
    if let Some(renamed) = parts.iter().skip(1).find(|part| names::is_name_changed(part)).filter(|_| p == 0) {
        let gender = gender_in_words(renamed).or_else(|| first_name_gender(name));
        return Some(Who::Surname { surname: name.to_string(), role: None, gender, given: false });
    }
    if aged && p == 0 {
        let role = parts.get(1).map(|r| strip_article(r).to_string());
        return Some(Who::Surname { surname: name.to_string(), role, gender: first_name_gender(name), given: false });
    }
    let next = parts.get(1).filter(|_| p == 0)?;
    let words: Vec<&str> = next.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let noun = words.iter().skip(1).take(4).find(|w| is_person_noun(bare(w)) && w.starts_with(char::is_lowercase));
    let described = DETERMINERS.contains(&first.as_str()) && noun.is_some();
    let role = is_role_word(&first) && next.starts_with(char::is_lowercase);
    if !(described || role) {
        return None;
    }
    let gender = noun.and_then(|w| gender_of_word(bare(w))).or_else(|| first_name_gender(name));
    Some(Who::Surname { surname: name.to_string(), role: Some(strip_article(next).to_string()), gender, given: false })
}

/// The gender a pronoun among `words` gives ("not her real name").
fn gender_in_words(words: &str) -> Option<Gender> {
    words.split_whitespace().find_map(|w| match w.to_lowercase().as_str() {
        "her" | "she" => Some(Gender::Female),
        "his" | "he" => Some(Gender::Male),
        _ => None,
    })
}

/// A word for a person that may stand before their first name: "Mother", "Mum-of-two",
/// "Father-of-three", "Teenager".
pub(in crate::extract::quotes) fn is_describing_noun(word: &str) -> bool {
    let head = word.split('-').next().unwrap_or(word);
    let head = bare(head);
    is_person_noun(head) || gender_of_word(head).is_some_and(|_| !is_honorific(head) && head.len() > 3)
}
