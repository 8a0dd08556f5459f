//! A stand-in for Discord on 127.0.0.1, for driving the unmodified bot end to end.
//!
//! It speaks enough of the gateway (HELLO, IDENTIFY, READY, heartbeat and ACK, RESUME refused,
//! INTERACTION_CREATE dispatch) and of the REST API (gateway URL, application info, command
//! registration, interaction callbacks, webhook follow-ups, reads, edits and deletes of
//! messages) for serenity and poise to run against it, and records every request.
//!
//! Serenity turns a payload it cannot parse into an "unknown event" without a word, so every
//! payload the stand-in sends is first parsed with serenity's own model types; a payload that
//! does not parse fails the test at once instead of making the bot silently deaf.

#![allow(dead_code)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use poise::serenity_prelude as serenity;
use serde_json::{json, Value};
use tokio::sync::{mpsc, oneshot, Notify};

pub const APPLICATION_ID: u64 = 710_000_000_000_000_001;
pub const BOT_USER_ID: u64 = 710_000_000_000_000_002;
pub const CHANNEL_ID: u64 = 710_000_000_000_000_003;
/// The server that guild interactions come from.
pub const GUILD_ID: u64 = 710_000_000_000_000_004;
/// The user who asks, and another who did not.
pub const ASKER: u64 = 720_000_000_000_000_001;
pub const SOMEONE_ELSE: u64 = 720_000_000_000_000_002;

/// Message flag: only the asker sees it.
pub const EPHEMERAL: u64 = 64;

/// One request the bot made, as received.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub query: Option<String>,
    /// Whether it carried `Authorization: Bot <the right token>`.
    pub authorized: bool,
    pub body: Value,
    /// Files sent with a multipart request.
    pub files: Vec<File>,
    pub at: Instant,
}

/// A file sent with a message: its name and bytes.
pub type File = (String, Vec<u8>);

/// An interaction sent to the bot, to find what it answered.
#[derive(Debug, Clone)]
pub struct Interaction {
    pub id: u64,
    pub token: String,
    pub sent_at: Instant,
}

/// What the bot answered to an interaction.
#[derive(Debug, Clone)]
pub struct Answer {
    /// Whether the first response was a deferral ("thinking…") followed up later.
    pub deferred: bool,
    /// From sending the interaction to the bot's first response (answer or deferral).
    pub first_response: Duration,
    /// The message sent: `content`, `embeds`, `components`, `flags`, `allowed_mentions`.
    pub message: Value,
}

impl Answer {
    pub fn is_ephemeral(&self) -> bool {
        self.message["flags"].as_u64().is_some_and(|f| f & EPHEMERAL != 0)
    }

    /// All the text of the message: content, and every embed's title, description, fields, footer.
    pub fn text(&self) -> String {
        message_text(&self.message)
    }
}

/// Every visible character of a message body, joined by newlines.
pub fn message_text(message: &Value) -> String {
    let mut out = vec![message["content"].as_str().unwrap_or_default().to_string()];
    for embed in message["embeds"].as_array().into_iter().flatten() {
        for key in ["title", "description"] {
            out.push(embed[key].as_str().unwrap_or_default().to_string());
        }
        for field in embed["fields"].as_array().into_iter().flatten() {
            out.push(field["name"].as_str().unwrap_or_default().to_string());
            out.push(field["value"].as_str().unwrap_or_default().to_string());
        }
        out.push(embed["footer"]["text"].as_str().unwrap_or_default().to_string());
    }
    out.join("\n")
}

