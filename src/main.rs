//! factdesk's binary: parse the command line, load configuration, dispatch. The work lives
//! in the library; the CLI adapter lives in `cli.rs`.

mod cli;

use std::process::ExitCode;

use clap::Parser;

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
