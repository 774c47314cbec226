//! What the app needs at compile time:
//! - `msg::*` constants from the reference locale (`locales/en`), so a
//!   misspelt message id in the UI is a compile error instead of a blank
//!   label discovered by a worker in the field. The parity of the other
//!   locales with this one is checked by `tests/locales.rs`.
//! - each language's translation status, from `locales/<code>/locale.toml`.
//! - the content files (`src/content/*.json`), read into the types of the
//!   `pocket-card-model` crate (`src/model`), checked, and written out as Rust
//!   statics by `databake` (the model crate's docs say why).

use std::{env, fs, path::Path};

use databake::{Bake, CrateEnv, TokenStream};
use fluent_syntax::{ast, parser};
use pocket_card_model::content::{Card, Contact, Indicator, LegalPoint, SafetyQuestion, Scenario};
use pocket_card_model::lang::{Lang, Status};
use serde::Deserialize;

const REFERENCE_LOCALE: &str = "en";

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let out_dir = env::var("OUT_DIR").unwrap();
    let messages = message_constants() + &locale_statuses();
    fs::write(Path::new(&out_dir).join("messages.rs"), messages).unwrap();
    fs::write(Path::new(&out_dir).join("content.rs"), content_statics()).unwrap();
}

/// `FTL_FILES` and one `msg::*` constant per message of the reference locale.
fn message_constants() -> String {
    let dir = Path::new("locales").join(REFERENCE_LOCALE);
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

    let mut constants = String::new();
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
                constants += &format!("    pub const {constant}: &str = {id:?};\n");
            }
        }
    }
    format!(
        "/// The `.ftl` files every locale has (the build joins them into one file per language).\n\
         pub const FTL_FILES: &[&str] = &{files:?};\n\
         /// Message ids of the reference locale, one constant each.\n\
         pub mod msg {{\n{constants}}}\n"
    )
}

/// Each locale declares how its translation was checked in
/// `locales/<code>/locale.toml` (`status = "source" | "reviewed" |
/// "machine-assisted"`). The picker shows every language's status before any
/// of them is fetched, so the statuses are compiled in.
fn locale_statuses() -> String {
    let mut statuses: Vec<(Lang, Status)> = Vec::new();
    for entry in fs::read_dir("locales").expect("locales folder") {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let meta = dir.join("locale.toml");
        println!("cargo:rerun-if-changed={}", meta.display());
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        let lang = Lang::from_tag(&code)
            .filter(|lang| lang.code() == code)
            .unwrap_or_else(|| panic!("locales/{code}: not a language of `Lang` (src/model/lang.rs)"));
        let text = fs::read_to_string(&meta).unwrap_or_else(|e| panic!("{}: {e}", meta.display()));
        let status =
            text.lines().filter_map(|line| line.split_once('=')).find(|(key, _)| key.trim() == "status").map_or_else(
                || panic!("{}: no status", meta.display()),
                |(_, value)| value.trim().trim_matches('"').to_owned(),
            );
        let status = Status::from_name(&status).unwrap_or_else(|| {
            let known: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
            panic!("{}: unknown status {status:?}; one of {known:?}", meta.display())
        });
        statuses.push((lang, status));
    }
    statuses.sort();
    format!(
        "/// Each language's translation status, from its `locales/<code>/locale.toml`.\n\
         pub const LOCALE_STATUS: &[(pocket_card_model::lang::Lang, pocket_card_model::lang::Status)] = {};\n",
        bake(&statuses.as_slice())
    )
}

/// `pub static NAME: &[Type] = &[…];` for each content file, once the
/// checks its types cannot express have passed.
fn content_statics() -> String {
    let indicators: Vec<Indicator> = read("indicators.json");
    for indicator in &indicators {
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
    let scenarios: Vec<Scenario> = read("scenarios.json");
    // The app follows a story's choices without checking them again.
    for scenario in &scenarios {
        let problems = scenario.graph_problems();
        assert!(problems.is_empty(), "src/content/scenarios.json: {}: {}", scenario.id, problems.join("; "));
    }
    [
        static_of::<Contact>("CONTACTS", "contacts.json", &read("contacts.json")),
        static_of("INDICATORS", "indicators.json", &indicators),
        static_of::<SafetyQuestion>("SAFETY_QUESTIONS", "triage.json", &read("triage.json")),
        static_of::<Card>("CARDS", "cards.json", &read("cards.json")),
        static_of::<LegalPoint>("LAW", "law.json", &read("law.json")),
        static_of("SCENARIOS", "scenarios.json", &scenarios),
    ]
    .concat()
}

/// The items of `src/content/<file>`, or the build stops with what is wrong.
fn read<T: Deserialize<'static>>(file: &str) -> Vec<T> {
    let path = Path::new("src/content").join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    // The texts are borrowed from the file (see the model crate): keep it.
    let json: &'static str = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).leak();
    serde_json::from_str(json).unwrap_or_else(|e| {
        // Borrowed texts cannot hold a JSON escape: say so rather than
        // leave serde's "expected a borrowed string" to be puzzled over.
        let hint = if e.to_string().contains("borrowed") {
            " (text in the content files cannot contain JSON escapes such as \\\" or \\n: write “ ” for quotes)"
        } else {
            ""
        };
        panic!("{}: {e}{hint}", path.display())
    })
}

fn static_of<T: Bake>(name: &str, file: &str, items: &[T]) -> String {
    let type_name = std::any::type_name::<T>();
    format!("/// From `src/content/{file}`.\npub static {name}: &[{type_name}] = {};\n", bake(&items))
}

/// The Rust expression for `value`, which names the model crate's types by
/// their full paths.
fn bake(value: &impl Bake) -> TokenStream {
    value.bake(&CrateEnv::default())
}
