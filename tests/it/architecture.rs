//! What the crates cannot say about the shape of the code, checked from its source: each crate
//! depends only on the crates below it (the compiler refuses a cycle, this refuses a shortcut
//! such as the documents reading files), the modules inside the domain import each other without
//! a circle, OS-specific code stays in one module, and no source file passes 500 lines nor any
//! function 60.
//!
//! The parser is small and made for this codebase: it reads `crate::…` paths (with `{…}` groups)
//! and `super::…` paths outside comments and outside the `#[cfg(test)]` module at a file's end.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Module → the modules it imports.
type Graph = BTreeMap<String, BTreeSet<String>>;

/// The layers, lowest first, and the chibo crates each may depend on.
const LAYERS: [(&str, &[&str]); 7] = [
    ("core", &[]),
    ("files", &["chibo-core"]),
    ("docs", &["chibo-core"]),
    ("rollup", &["chibo-core", "chibo-files", "chibo-docs"]),
    (
        "tui",
        &["chibo-core", "chibo-files", "chibo-docs", "chibo-rollup"],
    ),
    ("testkit", &["chibo-core"]),
    (
        ".",
        &[
            "chibo-core",
            "chibo-files",
            "chibo-docs",
            "chibo-rollup",
            "chibo-tui",
        ],
    ),
];

/// The most lines a source file and a function may have (STYLE.md).
const MAX_FILE_LINES: usize = 500;
const MAX_FN_LINES: usize = 60;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_owned()
}

/// The folder of every crate's sources (the binary's is `src/`).
fn source_roots() -> Vec<PathBuf> {
    LAYERS
        .iter()
        .map(|(dir, _)| match *dir {
            "." => workspace().join("src"),
            d => workspace().join("crates").join(d).join("src"),
        })
        .collect()
}

/// One source file: its module path (`["domain", "command", "apply"]`) and its code.
struct Source {
    file: PathBuf,
    module: Vec<String>,
    code: String,
}

/// The sources of one crate, with module paths from its `src/`.
fn sources_in(root: &Path) -> Vec<Source> {
    let mut files = Vec::new();
    walk(root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let rel = file.strip_prefix(root).unwrap().with_extension("");
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
    let sources = sources_in(&workspace().join("crates/core/src"));
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

/// The chibo crates named under `[dependencies]` of a Cargo.toml.
fn chibo_dependencies(manifest: &str) -> BTreeSet<String> {
    let mut in_deps = false;
    let mut out = BTreeSet::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
        } else if in_deps && line.starts_with("chibo-") {
            let name = line.split(['.', ' ', '=']).next().unwrap_or_default();
            out.insert(name.to_owned());
        }
    }
    out
}

#[test]
fn each_crate_depends_only_on_the_crates_below_it() {
    let mut found = 0;
    for (dir, allowed) in LAYERS {
        let manifest = fs::read_to_string(workspace().join(dir).join("Cargo.toml"))
            .or_else(|_| {
                fs::read_to_string(workspace().join("crates").join(dir).join("Cargo.toml"))
            })
            .unwrap();
        for dep in chibo_dependencies(&manifest) {
            found += 1;
            assert!(
                allowed.contains(&dep.as_str()),
                "{dir} must not depend on {dep}"
            );
        }
    }
    assert!(
        found >= 12,
        "the layers' dependencies were not read ({found})"
    );
    let crates: BTreeSet<_> = fs::read_dir(workspace().join("crates"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let listed: BTreeSet<_> = LAYERS.iter().map(|(d, _)| (*d).to_owned()).collect();
    assert!(
        crates.is_subset(&listed),
        "a crate without its layer: {crates:?}"
    );
}

#[test]
fn dependencies_are_read_from_the_manifest() {
    let m = "[dependencies]\nchibo-core.workspace = true\nchibo-files = { path = \"x\" }\n\
             serde = \"1\"\n[dev-dependencies]\nchibo-testkit.workspace = true\n";
    let deps: Vec<_> = chibo_dependencies(m).into_iter().collect();
    assert_eq!(deps, ["chibo-core", "chibo-files"]);
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
    let os = workspace().join("crates/files/src/os.rs");
    let all: Vec<_> = source_roots().iter().flat_map(|r| sources_in(r)).collect();
    assert!(all.iter().any(|s| s.file == os), "no {}", os.display());
    let outside: Vec<_> = all
        .into_iter()
        .filter(|s| s.file != os && s.code.contains("std::os::"))
        .map(|s| s.file)
        .collect();
    assert!(
        outside.is_empty(),
        "std::os outside the os module: {outside:?}"
    );
}

/// Every `.rs` file of the crates' sources, with its whole text.
fn source_files() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for root in source_roots() {
        walk(&root, &mut files);
    }
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let text = fs::read_to_string(&f).unwrap();
            (f, text)
        })
        .collect()
}

#[test]
fn no_source_file_is_over_500_lines() {
    let files = source_files();
    assert!(files.len() > 100, "the sources were not found");
    let long: Vec<_> = files
        .iter()
        .filter(|(_, t)| t.lines().count() > MAX_FILE_LINES)
        .map(|(f, t)| format!("{}: {} lines", f.display(), t.lines().count()))
        .collect();
    assert!(long.is_empty(), "{long:#?}");
}

#[test]
fn no_function_is_over_60_lines() {
    let long: Vec<_> = source_files()
        .iter()
        .flat_map(|(f, t)| {
            functions(t)
                .into_iter()
                .filter(|(_, _, n)| *n > MAX_FN_LINES)
                .map(move |(name, line, n)| format!("{}:{line} {name}: {n} lines", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "{long:#?}");
}

/// Each function in `text`: its name, the line it starts on (1-based) and how many lines it
/// spans, from `fn` to its closing brace. Strings, characters and comments are skipped so a
/// brace inside them does not count.
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    // Open functions: (name, start line, brace depth at which its body opened).
    let mut open: Vec<(String, usize, usize)> = Vec::new();
    let mut pending: Option<(String, usize)> = None;
    let (mut depth, mut line, mut i) = (0usize, 1usize, 0usize);
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => line += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if chars.get(i) == Some(&'\n') {
                        line += 1;
                    }
                    i += 1;
                }
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 2,
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                while i + 1 < chars.len() && chars[i + 1] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            'f' if chars.get(i + 1) == Some(&'n')
                && chars.get(i + 2) == Some(&' ')
                && (i == 0 || !is_ident(chars[i - 1])) =>
            {
                let name: String = chars[i + 3..]
                    .iter()
                    .take_while(|c| is_ident(**c))
                    .collect();
                pending = Some((name, line));
            }
            ';' => pending = None,
            '{' => {
                depth += 1;
                if let Some((name, start)) = pending.take() {
                    open.push((name, start, depth));
                }
            }
            '}' => {
                if open.last().is_some_and(|(_, _, d)| *d == depth) {
                    let (name, start, _) = open.pop().unwrap();
                    out.push((name, start, line - start + 1));
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[test]
fn functions_are_measured_past_braces_in_strings_and_chars() {
    let code = "fn a() {\n    let s = \"}\";\n    let c = '}';\n}\n\
                trait T { fn decl(&self); }\n\
                pub fn b<'x>(v: &'x str) -> bool {\n    // }\n    v == \"{\"\n}\n";
    let f = functions(code);
    assert_eq!(f, [("a".to_owned(), 1, 4), ("b".to_owned(), 6, 4)], "{f:?}");
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
