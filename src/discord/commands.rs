//! The slash commands: each reads its options, asks the engine and sends the answer.

use std::time::Instant;

use crate::discord::{autocomplete, input, paging, Context, Data, Error};
use crate::model::Measure;
use crate::query::Query;
use crate::render::counted;

/// Every command the bot registers, in the order `/help` lists them.
pub(crate) fn all() -> Vec<poise::Command<Data, Error>> {
    vec![force(), search(), quote(), sources(), article(), national(), trend(), compare(), ask(), reindex(), help()]
}

/// Which figures `/force` shows.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub(crate) enum MeasureChoice {
    #[name = "online"]
    Online,
    #[name = "all"]
    All,
    #[name = "other"]
    Other,
}

impl From<MeasureChoice> for Measure {
    fn from(choice: MeasureChoice) -> Self {
        match choice {
            MeasureChoice::Online => Measure::Online,
            MeasureChoice::All => Measure::All,
            MeasureChoice::Other => Measure::Other,
        }
    }
}

/// Every figure for a police force or area, with quotes and sources
#[poise::command(slash_command)]
pub(crate) async fn force(
    ctx: Context<'_>,
    #[description = "Police force or area, e.g. Cleveland"]
    #[autocomplete = "autocomplete::force_name"]
    #[max_length = 100]
    name: String,
    #[description = "Year: 2016/17 for a financial year, 2024 for that calendar year too"]
    #[max_length = 9]
    year: Option<String>,
    #[description = "Which figures: online offences, all offences or other"] measure: Option<MeasureChoice>,
) -> Result<(), Error> {
    respond(ctx, input::force(&name, year.as_deref(), measure.map(Measure::from))).await
}

/// Search the text of every article
#[poise::command(slash_command)]
pub(crate) async fn search(
    ctx: Context<'_>,
    #[description = "Words to look for; \"phrases\", AND, OR and -not work"]
    #[max_length = 200]
    text: String,
) -> Result<(), Error> {
    respond(ctx, input::search(&text)).await
}

/// What people said, with their role and organisation
#[poise::command(slash_command)]
pub(crate) async fn quote(
    ctx: Context<'_>,
    #[description = "Speaker, organisation or words, e.g. Wanless"]
    #[autocomplete = "autocomplete::speaker"]
    #[max_length = 100]
    who: String,
) -> Result<(), Error> {
    respond(ctx, input::quote(&who)).await
}

/// The articles read, with outlet, date and counts of figures and quotes
#[poise::command(slash_command)]
pub(crate) async fn sources(ctx: Context<'_>) -> Result<(), Error> {
    respond(ctx, Ok(Query::Sources)).await
}

/// One article's figures, quotes and text
#[poise::command(slash_command)]
pub(crate) async fn article(
    ctx: Context<'_>,
    #[description = "Article id as answers show it, its file name or a unique prefix"]
    #[autocomplete = "autocomplete::article_id"]
    #[max_length = 200]
    id: String,
) -> Result<(), Error> {
    respond(ctx, input::article(&id)).await
}

/// National totals, and the forces ranked by their count
#[poise::command(slash_command)]
pub(crate) async fn national(
    ctx: Context<'_>,
    #[description = "Year: 2016/17 for a financial year, 2024 for that calendar year too"]
    #[max_length = 9]
    year: Option<String>,
    #[description = "Which figures: online offences, all offences or other"] measure: Option<MeasureChoice>,
) -> Result<(), Error> {
    respond(ctx, input::national(year.as_deref(), measure.map(Measure::from))).await
}

/// A force's counts over the years, as a chart
#[poise::command(slash_command)]
pub(crate) async fn trend(
    ctx: Context<'_>,
    #[description = "Police force or area, e.g. Cleveland"]
    #[autocomplete = "autocomplete::force_name"]
    #[max_length = 100]
    name: String,
    #[description = "Which figures (default: the one with most years)"] measure: Option<MeasureChoice>,
) -> Result<(), Error> {
    respond(ctx, input::trend(&name, measure.map(Measure::from))).await
}

