//! Static pages at build time: `src/bin/prerender.rs` renders a screen with
//! the app's own components, and `page` fits that markup into the built
//! `index.html`. Plain text work on a page whose every part the build wrote
//! itself; no web dependency, so it is tested natively.
//!
//! A page sits in a folder of its own (`route::View::static_path`), so each
//! address of the template moves up to the app's folder; the page tells the
//! app where that is (`data-app-root`) and which screen it shows in the
//! app's own terms (`data-app-address`, an old-style `?lang=…&card=…`),
//! and `public/preload-lang.js` moves the address there before the app
//! starts; the app then mounts over the same markup (`ui::boot`).

use crate::{
    i18n::{Lang, LangExt},
    route::{UnknownView, View},
};

/// The `id` of the element right after the 112 strip: the notices' region
/// (`ui::app::NoticeList`), empty while a page arrives. The first paint
/// waits for it (`first_paint_hint`), so the strip is whole when first shown.
pub const FIRST_PAINT_AFTER: &str = "notices";

/// The relative address of the app's folder from a page at `path`.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// The whole page for `view` in `lang`, from the built `index.html`
/// (`template`, before its CSP is added) and the app's markup for it.
pub fn page(template: &str, lang: Lang, view: View, app: &str, languages_label: &str) -> Result<String, String> {
    let path = view.static_path(lang.code()).ok_or_else(|| format!("{view:?} has no static page"))?;
    let root = root_of(&path);
    let body_at = template.find("<body").ok_or("index.html: no <body>")?;
    let (head, body) = template.split_at(body_at);

    let html_start = head.find("<html").ok_or("index.html: no <html>")?;
    let html_end = html_start + head[html_start..].find('>').ok_or("index.html: unterminated <html>")? + 1;
    let html = format!(
        "<html lang=\"{}\" dir=\"{}\" data-app-root=\"{root}\" data-app-address=\"{}\">",
        lang.code(),
        lang.dir().as_str(),
        escape(&view.href(Some(lang.code())))
    );
    let (rest_of_head, scripts) = scripts_apart(&head[html_end..]);
    let strip = app.find("emergency-strip").ok_or("the app's markup has no 112 strip")?;
    if !app[strip..].contains(&format!("id=\"{FIRST_PAINT_AFTER}\"")) {
        return Err(format!("the app's markup has no #{FIRST_PAINT_AFTER} after its 112 strip"));
    }
    let head = format!(
        "{}{html}{}{}</head>",
        &head[..html_start],
        with_root(&rest_of_head, &root).trim_end().trim_end_matches("</head>"),
        first_paint_hint()
    );
    let scripts = with_loader_root(&with_root(&scripts, &root), &root)?;

    let help = ["id=static-help", "id=\"static-help\""]
        .into_iter()
        .find(|id| body.contains(id))
        .ok_or("index.html: no #static-help")?;
    // Kept, hidden: the app shows it again should it fail after taking over.
    let body = body.replacen(help, &format!("{help} hidden"), 1);
    let slot = ["<div id=app></div>", "<div id=\"app\"></div>"]
        .into_iter()
        .find(|slot| body.contains(slot))
        .ok_or("index.html: no empty <div id=\"app\">")?;
    // The renderer's empty comments mark places for hydration, which these
    // pages do not use: the app mounts afresh over identical markup.
    let app = static_links(&app.replace("<!>", ""), lang, &root);
    let filled = format!("<div id=\"app\">{app}</div>{}", languages(view, lang, &root, languages_label));
    let body = body.replacen(slot, &filled, 1);
    let end = body.rfind("</body>").ok_or("index.html: no </body>")?;
    Ok(format!("{head}{}{scripts}{}", &body[..end], &body[end..]))
}

/// On a slow link the browser paints whatever has arrived. If the 112
/// strip were painted half-parsed, its button would grow as its words came
/// in and push the question beside it: a layout shift right where a thumb
/// is about to tap. The language picker before it would widen with each
/// option. So the first paint waits until the strip is whole. It is early
/// in the page, and nothing above it is of use alone. The hint names the
/// empty element after the strip, not the strip: Chromium stops waiting
/// once the named element is inserted, before its content has arrived.
/// Browsers without `rel=expect` ignore the hint and paint as before.
fn first_paint_hint() -> String {
    format!("<link rel=\"expect\" href=\"#{FIRST_PAINT_AFTER}\" blocking=\"render\">")
}

/// Every `href` and `src` of `head`, now relative to the page's folder.
fn with_root(head: &str, root: &str) -> String {
    let mut out = String::with_capacity(head.len() + 256);
    let mut rest = head;
    while let Some(at) = [" href=", " src="].iter().filter_map(|attr| rest.find(attr).map(|i| i + attr.len())).min() {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let quote = if rest.starts_with(['"', '\'']) { &rest[..1] } else { "" };
        out.push_str(quote);
        rest = &rest[quote.len()..];
        if is_relative(rest) {
            out.push_str(root);
            rest = rest.strip_prefix("./").unwrap_or(rest);
        }
    }
    out.push_str(rest);
    out
}

