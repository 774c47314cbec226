//! Legal points and the person's rights, each with its sources. A card
//! lists the points it shows by id (`cards.json` "law"); the text of each is
//! the Fluent message of the same id.

pub use pocket_card_model::content::LegalPoint;

use super::Source;

pub fn all() -> &'static [LegalPoint] {
    super::data::LAW
}

pub fn find(id: &str) -> Option<&'static LegalPoint> {
    all().iter().find(|point| point.id == id)
}

/// The sources of the point with this id; none for an unknown id (the
/// content tests make sure every card's point is known).
pub fn sources_of(id: &str) -> &'static [Source] {
    find(id).map_or(&[], |point| point.sources)
}
