//! Running other programs with the tool paths in front of `PATH`, echoing each
//! command so a long first run always shows what it is doing.

use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
    sync::OnceLock,
    time::Instant,
};

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (the folder holding the app's `Cargo.toml`).
pub fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask lives one level below the workspace root")
            .to_path_buf()
    })
}

/// Where `cargo install` puts binaries: `$CARGO_HOME/bin`, else `~/.cargo/bin`.
pub fn cargo_bin_dir() -> PathBuf {
    match std::env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home).join("bin"),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo/bin"),
    }
}

/// Folders searched before the inherited `PATH`: the tools installed by
/// xtask must win over anything older on the machine.
pub fn tool_dirs() -> Vec<PathBuf> {
    vec![crate::tools::binaryen_bin_dir(), cargo_bin_dir()]
}

pub fn path_env() -> std::ffi::OsString {
    let inherited = std::env::var_os("PATH").unwrap_or_default();
    let dirs = tool_dirs().into_iter().chain(std::env::split_paths(&inherited));
    std::env::join_paths(dirs).expect("tool paths contain no separator")
}

/// A command with the tool `PATH`, run from the workspace root.
pub fn command(program: &str) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root()).env("PATH", path_env());
    command
}

/// Runs to completion with inherited output; a failure names the command.
pub fn run(command: &mut Command) -> Result {
    println!("    $ {}", describe(command));
    let status = command.status().map_err(|e| format!("could not start `{}`: {e}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)))
    }
}

/// Runs quietly and returns stdout, or `None` if the program is missing or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let output = command.stderr(Stdio::null()).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

pub fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Numbered progress lines: `==> [2/5] Installing trunk 0.21.14 (takes ~6 min)`.
pub struct Steps {
    total: usize,
    done: usize,
    started: Instant,
}

impl Steps {
    pub fn new(total: usize) -> Steps {
        Steps { total, done: 0, started: Instant::now() }
    }

    pub fn next(&mut self, what: &str) {
        self.done += 1;
        println!("\n==> [{}/{}] {what}  (+{}s)", self.done, self.total, self.started.elapsed().as_secs());
    }

    pub fn elapsed_secs(&self) -> u64 {
        self.started.elapsed().as_secs()
    }
}
