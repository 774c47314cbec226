//! The Chromium every browser test runs in, as `tests/e2e/chromium.json`
//! describes it for all the runners (Playwright, the benchmark, and the
//! component tests started here), so its path and flags are written once.

use std::fs;

use crate::cmd::{root, Result};

pub struct Chromium {
    pub binary: String,
    pub driver: String,
    pub args: Vec<String>,
}

/// Reads `tests/e2e/chromium.json`.
pub fn config() -> Result<Chromium> {
    let path = root().join("tests/e2e/chromium.json");
    let text = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse(&text).ok_or_else(|| format!("{}: expected \"binary\", \"driver\" and \"args\"", path.display()))
}

/// The three fields, from the file's flat shape; xtask has no JSON parser
/// (it must compile in seconds), and the file holds only plain strings.
fn parse(text: &str) -> Option<Chromium> {
    let after = |key: &str| text.split_once(&format!("\"{key}\"")).map(|(_, rest)| rest);
    let binary = strings(after("binary")?).next()?;
    let driver = strings(after("driver")?).next()?;
    let list = after("args")?.split_once('[')?.1.split_once(']')?.0;
    Some(Chromium { binary, driver, args: strings(list).collect() })
}

/// The string literals in `text`, in order (no escapes in this file).
fn strings(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split('"').skip(1).step_by(2).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_file_names_a_binary_a_driver_and_headless_flags() {
        let chromium = config().unwrap();
        assert!(chromium.binary.ends_with("chromium"), "{}", chromium.binary);
        assert!(chromium.driver.ends_with("chromedriver"), "{}", chromium.driver);
        assert!(chromium.args.iter().any(|a| a == "--headless"), "{:?}", chromium.args);
        assert!(chromium.args.iter().all(|a| a.starts_with("--")), "{:?}", chromium.args);
    }
}
