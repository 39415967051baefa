// A group's page: when it meets, "I went", the times she went and how she felt, and edits.

import { archiveGroup, deleteCheckIn, deleteGroup, getGroup, listCircle, setGroupMuted, updateGroup } from "../api.js";
import { announce, el } from "../dom.js";
import { formatSeen } from "../dates.js";
import { locale, t } from "../words.js";
import { iWent } from "./attend.js";
import { deleteConfirm } from "./delete-confirm.js";
import { groupForm, reminderLeadArgs } from "./group-form.js";
import { inviteToMeeting } from "./hello.js";
import { face } from "./mood.js";
import { meetingRow, saveCalendar } from "./groups.js";
import { reminderSwitch } from "./reminder-switch.js";
import { appLink } from "./support.js";

function whereSection(group) {
  if (!group.place && !group.link && !group.contact) return null;
  return el("section", { class: "card", "aria-labelledby": "where-heading" },
    el("h2", { id: "where-heading" }, t("group-where-heading")),
    group.place ? el("p", { id: "group-place", class: "note" }, group.place) : null,
    group.contact ? el("p", { id: "group-contact" }, t("group-contact", { contact: group.contact })) : null,
    group.link
      ? el("div", { class: "actions" }, appLink(t("group-open-link"), group.link, { failure: t("group-open-link-failed") }))
      : null,
    group.link ? el("p", { class: "muted small-text link-text" }, group.link) : null);
}

function meetingsSection(page, refresh, showProblem) {
  const { group } = page.entry;
  const section = el("section", { class: "card", "aria-labelledby": "meetings-heading", id: "meetings" },
    el("h2", { id: "meetings-heading" }, t("group-meetings-heading")),
    el("p", { id: "group-schedule" }, group.schedule_words));
  if (group.archived) {
    section.append(el("p", { class: "muted" }, t("group-archived-no-meetings")));
  } else if (group.has_times) {
    section.append(page.next_meetings.length
      ? el("ol", { class: "next-meetings", id: "next-meetings" },
        ...page.next_meetings.map((m) => el("li", {}, m.words)))
      : el("p", { class: "muted" }, t("group-no-more-meetings")));
    // The next meeting not yet begun, to share with a friend or put in her calendar on its own.
    const next = page.next_meetings.find((m) => !m.started);
    if (next) {
      const invite = inviteToMeeting({
        group,
        next,
        people: async () => (await listCircle(false)).map((entry) => entry.person),
        showProblem,
      });
      section.append(invite.when, el("div", { class: "actions", id: "next-meeting-actions" }, invite.button, invite.calendar), invite.panel);
    }
  } else {
    // Drop-in and online groups: she marks that she went when she did.
    const { button, panel } = iWent({ groupId: group.id, groupName: group.name, start: null, when: null, onDone: refresh });
    section.append(el("div", { class: "actions" }, button), panel);
  }
  if (group.has_times && !group.archived) {
    section.append(reminderSwitch({
      id: "group-reminders-on",
      name: group.name,
      muted: group.muted,
      detail: t("group-reminder-detail", reminderLeadArgs(group.remind_minutes_before)),
      save: (muted) => setGroupMuted(group.id, muted),
      showProblem,
    }));
    const save = el("button", { type: "button", class: "quiet", id: "export-group" }, t("group-export"));
    save.addEventListener("click", () => saveCalendar(group.id, showProblem));
    section.append(el("div", { class: "actions" }, save));
  }
  return section;
}

function recentSection(page, refresh) {
  const marked = page.recent;
  if (!marked.length) return null;
  return el("section", { "aria-labelledby": "group-recent-heading" },
    el("h2", { id: "group-recent-heading" }, t("group-recent-heading")),
    el("ul", { class: "meeting-list", id: "group-recent" }, ...marked.map((m) => meetingRow(m, { onDone: refresh, showGroup: false }))));
}

function historySection(page, refresh, showProblem) {
  const items = page.attendance.map((a) => {
    const remove = el("button", { type: "button", class: "quiet small" }, t("group-history-remove"));
    remove.setAttribute("aria-label", t("group-history-remove.aria-label", { when: formatSeen(a) }));
    remove.addEventListener("click", async () => {
      try { await deleteCheckIn(a.id); announce(t("group-history-removed")); await refresh(); } catch (p) { showProblem(p.message); }
    });
    return el("li", { class: "history-item", "data-check-in": a.id },
      el("div", {},
        el("strong", {}, formatSeen(a)),
        a.mood_after
          ? el("p", { class: "felt" }, face(a.mood_after, 24), " ", t("group-felt-after", { mood: a.mood_words.toLocaleLowerCase(locale()) }))
          : null,
        a.note ? el("p", { class: "note" }, a.note) : null),
      remove);
  });
  return el("section", { "aria-labelledby": "attendance-heading" },
    el("h2", { id: "attendance-heading" }, t("group-history-heading")),
    items.length
      ? el("ol", { class: "history", id: "attendance" }, ...items)
      : el("p", { class: "muted", id: "attendance" }, t("group-history-none")),
    page.total_attendance > page.attendance.length
      ? el("p", { class: "muted" }, t("group-history-partial", { shown: page.attendance.length, total: page.total_attendance }))
      : null);
}

function manageSection(group, refresh, showProblem) {
  const archive = el("button", { type: "button", class: "quiet", id: "archive-group" }, group.archived ? t("group-restore") : t("group-archive"));
  archive.addEventListener("click", async () => {
    try {
      await archiveGroup(group.id, !group.archived);
      announce(group.archived ? t("group-restored", { name: group.name }) : t("group-archived", { name: group.name }));
      await refresh();
    } catch (p) { showProblem(p.message); }
  });
  const { ask, confirm } = deleteConfirm({
    askId: "delete-group",
    confirmId: "confirm-delete-group",
    text: t("group-delete-confirm", { name: group.name }),
    onDelete: async () => {
      await deleteGroup(group.id);
      announce(t("group-deleted", { name: group.name }), { carry: true });
      location.hash = "#groups";
    },
    showProblem,
  });
  const { form } = groupForm({
    group,
    submitLabel: t("group-save-changes"),
    onSubmit: async (input) => {
      await updateGroup(group.id, input);
      announce(t("group-saved"));
      await refresh();
    },
  });
  return el("section", { "aria-labelledby": "manage-group-heading" },
    el("h2", { id: "manage-group-heading" }, t("group-details-heading")),
    el("details", { class: "more", id: "edit-group" }, el("summary", {}, t("group-edit-details")), form),
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
          el("h1", {}, t("group-not-found")),
          el("p", {}, problem.message),
          el("a", { class: "button quiet", href: "#groups" }, t("group-back-to-groups")));
        return;
      }
      const g = page.entry.group;
      document.title = t("window-title", { view: g.name });
      main.replaceChildren(...[
        el("a", { class: "back", href: "#groups" }, t("group-back")),
        el("h1", { id: "group-name", tabindex: "-1" }, g.name),
        el("p", { class: "muted" }, g.kind_words),
        page.entry.next && !g.archived ? el("p", { class: "due is-due", id: "group-next" }, t("group-next", { when: page.entry.next.words })) : null,
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
