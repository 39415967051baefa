//! No module of core leans on a module that leans back on it. Each `crate::…` and `super::…`
//! path in `core/src` (tests left out) is an edge between the two modules it joins, lifted to
//! the siblings under their nearest common parent: `store::backup` using `store::encryption`
//! is an edge between those two, `groups::schedule` using `reminders` one between `groups` and
//! `reminders`. Any cycle among siblings fails, with the lines that make it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path from the crate root: `["store", "backup"]`.
type Module = Vec<String>;

struct Source {
    module: Module,
    text: String,
    path: PathBuf,
}

fn sources(dir: &Path, module: &Module, out: &mut Vec<Source>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("core/src is readable")
        .map(|e| e.expect("an entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .expect("a UTF-8 name")
            .to_owned();
        if path.is_dir() {
            let mut inner = module.clone();
            inner.push(name);
            sources(&path, &inner, out);
        } else if path.extension().is_some_and(|e| e == "rs") && name != "tests" {
            let mut own = module.clone();
            if !matches!(name.as_str(), "mod" | "lib") {
                own.push(name);
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            out.push(Source {
                module: own,
                text: without_tests(&text),
                path,
            });
        }
    }
}

/// The file up to its `#[cfg(test)]` module, without comments: tests may reach anywhere.
fn without_tests(text: &str) -> String {
    let mut kept = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod "))
        {
            // A `mod tests;` line names a file this walk leaves out; an inline one runs to the end.
            let next = lines.next().unwrap_or_default();
            if next.trim_end().ends_with('{') {
                break;
            }
            continue;
        }
        let code = line.split("//").next().unwrap_or_default();
        kept.push_str(code);
        kept.push('\n');
    }
    kept
}

/// Every module path a source names: `crate::a::b` and `super::c`, with `{…}` groups opened.
fn references(source: &Source, modules: &BTreeSet<Module>) -> Vec<(Module, String)> {
    let mut found = Vec::new();
    for line in source.text.lines() {
        for (start, _) in line
            .match_indices("crate::")
            .chain(line.match_indices("super::"))
        {
            let before = line[..start].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            let mut path: String = line[start..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            if line[start + path.len()..].starts_with('{') {
                path.push('{');
            }
            let parts: Vec<&str> = path
                .trim_end_matches('{')
                .split("::")
                .filter(|p| !p.is_empty())
                .collect();
            let mut module: Module = if parts.first() == Some(&"crate") {
                Vec::new()
            } else {
                // `super` from a file's module is its parent; from mod.rs, the dir's parent.
                let mut parent = source.module.clone();
                parent.pop();
                parent
            };
            let mut names = parts.iter().skip(1).peekable();
            while names.peek() == Some(&&"super") {
                module.pop();
                names.next();
            }
            for name in names {
                let mut longer = module.clone();
                longer.push((*name).to_owned());
                if modules.contains(&longer) {
                    module = longer;
                } else {
                    break;
                }
            }
            // Paths opened with `{` name more modules inside the braces: `crate::{a, b::c}`.
            if path.ends_with('{') {
                let inside = line[start + path.len()..]
                    .split('}')
                    .next()
                    .unwrap_or_default();
                for item in inside.split(',') {
                    let first = item.trim().split("::").next().unwrap_or_default();
                    let mut longer = module.clone();
                    longer.push(first.to_owned());
                    if modules.contains(&longer) {
                        found.push((longer, line.trim().to_owned()));
                    }
                }
            }
            found.push((module, line.trim().to_owned()));
        }
    }
    found
}

/// The two modules as siblings under their nearest common parent, or None when one holds the other.
fn siblings(from: &Module, to: &Module) -> Option<(Module, String, String)> {
    let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
    let (a, b) = (from.get(common)?, to.get(common)?);
    Some((from[..common].to_vec(), a.clone(), b.clone()))
}

/// Strongly connected groups of more than one node (Tarjan's algorithm).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<String, usize>,
        low: BTreeMap<String, usize>,
        stack: Vec<String>,
        on_stack: BTreeSet<String>,
        found: Vec<Vec<String>>,
    }
    impl Walk<'_> {
        fn visit(&mut self, node: &str) {
            let n = self.index.len();
            self.index.insert(node.to_owned(), n);
            self.low.insert(node.to_owned(), n);
            self.stack.push(node.to_owned());
            self.on_stack.insert(node.to_owned());
            for next in self.edges.get(node).into_iter().flatten() {
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node.to_owned(), low);
                } else if self.on_stack.contains(next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node.to_owned(), low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut group = Vec::new();
                while let Some(top) = self.stack.pop() {
                    self.on_stack.remove(&top);
                    let done = top == node;
                    group.push(top);
                    if done {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in edges.keys() {
        if !walk.index.contains_key(node) {
            walk.visit(node);
        }
    }
    walk.found
}

#[test]
fn no_module_in_core_leans_on_one_that_leans_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    sources(&root, &Vec::new(), &mut all);
    let modules: BTreeSet<Module> = all.iter().map(|s| s.module.clone()).collect();
    assert!(
        modules.contains(&vec!["store".to_owned(), "backup".to_owned()]),
        "the walk found core's modules: {modules:?}"
    );

    // Per parent, the sibling graph and a line that makes each edge.
    let mut graphs: BTreeMap<Module, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    let mut why: BTreeMap<(Module, String, String), String> = BTreeMap::new();
    for source in &all {
        for (target, line) in references(source, &modules) {
            if let Some((parent, from, to)) = siblings(&source.module, &target) {
                graphs
                    .entry(parent.clone())
                    .or_default()
                    .entry(from.clone())
                    .or_default()
                    .insert(to.clone());
                why.entry((parent, from, to)).or_insert_with(|| {
                    format!(
                        "{}: {line}",
                        source
                            .path
                            .strip_prefix(&root)
                            .unwrap_or(&source.path)
                            .display()
                    )
                });
            }
        }
    }
    let mut problems = Vec::new();
    for (parent, edges) in &graphs {
        for group in cycles(edges) {
            let mut lines = Vec::new();
            for from in &group {
                for to in &group {
                    if let Some(line) = why.get(&(parent.clone(), from.clone(), to.clone())) {
                        lines.push(format!("    {from} -> {to} ({line})"));
                    }
                }
            }
            problems.push(format!(
                "in crate::{}: {}\n{}",
                parent.join("::"),
                group.join(", "),
                lines.join("\n")
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "modules that lean on each other:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_sees_a_cycle_when_there_is_one() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges.entry("a".into()).or_default().insert("b".into());
    edges.entry("b".into()).or_default().insert("c".into());
    edges.entry("c".into()).or_default().insert("a".into());
    edges.entry("d".into()).or_default().insert("a".into());
    assert_eq!(cycles(&edges), vec![vec!["a", "b", "c"]]);

    let source = Source {
        module: vec!["store".into(), "backup".into()],
        text: without_tests(
            "use super::encryption::Key;\nuse crate::{groups::Group, text};\n// crate::today\n#[cfg(test)]\nmod tests {\n use crate::reminders;\n}\n",
        ),
        path: PathBuf::from("store/backup.rs"),
    };
    let modules: BTreeSet<Module> = [
        vec!["store"],
        vec!["store", "backup"],
        vec!["store", "encryption"],
        vec!["groups"],
        vec!["text"],
        vec!["today"],
        vec!["reminders"],
    ]
    .into_iter()
    .map(|m| m.into_iter().map(String::from).collect())
    .collect();
    let named: BTreeSet<String> = references(&source, &modules)
        .into_iter()
        .map(|(m, _)| m.join("::"))
        .collect();
    assert!(named.contains("store::encryption"), "{named:?}");
    assert!(named.contains("groups"), "{named:?}");
    assert!(named.contains("text"), "{named:?}");
    assert!(!named.contains("today"), "comments are not code: {named:?}");
    assert!(
        !named.contains("reminders"),
        "tests are left out: {named:?}"
    );
}
