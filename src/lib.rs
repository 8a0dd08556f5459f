//! factdesk: reads newsroom articles, extracts the statistics and quotes they state, keeps
//! them in a tantivy index and answers questions about them.
//!
//! The flow is ingest → extract → index → answer; adapters (CLI, Discord) sit around
//! [`engine::AnswerEngine`] and know nothing of each other.

pub mod answer;
pub mod config;
pub mod corpus;
pub mod discord;
pub mod engine;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod model;
pub mod populations;
pub mod query;
pub mod render;
pub mod route;
pub mod search;
pub mod watch;

pub use engine::AnswerEngine;
pub use error::Error;
