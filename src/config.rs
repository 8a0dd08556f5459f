//! One place for configuration: `config/default.toml` < `config/local.toml` (git-ignored) <
//! environment `FACTDESK__SECTION__KEY`. The Discord token comes only from `DISCORD_TOKEN`
//! or `config/local.toml`, and is never printed.

use std::fmt;
use std::path::{Path, PathBuf};

use config::{Config, Environment, File, FileFormat};
use serde::Deserialize;

use crate::error::Error;

/// The defaults, built into the binary so that it runs from any folder.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

/// All settings, read once at start-up.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub data: DataSettings,
    pub index: IndexSettings,
    pub answers: AnswerSettings,
    pub discord: DiscordSettings,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataSettings {
    pub dir: PathBuf,
    pub max_file_bytes: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexSettings {
    pub dir: PathBuf,
    pub writer_memory_bytes: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerSettings {
    pub max_snippets: usize,
    pub max_quotes: usize,
    pub max_results: usize,
    /// Threads one search may use, a segment of the index each (1: the asking thread only).
    #[serde(default = "one")]
    pub search_threads: usize,
}

fn one() -> usize {
    1
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscordSettings {
    /// Filled from `DISCORD_TOKEN` or `config/local.toml` only.
    #[serde(default)]
    pub token: Option<Secret>,
    pub guild_id: u64,
    pub api_base: String,
    pub gateway_url: String,
    pub page_timeout_secs: u64,
    pub commands_per_minute: u32,
}

/// A value that must never reach a log: `Debug` and `Display` print `[redacted]`.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for the one place that must send it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Where settings come from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// The folder holding default.toml and local.toml; `./config` when it exists.
    pub config_dir: Option<PathBuf>,
    /// Environment variables to read, `None` for the process environment (tests pass their own).
    pub env: Option<Vec<(String, String)>>,
}

impl Settings {
    /// Reads settings from their sources; a bad value is an error naming its key and file.
    pub fn load(sources: &Sources) -> Result<Settings, Error> {
        let config_dir = sources.config_dir.clone().or_else(|| {
            let here = PathBuf::from("config");
            here.is_dir().then_some(here)
        });
        let root = config_dir.as_deref().and_then(Path::parent).map(Path::to_path_buf).unwrap_or_default();
        let default_file = config_dir.as_ref().map(|d| d.join("default.toml")).filter(|p| p.is_file());
        let local_file = config_dir.as_ref().map(|d| d.join("local.toml")).filter(|p| p.is_file());

        let mut builder = Config::builder();
        builder = match &default_file {
            Some(path) => builder.add_source(File::from(path.as_path()).format(FileFormat::Toml)),
            None => builder.add_source(File::from_str(DEFAULT_TOML, FileFormat::Toml)),
        };
        if let Some(path) = &local_file {
            builder = builder.add_source(File::from(path.as_path()).format(FileFormat::Toml));
        }
        let env = Environment::with_prefix("FACTDESK").separator("__").try_parsing(true);
        let env = match &sources.env {
            Some(vars) => env.source(Some(vars.iter().cloned().collect())),
            None => env,
        };
        let config = builder.add_source(env).build().map_err(config_error)?;
        let mut settings: Settings = config.try_deserialize().map_err(config_error)?;

        // Besides config/local.toml (read above), the token may come from DISCORD_TOKEN.
        let env_token = match &sources.env {
            Some(vars) => vars.iter().find(|(k, _)| k == "DISCORD_TOKEN").map(|(_, v)| v.clone()),
            None => std::env::var("DISCORD_TOKEN").ok(),
        };
        if let Some(token) = env_token.filter(|t| !t.trim().is_empty()) {
            settings.discord.token = Some(Secret::new(token.trim()));
        }
        settings.discord.token = settings.discord.token.filter(|t| !t.expose().trim().is_empty());
        settings.data.dir = resolve(&root, &settings.data.dir);
        settings.index.dir = resolve(&root, &settings.index.dir);
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), Error> {
        const MIN_WRITER_MEMORY: usize = 15_000_000;
        if self.index.writer_memory_bytes < MIN_WRITER_MEMORY {
            return Err(Error::Config(format!(
                "index.writer_memory_bytes is {}; tantivy needs at least {MIN_WRITER_MEMORY}",
                self.index.writer_memory_bytes
            )));
        }
        if self.data.max_file_bytes == 0 {
            return Err(Error::Config("data.max_file_bytes must be more than 0".into()));
        }
        Ok(())
    }
}

fn resolve(root: &Path, path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        root.join(path)
    }
}

fn config_error(e: config::ConfigError) -> Error {
    Error::Config(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_env(vars: &[(&str, &str)]) -> Sources {
        Sources { config_dir: None, env: Some(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()) }
    }

    fn dir_with(local: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("config");
        std::fs::create_dir(&config).unwrap();
        std::fs::write(config.join("default.toml"), DEFAULT_TOML).unwrap();
        std::fs::write(config.join("local.toml"), local).unwrap();
        dir
    }

    #[test]
    fn built_in_defaults_load_without_any_file() {
        let settings = Settings::load(&with_env(&[])).unwrap();
        assert_eq!(settings.index.dir, PathBuf::from("index"));
        assert!(settings.discord.token.is_none());
    }

    #[test]
    fn environment_overrides_files() {
        let settings = Settings::load(&with_env(&[("FACTDESK__ANSWERS__MAX_QUOTES", "3")])).unwrap();
        assert_eq!(settings.answers.max_quotes, 3);
    }

    #[test]
    fn local_file_overrides_defaults_and_paths_are_read_from_the_project_folder() {
        let dir = dir_with("[data]\ndir = \"elsewhere\"\n");
        let sources = Sources { config_dir: Some(dir.path().join("config")), env: Some(vec![]) };
        let settings = Settings::load(&sources).unwrap();
        assert_eq!(settings.data.dir, dir.path().join("elsewhere"));
    }

    #[test]
    fn a_bad_value_names_its_key_and_file() {
        let dir = dir_with("[answers]\nmax_quotes = \"lots\"\n");
        let sources = Sources { config_dir: Some(dir.path().join("config")), env: Some(vec![]) };
        let message = Settings::load(&sources).unwrap_err().to_string();
        assert!(message.contains("answers.max_quotes"), "{message}");
        assert!(message.contains("local.toml"), "{message}");
    }

    #[test]
    fn an_unknown_key_is_an_error() {
        let dir = dir_with("[answers]\nmax_quote = 3\n");
        let sources = Sources { config_dir: Some(dir.path().join("config")), env: Some(vec![]) };
        let message = Settings::load(&sources).unwrap_err().to_string();
        assert!(message.contains("max_quote"), "{message}");
    }

    #[test]
    fn the_token_comes_from_the_environment_and_never_prints() {
        let settings = Settings::load(&with_env(&[("DISCORD_TOKEN", "abc.def.ghi")])).unwrap();
        let token = settings.discord.token.clone().unwrap();
        assert_eq!(token.expose(), "abc.def.ghi");
        let printed = format!("{settings:?} {token}");
        assert!(!printed.contains("abc.def.ghi"), "{printed}");
    }

    #[test]
    fn the_token_may_be_kept_in_the_local_file() {
        let dir = dir_with("[discord]\ntoken = \"from.local.file\"\n");
        let sources = Sources { config_dir: Some(dir.path().join("config")), env: Some(vec![]) };
        let settings = Settings::load(&sources).unwrap();
        assert_eq!(settings.discord.token.map(|t| t.expose().to_string()).as_deref(), Some("from.local.file"));
    }
}
