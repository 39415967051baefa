// Find a group: a short list of free, well-known groups, each with where its facts come from
// and the day they were checked; "Save to my groups" adds one as a group to try.

import { LABELS } from "../contract.js";
import { groupFinder, saveFoundGroup } from "../api.js";
import { announce, el, takeFocus } from "../dom.js";
import { formatLongDate } from "../dates.js";
import { marked, t } from "../words.js";
import { appLink } from "./support.js";

/** The site a source page is on ("postpartum.net"), for a short line under the card. */
function site(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** "✓ In your groups", a link to the group (or, when it was saved before, to her groups). */
function savedLine(group) {
  return el("p", { class: "find-saved" },
    el("a", { class: "find-saved-link", href: group ? `#group/${group.id}` : "#groups" }, t("find-in-groups")));
}

function entryCard(entry) {
  const id = `find-${entry.key}`;
  const error = el("p", { class: "form-error", role: "alert" });
  const visit = appLink(t("find-visit"), entry.url, { failure: t("find-no-app") });
  visit.setAttribute("aria-label", t("find-visit.aria-label", { name: entry.name }));
  // A site's name is no word to translate: marked only for the pseudo-locale run.
  const source = appLink(marked(site(entry.source)), entry.source, { failure: t("find-no-app") });
  source.className = "find-source-link";
  source.setAttribute("translate", "no");
  const save = el("button", { type: "button", class: "find-save", "data-key": entry.key }, t("find-save"));
  save.setAttribute("aria-label", t("find-save.aria-label", { name: entry.name }));
  const end = el("div", { class: "actions" }, visit, entry.saved ? null : save);
  const card = el("section", { class: "card find-entry", id, "data-key": entry.key, "aria-labelledby": `${id}-name` },
    el("h2", { id: `${id}-name` }, entry.name),
    el("p", { class: "muted" }, t(LABELS.groupKind[entry.kind] ?? LABELS.groupKind.other)),
    el("p", {}, entry.about),
    el("p", { class: "checked-on" }, sourceWords(entry, source)),
    error,
    end,
    entry.saved ? savedLine(null) : null);
  save.addEventListener("click", async () => {
    error.textContent = "";
    save.disabled = true;
    try {
      const group = await saveFoundGroup(entry.key);
      const line = savedLine(group);
      save.remove();
      card.append(line);
      announce(t("find-saved", { name: group.name }));
      takeFocus(line.querySelector("a"));
    } catch (problem) {
      save.disabled = false;
      error.textContent = problem.message;
      takeFocus(save);
    }
  });
  return card;
}

/** "From postpartum.net, as of December 5, 2026", with the site a link to the page itself. The
 * message is split at the site's place, so each language orders the sentence its own way. */
function sourceWords(entry, link) {
  const marker = "\u0000";
  const words = t("find-source", { source: marker, date: formatLongDate(entry.checked_on) });
  const [before, after = ""] = words.split(marker);
  return el("span", {}, before, link, after);
}

export const find = {
  titleId: "title-find",
  nav: "groups",
  async render(main, { showProblem }) {
    const list = el("div", { id: "find-list" });
    main.append(
      el("a", { class: "back", href: "#groups" }, t("find-back")),
      el("h1", {}, t("find-heading")),
      el("p", { class: "lead" }, t("find-lead")),
      list);
    let entries;
    try {
      entries = await groupFinder();
    } catch (problem) {
      showProblem(problem.message);
      return;
    }
    list.replaceChildren(...(entries.length
      ? entries.map(entryCard)
      : [el("p", { class: "muted" }, t("find-none"))]));
  },
};
