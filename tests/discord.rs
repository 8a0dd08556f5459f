//! The Discord bot, driven end to end against a Discord stand-in on 127.0.0.1
//! (`tests/common/discord.rs`): registration, answers, autocomplete, paging, mentions,
//! hostile input, and the real binary starting and stopping.

mod common;

use std::io::Read;
use std::process::{Child, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::discord::{buttons, message_text, Interaction, StandIn, APPLICATION_ID, ASKER, SOMEONE_ELSE};
use common::{engine, Workspace};
use factdesk::config::Secret;
use factdesk::discord::{run_until, BotOptions, DiscordError};
use serde_json::{json, Value};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

const TOKEN: &str = "stand-in.TOKEN.a1b2c3d4e5f6-never-log-me";
/// The longest any single wait in these tests may take.
const WAIT: Duration = Duration::from_secs(10);
/// Discord's rule: the first response within 3 seconds.
const THREE_SECONDS: Duration = Duration::from_secs(3);

/// The bot, running in-process against a stand-in.
struct Bot {
    discord: StandIn,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<Result<(), DiscordError>>,
    _ws: Workspace,
}

impl Bot {
    async fn start(ws: Workspace, configure: impl FnOnce(&mut BotOptions)) -> Bot {
        let discord = StandIn::start(TOKEN).await;
        let engine = Arc::new(engine(&ws));
        let mut options = BotOptions {
            guild_id: 0,
            api_base: discord.api_base(),
            gateway_url: String::new(),
            page_timeout: Duration::from_secs(60),
            commands_per_minute: 0,
            defer_after: Duration::from_millis(1500),
        };
        configure(&mut options);
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            run_until(engine, options, &Secret::new(TOKEN), async {
                let _ = stopped.await;
            })
            .await
        });
        discord.wait_until_ready(WAIT).await;
        Bot { discord, stop: Some(stop), task, _ws: ws }
    }

    async fn with_shipped_articles() -> Bot {
        Bot::start(Workspace::with_shipped_articles(), |_| {}).await
    }

    /// Stops the bot and checks it stopped cleanly and the stand-in had nothing to complain of.
    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let result = tokio::time::timeout(WAIT, &mut self.task).await;
        assert!(matches!(result, Ok(Ok(Ok(())))), "the bot stops cleanly: {result:?}");
        assert_eq!(self.discord.problems(), Vec::<String>::new());
        self.discord.stop();
    }
}

