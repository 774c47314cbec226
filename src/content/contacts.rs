//! Referral contacts: who to call, on which number, when, in which languages.
//!
//! Names, descriptions and hours are translated through message ids derived
//! from the contact's id; numbers are data and are never translated.

pub use pocket_card_model::content::{Contact, PhoneNumber, Status};

use crate::i18n::msg;

/// Every contact, in the order the app lists them: 112 first.
pub fn all() -> &'static [Contact] {
    super::data::CONTACTS
}

/// The contact with this id, if the content has it.
pub fn find(id: &str) -> Option<&'static Contact> {
    all().iter().find(|c| c.id == id)
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

    /// A stable name for the page (the group heading's `id` is `contacts-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Main => "main",
            Group::More => "more",
            Group::Children => "children",
            Group::UkrainianNetworks => "ukrainiannetworks",
        }
    }

    /// The group's heading on the contacts screen.
    pub fn title_id(self) -> &'static str {
        match self {
            Group::Main => msg::CONTACTS_SECTION_MAIN,
            Group::More => msg::CONTACTS_SECTION_MORE,
            Group::Children => msg::CONTACTS_SECTION_CHILDREN,
            Group::UkrainianNetworks => msg::CONTACTS_SECTION_UKRAINE,
        }
    }
}

/// The contacts of `group`, in content order.
pub fn in_group(group: Group) -> impl Iterator<Item = &'static Contact> {
    all().iter().filter(move |c| c.group() == group)
}

/// Where a contact is listed, its message ids, and which of its numbers can be called.
pub trait ContactExt {
    fn group(&self) -> Group;
    fn name_id(&self) -> String;
    fn help_id(&self) -> String;
    fn is_emergency(&self) -> bool;
    /// Whether the contact's first number (the one shown first, the line to
    /// call) is current in `year`: see [`PhoneNumberExt::is_current`].
    fn is_current(&self, year: u16) -> bool;
    /// Whether `number` is shown as a link to call. The Ukrainian short
    /// numbers (527, 1547) cannot be reached from a Polish phone, so they are
    /// written out but not made a link.
    fn is_tappable(&self, number: &PhoneNumber) -> bool;
    /// Every message id this contact needs, for the completeness tests.
    fn message_ids(&self) -> Vec<String>;
}

impl ContactExt for Contact {
    fn group(&self) -> Group {
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

    fn name_id(&self) -> String {
        format!("contact-{}-name", self.id)
    }

    fn help_id(&self) -> String {
        format!("contact-{}-help", self.id)
    }

    fn is_emergency(&self) -> bool {
        self.numbers.iter().any(|n| n.dial == "112")
    }

    fn is_current(&self, year: u16) -> bool {
        self.numbers.first().is_some_and(|n| n.is_current(year))
    }

    fn is_tappable(&self, number: &PhoneNumber) -> bool {
        !(self.ukrainian_networks_only && number.is_short_number())
    }

    fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.name_id(), self.help_id()];
        ids.extend(self.languages_note.map(str::to_owned));
        for number in self.numbers.iter() {
            ids.push(number.hours.to_owned());
            ids.extend(number.label.map(str::to_owned));
        }
        ids
    }
}

/// How many years a confirmation stays current: a number confirmed in 2024
/// is shown without a year until the end of 2026.
pub const CURRENT_FOR_YEARS: u16 = 2;

