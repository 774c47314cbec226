//! Pocket-card content: every card complete, every sign a known indicator,
//! every contact known, each role card ending with the four mission contacts.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use pocket_card::content::{cards, contacts, indicators, Audience, CardExt};

#[test]
fn there_is_a_card_for_each_role_and_one_for_the_person() {
    for audience in Audience::ALL {
        let card = cards::for_role(audience).unwrap_or_else(|| panic!("no card for {audience:?}"));
        assert_eq!(card.audience, Some(audience));
    }
    assert_eq!(cards::all().iter().filter(|c| c.for_person()).count(), 1);
    let ids: BTreeSet<&str> = cards::all().iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), cards::all().len(), "duplicate card id");
}

#[test]
fn role_cards_hold_six_to_ten_known_signs_that_suit_the_role() {
    for card in cards::all().iter().filter(|c| !c.for_person()) {
        assert!((6..=10).contains(&card.signs.len()), "{}: {} signs", card.id, card.signs.len());
        for sign in card.signs.iter() {
            let indicator = indicators::find(sign).unwrap_or_else(|| panic!("{}: unknown indicator {sign}", card.id));
            let role = card.audience.unwrap();
            assert!(indicator.audiences.contains(&role), "{}: {sign} is not marked for {role:?}", card.id);
        }
        assert!(!card.steps.is_empty() && !card.talk.is_empty() && !card.law.is_empty(), "{}", card.id);
    }
}

#[test]
fn every_card_ends_with_known_contacts_including_the_mission_four() {
    let mission: Vec<&str> = contacts::mission().map(|c| c.id).collect();
    for card in cards::all() {
        for id in card.contacts.iter() {
            assert!(contacts::all().iter().any(|c| c.id == *id), "{}: unknown contact {id}", card.id);
        }
        assert_eq!(&card.contacts[..4], mission.as_slice(), "{}: the mission four come first", card.id);
        assert!(!card.sources.is_empty(), "{} has no source", card.id);
    }
}

#[test]
fn the_persons_card_gives_safety_advice_and_rights() {
    let person = cards::all().iter().find(|c| c.for_person()).unwrap();
    assert!(person.signs.is_empty() && person.talk.is_empty());
    assert!(person.steps.len() >= 4 && person.law.len() >= 3);
    assert!(person.contacts.contains(&"child_helpline"));
}

#[test]
fn every_legal_point_of_a_card_is_a_record_with_a_dated_source() {
    use pocket_card::content::law;
    for card in cards::all() {
        for id in card.law.iter() {
            let point = law::find(id).unwrap_or_else(|| panic!("{}: legal point {id} is not in law.json", card.id));
            assert!(!point.sources.is_empty(), "{id} has no source");
            for source in point.sources.iter() {
                assert!(
                    !source.title.trim().is_empty() && (1990..=common::this_year()).contains(&source.date.year),
                    "{id}: {source:?}"
                );
            }
        }
    }
    let ids: BTreeSet<&str> = law::all().iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), law::all().len(), "duplicate legal point");
}

/// Wherever a card suggests whom to call, the art. 240 §1 duty stands next
/// to the option of asking KCIK first (brief §2), on every worker's card.
#[test]
fn role_cards_show_the_duty_next_to_the_kcik_option() {
    for card in cards::all().iter().filter(|c| !c.for_person()) {
        assert!(card.law.contains(&"law-report-duty"), "{}: no art. 240 §1", card.id);
        assert!(card.law.contains(&"law-consent-kcik"), "{}: no KCIK option", card.id);
    }
}

#[test]
fn a_point_is_cited_by_the_roles_own_card_when_it_makes_it() {
    for card in cards::all() {
        for point in card.steps.iter().chain(card.talk).chain(card.law) {
            for audience in Audience::ALL {
                let citing = cards::citing(point, audience).unwrap_or_else(|| panic!("{point}: no card"));
                assert!(citing.message_ids().iter().any(|id| id == point), "{point}: {} does not make it", citing.id);
                let own = cards::for_role(audience).unwrap();
                if own.message_ids().iter().any(|id| id == point) {
                    assert_eq!(citing.id, own.id, "{point} for {audience:?}");
                }
            }
        }
    }
    assert!(cards::citing("no-such-point", Audience::Health).is_none());
}
