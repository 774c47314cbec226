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
    build, chromium,
    cmd::{self, command, describe, root, Result, Steps},
    tools,
};

/// This command's own steps, after the build tools'; the `[n/total]` of
/// the progress lines is counted from this list and `BUILD_TOOL_STEPS`.
const STEPS: [&str; 6] = [
    "Formatting: cargo fmt --check",
    "Chromium and ChromeDriver (Debian packages)",
    "End-to-end test packages (npm ci in tests/e2e)",
    "Native tests: cargo test",
    "Component tests: wasm-bindgen-test in headless Chromium",
    "Release build and end-to-end tests in headless Chromium",
];

#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
    broken: Vec<String>,
}

pub fn run() -> Result {
    let mut steps = Steps::new(tools::BUILD_TOOL_STEPS.len() + STEPS.len());
    let mut titles = STEPS.into_iter();
    let mut next = |steps: &mut Steps| steps.next(titles.next().unwrap_or_default());
    let mut tally = Tally::default();

    // First, as it takes seconds and needs nothing installed. Clippy runs in
    // CI (`.ci/run`) only: natively and for wasm32 it would add two more
    // compilations of everything on a two-core machine.
    next(&mut steps);
    if let Err(e) = cmd::run(command("cargo").args(["fmt", "--all", "--check"])) {
        tally.broken.push(format!("formatting: {e} (run `cargo fmt --all`)"));
    }
    tools::build_tools(&mut steps)?;
    next(&mut steps);
    tools::chromium()?;
    let browser = chromium::config()?;
    next(&mut steps);
    tools::e2e_packages()?;

    next(&mut steps);
    suite(&mut tally, "native", command("cargo").args(["test", "--workspace", "--color", "never"]));

    next(&mut steps);
    let webdriver_json = webdriver_config(&browser)?;
    suite(
        &mut tally,
        "wasm",
        command("cargo")
            .args(["test", "--target", "wasm32-unknown-unknown", "--test", "components", "--color", "never"])
            .env("CHROMEDRIVER", &browser.driver)
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver_json)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
    );

    next(&mut steps);
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
fn webdriver_config(browser: &chromium::Chromium) -> Result<std::path::PathBuf> {
    let dir = root().join("target/xtask");
    let profile = dir.join("chromium-profile");
    let _ = fs::remove_dir_all(&profile);
    fs::create_dir_all(&profile).map_err(|e| format!("cannot create {}: {e}", profile.display()))?;
    let mut args: Vec<String> = browser.args.iter().map(|a| format!("{a:?}")).collect();
    args.push(format!("\"--user-data-dir={}\"", profile.display()));
    let json =
        format!("{{\"goog:chromeOptions\": {{\"binary\": {:?}, \"args\": [{}]}}}}\n", browser.binary, args.join(", "));
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
