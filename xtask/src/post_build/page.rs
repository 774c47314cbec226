//! The built page's head: the Content-Security-Policy with the hashes of
//! the only inline script (Trunk's loader) and stylesheet, and the wasm
//! preloads moved to where the loader sits.

use sha2::{Digest, Sha256};

use crate::cmd::Result;

/// Everything the app needs comes from its own origin; WebAssembly may be
/// compiled; no inline script except the loader whose hash is added.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {loader}; style-src 'self' {style}; \
img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
object-src 'none'; base-uri 'none'; form-action 'none'";

/// Inserts the CSP `<meta>` right after `<meta charset>`, with the hashes
/// of the inline module script Trunk wrote and of the inlined stylesheet.
/// Release builds are minified by Trunk (`Trunk.toml`), which drops the
/// quotes and the self-closing slash; both spellings are accepted.
pub fn with_csp(index: &str) -> Result<String> {
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
pub fn with_preloads_at_loader(index: &str) -> Result<String> {
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
