// Journal: a one-tap mood, the timeline, search, the month and trends, and her tags.

import { LIMITS } from "../contract.js";
import {
  addMoodNote, dayNotes, deleteMoodNote, journalPage, journalTrends, listTags, mergeTags, monthView,
  renameTag, searchJournal, undoDeleteMoodNote,
} from "../api.js";
import { announce, el } from "../dom.js";
import { formatDay, formatTime, isoDate, monthName } from "../dates.js";
import { face, moodPicker, moodWord } from "./mood.js";
import { noteEditor } from "./note-editor.js";
import { trendsChart } from "./trends-chart.js";

const TABS = [
  ["timeline", "Notes", "#journal"],
  ["search", "Search", "#journal/search"],
  ["month", "Month", "#journal/month"],
  ["trends", "Trends", "#journal/trends"],
  ["tags", "Tags", "#journal/tags"],
];

function tabs(current) {
  return el("nav", { class: "tabs", "aria-label": "Journal" },
    ...TABS.map(([key, label, href]) =>
      el("a", { href, class: "tab", "aria-current": key === current ? "page" : false, "data-tab": key }, label)));
}

/** Shows "Note deleted" with an Undo button for a few seconds. */
function offerUndo(note, onRestored, onProblem) {
  const bar = document.getElementById("undo");
  const undo = el("button", { type: "button", id: "undo-delete" }, "Undo");
  bar.replaceChildren(el("span", {}, "Note deleted."), undo);
  bar.hidden = false;
  clearTimeout(offerUndo.timer);
  const close = () => { bar.hidden = true; bar.replaceChildren(); };
  // Long enough to notice; while she is on the button it waits for her.
  const later = () => { offerUndo.timer = setTimeout(() => (bar.contains(document.activeElement) ? later() : close()), 10000); };
  later();
  undo.addEventListener("click", async () => {
    clearTimeout(offerUndo.timer);
    close();
    try {
      await undoDeleteMoodNote(note.id);
      announce("Note restored");
      await onRestored();
    } catch (problem) {
      onProblem(problem.message);
    }
  });
}

/** One note in a list; `refresh` redraws the list it is in after an edit or delete. */
function noteItem(note, { refresh, showProblem, snippet = null }) {
  const body = snippet
    ? el("p", { class: "note" }, ...snippet.map((s) => (s.hit ? el("mark", {}, s.text) : document.createTextNode(s.text))))
    : (note.note ? el("p", { class: "note" }, note.note) : null);
  const extras = [];
  if (note.energy) extras.push(`energy ${note.energy}/5`);
  if (note.sleep_hours !== null && note.sleep_hours !== undefined) extras.push(`slept ${note.sleep_hours} h`);
  const edit = el("button", { type: "button", class: "quiet small" }, "Edit");
  const remove = el("button", { type: "button", class: "quiet small" }, "Delete");
  edit.setAttribute("aria-label", `Edit the note from ${formatTime(note.written_at)}, ${formatDay(note.local_date)}`);
  remove.setAttribute("aria-label", `Delete the note from ${formatTime(note.written_at)}, ${formatDay(note.local_date)}`);
  const item = el("li", { class: "note-item", "data-note": note.id },
    el("div", { class: "note-head" },
      face(note.mood, 32),
      el("div", {},
        el("strong", { class: "mood-word" }, note.mood_word ?? moodWord(note.mood)),
        el("span", { class: "muted" }, ` · ${formatTime(note.written_at)} · ${formatDay(note.local_date)}`))),
    body,
    note.tags.length ? el("ul", { class: "chips", "aria-label": "Tags" }, ...note.tags.map((t) => el("li", { class: "chip" }, t))) : null,
    extras.length ? el("p", { class: "muted small-text" }, extras.join(" · ")) : null,
    el("div", { class: "actions" }, edit, remove));
  edit.addEventListener("click", async () => {
    const { form, focus } = await noteEditor(note, {
      heading: "Edit note",
      onSaved: async () => { announce("Saved"); await refresh(); },
      onCancel: () => { form.replaceWith(item); edit.focus(); },
    });
    item.replaceWith(form);
    focus();
  });
  remove.addEventListener("click", async () => {
    try {
      await deleteMoodNote(note.id);
      offerUndo(note, refresh, showProblem);
      await refresh();
      document.getElementById("undo-delete")?.focus();
    } catch (problem) {
      showProblem(problem.message);
    }
  });
  return item;
}