/// The custom ids of a message's buttons, with whether each is disabled.
pub fn buttons(message: &Value) -> Vec<(String, bool)> {
    message["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .map(|b| (b["custom_id"].as_str().unwrap_or_default().to_string(), b["disabled"].as_bool().unwrap_or(false)))
        .collect()
}

struct Shared {
    token: String,
    base: Mutex<String>,
    requests: Mutex<Vec<Request>>,
    /// Frames the bot sent on the gateway (IDENTIFY, heartbeats), as JSON.
    gateway_frames: Mutex<Vec<Value>>,
    /// Payloads the stand-in itself could not make serenity read: a bug in the stand-in.
    problems: Mutex<Vec<String>>,
    changed: Notify,
    session: Mutex<Option<mpsc::UnboundedSender<String>>>,
    seq: AtomicU64,
    ids: AtomicU64,
    /// Message ids by interaction token: the original response and follow-ups.
    messages: Mutex<HashMap<String, Vec<u64>>>,
}

impl Shared {
    fn next_id(&self) -> u64 {
        self.ids.fetch_add(1, Ordering::SeqCst)
    }

    fn record(&self, request: Request) {
        lock(&self.requests).push(request);
        self.changed.notify_waiters();
    }

    fn problem(&self, text: String) {
        eprintln!("discord stand-in: {text}");
        lock(&self.problems).push(text);
        self.changed.notify_waiters();
    }

    fn ws_url(&self) -> String {
        format!("{}/gateway", lock(&self.base).replace("http://", "ws://"))
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The running stand-in. Dropping it stops the server.
pub struct StandIn {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
}

impl StandIn {
    /// Starts a stand-in on a free loopback port that accepts `token` (and nothing else).
    pub async fn start(token: &str) -> StandIn {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a loopback port");
        let addr = listener.local_addr().expect("the port's address");
        let shared = Arc::new(Shared {
            token: token.to_string(),
            base: Mutex::new(format!("http://{addr}")),
            requests: Mutex::new(Vec::new()),
            gateway_frames: Mutex::new(Vec::new()),
            problems: Mutex::new(Vec::new()),
            changed: Notify::new(),
            session: Mutex::new(None),
            seq: AtomicU64::new(1),
            ids: AtomicU64::new(900_000_000_000_000_000),
            messages: Mutex::new(HashMap::new()),
        });
        let app = Router::new().route("/gateway", get(gateway)).fallback(rest).with_state(Arc::clone(&shared));
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
        });
        StandIn { addr, shared, stop: Some(stop) }
    }

    /// What to set `discord.api_base` to.
    pub fn api_base(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.shared.requests).clone()
    }

    pub fn gateway_frames(&self) -> Vec<Value> {
        lock(&self.shared.gateway_frames).clone()
    }

    /// Payloads the stand-in built wrong; tests assert this is empty.
    pub fn problems(&self) -> Vec<String> {
        lock(&self.shared.problems).clone()
    }

    /// Waits until a request matches, up to `limit`.
    pub async fn wait_for(&self, limit: Duration, matches: impl Fn(&Request) -> bool) -> Option<Request> {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            let changed = self.shared.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if let Some(found) = lock(&self.shared.requests).iter().find(|r| matches(r)) {
                return Some(found.clone());
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                return None;
            }
        }
    }

    /// Waits until the bot is connected and has registered its commands; returns the
    /// registration request.
    pub async fn wait_until_ready(&self, limit: Duration) -> Request {
        let registered = self
            .wait_for(limit, |r| r.method == Method::PUT && r.path.ends_with("/commands"))
            .await
            .unwrap_or_else(|| panic!("the bot registered no commands within {limit:?}; saw {:#?}", self.requests()));
        assert!(lock(&self.shared.session).is_some(), "registered, but no gateway session");
        registered
    }

    /// Sends a slash command: `options` as `(name, value)`; strings are sent as strings,
    /// numbers as integers (poise's choice parameters).
    pub fn slash(&self, command: &str, options: &[(&str, Value)], user: u64) -> Interaction {
        let options: Vec<Value> = options.iter().map(|(name, value)| option(name, value, false)).collect();
        self.command_interaction(2, command, options, user)
    }

    /// Runs a slash command typed in a server by a member holding `permissions` (Discord's
    /// permission bits as a decimal string, e.g. "8" for Administrator).
    pub fn slash_in_guild(&self, command: &str, user: u64, permissions: &str) -> Interaction {
        self.interaction_with(2, command, vec![], user, |payload| {
            payload["guild_id"] = json!(GUILD_ID.to_string());
            payload["member"] = json!({
                "user": user_json(user, "member"),
                "roles": [],
                "joined_at": "2024-01-01T00:00:00.000000+00:00",
                "deaf": false,
                "mute": false,
                "flags": 0,
                "pending": false,
                "permissions": permissions,
            });
            payload["context"] = json!(0);
        })
    }

    /// Sends an autocomplete request for `focused`, typed so far as `partial`.
    pub fn autocomplete(&self, command: &str, focused: &str, partial: &str) -> Interaction {
        self.command_interaction(4, command, vec![option(focused, &json!(partial), true)], ASKER)
    }

    /// Presses a button with `custom_id` on the message the bot sent for `on`.
    pub fn press(&self, on: &Interaction, custom_id: &str, user: u64) -> Interaction {
        let message_id =
            lock(&self.shared.messages).get(&on.token).and_then(|ids| ids.first().copied()).unwrap_or(APPLICATION_ID);
        let message = message_json(message_id, &json!({}), 0);
        let id = self.shared.next_id();
        let token = format!("press-token-{id}");
        let mut payload = envelope(id, 3, &token, user_json(user, "someone"), user);
        payload["data"] = json!({ "custom_id": custom_id, "component_type": 2 });
        payload["message"] = message;
        self.dispatch("INTERACTION_CREATE", payload);
        Interaction { id, token, sent_at: Instant::now() }
    }

    fn command_interaction(&self, kind: u8, command: &str, options: Vec<Value>, user: u64) -> Interaction {
        self.interaction_with(kind, command, options, user, |_| {})
    }

    fn interaction_with(
        &self,
        kind: u8,
        command: &str,
        options: Vec<Value>,
        user: u64,
        adjust: impl FnOnce(&mut Value),
    ) -> Interaction {
        let id = self.shared.next_id();
        let token = format!("interaction-token-{id}");
        let name = if user == ASKER { "asker" } else { "someone" };
        let mut payload = envelope(id, kind, &token, user_json(user, name), user);
        payload["data"] = json!({
            "id": (APPLICATION_ID + 100).to_string(),
            "name": command,
            "type": 1,
            "options": options,
        });
        adjust(&mut payload);
        self.dispatch("INTERACTION_CREATE", payload);
        Interaction { id, token, sent_at: Instant::now() }
    }

    /// Sends a dispatch on the gateway, after checking serenity reads it as the event it is.
    fn dispatch(&self, event: &str, data: Value) {
        let frame = json!({ "op": 0, "s": self.shared.seq.fetch_add(1, Ordering::SeqCst), "t": event, "d": data });
        check_dispatch(&frame, event);
        let session = lock(&self.shared.session).clone();
        let sender = session.expect("the bot is connected to the gateway");
        sender.send(frame.to_string()).expect("the gateway session is open");
    }

    /// Everything the bot sent about one interaction (callbacks, follow-ups, edits), in order.
    pub fn requests_about(&self, interaction: &Interaction) -> Vec<Request> {
        self.requests()
            .into_iter()
            .filter(|r| {
                r.path.contains(&format!("/{}/", interaction.token))
                    || r.path.ends_with(&format!("/{}", interaction.token))
            })
            .collect()
    }

    /// The first response to an interaction (callback), within `limit`.
    pub async fn first_response(&self, to: &Interaction, limit: Duration) -> Option<Request> {
        let path = format!("/interactions/{}/{}/callback", to.id, to.token);
        self.wait_for(limit, |r| r.path.ends_with(&path)).await
    }

    /// What the bot answered: the callback's message, or after a deferral the follow-up.
    pub async fn answer(&self, to: &Interaction, limit: Duration) -> Answer {
        let first = self
            .first_response(to, limit)
            .await
            .unwrap_or_else(|| panic!("no response to interaction {} within {limit:?}", to.id));
        let first_response = first.at.duration_since(to.sent_at);
        match first.body["type"].as_u64() {
            Some(5) => {
                let webhook = format!("/webhooks/{APPLICATION_ID}/{}", to.token);
                let follow = self
                    .wait_for(limit, |r| r.method == Method::POST && r.path.ends_with(&webhook))
                    .await
                    .unwrap_or_else(|| panic!("a deferral without a follow-up within {limit:?}"));
                Answer { deferred: true, first_response, message: follow.body }
            }
            _ => Answer { deferred: false, first_response, message: first.body["data"].clone() },
        }
    }

    /// Closes the stand-in's gateway session and stops the server.
    pub fn stop(&mut self) {
        lock(&self.shared.session).take();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.stop();
    }
}

