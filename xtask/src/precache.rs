//! `cargo xtask precache`, run by Trunk after each build (a `post_build`
//! hook, see Trunk.toml) on its staging folder:
//!
//! 1. adds the Content-Security-Policy to `index.html`, with the SHA-256 of
//!    Trunk's inline loader script, the only inline script there is;
//! 2. in release builds, fills `sw.js` with the exact list of files of the
//!    build and a version derived from their bytes. Debug builds (`cargo
//!    xtask serve`) get no service worker, so development is never served
//!    from a stale cache.

use std::{
    fs,
    path::{Path, PathBuf},
};

use sha2::{Digest, Sha256};

use crate::{cmd::Result, prerender};

/// Everything the app needs comes from its own origin; WebAssembly may be
/// compiled; no inline script except the loader whose hash is added.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {loader}; style-src 'self' {style}; \
img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
object-src 'none'; base-uri 'none'; form-action 'none'";

pub fn run() -> Result {
    let dir = std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .ok_or("TRUNK_STAGING_DIR is not set: `cargo xtask precache` runs as a Trunk post_build hook")?;
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");

    let index_path = dir.join("index.html");
    let index = fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    fs::write(&index_path, with_preloads_at_loader(&index)?).map_err(|e| format!("{}: {e}", index_path.display()))?;

    let langs = bundle_locales(&dir.join("locales"))?;
    fill_preload(&dir.join("preload-lang.js"), &langs)?;

    // The static pages start from the built page and its languages; each
    // then gets the CSP like the page itself, with its own loader's hash.
    let pages = if release { prerender::run(&dir)? } else { Vec::new() };
    for page in std::iter::once(&index_path).chain(&pages) {
        let html = fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?;
        fs::write(page, with_csp(&html)?).map_err(|e| format!("{}: {e}", page.display()))?;
    }

    let sw_path = dir.join("sw.js");
    if !release {
        let _ = fs::remove_file(&sw_path);
        return Ok(());
    }
    let template = fs::read_to_string(&sw_path).map_err(|e| format!("{}: {e}", sw_path.display()))?;
    let mut files = Vec::new();
    list_files(&dir, &dir, &mut files)?;
    files.retain(|f| f != "sw.js");
    files.sort();
    let version = version_of(&dir, &files)?;
    // Not the static pages: the installed app opens each of them itself
    // (sw.js), so they would only make the install 16 times heavier.
    let static_pages: Vec<String> = pages
        .iter()
        .filter_map(|p| p.strip_prefix(&dir).ok())
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();
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

/// Inserts the CSP `<meta>` right after `<meta charset>`, with the hashes
/// of the inline module script Trunk wrote and of the inlined stylesheet.
/// Release builds are minified by Trunk (`Trunk.toml`), which drops the
/// quotes and the self-closing slash; both spellings are accepted.
fn with_csp(index: &str) -> Result<String> {
    let (_, open) = find_loader(index)?;
    let loader = inline_hash(index, open, "</script>")?.ok_or("index.html: Trunk's inline loader script not found")?;
    let style = inline_hash(index, "<style>", "</style>")?.unwrap_or_default();
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
        CSP.replace("{loader}", &loader)
            .replace(" {style}", &if style.is_empty() { String::new() } else { format!(" {style}") })
    );
    let (at, charset) = ["<meta charset=\"utf-8\" />", "<meta charset=utf-8>"]
        .into_iter()
        .find_map(|charset| index.find(charset).map(|at| (at, charset)))
        .ok_or("index.html: <meta charset=\"utf-8\" /> not found")?;
    let at = at + charset.len();
    Ok(format!("{}\n    {meta}{}", &index[..at], &index[at..]))
}