async function quickEntry(main, { showProblem, onSaved }) {
  const slot = el("div", { id: "quick-editor" });
  const card = el("section", { class: "card quick-mood", "aria-labelledby": "quick-heading" },
    el("h2", { id: "quick-heading" }, "How are you right now?"),
    moodPicker({
      label: "How are you right now?",
      idPrefix: "quick-mood",
      onPick: async (mood) => {
        // Saved on the tap itself; the words and tags can follow.
        try {
          const note = await addMoodNote({ mood });
          announce(`Saved: ${note.mood_word}`);
          await onSaved();
          const { form, focus } = await noteEditor(note, {
            onSaved: async () => { announce("Saved"); slot.replaceChildren(); await onSaved(); },
            onCancel: () => slot.replaceChildren(),
          });
          slot.replaceChildren(form);
          focus();
        } catch (problem) {
          showProblem(problem.message);
        }
      },
    }),
    slot);
  main.append(card);
}

async function timeline(main, ctx) {
  const list = el("ol", { class: "note-list", id: "timeline" });
  const more = el("button", { type: "button", class: "quiet", id: "more-notes", hidden: true }, "Show older notes");
  const empty = el("p", { class: "muted", id: "timeline-empty", hidden: true }, "Nothing here yet. A tap on a mood above is enough to start.");
  let filter = {};
  let next = null;

  async function load(reset) {
    try {
      const page = await journalPage(filter, reset ? null : next, 50);
      const items = page.items.map((n) => noteItem(n, { refresh: () => load(true), showProblem: ctx.showProblem }));
      if (reset) list.replaceChildren(...items); else list.append(...items);
      next = page.next;
      more.hidden = !next;
      empty.hidden = list.children.length > 0;
    } catch (problem) {
      ctx.showProblem(problem.message);
    }
  }
  more.addEventListener("click", () => load(false));

  const tagSelect = el("select", { id: "filter-tag" }, el("option", { value: "" }, "Any tag"));
  try {
    for (const t of await listTags()) tagSelect.append(el("option", { value: t.name }, `${t.name} (${t.count})`));
  } catch { /* the filter still works without the list */ }
  const moodSelect = el("select", { id: "filter-mood" }, el("option", { value: "" }, "Any mood"),
    ...[5, 4, 3, 2, 1].map((v) => el("option", { value: v }, moodWord(v))));
  const from = el("input", { type: "date", id: "filter-from" });
  const to = el("input", { type: "date", id: "filter-to" });
  const apply = el("button", { type: "submit" }, "Show");
  const filters = el("form", { class: "filters", novalidate: true },
    el("div", { class: "row" },
      el("div", { class: "field" }, el("label", { for: "filter-tag" }, "Tag"), tagSelect),
      el("div", { class: "field" }, el("label", { for: "filter-mood" }, "Mood"), moodSelect)),
    el("div", { class: "row" },
      el("div", { class: "field" }, el("label", { for: "filter-from" }, "From"), from),
      el("div", { class: "field" }, el("label", { for: "filter-to" }, "To"), to)),
    el("div", { class: "actions" }, apply));
  filters.addEventListener("submit", async (event) => {
    event.preventDefault();
    filter = { tag: tagSelect.value || null, mood: moodSelect.value ? Number(moodSelect.value) : null, from: from.value || null, to: to.value || null };
    await load(true);
  });

  await quickEntry(main, { ...ctx, onSaved: () => load(true) });
  main.append(
    el("details", { class: "more" }, el("summary", {}, "Filter"), filters),
    el("h2", { class: "visually-hidden" }, "Your notes"),
    empty, list, more);
  await load(true);
}

