//! `cargo xtask post-build`, run by Trunk after each build (a `post_build`
//! hook, see Trunk.toml) on its staging folder, one job per module:
//!
//! - `page`: the wasm preloads moved to the loader, and the
//!   Content-Security-Policy with the hashes of the only inline script and
//!   stylesheet, on `index.html` and on every static page;
//! - `locales`: each language joined into one file, and their list given to
//!   the script that preloads the active one;
//! - release builds only: the static pages (`crate::prerender`), then
//!   `sw_manifest`: the service worker's file list and a version derived
//!   from the files' bytes. Debug builds (`cargo xtask serve`) get no
//!   service worker, so development is never served from a stale cache.

mod locales;
mod page;
mod sw_manifest;

use std::{fs, path::PathBuf};

use crate::{cmd::Result, prerender};

pub fn run() -> Result {
    let dir = std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .ok_or("TRUNK_STAGING_DIR is not set: `cargo xtask post-build` runs as a Trunk post_build hook")?;
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");

    let index_path = dir.join("index.html");
    let index = fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    fs::write(&index_path, page::with_preloads_at_loader(&index)?)
        .map_err(|e| format!("{}: {e}", index_path.display()))?;

    let langs = locales::bundle_locales(&dir.join("locales"))?;
    locales::fill_preload(&dir.join("preload-lang.js"), &langs)?;

    // The static pages start from the built page and its languages; each
    // then gets the CSP like the page itself, with its own loader's hash.
    let pages = if release { prerender::run(&dir)? } else { Vec::new() };
    for file in std::iter::once(&index_path).chain(&pages) {
        let html = fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        fs::write(file, page::with_csp(&html)?).map_err(|e| format!("{}: {e}", file.display()))?;
    }

    sw_manifest::fill(&dir, &pages, release)
}
