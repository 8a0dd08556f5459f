//! A name with a title or role and a colon that labels the quote after it, as in a
//! transcript ("CLLR AMY REES:"), read in the case a name is written in.

use super::names;

/// "Detective Chief Superintendent Lucy Morris: …": a name with a title or a role, and a
/// colon, labels the quote after it with no speech verb. A bare name does not ("Read More:").
pub(super) fn titled_name_label(clause: &str) -> Option<String> {
    let who = clause.trim_end().strip_suffix(':')?.trim();
    if who.is_empty() || who.split_whitespace().count() > 12 || who.contains(['"', '.', ';', '!', '?']) {
        return None;
    }
    let who = label_case(who);
    match super::speaker::parse_who(&who)? {
        super::speaker::Who::Person(p)
            if (p.role.is_some() || p.organisation.is_some()) && names_a_person(&who, &p.name) =>
        {
            Some(who)
        }
        _ => None,
    }
}

/// The name a label reads is a person's: it opens with a known first name, or a title or
/// rank stands right before it ("Cllr Amy Rees", "Inspector Omar Dale"). Capitalised
/// heading words read as a name otherwise ("Key Findings from the Home Office:", "Top
/// Stories in West Yorkshire:").
fn names_a_person(label: &str, name: &str) -> bool {
    let known = name.split_whitespace().next().is_some_and(|w| names::first_name_gender(w).is_some());
    let before = label.find(name).and_then(|at| label.get(..at)).and_then(|b| b.split_whitespace().next_back());
    let titled = before.is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        names::is_honorific(w) || names::is_role_word(w)
    });
    known || titled
}

/// A transcript label printed in capitals ("CHIEF CONSTABLE JO BLOGGS", "CLLR AMY REES
/// (Anytown Council)") read in the case a name is written in: each capitalised word outside
/// brackets becomes "Chief", "Jo". Short words with no vowel or naming a rank ("PC",
/// "DCI", "MP") are initials and stay as printed. A label with any lower-case letter outside
/// brackets is left alone, and so is a heading in capitals.
fn label_case(who: &str) -> String {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in who.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    // "KEY FINDINGS FROM THE HOME OFFICE", "LETTER TO THE EDITOR": a heading has the small
    // words of a phrase, which a speaker's title and name do not.
    const PHRASE_WORDS: &[&str] = &[
        "A", "AN", "THE", "OF", "FROM", "TO", "IN", "ON", "AT", "FOR", "AND", "WITH", "BY", "WHAT", "HOW", "WHY",
        "SAID",
    ];
    let letters = outside.chars().filter(|c| c.is_alphabetic()).count();
    let phrase = outside.split(|c: char| !c.is_alphabetic()).any(|w| PHRASE_WORDS.contains(&w));
    if letters < 4 || phrase || outside.chars().any(char::is_lowercase) {
        return who.to_string();
    }
    let mut out = String::with_capacity(who.len());
    let mut depth = 0usize;
    let mut word_start = true;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let initials = word.chars().count() <= 3
            && (!word.chars().any(|c| "AEIOUY".contains(c)) || names::is_role_word(word.as_str()));
        let mut chars = word.chars();
        if let (false, Some(first)) = (initials, chars.next()) {
            out.push(first);
            out.extend(chars.flat_map(char::to_lowercase));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in who.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && c.is_alphabetic() {
            word.push(c);
            word_start = false;
            continue;
        }
        if !word_start {
            flush(&mut word, &mut out);
            word_start = true;
        }
        out.push(c);
    }
    flush(&mut word, &mut out);
    out
}