fn text(value: &str) -> Value {
    json!(value)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_bot_registers_every_command_globally_with_its_options() {
    let bot = Bot::with_shipped_articles().await;
    let put = bot.discord.wait_until_ready(WAIT).await;
    assert_eq!(put.path, format!("/api/v10/applications/{APPLICATION_ID}/commands"));
    assert!(put.authorized, "registration carries the bot token");
    let commands = put.body.as_array().expect("a list of commands");
    let names: Vec<&str> = commands.iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(
        names,
        ["force", "search", "quote", "sources", "article", "national", "trend", "compare", "ask", "reindex", "help"]
    );
    let reindex = &commands[names.len() - 2];
    assert_eq!(reindex["default_member_permissions"], "8", "/reindex is shown to administrators only");
    assert_eq!(reindex["contexts"], json!([0]), "and only in servers");
    for c in commands {
        let description = c["description"].as_str().unwrap_or_default();
        assert!(!description.is_empty() && description.chars().count() <= 100, "{c}");
    }

    let force = &commands[0]["options"];
    let option = |i: usize| (force[i]["name"].as_str(), force[i]["type"].as_u64(), force[i]["required"].as_bool());
    assert_eq!(option(0), (Some("name"), Some(3), Some(true)));
    assert_eq!(force[0]["autocomplete"], json!(true), "force names autocomplete");
    assert_eq!(option(1), (Some("year"), Some(3), Some(false)));
    assert_eq!(option(2), (Some("measure"), Some(4), Some(false)));
    let measures: Vec<&str> =
        force[2]["choices"].as_array().into_iter().flatten().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(measures, ["online", "all", "other"]);

    assert_eq!(commands[1]["options"][0]["name"], "text");
    assert_eq!(commands[2]["options"][0]["name"], "who");
    assert_eq!(commands[2]["options"][0]["autocomplete"], json!(true), "speakers autocomplete");
    assert_eq!(commands[names.len() - 1]["options"].as_array().map_or(0, Vec::len), 0, "/help takes nothing");

    let asked_gateway = bot.discord.requests().iter().any(|r| r.path == "/api/v10/gateway/bot" && r.authorized);
    assert!(asked_gateway, "the gateway URL comes from GET /gateway/bot");
    let identify = bot.discord.gateway_frames().into_iter().find(|f| f["op"] == 2).expect("an IDENTIFY");
    assert_eq!(identify["d"]["intents"], json!(1), "only the GUILDS intent: no privileged ones");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_bot_registers_to_one_guild_and_uses_the_configured_gateway() {
    let bot = Bot::start(Workspace::with_shipped_articles(), |o| {
        o.guild_id = 4242;
        o.gateway_url = format!("{}/gateway", o.api_base.replace("http://", "ws://"));
    })
    .await;
    let put = bot.discord.wait_until_ready(WAIT).await;
    assert_eq!(put.path, format!("/api/v10/applications/{APPLICATION_ID}/guilds/4242/commands"));
    let asked_gateway = bot.discord.requests().iter().any(|r| r.path.ends_with("/gateway/bot"));
    assert!(!asked_gateway, "a configured gateway URL is used as it is");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_force_cleveland_is_answered_within_three_seconds_with_145_55_and_a_quote() {
    let bot = Bot::with_shipped_articles().await;
    let asked = bot.discord.slash("force", &[("name", text("Cleveland"))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    eprintln!("/force Cleveland: first response after {:?} (deferred: {})", answer.first_response, answer.deferred);
    assert!(answer.first_response < THREE_SECONDS, "answered after {:?}", answer.first_response);
    assert!(!answer.is_ephemeral(), "an answer is for everyone");
    let embeds = answer.message["embeds"].as_array().expect("embeds");
    assert_eq!(embeds.len(), 1);
    let embed = message_text(&json!({ "embeds": [embeds[0]] }));
    assert!(embed.contains("Cleveland Police"), "{embed}");
    assert!(embed.contains("**145**") && embed.contains("**55**"), "{embed}");
    assert!(embed.contains("Offences flagged online · 2016/17"), "{embed}");
    assert!(embed.contains("Quote: ") && embed.contains('“'), "a quote with its speaker: {embed}");
    assert!(embed.contains("Sharp rise in online sex crimes"), "the source article is named: {embed}");
    assert_eq!(answer.message["allowed_mentions"]["parse"], json!([]));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_slow_answers_are_deferred_then_followed_up() {
    let bot = Bot::start(Workspace::with_shipped_articles(), |o| o.defer_after = Duration::ZERO).await;
    let asked = bot.discord.slash("force", &[("name", text("Cleveland")), ("year", text("2016/17"))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    eprintln!("deferred /force: deferral after {:?}", answer.first_response);
    assert!(answer.deferred, "the first response is a deferral");
    assert!(answer.first_response < THREE_SECONDS, "deferred after {:?}", answer.first_response);
    assert!(answer.text().contains("**145**"), "the follow-up holds the answer: {}", answer.text());

    // A deferred question that turns out unanswerable: the public "thinking…" goes, the
    // notice comes privately.
    let asked = bot.discord.slash("force", &[("name", text("Atlantis"))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    assert!(answer.deferred && answer.is_ephemeral(), "{:?}", answer.message);
    let deleted =
        bot.discord.requests_about(&asked).iter().any(|r| r.method == "DELETE" && r.path.ends_with("/@original"));
    assert!(deleted, "the deferred response is removed: {:#?}", bot.discord.requests_about(&asked));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_autocomplete_offers_forces_and_speakers_as_they_are_typed() {
    let bot = Bot::with_shipped_articles().await;
    let typed = bot.discord.autocomplete("force", "name", "clev");
    let response = bot.discord.first_response(&typed, WAIT).await.expect("autocomplete answered");
    assert_eq!(response.body["type"], 8, "an autocomplete result");
    let choices = response.body["data"]["choices"].as_array().cloned().unwrap_or_default();
    assert!(choices.len() <= 25);
    assert_eq!(choices.first().and_then(|c| c["name"].as_str()), Some("Cleveland Police"), "{choices:?}");

    let typed = bot.discord.autocomplete("quote", "who", "wan");
    let response = bot.discord.first_response(&typed, WAIT).await.expect("autocomplete answered");
    let names: Vec<String> = response.body["data"]["choices"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str().map(str::to_string))
        .collect();
    assert!(names.iter().any(|n| n == "Peter Wanless"), "{names:?}");

    let typed = bot.discord.autocomplete("force", "name", &"\u{0}🚓".repeat(5000));
    let response = bot.discord.first_response(&typed, WAIT).await.expect("hostile autocomplete answered");
    assert_eq!(response.body["type"], 8);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_next_turns_to_page_two_for_the_asker_only_and_the_buttons_expire() {
    let bot = Bot::start(Workspace::with_shipped_articles(), |o| o.page_timeout = Duration::from_secs(3)).await;
    let asked = bot.discord.slash("force", &[("name", text("Cleveland"))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    let footer = answer.message["embeds"][0]["footer"]["text"].as_str().unwrap_or_default().to_string();
    assert!(footer.starts_with("Page 1/"), "a long answer is paged: {footer}");
    let ids = buttons(&answer.message);
    assert_eq!(ids.len(), 2, "Previous and Next: {ids:?}");
    assert!(ids[0].1, "Previous is disabled on page 1");
    assert!(!ids[1].1, "Next works on page 1");
    let next = ids[1].0.clone();

    // Someone else presses Next: refused, privately, and the page does not turn.
    let pressed = bot.discord.press(&asked, &next, SOMEONE_ELSE);
    let refusal = bot.discord.first_response(&pressed, WAIT).await.expect("the press is answered");
    assert_eq!(refusal.body["type"], 4, "a message, not an update");
    assert_eq!(refusal.body["data"]["flags"], 64, "only the presser sees it");
    assert!(message_text(&refusal.body["data"]).contains("Only the person who asked"));

    // The asker presses Next: the message turns to page 2.
    let pressed = bot.discord.press(&asked, &next, ASKER);
    let update = bot.discord.first_response(&pressed, WAIT).await.expect("the press is answered");
    assert_eq!(update.body["type"], 7, "the message is updated in place");
    let footer = update.body["data"]["embeds"][0]["footer"]["text"].as_str().unwrap_or_default();
    assert!(footer.starts_with("Page 2/"), "{footer}");
    assert!(!buttons(&update.body["data"])[0].1, "Previous works on page 2");
    assert_eq!(update.body["data"]["allowed_mentions"]["parse"], json!([]));

    // After the timeout the buttons are taken away.
    let original = format!("/webhooks/{APPLICATION_ID}/{}/messages/@original", asked.token);
    let edit = bot
        .discord
        .wait_for(WAIT, |r| r.method == "PATCH" && r.path.ends_with(&original))
        .await
        .expect("the buttons are removed when they expire");
    assert_eq!(edit.body["components"], json!([]));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_text_saying_at_everyone_goes_out_with_no_mentions_allowed() {
    let ws = Workspace::with_shipped_articles();
    ws.write(
        "articles/everyone.txt",
        "Police in Cleveland warn about a hoax\n\n\
         A message telling @everyone and @here to share indecent images is a hoax, <@&123> said.\n\n\
         \"Do not forward it to @everyone you know,\" said Jane Doe, a spokesperson for Cleveland Police.\n",
    );
    let bot = Bot::start(ws, |_| {}).await;
    let asked = bot.discord.slash("search", &[("text", text("hoax"))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    assert!(answer.text().contains("@everyone"), "the article's words are shown as written: {}", answer.text());
    assert_eq!(answer.message["allowed_mentions"], json!({ "parse": [], "users": [], "roles": [] }));

    for question in [("quote", "who", "Jane Doe"), ("force", "name", "@everyone")] {
        let asked = bot.discord.slash(question.0, &[(question.1, text(question.2))], ASKER);
        let answer = bot.discord.answer(&asked, WAIT).await;
        assert_eq!(answer.message["allowed_mentions"]["parse"], json!([]), "{question:?}: {:?}", answer.message);
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_unknown_forces_and_hostile_input_get_polite_private_replies_and_the_bot_carries_on() {
    let bot = Bot::with_shipped_articles().await;
    let hostile: Vec<(&str, Vec<(&str, Value)>)> = vec![
        ("force", vec![("name", text("Atlantis"))]),
        ("force", vec![("name", text(&"x".repeat(10_000)))]),
        ("force", vec![("name", text("\u{0}\u{7}\u{1b}\u{8}\r\n"))]),
        ("force", vec![("name", text("name:x AND (title:\"y\" OR -z)^2 ~ *"))]),
        ("force", vec![("name", text("🚓🚨💥"))]),
        ("force", vec![("name", text("Cleveland")), ("year", text("not a year"))]),
        // What Discord itself would never send: an unknown choice, a missing required option.
        ("force", vec![("name", text("Cleveland")), ("measure", json!(99))]),
        ("force", vec![]),
        ("search", vec![("text", text("zzqx AND ( title:\""))]),
        ("search", vec![("text", text(&"y".repeat(10_000)))]),
        ("quote", vec![("who", text("\u{0}\u{0}"))]),
    ];
    for (command, options) in &hostile {
        let asked: Interaction = bot.discord.slash(command, options, ASKER);
        let answer = bot.discord.answer(&asked, WAIT).await;
        let shown: String = format!("{options:?}").chars().take(60).collect();
        assert!(answer.is_ephemeral(), "/{command} {shown} is answered privately: {:?}", answer.message);
        let reply = answer.text();
        assert!(!reply.is_empty() && reply.chars().count() <= 2000, "/{command} {shown}: {reply}");
        assert!(!reply.contains("rror"), "/{command} {shown} is polite: {reply}");
        assert_eq!(answer.message["allowed_mentions"]["parse"], json!([]));
    }

    let asked = bot.discord.slash("force", &[("name", text("Cleveland"))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    assert!(!answer.is_ephemeral() && answer.text().contains("**145**"), "the bot still answers normally");
    bot.stop().await;
}

/// The real binary, serving against the stand-in, with its stderr captured.
struct Served {
    child: Child,
    stderr: std::thread::JoinHandle<String>,
}

fn serve(ws: &Workspace, discord: &StandIn, token: Option<&str>) -> Served {
    serve_at(ws, &discord.api_base(), token)
}

/// `factdesk serve` talking to the Discord API at `api_base`.
fn serve_at(ws: &Workspace, api_base: &str, token: Option<&str>) -> Served {
    let mut command = ws.process();
    command
        .env("FACTDESK__DISCORD__API_BASE", api_base)
        .args(["serve", "-vv"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(token) = token {
        command.env("DISCORD_TOKEN", token);
    }
    let mut child = command.spawn().expect("factdesk starts");
    let mut pipe = child.stderr.take().expect("stderr is piped");
    let stderr = std::thread::spawn(move || {
        let mut out = String::new();
        let _ = pipe.read_to_string(&mut out);
        out
    });
    Served { child, stderr }
}

impl Served {
    /// Waits for the process to end, up to `limit`; kills it if it does not.
    async fn wait(mut self, limit: Duration) -> (Option<std::process::ExitStatus>, String) {
        let deadline = Instant::now() + limit;
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) if Instant::now() < deadline => tokio::time::sleep(Duration::from_millis(5)).await,
                _ => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    break None;
                }
            }
        };
        (status, self.stderr.join().unwrap_or_default())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_serve_stops_within_a_second_of_sigint_and_never_logs_the_token() {
    let ws = Workspace::with_shipped_articles();
    let discord = StandIn::start(TOKEN).await;
    let served = serve(&ws, &discord, Some(TOKEN));
    discord.wait_until_ready(Duration::from_secs(30)).await;
    let asked = discord.slash("force", &[("name", text("Cleveland"))], ASKER);
    let answer = discord.answer(&asked, WAIT).await;
    assert!(answer.text().contains("**145**"));

    let signalled = Instant::now();
    let killed =
        std::process::Command::new("kill").args(["-INT", &served.child.id().to_string()]).status().expect("kill runs");
    assert!(killed.success());
    let (status, stderr) = served.wait(Duration::from_secs(5)).await;
    let took = signalled.elapsed();
    eprintln!("factdesk serve stopped {took:?} after SIGINT; {} lines of -vv log", stderr.lines().count());
    assert!(status.is_some_and(|s| s.success()), "a clean exit: {status:?}\n{stderr}");
    assert!(took < Duration::from_secs(1), "stopped after {took:?}");
    assert!(stderr.lines().count() > 10, "-vv logs something:\n{stderr}");
    assert!(stderr.contains("closing the connection to Discord"), "{stderr}");
    let leaks: Vec<&str> = stderr.lines().filter(|l| l.contains(TOKEN) || l.contains("a1b2c3d4e5f6")).collect();
    assert!(leaks.is_empty(), "the token is logged: {leaks:#?}");
    let closed = discord.gateway_frames().len();
    assert!(closed > 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_serve_answers_from_an_article_added_to_the_data_folder_while_it_runs() {
    let ws = Workspace::with_shipped_articles();
    let discord = StandIn::start(TOKEN).await;
    let served = serve(&ws, &discord, Some(TOKEN));
    discord.wait_until_ready(Duration::from_secs(30)).await;
    let asked = discord.slash("force", &[("name", text("Kent"))], ASKER);
    assert!(!discord.answer(&asked, WAIT).await.text().contains("4,242"));

    ws.write("kent.txt", "Kent Police recorded 4242 online child sex offences in 2019/20.");
    let added = Instant::now();
    let mut seen = String::new();
    // Once a second, well inside the configured 20 commands a minute.
    while added.elapsed() < Duration::from_secs(15) && !seen.contains("**4,242**") {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let asked = discord.slash("force", &[("name", text("Kent"))], ASKER);
        seen = discord.answer(&asked, WAIT).await.text();
    }
    let took = added.elapsed();
    let _ = std::process::Command::new("kill").args(["-TERM", &served.child.id().to_string()]).status();
    let (_, stderr) = served.wait(Duration::from_secs(5)).await;
    eprintln!("the added article was answered {took:?} after it was written");
    assert!(seen.contains("**4,242**"), "the new figure is answered: {seen}\n{stderr}");
    assert!(stderr.contains("index refreshed"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_serve_stopped_while_still_connecting_exits_cleanly_and_at_once() {
    let ws = Workspace::with_shipped_articles();
    // An API that takes the connection and never answers: the bot waits on its token check.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a loopback port");
    let api_base = format!("http://{}", silent.local_addr().expect("its address"));
    let served = serve_at(&ws, &api_base, Some(TOKEN));
    let accepted = tokio::time::timeout(Duration::from_secs(30), silent.accept()).await;
    let _held = accepted.expect("the bot connects within 30 s").expect("a connection");
    let signalled = Instant::now();
    let killed = std::process::Command::new("kill").args(["-TERM", &served.child.id().to_string()]).status();
    assert!(killed.is_ok_and(|s| s.success()));
    let (status, stderr) = served.wait(Duration::from_secs(10)).await;
    let took = signalled.elapsed();
    assert!(status.is_some_and(|s| s.success()), "a clean exit, not death by the signal: {status:?}\n{stderr}");
    assert!(took < Duration::from_secs(1), "stopped after {took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_serve_stops_within_a_second_of_sigterm() {
    let ws = Workspace::with_shipped_articles();
    let discord = StandIn::start(TOKEN).await;
    let served = serve(&ws, &discord, Some(TOKEN));
    discord.wait_until_ready(Duration::from_secs(30)).await;
    let signalled = Instant::now();
    let killed = std::process::Command::new("kill").args(["-TERM", &served.child.id().to_string()]).status();
    assert!(killed.is_ok_and(|s| s.success()));
    let (status, stderr) = served.wait(Duration::from_secs(5)).await;
    let took = signalled.elapsed();
    eprintln!("factdesk serve stopped {took:?} after SIGTERM");
    assert!(status.is_some_and(|s| s.success()), "a clean exit: {status:?}\n{stderr}");
    assert!(took < Duration::from_secs(1), "stopped after {took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_serve_with_a_rejected_or_missing_token_says_so_in_one_line() {
    let ws = Workspace::with_shipped_articles();
    let discord = StandIn::start(TOKEN).await;
    let wrong = "wrong.token.zz9-plural-z-alpha";
    let (status, stderr) = serve(&ws, &discord, Some(wrong)).wait(Duration::from_secs(30)).await;
    assert_eq!(status.and_then(|s| s.code()), Some(1), "{stderr}");
    let last = stderr.lines().last().unwrap_or_default();
    assert!(last.starts_with("factdesk: ") && last.contains("rejected the bot token"), "{stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("stack backtrace"), "{stderr}");
    assert!(!stderr.contains(wrong), "the token is not repeated: {stderr}");

    let (status, stderr) = serve(&ws, &discord, None).wait(Duration::from_secs(30)).await;
    assert_eq!(status.and_then(|s| s.code()), Some(1), "{stderr}");
    assert!(stderr.trim().starts_with("factdesk: no Discord token"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_a_user_asking_too_fast_is_asked_to_slow_down_while_others_are_answered() {
    let bot = Bot::start(Workspace::with_shipped_articles(), |o| o.commands_per_minute = 2).await;
    for _ in 0..3 {
        let typed = bot.discord.autocomplete("force", "name", "kent");
        bot.discord.first_response(&typed, WAIT).await.expect("autocomplete is not rate limited");
    }
    for _ in 0..2 {
        let asked = bot.discord.slash("help", &[], ASKER);
        assert!(!bot.discord.answer(&asked, WAIT).await.is_ephemeral());
    }
    let asked = bot.discord.slash("help", &[], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    assert!(answer.is_ephemeral() && answer.text().contains("wait a minute"), "{:?}", answer.message);
    let asked = bot.discord.slash("help", &[], SOMEONE_ELSE);
    assert!(!bot.discord.answer(&asked, WAIT).await.is_ephemeral(), "another user is still answered");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_sources_article_and_national_answer_with_embeds_and_no_mentions() {
    let bot = Bot::with_shipped_articles().await;
    let asked = bot.discord.slash("sources", &[], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    assert!(!answer.is_ephemeral());
    assert!(answer.text().contains("5 articles") && answer.text().contains("6 figures, 3 quotes"), "{}", answer.text());

    let typed = bot.discord.autocomplete("article", "id", "002");
    let response = bot.discord.first_response(&typed, WAIT).await.expect("autocomplete answered");
    let first = response.body["data"]["choices"][0]["name"].as_str().unwrap_or_default();
    assert!(first.ends_with("002_9c503e2b58aca6c8.txt"), "{}", response.body);

    let asked = bot.discord.slash("article", &[("id", text("002"))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    assert!(answer.text().contains("Sharp rise") && answer.text().contains("**145**"), "{}", answer.text());

    let asked = bot.discord.slash("article", &[("id", text("0"))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    assert!(answer.is_ephemeral() && answer.text().contains("No single article"), "{}", answer.text());

    let asked = bot.discord.slash("national", &[("year", text("2016/17")), ("measure", json!(0))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    assert!(
        answer.text().contains("Forces ranked") && answer.text().contains("1. **Northumbria Police** 323"),
        "{}",
        answer.text()
    );
    assert_eq!(answer.message["allowed_mentions"]["parse"], json!([]));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_force_flags_articles_that_disagree() {
    let ws = Workspace::empty();
    ws.write("a.txt", "Kent rise\n\nKent Police recorded 321 online child sex offences in 2019/20.\n");
    ws.write("b.txt", "Kent doubt\n\nKent Police recorded 340 online child sex offences in 2019/20.\n");
    let bot = Bot::start(ws, |_| {}).await;
    let asked = bot.discord.slash("force", &[("name", text("Kent"))], ASKER);
    let text = bot.discord.answer(&asked, WAIT).await.text();
    assert!(text.contains("figures disagree") && text.contains("**Conflict:**"), "{text}");
    assert!(text.contains("**321** in Kent rise") && text.contains("**340** in Kent doubt"), "{text}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_trend_attaches_the_chart_png_to_the_reply() {
    let bot = Bot::with_shipped_articles().await;
    let asked = bot.discord.slash("trend", &[("name", text("Durham"))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    eprintln!("/trend Durham: first response after {:?}", answer.first_response);
    assert!(answer.first_response < THREE_SECONDS, "answered after {:?}", answer.first_response);
    assert!(answer.text().contains("**2018/19**: 509"), "{}", answer.text());
    assert_eq!(answer.message["embeds"][0]["image"]["url"], "attachment://trend.png");
    assert_eq!(answer.message["allowed_mentions"]["parse"], json!([]));
    let files: Vec<(String, Vec<u8>)> = bot.discord.requests_about(&asked).into_iter().flat_map(|r| r.files).collect();
    assert_eq!(files.len(), 1, "one file attached");
    assert_eq!(files[0].0, "trend.png");
    assert!(files[0].1.starts_with(b"\x89PNG") && files[0].1.len() > 10_000, "{} bytes", files[0].1.len());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_compare_puts_forces_side_by_side() {
    let bot = Bot::with_shipped_articles().await;
    let options = [("first", text("Durham")), ("second", text("Cleveland")), ("year", text("2016/17"))];
    let asked = bot.discord.slash("compare", &options, ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    let shown = answer.text();
    assert!(!answer.is_ephemeral(), "{shown}");
    assert!(shown.contains("Durham Constabulary vs Cleveland Police"), "{shown}");
    assert!(shown.contains("**Durham Constabulary**: 190") && shown.contains("**Cleveland Police**: 145"), "{shown}");
    assert!(shown.contains("Counts only"), "{shown}");
    assert_eq!(answer.message["allowed_mentions"]["parse"], json!([]));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_ask_routes_a_plain_question() {
    let bot = Bot::with_shipped_articles().await;
    let asked = bot.discord.slash("ask", &[("question", text("what did the NSPCC say about Lancashire?"))], ASKER);
    let answer = bot.discord.answer(&asked, WAIT).await;
    let shown = answer.text();
    assert!(!answer.is_ephemeral(), "{shown}");
    assert!(shown.contains("NSPCC about Lancashire Constabulary") && shown.contains("Quote: "), "{shown}");
    assert_eq!(answer.message["allowed_mentions"]["parse"], json!([]));
    let asked = bot.discord.slash("ask", &[("question", text("\u{0}  "))], ASKER);
    assert!(bot.discord.answer(&asked, WAIT).await.is_ephemeral(), "an empty question is explained privately");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_reindex_is_refused_to_members_who_are_not_administrators() {
    let bot = Bot::with_shipped_articles().await;
    let asked = bot.discord.slash_in_guild("reindex", SOMEONE_ELSE, "0");
    let answer = bot.discord.answer(&asked, WAIT).await;
    assert!(answer.is_ephemeral() && answer.text().contains("Only server administrators"), "{}", answer.text());

    let asked = bot.discord.slash_in_guild("reindex", ASKER, "8");
    let answer = bot.discord.answer(&asked, WAIT).await;
    assert!(answer.is_ephemeral() && answer.text().contains("up to date"), "{}", answer.text());

    let asked = bot.discord.slash("force", &[("name", text("Cleveland"))], ASKER);
    assert!(bot.discord.answer(&asked, WAIT).await.text().contains("145"), "the bot answers on");
    bot.stop().await;
}
