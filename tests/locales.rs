//! Every locale has every message of the reference locale (`en`), with the
//! same variables, no syntax errors, and every message id the content needs.

#![cfg(not(target_arch = "wasm32"))]

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

use fluent_syntax::{ast, parser};
use pocket_card::{
    checker::Outcome,
    content::{
        cards, contacts, indicators, scenarios, CardExt, ContactExt, Dimension, DimensionExt, Domain, DomainExt,
        Effect, EffectExt, IndicatorExt, SafetyQuestionExt, ScenarioExt,
    },
    i18n::{Catalog, Lang, LangExt, Status, FTL_FILES},
};

const REFERENCE: Lang = Lang::En;

/// (locale, message) pairs whose right translation is the English word.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[("es", "check-answer-no")];

/// message id → the variables it uses (including in selectors and attributes).
type Messages = BTreeMap<String, BTreeSet<String>>;

fn locale_dir(lang: Lang) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang.code())
}

fn read(lang: Lang, file: &str) -> String {
    let path = locale_dir(lang).join(file);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn messages(lang: Lang) -> Messages {
    let mut out = Messages::new();
    for file in FTL_FILES {
        let source = read(lang, file);
        let resource = parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}/{file}: syntax errors {errors:?}", lang.code()));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut vars = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        pattern_vars(pattern, &mut vars);
                    }
                    for attribute in &message.attributes {
                        pattern_vars(&attribute.value, &mut vars);
                    }
                    let id = message.id.name.to_owned();
                    assert!(message.value.is_some(), "{}/{file}: {id} has no value", lang.code());
                    assert!(out.insert(id.clone(), vars).is_none(), "{}: {id} defined twice", lang.code());
                }
                ast::Entry::Junk { content } => panic!("{}/{file}: cannot parse {content:?}", lang.code()),
                _ => {}
            }
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let reference = messages(REFERENCE);
    for lang in Lang::ALL {
        let these = messages(lang);
        let missing: Vec<_> = reference.keys().filter(|id| !these.contains_key(*id)).collect();
        let extra: Vec<_> = these.keys().filter(|id| !reference.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{} has messages the reference does not: {extra:?}", lang.code());
        for (id, vars) in &reference {
            assert_eq!(&these[id], vars, "{}: {id} uses other variables than {}", lang.code(), REFERENCE.code());
        }
    }
}

#[test]
fn every_locale_declares_how_its_translation_was_checked() {
    for lang in Lang::ALL {
        let path = locale_dir(lang).join("locale.toml");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(text.lines().any(|l| l.trim_start().starts_with("status")), "{}: no status", path.display());
        let expected_source = lang == REFERENCE;
        assert_eq!(
            lang.status() == Status::Source,
            expected_source,
            "{}: only the reference is the source",
            lang.code()
        );
    }
}

#[test]
fn every_locale_has_the_same_files() {
    for lang in Lang::ALL {
        let mut files: Vec<String> = fs::read_dir(locale_dir(lang))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.ends_with(".ftl"))
            .collect();
        files.sort();
        assert_eq!(files, FTL_FILES, "{}", lang.code());
    }
}

#[test]
fn every_content_message_exists_in_every_locale() {
    let mut needed: BTreeSet<String> =
        contacts::all().iter().flat_map(pocket_card::content::Contact::message_ids).collect();
    for indicator in indicators::all() {
        needed.extend([indicator.sign_id(), indicator.question_id()]);
    }
    for question in indicators::safety_questions() {
        needed.extend([question.sign_id(), question.question_id()]);
    }
    for card in cards::all() {
        needed.extend(card.message_ids());
    }
    for scenario in scenarios::all() {
        needed.extend(scenario.message_ids());
    }
    needed.extend([Effect::Helps, Effect::Mixed, Effect::Harms].map(|e| e.message_id().to_owned()));
    needed.extend(Domain::ALL.iter().map(|d| d.message_id()));
    needed.extend(Dimension::ALL.iter().map(|d| d.message_id()));
    for outcome in Outcome::ALL {
        needed.extend([outcome.message_id().to_owned(), format!("{}-text", outcome.message_id())]);
    }
    needed.extend(Lang::ALL.iter().map(|l| l.name_id()));
    for lang in Lang::ALL {
        let have = messages(lang);
        for id in &needed {
            assert!(have.contains_key(id), "{} lacks {id}", lang.code());
        }
    }
}

#[test]
fn every_locale_formats_without_errors_and_is_not_left_in_english() {
    let english = messages(REFERENCE);
    for lang in Lang::ALL {
        let sources: Vec<String> = FTL_FILES.iter().map(|f| read(lang, f)).collect();
        let (catalog, errors) = Catalog::parse(lang, &sources);
        assert!(errors.is_empty(), "{}: {errors:?}", lang.code());
        if lang == REFERENCE {
            continue;
        }
        let english_sources: Vec<String> = FTL_FILES.iter().map(|f| read(REFERENCE, f)).collect();
        let (english_catalog, _) = Catalog::parse(REFERENCE, &english_sources);
        let untranslated: Vec<&String> = english
            .keys()
            .filter(|id| !["app-name", "field-email", "share-link"].contains(&id.as_str()))
            // Words that are the same in both languages ("No" in Spanish).
            .filter(|id| !SAME_AS_ENGLISH.contains(&(lang.code(), id.as_str())))
            .filter(|id| catalog.text(id) == english_catalog.text(id))
            .collect();
        assert!(untranslated.is_empty(), "{}: still English: {untranslated:?}", lang.code());
    }
}