async function search(main, ctx) {
  const input = el("input", { type: "search", id: "search-text", autocomplete: "off", enterkeyhint: "search" });
  const results = el("ol", { class: "note-list", id: "search-results" });
  const status = el("p", { class: "muted", id: "search-status", "aria-live": "polite" });
  const more = el("button", { type: "button", class: "quiet", hidden: true }, "Show older matches");
  let next = null;
  let asked = 0;

  async function run(reset) {
    const query = input.value;
    const ticket = ++asked;
    if (!query.trim()) {
      results.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      return;
    }
    try {
      const page = await searchJournal(query, reset ? null : next);
      if (ticket !== asked) return; // a newer search is on its way
      const items = page.items.map((hit) => noteItem(hit.note, { refresh: () => run(true), showProblem: ctx.showProblem, snippet: hit.snippet }));
      if (reset) results.replaceChildren(...items); else results.append(...items);
      next = page.next;
      more.hidden = !next;
      status.textContent = results.children.length ? "" : "No notes match those words.";
    } catch (problem) {
      ctx.showProblem(problem.message);
    }
  }
  let timer;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => run(true), 200); });
  more.addEventListener("click", () => run(false));
  main.append(
    el("form", { role: "search", class: "search", novalidate: true },
      el("div", { class: "field" }, el("label", { for: "search-text" }, "Search your notes"), input)),
    status, results, more);
}

async function month(main, ctx) {
  const today = new Date();
  let year = today.getFullYear();
  let monthNumber = today.getMonth() + 1;
  const heading = el("h2", { id: "month-heading", "aria-live": "polite" });
  const prev = el("button", { type: "button", class: "quiet", id: "month-prev", "aria-label": "Earlier month" }, "←");
  const next = el("button", { type: "button", class: "quiet", id: "month-next", "aria-label": "Later month" }, "→");
  const grid = el("div", { class: "month-grid", id: "month-grid", role: "group", "aria-labelledby": "month-heading" });
  const day = el("section", { id: "month-day", "aria-live": "polite" });

  async function showDay(date) {
    try {
      const notes = await dayNotes(date);
      day.replaceChildren(
        el("h2", {}, formatDay(date)),
        notes.length
          ? el("ol", { class: "note-list" }, ...notes.map((n) => noteItem(n, { refresh: () => Promise.all([draw(), showDay(date)]), showProblem: ctx.showProblem })))
          : el("p", { class: "muted" }, "No notes that day."));
    } catch (problem) { ctx.showProblem(problem.message); }
  }

  async function draw() {
    heading.textContent = monthName(year, monthNumber);
    let days = [];
    try { days = await monthView(year, monthNumber); } catch (problem) { ctx.showProblem(problem.message); }
    const byDate = new Map(days.map((d) => [d.date, d]));
    const first = new Date(year, monthNumber - 1, 1);
    const count = new Date(year, monthNumber, 0).getDate();
    const lead = (first.getDay() + 6) % 7; // weeks start on Monday
    const cells = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map((d) => el("div", { class: "weekday", "aria-hidden": "true" }, d));
    for (let i = 0; i < lead; i++) cells.push(el("div", { class: "day blank", "aria-hidden": "true" }));
    for (let d = 1; d <= count; d++) {
      const date = isoDate(year, monthNumber, d);
      const info = byDate.get(date);
      const label = info
        ? `${formatDay(date)}: mostly ${moodWord(Math.round(info.average)).toLowerCase()}, ${info.count} ${info.count === 1 ? "note" : "notes"}`
        : `${formatDay(date)}: no notes`;
      const button = el("button", { type: "button", class: info ? "day has-notes" : "day", "data-date": date, "aria-label": label },
        el("span", { class: "day-number" }, String(d)),
        info ? face(info.average, 22) : null);
      button.addEventListener("click", () => showDay(date));
      cells.push(button);
    }
    grid.replaceChildren(...cells);
  }
  prev.addEventListener("click", () => { monthNumber -= 1; if (monthNumber < 1) { monthNumber = 12; year -= 1; } draw(); });
  next.addEventListener("click", () => { monthNumber += 1; if (monthNumber > 12) { monthNumber = 1; year += 1; } draw(); });
  main.append(el("div", { class: "month-head" }, prev, heading, next), grid, day);
  await draw();
}

