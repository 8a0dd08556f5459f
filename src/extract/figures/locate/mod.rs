//! Where a figure is: the place mentions that say where (not organisations named after a
//! place, not places excluded), the police in general, and the place each number takes.
//!
//! - [`mentions`]: the places a sentence names that say where, gathered from the finders below;
//! - [`national`], [`london`], [`areas`], [`local_areas`]: the country and the railways, London's
//!   boroughs and force, council areas given a figure, places under the name printed;
//! - [`attach`]: the place each number takes among those its sentence names;
//! - [`bare_changes`]: a change printed with no subject, of the figures just before it;
//! - [`topic`]: the place a sentence with no figure moves the text to, and a paragraph's area;
//! - [`yardsticks`]: places and values a figure is measured against;
//! - [`sources`]: where figures come from, and the part of a force's ground they are for;
//! - [`forces`]: figures of several forces, and of one force across an article;
//! - [`restated`](mod@restated): values printed again, which take the place they had before;
//! - [`crossheads`]: a crosshead's figure, which takes the place the paragraph under it gives it;
//! - [`writers`]: the force that writes the article itself, whose own figures are its.

mod areas;
mod attach;
mod bare_changes;
mod crossheads;
mod forces;
mod local_areas;
mod london;
mod mentions;
mod national;
mod restated;
mod sources;
mod topic;
mod writers;
mod yardsticks;

pub(super) use attach::{in_relative_clause, is_force_wide, place_for};
pub(super) use bare_changes::change_of_the_figure_before;
pub(super) use crossheads::crosshead_figures_from_body;
pub(super) use forces::{
    combined_total, each_of_several, one_force_across_breaks, one_name_per_region, renamed_forces,
};
pub(super) use local_areas::{is_named_area, local_council, speaks_of_the_councils_area};
pub(super) use london::{is_borough, london_as_its_force, names_london};
pub(super) use mentions::place_mentions;
pub(super) use national::{
    bare_forces_count, britain_as_btp, forces_set_beside, is_national_yardstick, nationally_as_btp, GENERIC_POLICE,
};
pub(super) use restated::{hedged_near, restated, restated_for_named, spoken_again, PlacedValues};
pub(super) use sources::{
    for_its_own_part, force_records_for_its_part, force_sources_its_part, forces_asked_show_a_total,
    is_compared_source, is_forces_asked, local_part_of_force, scope_of_forces_asked, source_place, sourced_for_part,
    sourced_openings,
};
pub(super) use topic::{
    area_spoken_of, is_alternative, is_compared_with, is_ground_of, is_job_patch, is_left_out,
    is_programme_introduction, is_version_note, is_whole_ground, opening_area, part_before_bracketed_force,
    refers_to_area, topic_group,
};
pub(super) use writers::writers_own_figures;
pub(super) use yardsticks::{compared_elsewhere, is_average_yardstick, is_compared_place, set_against_country};
