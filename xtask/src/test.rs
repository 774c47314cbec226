//! `cargo xtask test`: every test, in the order that fails fastest.
//! Native tests, then component tests in headless Chromium, then the release
//! build and end-to-end tests against it. A failing suite does not hide the
//! others: all run, and the last line sums them up.

use std::{
    fs,
    io::{BufRead, BufReader},
    process::{Command, Stdio},
};

use crate::{
    build,
    cmd::{command, describe, root, Result, Steps},
    tools,
};

/// Chromium as this machine needs it: no sandbox (root), no GPU, and none of
/// the background connections a closed network refuses.
pub const CHROMIUM_ARGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
    broken: Vec<String>,
}

pub fn run() -> Result {
    let mut steps = Steps::new(10);
    tools::build_tools(&mut steps)?;
    steps.next("Chromium and ChromeDriver (Debian packages)");
    tools::chromium()?;
    steps.next("End-to-end test packages (npm ci in tests/e2e)");
    tools::e2e_packages()?;

    let mut tally = Tally::default();

    steps.next("Native tests: cargo test");
    suite(&mut tally, "native", command("cargo").args(["test", "--workspace", "--color", "never"]));

    steps.next("Component tests: wasm-bindgen-test in headless Chromium");
    let webdriver_json = webdriver_config()?;
    suite(
        &mut tally,
        "wasm",
        command("cargo")
            .args(["test", "--target", "wasm32-unknown-unknown", "--test", "components", "--color", "never"])
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver_json)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
    );

    steps.next("Release build and end-to-end tests in headless Chromium");
    match build::release(&mut steps) {
        Ok(dist) => suite(
            &mut tally,
            "e2e",
            command("npx")
                .args(["playwright", "test"])
                .current_dir(root().join("tests/e2e"))
                .env("POCKET_CARD_DIST", &dist),
        ),
        Err(e) => {
            tally.failed += 1;
            tally.broken.push(format!("release build: {e}"));
        }
    }

    println!("\n==> Done in {}s", steps.elapsed_secs());
    for broken in &tally.broken {
        println!("    FAILED: {broken}");
    }
    println!("{} passed, {} failed", tally.passed, tally.failed);
    if tally.failed == 0 && tally.broken.is_empty() {
        Ok(())
    } else {
        Err("some tests failed (see above)".into())
    }
}

/// wasm-bindgen's runner takes browser options from a capabilities file; it
/// is written under `target/` with a fresh profile folder for every run.
fn webdriver_config() -> Result<std::path::PathBuf> {
    let dir = root().join("target/xtask");
    let profile = dir.join("chromium-profile");
    let _ = fs::remove_dir_all(&profile);
    fs::create_dir_all(&profile).map_err(|e| format!("cannot create {}: {e}", profile.display()))?;
    let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|a| format!("{a:?}")).collect();
    args.push(format!("\"--user-data-dir={}\"", profile.display()));
    let json =
        format!("{{\"goog:chromeOptions\": {{\"binary\": \"/usr/bin/chromium\", \"args\": [{}]}}}}\n", args.join(", "));
    let path = dir.join("webdriver.json");
    fs::write(&path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

/// Runs one suite, echoing its output and counting passed and failed tests
/// from the summary lines of libtest, wasm-bindgen-test and Playwright.
fn suite(tally: &mut Tally, name: &str, command: &mut Command) {
    println!("    $ {}", describe(command));
    let mut child = match command.stdout(Stdio::piped()).spawn() {
        Ok(child) => child,
        Err(e) => {
            tally.failed += 1;
            tally.broken.push(format!("{name}: could not start: {e}"));
            return;
        }
    };
    let (mut passed, mut failed) = (0, 0);
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(std::io::Result::ok) {
            println!("{line}");
            let (p, f) = count(&line);
            passed += p;
            failed += f;
        }
    }
    let success = child.wait().is_ok_and(|status| status.success());
    tally.passed += passed;
    tally.failed += failed;
    if !success {
        tally.broken.push(format!("{name} ({passed} passed, {failed} failed)"));
        if failed == 0 {
            tally.failed += 1;
        }
    }
    println!("    {name}: {passed} passed, {failed} failed");
}

/// `test result: ok. 12 passed; 0 failed; …` (libtest, wasm-bindgen-test) or
/// `  12 passed (31.2s)` / `  1 failed` (Playwright's list reporter).
fn count(line: &str) -> (u64, u64) {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix("test result: ") {
        let number_before = |word: &str| {
            rest.split(';')
                .find_map(|part| part.trim().strip_suffix(word).and_then(|n| n.trim().rsplit(' ').next()?.parse().ok()))
                .unwrap_or(0)
        };
        return (number_before("passed"), number_before("failed"));
    }
    let mut words = line.split_whitespace();
    match (words.next().and_then(|n| n.parse::<u64>().ok()), words.next()) {
        (Some(n), Some("passed")) if line.ends_with(')') => (n, 0),
        (Some(n), Some("failed")) if words.next().is_none() => (0, n),
        _ => (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_libtest_summaries() {
        assert_eq!(
            count("test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s"),
            (12, 0)
        );
        assert_eq!(count("test result: FAILED. 3 passed; 2 failed; 0 ignored"), (3, 2));
    }

    #[test]
    fn counts_playwright_summaries() {
        assert_eq!(count("  14 passed (32.1s)"), (14, 0));
        assert_eq!(count("  2 failed"), (0, 2));
        assert_eq!(count("  2 failed tests were retried"), (0, 0));
        assert_eq!(count("running 3 tests"), (0, 0));
    }
}
