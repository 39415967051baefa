// Applies her theme choice; "system" leaves it to prefers-color-scheme in styles.css.

const THEMES = new Set(["system", "light", "dark"]);

export function applyTheme(theme) {
  document.documentElement.dataset.theme = THEMES.has(theme) ? theme : "system";
}
