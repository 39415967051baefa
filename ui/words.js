// Every word she reads, from the catalog of her language (ui/locales/<lang>/*.ftl), which the
// shell sends once at start and again when she changes language. Nothing she reads is written
// in a view; views ask for a message by id, with its arguments.

import { FluentBundle, FluentResource } from "./vendor/fluent/index.js";

const OPEN = "\u27e6";
const CLOSE = "\u27e7";

/** The pseudo-locale marks every catalog string, so a test can find words that bypass it. */
const markText = (text) => (text.trim() ? `${OPEN}${text}${CLOSE}` : text);

let bundle = new FluentBundle("en-US", { useIsolating: false });
let language = "en";
let tag = "en-US";
let pseudo = false;

/** Listeners for a change of language: views that keep words outside the page (the tray,
 * charts) redraw. */
const changes = new Set();

/** Loads `catalog` ({language, locale, source}, from the shell) as the one the UI speaks. */
export function useCatalog(catalog) {
  language = catalog.language;
  tag = catalog.locale;
  pseudo = catalog.language === "x-pseudo";
  const next = new FluentBundle(tag, { useIsolating: false, transform: pseudo ? markText : (text) => text });
  const errors = next.addResource(new FluentResource(catalog.source));
  for (const error of errors) console.error("village: catalog", error);
  bundle = next;
  document.documentElement.lang = pseudo ? "en" : language;
  translatePage(document);
  for (const listener of changes) listener();
}

export const onLanguageChange = (listener) => changes.add(listener);

/** "en", "es" or "x-pseudo". */
export const currentLanguage = () => language;

/** The locale Intl formats dates and numbers in: "en-US" or "es-US". */
export const locale = () => tag;

/** Marks text that Intl made (a date, a month's name) in the pseudo-locale, as the catalog's
 * own text is marked. */
export const marked = (text) => (pseudo ? markText(text) : text);

function pattern(id) {
  const [name, attribute] = id.split(".");
  const message = bundle.getMessage(name);
  if (!message) return null;
  return attribute ? message.attributes?.[attribute] ?? null : message.value;
}

/** The message `id` (or "id.attribute") with `args`. A missing one is logged and shows its id,
 * which the catalog tests and the pseudo-locale run both catch. */
export function t(id, args = undefined) {
  const found = pattern(id);
  if (found === null) {
    console.error(`village: no message "${id}" in the catalog`);
    return id;
  }
  const errors = [];
  const text = bundle.formatPattern(found, args, errors);
  for (const error of errors) console.error(`village: message "${id}"`, error);
  return text;
}

/** Whether the catalog has `id`; for choices whose words are optional. */
export const hasMessage = (id) => pattern(id) !== null;

/**
 * Fills every element under `root` that names a message: `data-l10n-id` sets its text (only
 * when the message has a value) and each attribute the message has (aria-label, title,
 * placeholder). `data-l10n-args` may hold JSON arguments.
 */
export function translatePage(root) {
  for (const node of root.querySelectorAll("[data-l10n-id]")) {
    const id = node.getAttribute("data-l10n-id");
    const message = bundle.getMessage(id);
    if (!message) {
      console.error(`village: no message "${id}" in the catalog`);
      continue;
    }
    let args;
    try {
      args = JSON.parse(node.getAttribute("data-l10n-args") ?? "null") ?? undefined;
    } catch {
      args = undefined;
    }
    if (message.value) node.textContent = bundle.formatPattern(message.value, args);
    for (const [name, value] of Object.entries(message.attributes ?? {})) {
      node.setAttribute(name, bundle.formatPattern(value, args));
    }
  }
}

/** A number as her locale writes it: "4.0" or "4,0". */
export function formatNumber(value, options = {}) {
  return marked(new Intl.NumberFormat(tag, options).format(value));
}
