//! `cargo xtask ui-graph`: which `src/ui` module imports which, and whether
//! every import points down the layers `src/ui/mod.rs` describes. A test
//! below runs the same check on the tree, so `cargo test` fails on a cycle
//! or on a shared part that reaches up into a screen.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt::Write as _,
    fs,
    path::Path,
};

use crate::cmd::{root, Result};

/// The layers, top to bottom. A module may import modules of lower layers;
/// within the shared layers (components, state, platform) modules may also
/// import each other as long as no cycle forms. One screen never imports
/// another: what two screens share belongs in `components` or `state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    Platform,
    State,
    Components,
    Screen,
    Root,
}

impl Layer {
    const ALL: [Layer; 5] = [Layer::Root, Layer::Screen, Layer::Components, Layer::State, Layer::Platform];

    fn of(module: &str) -> Layer {
        match module {
            "mod" | "app" | "boot" | "fallback" => Layer::Root,
            "components" => Layer::Components,
            "state" => Layer::State,
            "browser" | "handlers" | "locale" | "qr_worker" => Layer::Platform,
            _ => Layer::Screen,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Layer::Root => "root",
            Layer::Screen => "screens",
            Layer::Components => "components",
            Layer::State => "state",
            Layer::Platform => "platform",
        }
    }
}

/// Top-level `src/ui` module → the top-level `src/ui` modules it imports.
type Graph = BTreeMap<String, BTreeSet<String>>;

pub fn run() -> Result {
    let graph = read_graph(&root().join("src/ui"))?;
    print!("{}", render(&graph));
    let problems = problems(&graph);
    if problems.is_empty() {
        println!("ok: every import points down, no cycle");
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn read_graph(ui: &Path) -> Result<Graph> {
    let mut files = Vec::new();
    collect_files(ui, ui, &mut files)?;
    let modules: BTreeSet<Vec<String>> = files.iter().map(|(module, _)| module.clone()).collect();
    let mut graph = Graph::new();
    for (module, text) in &files {
        let from = unit(module);
        let targets = graph.entry(from.clone()).or_default();
        for path in referenced_paths(text) {
            if let Some(target) = resolve(module, &path, &modules) {
                let to = unit(&target);
                if to != from {
                    targets.insert(to);
                }
            }
        }
    }
    Ok(graph)
}

/// Every `.rs` file under `dir`, as (module path below `src/ui`, text).
fn collect_files(ui: &Path, dir: &Path, out: &mut Vec<(Vec<String>, String)>) -> Result {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(ui, &path, out)?;
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let relative = path.strip_prefix(ui).map_err(|e| e.to_string())?.with_extension("");
            let mut module: Vec<String> = relative.iter().map(|part| part.to_string_lossy().into_owned()).collect();
            if module.last().is_some_and(|last| last == "mod") {
                module.pop();
            }
            let text = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            out.push((module, text));
        }
    }
    Ok(())
}

/// The node a module belongs to: its top-level module (`mod` for `src/ui/mod.rs`).
fn unit(module: &[String]) -> String {
    module.first().cloned().unwrap_or_else(|| "mod".to_owned())
}

/// Every path the code names that could lead into `src/ui`: the leaves of
/// each `use` tree, and `crate::ui::…`, `super::…` and `self::…` written inline.
fn referenced_paths(text: &str) -> Vec<Vec<String>> {
    let code: String =
        text.lines().filter(|line| !line.trim_start().starts_with("//")).map(|line| format!("{line}\n")).collect();
    let mut paths = Vec::new();
    let mut rest = code.as_str();
    let mut outside_use = String::new();
    while let Some(start) = find_use(rest) {
        outside_use.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find(';').unwrap_or(after.len());
        // Renames (`a as b`) keep their original name, marked by `@`.
        let statement = after[..end].trim_start_matches("pub ").trim_start_matches("use").replace(" as ", "@");
        let tree: String = statement.split_whitespace().collect();
        expand(&tree, &mut Vec::new(), &mut paths);
        rest = &after[end..];
    }
    outside_use.push_str(rest);
    for prefix in ["crate::ui::", "super::", "self::"] {
        for (at, _) in outside_use.match_indices(prefix) {
            let before = outside_use[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: Vec<String> = outside_use[at..]
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            paths.push(path);
        }
    }
    paths
}

/// The byte offset of the next `use` statement (at the start of a line).
fn find_use(text: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with("use ") || trimmed.starts_with("pub use ") {
            return Some(offset + line.len() - trimmed.len());
        }
        offset += line.len();
    }
    None
}

/// The leaves of a `use` tree written without spaces: `a::{b,c::{d,e}}`.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let (head, group) = match tree.find('{') {
        Some(open) if tree.ends_with('}') => (&tree[..open], Some(&tree[open + 1..tree.len() - 1])),
        _ => (tree, None),
    };
    let depth = prefix.len();
    prefix.extend(head.split("::").filter(|s| !s.is_empty()).map(|s| s.split('@').next().unwrap_or(s).to_owned()));
    match group {
        Some(group) => {
            for part in split_top_level(group) {
                expand(part, prefix, out);
            }
        }
        None => out.push(prefix.clone()),
    }
    prefix.truncate(depth);
}

