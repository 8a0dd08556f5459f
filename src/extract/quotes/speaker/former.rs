//! Jobs held once: "a former petty officer", "retired detective", "ex-sergeant", "its
//! one-time director". Nothing says such a speaker speaks for the body they served, so
//! only a body the words name for them is theirs ("a former Met detective").

/// Words before a job that make it one held once.
const FORMER_WORDS: &[&str] = &["former", "retired", "one-time", "onetime", "erstwhile"];

/// The word making a job a former one, as printed with what follows it (a space, or the
/// hyphen of "ex-"), and the words of the job: "former Met detective" is ("former ", "Met
/// detective"), "Ex-sergeant" is ("Ex-", "sergeant").
pub(super) fn split_former(part: &str) -> Option<(&str, &str)> {
    if part.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("ex-")) {
        let rest = &part[3..];
        return rest.starts_with(char::is_alphanumeric).then(|| (&part[..3], rest));
    }
    let (first, rest) = part.split_once(' ')?;
    let former = FORMER_WORDS.iter().any(|w| w.eq_ignore_ascii_case(first));
    (former && !rest.trim().is_empty()).then(|| (&part[..=first.len()], rest.trim_start()))
}

/// A role held once, as [`split_former`] reads it: "retired detective", "Ex-sergeant".
pub(crate) fn is_former_role(role: &str) -> bool {
    split_former(role).is_some()
}

/// Every part of a role ("Former chief executive, retired nurse") is one held once: the
/// speaker holds no post the story's context could give an organisation to.
pub(crate) fn holds_only_former_roles(role: &str) -> bool {
    role.split(", ").all(is_former_role)
}
