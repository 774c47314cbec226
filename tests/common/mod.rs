//! Helpers shared by the native integration tests.

use std::time::{SystemTime, UNIX_EPOCH};

/// The current year by the machine's clock (to the day, close enough for
/// "a date in the content is not in the future"), so no test carries a year
/// bound that stops passing when the calendar turns.
pub fn this_year() -> u16 {
    const SECONDS_PER_YEAR: u64 = 31_556_952; // 365.2425 days
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    u16::try_from(1970 + secs / SECONDS_PER_YEAR).unwrap_or(u16::MAX)
}
