//! The terminal adapter: subcommands, the interactive console, progress and output.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use factdesk::config::{Settings, Sources};
use factdesk::discord;
use factdesk::ingest::{self, Limits, Skipped};
use factdesk::render;
use factdesk::render::counted;
use factdesk::search::{self, manifest::Manifest, store::Store, Freshness, IndexOptions};
use factdesk::AnswerEngine;

/// Prints a line on standard output. A reader that has gone away (`factdesk ask … | head`)
/// ends the program quietly instead of a panic; any other write error is returned.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
            return Err(e.into());
        }
    }};
}

/// Statistics and quotes from newsroom articles, answered in Discord and the terminal.
#[derive(Debug, Parser)]
#[command(name = "factdesk", version, about)]
pub struct Args {
    /// More log output (-v info, -vv debug). RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Folder holding default.toml and local.toml [default: ./config]
    #[arg(long, global = true, value_name = "DIR")]
    pub config: Option<PathBuf>,
    /// Folder of articles to read (overrides data.dir)
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Folder for the index (overrides index.dir)
    #[arg(long, global = true, value_name = "DIR")]
    pub index: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer one question, e.g. ask "/force Cleveland"
    Ask {
        /// The question, as typed in Discord: /force, /search, /quote, /help
        question: String,
        /// Print the answer as JSON
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print the answer as CSV (a header row, then one row per figure, quote, article…)
        #[arg(long)]
        csv: bool,
        /// For /trend: also write the chart as a PNG image to FILE
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
    },
    /// Build the index (only when the data changed, unless --force)
    Index {
        /// Rebuild even if the index is up to date
        #[arg(long)]
        force: bool,
    },
    /// Print what is extracted from article files, or every article in folders
    Extract {
        /// Print the evaluation format of ../shared/eval/README.md (the default)
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print one CSV row per figure and quote instead
        #[arg(long)]
        csv: bool,
        /// Article files, or folders of articles (read recursively)
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Validate configuration and data, and say what would be indexed
    Check,
    /// Run the Discord bot until Ctrl-C or SIGTERM (needs DISCORD_TOKEN)
    Serve,
    /// Write a synthetic corpus of realistic articles, for benchmarks (deterministic per seed)
    GenCorpus {
        /// How many articles to write
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        /// Random seed; the same seed writes the same corpus
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Folder to write into
        out: PathBuf,
    },
}

/// Logs go to stderr, warnings only unless -v.
pub fn init_logging(verbose: u8) {
    let level = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .try_init();
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut settings = Settings::load(&Sources { config_dir: args.config.clone(), env: None })?;
    if let Some(data) = args.data {
        settings.data.dir = data;
    }
    if let Some(index) = args.index {
        settings.index.dir = index;
    }
    match args.command {
        Some(Command::Ask { question, json, csv, png }) => {
            let format = if json {
                Format::Json
            } else if csv {
                Format::Csv
            } else {
                Format::Text
            };
            ask(&settings, &question, format, png.as_deref())
        }
        Some(Command::Index { force }) => index(&settings, force),
        Some(Command::Extract { json, csv, paths }) => extract(&settings, &paths, json, csv),
        Some(Command::Check) => check(&settings),
        Some(Command::GenCorpus { articles, seed, out }) => {
            let bytes = factdesk::corpus::write(&out, articles, seed)
                .with_context(|| format!("writing the corpus into {}", out.display()))?;
            say!("wrote {articles} articles ({bytes} bytes) into {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Serve) => serve(&settings),
        None if settings.discord.token.is_some() => serve(&settings),
        None => console(&settings),
    }
}

fn index_options(settings: &Settings) -> IndexOptions {
    IndexOptions {
        data_dir: settings.data.dir.clone(),
        index_dir: settings.index.dir.clone(),
        limits: Limits { max_file_bytes: settings.data.max_file_bytes },
        writer_memory_bytes: settings.index.writer_memory_bytes,
    }
}

fn report_skipped(skipped: &[Skipped]) {
    for s in skipped {
        eprintln!("factdesk: {s}");
    }
}

/// A progress bar on a terminal, nothing otherwise.
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(0);
    if let Ok(style) = ProgressStyle::with_template("indexing {bar:40} {pos}/{len} articles ({eta} left)") {
        bar.set_style(style);
    }
    bar
}

fn open_engine(settings: &Settings) -> Result<AnswerEngine> {
    let bar = progress_bar();
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let (engine, report) = AnswerEngine::open(&index_options(settings), settings.answers.clone(), &progress)
        .with_context(|| format!("opening the index for {}", settings.data.dir.display()))?;
    bar.finish_and_clear();
    report_skipped(&report.skipped);
    if report.freshness != Freshness::Reused {
        tracing::info!(articles = report.articles, figures = report.figures, quotes = report.quotes, took = ?report.took, "index built");
    }
    Ok(engine)
}

/// How `ask` prints an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Csv,
}

fn ask(settings: &Settings, question: &str, format: Format, png: Option<&std::path::Path>) -> Result<ExitCode> {
    let engine = open_engine(settings)?;
    let answer = engine.ask(question)?;
    let out = match format {
        Format::Text => render::text::render(&answer),
        Format::Json => render::json::answer(&answer),
        Format::Csv => render::csv::answer(&answer),
    };
    say!("{}", out.trim_end());
    if let Some(path) = png {
        write_chart(&answer, path)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the chart of a `/trend` answer to `path`.
fn write_chart(answer: &factdesk::answer::Answer, path: &std::path::Path) -> Result<()> {
    let factdesk::answer::Answer::Trend(trend) = answer else {
        anyhow::bail!("--png draws the chart of a /trend answer; ask /trend <force> [measure]");
    };
    let png = render::chart::trend_png(trend).context("drawing the chart")?;
    std::fs::write(path, &png).with_context(|| format!("writing the chart to {}", path.display()))?;
    eprintln!("chart written to {} ({} bytes)", path.display(), png.len());
    Ok(())
}

fn index(settings: &Settings, force: bool) -> Result<ExitCode> {
    let bar = progress_bar();
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let (_, report) = search::open_or_build(&index_options(settings), force, &progress)?;
    bar.finish_and_clear();
    report_skipped(&report.skipped);
    let took = report.took.as_secs_f64();
    let dir = settings.index.dir.display();
    match report.freshness {
        Freshness::Reused => say!("index is up to date ({}) in {dir}", counted(report.articles, "article")),
        Freshness::Updated { removed } => say!(
            "updated the index in {took:.2}s: {} re-indexed ({}, {}), {removed} removed, in {dir}",
            counted(report.articles, "article"),
            counted(report.figures, "figure"),
            counted(report.quotes, "quote")
        ),
        Freshness::Built => say!(
            "indexed {} ({}, {}) in {took:.2}s into {dir}",
            counted(report.articles, "article"),
            counted(report.figures, "figure"),
            counted(report.quotes, "quote")
        ),
    }
    Ok(ExitCode::SUCCESS)
}

fn extract(settings: &Settings, paths: &[PathBuf], json: bool, csv: bool) -> Result<ExitCode> {
    let limits = Limits { max_file_bytes: settings.data.max_file_bytes };
    let mut items = Vec::new();
    for path in paths {
        let corpus = ingest::load_path(path, limits)?;
        report_skipped(&corpus.skipped);
        items.extend(corpus.articles.into_iter().map(|a| {
            let x = factdesk::extract::extract(&a);
            (a, x)
        }));
    }
    if csv {
        print!("{}", render::csv::extraction_report(&items));
        return Ok(ExitCode::SUCCESS);
    }
    if !json {
        tracing::info!("printing the evaluation JSON format (the default)");
    }
    say!("{}", render::json::extraction_report(&items));
    Ok(ExitCode::SUCCESS)
}

fn check(settings: &Settings) -> Result<ExitCode> {
    say!("configuration: ok");
    say!("data folder:   {}", settings.data.dir.display());
    say!("index folder:  {}", settings.index.dir.display());
    say!(
        "discord token: {}",
        if settings.discord.token.is_some() { "set" } else { "not set (the console runs instead of the bot)" }
    );
    let corpus = ingest::load_dir(&settings.data.dir, Limits { max_file_bytes: settings.data.max_file_bytes })?;
    say!("would index:   {}", counted(corpus.articles.len(), "article"));
    for s in &corpus.skipped {
        say!("  {s}");
    }
    let store = Store::new(&settings.index.dir);
    let live = store.current().and_then(|dir| Manifest::read(&dir.join(search::manifest::FILE_NAME)));
    let fresh = match &live {
        Some(m) => m.same_content(&Manifest::scan(&settings.data.dir, Some(m))?),
        None => false,
    };
    say!(
        "index:         {}",
        match (&live, fresh) {
            (None, _) => "not built yet (it builds on first use)",
            (Some(_), true) => "up to date",
            (Some(_), false) => "stale (it rebuilds on next use)",
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// Runs the Discord bot on the engine, opened once and shared, until a signal stops it.
fn serve(settings: &Settings) -> Result<ExitCode> {
    let Some(token) = settings.discord.token.clone() else {
        anyhow::bail!("no Discord token: set DISCORD_TOKEN, or token under [discord] in config/local.toml");
    };
    let engine = Arc::new(open_engine(settings)?);
    engine.warm();
    // Kept alive while the bot runs: changes to the data folder are answered within seconds.
    let _watch = match factdesk::watch::watch(Arc::clone(&engine), &settings.data.dir) {
        Ok(watch) => Some(watch),
        Err(e) => {
            tracing::warn!(error = %e, "the data folder cannot be watched; run /reindex after changing it");
            None
        }
    };
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")?;
    let result = runtime.block_on(discord::run(engine, &settings.discord, &token));
    // Answers still being worked out on blocking threads are not waited for.
    runtime.shutdown_timeout(Duration::from_millis(100));
    result?;
    Ok(ExitCode::SUCCESS)
}

/// Reads slash commands from standard input until it ends.
fn console(settings: &Settings) -> Result<ExitCode> {
    let engine = open_engine(settings)?;
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        say!("factdesk console: type /help, /force Cleveland, /search ..., /quote ...; Ctrl-D to leave.");
    }
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        if interactive {
            print!("factdesk> ");
            std::io::stdout().flush()?;
        }
        let Some(line) = lines.next() else { break };
        let line = line.context("reading standard input")?;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if matches!(line, "exit" | "quit" | "/exit" | "/quit") {
            break;
        }
        let answer = engine.ask(line)?;
        say!("{}\n", render::text::render(&answer).trim_end());
    }
    Ok(ExitCode::SUCCESS)
}
