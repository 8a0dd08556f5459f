//! factdesk's binary: parse the command line, load configuration, dispatch. The work lives
//! in the library; the CLI adapter lives in `cli.rs`.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// Building an index allocates and frees millions of small strings and vectors, on every
/// core at once; mimalloc does that with less work and less contention than the system's
/// allocator (see docs/performance.md).
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
