// Settings: the language Village speaks, how it looks, when reminders come, and when it keeps
// quiet. Every word comes from the catalog (ui/locales/*/settings.ftl).

import {
  about, backgroundStatus, getSettings, quit, setBabyBirthDate, setLanguage, setNudge, setQuietHours, setReminders,
  setStartAtLogin, setTheme,
} from "../api.js";
import { announce, el, focusField } from "../dom.js";
import { TEXT_SIZES, applyTheme, chooseTextSize, rememberLanguage } from "../theme.js";
import { marked, t, useCatalog } from "../words.js";

/** The languages she can choose; each language's name is written in that language (the
 * catalogs agree), so she finds her own whatever Village speaks now. */
const LANGUAGES = [
  { value: "system", id: "settings-language-system", lang: null },
  { value: "en", id: "settings-language-en", lang: "en" },
  { value: "es", id: "settings-language-es", lang: "es" },
];

/** The language she just chose: a new catalog draws Settings again, and she stays on it. */
let chosenLanguage = null;

function languageFieldset(current, onProblem) {
  let inEffect = current;
  const fieldset = el("fieldset", { id: "language" }, el("legend", {}, t("settings-language")));
  const stayOn = chosenLanguage;
  chosenLanguage = null;
  for (const { value, id, lang } of LANGUAGES) {
    const input = el("input", {
      type: "radio", name: "language", value, id, checked: value === current, "data-autofocus": value === stayOn,
    });
    input.addEventListener("change", async () => {
      if (!input.checked) return;
      try {
        const catalog = await setLanguage(value);
        inEffect = catalog.choice ?? value;
        rememberLanguage(inEffect);
        chosenLanguage = value;
        useCatalog(catalog);
        // Said in the language just chosen; carried, since the new catalog draws the page again.
        announce(t("settings-language-saved"), { carry: true });
      } catch (problem) {
        chosenLanguage = null;
        // Nothing changed: the choice in effect shows again, and she is on the one refused.
        const kept = fieldset.querySelector(`input[value="${inEffect}"]`);
        if (kept) kept.checked = true;
        onProblem(problem.message);
        focusField(problem, { language: input }, input);
      }
    });
    fieldset.append(el("div", { class: "choice" }, input, el("label", { for: id, lang }, t(id))));
  }
  return fieldset;
}

/** The theme choices, by the message that names each. */
const THEMES = [
  { value: "system", id: "settings-theme-system" },
  { value: "light", id: "settings-theme-light" },
  { value: "dark", id: "settings-theme-dark" },
];

function themeFieldset(current, onProblem) {
  const fieldset = el("fieldset", { id: "theme" }, el("legend", {}, t("settings-appearance")));
  for (const { value, id } of THEMES) {
    const input = el("input", { type: "radio", name: "theme", value, id: `theme-${value}`, checked: value === current });
    input.addEventListener("change", async () => {
      if (!input.checked) return;
      try {
        const saved = await setTheme(value);
        applyTheme(saved.theme);
        announce(t("settings-saved"));
      } catch (error) {
        onProblem(error.message);
      }
    });
    fieldset.append(el("div", { class: "choice" }, input, el("label", { for: `theme-${value}` }, t(id))));
  }
  return fieldset;
}

function textSizeFieldset(current, onProblem) {
  const fieldset = el("fieldset", { id: "text-size", "aria-describedby": "text-size-hint" },
    el("legend", {}, t("settings-text-size")),
    el("p", { class: "muted", id: "text-size-hint" }, t("settings-text-size-hint")));
  for (const percent of TEXT_SIZES) {
    const id = `text-size-${percent}`;
    const input = el("input", { type: "radio", name: "text-size", value: percent, id, checked: percent === current });
    input.addEventListener("change", async () => {
      if (!input.checked) return;
      try {
        await chooseTextSize(percent);
        announce(t("settings-saved"));
      } catch (error) {
        onProblem(error.message);
      }
    });
    fieldset.append(el("div", { class: "choice" }, input, el("label", { for: id },
      percent === 100 ? t("settings-text-size-standard", { percent }) : t("settings-text-size-percent", { percent }))));
  }
  return fieldset;
}