#[test]
fn plural_messages_pick_each_languages_forms() {
    let load = |lang: Lang| {
        let sources: Vec<String> = FTL_FILES.iter().map(|f| read(lang, f)).collect();
        Catalog::parse(lang, &sources).0
    };
    let count = |n: i64| [("count", n.into())];
    let pl = load(Lang::Pl);
    assert_eq!(pl.text_args("sources-title", &count(1)), "Źródło");
    assert_eq!(pl.text_args("sources-title", &count(3)), "Źródła (3)");
    assert_eq!(pl.text_args("sources-title", &count(5)), "Źródeł (5)");
    let uk = load(Lang::Uk);
    assert_eq!(uk.text_args("sources-title", &count(5)), "Джерел (5)");
    let en = load(Lang::En);
    assert_eq!(en.text_args("sources-title", &count(2)), "Sources (2)");
    // Arabic has six forms; 0, 2 and 11 each take their own.
    let ar = load(Lang::Ar);
    let zero = ar.text_args("result-answered", &count(0));
    let two = ar.text_args("result-answered", &count(2));
    let eleven = ar.text_args("result-answered", &count(11));
    let hundred = ar.text_args("result-answered", &count(100));
    assert!(!zero.contains('0') && !two.contains('2'), "{zero} / {two}: spelt out, not numbered");
    assert!(eleven.contains("11") && hundred.contains("100"));
    assert_ne!(zero, two);
    // Every plural message gives every locale's number its own, non-empty text.
    for lang in Lang::ALL {
        let catalog = load(lang);
        for n in [0, 1, 2, 3, 5, 11, 21, 100] {
            for id in ["sources-title", "result-answered"] {
                let text = catalog.text_args(id, &count(n));
                assert!(!text.trim().is_empty() && !text.contains(id), "{}: {id} for {n} is {text:?}", lang.code());
            }
        }
    }
}

/// Issue #19: Belarusian counts read right (the plural library's own `be`
/// rule drops the modulo; `Catalog` uses the CLDR-equal Ukrainian rule).
#[test]
fn belarusian_counts_take_the_right_plural_form() {
    let sources: Vec<String> = FTL_FILES.iter().map(|f| read(Lang::Be, f)).collect();
    let (catalog, _) = Catalog::parse(Lang::Be, &sources);
    let answered = |count: u32| catalog.text_args("result-answered", &[("count", count.into())]);
    for (count, word) in [
        (1, "адказ."),
        (2, "адказы."),
        (5, "адказаў."),
        (11, "адказаў."),
        (21, "адказ."),
        (22, "адказы."),
        (25, "адказаў."),
        (101, "адказ."),
    ] {
        let text = answered(count);
        assert!(text.ends_with(word), "{count}: {text}");
        assert!(text.contains(&count.to_string()), "{count}: {text}");
    }
}

/// Issue #19: in Arabic text, every Latin name, number and time range sits
/// in a Unicode isolate (U+2066–U+2068 … U+2069), so it reads right in RTL
/// and when copied. Placeables are isolated by Fluent itself.
#[test]
fn arabic_latin_runs_and_numbers_are_isolated() {
    let mut bare = Vec::new();
    for file in FTL_FILES {
        let source = read(Lang::Ar, file);
        for line in source.lines() {
            let Some((id, value)) = line.split_once(" = ").or_else(|| line.starts_with(' ').then_some(("", line)))
            else {
                continue;
            };
            if line.trim_start().starts_with('#')
                || line.trim_start().starts_with('[')
                || line.trim_start().starts_with("*[") && !value.contains(']')
            {
                continue;
            }
            // Drop placeables and variant keys: they are not text.
            let mut text = String::new();
            let mut depth = 0;
            for c in value.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 => text.push(c),
                    _ => {}
                }
            }
            let text = text.trim_start();
            let text = if text.starts_with('[') || text.starts_with("*[") {
                text.split_once(']').map_or("", |(_, t)| t)
            } else {
                text
            };
            if !text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
                continue; // no Arabic in it: nothing to isolate from
            }
            let mut isolated = 0;
            for c in text.chars() {
                match c {
                    '\u{2066}'..='\u{2068}' => isolated += 1,
                    '\u{2069}' => isolated -= 1,
                    c if c.is_ascii_alphanumeric() && isolated == 0 => {
                        bare.push(format!("{file} {id}: {text}"));
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(bare.is_empty(), "Latin or digits outside an isolate:\n{}", bare.join("\n"));
}