fn option(name: &str, value: &Value, focused: bool) -> Value {
    let kind = if value.is_number() { 4 } else { 3 };
    let mut o = json!({ "name": name, "type": kind, "value": value });
    if focused {
        o["focused"] = json!(true);
    }
    o
}

/// The fields every interaction carries, as Discord sends them; callers add `data` and more.
fn envelope(id: u64, kind: u8, token: &str, user: Value, user_id: u64) -> Value {
    json!({
        "id": id.to_string(),
        "application_id": APPLICATION_ID.to_string(),
        "type": kind,
        "channel_id": CHANNEL_ID.to_string(),
        "user": user,
        "token": token,
        "version": 1,
        "app_permissions": "0",
        "locale": "en-GB",
        "entitlements": [],
        "authorizing_integration_owners": { "1": user_id.to_string() },
        "context": 1,
        "attachment_size_limit": 10_485_760,
    })
}

fn user_json(id: u64, name: &str) -> Value {
    json!({ "id": id.to_string(), "username": name, "discriminator": "0", "global_name": name, "avatar": null, "bot": false })
}

fn bot_user() -> Value {
    json!({ "id": BOT_USER_ID.to_string(), "username": "factdesk", "discriminator": "0", "global_name": null, "avatar": null, "bot": true })
}

