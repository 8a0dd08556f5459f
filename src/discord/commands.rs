//! The slash commands: each reads its options, asks the engine and sends the answer.

use std::time::Instant;

use crate::discord::{autocomplete, input, paging, Context, Data, Error};
use crate::model::Measure;
use crate::query::Query;

/// Every command the bot registers, in the order `/help` lists them.
pub(crate) fn all() -> Vec<poise::Command<Data, Error>> {
    vec![force(), search(), quote(), help()]
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
    #[description = "Financial year, e.g. 2016/17"]
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

/// What factdesk can answer
#[poise::command(slash_command)]
pub(crate) async fn help(ctx: Context<'_>) -> Result<(), Error> {
    respond(ctx, Ok(Query::Help)).await
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
