//! Asking the engine and sending its answer: notices for the asker only, embeds for answers,
//! and Previous/Next buttons (for the asker only, until they expire) when an answer is long.

use std::sync::Arc;

use poise::serenity_prelude as serenity;
use poise::CreateReply;
use serenity::futures::StreamExt;
use tracing::{debug, warn};

use crate::answer::Answer;
use crate::discord::{Context, Error};
use crate::query::Query;
use crate::render::discord::{self as render, Page, Reply};

/// Marks an invocation whose first response was "thinking…" (a deferral).
struct Deferred;

/// Asks the engine on a blocking thread. If the answer is not ready within `defer_after`, the
/// interaction is deferred first, so Discord's 3-second rule is always kept. (A zero
/// `defer_after` defers every question.)
pub(crate) async fn ask(ctx: Context<'_>, query: Query) -> Result<Answer, Error> {
    let engine = Arc::clone(&ctx.data().engine);
    let mut task = tokio::task::spawn_blocking(move || engine.answer(&query));
    let defer_after = ctx.data().defer_after;
    let ready = if defer_after.is_zero() { None } else { tokio::time::timeout(defer_after, &mut task).await.ok() };
    let answer = match ready {
        Some(done) => done,
        None => {
            debug!("answer is slow; deferring");
            ctx.defer().await?;
            ctx.set_invocation_data(Deferred).await;
            task.await
        }
    };
    Ok(answer??)
}

/// Sends an answer: a notice for the asker, or its pages.
pub(crate) async fn send_answer(ctx: Context<'_>, answer: &Answer) -> Result<(), Error> {
    match render::reply(answer) {
        Reply::Notice(text) => notice(ctx, &text).await,
        Reply::Pages(mut pages) => {
            let image = chart(answer).await;
            if image.is_none() {
                pages.iter_mut().for_each(|p| p.image = None);
            }
            send_pages(ctx, pages, image).await
        }
    }
}

/// The chart an answer comes with, drawn off the async threads; a chart that cannot be drawn
/// is left out (the answer's text still says everything) and logged.
async fn chart(answer: &Answer) -> Option<Vec<u8>> {
    let Answer::Trend(trend) = answer else { return None };
    let trend = trend.clone();
    match tokio::task::spawn_blocking(move || crate::render::chart::trend_png(&trend)).await {
        Ok(Ok(png)) => Some(png),
        Ok(Err(e)) => {
            warn!(error = %e, "no chart");
            None
        }
        Err(e) => {
            warn!(error = %e, "the chart task stopped");
            None
        }
    }
}

/// A short message only the asker sees. After a deferral, the public "thinking…" message is
/// removed first, so that the notice is not shown to everyone in its place.
pub(crate) async fn notice(ctx: Context<'_>, text: &str) -> Result<(), Error> {
    if ctx.invocation_data::<Deferred>().await.is_some() {
        if let poise::Context::Application(app) = ctx {
            if let Err(e) = app.interaction.delete_response(ctx.http()).await {
                debug!(error = %e, "could not remove the deferred response");
            }
        }
        ctx.set_invocation_data(()).await;
    }
    ctx.send(CreateReply::default().content(render::notice(text)).ephemeral(true).allowed_mentions(no_mentions()))
        .await?;
    Ok(())
}

