//! `cargo xtask build`: the release `dist/`, as it would be deployed.

use std::path::PathBuf;

use crate::{
    cmd::{self, command, root, Result, Steps},
    tools,
};

pub fn run() -> Result<PathBuf> {
    let mut steps = Steps::new(5);
    tools::build_tools(&mut steps)?;
    steps.next("Building the release app into dist/");
    release(&mut steps)
}

/// `trunk build --release`, assuming the tools are installed.
pub fn release(steps: &mut Steps) -> Result<PathBuf> {
    // Offline: every tool is already installed and pinned; a build must never
    // depend on a download.
    cmd::run(command("trunk").args(["build", "--release", "--offline"]))?;
    let dist = root().join("dist");
    println!("    built {} in {}s", dist.display(), steps.elapsed_secs());
    Ok(dist)
}