/// The import of Trunk's inline loader, relative to the page's folder.
fn with_loader_root(out: &str, root: &str) -> Result<String, String> {
    let loader = ["<script type=module>", "<script type=\"module\">"]
        .into_iter()
        .find_map(|open| out.find(open).map(|at| at + open.len()))
        .ok_or("index.html: Trunk's inline loader not found")?;
    let end = loader + out[loader..].find("</script>").ok_or("index.html: unterminated loader")?;
    // Only the import: it is resolved as the page is parsed, from the page's
    // folder. The wasm is fetched when the loader runs, after
    // `public/preload-lang.js` has moved the address to the app's folder.
    let script = out[loader..end].replace("from './", &format!("from '{root}"));
    Ok(format!("{}{script}{}", &out[..loader], &out[end..]))
}

/// The app's page asks for its scripts and the wasm at once, as they are the
/// longest downloads before anything works there. A static page is readable
/// without them: on a slow link they would share the bandwidth with the
/// page's own text. So the wasm preload goes, and the scripts (all deferred
/// or modules, so their order and timing are kept) move to the end of the
/// body, where the browser finds them after the text; the loader then
/// fetches the wasm once the page is parsed.
fn scripts_apart(head: &str) -> (String, String) {
    let (mut kept, mut scripts) = (String::with_capacity(head.len()), String::new());
    let mut rest = head;
    while let Some(at) = ["<script", "<link "].iter().filter_map(|open| rest.find(open)).min() {
        kept.push_str(&rest[..at]);
        let close = if rest[at..].starts_with("<script") { "</script>" } else { ">" };
        let end = rest[at..].find(close).map_or(rest.len(), |i| at + i + close.len());
        let tag = &rest[at..end];
        let rel = |value: &str| tag.contains(&format!(" rel={value}")) || tag.contains(&format!(" rel=\"{value}\""));
        if tag.starts_with("<script") || rel("modulepreload") {
            scripts.push_str(tag);
        } else if !(rel("preload") && tag.contains(".wasm")) {
            kept.push_str(tag);
        }
        rest = &rest[end..];
    }
    kept.push_str(rest);
    (kept, scripts)
}

fn is_relative(value: &str) -> bool {
    let scheme = value.find(':').is_some_and(|colon| !value[..colon].contains(['/', '?', '#']));
    !(value.starts_with(['/', '#']) || scheme)
}

