//! Where a fact comes from, and when that source said it.

use std::fmt;

pub use pocket_card_model::source::{Source, SourceDate};

/// A source's date as the app shows it: day-first with dots, the way dates
/// are written in Poland and in the sources, only as precise as the source.
/// A wrapper because `Display` cannot be implemented here for the model's
/// type.
pub struct WrittenDate(pub SourceDate);

impl fmt::Display for WrittenDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let SourceDate { year, month, day } = self.0;
        match (month, day) {
            (Some(m), Some(d)) => write!(f, "{d:02}.{m:02}.{year}"),
            (Some(m), None) => write!(f, "{m:02}.{year}"),
            _ => write!(f, "{year}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_precision_is_written_day_first() {
        let written = |text| SourceDate::parse(text).map(|date| WrittenDate(date).to_string());
        assert_eq!(written("2022").as_deref(), Some("2022"));
        assert_eq!(written("2023-02").as_deref(), Some("02.2023"));
        assert_eq!(written("2022-06-14").as_deref(), Some("14.06.2022"));
    }
}
