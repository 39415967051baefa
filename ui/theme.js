// Applies her theme choice; "system" leaves it to prefers-color-scheme in styles.css.

const THEMES = new Set(["system", "light", "dark"]);

/** Only the theme is kept outside the database: the lock screen needs it before unlocking. */
const KEY = "village.theme";

export function applyTheme(theme) {
  const chosen = THEMES.has(theme) ? theme : "system";
  document.documentElement.dataset.theme = chosen;
  try {
    localStorage.setItem(KEY, chosen);
  } catch {
    // Storage may be off; the theme then waits for the database, as before.
  }
}

export function rememberedTheme() {
  try {
    return localStorage.getItem(KEY) ?? "system";
  } catch {
    return "system";
  }
}
