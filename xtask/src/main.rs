//! `cargo xtask <command>`: the project's own commands, so a newcomer needs
//! nothing but cargo. Each command first installs what it needs (only what is
//! missing), then does its job.

mod bench;
mod build;
mod chromium;
mod cmd;
mod post_build;
mod prerender;
mod serve;
mod test;
mod tools;
mod ui_graph;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve   install the build tools if missing, build and serve the app on http://127.0.0.1:8080
  build   install the build tools if missing, build the release app into dist/
  test    install the build and test tools if missing, then run every test
  bench   build the release app and measure size and speed against the limit page, with budgets
  post-build (run by Trunk after a build) add the CSP and fill the service worker's file list
  ui-graph  print which src/ui module imports which, and fail on an upward import or a cycle
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(),
        Some("build") => build::run().map(|_| ()),
        Some("test") => test::run(),
        Some("post-build") => post_build::run(),
        Some("bench") => bench::run(),
        Some("ui-graph") => ui_graph::run(),
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
        None => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}
