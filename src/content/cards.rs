//! Pocket cards: for each role, the signs that matter most, what to do,
//! how to talk with the person, the legal points and whom to call; and a
//! card for the person themself. Texts are Fluent message ids.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{Audience, Source};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub id: String,
    /// The worker role; `None` for the card addressed to the person.
    #[serde(default)]
    pub audience: Option<Audience>,
    /// Indicator ids, most telling first.
    pub signs: Vec<String>,
    /// Message ids of the steps, in order (for the person: safety advice).
    pub steps: Vec<String>,
    /// Message ids on how to talk with the person.
    pub talk: Vec<String>,
    /// Message ids of the legal points (for the person: their rights).
    pub law: Vec<String>,
    /// Contact ids, in the order to show them.
    pub contacts: Vec<String>,
    pub sources: Vec<Source>,
}

impl Card {
    pub fn title_id(&self) -> String {
        format!("card-{}-title", self.id)
    }

    pub fn intro_id(&self) -> String {
        format!("card-{}-intro", self.id)
    }

    /// Whether the card speaks to the person rather than to a worker.
    pub fn for_person(&self) -> bool {
        self.audience.is_none()
    }

    /// Every message id the card shows, for the completeness tests.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.title_id(), self.intro_id()];
        ids.extend(self.steps.iter().chain(&self.talk).chain(&self.law).cloned());
        ids
    }
}

pub fn all() -> &'static [Card] {
    static ALL: OnceLock<Vec<Card>> = OnceLock::new();
    ALL.get_or_init(|| serde_json::from_str(include_str!("cards.json")).expect("cards.json is validated by tests/cards.rs"))
}

pub fn find(id: &str) -> Option<&'static Card> {
    all().iter().find(|card| card.id == id)
}
