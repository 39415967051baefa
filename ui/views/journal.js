// Journal: a one-tap mood, the timeline, search, the month and trends, and her tags.

import { LIMITS } from "../contract.js";
import {
  addMoodNote, dayNotes, deleteMoodNote, journalPage, journalTrends, listTags, mergeTags, monthView,
  renameTag, searchJournal, undoDeleteMoodNote,
} from "../api.js";
import { announce, el, takeFocus } from "../dom.js";
import { formatDay, formatTime, isoDate, monthName } from "../dates.js";
import { locale, marked, t } from "../words.js";
import { face, moodPicker, moodWord } from "./mood.js";
import { noteEditor } from "./note-editor.js";
import { trendsChart } from "./trends-chart.js";

const tabList = () => [
  ["timeline", t("journal-tab-notes"), "#journal"],
  ["search", t("journal-tab-search"), "#journal/search"],
  ["month", t("journal-tab-month"), "#journal/month"],
  ["trends", t("journal-tab-trends"), "#journal/trends"],
  ["tags", t("journal-tab-tags"), "#journal/tags"],
];

function tabs(current) {
  return el("nav", { class: "tabs", "aria-label": t("journal-tabs.aria-label") },
    ...tabList().map(([key, label, href]) =>
      el("a", { href, class: "tab", "aria-current": key === current ? "page" : false, "data-tab": key }, label)));
}

/** Focus on a note in the list, after it was saved or brought back. */
function focusNote(id) {
  takeFocus(document.querySelector(`.note-item[data-note="${CSS.escape(id)}"]`) ?? document.querySelector("main h1"));
}