/// A message as Discord returns it, holding what the bot sent.
fn message_json(id: u64, sent: &Value, flags: u64) -> Value {
    let message = json!({
        "id": id.to_string(),
        "channel_id": CHANNEL_ID.to_string(),
        "author": bot_user(),
        "content": sent["content"].as_str().unwrap_or_default(),
        "timestamp": "2024-01-01T00:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": sent["embeds"].as_array().cloned().unwrap_or_default(),
        "pinned": false,
        "type": 0,
        "flags": flags,
        "components": [],
        "application_id": APPLICATION_ID.to_string(),
        "webhook_id": APPLICATION_ID.to_string(),
    });
    if let Err(e) = serde_json::from_value::<serenity::Message>(message.clone()) {
        panic!("the stand-in built a message serenity cannot read: {e}\n{message:#}");
    }
    message
}

/// Panics unless serenity reads `frame` as the dispatch `event` (not as an unknown event).
fn check_dispatch(frame: &Value, event: &str) {
    match serde_json::from_value::<serenity::GatewayEvent>(frame.clone()) {
        Ok(serenity::GatewayEvent::Dispatch(_, serenity::Event::Unknown(_))) => {
            panic!("serenity reads this {event} as an unknown event: {frame:#}")
        }
        Ok(serenity::GatewayEvent::Dispatch(_, parsed)) => {
            let name = serde_json::to_value(&parsed).ok().and_then(|v| v["t"].as_str().map(str::to_string));
            assert!(name.as_deref().is_none_or(|n| n == event), "sent {event}, serenity read {name:?}");
        }
        Ok(other) => panic!("not a dispatch: {other:?}"),
        Err(e) => panic!("serenity cannot read this {event}: {e}\n{frame:#}"),
    }
}

/// The gateway: HELLO, then IDENTIFY → READY, heartbeats → ACK, RESUME → invalid session;
/// dispatches queued by the test are sent as they come.
async fn gateway(ws: WebSocketUpgrade, State(shared): State<Arc<Shared>>) -> Response {
    ws.on_upgrade(move |socket| session(socket, shared))
}

