//! Where a fact comes from, and when that source said it.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A citation, shown as written: a publisher's or document's own name
    /// is not translated.
    pub title: &'static str,
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
    /// and days so a typo in a content file fails the build.
    ///
    /// A `const fn`, so the statics the build writes (`codegen.rs`) can call
    /// it: the dates stay readable text in the generated code.
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

    /// `parse` for the generated statics, where a malformed date (which the
    /// build script has already refused) would stop compilation.
    pub const fn from_text(text: &str) -> SourceDate {
        match SourceDate::parse(text) {
            Some(date) => date,
            None => panic!("not a YYYY[-MM[-DD]] date"),
        }
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
        // Written as text in JSON; as a call to `from_text` in the generated
        // statics (see `codegen.rs` on named newtypes).
        serializer.serialize_newtype_struct("SourceDate::from_text", &text)
    }
}

impl<'de> Deserialize<'de> for SourceDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        SourceDate::parse(&text).ok_or_else(|| de::Error::custom(format!("not a YYYY[-MM[-DD]] date: {text:?}")))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
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
            prop_assert_eq!(SourceDate::from_text(json.trim_matches('"')), date);
        }
    }
}