/// Trunk appends the preloads of the wasm and its glue to the end of the
/// head, after the inlined stylesheet and the icons; the browser requests
/// resources in document order as it parses, so they move to just before
/// Trunk's loader, where index.html puts it: early in the head.
fn with_preloads_at_loader(index: &str) -> Result<String> {
    let is_preload = |tag: &str| {
        ["rel=modulepreload", "rel=\"modulepreload\"", "rel=preload", "rel=\"preload\""]
            .iter()
            .any(|rel| tag.contains(rel))
    };
    let mut rest = String::with_capacity(index.len());
    let mut preloads = String::new();
    let mut from = 0;
    while let Some(at) = index[from..].find("<link").map(|i| from + i) {
        let end = at + index[at..].find('>').ok_or("index.html: unterminated <link")? + 1;
        rest.push_str(&index[from..at]);
        if is_preload(&index[at..end]) {
            preloads.push_str(&index[at..end]);
        } else {
            rest.push_str(&index[at..end]);
        }
        from = end;
    }
    rest.push_str(&index[from..]);
    let (loader, _) = find_loader(&rest)?;
    rest.insert_str(loader, &preloads);
    Ok(rest)
}

/// Where Trunk's inline loader starts, and its opening tag as spelt there
/// (quoted as Trunk writes it, or unquoted once minified).
fn find_loader(index: &str) -> Result<(usize, &'static str)> {
    ["<script type=\"module\">", "<script type=module>"]
        .into_iter()
        .find_map(|open| index.find(open).map(|at| (at, open)))
        .ok_or_else(|| "index.html: Trunk's inline loader script not found".into())
}

/// The CSP source (`'sha256-…'`) of the one element opened by `open`, if
/// any; more than one would each need a hash, so that is an error.
fn inline_hash(index: &str, open: &str, close: &str) -> Result<Option<String>> {
    let Some(start) = index.find(open).map(|i| i + open.len()) else { return Ok(None) };
    let end = start + index[start..].find(close).ok_or_else(|| format!("index.html: unterminated {open}"))?;
    if index[end..].contains(open) {
        return Err(format!("index.html: more than one {open}; each would need a hash"));
    }
    Ok(Some(format!("'sha256-{}'", base64(&Sha256::digest(&index.as_bytes()[start..end])))))
}

