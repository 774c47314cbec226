//! The static pages: `src/bin/prerender.rs` (the app's components rendered
//! by Leptos on the native target) run on Trunk's staging folder.

use std::path::{Path, PathBuf};

use crate::cmd::{self, command, root, Result};

/// Renders every static page into `dir` and returns their paths.
pub fn run(dir: &Path) -> Result<Vec<PathBuf>> {
    cmd::run(
        command("cargo")
            .args(["run", "--quiet", "--features", "prerender", "--bin", "prerender", "--"])
            .arg(dir)
            // Type-erased views, as in the wasm build (.cargo/config.toml);
            // without them the server renderer's view types outgrow the
            // compiler's limits. A target folder of its own, so these flags
            // never force a rebuild of the ordinary native build and tests.
            .env("RUSTFLAGS", "--cfg erase_components")
            .env("CARGO_TARGET_DIR", root().join("target/prerender")),
    )?;
    let mut pages = Vec::new();
    collect(dir, dir, &mut pages)?;
    if pages.is_empty() {
        return Err("prerender wrote no pages".into());
    }
    Ok(pages)
}

/// Every `index.html` in a folder below `dir`: the static pages.
fn collect(top: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect(top, &path, out)?;
        } else if dir != top && path.file_name().is_some_and(|n| n == "index.html") {
            out.push(path);
        }
    }
    Ok(())
}
