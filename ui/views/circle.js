// Circle: everyone she keeps close, most overdue first, with a two-tap check-in.

import { addPerson, listCircle } from "../api.js";
import { announce, el, takeFocus } from "../dom.js";
import { t } from "../words.js";
import { checkInButtons } from "./check-in-buttons.js";
import { sayHello } from "./hello.js";
import { relationshipLabel } from "./circle-words.js";
import { personForm } from "./person-form.js";

function row(entry, refresh, showProblem) {
  const { person } = entry;
  const kinds = el("div", { class: "check-in-kinds", hidden: true });
  const toggle = el("button", { type: "button", class: "quiet check-in", "aria-expanded": "false" }, t("circle-check-in"));
  toggle.setAttribute("aria-label", t("circle-check-in.aria-label", { name: person.name }));
  toggle.addEventListener("click", () => {
    const open = kinds.hidden;
    // After logging, the list is redrawn; focus goes back to this person's button.
    const done = async () => {
      await refresh();
      document.querySelector(`.person-row[data-person="${CSS.escape(person.id)}"] button.check-in`)?.focus();
    };
    if (open && !kinds.firstChild) kinds.append(checkInButtons(person, { onDone: done, onProblem: showProblem }));
    kinds.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    if (open) kinds.querySelector("button")?.focus();
  });
  // After a hello she says reached them, the list is redrawn; focus goes back to this person.
  const hello = person.archived ? null : sayHello(person, {
    onLogged: async () => {
      await refresh();
      document.querySelector(`.person-row[data-person="${CSS.escape(person.id)}"] button.say-hello`)?.focus();
    },
    showProblem,
    quiet: true,
  });
  return el("li", { class: "person-row", "data-person": person.id, "data-status": entry.status.state },
    el("div", { class: "person-line" },
      el("a", { class: "person-link", href: `#person/${person.id}` },
        el("span", { class: "person-name" }, person.name),
        el("span", { class: "muted" }, person.pinned
          ? t("circle-relationship-pinned", { relationship: relationshipLabel(person.relationship) })
          : relationshipLabel(person.relationship))),
      el("span", { class: entry.is_due ? "due is-due" : "due" }, entry.words),
      el("div", { class: "row-actions" }, hello?.button, person.archived ? null : toggle)),
    hello?.panel,
    kinds);
}

export const circle = {
  titleId: "title-circle",
  async render(main, { showProblem }) {
    const list = el("ul", { class: "circle-list", id: "circle-list" });
    const archived = el("input", { type: "checkbox", id: "show-archived" });
    const adder = el("section", { class: "card", id: "add-person", hidden: true, "aria-labelledby": "add-person-heading" });
    const addButton = el("button", { type: "button", id: "add-person-button", "aria-expanded": "false", "aria-controls": "add-person" }, t("circle-add"));

    async function refresh() {
      let entries;
      try {
        entries = await listCircle(archived.checked);
      } catch (problem) {
        showProblem(problem.message);
        return;
      }
      list.replaceChildren(...entries.map((entry) => row(entry, refresh, showProblem)));
      empty.hidden = entries.length > 0;
      list.hidden = entries.length === 0;
    }

    const { form, focus } = personForm({
      submitLabel: t("circle-add-submit"),
      onSubmit: async (input) => {
        const person = await addPerson(input);
        form.reset();
        adder.hidden = true;
        addButton.setAttribute("aria-expanded", "false");
        await refresh();
        // On to the person she just added, there in the list.
        takeFocus(document.querySelector(`.person-row[data-person="${CSS.escape(person.id)}"] .person-link`) ?? addButton);
        announce(t("circle-added", { name: person.name }));
      },
    });
    adder.append(el("h2", { id: "add-person-heading" }, t("circle-add")), form);
    addButton.addEventListener("click", () => {
      adder.hidden = !adder.hidden;
      addButton.setAttribute("aria-expanded", String(!adder.hidden));
      if (!adder.hidden) focus();
    });
    archived.addEventListener("change", refresh);

    const empty = el("div", { class: "card", id: "circle-empty", hidden: true },
      el("p", {}, t("circle-empty-ask")),
      el("p", { class: "muted" }, t("circle-empty-start")));

    main.append(
      el("div", { class: "view-head" }, el("h1", {}, t("circle-heading")), addButton),
      adder,
      empty,
      list,
      el("div", { class: "choice" }, archived, el("label", { for: "show-archived" }, t("circle-show-archived"))),
    );
    await refresh();
  },
};