async function trends(main, ctx) {
  const body = el("div", { id: "trends-body" });
  const ranges = el("div", { class: "actions", role: "group", "aria-label": "Range" });
  async function show(days) {
    for (const b of ranges.querySelectorAll("button")) b.setAttribute("aria-pressed", String(Number(b.dataset.days) === days));
    try {
      const data = await journalTrends(days);
      const top = Math.max(1, ...data.tags.map((t) => t.count));
      // Drawn at the width it is shown at, so its labels stay readable on a phone.
      const width = Math.round(Math.min(640, Math.max(300, main.clientWidth - 34)));
      body.replaceChildren(
        trendsChart(data, width),
        el("h2", {}, "Tags you used most"),
        data.tags.length
          ? el("ul", { class: "tag-bars" }, ...data.tags.map((t) => {
            const bar = el("span", { class: "bar", "aria-hidden": "true" });
            bar.style.width = `${Math.round((t.count / top) * 100)}%`;
            return el("li", {}, el("span", { class: "tag-name" }, t.name), el("span", { class: "bar-track" }, bar), el("span", { class: "count" }, String(t.count)));
          }))
          : el("p", { class: "muted" }, "No tags in this time yet."));
    } catch (problem) { ctx.showProblem(problem.message); }
  }
  for (const [days, label] of [[30, "30 days"], [90, "90 days"], [365, "A year"]]) {
    const b = el("button", { type: "button", class: "quiet", "data-days": days }, label);
    b.addEventListener("click", () => show(days));
    ranges.append(b);
  }
  main.append(ranges, body);
  await show(30);
}

async function tagsView(main, ctx) {
  const list = el("ul", { class: "tag-admin", id: "tag-admin" });
  async function draw() {
    let tags = [];
    try { tags = await listTags(); } catch (problem) { ctx.showProblem(problem.message); return; }
    list.replaceChildren(...tags.map((tag) => {
      const safeId = `tag-${tag.id}`;
      const name = el("input", { type: "text", id: `${safeId}-name`, value: tag.name, maxlength: LIMITS.tag });
      const save = el("button", { type: "button", class: "quiet small", "aria-label": `Rename the tag ${tag.name}` }, "Rename");
      const target = el("select", { id: `${safeId}-into` }, el("option", { value: "" }, "Merge into…"),
        ...tags.filter((t) => t.id !== tag.id).map((t) => el("option", { value: t.id }, t.name)));
      const merge = el("button", { type: "button", class: "quiet small", "aria-label": `Merge the tag ${tag.name}` }, "Merge");
      const error = el("p", { class: "form-error", role: "alert" });
      save.addEventListener("click", async () => {
        error.textContent = "";
        try { await renameTag(tag.id, name.value); announce("Tag renamed"); await draw(); } catch (p) { error.textContent = p.message; }
      });
      merge.addEventListener("click", async () => {
        error.textContent = "";
        if (!target.value) { error.textContent = "Pick the tag to merge into."; return; }
        try { await mergeTags(tag.id, target.value); announce("Tags merged"); await draw(); } catch (p) { error.textContent = p.message; }
      });
      return el("li", { class: "card", "data-tag-id": tag.id },
        el("div", { class: "row" },
          el("div", { class: "field" }, el("label", { for: `${safeId}-name` }, `${tag.name}: on ${tag.count} ${tag.count === 1 ? "note" : "notes"}`), name),
          el("div", { class: "field" }, el("label", { for: `${safeId}-into` }, `Merge ${tag.name} into`), target)),
        error,
        el("div", { class: "actions" }, save, merge));
    }));
  }
  main.append(el("p", { class: "muted" }, "Rename a tag everywhere it is used, or merge two into one."), list);
  await draw();
}

const SUBVIEWS = { timeline, search, month, trends, tags: tagsView };

export const journal = {
  title: "Journal",
  async render(main, ctx, sub) {
    const key = Object.hasOwn(SUBVIEWS, sub ?? "") ? sub : "timeline";
    main.dataset.sub = key;
    main.append(
      el("div", { class: "view-head" }, el("h1", {}, "Journal"), el("a", { class: "button quiet", href: "#insight", id: "journal-insight" }, "Insight")),
      tabs(key));
    await SUBVIEWS[key](main, ctx);
  },
};
