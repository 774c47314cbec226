//! Installs the tools the build and the tests need, each only when missing or
//! at the wrong version, so every command is safe to run again.

use std::{fs, path::PathBuf};

use crate::cmd::{self, command, output, root, Result};

pub const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Where `npm ci` puts binaryen (for `wasm-opt`), inside `target/` so
/// `cargo clean` removes it and nothing is written outside the checkout.
fn binaryen_dir() -> PathBuf {
    root().join("target/tools/binaryen")
}

pub fn binaryen_bin_dir() -> PathBuf {
    binaryen_dir().join("node_modules/.bin")
}

pub fn wasm_target() -> Result {
    let installed = output(command("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        println!("    {WASM_TARGET} target: present");
        return Ok(());
    }
    cmd::run(command("rustup").args(["target", "add", WASM_TARGET]))
        .map_err(|e| format!("{e}\n  the WebAssembly target is needed to build the app; is rustup installed?"))
}

/// The first line a tool prints for `--version`, if it runs at all.
fn version_of(program: &str) -> Option<String> {
    output(command(program).arg("--version")).map(|text| text.lines().next().unwrap_or("").trim().to_owned())
}

pub fn trunk() -> Result {
    let wanted = format!("trunk {TRUNK_VERSION}");
    if version_of("trunk").as_deref() == Some(wanted.as_str()) {
        println!("    {wanted}: present");
        return Ok(());
    }
    println!("    installing {wanted} (compiles from source, about 6 minutes on 2 cores)");
    // `--locked`: trunk's newer dependencies need a newer rustc than ours.
    cmd::run(command("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))
}

/// The wasm-bindgen version in `Cargo.lock`: the CLI must match the library
/// exactly or the generated JavaScript does not fit the `.wasm`.
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.trim().strip_prefix("version = ")) {
                return Ok(version.trim_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

pub fn wasm_bindgen() -> Result {
    let version = locked_wasm_bindgen_version()?;
    let wanted = format!("wasm-bindgen {version}");
    let present = version_of("wasm-bindgen").as_deref() == Some(wanted.as_str())
        && version_of("wasm-bindgen-test-runner").is_some_and(|v| v.ends_with(&version));
    if present {
        println!("    {wanted}: present");
        return Ok(());
    }
    println!("    installing wasm-bindgen-cli {version} (compiles from source, about 5 minutes)");
    // Not `--locked`: the CLI's own lock file pins crates our rustc rejects.
    cmd::run(command("cargo").args(["install", "wasm-bindgen-cli", "--version", &version, "--force"]))
}

/// `wasm-opt` from the npm package `binaryen`, pinned by the lock file in
/// `xtask/tools/`, because Trunk runs offline and cannot download it.
pub fn wasm_opt() -> Result {
    let dir = binaryen_dir();
    let lock = root().join("xtask/tools/package-lock.json");
    let installed_lock = dir.join("package-lock.json");
    let up_to_date =
        fs::read(&lock).ok() == fs::read(&installed_lock).ok() && binaryen_bin_dir().join("wasm-opt").exists();
    if up_to_date {
        println!("    wasm-opt (npm binaryen): present");
        return Ok(());
    }
    need_node()?;
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for file in ["package.json", "package-lock.json"] {
        fs::copy(root().join("xtask/tools").join(file), dir.join(file))
            .map_err(|e| format!("cannot copy xtask/tools/{file}: {e}"))?;
    }
    println!("    installing wasm-opt from the npm package binaryen");
    cmd::run(command("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir))
}

fn need_node() -> Result {
    if version_of("node").is_some() && version_of("npm").is_some() {
        Ok(())
    } else {
        Err("Node.js and npm are needed (for wasm-opt and the browser tests) but were not found on PATH".into())
    }
}

/// Debian's Chromium and its ChromeDriver, the browser every test runs in,
/// and the Noto fonts, so every script the app ships (Arabic, Devanagari,
/// Bengali, Georgian…) renders with real glyphs: overflow checks measure real
/// text, and screenshots are legible. The app itself uses system fonts only.
pub fn chromium() -> Result {
    let browser = crate::chromium::config()?;
    let packages = [
        ("chromium", browser.binary.as_str()),
        ("chromium-driver", browser.driver.as_str()),
        ("fonts-noto-core", "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"),
    ];
    let missing: Vec<&str> =
        packages.iter().filter(|(_, path)| fs::metadata(path).is_err()).map(|(package, _)| *package).collect();
    if missing.is_empty() {
        println!("    chromium, chromedriver and Noto fonts: present");
        return Ok(());
    }
    println!("    installing Debian packages {}", missing.join(" "));
    let is_root = output(command("id").arg("-u")).is_some_and(|id| id.trim() == "0");
    let apt = |args: &[&str]| {
        let mut apt = if is_root { command("apt-get") } else { sudo_apt() };
        apt.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        cmd::run(&mut apt)
    };
    apt(&["update"])?;
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend(&missing);
    apt(&install).map_err(|e| format!("{e}\n  install them by hand: apt-get install {}", missing.join(" ")))
}

fn sudo_apt() -> std::process::Command {
    let mut sudo = command("sudo");
    sudo.arg("apt-get");
    sudo
}

/// The end-to-end test packages (Playwright, axe-core), from `tests/e2e`'s lock file.
pub fn e2e_packages() -> Result {
    npm_packages("tests/e2e")
}

/// `npm ci` in `folder` unless its installed tree is newer than its lock file.
pub fn npm_packages(folder: &str) -> Result {
    let dir = root().join(folder);
    let lock = dir.join("package-lock.json");
    if !lock.exists() {
        return Err(format!("{folder}/package-lock.json is missing"));
    }
    let installed = dir.join("node_modules/.package-lock.json");
    if installed.exists() && modified(&installed) >= modified(&lock) {
        println!("    {folder}/node_modules: present");
        return Ok(());
    }
    need_node()?;
    cmd::run(command("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir))
}

fn modified(path: &std::path::Path) -> Option<std::time::SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

type Install = fn() -> Result;

/// The steps of `build_tools`, each with what it installs; a command's
/// step total counts them from here.
pub const BUILD_TOOL_STEPS: [(&str, Install); 4] = [
    ("WebAssembly target", wasm_target),
    ("trunk (the build tool)", trunk),
    ("wasm-bindgen-cli (matching Cargo.lock)", wasm_bindgen),
    ("wasm-opt (size optimiser)", wasm_opt),
];

/// Everything `trunk build` needs.
pub fn build_tools(steps: &mut cmd::Steps) -> Result {
    for (title, install) in BUILD_TOOL_STEPS {
        steps.next(title);
        install()?;
    }
    Ok(())
}
