// Journal: a one-tap mood, the timeline, search, the month and trends, and her tags.

import { LIMITS } from "../contract.js";
import {
  addMoodNote, dayNotes, deleteMoodNote, journalPage, journalTrends, listTags, mergeTags, monthView,
  renameTag, searchJournal, undoDeleteMoodNote,
} from "../api.js";
import { announce, el, takeFocus } from "../dom.js";
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

/** Focus on a note in the list, after it was saved or brought back. */
function focusNote(id) {
  takeFocus(document.querySelector(`.note-item[data-note="${CSS.escape(id)}"]`) ?? document.querySelector("main h1"));
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
      await onRestored();
      focusNote(note.id);
      announce("Note restored");
    } catch (problem) {
      onProblem(problem.message);
      // The Undo button has gone; the page's heading is where she goes on from.
      takeFocus(document.querySelector("main h1"));
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
      onSaved: async () => { await refresh(); focusNote(note.id); announce("Saved"); },
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
      onPick: async (mood, button) => {
        // Saved on the tap itself; the words and tags can follow.
        try {
          const note = await addMoodNote({ mood });
          announce(`Saved: ${note.mood_word}`);
          await onSaved();
          const { form, focus } = await noteEditor(note, {
            onSaved: async () => { slot.replaceChildren(); await onSaved(); focusNote(note.id); announce("Saved"); },
            onCancel: () => { slot.replaceChildren(); takeFocus(button); },
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
      // "Show older notes" hides on the last page: she goes on from the first note it brought.
      if (!reset && !next && document.activeElement === more && items[0]) takeFocus(items[0]);
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

/** Weekday names, Monday first, in her language: long for screen readers; short to show, or a
 * letter where the columns are narrow for the text size (styles.css picks). */
const WEEKDAYS = Array.from({ length: 7 }, (_, i) => {
  const day = new Date(2024, 0, 1 + i); // 1 January 2024 was a Monday
  const name = (weekday) => day.toLocaleDateString(undefined, { weekday });
  return { long: name("long"), short: name("short"), narrow: name("narrow") };
});

const daysIn = (y, m) => new Date(y, m, 0).getDate();

/** The day a key on `iso` moves to, as { y, m, d }, or null for a key the month does not use.
 * Days and weeks run on into the months either side; PageUp/PageDown keep the day number
 * (the 31st becomes the last day of a shorter month), and with Shift move a year. */
function dayAfterKey(iso, key, shift) {
  const [y, m, d] = iso.split("-").map(Number);
  const weekday = (new Date(y, m - 1, d).getDay() + 6) % 7; // Monday is 0
  const byDays = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[key];
  if (byDays !== undefined) {
    const to = new Date(y, m - 1, d + byDays);
    return { y: to.getFullYear(), m: to.getMonth() + 1, d: to.getDate() };
  }
  if (key === "Home") return { y, m, d: Math.max(1, d - weekday) };
  if (key === "End") return { y, m, d: Math.min(daysIn(y, m), d + 6 - weekday) };
  const byMonths = { PageUp: -1, PageDown: 1 }[key];
  if (byMonths === undefined) return null;
  const index = y * 12 + (m - 1) + byMonths * (shift ? 12 : 1);
  const to = { y: Math.floor(index / 12), m: (index % 12) + 1 };
  return { ...to, d: Math.min(d, daysIn(to.y, to.m)) };
}

async function month(main, ctx) {
  const today = new Date();
  const todayIso = isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
  let year = today.getFullYear();
  let monthNumber = today.getMonth() + 1;
  /** The day she last moved to or chose: the grid's one tab stop while its month is shown. */
  let active = null;
  let drawing = 0;
  const heading = el("h2", { id: "month-heading", "aria-live": "polite" });
  const prev = el("button", { type: "button", class: "quiet", id: "month-prev", "aria-label": "Earlier month" }, "←");
  const next = el("button", { type: "button", class: "quiet", id: "month-next", "aria-label": "Later month" }, "→");
  // The WAI-ARIA grid pattern: one tab stop, and the arrow keys move between days.
  const grid = el("div", { class: "month-grid", id: "month-grid", role: "grid", "aria-labelledby": "month-heading" });
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

  /** Makes `button` the grid's tab stop. */
  function rove(button) {
    for (const other of grid.querySelectorAll("button.day[tabindex='0']")) if (other !== button) other.tabIndex = -1;
    button.tabIndex = 0;
    active = button.dataset.date;
  }

  /** Draws the shown month; with `focusDate`, puts focus on that day once it is drawn. */
  async function draw(focusDate = null) {
    const ticket = ++drawing;
    const shownYear = year;
    const shownMonth = monthNumber;
    heading.textContent = monthName(shownYear, shownMonth);
    let days = [];
    try { days = await monthView(shownYear, shownMonth); } catch (problem) { ctx.showProblem(problem.message); }
    if (ticket !== drawing) return; // she has moved on to another month meanwhile
    const byDate = new Map(days.map((d) => [d.date, d]));
    const count = daysIn(shownYear, shownMonth);
    const lead = (new Date(shownYear, shownMonth - 1, 1).getDay() + 6) % 7; // weeks start on Monday
    const prefix = isoDate(shownYear, shownMonth, 1).slice(0, 8); // "2026-03-"
    const inMonth = (iso) => iso?.startsWith(prefix);
    const stop = [active, todayIso].find(inMonth) ?? isoDate(shownYear, shownMonth, 1);

    const cells = [];
    for (let i = 0; i < lead; i++) cells.push(el("div", { role: "gridcell", class: "day blank" }));
    let target = null;
    for (let d = 1; d <= count; d++) {
      const date = isoDate(shownYear, shownMonth, d);
      const info = byDate.get(date);
      const label = info
        ? `${formatDay(date)}: mostly ${moodWord(Math.round(info.average)).toLowerCase()}, ${info.count} ${info.count === 1 ? "note" : "notes"}`
        : `${formatDay(date)}: no notes`;
      const button = el("button", {
        type: "button", class: info ? "day has-notes" : "day", "data-date": date, "aria-label": label,
        tabindex: date === stop ? "0" : "-1", "aria-current": date === todayIso ? "date" : false,
      },
      el("span", { class: "day-number" }, String(d)),
      info ? face(info.average, 22) : null);
      // Enter and Space click it too; what she chose is where Tab brings her back.
      button.addEventListener("click", () => { rove(button); showDay(date); });
      if (date === focusDate) target = button;
      cells.push(el("div", { role: "gridcell", class: "day-cell" }, button));
    }
    while (cells.length % 7) cells.push(el("div", { role: "gridcell", class: "day blank" }));

    const rows = [el("div", { role: "row", class: "month-row weekdays" },
      ...WEEKDAYS.map(({ long, short, narrow }) => el("div", { role: "columnheader", class: "weekday", "aria-label": long },
        el("span", { class: "weekday-short" }, short), el("span", { class: "weekday-narrow" }, narrow))))];
    for (let i = 0; i < cells.length; i += 7) rows.push(el("div", { role: "row", class: "month-row" }, ...cells.slice(i, i + 7)));
    // Only a move made inside the grid takes focus back to it; if she has gone elsewhere
    // (Tab, the month buttons) while the month loaded, focus stays with her.
    const refocus = target && (grid.contains(document.activeElement) || document.activeElement === document.body);
    const old = [...grid.children];
    grid.append(...rows);
    // Focus moves to the new day before the old one goes, so it never falls to the page and
    // the focus ring stays as a keyboard move shows it.
    if (refocus) target.focus({ preventScroll: true });
    for (const row of old) row.remove();
    if (refocus) target.scrollIntoView({ block: "nearest" });
  }

  grid.addEventListener("focusin", (event) => {
    if (event.target.matches?.("button.day")) rove(event.target);
  });
  grid.addEventListener("keydown", (event) => {
    const button = event.target.closest?.("button.day");
    if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
    // From where she is headed, so keys pressed while a month loads add up.
    const to = dayAfterKey(active ?? button.dataset.date, event.key, event.shiftKey);
    if (!to) return; // Enter and Space are the button's own: they click it
    event.preventDefault();
    const date = isoDate(to.y, to.m, to.d);
    active = date;
    const here = to.y === year && to.m === monthNumber && grid.querySelector(`button.day[data-date="${date}"]`);
    if (here) {
      here.focus();
    } else {
      year = to.y;
      monthNumber = to.m;
      draw(date);
    }
  });
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
      // The chart fits itself to the width it is shown at, and again when the window changes.
      body.replaceChildren(
        trendsChart(data),
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
        try {
          await renameTag(tag.id, name.value);
          await draw();
          takeFocus(document.getElementById(`${safeId}-name`));
          announce("Tag renamed");
        } catch (p) { error.textContent = p.message; name.focus(); }
      });
      merge.addEventListener("click", async () => {
        error.textContent = "";
        if (!target.value) { error.textContent = "Pick the tag to merge into."; target.focus(); return; }
        const into = target.value;
        try {
          await mergeTags(tag.id, into);
          await draw();
          // The tag merged away is gone; the one it went into is where she goes on.
          takeFocus(document.getElementById(`tag-${into}-name`));
          announce("Tags merged");
        } catch (p) { error.textContent = p.message; target.focus(); }
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
  titleId: "title-journal",
  async render(main, ctx, sub) {
    const key = Object.hasOwn(SUBVIEWS, sub ?? "") ? sub : "timeline";
    main.dataset.sub = key;
    main.append(
      el("div", { class: "view-head" }, el("h1", {}, "Journal"), el("a", { class: "button quiet", href: "#insight", id: "journal-insight" }, "Insight")),
      tabs(key));
    await SUBVIEWS[key](main, ctx);
  },
};
