//! Suggestions while a user types: force names and aliases, and speakers, fuzzily matched.

use std::sync::Arc;

use poise::serenity_prelude as serenity;
use tracing::warn;

use crate::discord::{input, Context};
use crate::engine::AnswerEngine;

/// Discord shows at most 25 choices.
const MAX_CHOICES: usize = 25;
/// A choice's name and value hold at most 100 characters.
const CHOICE_MAX_CHARS: usize = 100;

/// Known forces and areas for `/force name`.
pub(crate) async fn force_name(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    complete(ctx, partial, |engine, typed| {
        engine.complete_place(typed, MAX_CHOICES).into_iter().map(str::to_string).collect()
    })
    .await
}

/// Known speakers for `/quote who`.
pub(crate) async fn speaker(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    complete(ctx, partial, |engine, typed| engine.complete_speaker(typed, MAX_CHOICES)).await
}

/// Article ids for `/article id`.
pub(crate) async fn article_id(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    complete(ctx, partial, |engine, typed| engine.complete_article(typed, MAX_CHOICES)).await
}

/// Runs a lookup off the async threads; a failed lookup offers nothing rather than an error.
async fn complete(
    ctx: Context<'_>,
    partial: &str,
    lookup: fn(&AnswerEngine, &str) -> Vec<String>,
) -> serenity::CreateAutocompleteResponse {
    let engine = Arc::clone(&ctx.data().engine);
    let typed = input::partial(partial);
    let names = match tokio::task::spawn_blocking(move || lookup(&engine, &typed)).await {
        Ok(names) => names,
        Err(e) => {
            warn!(error = %e, "autocomplete lookup failed");
            Vec::new()
        }
    };
    serenity::CreateAutocompleteResponse::new().set_choices(choices(names))
}

/// At most 25 choices, each name within Discord's 100 characters.
fn choices(names: Vec<String>) -> Vec<serenity::AutocompleteChoice> {
    names
        .into_iter()
        .filter(|n| !n.trim().is_empty())
        .map(|n| n.chars().take(CHOICE_MAX_CHARS).collect::<String>())
        .take(MAX_CHOICES)
        .map(serenity::AutocompleteChoice::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_capped_at_twenty_five_short_names() {
        let names = (0..100).map(|i| format!("{i} {}", "x".repeat(300))).collect();
        let choices = choices(names);
        assert_eq!(choices.len(), MAX_CHOICES);
    }
}
