// Applies her theme and text size; "system" leaves the colours to prefers-color-scheme in styles.css.
// Also keeps her language choice on this device, for the lock screen.

import { setTextSize } from "./api.js";
import { CHOICES } from "./contract.js";

const THEMES = new Set(["system", "light", "dark"]);

/** The theme, text size and language are also kept outside the database: the lock screen
 * needs them before unlocking. */
const KEY = "village.theme";
const SIZE_KEY = "village.textSize";
const LANGUAGE_KEY = "village.language";
const LANGUAGES = new Set(["system", "en", "es"]);

function remember(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be off; the choice then waits for the database, as before.
  }
}

function remembered(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function applyTheme(theme) {
  const chosen = THEMES.has(theme) ? theme : "system";
  document.documentElement.dataset.theme = chosen;
  remember(KEY, chosen);
}

export function rememberedTheme() {
  return remembered(KEY) ?? "system";
}

/** The sizes she can choose, smallest first (percent). */
export const TEXT_SIZES = CHOICES.textSizePercent;

/** Sets every text's size (styles.css scales from the root) and returns the size applied. */
export function applyTextSize(percent) {
  const chosen = TEXT_SIZES.includes(Number(percent)) ? Number(percent) : 100;
  document.documentElement.dataset.textSize = String(chosen);
  remember(SIZE_KEY, String(chosen));
  return chosen;
}

export function rememberedTextSize() {
  return Number(remembered(SIZE_KEY) ?? 100);
}

/** Saves run one after another and only the latest is sent, so quick presses (a held
 * Ctrl +) cannot leave the store on an older size than the one she sees. */
let sizeSave = Promise.resolve();
let wantedSize = null;

/**
 * Her choice of size, from Settings or Ctrl +/−/0: applied at once, shown in Settings if it is
 * open, and saved unless `save` is false (while locked, when only this device keeps it).
 * Resolves when saved; a refusal rejects.
 */
export function chooseTextSize(percent, { save = true } = {}) {
  const applied = applyTextSize(percent);
  const choice = document.getElementById(`text-size-${applied}`);
  if (choice) choice.checked = true;
  if (!save) return Promise.resolve(applied);
  wantedSize = applied;
  const attempt = sizeSave.then(() => (wantedSize === applied ? setTextSize(applied) : null));
  sizeSave = attempt.catch(() => {});
  return attempt.then(() => applied);
}

/** The next size up (step 1), down (-1) or back to standard (0), as Ctrl +, − and 0 step. */
export function steppedTextSize(current, step) {
  if (step === 0) return 100;
  const at = Math.max(0, TEXT_SIZES.indexOf(current));
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, at + step))];
}

/** Keeps her language choice ("system", "en" or "es") on this device, so the lock screen
 * speaks it before the journal opens. */
export function rememberLanguage(choice) {
  if (LANGUAGES.has(choice)) remember(LANGUAGE_KEY, choice);
}

/** Her language choice as this device last kept it, or null if it never did. */
export function rememberedLanguage() {
  const choice = remembered(LANGUAGE_KEY);
  return LANGUAGES.has(choice) ? choice : null;
}
