// Her data: take it anywhere, bring it in from Daylio, contacts or another Village, and keep
// backups she can go back to. Every import shows what it will add before anything changes.

import { applyImport, backupNow, chooseImport, exportData, listBackups, previewImport, restoreBackup } from "../api.js";
import { announce, el } from "../dom.js";
import { moods } from "./mood.js";

const EXPORTS = [
  { format: "json", label: "Everything (Village file)", hint: "All you have written, to keep safe or to open in Village on another device." },
  { format: "csv", label: "Mood notes (spreadsheet)", hint: "One row per note, for a spreadsheet." },
  { format: "markdown", label: "Journal (to read or print)", hint: "Your notes by day, as a Markdown text file." },
  { format: "ics", label: "Groups (calendar)", hint: "Your groups' meetings, for your calendar app." },
];

const IMPORTS = [
  { value: "json", label: "A Village export (.json)" },
  { value: "daylio", label: "Daylio (its CSV export)" },
  { value: "vcard", label: "Contacts (vCard .vcf)" },
];

function exportSection(showProblem) {
  const status = el("p", { id: "export-done", role: "status" });
  const list = el("ul", { class: "plain-list export-list" });
  for (const { format, label, hint } of EXPORTS) {
    const button = el("button", { type: "button", id: `export-${format}`, "aria-describedby": `export-${format}-hint` }, `${label}…`);
    button.addEventListener("click", async () => {
      status.textContent = "";
      try {
        const saved = await exportData(format);
        if (saved) {
          status.textContent = `Saved ${saved.file_name}.`;
          announce("Saved");
        }
      } catch (problem) {
        showProblem(problem.message);
      }
    });
    list.append(el("li", {}, button, el("small", { class: "muted", id: `export-${format}-hint` }, hint)));
  }
  return el("section", { class: "card", id: "export", "aria-labelledby": "export-heading" },
    el("h2", { id: "export-heading" }, "Take it with you"),
    el("p", { class: "muted" }, "Your data is yours. Save a copy wherever you like; Village asks where."),
    list,
    status);
}

/** The moods she has given numbers so far, by name. */
function choicesFrom(fieldset) {
  return [...fieldset.querySelectorAll("select")]
    .filter((select) => select.value)
    .map((select) => ({ name: select.dataset.name, mood: Number(select.value) }));
}

function moodFieldset(moods, onChange) {
  const fieldset = el("fieldset", { id: "import-moods" },
    el("legend", {}, "Your moods"),
    el("p", { class: "muted" }, "Daylio's own moods are matched already. Pick what any renamed mood means."));
  moods.forEach((mood, i) => {
    const id = `import-mood-${i}`;
    const select = el("select", { id, "data-name": mood.name },
      el("option", { value: "" }, "Choose…"),
      moods().reverse().map(({ value, word }) =>
        el("option", { value, selected: mood.mood === value }, `${value} · ${word}`)));
    select.addEventListener("change", onChange);
    const entries = mood.entries === 1 ? "1 entry" : `${mood.entries} entries`;
    fieldset.append(el("div", { class: "field" },
      el("label", { for: id }, `\u201c${mood.name}\u201d (${entries})`),
      select));
  });
  return fieldset;
}

function rowsTable(rows) {
  const body = el("tbody", {});
  for (const row of rows) body.append(el("tr", {}, el("td", {}, row.title), el("td", {}, row.detail)));
  return el("table", { class: "trend-table", id: "import-rows" },
    el("caption", {}, "The first rows"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "What"), el("th", { scope: "col" }, "Details"))),
    body);
}

