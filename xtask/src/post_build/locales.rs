//! The languages as shipped: one file per language, and the list of them
//! given to the script that preloads the active one.

use std::{
    fs,
    path::{Path, PathBuf},
};

use crate::cmd::Result;

/// Joins each language's `.ftl` files into one `locales/<code>.ftl`: a
/// language is then one request, not one per file (with HTTP/1.1's six
/// connections, seven files took two round trips on a first visit), and one
/// entry in the precache. The sources stay split by topic for translators.
/// Returns the language codes, sorted.
pub fn bundle_locales(locales: &Path) -> Result<Vec<String>> {
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
pub fn fill_preload(path: &Path, langs: &[String]) -> Result {
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
}
