// Settings: how Village looks, when reminders come, and when it keeps quiet.

import { about, getSettings, setBabyBirthDate, setQuietHours, setReminders, setTheme } from "../api.js";
import { announce, el } from "../dom.js";
import { applyTheme } from "../theme.js";

const THEMES = [
  { value: "system", label: "Match my device" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

function themeFieldset(current, onProblem) {
  const fieldset = el("fieldset", { id: "theme" }, el("legend", {}, "Appearance"));
  for (const { value, label } of THEMES) {
    const input = el("input", { type: "radio", name: "theme", value, id: `theme-${value}`, checked: value === current });
    input.addEventListener("change", async () => {
      if (!input.checked) return;
      try {
        const saved = await setTheme(value);
        applyTheme(saved.theme);
        announce("Saved");
      } catch (error) {
        onProblem(error.message);
      }
    });
    fieldset.append(el("div", { class: "choice" }, input, el("label", { for: `theme-${value}` }, label)));
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
      el("legend", {}, "Reminders"),
      el("p", { class: "muted" }, "Village can tell you when someone is due for a check-in, on birthdays in your circle, and before your groups meet. Each person and group can be muted on their page."),
      el("div", { class: "choice" }, enabled, el("label", { for: "reminders-enabled" }, "Send me reminders")),
      el("div", { class: "field" },
        el("label", { for: "reminders-time" }, "Check-ins and birthdays at"),
        time,
        el("small", { class: "muted", id: "reminders-time-hint" }, "Between 06:00 and 22:00. Meetings are reminded before they start.")),
      error,
      el("div", { class: "actions" }, el("button", { type: "submit" }, "Save reminders"))));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      await setReminders({ enabled: enabled.checked, time_of_day: time.value });
      announce(enabled.checked ? "Reminders saved" : "Reminders are off");
    } catch (problem) {
      if (problem.code === "invalid") error.textContent = problem.message;
      else onProblem(problem.message);
    }
  });
  return form;
}

function quietHoursForm(hours, onProblem) {
  const error = el("p", { class: "form-error", id: "quiet-error", role: "alert" });
  const enabled = el("input", { type: "checkbox", id: "quiet-enabled", checked: hours.enabled });
  const start = el("input", { type: "time", id: "quiet-start", value: hours.start, required: true, "aria-describedby": "quiet-error" });
  const end = el("input", { type: "time", id: "quiet-end", value: hours.end, required: true, "aria-describedby": "quiet-error" });
  const form = el("form", { id: "quiet-hours", novalidate: true },
    el("fieldset", {},
      el("legend", {}, "Quiet hours"),
      el("p", { class: "muted" }, "No reminders arrive in these hours. Anything due waits until they end."),
      el("div", { class: "choice" }, enabled, el("label", { for: "quiet-enabled" }, "Keep these hours quiet")),
      el("div", { class: "row" },
        el("div", { class: "field" }, el("label", { for: "quiet-start" }, "From"), start),
        el("div", { class: "field" }, el("label", { for: "quiet-end" }, "Until"), end)),
      error,
      el("div", { class: "actions" }, el("button", { type: "submit" }, "Save quiet hours"))));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      await setQuietHours({ enabled: enabled.checked, start: start.value, end: end.value });
      announce("Quiet hours saved");
    } catch (problem) {
      if (problem.code === "invalid") error.textContent = problem.message;
      else onProblem(problem.message);
    }
  });
  return form;
}

function babyForm(birthDate, onProblem) {
  const error = el("p", { class: "form-error", id: "baby-error", role: "alert" });
  const date = el("input", { type: "date", id: "baby-birth-date", value: birthDate ?? "", "aria-describedby": "baby-hint baby-error" });
  const form = el("form", { id: "baby", novalidate: true },
    el("fieldset", {},
      el("legend", {}, "Your baby"),
      el("div", { class: "field" },
        el("label", { for: "baby-birth-date" }, "Birth date (optional)"),
        date,
        el("small", { class: "muted", id: "baby-hint" }, "If you add it, Today offers a short self-check at 2, 6 and 12 weeks. Leave it empty to skip that.")),
      error,
      el("div", { class: "actions" }, el("button", { type: "submit" }, "Save birth date"))));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      const saved = await setBabyBirthDate(date.value);
      announce(saved.baby_birth_date ? "Birth date saved" : "Birth date removed");
    } catch (problem) {
      if (problem.code === "invalid") error.textContent = problem.message;
      else onProblem(problem.message);
    }
  });
  return form;
}

export const settings = {
  title: "Settings",
  async render(main, { showProblem }) {
    main.append(el("h1", {}, "Settings"));
    let current;
    try {
      current = await getSettings();
    } catch (error) {
      showProblem(error.message);
      return;
    }
    main.append(
      themeFieldset(current.theme, showProblem),
      remindersForm(current.reminders, showProblem),
      quietHoursForm(current.quiet_hours, showProblem),
      babyForm(current.baby_birth_date, showProblem));
    try {
      const info = await about();
      main.append(el("section", { class: "card", "aria-labelledby": "data-heading" },
        el("h2", { id: "data-heading" }, "Your data"),
        el("p", {}, "Everything stays on this device, in this folder:"),
        el("p", { class: "path", id: "data-dir" }, info.data_dir),
        el("p", {}, el("a", { href: "#data", id: "data-link" }, "Export, import and backups")),
        el("p", {}, el("a", { href: "#privacy", id: "privacy-link" }, "Privacy: passphrase and locking")),
        el("p", {}, el("a", { href: "#about", id: "about-link" }, `About Village ${info.version}`))));
    } catch (error) {
      showProblem(error.message);
    }
  },
};