function remindersForm(reminders, onProblem) {
  const error = el("p", { class: "form-error", id: "reminders-error", role: "alert" });
  const enabled = el("input", { type: "checkbox", id: "reminders-enabled", checked: reminders.enabled });
  const time = el("input", {
    type: "time", id: "reminders-time", value: reminders.time_of_day, min: "06:00", max: "22:00", required: true,
    "aria-describedby": "reminders-time-hint reminders-error",
  });
  const form = el("form", { id: "reminders", novalidate: true },
    el("fieldset", {},
      el("legend", {}, t("settings-reminders")),
      el("p", { class: "muted" }, t("settings-reminders-intro")),
      el("div", { class: "choice" }, enabled, el("label", { for: "reminders-enabled" }, t("settings-reminders-enabled"))),
      el("div", { class: "field" },
        el("label", { for: "reminders-time" }, t("settings-reminders-time")),
        time,
        el("small", { class: "muted", id: "reminders-time-hint" }, t("settings-reminders-time-hint"))),
      error,
      el("div", { class: "actions" }, el("button", { type: "submit" }, t("settings-reminders-save")))));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      await setReminders({ enabled: enabled.checked, time_of_day: time.value });
      announce(enabled.checked ? t("settings-reminders-saved") : t("settings-reminders-off"));
    } catch (problem) {
      if (problem.code === "invalid") {
        error.textContent = problem.message;
        focusField(problem, { time_of_day: time }, time);
      } else onProblem(problem.message);
    }
  });
  return form;
}

function nudgeForm(nudge, onProblem) {
  const error = el("p", { class: "form-error", id: "nudge-error", role: "alert" });
  const enabled = el("input", { type: "checkbox", id: "nudge-enabled", checked: nudge.enabled });
  const time = el("input", {
    type: "time", id: "nudge-time", value: nudge.time_of_day, min: "06:00", max: "22:00", required: true,
    "aria-describedby": "nudge-time-hint nudge-error",
  });
  const skip = el("input", { type: "checkbox", id: "nudge-skip", checked: nudge.skip_if_noted });
  const form = el("form", { id: "nudge", novalidate: true },
    el("fieldset", {},
      el("legend", {}, t("settings-nudge")),
      el("p", { class: "muted" }, t("settings-nudge-intro")),
      el("div", { class: "choice" }, enabled, el("label", { for: "nudge-enabled" }, t("settings-nudge-enabled"))),
      el("div", { class: "field" },
        el("label", { for: "nudge-time" }, t("settings-nudge-time")),
        time,
        el("small", { class: "muted", id: "nudge-time-hint" }, t("settings-nudge-time-hint"))),
      el("div", { class: "choice" }, skip, el("label", { for: "nudge-skip" }, t("settings-nudge-skip"))),
      error,
      el("div", { class: "actions" }, el("button", { type: "submit" }, t("settings-nudge-save")))));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      await setNudge({ enabled: enabled.checked, time_of_day: time.value, skip_if_noted: skip.checked });
      announce(enabled.checked ? t("settings-nudge-on") : t("settings-nudge-off"));
    } catch (problem) {
      if (problem.code === "invalid") {
        error.textContent = problem.message;
        focusField(problem, { nudge_time: time }, time);
      } else onProblem(problem.message);
    }
  });
  return form;
}

/** One line of where reminders work: a mark and words, never colour alone. */
function whereLine(id, works, words) {
  return el("li", { id, "data-works": String(works) },
    el("span", { class: "mark", "aria-hidden": "true" }, works ? "✓" : "✗"), " ", words);
}

function backgroundCard(status, onProblem) {
  const lines = el("ul", { class: "plain-list where-reminders", id: "where-reminders" });
  const login = el("input", { type: "checkbox", id: "start-at-login", checked: status.start_at_login, "aria-describedby": "start-at-login-hint" });
  function show(now) {
    login.checked = now.start_at_login;
    lines.replaceChildren(
      whereLine("works-closed", true, t("settings-works-closed")),
      whereLine("works-login", now.start_at_login, now.start_at_login
        ? t("settings-works-login-on")
        : t("settings-works-login-off")),
      whereLine("works-quit", false, t("settings-works-quit")));
  }
  show(status);
  login.addEventListener("change", async () => {
    try {
      const now = await setStartAtLogin(login.checked);
      show(now);
      announce(now.start_at_login ? t("settings-start-at-login-on") : t("settings-start-at-login-off"));
    } catch (problem) {
      login.checked = !login.checked;
      onProblem(problem.message);
    }
  });
  const quitButton = el("button", { type: "button", class: "quiet", id: "quit", "aria-describedby": "quit-hint" }, t("settings-quit"));
  quitButton.addEventListener("click", async () => {
    try {
      await quit();
    } catch (problem) {
      onProblem(problem.message);
    }
  });
  return el("section", { class: "card", id: "background", "aria-labelledby": "background-heading" },
    el("h2", { id: "background-heading" }, t("settings-background-heading")),
    lines,
    status.start_at_login_supported
      ? el("div", { class: "choice" }, login, el("label", { for: "start-at-login" }, t("settings-start-at-login")))
      : null,
    status.start_at_login_supported
      ? el("small", { class: "muted", id: "start-at-login-hint" }, t("settings-start-at-login-hint"))
      : null,
    status.encrypted
      ? el("p", { id: "locked-reminders" }, t("settings-locked-reminders"))
      : null,
    el("p", { class: "muted" }, t("settings-tray")),
    el("div", { class: "actions" }, quitButton),
    el("small", { class: "muted", id: "quit-hint" }, t("settings-quit-hint")));
}

