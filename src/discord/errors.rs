//! The one error path: the user gets a short message only they can see, the log gets the detail.

use poise::FrameworkError;
use tracing::{error, warn};

use crate::discord::{paging, Context, Data, Error};

const SORRY: &str = "Sorry, something went wrong answering that. It has been logged; please try again.";
const BAD_OPTION: &str = "I could not read one of the options. Please pick it from the list, or try /help.";
const SLOW_DOWN: &str = "You are asking faster than I can answer; please wait a minute and try again.";

/// poise's `on_error`: every failure of a command, a check, an option or the setup lands here.
pub(crate) async fn on_error(failure: FrameworkError<'_, Data, Error>) {
    match failure {
        FrameworkError::Setup { error, .. } => {
            error!(error = %error, "could not register the slash commands");
        }
        FrameworkError::Command { error, ctx, .. } => {
            error!(command = %ctx.command().name, error = %error, "command failed");
            tell(ctx, SORRY).await;
        }
        FrameworkError::CommandPanic { payload, ctx, .. } => {
            error!(command = %ctx.command().name, panic = payload.as_deref().unwrap_or("(no message)"), "command panicked");
            tell(ctx, SORRY).await;
        }
        FrameworkError::ArgumentParse { error, input, ctx, .. } => {
            let input: Option<String> = input.map(|i| i.chars().take(100).collect());
            warn!(command = %ctx.command().name, error = %error, input = ?input, "could not read an option");
            tell(ctx, BAD_OPTION).await;
        }
        FrameworkError::CommandCheckFailed { error: None, ctx, .. } => tell(ctx, SLOW_DOWN).await,
        FrameworkError::CommandCheckFailed { error: Some(error), ctx, .. } => {
            error!(command = %ctx.command().name, error = %error, "command check failed");
            tell(ctx, SORRY).await;
        }
        FrameworkError::CommandStructureMismatch { description, ctx, .. } => {
            warn!(command = %ctx.command().name, problem = description, "the registered command differs from this build's");
            tell(poise::Context::Application(ctx), BAD_OPTION).await;
        }
        other => {
            let ctx = other.ctx();
            warn!(problem = %other, "Discord event not handled");
            if let Some(ctx) = ctx {
                tell(ctx, SORRY).await;
            }
        }
    }
}

/// Sends a notice; if even that fails, the log says so and nothing else happens.
async fn tell(ctx: Context<'_>, text: &str) {
    if let Err(e) = paging::notice(ctx, text).await {
        warn!(error = %e, "could not tell the user about an error");
    }
}
