// Groups: what meets in the next two weeks, the recent meetings she can mark if she went (no
// pressure), and her groups.

import { addGroup, exportCalendar, groupsOverview } from "../api.js";
import { announce, el, takeFocus } from "../dom.js";
import { t } from "../words.js";
import { iWent } from "./attend.js";
import { groupForm } from "./group-form.js";

/** Saves one group's calendar file, or all of them, where she picks. */
export async function saveCalendar(groupId, showProblem) {
  try {
    const path = await exportCalendar(groupId);
    if (path) announce(t("groups-calendar-saved", { path }));
  } catch (problem) {
    showProblem(problem.message);
  }
}

/** One meeting in a list: when, which group, and "I went" once it has started. */
export function meetingRow(m, { onDone, showGroup = true }) {
  const row = el("li", { class: "meeting-row", "data-group": m.group_id, "data-start": m.meeting.start },
    el("div", { class: "meeting-line" },
      el("div", { class: "meeting-what" },
        el("strong", { class: "meeting-when" }, m.meeting.words),
        showGroup ? el("a", { class: "meeting-group", href: `#group/${m.group_id}` }, m.group_name) : null),
      m.attended ? el("span", { class: "went-mark" }, t("groups-you-went")) : null));
  if (m.meeting.started && !m.attended) {
    // The lists are redrawn after "I went": focus goes to the same meeting, now marked.
    const done = async () => {
      await onDone();
      const again = document.querySelector(`.meeting-row[data-group="${CSS.escape(m.group_id)}"][data-start="${CSS.escape(m.meeting.start)}"]`);
      takeFocus(again ?? document.querySelector("main h1"));
    };
    const { button, panel } = iWent({
      groupId: m.group_id, groupName: m.group_name, start: m.meeting.start, when: m.meeting.words, onDone: done,
    });
    row.firstChild.append(button);
    row.append(panel);
  }
  return row;
}

function groupRow(entry) {
  const { group } = entry;
  const next = group.archived ? t("groups-row-archived")
    : entry.next ? t("groups-row-next", { when: entry.next.words })
    : group.has_times ? t("groups-row-no-more") : t("groups-row-no-time");
  return el("li", { class: "group-row", "data-group": group.id },
    el("a", { class: "group-link", href: `#group/${group.id}` },
      el("span", { class: "group-name" }, group.name),
      el("span", { class: "muted" }, t("groups-row-kind", { kind: group.kind_words, schedule: group.schedule_words })),
      el("span", { class: "group-next" }, next)));
}

export const groups = {
  titleId: "title-groups",
  async render(main, { showProblem }) {
    const archived = el("input", { type: "checkbox", id: "show-archived-groups" });
    const upcoming = el("section", { "aria-labelledby": "upcoming-heading", id: "upcoming" });
    const recent = el("section", { "aria-labelledby": "recent-heading", id: "recent", hidden: true });
    const list = el("ul", { class: "group-list", id: "group-list" });
    const empty = el("div", { class: "card", id: "groups-empty", hidden: true },
      el("p", {}, t("groups-empty")),
      el("p", { class: "muted" }, t("groups-empty-more")));
    const adder = el("section", { class: "card", id: "add-group", hidden: true, "aria-labelledby": "add-group-heading" });
    const addButton = el("button", { type: "button", id: "add-group-button", "aria-expanded": "false", "aria-controls": "add-group" }, t("groups-add"));
    const exportAll = el("button", { type: "button", class: "quiet", id: "export-all" }, t("groups-export-all"));
    exportAll.addEventListener("click", () => saveCalendar(null, showProblem));

    async function refresh() {
      let overview;
      try {
        overview = await groupsOverview(archived.checked);
      } catch (problem) {
        showProblem(problem.message);
        return;
      }
      upcoming.replaceChildren(
        el("h2", { id: "upcoming-heading" }, t("groups-upcoming-heading")),
        overview.upcoming.length
          ? el("ul", { class: "meeting-list", id: "upcoming-list" }, ...overview.upcoming.map((m) => meetingRow(m, { onDone: refresh })))
          : el("p", { class: "muted" }, t("groups-upcoming-none")));
      upcoming.hidden = overview.groups.length === 0;
      recent.replaceChildren(
        el("h2", { id: "recent-heading" }, t("groups-recent-heading")),
        el("p", { class: "muted" }, t("groups-recent-hint")),
        el("ul", { class: "meeting-list", id: "recent-list" }, ...overview.recent.map((m) => meetingRow(m, { onDone: refresh }))));
      recent.hidden = overview.recent.length === 0;
      list.replaceChildren(...overview.groups.map(groupRow));
      empty.hidden = overview.groups.length > 0;
      list.hidden = overview.groups.length === 0;
      exportAll.hidden = !overview.groups.some((e) => e.group.has_times && !e.group.archived);
    }

    const { form, focus, reset } = groupForm({
      submitLabel: t("groups-form-save"),
      onSubmit: async (input) => {
        const group = await addGroup(input);
        reset();
        adder.hidden = true;
        addButton.setAttribute("aria-expanded", "false");
        await refresh();
        // On to the group she just saved, there in the list.
        takeFocus(document.querySelector(`.group-row[data-group="${CSS.escape(group.id)}"] .group-link`) ?? addButton);
        announce(t("groups-saved", { name: group.name }));
      },
    });
    adder.append(el("h2", { id: "add-group-heading" }, t("groups-add-heading")), form);
    addButton.addEventListener("click", () => {
      adder.hidden = !adder.hidden;
      addButton.setAttribute("aria-expanded", String(!adder.hidden));
      if (!adder.hidden) focus();
    });
    archived.addEventListener("change", refresh);

    main.append(
      el("div", { class: "view-head" }, el("h1", {}, t("groups-heading")),
        el("div", { class: "head-actions" },
          el("a", { class: "button quiet", href: "#find", id: "find-group-link" }, t("find-open")),
          addButton)),
      adder,
      empty,
      upcoming,
      recent,
      el("section", { "aria-labelledby": "all-groups-heading" },
        el("h2", { id: "all-groups-heading", class: "visually-hidden" }, t("groups-all-heading")),
        list),
      el("div", { class: "choice" }, archived, el("label", { for: "show-archived-groups" }, t("groups-show-archived"))),
      el("div", { class: "actions" }, exportAll),
    );
    await refresh();
  },
};
