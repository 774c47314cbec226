//! Referral contacts: who to call, on which number, when, in which languages.
//!
//! Names, descriptions and hours are translated through message ids derived
//! from the contact's id; numbers are data and are never translated.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::Source;
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: String,
    /// One of the four contacts the mission names (112, KCIK, La Strada, the
    /// police helpline): every result and card ends with these, and
    /// `index.html` carries them as plain HTML for when the app cannot start.
    #[serde(default)]
    pub mission: bool,
    pub numbers: Vec<PhoneNumber>,
    #[serde(default)]
    pub email: Option<String>,
    /// Languages the line is known to answer in, among the app's languages.
    pub languages: Vec<Lang>,
    /// Message id qualifying `languages` (e.g. "others by arrangement").
    #[serde(default)]
    pub languages_note: Option<String>,
    /// Only reachable from a Ukrainian SIM card: shown apart, never as a
    /// number to dial from a Polish phone.
    #[serde(default)]
    pub ukrainian_networks_only: bool,
    #[serde(default)]
    pub for_children: bool,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneNumber {
    /// What the phone dials: E.164 (`+48…`) or a national short number (`112`).
    pub dial: String,
    /// The same digits grouped for reading aloud.
    pub display: String,
    /// Message id of what this number is for, where a contact has several.
    #[serde(default)]
    pub label: Option<String>,
    /// Message id of the opening hours.
    pub hours: String,
    pub status: Status,
    /// The most recent year a source listed this number.
    pub last_confirmed: u16,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Listed by a recent official or operator source.
    Confirmed,
    /// Known only from an older source; the app says when it was last seen.
    Unconfirmed,
}

const CONTACTS_JSON: &str = include_str!("contacts.json");

/// Every contact, in the order the app lists them: 112 first.
pub fn all() -> &'static [Contact] {
    static CONTACTS: OnceLock<Vec<Contact>> = OnceLock::new();
    CONTACTS.get_or_init(|| parse(CONTACTS_JSON).expect("contacts.json is validated by tests/content.rs"))
}

/// The contact with this id, if the content has it.
pub fn find(id: &str) -> Option<&'static Contact> {
    all().iter().find(|c| c.id == id)
}

pub fn parse(json: &str) -> Result<Vec<Contact>, serde_json::Error> {
    serde_json::from_str(json)
}

/// The four contacts every screen ends with, in their fixed order.
pub fn mission() -> impl Iterator<Item = &'static Contact> {
    all().iter().filter(|c| c.mission)
}

/// Where a contact is listed on the contacts screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// 112 and the mission contacts, first.
    Main,
    /// Other adult support.
    More,
    /// Lines for children, shown together so they are found at once.
    Children,
    /// Reachable only from a Ukrainian SIM: apart, with a warning.
    UkrainianNetworks,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::Main, Group::More, Group::Children, Group::UkrainianNetworks];
}

/// The contacts of `group`, in content order.
pub fn in_group(group: Group) -> impl Iterator<Item = &'static Contact> {
    all().iter().filter(move |c| c.group() == group)
}

impl Contact {
    pub fn group(&self) -> Group {
        if self.ukrainian_networks_only {
            Group::UkrainianNetworks
        } else if self.mission {
            Group::Main
        } else if self.for_children {
            Group::Children
        } else {
            Group::More
        }
    }

    pub fn name_id(&self) -> String {
        format!("contact-{}-name", self.id)
    }

    pub fn help_id(&self) -> String {
        format!("contact-{}-help", self.id)
    }

    pub fn is_emergency(&self) -> bool {
        self.numbers.iter().any(|n| n.dial == "112")
    }

    /// Every message id this contact needs, for the completeness tests.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.name_id(), self.help_id()];
        ids.extend(self.languages_note.iter().cloned());
        for number in &self.numbers {
            ids.push(number.hours.clone());
            ids.extend(number.label.iter().cloned());
        }
        ids
    }
}

impl PhoneNumber {
    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.dial)
    }

    /// E.164: `+`, a country code not starting with 0, 8 to 15 digits in all.
    pub fn is_e164(&self) -> bool {
        let Some(digits) = self.dial.strip_prefix('+') else { return false };
        (8..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0')
    }

    /// National short numbers such as 112 or 116 111 have no E.164 form.
    pub fn is_short_number(&self) -> bool {
        (3..=6).contains(&self.dial.len()) && self.dial.bytes().all(|b| b.is_ascii_digit())
    }

    /// The digits shown are the digits dialled.
    pub fn display_matches_dial(&self) -> bool {
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        digits(&self.display) == digits(&self.dial)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(dial: &str, display: &str) -> PhoneNumber {
        PhoneNumber {
            dial: dial.into(),
            display: display.into(),
            label: None,
            hours: "hours-always".into(),
            status: Status::Confirmed,
            last_confirmed: 2025,
        }
    }

    #[test]
    fn e164_and_short_numbers() {
        assert!(number("+48226280120", "+48 22 628 01 20").is_e164());
        assert!(!number("48226280120", "").is_e164());
        // Malformed inputs are derived from a real number rather than typed
        // out, so no made-up phone number appears in the source.
        let kcik = "+48226280120";
        assert!(!number(&kcik.replacen("+4", "+0", 1), "").is_e164(), "country code starts with 0");
        assert!(!number(&format!("{} {}", &kcik[..3], &kcik[3..]), "").is_e164(), "spaces");
        assert!(number("112", "112").is_short_number());
        assert!(number("116111", "116 111").is_short_number());
        assert!(!number(&format!("+48{}", "112"), "").is_short_number());
    }

    #[test]
    fn display_must_show_the_dialled_digits() {
        assert!(number("+48605687750", "+48 605 687 750").display_matches_dial());
        let wrong_last_digit = "+48 605 687 750".replace("750", &(750 + 1).to_string());
        assert!(!number("+48605687750", &wrong_last_digit).display_matches_dial());
    }

    #[test]
    fn tel_href_has_no_spaces() {
        assert_eq!(number("+48226280120", "x").tel_href(), "tel:+48226280120");
    }
}
