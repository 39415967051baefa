// Settings: how Village looks, when reminders come, and when it keeps quiet.

import {
  about, backgroundStatus, getSettings, quit, setBabyBirthDate, setNudge, setQuietHours, setReminders, setStartAtLogin,
  setTheme,
} from "../api.js";
import { announce, el, focusField } from "../dom.js";
import { TEXT_SIZES, applyTheme, chooseTextSize } from "../theme.js";

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

function textSizeFieldset(current, onProblem) {
  const fieldset = el("fieldset", { id: "text-size", "aria-describedby": "text-size-hint" },
    el("legend", {}, "Text size"),
    el("p", { class: "muted", id: "text-size-hint" }, "Ctrl + and Ctrl − change it from anywhere; Ctrl 0 goes back to 100\u00a0%."));
  for (const percent of TEXT_SIZES) {
    const id = `text-size-${percent}`;
    const input = el("input", { type: "radio", name: "text-size", value: percent, id, checked: percent === current });
    input.addEventListener("change", async () => {
      if (!input.checked) return;
      try {
        await chooseTextSize(percent);
        announce("Saved");
      } catch (error) {
        onProblem(error.message);
      }
    });
    fieldset.append(el("div", { class: "choice" }, input, el("label", { for: id }, percent === 100 ? "100\u00a0% (standard)" : `${percent}\u00a0%`)));
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
      el("legend", {}, "A moment for yourself"),
      el("p", { class: "muted" }, "Once a day, Village can ask how you are. A tap on it opens the mood picker. Let it pass whenever you like: nothing is counted."),
      el("div", { class: "choice" }, enabled, el("label", { for: "nudge-enabled" }, "Ask me “How are you today?”")),
      el("div", { class: "field" },
        el("label", { for: "nudge-time" }, "At"),
        time,
        el("small", { class: "muted", id: "nudge-time-hint" }, "Between 06:00 and 22:00. Quiet hours hold it until they end.")),
      el("div", { class: "choice" }, skip, el("label", { for: "nudge-skip" }, "Not on days I have already noted a mood")),
      error,
      el("div", { class: "actions" }, el("button", { type: "submit" }, "Save"))));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      await setNudge({ enabled: enabled.checked, time_of_day: time.value, skip_if_noted: skip.checked });
      announce(enabled.checked ? "Village will ask once a day" : "Village won't ask each day");
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
      whereLine("works-closed", true, "With the window closed: reminders keep coming."),
      whereLine("works-login", now.start_at_login, now.start_at_login
        ? "After you log in: Village starts quietly, without a window."
        : "After you log in: only once you open Village, unless you turn on the choice below."),
      whereLine("works-quit", false, "After you quit: nothing comes until you open Village again."));
  }
  show(status);
  login.addEventListener("change", async () => {
    try {
      const now = await setStartAtLogin(login.checked);
      show(now);
      announce(now.start_at_login ? "Village will start when you log in" : "Village won't start when you log in");
    } catch (problem) {
      login.checked = !login.checked;
      onProblem(problem.message);
    }
  });
  const quitButton = el("button", { type: "button", class: "quiet", id: "quit", "aria-describedby": "quit-hint" }, "Quit Village");
  quitButton.addEventListener("click", async () => {
    try {
      await quit();
    } catch (problem) {
      onProblem(problem.message);
    }
  });
  return el("section", { class: "card", id: "background", "aria-labelledby": "background-heading" },
    el("h2", { id: "background-heading" }, "When the window is closed"),
    lines,
    status.start_at_login_supported
      ? el("div", { class: "choice" }, login, el("label", { for: "start-at-login" }, "Start Village when I log in"))
      : null,
    status.start_at_login_supported
      ? el("small", { class: "muted", id: "start-at-login-hint" }, "No window opens: only your reminders run, until you open Village.")
      : null,
    status.encrypted
      ? el("p", { id: "locked-reminders" }, "While Village is locked, a reminder says only “You have a reminder”. Unlock Village to see who or what it is about.")
      : null,
    el("p", { class: "muted" }, "Where your desktop shows a tray, Village's entry there has Open Village, How are you? and Quit."),
    el("div", { class: "actions" }, quitButton),
    el("small", { class: "muted", id: "quit-hint" }, "Quitting stops every reminder until you open Village again."));
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
      textSizeFieldset(current.text_size_percent, showProblem),
      remindersForm(current.reminders, showProblem),
      nudgeForm(current.nudge, showProblem),
      quietHoursForm(current.quiet_hours, showProblem));
    try {
      main.append(backgroundCard(await backgroundStatus(), showProblem));
    } catch (error) {
      showProblem(error.message);
    }
    main.append(babyForm(current.baby_birth_date, showProblem));
    try {
      const info = await about();
      main.append(el("section", { class: "card", "aria-labelledby": "data-heading" },
        el("h2", { id: "data-heading" }, "Your data"),
        el("p", {}, "Everything stays on this device, in this folder:"),
        el("p", { class: "path", id: "data-dir" }, info.data_dir),
        el("p", { class: "link-line" }, el("a", { href: "#data", id: "data-link" }, "Export, import and backups")),
        el("p", { class: "link-line" }, el("a", { href: "#privacy", id: "privacy-link" }, "Privacy: passphrase and locking")),
        el("p", { class: "link-line" }, el("a", { href: "#about", id: "about-link" }, `About Village ${info.version}`))));
    } catch (error) {
      showProblem(error.message);
    }
  },
};
