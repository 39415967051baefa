// The five moods: a word and a drawn face for each, so a mood never rests on colour alone.

import { CHOICES, LABELS } from "../contract.js";
import { el, svgEl as svg } from "../dom.js";
import { t } from "../words.js";

/** The five moods with their words in her language now. */
export const moods = () => CHOICES.mood.map((value) => ({ value, word: t(LABELS.mood[String(value)]) }));

export const moodWord = (value) => t(LABELS.mood[String(value)] ?? LABELS.mood["3"]);


/** A face for a mood from 1 to 5 (fractions round): the mouth curves from down to up. */
export function face(mood, size = 32) {
  const level = Math.min(5, Math.max(1, Math.round(mood)));
  const root = svg("svg", { viewBox: "0 0 32 32", width: size, height: size, class: `face face-${level}`, "aria-hidden": "true", focusable: "false" });
  root.append(
    svg("circle", { cx: 16, cy: 16, r: 14, class: "face-skin" }),
    svg("circle", { cx: 11, cy: 13, r: 1.8, class: "face-feature" }),
    svg("circle", { cx: 21, cy: 13, r: 1.8, class: "face-feature" }));
  // Mouth: a quadratic curve whose control point moves from below (smile) to above (frown).
  const bend = (level - 3) * 3.5;
  root.append(svg("path", { d: `M10 ${21 - bend / 3} Q16 ${21 + bend} 22 ${21 - bend / 3}`, class: "face-mouth" }));
  return root;
}

/** Five buttons; `onPick(value)` runs on a tap. */
export function moodPicker({ label, onPick, selected = null, idPrefix = "mood" }) {
  const group = el("div", { class: "mood-picker", role: "group", "aria-label": label });
  for (const { value, word } of moods()) {
    const button = el("button", {
      type: "button",
      class: "mood-button",
      id: `${idPrefix}-${value}`,
      "data-mood": value,
      "aria-pressed": selected === null ? false : String(selected === value),
    }, face(value, 36), el("span", {}, word));
    button.addEventListener("click", () => onPick(value, button));
    group.append(button);
  }
  return group;
}
