// Editing a mood note: mood, words, tags (suggested as she types), energy, sleep and when.

import { LIMITS } from "../contract.js";
import { listTags, updateMoodNote } from "../api.js";
import { el, focusField } from "../dom.js";
import { localInputValue } from "../dates.js";
import { moodPicker } from "./mood.js";

let editorCount = 0;

/** A tag field: chips she can remove, a text box that adds on Enter or comma, and suggestions. */
function tagField(initial, suggestions, id) {
  const tags = [...initial];
  const chips = el("ul", { class: "chips", "aria-label": "Tags on this note" });
  const input = el("input", { type: "text", id, list: `${id}-list`, autocomplete: "off", maxlength: LIMITS.tag, enterkeyhint: "done" });
  const datalist = el("datalist", { id: `${id}-list` }, ...suggestions.map((t) => el("option", { value: t.name })));
  const quick = el("div", { class: "tag-suggestions", role: "group", "aria-label": "Suggested tags" });

  const has = (name) => tags.some((t) => t.toLocaleLowerCase() === name.toLocaleLowerCase());
  function render() {
    chips.replaceChildren(...tags.map((name) => {
      const remove = el("button", { type: "button", class: "chip-remove", "aria-label": `Remove tag ${name}` }, "×");
      remove.addEventListener("click", () => {
        tags.splice(tags.indexOf(name), 1);
        render();
        input.focus();
      });
      return el("li", { class: "chip" }, el("span", {}, name), remove);
    }));
    quick.replaceChildren(...suggestions.filter((t) => !has(t.name)).slice(0, 8).map((t) => {
      const b = el("button", { type: "button", class: "quiet small", "data-tag": t.name }, `+ ${t.name}`);
      b.addEventListener("click", () => { add(t.name); });
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
    nodes: [chips, el("div", { class: "field" }, el("label", { for: id }, "Add a tag"), input, datalist), quick],
    /** The tags, including a word typed but not yet added. */
    value: () => (input.value.trim() ? [...tags, input.value.trim()] : [...tags]),
  };
}

/**
 * noteEditor(note, { onSaved, onCancel }) — a form for a saved note. Saving sends everything
 * and shows a refusal beside the button, keeping what she typed.
 */
export async function noteEditor(note, { onSaved, onCancel, heading = "Add to this note" }) {
  const n = ++editorCount;
  const id = (name) => `note-${n}-${name}`;
  let mood = note.mood;
  let suggestions = [];
  try { suggestions = await listTags(); } catch { /* suggestions are a help, not a need */ }

  const picker = moodPicker({
    label: "Mood",
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
    el("option", { value: "" }, "Not noted"),
    ...[1, 2, 3, 4, 5].map((v) => el("option", { value: v, selected: note.energy === v }, ["Very low", "Low", "Some", "Good", "Lots"][v - 1])));
  const sleep = el("input", { id: id("sleep"), name: "sleep", type: "number", min: 0, max: 24, step: 0.5, inputmode: "decimal", value: note.sleep_hours ?? "" });
  const initialWhen = localInputValue(new Date(note.written_at));
  const when = el("input", { id: id("when"), name: "when", type: "datetime-local", value: initialWhen });
  const error = el("p", { class: "form-error", role: "alert" });
  const save = el("button", { type: "submit" }, "Save");
  const cancel = el("button", { type: "button", class: "quiet" }, "Close");
  cancel.addEventListener("click", () => onCancel());

  const form = el("form", { class: "note-editor card", novalidate: true, "aria-labelledby": id("heading") },
    el("h2", { id: id("heading") }, heading),
    picker,
    el("div", { class: "field" }, el("label", { for: id("text") }, "What's on your mind? (optional)"), text),
    el("fieldset", { class: "inline" }, el("legend", {}, "Tags"), ...tags.nodes),
    el("div", { class: "row" },
      el("div", { class: "field" }, el("label", { for: id("energy") }, "Energy"), energy),
      el("div", { class: "field" }, el("label", { for: id("sleep") }, "Hours slept"), sleep),
      el("div", { class: "field" }, el("label", { for: id("when") }, "When"), when)),
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
      refuse({ message: "Hours slept go from 0 to 24, in half hours.", field: "sleep_hours" });
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