/// Whether a number is current, and how it is dialled and checked.
pub trait PhoneNumberExt {
    /// Whether the number can be shown without a "last confirmed YEAR" note
    /// in `year`: it is confirmed, and a source listed it in the last
    /// [`CURRENT_FOR_YEARS`] years. `year` is passed in (the app takes it
    /// from the device clock), so the rule is the same in every test.
    fn is_current(&self, year: u16) -> bool;
    /// The year to show as "last confirmed", if the number is not current.
    fn last_confirmed_note(&self, year: u16) -> Option<u16>;
    fn tel_href(&self) -> String;
    /// E.164: `+`, a country code not starting with 0, 8 to 15 digits in all.
    fn is_e164(&self) -> bool;
    /// National short numbers such as 112 or 116 111 have no E.164 form.
    fn is_short_number(&self) -> bool;
    /// A Polish free-phone number (`800` and six digits), dialled as written
    /// from a Polish phone, as its sources give it.
    fn is_polish_freephone(&self) -> bool;
    /// The digits shown are the digits dialled.
    fn display_matches_dial(&self) -> bool;
}

impl PhoneNumberExt for PhoneNumber {
    fn is_current(&self, year: u16) -> bool {
        self.status == Status::Confirmed && self.last_confirmed + CURRENT_FOR_YEARS >= year
    }

    fn last_confirmed_note(&self, year: u16) -> Option<u16> {
        (!self.is_current(year)).then_some(self.last_confirmed)
    }

    fn tel_href(&self) -> String {
        format!("tel:{}", self.dial)
    }

    fn is_e164(&self) -> bool {
        let Some(digits) = self.dial.strip_prefix('+') else { return false };
        (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0')
    }

    fn is_short_number(&self) -> bool {
        (3..=6).contains(&self.dial.len()) && self.dial.bytes().all(|b| b.is_ascii_digit())
    }

    fn is_polish_freephone(&self) -> bool {
        self.dial.len() == 9 && self.dial.starts_with("800") && self.dial.bytes().all(|b| b.is_ascii_digit())
    }

    fn display_matches_dial(&self) -> bool {
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        digits(self.display) == digits(self.dial)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(dial: &str, display: &str) -> PhoneNumber {
        // The content types hold `&'static` text (see the model crate).
        let keep = |text: &str| -> &'static str { text.to_owned().leak() };
        PhoneNumber {
            dial: keep(dial),
            display: keep(display),
            label: None,
            hours: "hours-always",
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

    fn with(status: Status, last_confirmed: u16) -> PhoneNumber {
        PhoneNumber { status, last_confirmed, ..number("+48605687750", "+48 605 687 750") }
    }

    #[test]
    fn a_confirmation_is_current_for_two_years() {
        let confirmed_2024 = with(Status::Confirmed, 2024);
        assert!(confirmed_2024.is_current(2024));
        assert!(confirmed_2024.is_current(2026));
        assert!(!confirmed_2024.is_current(2027));
        assert_eq!(confirmed_2024.last_confirmed_note(2026), None);
        assert_eq!(confirmed_2024.last_confirmed_note(2027), Some(2024));
    }

    #[test]
    fn an_unconfirmed_number_is_never_current() {
        let unconfirmed = with(Status::Unconfirmed, 2026);
        assert!(!unconfirmed.is_current(2026));
        assert_eq!(unconfirmed.last_confirmed_note(2026), Some(2026));
    }

    #[test]
    fn a_contact_is_current_when_its_first_number_is() {
        let numbers: &'static [PhoneNumber] =
            vec![with(Status::Confirmed, 2025), with(Status::Unconfirmed, 2022)].leak();
        let contact = Contact {
            id: "lastrada",
            mission: true,
            numbers,
            email: None,
            languages: &[],
            languages_note: None,
            ukrainian_networks_only: false,
            for_children: false,
            sources: &[],
        };
        assert!(contact.is_current(2026));
        assert!(!contact.is_current(2028));
        let reversed: &'static [PhoneNumber] = vec![numbers[1].clone(), numbers[0].clone()].leak();
        assert!(!Contact { numbers: reversed, ..contact.clone() }.is_current(2026));
        assert!(!Contact { numbers: &[], ..contact }.is_current(2026));
    }

    #[test]
    fn tel_href_has_no_spaces() {
        assert_eq!(number("+48226280120", "x").tel_href(), "tel:+48226280120");
    }
}
