//! Content validation: every contact is complete, dialable and sourced, and
//! the static emergency block of `index.html` matches the content file.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use pocket_card::content::{contacts, Group, Status};

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
                number.is_e164() || number.is_short_number(),
                "{}: {} is neither E.164 nor a short number",
                contact.id,
                number.dial
            );
            assert!(number.display_matches_dial(), "{}: display {} differs from {}", contact.id, number.display, number.dial);
            assert!((2000..=2026).contains(&number.last_confirmed), "{}: odd year", contact.id);
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
            assert!(
                !["116123", "116006"].contains(&number.dial),
                "{} lists {}, which the brief says is not for this use",
                contact.id,
                number.dial
            );
        }
    }
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
    assert!(unconfirmed.contains("+48226289999"), "La Strada's office line was last listed in 2016");
}

#[test]
fn ukrainian_network_numbers_are_kept_apart() {
    for contact in contacts::all() {
        let ukrainian = contact.numbers.iter().any(|n| n.dial.starts_with("+380") || n.dial == "527" || n.dial == "1547");
        assert_eq!(ukrainian, contact.ukrainian_networks_only, "{}", contact.id);
        assert_eq!(contact.group() == Group::UkrainianNetworks, contact.ukrainian_networks_only);
    }
}

/// Every `tel:` href inside `<main id="static-help">` of `index.html`.
fn static_tel_links() -> Vec<String> {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let start = html.find("id=\"static-help\"").expect("index.html has #static-help");
    let end = start + html[start..].find("id=\"app\"").expect("#app follows #static-help");
    html[start..end]
        .split("href=\"tel:")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .collect()
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
