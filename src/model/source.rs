//! Where a fact comes from, and when that source said it.

use serde::{de, Deserialize, Deserializer};

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::source))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A citation, shown as written: a publisher's or document's own name
    /// is not translated.
    pub title: &'static str,
    pub date: SourceDate,
}

/// A date as precise as the source gives it: a year, a month or a day.
/// Written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in the content files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = pocket_card_model::source))]
pub struct SourceDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl SourceDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months
    /// and days so a typo in a content file fails the build.
    pub const fn parse(text: &str) -> Option<SourceDate> {
        let bytes = text.as_bytes();
        if !matches!(bytes.len(), 4 | 7 | 10) {
            return None;
        }
        let Some(year) = digits(bytes, 0, 4) else { return None };
        if year < 1990 || year > 2100 {
            return None;
        }
        let mut date = SourceDate { year, month: None, day: None };
        if bytes.len() >= 7 {
            match (bytes[4], digits(bytes, 5, 2)) {
                (b'-', Some(month @ 1..=12)) => date.month = Some(month as u8),
                _ => return None,
            }
        }
        if bytes.len() == 10 {
            match (bytes[7], digits(bytes, 8, 2)) {
                (b'-', Some(day @ 1..=31)) => date.day = Some(day as u8),
                _ => return None,
            }
        }
        Some(date)
    }
}

/// The number written by `len` ASCII digits from `start`, if they all are digits.
const fn digits(bytes: &[u8], start: usize, len: usize) -> Option<u16> {
    let mut value = 0u16;
    let mut i = start;
    while i < start + len {
        if !bytes[i].is_ascii_digit() {
            return None;
        }
        value = value * 10 + (bytes[i] - b'0') as u16;
        i += 1;
    }
    Some(value)
}

impl<'de> Deserialize<'de> for SourceDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        SourceDate::parse(&text).ok_or_else(|| de::Error::custom(format!("not a YYYY[-MM[-DD]] date: {text:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(year: u16, month: Option<u8>, day: Option<u8>) -> SourceDate {
        SourceDate { year, month, day }
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(SourceDate::parse("2022"), Some(date(2022, None, None)));
        assert_eq!(SourceDate::parse("2023-02"), Some(date(2023, Some(2), None)));
        assert_eq!(SourceDate::parse("2022-06-14"), Some(date(2022, Some(6), Some(14))));
    }

    #[test]
    fn rejects_malformed_dates() {
        for bad in ["", "22", "2022-13", "2022-00", "2022-06-32", "2022-6-1", "2022-06-14-01", "abcd", "1800"] {
            assert_eq!(SourceDate::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_content_file_gives_the_date_as_text() {
        assert_eq!(serde_json::from_str::<SourceDate>(r#""2024-05""#).unwrap(), date(2024, Some(5), None));
        let error = serde_json::from_str::<SourceDate>(r#""2024-5""#).unwrap_err().to_string();
        assert!(error.contains("not a YYYY[-MM[-DD]] date"), "{error}");
    }

    proptest! {
        #[test]
        fn every_date_reads_back_as_written(
            year in 1990u16..=2100,
            month in proptest::option::of(1u8..=12),
            day in proptest::option::of(1u8..=31),
        ) {
            let date = date(year, month, month.and(day));
            let written = match (date.month, date.day) {
                (Some(month), Some(day)) => format!("{year}-{month:02}-{day:02}"),
                (Some(month), None) => format!("{year}-{month:02}"),
                _ => year.to_string(),
            };
            prop_assert_eq!(SourceDate::parse(&written), Some(date));
        }
    }
}
