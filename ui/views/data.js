// Her data: take it anywhere, bring it in from Daylio, contacts or another Village, and keep
// backups she can go back to. Every import shows what it will add before anything changes.
// Every word comes from the catalog (ui/locales/*/data.ftl).

import { applyImport, backupNow, chooseImport, exportData, listBackups, previewImport, restoreBackup } from "../api.js";
import { announce, el } from "../dom.js";
import { formatNumber, marked, t } from "../words.js";
import { moods } from "./mood.js";

/** The exports, by the messages that name each and say what it is for. */
const EXPORTS = [
  { format: "json", label: "data-export-json", hint: "data-export-json-hint" },
  { format: "csv", label: "data-export-csv", hint: "data-export-csv-hint" },
  { format: "markdown", label: "data-export-markdown", hint: "data-export-markdown-hint" },
  { format: "ics", label: "data-export-ics", hint: "data-export-ics-hint" },
];

const IMPORTS = [
  { value: "json", label: "data-import-json" },
  { value: "daylio", label: "data-import-daylio" },
  { value: "vcard", label: "data-import-vcard" },
];

function exportSection(showProblem) {
  const status = el("p", { id: "export-done", role: "status" });
  const list = el("ul", { class: "plain-list export-list" });
  for (const { format, label, hint } of EXPORTS) {
    const button = el("button", { type: "button", id: `export-${format}`, "aria-describedby": `export-${format}-hint` }, t(label));
    button.addEventListener("click", async () => {
      status.textContent = "";
      try {
        const saved = await exportData(format);
        if (saved) {
          status.textContent = t("data-export-saved", { file: saved.file_name });
          announce(t("data-saved"));
        }
      } catch (problem) {
        showProblem(problem.message);
      }
    });
    list.append(el("li", {}, button, el("small", { class: "muted", id: `export-${format}-hint` }, t(hint))));
  }
  return el("section", { class: "card", id: "export", "aria-labelledby": "export-heading" },
    el("h2", { id: "export-heading" }, t("data-export-heading")),
    el("p", { class: "muted" }, t("data-export-intro")),
    list,
    status);
}

/** The moods she has given numbers so far, by name. */
function choicesFrom(fieldset) {
  return [...fieldset.querySelectorAll("select")]
    .filter((select) => select.value)
    .map((select) => ({ name: select.dataset.name, mood: Number(select.value) }));
}

/** `found`: the moods the file names, with how many entries each and any number given. */
function moodFieldset(found, onChange) {
  const fieldset = el("fieldset", { id: "import-moods" },
    el("legend", {}, t("data-import-moods")),
    el("p", { class: "muted" }, t("data-import-moods-intro")));
  found.forEach((mood, i) => {
    const id = `import-mood-${i}`;
    const select = el("select", { id, "data-name": mood.name },
      el("option", { value: "" }, t("data-import-mood-choose")),
      moods().reverse().map(({ value, word }) =>
        el("option", { value, selected: mood.mood === value }, t("data-import-mood-option", { value, word }))));
    select.addEventListener("change", onChange);
    fieldset.append(el("div", { class: "field" },
      el("label", { for: id }, t("data-import-mood-label", { name: mood.name, entries: mood.entries })),
      select));
  });
  return fieldset;
}

function rowsTable(rows) {
  const body = el("tbody", {});
  for (const row of rows) body.append(el("tr", {}, el("td", {}, row.title), el("td", {}, row.detail)));
  return el("table", { class: "trend-table", id: "import-rows" },
    el("caption", {}, t("data-import-rows")),
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, t("data-import-rows-what")),
      el("th", { scope: "col" }, t("data-import-rows-details")))),
    body);
}

