//! `cargo xtask bench`: size and speed of the release build on a low-end
//! phone profile, against the limit page, with budgets. Not a test: timings
//! depend on the machine, so `cargo xtask test` never runs it.

use crate::{
    build,
    cmd::{self, command, root, Result, Steps},
    tools,
};

pub fn run() -> Result {
    let mut steps = Steps::new(8);
    tools::build_tools(&mut steps)?;
    steps.next("Chromium (Debian package)");
    tools::chromium()?;
    steps.next("Bench packages (npm ci in tests/bench: playwright-core, lighthouse)");
    tools::npm_packages("tests/bench")?;
    steps.next("Release build");
    let dist = build::release(&mut steps)?;
    steps.next("Benchmark (alternating app and limit pairs, then Lighthouse; takes a few minutes)");
    cmd::run(command("node").arg(root().join("tests/bench/bench.mjs")).env("POCKET_CARD_DIST", &dist))
        .map_err(|_| "over budget or the bench failed: see the report above and target/bench/report.md".to_owned())
}