/// The app's links (`?view=contacts`, `?card=police`, `.`) as links to the
/// static pages of `lang`, so they work without JavaScript; a screen with
/// no page of its own opens in the app, in the same language.
fn static_links(app: &str, lang: Lang, root: &str) -> String {
    let mut out = String::with_capacity(app.len() + 1024);
    let mut rest = app;
    while let Some(at) = rest.find(" href=\"") {
        let start = at + " href=\"".len();
        let Some(len) = rest[start..].find('"') else { break };
        out.push_str(&rest[..start]);
        let value = &rest[start..start + len];
        out.push_str(&match link_target(value, lang) {
            Some(target) => format!("{root}{}", escape(&target)),
            None => value.to_owned(),
        });
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

/// Where the app's link `value` goes on a static page, or `None` for a
/// link that is not to a screen (`tel:`, `#main`).
fn link_target(value: &str, lang: Lang) -> Option<String> {
    let query = if value == "." { "" } else { value.strip_prefix('?')? };
    let query = query.replace("&amp;", "&");
    let param = |key: &str| query.split('&').find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='));
    let view = View::from_params(param("view"), param("card"), param("case"))
        .unwrap_or_else(|(fallback, _): (View, UnknownView)| fallback);
    let lang = param("lang").and_then(Lang::from_tag).unwrap_or(lang);
    Some(view.link(lang.code()))
}

/// Without JavaScript the language picker cannot work; these links to the
/// same screen in every language take its place (`@media (scripting: none)`
/// in the stylesheet hides the picker then).
fn languages(view: View, lang: Lang, root: &str, label: &str) -> String {
    let items: String = Lang::ALL
        .iter()
        .filter_map(|other| {
            let path = view.static_path(other.code())?;
            let current = if *other == lang { " aria-current=\"page\"" } else { "" };
            Some(format!(
                "<li><a href=\"{root}{path}\" lang=\"{code}\" hreflang=\"{code}\" dir=\"{dir}\"{current}>{name}</a></li>",
                code = other.code(),
                dir = other.dir().as_str(),
                name = escape(other.endonym()),
            ))
        })
        .collect();
    format!("<noscript><nav class=\"static-langs\" aria-label=\"{}\"><ul>{items}</ul></nav></noscript>", escape(label))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html dir=ltr lang=pl><head><meta charset=utf-8>\
        <script defer src=preload-lang.js></script>\
        <link crossorigin href=./pocket-card-1.js rel=modulepreload>\
        <link as=fetch crossorigin href=./p_bg.wasm rel=preload type=application/wasm>\
        <script type=module>import init from './pocket-card-1.js';await init({ module_or_path: './p_bg.wasm' });</script>\
        <link href=icons/i.png rel=icon><link href=\"manifest.webmanifest\" rel=manifest></head>\
        <body><main class=static-help id=static-help><a href=tel:112>112</a></main><div id=app></div></body></html>";

    fn card_page() -> String {
        let app = "<a href=\".\" class=\"brand\">Home</a><a href=\"?view=contacts\">C</a>\
                   <aside class=\"emergency-strip\"><a href=\"tel:112\">112</a></aside><div id=\"notices\"></div>\
                   <a href=\"?card=person\">P</a><a href=\"?view=check\">Check</a>\
                   <a href=\"#main\">skip</a>";
        page(
            TEMPLATE,
            Lang::from_tag("uk").unwrap(),
            View::Card(crate::content::cards::find("volunteer").unwrap()),
            app,
            "Мова",
        )
        .unwrap()
    }

    #[test]
    fn the_root_is_one_step_up_per_folder() {
        assert_eq!(root_of("uk/"), "../");
        assert_eq!(root_of("uk/card/volunteer/"), "../../../");
    }

    #[test]
    fn the_page_names_the_app_files_from_its_folder() {
        let page = card_page();
        assert!(page.contains("src=../../../preload-lang.js"), "{page}");
        assert!(page.contains("href=../../../pocket-card-1.js rel=modulepreload"));
        assert!(page.contains("import init from '../../../pocket-card-1.js'"));
        assert!(page.contains("module_or_path: './p_bg.wasm'"), "fetched once the address is the app's");
        assert!(!page.contains("rel=preload"), "the wasm waits until the page is parsed: {page}");
        assert!(page.contains("href=../../../icons/i.png") && page.contains("href=\"../../../manifest.webmanifest\""));
        assert!(page.contains("<html lang=\"uk\" dir=\"ltr\" data-app-root=\"../../../\" data-app-address=\"?lang=uk&amp;card=volunteer\">"));
    }

    #[test]
    fn the_first_paint_waits_for_the_whole_112_strip() {
        let page = card_page();
        let hint = "<link rel=\"expect\" href=\"#notices\" blocking=\"render\"></head>";
        assert_eq!(page.matches(hint).count(), 1, "{page}");
        assert!(page.find(hint).unwrap() < page.find("<body").unwrap());
        assert_eq!(page.matches("</head>").count(), 1, "{page}");
        let strip = "<aside class=\"emergency-strip\"><a href=\"tel:112\">112</a></aside>";
        let without = TEMPLATE.replace("</head>", "");
        let page = page_of(&without, &format!("{strip}<div id=\"notices\"></div>"));
        assert!(page.unwrap().contains(hint), "a template whose head ends unclosed");
        for app in
            [strip.to_owned(), format!("<div id=\"notices\"></div>{strip}"), String::from("<div id=\"notices\">")]
        {
            assert!(page_of(TEMPLATE, &app).is_err(), "a page whose first paint would not wait for the strip: {app}");
        }
    }

    fn page_of(template: &str, app: &str) -> Result<String, String> {
        page(template, Lang::DEFAULT, View::Home, app, "Język")
    }

    #[test]
    fn the_scripts_follow_the_text_in_their_order() {
        let page = card_page();
        let (text, scripts) = (page.find("<div id=\"app\">").unwrap(), page.find("<script").unwrap());
        assert!(text < scripts && page[..page.find("<body").unwrap()].find("<script").is_none(), "{page}");
        let order = ["src=../../../preload-lang.js", "rel=modulepreload", "<script type=module>", "</body>"];
        let at: Vec<usize> = order.iter().map(|part| page.find(part).unwrap()).collect();
        assert!(at.windows(2).all(|pair| pair[0] < pair[1]), "{page}");
    }

    #[test]
    fn the_app_markup_fills_the_slot_and_the_static_help_hides() {
        let page = card_page();
        assert!(page.contains("<main class=static-help id=static-help hidden>"));
        assert!(page.contains("<div id=\"app\"><a href=\"../../../uk/\" class=\"brand\">"));
        assert!(!page.contains("<div id=app></div>"));
    }

    #[test]
    fn links_go_to_static_pages_or_into_the_app_in_the_same_language() {
        let page = card_page();
        assert!(page.contains("href=\"../../../uk/contacts/\""));
        assert!(page.contains("href=\"../../../uk/card/person/\""));
        assert!(page.contains("href=\"../../../?lang=uk&amp;view=check\""));
        assert!(page.contains("href=\"tel:112\"") && page.contains("href=\"#main\""));
    }

    #[test]
    fn every_language_of_the_same_screen_is_linked() {
        let page = card_page();
        for lang in Lang::ALL {
            assert!(page.contains(&format!("href=\"../../../{}/card/volunteer/\"", lang.code())), "{lang:?}");
        }
        assert_eq!(page.matches("aria-current=\"page\"").count(), 1);
        assert!(page.contains("<noscript><nav class=\"static-langs\" aria-label=\"Мова\">"));
    }

    #[test]
    fn only_screens_with_pages_get_one() {
        assert!(page(TEMPLATE, Lang::DEFAULT, View::Check, "", "").is_err());
        assert!(page("<html><head></head><body></body></html>", Lang::DEFAULT, View::Home, "", "").is_err());
    }
}
