//! The shape of the code, checked from its source: the domain and its words import no layer above
//! them, the top-level modules import each other without a circle, the modules inside the domain
//! too, and OS-specific code stays in one module.
//!
//! The parser is small and made for this codebase: it reads `crate::…` paths (with `{…}` groups)
//! and `super::…` paths outside comments and outside the `#[cfg(test)]` module at a file's end.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Module → the modules it imports.
type Graph = BTreeMap<String, BTreeSet<String>>;

const LAYERS: [&str; 6] = ["domain", "i18n", "store", "export", "cli", "tui"];

/// One source file: its module path (`["domain", "command", "apply"]`) and its code.
struct Source {
    file: PathBuf,
    module: Vec<String>,
    code: String,
}

fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let rel = file.strip_prefix(&root).unwrap().with_extension("");
            let mut module: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(
                module.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                module.pop();
            }
            let code = code_of(&fs::read_to_string(&file).unwrap());
            Source { file, module, code }
        })
        .collect()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code without line comments and without the unit tests at the end of the file (their
/// `use super::*` means the file itself, and tests may use anything).
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| l.find("//").map_or(l, |i| &l[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The module paths `code` refers to, resolved from `module`: every `crate::a::b…` and
/// `super::a…`, with `{…}` groups expanded. Paths are cut at the first segment that is not a
/// plain name (a group is expanded, a glob ends the path).
fn references(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != ':';
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        let base = if starts_word && rest.starts_with("crate::") {
            i += "crate::".len();
            Some(Vec::new())
        } else if starts_word && rest.starts_with("super::") {
            let mut base = module.to_vec();
            while bytes[i..].iter().collect::<String>().starts_with("super::") {
                base.pop();
                i += "super::".len();
            }
            Some(base)
        } else {
            None
        };
        match base {
            Some(base) => i = path_from(&bytes, i, base, &mut out),
            None => i += 1,
        }
    }
    out
}

/// Reads the path (or `{…}` group) at `i` below `base`, pushing each full path; returns where
/// it ends.
fn path_from(s: &[char], mut i: usize, mut base: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    loop {
        if s.get(i) == Some(&'{') {
            let (items, end) = group(s, i);
            for item in items {
                let inner: Vec<char> = item.trim().chars().collect();
                path_from(&inner, 0, base.clone(), out);
            }
            return end;
        }
        let start = i;
        while i < s.len() && is_ident(s[i]) {
            i += 1;
        }
        if i > start {
            base.push(s[start..i].iter().collect());
        }
        if s.get(i) == Some(&':') && s.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            out.push(base);
            return i;
        }
    }
}

/// The top-level, comma-separated items of the `{…}` group at `open`, and the index after it.
fn group(s: &[char], open: usize) -> (Vec<String>, usize) {
    let mut depth = 0;
    let mut items = vec![String::new()];
    for (k, &c) in s.iter().enumerate().skip(open) {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    continue;
                }
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return (items, k + 1);
                }
            }
            ',' if depth == 1 => {
                items.push(String::new());
                continue;
            }
            _ => {}
        }
        items.last_mut().unwrap().push(c);
    }
    (items, s.len())
}

/// A cycle in `graph`, if there is one, as the nodes around it.
fn cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &Graph,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == n) {
            let mut c = path[at..].to_vec();
            c.push(n.to_owned());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_owned());
        for next in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

/// Edges between top-level modules, with one file that makes each.
fn layer_graph() -> (Graph, BTreeMap<(String, String), PathBuf>) {
    let mut graph = Graph::new();
    let mut why = BTreeMap::new();
    for src in sources() {
        let Some(from) = src.module.first().filter(|m| LAYERS.contains(&m.as_str())) else {
            continue;
        };
        for r in references(&src.module, &src.code) {
            let Some(to) = r.first().filter(|m| LAYERS.contains(&m.as_str())) else {
                continue;
            };
            if to != from {
                graph.entry(from.clone()).or_default().insert(to.clone());
                why.entry((from.clone(), to.clone()))
                    .or_insert_with(|| src.file.clone());
            }
        }
    }
    (graph, why)
}

/// Which module of the domain each name re-exported by `domain/mod.rs` comes from.
fn domain_reexports(sources: &[Source]) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    let Some(m) = sources.iter().find(|s| s.module == ["domain"]) else {
        return names;
    };
    for stmt in m.code.split(';') {
        let Some(rest) = stmt.trim().strip_prefix("pub use ") else {
            continue;
        };
        let chars: Vec<char> = rest.chars().collect();
        let mut paths = Vec::new();
        path_from(&chars, 0, Vec::new(), &mut paths);
        for p in paths {
            if let (Some(module), Some(name)) = (p.first(), p.last()) {
                names.insert(name.clone(), module.clone());
            }
        }
    }
    names
}