/// `a,b::{c,d},e` split at the commas outside braces.
fn split_top_level(group: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&group[start..]);
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

/// The `src/ui` module `path` names from inside `module`, if it is one.
fn resolve(module: &[String], path: &[String], modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut base: Vec<String> = module.to_vec();
    let mut segments = path.iter().peekable();
    match segments.peek().map(|s| s.as_str()) {
        Some("crate") => {
            segments.next();
            if segments.next().map(String::as_str) != Some("ui") {
                return None;
            }
            base.clear();
        }
        Some("super") => {
            while segments.peek().map(|s| s.as_str()) == Some("super") {
                segments.next();
                base.pop()?;
            }
        }
        Some("self") => {
            segments.next();
        }
        // A child module named without `self::` (`pub use card::CardScreen`).
        Some(first) if modules.contains(&[module, &[first.to_owned()]].concat()) => {}
        _ => return None,
    }
    let mut resolved = base;
    for segment in segments {
        let mut longer = resolved.clone();
        longer.push(segment.clone());
        if !modules.contains(&longer) {
            break;
        }
        resolved = longer;
    }
    Some(resolved)
}

fn render(graph: &Graph) -> String {
    let mut out = String::from("src/ui module graph (a -> b: a imports b), by layer, top to bottom:\n");
    for layer in Layer::ALL {
        let _ = writeln!(out, "  {}:", layer.name());
        for (from, targets) in graph.iter().filter(|(from, _)| Layer::of(from) == layer) {
            let targets: Vec<&str> = targets.iter().map(String::as_str).collect();
            let targets = if targets.is_empty() { "(nothing in src/ui)".to_owned() } else { targets.join(", ") };
            let _ = writeln!(out, "    {from:<11} -> {targets}");
        }
    }
    out
}

/// Imports that point up or sideways between screens, and cycles.
fn problems(graph: &Graph) -> Vec<String> {
    let mut problems = Vec::new();
    for (from, targets) in graph {
        for to in targets {
            let (a, b) = (Layer::of(from), Layer::of(to));
            let allowed = b < a || (a == b && a != Layer::Screen) || (a == Layer::Root && b == Layer::Root);
            if !allowed {
                problems.push(format!("{from} ({}) imports {to} ({})", a.name(), b.name()));
            }
        }
    }
    if let Some(cycle) = find_cycle(graph) {
        problems.push(format!("import cycle: {}", cycle.join(" -> ")));
    }
    problems
}

fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(node: &str, graph: &Graph, stack: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_app_ui_imports_point_one_way() {
        let graph = read_graph(&root().join("src/ui")).unwrap();
        assert!(graph.contains_key("components") && graph.contains_key("state"), "{graph:?}");
        let problems = problems(&graph);
        assert!(problems.is_empty(), "{}\n{}", problems.join("\n"), render(&graph));
    }

    #[test]
    fn use_trees_expand_to_their_leaves() {
        let paths = referenced_paths(
            "use crate::{\n    i18n::msg,\n    ui::{browser, state::{I18n, Nav}},\n};\nfn f() { super::x::y(); }\n",
        );
        assert_eq!(
            paths,
            vec![
                strings(&["crate", "i18n", "msg"]),
                strings(&["crate", "ui", "browser"]),
                strings(&["crate", "ui", "state", "I18n"]),
                strings(&["crate", "ui", "state", "Nav"]),
                strings(&["super", "x", "y"]),
            ]
        );
    }

    #[test]
    fn paths_resolve_to_modules() {
        let modules: BTreeSet<Vec<String>> =
            [&[][..], &["checker"], &["checker", "question"], &["state"]].iter().map(|m| strings(m)).collect();
        let question = strings(&["checker", "question"]);
        assert_eq!(resolve(&question, &strings(&["super", "ClearButton"]), &modules), Some(strings(&["checker"])));
        assert_eq!(
            resolve(&question, &strings(&["crate", "ui", "state", "I18n"]), &modules),
            Some(strings(&["state"]))
        );
        assert_eq!(resolve(&question, &strings(&["crate", "checker", "Question"]), &modules), None);
        assert_eq!(resolve(&question, &strings(&["leptos", "prelude"]), &modules), None);
    }

    #[test]
    fn an_upward_import_and_a_cycle_are_reported() {
        let mut graph = Graph::new();
        graph.entry("state".into()).or_default().insert("checker".into());
        graph.entry("checker".into()).or_default().insert("state".into());
        let problems = problems(&graph);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("state (state) imports checker (screens)"));
        assert!(problems[1].starts_with("import cycle"));
    }
}
