// A group's page: when it meets, "I went", the times she went and how she felt, and edits.

import { archiveGroup, deleteCheckIn, deleteGroup, getGroup, setGroupMuted, updateGroup } from "../api.js";
import { announce, el } from "../dom.js";
import { formatSeen } from "../dates.js";
import { iWent } from "./attend.js";
import { deleteConfirm } from "./delete-confirm.js";
import { groupForm, reminderLead } from "./group-form.js";
import { face } from "./mood.js";
import { meetingRow, saveCalendar } from "./groups.js";
import { reminderSwitch } from "./reminder-switch.js";
import { appLink } from "./support.js";

function whereSection(group) {
  if (!group.place && !group.link && !group.contact) return null;
  return el("section", { class: "card", "aria-labelledby": "where-heading" },
    el("h2", { id: "where-heading" }, "Where"),
    group.place ? el("p", { id: "group-place", class: "note" }, group.place) : null,
    group.contact ? el("p", { id: "group-contact" }, `Contact: ${group.contact}`) : null,
    group.link
      ? el("div", { class: "actions" }, appLink("Open the group's link", group.link, { failure: "Could not open the link on this device." }))
      : null,
    group.link ? el("p", { class: "muted small-text link-text" }, group.link) : null);
}

function meetingsSection(page, refresh, showProblem) {
  const { group } = page.entry;
  const section = el("section", { class: "card", "aria-labelledby": "meetings-heading", id: "meetings" },
    el("h2", { id: "meetings-heading" }, "When it meets"),
    el("p", { id: "group-schedule" }, group.schedule_words));
  if (group.archived) {
    section.append(el("p", { class: "muted" }, "Archived: no meetings are shown to come."));
  } else if (group.has_times) {
    section.append(page.next_meetings.length
      ? el("ol", { class: "next-meetings", id: "next-meetings" },
        ...page.next_meetings.map((m) => el("li", {}, m.words)))
      : el("p", { class: "muted" }, "No more meetings on the calendar."));
  } else {
    // Drop-in and online groups: she marks that she went when she did.
    const { button, panel } = iWent({ groupId: group.id, groupName: group.name, start: null, when: "today", onDone: refresh });
    section.append(el("div", { class: "actions" }, button), panel);
  }
  if (group.has_times && !group.archived) {
    section.append(reminderSwitch({
      id: "group-reminders-on",
      name: group.name,
      muted: group.muted,
      detail: `A notification ${reminderLead(group.remind_minutes_before)} before each meeting. Change how long under Edit details.`,
      save: (muted) => setGroupMuted(group.id, muted),
      showProblem,
    }));
    const save = el("button", { type: "button", class: "quiet", id: "export-group" }, "Add to my calendar (.ics)");
    save.addEventListener("click", () => saveCalendar(group.id, showProblem));
    section.append(el("div", { class: "actions" }, save));
  }
  return section;
}

function recentSection(page, refresh) {
  const marked = page.recent;
  if (!marked.length) return null;
  return el("section", { "aria-labelledby": "group-recent-heading" },
    el("h2", { id: "group-recent-heading" }, "Recent meetings"),
    el("ul", { class: "meeting-list", id: "group-recent" }, ...marked.map((m) => meetingRow(m, { onDone: refresh, showGroup: false }))));
}

function historySection(page, refresh, showProblem) {
  const items = page.attendance.map((a) => {
    const remove = el("button", { type: "button", class: "quiet small" }, "Remove");
    remove.setAttribute("aria-label", `Remove the meeting on ${formatSeen(a)}`);
    remove.addEventListener("click", async () => {
      try { await deleteCheckIn(a.id); announce("Removed"); await refresh(); } catch (p) { showProblem(p.message); }
    });
    return el("li", { class: "history-item", "data-check-in": a.id },
      el("div", {},
        el("strong", {}, formatSeen(a)),
        a.mood_after
          ? el("p", { class: "felt" }, face(a.mood_after, 24), ` Felt ${a.mood_words.toLowerCase()} after`)
          : null,
        a.note ? el("p", { class: "note" }, a.note) : null),
      remove);
  });
  return el("section", { "aria-labelledby": "attendance-heading" },
    el("h2", { id: "attendance-heading" }, "Times you went"),
    items.length
      ? el("ol", { class: "history", id: "attendance" }, ...items)
      : el("p", { class: "muted", id: "attendance" }, "None marked yet. Going once is a lot; it counts."),
    page.total_attendance > page.attendance.length
      ? el("p", { class: "muted" }, `Showing the latest ${page.attendance.length} of ${page.total_attendance}.`)
      : null);
}

function manageSection(group, refresh, showProblem) {
  const archive = el("button", { type: "button", class: "quiet", id: "archive-group" }, group.archived ? "Restore" : "Archive");
  archive.addEventListener("click", async () => {
    try {
      await archiveGroup(group.id, !group.archived);
      announce(group.archived ? `${group.name} is back` : `${group.name} is archived`);
      await refresh();
    } catch (p) { showProblem(p.message); }
  });
  const { ask, confirm } = deleteConfirm({
    askId: "delete-group",
    confirmId: "confirm-delete-group",
    text: `Delete ${group.name} and the times you marked going? Notes in your journal stay. This can't be undone; archiving keeps it out of the way instead.`,
    onDelete: async () => {
      await deleteGroup(group.id);
      announce(`${group.name} was deleted`, { carry: true });
      location.hash = "#groups";
    },
    showProblem,
  });
  const { form } = groupForm({
    group,
    submitLabel: "Save changes",
    onSubmit: async (input) => {
      await updateGroup(group.id, input);
      announce("Saved");
      await refresh();
    },
  });
  return el("section", { "aria-labelledby": "manage-group-heading" },
    el("h2", { id: "manage-group-heading" }, "Details"),
    el("details", { class: "more", id: "edit-group" }, el("summary", {}, "Edit details"), form),
    el("div", { class: "actions" }, archive, ask),
    confirm);
}

export const group = {
  titleId: "title-group",
  nav: "groups",
  async render(main, { showProblem }, id) {
    let drawn = false;
    async function refresh() {
      let page;
      try {
        page = await getGroup(id ?? "");
      } catch (problem) {
        main.replaceChildren(
          el("h1", {}, "Not found"),
          el("p", {}, problem.message),
          el("a", { class: "button quiet", href: "#groups" }, "Back to your groups"));
        return;
      }
      const g = page.entry.group;
      document.title = `${g.name} · Village`;
      main.replaceChildren(...[
        el("a", { class: "back", href: "#groups" }, "← Groups"),
        el("h1", { id: "group-name", tabindex: "-1" }, g.name),
        el("p", { class: "muted" }, g.kind_words),
        page.entry.next && !g.archived ? el("p", { class: "due is-due", id: "group-next" }, `Next: ${page.entry.next.words}`) : null,
        g.notes ? el("p", { class: "note", id: "group-notes" }, g.notes) : null,
        meetingsSection(page, refresh, showProblem),
        recentSection(page, refresh),
        whereSection(g),
        historySection(page, refresh, showProblem),
        manageSection(g, refresh, showProblem),
      ].filter(Boolean));
      if (drawn) document.getElementById("group-name")?.focus();
      drawn = true;
    }
    await refresh();
  },
};