function quietHoursForm(hours, onProblem) {
  const error = el("p", { class: "form-error", id: "quiet-error", role: "alert" });
  const enabled = el("input", { type: "checkbox", id: "quiet-enabled", checked: hours.enabled });
  const start = el("input", { type: "time", id: "quiet-start", value: hours.start, required: true, "aria-describedby": "quiet-error" });
  const end = el("input", { type: "time", id: "quiet-end", value: hours.end, required: true, "aria-describedby": "quiet-error" });
  const form = el("form", { id: "quiet-hours", novalidate: true },
    el("fieldset", {},
      el("legend", {}, t("settings-quiet")),
      el("p", { class: "muted" }, t("settings-quiet-intro")),
      el("div", { class: "choice" }, enabled, el("label", { for: "quiet-enabled" }, t("settings-quiet-enabled"))),
      el("div", { class: "row" },
        el("div", { class: "field" }, el("label", { for: "quiet-start" }, t("settings-quiet-start")), start),
        el("div", { class: "field" }, el("label", { for: "quiet-end" }, t("settings-quiet-end")), end)),
      error,
      el("div", { class: "actions" }, el("button", { type: "submit" }, t("settings-quiet-save")))));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      await setQuietHours({ enabled: enabled.checked, start: start.value, end: end.value });
      announce(t("settings-quiet-saved"));
    } catch (problem) {
      if (problem.code === "invalid") {
        error.textContent = problem.message;
        focusField(problem, { start, end }, start);
      } else onProblem(problem.message);
    }
  });
  return form;
}

function babyForm(birthDate, onProblem) {
  const error = el("p", { class: "form-error", id: "baby-error", role: "alert" });
  const date = el("input", { type: "date", id: "baby-birth-date", value: birthDate ?? "", "aria-describedby": "baby-hint baby-error" });
  const form = el("form", { id: "baby", novalidate: true },
    el("fieldset", {},
      el("legend", {}, t("settings-baby")),
      el("div", { class: "field" },
        el("label", { for: "baby-birth-date" }, t("settings-baby-birth-date")),
        date,
        el("small", { class: "muted", id: "baby-hint" }, t("settings-baby-hint"))),
      error,
      el("div", { class: "actions" }, el("button", { type: "submit" }, t("settings-baby-save")))));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      const saved = await setBabyBirthDate(date.value);
      announce(saved.baby_birth_date ? t("settings-baby-saved") : t("settings-baby-removed"));
    } catch (problem) {
      if (problem.code === "invalid") {
        error.textContent = problem.message;
        focusField(problem, { baby_birth_date: date }, date);
      } else onProblem(problem.message);
    }
  });
  return form;
}

export const settings = {
  titleId: "title-settings",
  async render(main, { showProblem }) {
    main.append(el("h1", {}, t("settings-heading")));
    let current;
    try {
      current = await getSettings();
    } catch (error) {
      showProblem(error.message);
      return;
    }
    main.append(
      languageFieldset(current.language ?? "system", showProblem),
      themeFieldset(current.theme, showProblem),
      textSizeFieldset(current.text_size_percent, showProblem),
      remindersForm(current.reminders, showProblem),
      nudgeForm(current.nudge, showProblem),
      quietHoursForm(current.quiet_hours, showProblem));
    // Drawn again in the language she just chose: she stays on her choice.
    main.querySelector("#language [data-autofocus]")?.focus();
    try {
      main.append(backgroundCard(await backgroundStatus(), showProblem));
    } catch (error) {
      showProblem(error.message);
    }
    main.append(babyForm(current.baby_birth_date, showProblem));
    try {
      const info = await about();
      main.append(el("section", { class: "card", "aria-labelledby": "data-heading" },
        el("h2", { id: "data-heading" }, t("settings-data-heading")),
        el("p", {}, t("settings-data-folder")),
        // A folder's path is no word to translate: marked only for the pseudo-locale run.
        el("p", { class: "path", id: "data-dir", translate: "no" }, marked(info.data_dir)),
        el("p", { class: "link-line" }, el("a", { href: "#data", id: "data-link" }, t("settings-data-link"))),
        el("p", { class: "link-line" }, el("a", { href: "#privacy", id: "privacy-link" }, t("settings-privacy-link"))),
        el("p", { class: "link-line" }, el("a", { href: "#about", id: "about-link" }, t("settings-about-link", { version: info.version })))));
    } catch (error) {
      showProblem(error.message);
    }
  },
};
