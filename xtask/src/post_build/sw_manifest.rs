//! The service worker's list of files to precache and its version.

use std::{
    fs,
    path::{Path, PathBuf},
};

use sha2::{Digest, Sha256};

use crate::cmd::Result;

/// Fills `sw.js` with the build's files and a version derived from their
/// bytes; a debug build gets no service worker, so development is never
/// served from a stale cache. `pages` are the static pages, left out.
pub fn fill(dir: &Path, pages: &[PathBuf], release: bool) -> Result {
    let sw_path = dir.join("sw.js");
    if !release {
        let _ = fs::remove_file(&sw_path);
        return Ok(());
    }
    let template = fs::read_to_string(&sw_path).map_err(|e| format!("{}: {e}", sw_path.display()))?;
    let mut files = Vec::new();
    list_files(dir, dir, &mut files)?;
    files.retain(|f| f != "sw.js");
    files.sort();
    let version = version_of(dir, &files)?;
    // Not the static pages: the installed app opens each of them itself
    // (sw.js), so they would only make the install 16 times heavier.
    let static_pages: Vec<String> =
        pages.iter().filter_map(|p| p.strip_prefix(dir).ok()).map(|p| p.to_string_lossy().replace('\\', "/")).collect();
    let mut precache = vec!["./".to_owned()];
    precache.extend(files.iter().filter(|f| *f != "index.html" && !static_pages.contains(f)).cloned());
    let list = format!("[{}]", precache.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>().join(", "));
    let sw = template.replace("__VERSION__", &version).replace("__PRECACHE__", &list);
    if sw.contains("__VERSION__") || sw.contains("__PRECACHE__") || sw == template {
        return Err("sw.js: placeholders not filled".into());
    }
    fs::write(&sw_path, sw).map_err(|e| format!("{}: {e}", sw_path.display()))?;
    println!("precache: {} files, version {version}", precache.len());
    Ok(())
}

fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result {
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            list_files(root, &path, out)?;
        } else {
            let relative = path.strip_prefix(root).expect("listed under root");
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// 16 hex digits of the SHA-256 of every file's name and bytes: any change
/// to any file makes a new version, and an unchanged build keeps its version.
fn version_of(dir: &Path, files: &[String]) -> Result<String> {
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.as_bytes());
        hasher.update([0]);
        hasher.update(fs::read(dir.join(file)).map_err(|e| format!("{file}: {e}"))?);
    }
    Ok(hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect())
}