/// Forces side by side per measure and year
#[poise::command(slash_command)]
#[allow(clippy::too_many_arguments)]
pub(crate) async fn compare(
    ctx: Context<'_>,
    #[description = "A police force or area, e.g. Durham"]
    #[autocomplete = "autocomplete::force_name"]
    #[max_length = 100]
    first: String,
    #[description = "Another, e.g. Cleveland"]
    #[autocomplete = "autocomplete::force_name"]
    #[max_length = 100]
    second: String,
    #[description = "A third (optional)"]
    #[autocomplete = "autocomplete::force_name"]
    #[max_length = 100]
    third: Option<String>,
    #[description = "A fourth (optional)"]
    #[autocomplete = "autocomplete::force_name"]
    #[max_length = 100]
    fourth: Option<String>,
    #[description = "Year: 2016/17 for a financial year, 2024 for that calendar year too"]
    #[max_length = 9]
    year: Option<String>,
    #[description = "Which figures: online offences, all offences or other"] measure: Option<MeasureChoice>,
) -> Result<(), Error> {
    let names = [Some(first), Some(second), third, fourth];
    respond(ctx, input::compare(&names, year.as_deref(), measure.map(Measure::from))).await
}

/// A question in plain words, e.g. how many online offences did Durham record in 2016/17?
#[poise::command(slash_command)]
pub(crate) async fn ask(
    ctx: Context<'_>,
    #[description = "e.g. what did the NSPCC say about Lancashire?"]
    #[max_length = 300]
    question: String,
) -> Result<(), Error> {
    respond(ctx, input::ask(&question)).await
}

/// What factdesk can answer
#[poise::command(slash_command)]
pub(crate) async fn help(ctx: Context<'_>) -> Result<(), Error> {
    respond(ctx, Ok(Query::Help)).await
}

/// Re-read the data folder now (server administrators only)
///
/// Discord shows the command only to administrators (`default_member_permissions`); the
/// command checks the caller's permissions again itself, since a server can override that.
#[poise::command(slash_command, guild_only, default_member_permissions = "ADMINISTRATOR")]
pub(crate) async fn reindex(ctx: Context<'_>) -> Result<(), Error> {
    if !caller_is_admin(ctx) {
        return paging::notice(ctx, "Only server administrators can re-index the articles.").await;
    }
    let engine = std::sync::Arc::clone(&ctx.data().engine);
    ctx.defer_ephemeral().await?;
    let report = tokio::task::spawn_blocking(move || engine.refresh(&|_, _| {})).await??;
    let done = match report.freshness {
        crate::search::Freshness::Reused => {
            format!("The index was already up to date ({}).", counted(report.articles, "article"))
        }
        crate::search::Freshness::Updated { removed } => {
            format!("Re-indexed {} that changed; {removed} removed.", counted(report.articles, "article"))
        }
        crate::search::Freshness::Built => format!("Rebuilt the index from {}.", counted(report.articles, "article")),
    };
    let skipped = if report.skipped.is_empty() {
        String::new()
    } else {
        format!(" {} files were skipped.", report.skipped.len())
    };
    paging::notice(ctx, &format!("{done}{skipped}")).await
}

/// Whether the member who ran the command holds the Administrator permission in the server.
fn caller_is_admin(ctx: Context<'_>) -> bool {
    let poise::Context::Application(app) = ctx else { return false };
    app.interaction.member.as_ref().and_then(|m| m.permissions).is_some_and(|p| p.administrator())
}

/// Answers a question, or says politely (to the asker only) why it cannot be asked.
async fn respond(ctx: Context<'_>, query: Result<Query, String>) -> Result<(), Error> {
    match query {
        Ok(query) => {
            let answer = paging::ask(ctx, query).await?;
            paging::send_answer(ctx, &answer).await
        }
        Err(problem) => paging::notice(ctx, &problem).await,
    }
}

/// The command check: at most `discord.commands_per_minute` commands per user. Autocomplete
/// (a request per keystroke) is not counted.
pub(crate) async fn within_rate(ctx: Context<'_>) -> Result<bool, Error> {
    if let poise::Context::Application(app) = ctx {
        if app.interaction_type == poise::CommandInteractionType::Autocomplete {
            return Ok(true);
        }
    }
    Ok(ctx.data().limiter.allow(ctx.author().id.get(), Instant::now()))
}
