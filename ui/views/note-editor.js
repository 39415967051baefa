// Editing a mood note: mood, words, tags (suggested as she types), energy, sleep and when.

import { LIMITS } from "../contract.js";
import { listTags, updateMoodNote } from "../api.js";
import { el, focusField } from "../dom.js";
import { localInputValue } from "../dates.js";
import { t } from "../words.js";
import { moodPicker } from "./mood.js";

let editorCount = 0;

/** Energy from 1 to 5 in words. */
const energyWords = () => [
  t("journal-energy-1"), t("journal-energy-2"), t("journal-energy-3"), t("journal-energy-4"), t("journal-energy-5"),
];

/** A tag field: chips she can remove, a text box that adds on Enter or comma, and suggestions. */
function tagField(initial, suggestions, id) {
  const tags = [...initial];
  const chips = el("ul", { class: "chips", "aria-label": t("journal-editor-chips.aria-label") });
  const input = el("input", { type: "text", id, list: `${id}-list`, autocomplete: "off", maxlength: LIMITS.tag, enterkeyhint: "done" });
  const datalist = el("datalist", { id: `${id}-list` }, ...suggestions.map((tag) => el("option", { value: tag.name })));
  const quick = el("div", { class: "tag-suggestions", role: "group", "aria-label": t("journal-editor-suggested.aria-label") });

  const has = (name) => tags.some((t) => t.toLocaleLowerCase() === name.toLocaleLowerCase());
  function render() {
    chips.replaceChildren(...tags.map((name) => {
      const remove = el("button", { type: "button", class: "chip-remove", "aria-label": t("journal-editor-remove-tag.aria-label", { tag: name }) }, "×");
      remove.addEventListener("click", () => {
        tags.splice(tags.indexOf(name), 1);
        render();
        input.focus();
      });
      return el("li", { class: "chip" }, el("span", {}, name), remove);
    }));
    quick.replaceChildren(...suggestions.filter((tag) => !has(tag.name)).slice(0, 8).map((tag) => {
      const b = el("button", { type: "button", class: "quiet small", "data-tag": tag.name }, t("journal-editor-suggestion", { tag: tag.name }));
      b.addEventListener("click", () => { add(tag.name); });
      return b;
    }));
  }
  function add(raw) {
    const name = raw.trim().replace(/\s+/g, " ");
    if (name && !has(name)) tags.push(name);
    render();
  }
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add(input.value);
      input.value = "";
    }
  });
  input.addEventListener("change", () => {
    // Picking from the suggestion list fires change; keep what she chose.
    if (input.value.trim()) { add(input.value); input.value = ""; }
  });
  render();
  return {
    input,
    nodes: [chips, el("div", { class: "field" }, el("label", { for: id }, t("journal-editor-add-tag")), input, datalist), quick],
    /** The tags, including a word typed but not yet added. */
    value: () => (input.value.trim() ? [...tags, input.value.trim()] : [...tags]),
  };
}

/**
 * noteEditor(note, { onSaved, onCancel }) — a form for a saved note. Saving sends everything
 * and shows a refusal beside the button, keeping what she typed.
 */
export async function noteEditor(note, { onSaved, onCancel, heading = t("journal-editor-heading") }) {
  const n = ++editorCount;
  const id = (name) => `note-${n}-${name}`;
  let mood = note.mood;
  let suggestions = [];
  try { suggestions = await listTags(); } catch { /* suggestions are a help, not a need */ }

  const picker = moodPicker({
    label: t("journal-editor-mood.aria-label"),
    selected: mood,
    idPrefix: id("mood"),
    onPick: (value) => {
      mood = value;
      for (const b of picker.querySelectorAll("button")) b.setAttribute("aria-pressed", String(Number(b.dataset.mood) === value));
    },
  });
  const text = el("textarea", { id: id("text"), name: "note", rows: 4, maxlength: LIMITS.note });
  text.value = note.note;
  const tags = tagField(note.tags, suggestions, id("tag"));
  const energy = el("select", { id: id("energy"), name: "energy" },
    el("option", { value: "" }, t("journal-energy-none")),
    ...energyWords().map((word, i) => el("option", { value: i + 1, selected: note.energy === i + 1 }, word)));
  const sleep = el("input", { id: id("sleep"), name: "sleep", type: "number", min: 0, max: 24, step: 0.5, inputmode: "decimal", value: note.sleep_hours ?? "" });
  const initialWhen = localInputValue(new Date(note.written_at));
  const when = el("input", { id: id("when"), name: "when", type: "datetime-local", value: initialWhen });
  const error = el("p", { class: "form-error", role: "alert" });
  const save = el("button", { type: "submit" }, t("journal-editor-save"));
  const cancel = el("button", { type: "button", class: "quiet" }, t("journal-editor-close"));
  cancel.addEventListener("click", () => onCancel());

  const form = el("form", { class: "note-editor card", novalidate: true, "aria-labelledby": id("heading") },
    el("h2", { id: id("heading") }, heading),
    picker,
    el("div", { class: "field" }, el("label", { for: id("text") }, t("journal-editor-text")), text),
    el("fieldset", { class: "inline" }, el("legend", {}, t("journal-editor-tags")), ...tags.nodes),
    el("div", { class: "row" },
      el("div", { class: "field" }, el("label", { for: id("energy") }, t("journal-editor-energy")), energy),
      el("div", { class: "field" }, el("label", { for: id("sleep") }, t("journal-editor-sleep")), sleep),
      el("div", { class: "field" }, el("label", { for: id("when") }, t("journal-editor-when")), when)),
    error,
    el("div", { class: "actions" }, save, cancel));

  const refuse = (problem) => {
    error.textContent = problem.message;
    focusField(problem, {
      mood: picker.querySelector("[aria-pressed='true']") ?? picker.querySelector("button"),
      note: text, tags: tags.input, tag: tags.input, energy, sleep_hours: sleep, written_at: when,
    }, text);
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    const sleepValue = sleep.value.trim() === "" ? null : Number(sleep.value);
    if (sleep.validity.badInput || (sleepValue !== null && Number.isNaN(sleepValue))) {
      refuse({ message: t("journal-editor-sleep-range"), field: "sleep_hours" });
      return;
    }
    save.disabled = true;
    try {
      const saved = await updateMoodNote(note.id, {
        mood,
        note: text.value,
        tags: tags.value(),
        energy: energy.value === "" ? null : Number(energy.value),
        sleep_hours: sleepValue,
        // Sent only when she changed it: an edit never moves a note in time by accident.
        written_at: when.value && when.value !== initialWhen ? when.value : null,
      });
      await onSaved(saved);
    } catch (problem) {
      refuse(problem);
    } finally {
      save.disabled = false;
    }
  });
  return { form, focus: () => text.focus() };
}