/** Shows "Note deleted" with an Undo button for a few seconds. */
function offerUndo(note, onRestored, onProblem) {
  const bar = document.getElementById("undo");
  const undo = el("button", { type: "button", id: "undo-delete" }, t("journal-undo"));
  bar.replaceChildren(el("span", {}, t("journal-note-deleted")), undo);
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
      announce(t("journal-note-restored"));
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
  const slept = note.sleep_hours !== null && note.sleep_hours !== undefined;
  const extras = note.energy && slept ? t("journal-note-energy-slept", { energy: note.energy, hours: note.sleep_hours })
    : note.energy ? t("journal-note-energy", { energy: note.energy })
    : slept ? t("journal-note-slept", { hours: note.sleep_hours })
    : null;
  const when = { time: formatTime(note.written_at), day: formatDay(note.local_date) };
  const edit = el("button", { type: "button", class: "quiet small" }, t("journal-note-edit"));
  const remove = el("button", { type: "button", class: "quiet small" }, t("journal-note-delete"));
  edit.setAttribute("aria-label", t("journal-note-edit.aria-label", when));
  remove.setAttribute("aria-label", t("journal-note-delete.aria-label", when));
  const item = el("li", { class: "note-item", "data-note": note.id },
    el("div", { class: "note-head" },
      face(note.mood, 32),
      el("div", {},
        el("strong", { class: "mood-word" }, note.mood_word ?? moodWord(note.mood)),
        el("span", { class: "muted" }, " ", t("journal-note-when", when)))),
    body,
    note.tags.length ? el("ul", { class: "chips", "aria-label": t("journal-note-tags.aria-label") }, ...note.tags.map((tag) => el("li", { class: "chip" }, tag))) : null,
    extras ? el("p", { class: "muted small-text" }, extras) : null,
    el("div", { class: "actions" }, edit, remove));
  edit.addEventListener("click", async () => {
    const { form, focus } = await noteEditor(note, {
      heading: t("journal-edit-heading"),
      onSaved: async () => { await refresh(); focusNote(note.id); announce(t("journal-saved")); },
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
    el("h2", { id: "quick-heading" }, t("journal-quick-heading")),
    moodPicker({
      label: t("journal-quick-heading"),
      idPrefix: "quick-mood",
      onPick: async (mood, button) => {
        // Saved on the tap itself; the words and tags can follow.
        try {
          const note = await addMoodNote({ mood });
          announce(t("journal-saved-mood", { mood: note.mood_word }));
          await onSaved();
          const { form, focus } = await noteEditor(note, {
            onSaved: async () => { slot.replaceChildren(); await onSaved(); focusNote(note.id); announce(t("journal-saved")); },
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
  const more = el("button", { type: "button", class: "quiet", id: "more-notes", hidden: true }, t("journal-more-notes"));
  const empty = el("p", { class: "muted", id: "timeline-empty", hidden: true }, t("journal-timeline-empty"));
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

  const tagSelect = el("select", { id: "filter-tag" }, el("option", { value: "" }, t("journal-filter-any-tag")));
  try {
    for (const tag of await listTags()) tagSelect.append(el("option", { value: tag.name }, t("journal-filter-tag-option", { tag: tag.name, count: tag.count })));
  } catch { /* the filter still works without the list */ }
  const moodSelect = el("select", { id: "filter-mood" }, el("option", { value: "" }, t("journal-filter-any-mood")),
    ...[5, 4, 3, 2, 1].map((v) => el("option", { value: v }, moodWord(v))));
  const from = el("input", { type: "date", id: "filter-from" });
  const to = el("input", { type: "date", id: "filter-to" });
  const apply = el("button", { type: "submit" }, t("journal-filter-show"));
  const filters = el("form", { class: "filters", novalidate: true },
    el("div", { class: "row" },
      el("div", { class: "field" }, el("label", { for: "filter-tag" }, t("journal-filter-tag")), tagSelect),
      el("div", { class: "field" }, el("label", { for: "filter-mood" }, t("journal-filter-mood")), moodSelect)),
    el("div", { class: "row" },
      el("div", { class: "field" }, el("label", { for: "filter-from" }, t("journal-filter-from")), from),
      el("div", { class: "field" }, el("label", { for: "filter-to" }, t("journal-filter-to")), to)),
    el("div", { class: "actions" }, apply));
  filters.addEventListener("submit", async (event) => {
    event.preventDefault();
    filter = { tag: tagSelect.value || null, mood: moodSelect.value ? Number(moodSelect.value) : null, from: from.value || null, to: to.value || null };
    await load(true);
  });

  await quickEntry(main, { ...ctx, onSaved: () => load(true) });
  main.append(
    el("details", { class: "more" }, el("summary", {}, t("journal-filter")), filters),
    el("h2", { class: "visually-hidden" }, t("journal-notes-heading")),
    empty, list, more);
  await load(true);
}

async function search(main, ctx) {
  const input = el("input", { type: "search", id: "search-text", autocomplete: "off", enterkeyhint: "search" });
  const results = el("ol", { class: "note-list", id: "search-results" });
  const status = el("p", { class: "muted", id: "search-status", "aria-live": "polite" });
  const more = el("button", { type: "button", class: "quiet", hidden: true }, t("journal-more-matches"));
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
      status.textContent = results.children.length ? "" : t("journal-search-none");
    } catch (problem) {
      ctx.showProblem(problem.message);
    }
  }
  let timer;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => run(true), 200); });
  more.addEventListener("click", () => run(false));
  main.append(
    el("form", { role: "search", class: "search", novalidate: true },
      el("div", { class: "field" }, el("label", { for: "search-text" }, t("journal-search-label")), input)),
    status, results, more);
}

/** The day her locale starts a week on, as Date.getDay() counts (0 is Sunday): Sunday in the
 * US, in English and in Spanish alike. Engines without week data (weekInfo is newer than the
 * rest of Intl) fall back to Sunday for a US locale and Monday elsewhere. */
function firstWeekday() {
  const tag = locale();
  let first = null;
  try {
    const region = new Intl.Locale(tag);
    first = (region.getWeekInfo?.() ?? region.weekInfo)?.firstDay ?? null; // 1 Monday … 7 Sunday
  } catch { /* an engine without Intl.Locale */ }
  return (first ?? (/-US$/i.test(tag) ? 7 : 1)) % 7;
}

/** A day's column in the month grid, 0 to 6 from the week's first day. */
const column = (date, first) => (date.getDay() - first + 7) % 7;

/** Weekday names from the locale's first day, in her language: long for screen readers; short
 * to show, or a letter where the columns are narrow for the text size (styles.css picks). */
function weekdayNames(first) {
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(2024, 0, 7 + first + i); // 7 January 2024 was a Sunday
    const name = (weekday) => marked(day.toLocaleDateString(locale(), { weekday }));
    return { long: name("long"), short: name("short"), narrow: name("narrow") };
  });
}

const daysIn = (y, m) => new Date(y, m, 0).getDate();

/** The day a key on `iso` moves to, as { y, m, d }, or null for a key the month does not use.
 * Days and weeks run on into the months either side; PageUp/PageDown keep the day number
 * (the 31st becomes the last day of a shorter month), and with Shift move a year. A week
 * starts on `first` (0 is Sunday), as the grid's columns do. */
function dayAfterKey(iso, key, shift, first) {
  const [y, m, d] = iso.split("-").map(Number);
  const weekday = column(new Date(y, m - 1, d), first); // Home and End go to the row's ends
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
  // Read once per render: a change of language renders the view again.
  const first = firstWeekday();
  const heading = el("h2", { id: "month-heading", "aria-live": "polite" });
  const prev = el("button", { type: "button", class: "quiet", id: "month-prev", "aria-label": t("journal-month-earlier.aria-label") }, "←");
  const next = el("button", { type: "button", class: "quiet", id: "month-next", "aria-label": t("journal-month-later.aria-label") }, "→");
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
          : el("p", { class: "muted" }, t("journal-month-day-none")));
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
    const lead = column(new Date(shownYear, shownMonth - 1, 1), first); // blanks before the 1st
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
        ? t("journal-month-day", { day: formatDay(date), mood: moodWord(Math.round(info.average)).toLocaleLowerCase(locale()), count: info.count })
        : t("journal-month-day-empty", { day: formatDay(date) });
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
      ...weekdayNames(first).map(({ long, short, narrow }) => el("div", { role: "columnheader", class: "weekday", "aria-label": long },
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
    const to = dayAfterKey(active ?? button.dataset.date, event.key, event.shiftKey, first);
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
  const ranges = el("div", { class: "actions", role: "group", "aria-label": t("journal-trends-range.aria-label") });
  async function show(days) {
    for (const b of ranges.querySelectorAll("button")) b.setAttribute("aria-pressed", String(Number(b.dataset.days) === days));
    try {
      const data = await journalTrends(days);
      const top = Math.max(1, ...data.tags.map((tag) => tag.count));
      // The chart fits itself to the width it is shown at, and again when the window changes.
      body.replaceChildren(
        trendsChart(data),
        el("h2", {}, t("journal-trends-tags-heading")),
        data.tags.length
          ? el("ul", { class: "tag-bars" }, ...data.tags.map((tag) => {
            const bar = el("span", { class: "bar", "aria-hidden": "true" });
            bar.style.width = `${Math.round((tag.count / top) * 100)}%`;
            return el("li", {}, el("span", { class: "tag-name" }, tag.name), el("span", { class: "bar-track" }, bar), el("span", { class: "count" }, String(tag.count)));
          }))
          : el("p", { class: "muted" }, t("journal-trends-tags-none")));
    } catch (problem) { ctx.showProblem(problem.message); }
  }
  for (const [days, label] of [[30, t("journal-trends-days", { count: 30 })], [90, t("journal-trends-days", { count: 90 })], [365, t("journal-trends-year")]]) {
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
      const save = el("button", { type: "button", class: "quiet small", "aria-label": t("journal-tag-rename.aria-label", { tag: tag.name }) }, t("journal-tag-rename"));
      const target = el("select", { id: `${safeId}-into` }, el("option", { value: "" }, t("journal-tag-merge-pick")),
        ...tags.filter((other) => other.id !== tag.id).map((other) => el("option", { value: other.id }, other.name)));
      const merge = el("button", { type: "button", class: "quiet small", "aria-label": t("journal-tag-merge.aria-label", { tag: tag.name }) }, t("journal-tag-merge"));
      const error = el("p", { class: "form-error", role: "alert" });
      save.addEventListener("click", async () => {
        error.textContent = "";
        try {
          await renameTag(tag.id, name.value);
          await draw();
          takeFocus(document.getElementById(`${safeId}-name`));
          announce(t("journal-tag-renamed"));
        } catch (p) { error.textContent = p.message; name.focus(); }
      });
      merge.addEventListener("click", async () => {
        error.textContent = "";
        if (!target.value) { error.textContent = t("journal-tag-merge-missing"); target.focus(); return; }
        const into = target.value;
        try {
          await mergeTags(tag.id, into);
          await draw();
          // The tag merged away is gone; the one it went into is where she goes on.
          takeFocus(document.getElementById(`tag-${into}-name`));
          announce(t("journal-tags-merged"));
        } catch (p) { error.textContent = p.message; target.focus(); }
      });
      return el("li", { class: "card", "data-tag-id": tag.id },
        el("div", { class: "row" },
          el("div", { class: "field" }, el("label", { for: `${safeId}-name` }, t("journal-tag-name-label", { tag: tag.name, count: tag.count })), name),
          el("div", { class: "field" }, el("label", { for: `${safeId}-into` }, t("journal-tag-merge-label", { tag: tag.name })), target)),
        error,
        el("div", { class: "actions" }, save, merge));
    }));
  }
  main.append(el("p", { class: "muted" }, t("journal-tags-intro")), list);
  await draw();
}

const SUBVIEWS = { timeline, search, month, trends, tags: tagsView };

export const journal = {
  titleId: "title-journal",
  async render(main, ctx, sub) {
    const key = Object.hasOwn(SUBVIEWS, sub ?? "") ? sub : "timeline";
    main.dataset.sub = key;
    main.append(
      el("div", { class: "view-head" }, el("h1", {}, t("journal-heading")), el("a", { class: "button quiet", href: "#insight", id: "journal-insight" }, t("journal-insight-link"))),
      tabs(key));
    await SUBVIEWS[key](main, ctx);
  },
};
