// A quick check of the catalogs without building Rust: both languages have the same files,
// messages, attributes and variables, every message formats, and every id the UI names with
// t("…") or data-l10n-id exists. The Rust test (core/src/catalog/tests.rs) is the one CI runs.
// Usage: node --no-warnings scripts/check-catalog.mjs

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "../ui/vendor/fluent/index.js";

const root = new URL("..", import.meta.url).pathname;
const problems = [];

function variables(node, into = new Set()) {
  if (!node || typeof node !== "object") return into;
  if (Array.isArray(node)) { node.forEach((n) => variables(n, into)); return into; }
  if (node.type === "var") into.add(node.name);
  for (const value of Object.values(node)) if (value && typeof value === "object") variables(value, into);
  return into;
}

function load(language) {
  const folder = join(root, "ui/locales", language);
  const files = readdirSync(folder).filter((f) => f.endsWith(".ftl")).sort();
  const bundle = new FluentBundle(language === "es" ? "es-US" : "en-US", { useIsolating: false });
  const shape = new Map();
  for (const file of files) {
    const source = readFileSync(join(folder, file), "utf8");
    const resource = new FluentResource(source);
    // @fluent/bundle skips what it cannot parse; count messages by their "id =" lines.
    const written = [...source.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]);
    for (const id of written) if (!resource.body.some((m) => m.id === id)) problems.push(`${language}/${file}: ${id} does not parse`);
    for (const message of resource.body) {
      if (message.id.startsWith("-")) continue;
      if (shape.has(message.id)) problems.push(`${language}/${file}: ${message.id} is written twice`);
      const parts = {};
      if (message.value) parts[""] = [...variables(message.value)].sort().join(",");
      for (const [name, value] of Object.entries(message.attributes ?? {})) parts[`.${name}`] = [...variables(value)].sort().join(",");
      shape.set(message.id, { file, parts: JSON.stringify(parts) });
    }
    const errors = bundle.addResource(resource);
    for (const error of errors) problems.push(`${language}/${file}: ${error}`);
  }
  return { files, bundle, shape };
}

const en = load("en");
const es = load("es");
if (en.files.join() !== es.files.join()) problems.push(`files differ: en ${en.files} / es ${es.files}`);
for (const [id, { file, parts }] of en.shape) {
  const other = es.shape.get(id);
  if (!other) problems.push(`es lacks ${id} (en/${file})`);
  else if (other.parts !== parts) problems.push(`${id}: en ${parts} / es ${other.parts}`);
}
for (const [id, { file }] of es.shape) if (!en.shape.has(id)) problems.push(`en lacks ${id} (es/${file})`);

for (const { bundle, shape } of [en, es]) {
  for (const id of shape.keys()) {
    const message = bundle.getMessage(id);
    const patterns = [message.value, ...Object.values(message.attributes ?? {})].filter(Boolean);
    for (const pattern of patterns) {
      const args = Object.fromEntries([...variables(pattern)].map((name) => [name, 3]));
      for (const count of [1, 3]) {
        for (const name of Object.keys(args)) args[name] = count;
        const errors = [];
        bundle.formatPattern(pattern, args, errors);
        if (errors.length) problems.push(`${bundle.locales[0]} ${id}: ${errors.join("; ")}`);
      }
    }
  }
}

function walk(folder, out = []) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name === "vendor" || name === "locales") continue;
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(js|html)$/.test(name)) out.push(path);
  }
  return out;
}
const used = /(?:\bt\(\s*|data-l10n-id"?\s*[=:]\s*|titleId:\s*)["'`]([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)?)["'`]/g;
for (const file of walk(join(root, "ui"))) {
  for (const match of readFileSync(file, "utf8").matchAll(used)) {
    const [name, attribute] = match[1].split(".");
    const message = en.bundle.getMessage(name);
    if (!message || (attribute && !message.attributes?.[attribute]) || (!attribute && !message.value && !/data-l10n-id/.test(match[0]))) {
      problems.push(`${file.slice(root.length)}: no message ${match[1]}`);
    }
  }
}

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`catalogs agree: ${en.shape.size} messages in each language`);
