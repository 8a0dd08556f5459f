//! The Discord adapter: a bot on serenity, with poise for slash commands.
//!
//! Every engine command is a slash command (`/force`, `/search`, `/quote`, `/help`). Commands
//! are thin ([`commands`]): read the options ([`input`]), ask the engine off the async threads,
//! render the answer ([`crate::render::discord`]) and send it, paged with buttons when long
//! ([`paging`]). Every failure goes through one handler ([`errors`]): the user gets a short
//! message only they can see, the log gets the detail.

mod autocomplete;
mod commands;
mod errors;
pub mod input;
mod paging;

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;
use tracing::{error, info, warn};

use crate::config::{DiscordSettings, Secret};
use crate::engine::AnswerEngine;

/// Discord's own API, which needs no proxy setting.
const DISCORD_API: &str = "https://discord.com";
/// How long the shards get to close their connections after a signal.
const SHUTDOWN_GRACE: Duration = Duration::from_millis(700);

/// What a command can fail with; the user sees a polite message, the log sees this.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the engine failed: {0}")]
    Engine(#[from] crate::Error),
    #[error("the engine task stopped: {0}")]
    EngineTask(#[from] tokio::task::JoinError),
    #[error("Discord refused a request: {0}")]
    Discord(#[from] serenity::Error),
}

/// Why the bot could not start or run.
#[derive(Debug, thiserror::Error)]
pub enum DiscordError {
    #[error("Discord rejected the bot token; check DISCORD_TOKEN (or token in config/local.toml)")]
    TokenRejected,
    #[error("the bot token cannot be used: {0}")]
    TokenUnusable(String),
    #[error("cannot reach Discord at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("Discord answered {what} unexpectedly: {reason}")]
    Api { what: &'static str, reason: String },
    #[error("the connection to Discord failed: {0}")]
    Gateway(String),
}

pub type Context<'a> = poise::Context<'a, Data, Error>;

/// What every command shares: the engine (opened once) and the bot's settings.
pub struct Data {
    engine: Arc<AnswerEngine>,
    page_timeout: Duration,
    defer_after: Duration,
    limiter: RateLimiter,
}

/// How the bot runs; [`BotOptions::from_settings`] reads them from configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BotOptions {
    /// Register the commands to this one server; 0 registers them globally.
    pub guild_id: u64,
    /// Base URL of the REST API (Discord's, or a stand-in's).
    pub api_base: String,
    /// Gateway URL; empty asks the REST API (GET /gateway/bot).
    pub gateway_url: String,
    /// How long the Previous/Next buttons of a paged answer work.
    pub page_timeout: Duration,
    /// Commands one user may run per minute; 0 for no limit.
    pub commands_per_minute: u32,
    /// Answers not ready after this long are deferred (Discord allows 3 s for the first reply);
    /// zero defers every question.
    pub defer_after: Duration,
}

impl BotOptions {
    pub fn from_settings(settings: &DiscordSettings) -> Self {
        BotOptions {
            guild_id: settings.guild_id,
            api_base: settings.api_base.clone(),
            gateway_url: settings.gateway_url.clone(),
            page_timeout: Duration::from_secs(settings.page_timeout_secs),
            commands_per_minute: settings.commands_per_minute,
            defer_after: Duration::from_millis(1500),
        }
    }
}

/// Runs the bot until SIGINT or SIGTERM, then closes the connection to Discord.
pub async fn run(engine: Arc<AnswerEngine>, settings: &DiscordSettings, token: &Secret) -> Result<(), DiscordError> {
    run_until(engine, BotOptions::from_settings(settings), token, shutdown_signal()).await
}

/// Runs the bot until `shutdown` completes (or the connection fails for good). A shutdown
/// while it is still connecting (a slow or silent API) stops it there.
pub async fn run_until(
    engine: Arc<AnswerEngine>,
    options: BotOptions,
    token: &Secret,
    shutdown: impl Future<Output = ()>,
) -> Result<(), DiscordError> {
    tokio::pin!(shutdown);
    let mut client = tokio::select! {
        client = connect(engine, options, token) => client?,
        () = &mut shutdown => {
            info!("stopped before the connection to Discord was made");
            return Ok(());
        }
    };
    let shard_manager = client.shard_manager.clone();
    tokio::select! {
        result = client.start() => result.map_err(|e| DiscordError::Gateway(e.to_string())),
        () = &mut shutdown => {
            info!("closing the connection to Discord");
            if tokio::time::timeout(SHUTDOWN_GRACE, shard_manager.shutdown_all()).await.is_err() {
                warn!("the gateway did not close in time; leaving anyway");
            }
            Ok(())
        }
    }
}

/// Checks the token, finds the gateway and builds the client with its commands, ready to
/// start.
async fn connect(
    engine: Arc<AnswerEngine>,
    options: BotOptions,
    token: &Secret,
) -> Result<serenity::Client, DiscordError> {
    let api_base = options.api_base.trim_end_matches('/').to_string();
    let mut http = serenity::HttpBuilder::new(token.expose());
    if api_base != DISCORD_API {
        // Serenity only sends requests to a proxy when its rate limiter is off.
        http = http.proxy(api_base.clone()).ratelimiter_disabled(true);
    }
    let http = http.build();

    // Checking the token first makes a missing or rejected one a single clear line.
    let app = http.get_current_application_info().await.map_err(|e| startup_error(e, &api_base, "the token check"))?;
    http.set_application_id(app.id);
    let gateway_url = if options.gateway_url.trim().is_empty() {
        http.get_bot_gateway().await.map_err(|e| startup_error(e, &api_base, "GET /gateway/bot"))?.url
    } else {
        options.gateway_url.trim().to_string()
    };
    info!(application = %app.id, gateway = %gateway_url, "connecting to Discord");

    let data = Data {
        engine,
        page_timeout: options.page_timeout,
        defer_after: options.defer_after,
        limiter: RateLimiter::new(options.commands_per_minute),
    };
    let guild_id = options.guild_id;
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: commands::all(),
            on_error: |error| Box::pin(errors::on_error(error)),
            command_check: Some(|ctx| Box::pin(commands::within_rate(ctx))),
            allowed_mentions: Some(serenity::CreateAllowedMentions::new()),
            ..Default::default()
        })
        .initialize_owners(false)
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                let commands = &framework.options().commands;
                let registered = if guild_id == 0 {
                    poise::builtins::register_globally(ctx, commands).await
                } else {
                    poise::builtins::register_in_guild(ctx, commands, serenity::GuildId::new(guild_id)).await
                };
                match registered {
                    Ok(()) => info!(user = %ready.user.name, commands = commands.len(), guild = guild_id, "ready; commands registered"),
                    // The bot still serves the commands registered before.
                    Err(e) => error!(error = %e, guild = guild_id, "could not register the slash commands"),
                }
                Ok::<_, Error>(data)
            })
        })
        .build();

    // Interactions arrive whatever the intents; GUILDS alone keeps the gateway quiet.
    let client = serenity::ClientBuilder::new_with_http(http, serenity::GatewayIntents::GUILDS)
        .framework(framework)
        .await
        .map_err(|e| DiscordError::Gateway(e.to_string()))?;
    *client.ws_url.lock().await = gateway_url;
    Ok(client)
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM. The handlers are installed when this is called,
/// not when the future is first polled: the bot connects on other threads while the future
/// waits to be polled, and on a busy machine a signal sent as soon as it is ready could
/// otherwise find no handler and kill the process outright. Call it inside the runtime.
pub fn shutdown_signal() -> impl Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, Signal, SignalKind};
        async fn received(signal: std::io::Result<Signal>) {
            match signal {
                Ok(mut signal) => {
                    signal.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        }
        let (interrupt, terminate) = (signal(SignalKind::interrupt()), signal(SignalKind::terminate()));
        async move {
            tokio::select! {
                () = received(interrupt) => {},
                () = received(terminate) => {},
            }
        }
    }
    #[cfg(not(unix))]
    async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// A start-up failure as one line that never holds the token.
fn startup_error(error: serenity::Error, api_base: &str, what: &'static str) -> DiscordError {
    use serenity::{Error as E, HttpError};
    match error {
        E::Http(HttpError::UnsuccessfulRequest(r)) if r.status_code.as_u16() == 401 => DiscordError::TokenRejected,
        E::Http(HttpError::UnsuccessfulRequest(r)) => {
            DiscordError::Api { what, reason: format!("{} {}", r.status_code, r.error.message) }
        }
        E::Http(HttpError::InvalidHeader(_)) => {
            DiscordError::TokenUnusable("it holds characters a token never has".to_string())
        }
        E::Http(HttpError::Request(e)) => {
            DiscordError::Unreachable { url: api_base.to_string(), reason: root_cause(&e) }
        }
        other => DiscordError::Api { what, reason: other.to_string() },
    }
}

/// The innermost reason of an error ("Connection refused"), not its wrappers.
fn root_cause(error: &dyn std::error::Error) -> String {
    let mut cause = error;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    cause.to_string()
}

/// At most `per_minute` commands per user in any minute.
struct RateLimiter {
    per_minute: u32,
    seen: Mutex<HashMap<u64, VecDeque<Instant>>>,
}

impl RateLimiter {
    fn new(per_minute: u32) -> Self {
        RateLimiter { per_minute, seen: Mutex::new(HashMap::new()) }
    }

    /// Records a command by `user` and says whether it is within the limit.
    fn allow(&self, user: u64, now: Instant) -> bool {
        if self.per_minute == 0 {
            return true;
        }
        let mut seen = self.seen.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let window = Duration::from_secs(60);
        seen.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < window));
        let times = seen.entry(user).or_default();
        while times.front().is_some_and(|t| now.duration_since(*t) >= window) {
            times.pop_front();
        }
        if times.len() >= self.per_minute as usize {
            return false;
        }
        times.push_back(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rate_limit_lets_a_user_ask_again_after_a_minute() {
        let limiter = RateLimiter::new(2);
        let start = Instant::now();
        assert!(limiter.allow(1, start));
        assert!(limiter.allow(1, start));
        assert!(!limiter.allow(1, start + Duration::from_secs(1)));
        assert!(limiter.allow(2, start + Duration::from_secs(1)), "another user is not held back");
        assert!(limiter.allow(1, start + Duration::from_secs(61)));
    }

    #[test]
    fn no_rate_limit_when_set_to_zero() {
        let limiter = RateLimiter::new(0);
        assert!((0..1000).all(|_| limiter.allow(1, Instant::now())));
    }

    #[test]
    fn options_come_from_the_settings() {
        let settings = DiscordSettings {
            token: None,
            guild_id: 7,
            api_base: "http://127.0.0.1:9".into(),
            gateway_url: String::new(),
            page_timeout_secs: 30,
            commands_per_minute: 5,
        };
        let options = BotOptions::from_settings(&settings);
        assert_eq!(options.guild_id, 7);
        assert_eq!(options.page_timeout, Duration::from_secs(30));
        assert!(options.defer_after < Duration::from_secs(3));
    }
}
