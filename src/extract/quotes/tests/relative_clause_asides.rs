//! A lone first name with a who/whose/whom clause after it, however long, set off by commas,
//! is the subject of its sentence: a later "she said" means that person.

use super::*;

#[test]
fn a_quote_after_a_first_name_with_a_long_whose_clause_is_theirs() {
    let q = said(&[
        "Priya, whose 15-year-old daughter was found at a bus depot in Leeds last winter with two phones and £300 in cash, works nights at a care home.",
        "'I rang them every single week,' she said. 'Nobody listened to a word I told them.'",
    ]);
    assert_eq!(
        q,
        pairs(&[("Priya", "I rang them every single week"), ("Priya", "Nobody listened to a word I told them.")])
    );
}

#[test]
fn a_quote_after_a_first_name_with_a_long_who_clause_is_theirs() {
    let q = said(&[
        "Graham, who spent eleven years driving buses across the county before his grandson was groomed online, runs a parents' group in the town.",
        "“We went to the head teacher twice,” he said. “The second time she would not see us.”",
    ]);
    assert_eq!(
        q,
        pairs(&[("Graham", "We went to the head teacher twice"), ("Graham", "The second time she would not see us.")])
    );
}
