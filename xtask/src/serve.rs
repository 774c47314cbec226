//! `cargo xtask serve`: the app on http://127.0.0.1:8080, rebuilt on change.

use crate::{
    cmd::{self, command, Result, Steps},
    tools,
};

pub fn run() -> Result {
    let mut steps = Steps::new(5);
    tools::build_tools(&mut steps)?;
    steps.next("Building and serving on http://127.0.0.1:8080 (Ctrl-C stops)");
    // No autoreload: Trunk would inject an inline script the page's
    // Content-Security-Policy (rightly) refuses. Reload the page by hand.
    cmd::run(command("trunk").args([
        "serve",
        "--offline",
        "--no-autoreload",
        "--address",
        "127.0.0.1",
        "--port",
        "8080",
    ]))
}