function importSection(showProblem) {
  const error = el("p", { class: "form-error", id: "import-error", role: "alert" });
  const preview = el("div", { id: "import-preview", hidden: true });
  const done = el("p", { id: "import-done", role: "status" });
  const fieldset = el("fieldset", {}, el("legend", {}, "What kind of file?"));
  IMPORTS.forEach(({ value, label }, i) => {
    fieldset.append(el("div", { class: "choice" },
      el("input", { type: "radio", name: "import-format", value, id: `import-${value}`, checked: i === 0 }),
      el("label", { for: `import-${value}` }, label)));
  });
  const choose = el("button", { type: "button", id: "import-choose" }, "Choose a file…");

  const fail = (problem) => {
    if (problem.code === "invalid") error.textContent = problem.message;
    else showProblem(problem.message);
  };
  const close = () => {
    preview.hidden = true;
    preview.replaceChildren();
    choose.focus();
  };

  function show(report) {
    const moods = report.moods.length ? moodFieldset(report.moods, async (event) => {
      error.textContent = "";
      try {
        show(await previewImport(choicesFrom(moods)));
        // The preview is drawn again; she stays on the mood she just chose.
        document.getElementById(event.target.id)?.focus();
      } catch (problem) {
        fail(problem);
      }
    }) : null;
    const waiting = report.unmapped.length > 0;
    const apply = el("button", { type: "button", id: "import-apply", disabled: waiting || report.changes === 0 }, "Import");
    const cancel = el("button", { type: "button", class: "quiet", id: "import-cancel" }, "Cancel");
    apply.addEventListener("click", async () => {
      error.textContent = "";
      try {
        const result = await applyImport(moods ? choicesFrom(moods) : []);
        close();
        done.textContent = result.words;
        announce("Imported");
      } catch (problem) {
        fail(problem);
      }
    });
    cancel.addEventListener("click", () => { close(); announce("Nothing was imported"); });
    const skipped = report.skipped.length
      ? el("div", {},
        el("p", {}, "Left out, with why:"),
        el("ul", { id: "import-skipped" }, report.skipped.map((line) => el("li", {}, line))))
      : null;
    // How parts of the file were kept (activities past the tag limit moved into the note).
    const notices = report.notices.length
      ? el("ul", { id: "import-notices" }, report.notices.map((line) => el("li", {}, line)))
      : null;
    preview.replaceChildren(...[
      el("h3", { id: "import-file", tabindex: "-1" }, `From ${report.file_name}`),
      el("p", { id: "import-words" }, report.words),
      notices,
      waiting ? el("p", { class: "muted", id: "import-waiting" }, "Give each of your moods a number to go on.") : null,
      moods,
      report.first.length ? rowsTable(report.first) : null,
      skipped,
      el("p", { class: "muted" }, "Nothing changes until you choose Import. It all comes in at once, or not at all."),
      el("div", { class: "actions" }, apply, cancel),
    ].filter(Boolean));
    preview.hidden = false;
  }

  choose.addEventListener("click", async () => {
    error.textContent = "";
    done.textContent = "";
    const format = fieldset.querySelector("input:checked")?.value ?? "json";
    try {
      const report = await chooseImport(format);
      if (report) {
        show(report);
        preview.querySelector("h3").focus();
      }
    } catch (problem) {
      close();
      fail(problem);
    }
  });

  return el("section", { class: "card", id: "import", "aria-labelledby": "import-heading" },
    el("h2", { id: "import-heading" }, "Bring it in"),
    el("p", { class: "muted" }, "From Daylio, your phone's contacts, or a Village export. You see what comes in before anything changes, and nothing is ever added twice."),
    fieldset,
    el("div", { class: "actions" }, choose),
    error,
    preview,
    done);
}

