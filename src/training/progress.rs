//! Which cases were played, kept in the browser's local storage. It holds
//! scenario ids and counts only: nothing about any person, nothing typed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Tally;
use crate::content::scenarios;

/// The best play-through of one case, and how often it was finished.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub best_helped: u32,
    pub best_total: u32,
    pub plays: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    played: BTreeMap<String, Record>,
}

impl Progress {
    /// Reads what storage held. Anything unreadable (an old format, a
    /// hand-edited value, a case that no longer exists) is dropped rather
    /// than breaking the training screen.
    pub fn from_stored(text: Option<&str>) -> Progress {
        let mut progress: Progress = text.and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default();
        progress.played.retain(|id, record| {
            scenarios::find(id).is_some() && record.best_helped <= record.best_total && record.plays > 0
        });
        progress
    }

    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).expect("plain data serialises")
    }

    pub fn get(&self, scenario_id: &str) -> Option<Record> {
        self.played.get(scenario_id).copied()
    }

    /// Records a finished play-through, keeping the best share of helpful
    /// choices (ties: the longer walk, which met more decisions).
    pub fn record(&mut self, scenario_id: &str, tally: Tally) {
        let record = self.played.entry(scenario_id.to_owned()).or_default();
        let better = record.plays == 0
            || u64::from(tally.helped) * u64::from(record.best_total.max(1))
                > u64::from(record.best_helped) * u64::from(tally.total.max(1))
            || (u64::from(tally.helped) * u64::from(record.best_total) == u64::from(record.best_helped) * u64::from(tally.total)
                && tally.total > record.best_total);
        if better {
            record.best_helped = tally.helped;
            record.best_total = tally.total;
        }
        record.plays = record.plays.saturating_add(1);
    }

    pub fn is_empty(&self) -> bool {
        self.played.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_share_is_kept_and_plays_are_counted() {
        let mut progress = Progress::default();
        progress.record("farm", Tally { helped: 1, total: 3 });
        progress.record("farm", Tally { helped: 2, total: 2 });
        progress.record("farm", Tally { helped: 1, total: 2 });
        assert_eq!(progress.get("farm"), Some(Record { best_helped: 2, best_total: 2, plays: 3 }));
        assert_eq!(progress.get("van"), None);
    }

    #[test]
    fn stored_progress_round_trips() {
        let mut progress = Progress::default();
        progress.record("van", Tally { helped: 3, total: 4 });
        assert_eq!(Progress::from_stored(Some(&progress.to_stored())), progress);
    }

    #[test]
    fn unreadable_or_stale_storage_gives_empty_progress() {
        for text in [None, Some(""), Some("not json"), Some("[1,2]"), Some("{\"played\": 5}")] {
            assert!(Progress::from_stored(text).is_empty(), "{text:?}");
        }
        let stale = r#"{"played": {"gone": {"best_helped": 1, "best_total": 1, "plays": 1},
                                   "farm": {"best_helped": 9, "best_total": 1, "plays": 1}}}"#;
        assert!(Progress::from_stored(Some(stale)).is_empty());
    }
}
