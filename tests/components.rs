//! Component tests in a real headless Chromium (wasm-bindgen-test): the
//! contacts screen renders every number as a `tel:` link, 112 first, and
//! re-renders in place when the language changes.

#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use pocket_card::{
    content::{contacts, ContactExt, Group, PhoneNumberExt},
    i18n::{Catalog, Lang},
    ui::{contacts::ContactsScreen, state::I18n},
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn catalog(lang: Lang) -> Catalog {
    let sources: &[&str] = match lang {
        Lang::En => &[include_str!("../locales/en/app.ftl"), include_str!("../locales/en/contacts.ftl")],
        Lang::Uk => &[include_str!("../locales/uk/app.ftl"), include_str!("../locales/uk/contacts.ftl")],
        Lang::Pl => &[include_str!("../locales/pl/app.ftl"), include_str!("../locales/pl/contacts.ftl")],
        Lang::Ru => &[include_str!("../locales/ru/app.ftl"), include_str!("../locales/ru/contacts.ftl")],
        Lang::Ar => &[include_str!("../locales/ar/app.ftl"), include_str!("../locales/ar/contacts.ftl")],
        other => panic!("no test catalogue for {other:?}"),
    };
    let (catalog, errors) = Catalog::parse(lang, sources);
    assert!(errors.is_empty());
    catalog
}

/// Mounts the contacts screen in a fresh element and returns it with the
/// language handle.
fn render(lang: Lang) -> (web_sys::HtmlElement, I18n) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let i18n = I18n::new(catalog(lang));
    leptos::mount::mount_to(host.clone(), move || {
        provide_context(i18n);
        view! { <ContactsScreen /> }
    })
    .forget();
    (host, i18n)
}

fn tel_links(host: &web_sys::HtmlElement) -> Vec<String> {
    let links = host.query_selector_all("a[href^='tel:']").unwrap();
    (0..links.length())
        .map(|i| links.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("href").unwrap())
        .collect()
}

#[wasm_bindgen_test]
fn every_number_is_a_tel_link_and_112_comes_first() {
    let (host, _) = render(Lang::En);
    // Every number a Polish phone can call; the Ukrainian short numbers are
    // written out but are not links (`Contact::is_tappable`).
    let expected: Vec<String> = Group::ALL
        .into_iter()
        .flat_map(contacts::in_group)
        .flat_map(|c| c.numbers.iter().filter(|n| c.is_tappable(n)))
        .map(|n| n.tel_href())
        .collect();
    let shown = host.query_selector_all(".number").unwrap().length() as usize;
    assert_eq!(shown, contacts::all().iter().map(|c| c.numbers.len()).sum::<usize>(), "every number is shown");
    assert_eq!(tel_links(&host), expected);
    assert_eq!(tel_links(&host)[0], "tel:112");
    let first = host.query_selector(".contact").unwrap().unwrap();
    assert!(first.class_list().contains("contact-emergency"));
}

/// The notes shown are exactly those the core rule gives for the year the
/// app reads from the clock, so the test holds in any year.
#[wasm_bindgen_test]
fn numbers_not_current_say_when_they_were_last_confirmed() {
    let (host, _) = render(Lang::En);
    let year = pocket_card::ui::browser::current_year();
    let notes = host.query_selector_all(".last-confirmed").unwrap();
    let texts: Vec<String> = (0..notes.length()).map(|i| notes.item(i).unwrap().text_content().unwrap()).collect();
    let expected: Vec<u16> = Group::ALL
        .into_iter()
        .flat_map(contacts::in_group)
        .flat_map(|c| c.numbers)
        .filter_map(|n| n.last_confirmed_note(year))
        .collect();
    assert_eq!(texts.len(), expected.len(), "{texts:?}");
    for (text, year) in texts.iter().zip(&expected) {
        assert!(text.contains(&year.to_string()), "{text:?} should name {year}");
    }
    assert!(
        expected.contains(&2022) && expected.contains(&2019),
        "La Strada's office line, the police helpline, the crisis centre"
    );
}

/// Lets the reactive system run the effects a signal change scheduled.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn switching_language_re_renders_in_place() {
    let (host, i18n) = render(Lang::En);
    let title = || host.query_selector("h1").unwrap().unwrap().text_content().unwrap();
    assert_eq!(title(), "Contacts");
    let links_before = tel_links(&host);
    i18n.set(catalog(Lang::Uk));
    settle().await;
    assert_eq!(title(), "Контакти");
    assert!(host.text_content().unwrap().contains("Цілодобово"));
    assert_eq!(tel_links(&host), links_before, "numbers are never translated");
}