async fn session(mut socket: WebSocket, shared: Arc<Shared>) {
    let hello = json!({ "op": 10, "d": { "heartbeat_interval": 41_250 } });
    if socket.send(Message::Text(hello.to_string().into())).await.is_err() {
        return;
    }
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    loop {
        tokio::select! {
            incoming = socket.recv() => {
                let text = match incoming {
                    Some(Ok(Message::Text(text))) => text.to_string(),
                    // Keep reading after a Close: that is what sends the closing handshake back.
                    Some(Ok(_)) => continue,
                    Some(Err(_)) | None => break,
                };
                let frame: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                lock(&shared.gateway_frames).push(frame.clone());
                shared.changed.notify_waiters();
                let reply = match frame["op"].as_u64() {
                    Some(1) => Some(json!({ "op": 11 })),
                    Some(2) => {
                        let sent = frame["d"]["token"].as_str().unwrap_or_default();
                        if sent != shared.token && sent != format!("Bot {}", shared.token) {
                            let _ = socket
                                .send(Message::Close(Some(axum::extract::ws::CloseFrame {
                                    code: 4004,
                                    reason: "Authentication failed.".into(),
                                })))
                                .await;
                            continue;
                        }
                        *lock(&shared.session) = Some(tx.clone());
                        let ready = json!({
                            "op": 0,
                            "s": shared.seq.fetch_add(1, Ordering::SeqCst),
                            "t": "READY",
                            "d": {
                                "v": 10,
                                "user": bot_user(),
                                "guilds": [],
                                "session_id": "stand-in-session",
                                "resume_gateway_url": shared.ws_url(),
                                "shard": [0, 1],
                                "application": { "id": APPLICATION_ID.to_string(), "flags": 0 },
                            }
                        });
                        check_dispatch(&ready, "READY");
                        Some(ready)
                    }
                    Some(6) => Some(json!({ "op": 9, "d": false })),
                    _ => None,
                };
                if let Some(reply) = reply {
                    if socket.send(Message::Text(reply.to_string().into())).await.is_err() {
                        break;
                    }
                }
            }
            Some(out) = rx.recv() => {
                if socket.send(Message::Text(out.into())).await.is_err() {
                    break;
                }
            }
        }
    }
}

/// The REST API: every request is recorded, then answered as Discord would.
async fn rest(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    let expected = format!("Bot {}", shared.token);
    let authorized = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) == Some(expected.as_str());
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let (body, files) = match multipart(content_type, &body) {
        Some(parts) => parts,
        None => (serde_json::from_slice(&body).unwrap_or(Value::Null), Vec::new()),
    };
    let request = Request {
        method: method.clone(),
        path: path.clone(),
        query: uri.query().map(str::to_string),
        authorized,
        body,
        files,
        at: Instant::now(),
    };
    let response = answer_rest(&shared, &request);
    shared.record(request);
    response
}

/// A `multipart/form-data` body (a message with files): its `payload_json` and its files.
fn multipart(content_type: &str, body: &[u8]) -> Option<(Value, Vec<File>)> {
    if !content_type.starts_with("multipart/form-data") {
        return None;
    }
    let boundary = content_type.split("boundary=").nth(1)?.trim_matches('"');
    let delimiter = format!("--{boundary}");
    let (mut payload, mut files) = (Value::Null, Vec::new());
    for part in split_bytes(body, delimiter.as_bytes()).into_iter().skip(1) {
        let Some(part) = part.strip_prefix(b"\r\n") else { continue };
        let Some(at) = part.windows(4).position(|w| w == b"\r\n\r\n") else { continue };
        let head = String::from_utf8_lossy(&part[..at]).to_string();
        let content = &part[at + 4..];
        let content = content.strip_suffix(b"\r\n").unwrap_or(content);
        if let Some(name) = head.split("filename=\"").nth(1).and_then(|r| r.split('"').next()) {
            files.push((name.to_string(), content.to_vec()));
        } else if head.contains("name=\"payload_json\"") {
            payload = serde_json::from_slice(content).unwrap_or(Value::Null);
        }
    }
    Some((payload, files))
}

fn split_bytes<'a>(mut body: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    while let Some(at) = body.windows(delimiter.len()).position(|w| w == delimiter) {
        parts.push(&body[..at]);
        body = &body[at + delimiter.len()..];
    }
    parts.push(body);
    parts
}

