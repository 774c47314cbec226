//! `prerender <dist>`: renders the screens that need no answers (home,
//! contacts, the list of cards, each pocket card, about) in every language
//! to static pages under `<dist>`, with the app's own components and
//! Leptos's server-side renderer. `cargo xtask post-build` runs it on Trunk's
//! staging folder after the locales are bundled and before the CSP is added.

use std::{fs, path::Path, process::ExitCode};

use leptos::prelude::*;
use pocket_card::{
    i18n::{msg, Catalog, Lang},
    route::View,
    static_page,
    ui::App,
};

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1) else {
        eprintln!("usage: prerender <dist folder>");
        return ExitCode::FAILURE;
    };
    match run(Path::new(&dist)) {
        Ok(pages) => {
            println!("prerender: {pages} static pages");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(dist: &Path) -> Result<usize, String> {
    let read = |path: &Path| fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let template = read(&dist.join("index.html"))?;
    let mut pages = 0;
    for lang in Lang::ALL {
        let source = read(&dist.join(format!("locales/{}.ftl", lang.code())))?;
        let (catalog, errors) = Catalog::parse(lang, &[source]);
        if let Some(error) = errors.first() {
            return Err(format!("{error:?}"));
        }
        let label = catalog.text(msg::LANGUAGE_LABEL);
        for view in View::static_pages() {
            let path = view.static_path(lang.code()).expect("a static page has a path");
            let app = render(catalog.clone(), view);
            let page = static_page::page(&template, lang, view, &app, &label)?;
            let folder = dist.join(&path);
            fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            fs::write(folder.join("index.html"), page).map_err(|e| format!("{path}: {e}"))?;
            pages += 1;
        }
    }
    Ok(pages)
}

/// The app's markup for `view`, as the browser's first render makes it.
fn render(catalog: Catalog, view: View) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <App catalog=catalog view=view notices=Vec::new() /> }.to_html())
}
