//! Content validation: every contact is complete, dialable and sourced, and
//! the static emergency block of `index.html` matches the content file.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use pocket_card::content::{contacts, ContactExt, Group, PhoneNumberExt, Status};

#[test]
fn contacts_parse_and_ids_are_unique() {
    let all = contacts::all();
    assert!(all.len() >= 9, "brief section 1 lists at least nine contacts");
    let ids: BTreeSet<&str> = all.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), all.len(), "duplicate contact id");
    for id in &ids {
        assert!(
            id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "contact id {id:?} must be lowercase ascii with underscores (it is used in message ids)"
        );
    }
}

#[test]
fn every_number_is_dialable_and_shown_as_dialled() {
    for contact in contacts::all() {
        assert!(!contact.numbers.is_empty(), "{} has no number", contact.id);
        for number in contact.numbers.iter() {
            assert!(
                number.is_e164() || number.is_short_number() || number.is_polish_freephone(),
                "{}: {} is neither E.164 nor a short number",
                contact.id,
                number.dial
            );
            assert!(
                number.display_matches_dial(),
                "{}: display {} differs from {}",
                contact.id,
                number.display,
                number.dial
            );
            assert!((2000..=common::this_year()).contains(&number.last_confirmed), "{}: odd year", contact.id);
        }
    }
}

#[test]
fn every_contact_has_a_dated_source_and_confirmation_matches_it() {
    for contact in contacts::all() {
        assert!(!contact.sources.is_empty(), "{} has no source", contact.id);
        for source in contact.sources.iter() {
            assert!(!source.title.trim().is_empty(), "{}: empty source title", contact.id);
            assert!(!source.title.contains("://"), "{}: sources are named, not linked", contact.id);
        }
        let newest = contact.sources.iter().map(|s| s.date.year).max().unwrap();
        for number in contact.numbers.iter() {
            assert!(
                number.last_confirmed <= newest,
                "{}: {} claims confirmation in {} but the newest source is from {newest}",
                contact.id,
                number.dial,
                number.last_confirmed
            );
        }
    }
}

#[test]
fn numbers_the_brief_forbids_never_appear() {
    for contact in contacts::all() {
        for number in contact.numbers.iter() {
            assert_ne!(
                number.dial, "116006",
                "{}: 116 006 is not in service in Poland as far as any source shows",
                contact.id
            );
            // 116 123 in Poland is the adult emotional-crisis line, and only that.
            if number.dial == "116123" {
                assert_eq!(contact.id, "crisis_adults", "116 123 belongs to the adult crisis line only");
            }
        }
    }
}

#[test]
fn the_crisis_lines_of_the_brief_are_there() {
    let adults = contacts::find("crisis_adults").expect("brief section 1: crisis_adults");
    assert_eq!(adults.numbers[0].dial, "116123");
    assert!(adults.is_current(2026));
    let centre = contacts::find("crisis_centre").expect("brief section 1: crisis_centre");
    assert_eq!(centre.numbers[0].dial, "800702222");
    assert_eq!(centre.numbers[0].last_confirmed_note(2026), Some(2019), "show last confirmed 2019");
}

#[test]
fn emergency_is_first_and_the_mission_four_are_in_order() {
    let all = contacts::all();
    assert!(all[0].is_emergency(), "112 must be the first contact");
    let mission: Vec<&str> = contacts::mission().map(|c| c.id).collect();
    assert_eq!(mission, ["emergency", "kcik", "lastrada", "police_helpline"]);
    assert_eq!(contacts::in_group(Group::Main).next().map(|c| c.id), Some("emergency"));
}

#[test]
fn unconfirmed_numbers_are_the_ones_the_brief_flags() {
    let unconfirmed: BTreeSet<&str> = contacts::all()
        .iter()
        .flat_map(|c| c.numbers)
        .filter(|n| n.status == Status::Unconfirmed)
        .map(|n| n.dial)
        .collect();
    assert!(unconfirmed.contains("+48477256502"), "the police helpline is known only from 2022");
    assert!(unconfirmed.contains("+48226289999"), "La Strada's office line is known only from the 2022 seed");
}

/// The "last confirmed" years the brief asks the app to show, for a year
/// passed in (never today's date), and the lines that must show none.
#[test]
fn last_confirmed_years_follow_the_brief() {
    let note = |id: &str, dial: &str, year: u16| {
        let contact = contacts::find(id).unwrap();
        contact.numbers.iter().find(|n| n.dial == dial).unwrap().last_confirmed_note(year)
    };
    assert_eq!(note("lastrada", "+48226289999", 2026), Some(2022), "brief: show last confirmed 2022");
    assert_eq!(note("lastrada", "+48605687750", 2026), None, "the 24/7 line was confirmed in 2025");
    assert_eq!(note("police_helpline", "+48477256502", 2026), Some(2022));
    assert_eq!(note("crisis_centre", "800702222", 2026), Some(2019));
    assert_eq!(note("police_thb_unit", "+48664974934", 2026), Some(2020), "confirmed, but not in the last two years");
    assert_eq!(note("kcik", "+48226280120", 2026), None);
    assert_eq!(note("kcik", "+48226280120", 2028), Some(2025), "the same rule ages every fact");
}

