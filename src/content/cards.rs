//! Pocket cards: for each role, the signs that matter most, what to do,
//! how to talk with the person, the legal points and whom to call; and a
//! card for the person themself. Texts are Fluent message ids.

pub use pocket_card_model::content::Card;

use super::Audience;

/// What the app reads from a card besides its fields.
pub trait CardExt {
    fn title_id(&self) -> String;
    fn intro_id(&self) -> String;
    /// Whether the card speaks to the person rather than to a worker.
    fn for_person(&self) -> bool;
    /// Every message id the card shows: for the completeness tests, for
    /// reading the card aloud, and to find the card that makes a point.
    fn message_ids(&self) -> Vec<String>;
}

impl CardExt for Card {
    fn title_id(&self) -> String {
        format!("card-{}-title", self.id)
    }

    fn intro_id(&self) -> String {
        format!("card-{}-intro", self.id)
    }

    fn for_person(&self) -> bool {
        self.audience.is_none()
    }

    fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.title_id(), self.intro_id()];
        ids.extend(self.steps.iter().chain(self.talk).chain(self.law).map(ToString::to_string));
        ids
    }
}

pub fn all() -> &'static [Card] {
    super::data::CARDS
}

pub fn find(id: &str) -> Option<&'static Card> {
    all().iter().find(|card| card.id == id)
}

/// The card for `audience`'s role; its title names the role ("For health
/// workers") in every language. Every role has one (`tests/cards.rs`).
pub fn for_role(audience: Audience) -> Option<&'static Card> {
    all().iter().find(|card| card.audience == Some(audience))
}

/// The card that makes `point` (a message id): `audience`'s own card if it
/// does, else the first that does.
pub fn citing(point: &str, audience: Audience) -> Option<&'static Card> {
    all()
        .iter()
        .filter(|card| card.message_ids().iter().any(|id| id == point))
        .min_by_key(|card| card.audience != Some(audience))
}

/// The card for the person themself.
pub fn for_person() -> Option<&'static Card> {
    all().iter().find(|card| card.for_person())
}
