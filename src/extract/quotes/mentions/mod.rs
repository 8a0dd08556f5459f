//! People a sentence names without quoting them: the speaker of reported speech ("Jo
//! Bloggs, from the trust, said funding had run out."), someone introduced as talking to the
//! press, the subject a sentence sets off by commas, a person named with a title. A later
//! "he" or "she", or a quote with no attribution of its own, may mean them.
//!
//! These read the same speech verbs and titles as [`super::attribution`], on normalised text,
//! and return the words naming the person; [`super::speaker`] reads those words. By kind of
//! mention: [`titled`] names, [`relatives`] (of someone named, or of the writer's), people
//! [`speaking`] (reported speech, talking to the press, words shared), and the
//! [`subjects`] of sentences, whose [`predicates`] say where the subject ends; and those a
//! statement is [`read_out`] for in court.

mod predicates;
mod read_out;
mod relatives;
mod speaking;
mod subjects;
mod titled;
mod visitors;

pub(super) use predicates::reads_as_predicate;
pub use read_out::{read_out_for, statement_read_for};
pub use relatives::{
    described_relative_acting, is_relative_word, possessive_relatives, pronoun_relative_acting, writers_relatives,
};
pub use speaking::{
    asked_by_writer, described_to_writer, met_by_writer, parenthetical_speaker, reported_speaker, talking_speaker,
    telling_about_speaker, unquoted_words_from, words_shared_of,
};
pub use subjects::{
    apposed_subject, clause_object_taken_up, framed_for, is_clause_opener, named_subject, opens_as_subject,
    possessive_opening, singled_out, subject_readings, with_dash_aside_as_commas, without_marks_round_opening_name,
    Pseudonym,
};
pub use titled::{judges_by_style, titled_names};
pub use visitors::{described_to_outlet, visiting_writer};