#[test]
fn la_strada_lists_its_labelled_24_7_line_first() {
    let lastrada = contacts::find("lastrada").unwrap();
    assert_eq!(lastrada.numbers[0].dial, "+48605687750");
    assert_eq!(lastrada.numbers[0].hours, "hours-always");
    assert_eq!(lastrada.numbers[0].label, Some("label-intervention"));
    assert_eq!(lastrada.numbers[1].label, Some("label-office"));
    for contact in contacts::all().iter().filter(|c| c.numbers.len() > 1 && !c.ukrainian_networks_only) {
        assert!(
            contact.numbers.iter().all(|n| n.label.is_some()),
            "{}: every line of a contact with several is labelled",
            contact.id
        );
    }
}

#[test]
fn ukrainian_short_numbers_are_not_links() {
    let lines = contacts::find("ukraine_lines").unwrap();
    let tappable: Vec<&str> = lines.numbers.iter().filter(|n| lines.is_tappable(n)).map(|n| n.dial).collect();
    assert_eq!(tappable, ["+380442841915"]);
    for contact in contacts::all().iter().filter(|c| !c.ukrainian_networks_only) {
        assert!(contact.numbers.iter().all(|n| contact.is_tappable(n)), "{}", contact.id);
    }
}

#[test]
fn ukrainian_network_numbers_are_kept_apart() {
    for contact in contacts::all() {
        let ukrainian =
            contact.numbers.iter().any(|n| n.dial.starts_with("+380") || n.dial == "527" || n.dial == "1547");
        assert_eq!(ukrainian, contact.ukrainian_networks_only, "{}", contact.id);
        assert_eq!(contact.group() == Group::UkrainianNetworks, contact.ukrainian_networks_only);
    }
}

/// Every `tel:` href inside `<main id="static-help">` of `index.html`.
fn static_tel_links() -> Vec<String> {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let start = html.find("id=\"static-help\"").expect("index.html has #static-help");
    let end = start + html[start..].find("id=\"app\"").expect("#app follows #static-help");
    html[start..end].split("href=\"tel:").skip(1).map(|rest| rest[..rest.find('"').unwrap()].to_owned()).collect()
}

#[test]
fn static_emergency_block_matches_the_mission_contacts() {
    let in_html = static_tel_links();
    let in_content: Vec<String> = contacts::mission().flat_map(|c| c.numbers).map(|n| n.dial.to_owned()).collect();
    assert_eq!(in_html, in_content, "index.html's static contacts drifted from contacts.json");
}

#[test]
fn static_block_shows_the_same_digits_it_dials() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    for contact in contacts::mission() {
        for number in contact.numbers.iter() {
            let link = format!("href=\"tel:{}\">{}</a>", number.dial, number.display);
            assert!(html.contains(&link), "index.html should read {link}");
        }
    }
}

/// The static fallback claims nothing it cannot keep: no "always" (in
/// either language), and each number carries the facts the app shows with
/// it: its hours and, when it is not current, the year it was last
/// confirmed. Checked for 2026, the year the fallback's text was written
/// for (the fallback cannot read the clock; the app's rule is pure).
#[test]
fn static_fallback_says_only_what_is_true() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let start = html.find("id=\"static-help\"").unwrap();
    let block = &html[start..start + html[start..].find("id=\"app\"").unwrap()];
    let lower = block.to_lowercase();
    for word in ["always", "zawsze", "guarantee"] {
        assert!(!lower.contains(word), "the static fallback must not say {word:?}");
    }
    for contact in contacts::mission() {
        for number in contact.numbers.iter() {
            let link = format!("href=\"tel:{}\">{}</a>", number.dial, number.display);
            let after = &block[block.find(&link).unwrap() + link.len()..];
            let end = [after.find("<a "), after.find("</li>")].into_iter().flatten().min().unwrap();
            let facts = &after[..end];
            if number.hours == "hours-always" {
                assert!(facts.contains("24 hours a day"), "{}: hours missing in the fallback", number.dial);
            }
            match number.last_confirmed_note(2026) {
                Some(year) => {
                    assert!(facts.contains(&format!("Last confirmed in {year}")), "{}: year missing", number.dial);
                }
                None => {
                    assert!(!facts.contains("Last confirmed"), "{}: says last confirmed but is current", number.dial);
                }
            }
        }
    }
}

#[test]
fn every_indicator_and_safety_question_has_a_dated_source() {
    use pocket_card::content::indicators;
    for indicator in indicators::all() {
        assert!(!indicator.sources.is_empty(), "{} has no source", indicator.id);
        for source in indicator.sources.iter() {
            assert!(
                !source.title.trim().is_empty() && (1990..=2026).contains(&source.date.year),
                "{}: {source:?}",
                indicator.id
            );
        }
    }
    for question in indicators::safety_questions() {
        assert!(!question.sources.is_empty(), "{} has no source", question.id);
    }
}