/// Edges between the modules directly inside `src/domain` (a module's own children count as
/// itself; `domain/mod.rs`, which declares and re-exports them all, is not a node).
fn domain_graph() -> BTreeMap<String, BTreeSet<String>> {
    let sources = sources();
    let reexports = domain_reexports(&sources);
    let modules: BTreeSet<String> = sources
        .iter()
        .filter(|s| s.module.first().is_some_and(|m| m == "domain"))
        .filter_map(|s| s.module.get(1).cloned())
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for src in &sources {
        let (Some("domain"), Some(from)) =
            (src.module.first().map(String::as_str), src.module.get(1))
        else {
            continue;
        };
        graph.entry(from.clone()).or_default();
        for r in references(&src.module, &src.code) {
            if r.first().map(String::as_str) != Some("domain") {
                continue;
            }
            let Some(next) = r.get(1) else { continue };
            let to = if modules.contains(next) {
                next.clone()
            } else if let Some(m) = reexports.get(next) {
                m.clone()
            } else {
                continue;
            };
            if &to != from {
                graph.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    graph
}

#[test]
fn the_domain_and_its_words_import_no_layer_above() {
    let mut offenders = Vec::new();
    for src in sources() {
        if !matches!(
            src.module.first().map(String::as_str),
            Some("domain" | "i18n")
        ) {
            continue;
        }
        for layer in ["tui", "export", "store", "cli"] {
            if src.code.contains(&format!("crate::{layer}")) {
                offenders.push(format!("{} uses crate::{layer}", src.file.display()));
            }
        }
        for r in references(&src.module, &src.code) {
            if let Some(to) = r
                .first()
                .filter(|t| !matches!(t.as_str(), "domain" | "i18n"))
                && LAYERS.contains(&to.as_str())
            {
                offenders.push(format!("{} reaches {to}", src.file.display()));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn i18n_imports_only_the_domain() {
    let (graph, why) = layer_graph();
    let above: Vec<_> = graph
        .get("i18n")
        .into_iter()
        .flatten()
        .filter(|to| *to != "domain")
        .map(|to| (to, why.get(&("i18n".to_owned(), to.clone()))))
        .collect();
    assert!(above.is_empty(), "{above:?}");
}

#[test]
fn the_top_level_modules_import_each_other_without_a_circle() {
    let (graph, why) = layer_graph();
    if let Some(c) = cycle(&graph) {
        let files: Vec<_> = c
            .windows(2)
            .map(|w| why.get(&(w[0].clone(), w[1].clone())))
            .collect();
        panic!("circle of imports {c:?}, made by {files:?}");
    }
    // The layers as the design has them: the front ends on top, the domain at the bottom.
    for (low, high) in [
        ("domain", "i18n"),
        ("domain", "store"),
        ("i18n", "export"),
        ("store", "cli"),
    ] {
        let reaches = graph.get(low).is_some_and(|t| t.contains(high));
        assert!(!reaches, "{low} must not import {high}");
    }
}

#[test]
fn the_modules_of_the_domain_import_each_other_without_a_circle() {
    let graph = domain_graph();
    assert!(
        graph.contains_key("session") && graph.contains_key("rules"),
        "{graph:?}"
    );
    assert_eq!(cycle(&graph), None, "{graph:#?}");
}

#[test]
fn os_specific_code_is_only_in_the_os_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let outside: Vec<_> = sources()
        .into_iter()
        .filter(|s| s.file != root.join("os.rs") && s.code.contains("std::os::"))
        .map(|s| s.file)
        .collect();
    assert!(outside.is_empty(), "std::os outside src/os.rs: {outside:?}");
}

// The checker itself: each of these would let a real circle through if the parser were wrong.

#[test]
fn paths_are_read_with_groups_and_super() {
    let module = [
        "domain".to_owned(),
        "command".to_owned(),
        "apply".to_owned(),
    ];
    let code = "use super::words::prepared;\nuse crate::domain::{score::Score, session::{A, B}};\n\
                let x = crate::store::load(p); let y = super::super::tally::Tally::new();";
    let refs = references(&module, code);
    let has = |p: &[&str]| refs.iter().any(|r| r == p);
    assert!(has(&["domain", "command", "words", "prepared"]), "{refs:?}");
    assert!(has(&["domain", "score", "Score"]), "{refs:?}");
    assert!(has(&["domain", "session", "B"]), "{refs:?}");
    assert!(has(&["store", "load"]), "{refs:?}");
    assert!(has(&["domain", "tally", "Tally", "new"]), "{refs:?}");
}

#[test]
fn comments_and_unit_tests_are_not_code() {
    let code =
        code_of("use a; // see crate::tui\n#[cfg(test)]\nmod tests {\n use crate::cli;\n}\n");
    assert!(
        !code.contains("crate::tui") && !code.contains("crate::cli"),
        "{code}"
    );
}

#[test]
fn a_circle_is_found() {
    let g = |edges: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in edges {
            g.entry((*a).to_owned())
                .or_default()
                .insert((*b).to_owned());
        }
        g
    };
    assert!(cycle(&g(&[("a", "b"), ("b", "c"), ("c", "a")])).is_some());
    assert_eq!(cycle(&g(&[("a", "b"), ("b", "c"), ("a", "c")])), None);
}