fn answer_rest(shared: &Shared, request: &Request) -> Response {
    let Some(route) = request.path.strip_prefix("/api/v10/") else { return not_found() };
    let segments: Vec<&str> = route.split('/').collect();
    let public = matches!(segments.first(), Some(&"interactions") | Some(&"webhooks"));
    if !request.authorized && !public {
        return (StatusCode::UNAUTHORIZED, Json(json!({ "message": "401: Unauthorized", "code": 0 }))).into_response();
    }
    let m = &request.method;
    match segments.as_slice() {
        ["gateway"] if m == Method::GET => Json(json!({ "url": shared.ws_url() })).into_response(),
        ["gateway", "bot"] if m == Method::GET => checked::<serenity::BotGateway>(
            shared,
            json!({
                "url": shared.ws_url(),
                "shards": 1,
                "session_start_limit": { "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1 },
            }),
        ),
        ["oauth2", "applications", "@me"] if m == Method::GET => checked::<serenity::CurrentApplicationInfo>(
            shared,
            json!({
                "id": APPLICATION_ID.to_string(),
                "name": "factdesk",
                "icon": null,
                "description": "",
                "bot_public": true,
                "bot_require_code_grant": false,
                "verify_key": "0000",
                "owner": user_json(ASKER, "owner"),
                "team": null,
                "flags": 0,
            }),
        ),
        ["users", "@me"] if m == Method::GET => Json(bot_user()).into_response(),
        ["applications", _, "commands"] | ["applications", _, "guilds", _, "commands"] if m == Method::PUT => {
            let guild = segments.get(3).map(|g| json!(g)).unwrap_or(Value::Null);
            let commands: Vec<Value> = request
                .body
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(|mut c| {
                    c["id"] = json!(shared.next_id().to_string());
                    c["application_id"] = json!(APPLICATION_ID.to_string());
                    c["version"] = json!("1");
                    c["guild_id"] = guild.clone();
                    if c.get("type").is_none() {
                        c["type"] = json!(1);
                    }
                    c
                })
                .collect();
            checked::<Vec<serenity::Command>>(shared, Value::Array(commands))
        }
        ["interactions", _, token, "callback"] if m == Method::POST => {
            // 4: a message; 5: a deferral ("thinking…"); both make the original response.
            if matches!(request.body["type"].as_u64(), Some(4) | Some(5)) {
                let id = shared.next_id();
                lock(&shared.messages).entry(token.to_string()).or_default().insert(0, id);
            }
            StatusCode::NO_CONTENT.into_response()
        }
        ["webhooks", _, token] if m == Method::POST => {
            let id = shared.next_id();
            lock(&shared.messages).entry(token.to_string()).or_default().push(id);
            let flags = request.body["flags"].as_u64().unwrap_or(0);
            Json(message_json(id, &request.body, flags)).into_response()
        }
        ["webhooks", _, token, "messages", which] => {
            let ids = lock(&shared.messages).get(*token).cloned().unwrap_or_default();
            let id = match *which {
                "@original" => ids.first().copied(),
                other => other.parse().ok().filter(|id| ids.contains(id)),
            };
            match (m.clone(), id) {
                (_, None) => not_found(),
                (Method::DELETE, Some(_)) => StatusCode::NO_CONTENT.into_response(),
                (Method::GET | Method::PATCH, Some(id)) => Json(message_json(id, &request.body, 0)).into_response(),
                _ => not_found(),
            }
        }
        _ => not_found(),
    }
}

/// Answers with `body` after checking that serenity reads it as a `T`.
fn checked<T: serde::de::DeserializeOwned>(shared: &Shared, body: Value) -> Response {
    if let Err(e) = serde_json::from_value::<T>(body.clone()) {
        shared.problem(format!("serenity cannot read the {} sent: {e}", std::any::type_name::<T>()));
    }
    Json(body).into_response()
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, Json(json!({ "message": "404: Not Found", "code": 0 }))).into_response()
}
