//! factdesk's binary: parse the command line, load configuration, dispatch. The work lives
//! in the library; the CLI adapter lives in `cli.rs`.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// Building an index allocates and frees millions of small strings and vectors, on every
/// core at once; with mimalloc a build takes about 16% less CPU than with the system's
/// allocator (docs/performance.md; `.cargo/config.toml` keeps its memory in check).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    cli::init_logging(args.verbose);
    match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("factdesk: {e:#}");
            ExitCode::FAILURE
        }
    }
}