function sizeWords(bytes) {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function backupSection(showProblem) {
  const section = el("section", { class: "card", id: "backups", "aria-labelledby": "backups-heading" });
  const error = el("p", { class: "form-error", id: "backup-error", role: "alert" });
  const done = el("p", { id: "backup-done", role: "status" });
  const list = el("ul", { class: "plain-list", id: "backup-list" });
  const skipped = el("p", { class: "confirm", id: "backup-skipped", role: "status", hidden: true });
  const folder = el("p", { class: "path", id: "backup-folder" });

  const fail = (problem) => {
    if (problem.code === "invalid" || problem.code === "storage") error.textContent = problem.message;
    else showProblem(problem.message);
  };

  /** Asks first: a restore replaces everything she has now. */
  function confirmRestore(anchor, label, name) {
    section.querySelector(".confirm")?.remove();
    const text = `Restore ${label}? Everything in Village now is replaced by it. What is here now is kept in the backups folder first.`;
    const yes = el("button", { type: "button", id: "restore-yes" }, name ? "Restore" : "Choose the file…");
    const no = el("button", { type: "button", class: "quiet", id: "restore-no" }, "Keep what I have");
    const box = el("div", { class: "confirm", id: "restore-confirm", role: "group", "aria-labelledby": "restore-confirm-text" },
      el("p", { id: "restore-confirm-text" }, text),
      el("div", { class: "actions" }, yes, no));
    no.addEventListener("click", () => { box.remove(); anchor.focus(); });
    yes.addEventListener("click", async () => {
      error.textContent = "";
      // One restore at a time: the buttons rest until this one is done.
      const buttons = [...section.querySelectorAll("button")];
      for (const button of buttons) button.disabled = true;
      try {
        const restored = await restoreBackup(name);
        if (!restored) return;
        box.remove();
        done.textContent = `Restored from ${restored.file_name}. What you had before is kept as ${restored.kept.split(/[\\/]/).pop()}.`;
        announce("Restored");
        await refresh();
      } catch (problem) {
        fail(problem);
      } finally {
        for (const button of buttons) button.disabled = false;
      }
    });
    anchor.after(box);
    no.focus();
  }

  async function refresh() {
    const backups = await listBackups();
    folder.textContent = backups.folder;
    skipped.textContent = backups.skipped ?? "";
    skipped.hidden = !backups.skipped;
    list.replaceChildren();
    // With none made because the disk is full, the note above says why; nothing more to add.
    if (!backups.files.length && !backups.skipped) {
      list.append(el("li", { class: "muted", id: "backup-none" }, "No backups yet. The first daily one is made soon after Village starts."));
    }
    backups.files.forEach((file, i) => {
      const restore = el("button", { type: "button", class: "quiet small", id: `restore-${i}`, "aria-describedby": `backup-${i}` }, "Restore…");
      restore.addEventListener("click", () => confirmRestore(restore, `the backup \u201c${file.words}\u201d`, file.name));
      list.append(el("li", { class: "backup-row" },
        el("span", { id: `backup-${i}` }, file.words, el("small", { class: "muted" }, ` · ${sizeWords(file.bytes)}`)),
        restore));
    });
  }

  const now = el("button", { type: "button", id: "backup-now" }, "Back up to a file…");
  now.addEventListener("click", async () => {
    error.textContent = "";
    done.textContent = "";
    try {
      const saved = await backupNow();
      if (saved) {
        done.textContent = `Backed up to ${saved.file_name}, and checked.`;
        announce("Backed up");
      }
    } catch (problem) {
      fail(problem);
    }
  });
  const fromFile = el("button", { type: "button", class: "quiet", id: "restore-file" }, "Restore from a file…");
  fromFile.addEventListener("click", () => confirmRestore(fromFile, "from a backup file", null));

  section.append(
    el("h2", { id: "backups-heading" }, "Backups"),
    el("p", { class: "muted" }, "Village keeps a copy of everything each day, the last 7, and one before every update, in this folder:"),
    folder,
    skipped,
    list,
    el("div", { class: "actions" }, now, fromFile),
    error,
    done);
  return { section, refresh };
}

export const data = {
  titleId: "title-your-data",
  nav: "settings",
  async render(main, { showProblem }) {
    const backups = backupSection(showProblem);
    main.append(
      el("p", { class: "link-line" }, el("a", { href: "#settings" }, "\u2190 Settings")),
      el("h1", {}, "Your data"),
      exportSection(showProblem),
      importSection(showProblem),
      backups.section);
    try {
      await backups.refresh();
    } catch (problem) {
      showProblem(problem.message);
    }
  },
};
