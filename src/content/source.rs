//! Where a fact comes from, and when that source said it.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A citation, shown as written: a publisher's or document's own name
    /// is not translated.
    pub title: String,
    pub date: SourceDate,
}

/// A date as precise as the source gives it: a year, a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl SourceDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months
    /// and days so a typo in a content file fails its test.
    pub fn parse(text: &str) -> Option<SourceDate> {
        let mut parts = text.split('-');
        let year_part = parts.next()?;
        if year_part.len() != 4 {
            return None;
        }
        let year: u16 = year_part.parse().ok()?;
        let month = match parts.next() {
            Some(m) => Some(two_digits(m, 1, 12)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(two_digits(d, 1, 31)?),
            None => None,
        };
        if parts.next().is_some() || !(1990..=2100).contains(&year) {
            return None;
        }
        Some(SourceDate { year, month, day })
    }
}

fn two_digits(text: &str, min: u8, max: u8) -> Option<u8> {
    let value: u8 = (text.len() == 2).then(|| text.parse().ok())??;
    (min..=max).contains(&value).then_some(value)
}

impl fmt::Display for SourceDate {
    /// Day-first with dots, the way dates are written in Poland and in the sources.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{d:02}.{m:02}.{}", self.year),
            (Some(m), None) => write!(f, "{m:02}.{}", self.year),
            _ => write!(f, "{}", self.year),
        }
    }
}

impl Serialize for SourceDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{}-{m:02}", self.year),
            _ => self.year.to_string(),
        };
        serializer.serialize_str(&text)
    }
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

    #[test]
    fn parses_each_precision() {
        assert_eq!(SourceDate::parse("2022"), Some(SourceDate { year: 2022, month: None, day: None }));
        assert_eq!(SourceDate::parse("2023-02").unwrap().to_string(), "02.2023");
        assert_eq!(SourceDate::parse("2022-06-14").unwrap().to_string(), "14.06.2022");
    }

    #[test]
    fn rejects_malformed_dates() {
        for bad in ["", "22", "2022-13", "2022-00", "2022-06-32", "2022-6-1", "2022-06-14-01", "abcd", "1800"] {
            assert_eq!(SourceDate::parse(bad), None, "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn serialising_round_trips(year in 1990u16..=2100, month in proptest::option::of(1u8..=12), day in 1u8..=31) {
            let date = SourceDate { year, month, day: month.map(|_| day) };
            let json = serde_json::to_string(&date).unwrap();
            prop_assert_eq!(serde_json::from_str::<SourceDate>(&json).unwrap(), date);
        }
    }
}
