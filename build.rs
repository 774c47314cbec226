//! Two things the app needs at compile time:
//! - `msg::*` constants from the reference locale (`locales/en`), so a
//!   misspelt message id in the UI is a compile error instead of a blank
//!   label discovered by a worker in the field. The parity of the other
//!   locales with this one is checked by `tests/locales.rs`.
//! - the content files (`src/content/*.json`), checked against their types
//!   and written out as Rust statics (`src/content/model.rs` says why).

use std::{env, fmt::Write as _, fs, path::Path};

use fluent_syntax::{ast, parser};
use serde::{Deserialize, Serialize};

// The content types and the code writer, compiled here as in the app. The
// app's `i18n` module is not: only `Lang` is needed, and its one link to
// the rest (the locale statuses this script writes) is stood in for.
#[allow(dead_code)]
#[path = "src/content"]
mod content {
    pub mod codegen;
    pub mod model;
    pub mod source;
}
#[allow(dead_code)]
#[path = "src/i18n"]
mod i18n {
    mod lang;
    pub use lang::{Lang, Status};
    const LOCALE_STATUS: &[(Lang, Status)] = &[];
}

const REFERENCE_LOCALE: &str = "en";

fn main() {
    let dir = Path::new("locales").join(REFERENCE_LOCALE);
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut files: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.ends_with(".ftl").then_some(name)
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ftl files in {}", dir.display());

    let mut out = String::new();
    writeln!(out, "/// The `.ftl` files every locale has (the build joins them into one file per language).").unwrap();
    writeln!(out, "pub const FTL_FILES: &[&str] = &{files:?};").unwrap();
    writeln!(out, "/// Message ids of the reference locale, one constant each.").unwrap();
    writeln!(out, "pub mod msg {{").unwrap();

    let mut seen = std::collections::BTreeSet::new();
    for file in &files {
        let path = dir.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let source = fs::read_to_string(&path).unwrap();
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: Fluent syntax errors: {errors:?}", path.display()));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name;
                assert!(seen.insert(id.to_string()), "{}: message `{id}` defined twice", path.display());
                let constant = id.to_uppercase().replace('-', "_");
                writeln!(out, "    pub const {constant}: &str = {id:?};").unwrap();
            }
        }
    }
    writeln!(out, "}}").unwrap();

    write_locale_statuses(&mut out);

    let out_dir = env::var("OUT_DIR").unwrap();
    fs::write(Path::new(&out_dir).join("messages.rs"), out).unwrap();
    fs::write(Path::new(&out_dir).join("content.rs"), content_statics()).unwrap();
}

/// `pub static NAME: &[Type] = &[…];` for each content file.
fn content_statics() -> String {
    use content::model::*;
    let mut out = String::new();
    static_of::<Contact>(&mut out, "CONTACTS", "contacts.json");
    for indicator in static_of::<Indicator>(&mut out, "INDICATORS", "indicators.json") {
        // A question on a situation's short path that does not make sense
        // in that situation would be asked of the wrong person.
        let stray = indicator.short_path.iter().find(|s| !indicator.situations.contains(s));
        assert!(
            stray.is_none(),
            "indicators.json: {} is on the {stray:?} short path but not asked there",
            indicator.id
        );
        assert!(!indicator.situations.is_empty(), "indicators.json: {} fits no situation", indicator.id);
    }
    static_of::<SafetyQuestion>(&mut out, "SAFETY_QUESTIONS", "triage.json");
    static_of::<Card>(&mut out, "CARDS", "cards.json");
    static_of::<LegalPoint>(&mut out, "LAW", "law.json");
    let scenarios = static_of::<Scenario>(&mut out, "SCENARIOS", "scenarios.json");
    // The app follows a story's choices without checking them again.
    for scenario in scenarios {
        let problems = scenario.graph_problems();
        assert!(problems.is_empty(), "src/content/scenarios.json: {}: {}", scenario.id, problems.join("; "));
    }
    out
}

fn static_of<T: Deserialize<'static> + Serialize>(out: &mut String, name: &str, file: &str) -> Vec<T> {
    let path = Path::new("src/content").join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    let json: &'static str = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).leak();
    let items: Vec<T> = serde_json::from_str(json).unwrap_or_else(|e| {
        // Texts are borrowed from the file as they are (`model.rs`), so a
        // JSON escape in one is refused; say so rather than leave serde's
        // "expected a borrowed string" to be puzzled over.
        let hint = if e.to_string().contains("borrowed") {
            " (text in the content files cannot contain JSON escapes such as \\\" or \\n: write “ ” for quotes)"
        } else {
            ""
        };
        panic!("{}: {e}{hint}", path.display())
    });
    let rust = content::codegen::to_rust(&items).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let type_name = std::any::type_name::<T>().rsplit("::").next().unwrap();
    writeln!(out, "/// From `src/content/{file}`.").unwrap();
    writeln!(out, "pub static {name}: &[{type_name}] = {rust};").unwrap();
    items
}

/// Each locale declares how its translation was checked in
/// `locales/<code>/locale.toml` (`status = "source" | "reviewed" |
/// "machine-assisted"`). The picker shows every language's status before any
/// of them is fetched, so the statuses are compiled in.
fn write_locale_statuses(out: &mut String) {
    let mut entries = Vec::new();
    for entry in fs::read_dir("locales").expect("locales folder") {
        let dir = entry.unwrap().path();
        let meta = dir.join("locale.toml");
        if !dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", meta.display());
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        let lang = i18n::Lang::from_tag(&code)
            .filter(|lang| lang.code() == code)
            .unwrap_or_else(|| panic!("locales/{code}: not a language of `Lang` (src/i18n/lang.rs)"));
        let text = fs::read_to_string(&meta).unwrap_or_else(|e| panic!("{}: {e}", meta.display()));
        let status =
            text.lines().filter_map(|line| line.split_once('=')).find(|(key, _)| key.trim() == "status").map_or_else(
                || panic!("{}: no status", meta.display()),
                |(_, value)| value.trim().trim_matches('"').to_owned(),
            );
        let status = i18n::Status::from_name(&status).unwrap_or_else(|| {
            let known: Vec<&str> = i18n::Status::ALL.iter().map(|s| s.as_str()).collect();
            panic!("{}: unknown status {status:?}; one of {known:?}", meta.display())
        });
        entries.push(format!("(Lang::{lang:?}, Status::{status:?})"));
    }
    entries.sort();
    writeln!(out, "/// Each language's translation status, from its `locales/<code>/locale.toml`.").unwrap();
    writeln!(out, "pub const LOCALE_STATUS: &[(Lang, Status)] = &[{}];", entries.join(", ")).unwrap();
}