/// Joins each language's `.ftl` files into one `locales/<code>.ftl`: a
/// language is then one request, not one per file (with HTTP/1.1's six
/// connections, seven files took two round trips on a first visit), and one
/// entry in the precache. The sources stay split by topic for translators.
/// Returns the language codes, sorted.
fn bundle_locales(locales: &Path) -> Result<Vec<String>> {
    let mut codes = Vec::new();
    let mut dirs: Vec<PathBuf> = fs::read_dir(locales)
        .map_err(|e| format!("{}: {e}", locales.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        let mut bundle = String::new();
        for file in &files {
            let text = fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
            bundle.push_str(text.trim_end());
            // A blank line keeps one file's closing comment from attaching
            // to the next file's first message.
            bundle.push_str("\n\n");
        }
        let target = dir.with_extension("ftl");
        fs::write(&target, bundle).map_err(|e| format!("{}: {e}", target.display()))?;
        fs::remove_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        codes.extend(dir.file_name().and_then(|n| n.to_str()).map(str::to_owned));
    }
    Ok(codes)
}

/// Gives `preload-lang.js` the list of languages the build ships, so the
/// script and the app can never disagree on which files exist.
fn fill_preload(path: &Path, langs: &[String]) -> Result {
    let template = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let filled = with_langs(&template, langs)?;
    fs::write(path, filled).map_err(|e| format!("{}: {e}", path.display()))
}

fn with_langs(template: &str, langs: &[String]) -> Result<String> {
    if !template.contains("__LANGS__") {
        return Err("preload-lang.js: the __LANGS__ placeholder is missing".into());
    }
    if langs.is_empty() {
        return Err("preload-lang.js: no languages found in locales/".into());
    }
    let list = format!("[{}]", langs.iter().map(|l| format!("'{l}'")).collect::<Vec<_>>().join(", "));
    Ok(template.replace("__LANGS__", &list))
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

/// Standard base64 with padding, as CSP hash sources are written.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_becomes_one_file_with_every_message() {
        let root = std::env::temp_dir().join(format!("pocket-card-bundle-{}", std::process::id()));
        let uk = root.join("uk");
        fs::create_dir_all(&uk).unwrap();
        fs::write(uk.join("b.ftl"), "# second\nb = Б\n").unwrap();
        fs::write(uk.join("a.ftl"), "a = А\n# a trailing comment").unwrap();
        fs::write(uk.join("locale.toml"), "status = \"machine-assisted\"\n").unwrap();
        assert_eq!(bundle_locales(&root).unwrap(), ["uk"]);
        let bundle = fs::read_to_string(root.join("uk.ftl")).unwrap();
        assert_eq!(bundle, "a = А\n# a trailing comment\n\n# second\nb = Б\n\n");
        assert!(!uk.exists(), "the folder is replaced by its bundle");
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn the_preload_script_gets_the_shipped_languages() {
        let langs = ["en".to_owned(), "pl".to_owned()];
        assert_eq!(with_langs("const LANGS = __LANGS__;", &langs).unwrap(), "const LANGS = ['en', 'pl'];");
        assert!(with_langs("const LANGS = [];", &langs).is_err(), "a template without the placeholder");
        assert!(with_langs("const LANGS = __LANGS__;", &[]).is_err(), "a build without languages");
    }

    #[test]
    fn base64_matches_the_rfc_4648_vectors() {
        for (input, expected) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }

    #[test]
    fn csp_hashes_the_loader_and_sits_after_charset() {
        let page = "<html><head><meta charset=\"utf-8\" /><script type=\"module\">init()</script></head></html>";
        let out = with_csp(page).unwrap();
        let expected = base64(&Sha256::digest(b"init()"));
        assert!(out.contains(&format!("'sha256-{expected}'")));
        assert!(out.find("Content-Security-Policy").unwrap() < out.find("<script").unwrap());
        assert!(!out.contains("unsafe-inline"));
    }

    #[test]
    fn an_inline_stylesheet_is_hashed_too() {
        let page = "<meta charset=\"utf-8\" /><style>body{}</style><script type=\"module\">x</script>";
        let out = with_csp(page).unwrap();
        let expected = base64(&Sha256::digest(b"body{}"));
        assert!(out.contains(&format!("style-src 'self' 'sha256-{expected}'")));
    }

    #[test]
    fn a_minified_page_gets_the_same_policy() {
        let page = "<html><meta charset=utf-8><style>body{}</style><script type=module>init()</script>";
        let out = with_csp(page).unwrap();
        assert!(out.contains(&format!("'sha256-{}'", base64(&Sha256::digest(b"init()")))));
        assert!(out.contains(&format!("style-src 'self' 'sha256-{}'", base64(&Sha256::digest(b"body{}")))));
        assert!(out.find("<meta charset=utf-8>").unwrap() < out.find("Content-Security-Policy").unwrap());
        assert!(out.find("Content-Security-Policy").unwrap() < out.find("<style>").unwrap());
    }

    #[test]
    fn the_preloads_move_to_the_loader() {
        let page = "<head><meta charset=utf-8><script defer src=a.js></script><script type=module>x</script>\
                    <style>s</style><link href=i.png rel=icon><link href=g.js rel=modulepreload>\
                    <link as=fetch href=g_bg.wasm rel=preload type=application/wasm></head>";
        let out = with_preloads_at_loader(page).unwrap();
        assert_eq!(
            out,
            "<head><meta charset=utf-8><script defer src=a.js></script><link href=g.js rel=modulepreload>\
             <link as=fetch href=g_bg.wasm rel=preload type=application/wasm><script type=module>x</script>\
             <style>s</style><link href=i.png rel=icon></head>"
        );
        let quoted = "<script type=\"module\">x</script><link rel=\"preload\" href=\"w\" />";
        assert_eq!(
            with_preloads_at_loader(quoted).unwrap(),
            "<link rel=\"preload\" href=\"w\" /><script type=\"module\">x</script>"
        );
        assert!(with_preloads_at_loader("<link rel=preload href=w>").is_err(), "no loader");
    }

    #[test]
    fn a_page_without_the_loader_is_an_error() {
        assert!(with_csp("<meta charset=\"utf-8\" />").is_err());
    }
}