function importSection(showProblem) {
  const error = el("p", { class: "form-error", id: "import-error", role: "alert" });
  const preview = el("div", { id: "import-preview", hidden: true });
  const done = el("p", { id: "import-done", role: "status" });
  const fieldset = el("fieldset", {}, el("legend", {}, t("data-import-kind")));
  IMPORTS.forEach(({ value, label }, i) => {
    fieldset.append(el("div", { class: "choice" },
      el("input", { type: "radio", name: "import-format", value, id: `import-${value}`, checked: i === 0 }),
      el("label", { for: `import-${value}` }, t(label))));
  });
  const choose = el("button", { type: "button", id: "import-choose" }, t("data-import-choose"));

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
    const apply = el("button", { type: "button", id: "import-apply", disabled: waiting || report.changes === 0 }, t("data-import-apply"));
    const cancel = el("button", { type: "button", class: "quiet", id: "import-cancel" }, t("data-import-cancel"));
    apply.addEventListener("click", async () => {
      error.textContent = "";
      try {
        const result = await applyImport(moods ? choicesFrom(moods) : []);
        close();
        done.textContent = result.words;
        announce(t("data-imported"));
      } catch (problem) {
        fail(problem);
      }
    });
    cancel.addEventListener("click", () => { close(); announce(t("data-import-cancelled")); });
    const skipped = report.skipped.length
      ? el("div", {},
        el("p", {}, t("data-import-skipped")),
        el("ul", { id: "import-skipped" }, report.skipped.map((line) => el("li", {}, line))))
      : null;
    // How parts of the file were kept (activities past the tag limit moved into the note).
    const notices = report.notices.length
      ? el("ul", { id: "import-notices" }, report.notices.map((line) => el("li", {}, line)))
      : null;
    preview.replaceChildren(...[
      el("h3", { id: "import-file", tabindex: "-1" }, t("data-import-from", { file: report.file_name })),
      el("p", { id: "import-words" }, report.words),
      notices,
      waiting ? el("p", { class: "muted", id: "import-waiting" }, t("data-import-waiting")) : null,
      moods,
      report.first.length ? rowsTable(report.first) : null,
      skipped,
      el("p", { class: "muted" }, t("data-import-nothing-yet")),
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
    el("h2", { id: "import-heading" }, t("data-import-heading")),
    el("p", { class: "muted" }, t("data-import-intro")),
    fieldset,
    el("div", { class: "actions" }, choose),
    error,
    preview,
    done);
}

/** A file's size, "12 KB" or "1.5 MB", its number as her locale writes it. */
function sizeWords(bytes) {
  if (bytes < 1024 * 1024) {
    return t("data-size-kb", { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), { useGrouping: false }) });
  }
  return t("data-size-mb", {
    size: formatNumber(bytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }),
  });
}

function backupSection(showProblem) {
  const section = el("section", { class: "card", id: "backups", "aria-labelledby": "backups-heading" });
  const error = el("p", { class: "form-error", id: "backup-error", role: "alert" });
  const done = el("p", { id: "backup-done", role: "status" });
  const list = el("ul", { class: "plain-list", id: "backup-list" });
  const skipped = el("p", { class: "confirm", id: "backup-skipped", role: "status", hidden: true });
  const folder = el("p", { class: "path", id: "backup-folder", translate: "no" });

  const fail = (problem) => {
    if (problem.code === "invalid" || problem.code === "storage") error.textContent = problem.message;
    else showProblem(problem.message);
  };

  /** Asks first, in `text`: a restore replaces everything she has now. `name` is the backup's,
   * or null to choose a file. */
  function confirmRestore(anchor, text, name) {
    section.querySelector(".confirm")?.remove();
    const yes = el("button", { type: "button", id: "restore-yes" }, name ? t("data-restore-yes") : t("data-restore-choose"));
    const no = el("button", { type: "button", class: "quiet", id: "restore-no" }, t("data-restore-no"));
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
        done.textContent = t("data-restored", { file: restored.file_name, kept: restored.kept.split(/[\\/]/).pop() });
        announce(t("data-restored-short"));
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
    // A folder's path is no word to translate: marked only for the pseudo-locale run.
    folder.textContent = marked(backups.folder);
    skipped.textContent = backups.skipped ?? "";
    skipped.hidden = !backups.skipped;
    list.replaceChildren();
    // With none made because the disk is full, the note above says why; nothing more to add.
    if (!backups.files.length && !backups.skipped) {
      list.append(el("li", { class: "muted", id: "backup-none" }, t("data-backup-none")));
    }
    backups.files.forEach((file, i) => {
      const restore = el("button", { type: "button", class: "quiet small", id: `restore-${i}`, "aria-describedby": `backup-${i}` }, t("data-backup-restore"));
      restore.addEventListener("click", () =>
        confirmRestore(restore, t("data-restore-confirm-backup", { backup: file.words }), file.name));
      list.append(el("li", { class: "backup-row" },
        el("span", { id: `backup-${i}` }, file.words,
          el("small", { class: "muted" }, " ", t("data-backup-size", { size: sizeWords(file.bytes) }))),
        restore));
    });
  }

  const now = el("button", { type: "button", id: "backup-now" }, t("data-backup-now"));
  now.addEventListener("click", async () => {
    error.textContent = "";
    done.textContent = "";
    try {
      const saved = await backupNow();
      if (saved) {
        done.textContent = t("data-backed-up", { file: saved.file_name });
        announce(t("data-backed-up-short"));
      }
    } catch (problem) {
      fail(problem);
    }
  });
  const fromFile = el("button", { type: "button", class: "quiet", id: "restore-file" }, t("data-restore-file"));
  fromFile.addEventListener("click", () => confirmRestore(fromFile, t("data-restore-confirm-file"), null));

  section.append(
    el("h2", { id: "backups-heading" }, t("data-backups-heading")),
    el("p", { class: "muted" }, t("data-backups-intro")),
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
      el("p", { class: "link-line" }, el("a", { href: "#settings" }, t("data-back-to-settings"))),
      el("h1", {}, t("data-heading")),
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