/// Sends the first page (with the image, if any); with more than one, serves the buttons
/// until they expire.
async fn send_pages(ctx: Context<'_>, pages: Vec<Page>, image: Option<Vec<u8>>) -> Result<(), Error> {
    ctx.set_invocation_data(()).await;
    let attach = |reply: CreateReply, page: &Page| match (&page.image, image.clone()) {
        (Some(name), Some(bytes)) => reply.attachment(serenity::CreateAttachment::bytes(bytes, name.as_str())),
        _ => reply,
    };
    if pages.len() <= 1 {
        let page = pages.first().cloned().unwrap_or_default();
        ctx.send(attach(page_reply(&page, None), &page)).await?;
        return Ok(());
    }
    let buttons = Buttons::new(ctx.id());
    let asker = ctx.author().id;
    // Listen before sending, so that not even the quickest press is missed.
    let prefix = buttons.prefix.clone();
    let mut presses = serenity::ComponentInteractionCollector::new(ctx)
        .filter(move |press| press.data.custom_id.starts_with(&prefix))
        .timeout(ctx.data().page_timeout)
        .stream();
    let handle = ctx.send(attach(page_reply(&pages[0], Some(buttons.row(0, pages.len()))), &pages[0])).await?;

    let mut at = 0;
    while let Some(press) = presses.next().await {
        let response = if press.user.id != asker {
            serenity::CreateInteractionResponse::Message(
                serenity::CreateInteractionResponseMessage::new()
                    .content(
                        "Only the person who asked can turn these pages. Run the command yourself for your own copy.",
                    )
                    .ephemeral(true)
                    .allowed_mentions(no_mentions()),
            )
        } else {
            at = buttons.turn(at, pages.len(), &press.data.custom_id);
            serenity::CreateInteractionResponse::UpdateMessage(
                serenity::CreateInteractionResponseMessage::new()
                    .embed(embed(&pages[at]))
                    .components(vec![buttons.row(at, pages.len())])
                    .allowed_mentions(no_mentions()),
            )
        };
        if let Err(e) = press.create_response(ctx.http(), response).await {
            warn!(error = %e, "could not answer a button press");
        }
    }
    // Expired: the page stays, the buttons go.
    if let Err(e) = handle.edit(ctx, page_reply(&pages[at], None).components(Vec::new())).await {
        debug!(error = %e, "could not remove the page buttons");
    }
    Ok(())
}

/// The Previous/Next buttons of one answer; their ids name the invocation they belong to.
struct Buttons {
    prefix: String,
}

impl Buttons {
    fn new(invocation: u64) -> Self {
        Buttons { prefix: format!("factdesk:page:{invocation}:") }
    }

    fn row(&self, at: usize, pages: usize) -> serenity::CreateActionRow {
        serenity::CreateActionRow::Buttons(vec![
            serenity::CreateButton::new(format!("{}prev", self.prefix))
                .label("Previous")
                .style(serenity::ButtonStyle::Secondary)
                .disabled(at == 0),
            serenity::CreateButton::new(format!("{}next", self.prefix))
                .label("Next")
                .style(serenity::ButtonStyle::Primary)
                .disabled(at + 1 >= pages),
        ])
    }

    /// The page a press leads to, staying within the answer.
    fn turn(&self, at: usize, pages: usize, custom_id: &str) -> usize {
        match custom_id.strip_prefix(&self.prefix) {
            Some("next") => (at + 1).min(pages.saturating_sub(1)),
            Some("prev") => at.saturating_sub(1),
            _ => at,
        }
    }
}

fn page_reply(page: &Page, buttons: Option<serenity::CreateActionRow>) -> CreateReply {
    let reply = CreateReply::default().embed(embed(page)).allowed_mentions(no_mentions());
    match buttons {
        Some(row) => reply.components(vec![row]),
        None => reply,
    }
}

/// A page as a serenity embed.
fn embed(page: &Page) -> serenity::CreateEmbed {
    let mut embed = serenity::CreateEmbed::new()
        .title(&page.title)
        .colour(serenity::Colour::new(0x2b_6c_b0))
        .fields(page.fields.iter().map(|f| (f.name.clone(), f.value.clone(), f.inline)));
    if !page.description.is_empty() {
        embed = embed.description(&page.description);
    }
    if let Some(url) = &page.url {
        embed = embed.url(url);
    }
    if let Some(name) = &page.image {
        embed = embed.attachment(name);
    }
    if !page.footer.is_empty() {
        embed = embed.footer(serenity::CreateEmbedFooter::new(&page.footer));
    }
    embed
}

/// No one is ever pinged: not @everyone, no role, no user, whatever the text says.
pub(crate) fn no_mentions() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buttons_turn_pages_within_the_answer() {
        let b = Buttons::new(42);
        assert_eq!(b.turn(0, 3, "factdesk:page:42:next"), 1);
        assert_eq!(b.turn(2, 3, "factdesk:page:42:next"), 2);
        assert_eq!(b.turn(0, 3, "factdesk:page:42:prev"), 0);
        assert_eq!(b.turn(1, 3, "factdesk:page:41:prev"), 1, "another answer's button does nothing here");
    }

    #[test]
    fn no_mentions_serialises_as_an_empty_parse_list() {
        let json = serde_json::to_value(no_mentions()).unwrap_or_default();
        assert_eq!(json["parse"], serde_json::json!([]));
    }
}
