// Builds elements from plain values. Text always goes in through textContent, never as HTML.

/**
 * el("p", { class: "lead" }, "Hello", child) — attributes are set with setAttribute,
 * strings become text nodes, and null/false children are skipped.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A form control with its label and, optionally, a hint the control is described by. */
export function field(id, label, control, hint) {
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute("aria-describedby", hintId);
  return el("div", { class: "field" },
    el("label", { for: id }, label),
    control,
    hint ? el("small", { class: "muted", id: hintId }, hint) : null);
}

/** Long enough to read at a tired pace: about 5 s, more for longer words, at most 10 s. */
function readingTime(text) {
  return Math.min(10000, Math.max(5000, text.length * 90));
}

function clearStatus() {
  clearTimeout(announce.timer);
  document.getElementById("status").textContent = "";
  document.body.classList.remove("has-status");
}

/** The note floats above the bottom of the window; if the control she just used (or the row
 * of buttons it sits in) is under it, the page moves up so she can still see and reach it. */
function keepClear(status, control) {
  if (!control || control === document.body || control.id === "main") return;
  const region = control.closest(".mood-picker, .actions") ?? control;
  const note = status.getBoundingClientRect();
  const under = region.getBoundingClientRect();
  const overlaps = under.right > note.left && under.left < note.right && under.bottom > note.top && under.top < note.bottom;
  if (note.height && overlaps) window.scrollBy({ top: under.bottom - note.top + 8, behavior: "instant" });
}

/** Shows a short, polite confirmation in the shared status line; Escape, time or the next
 * page clears it. With `carry`, it is said on the page the action goes on to (a deletion that
 * returns to the list) and cleared on the one after. */
export function announce(text, { carry = false } = {}) {
  const status = document.getElementById("status");
  status.textContent = text;
  announce.carry = carry;
  // Room below the page's end, so the last controls can always scroll clear of the note.
  document.body.classList.add("has-status");
  keepClear(status, document.activeElement);
  clearTimeout(announce.timer);
  announce.timer = setTimeout(clearStatus, readingTime(text));
}

/** On a new page a note about the last one is cleared, so it never covers what is now there. */
export function leavePage() {
  if (announce.carry) announce.carry = false;
  else if (document.getElementById("status")?.textContent) clearStatus();
}

window.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && document.getElementById("status")?.textContent) clearStatus();
});

/** Moves focus to `element`, making it focusable from script first if it is not (a heading,
 * a list item), so a keyboard or screen-reader user lands where the action left things. */
export function takeFocus(element) {
  if (!element) return;
  if (!element.matches("a[href], button, input, select, textarea, summary, [tabindex]")) element.setAttribute("tabindex", "-1");
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: "nearest" });
}

/**
 * Takes her to the input a refusal is about and marks it invalid: `controls` maps the names the
 * command uses ("name", "cadence_days") to their controls; anything else goes to `fallback`.
 */
export function focusField(problem, controls, fallback) {
  for (const control of Object.values(controls)) control.removeAttribute("aria-invalid");
  const control = (problem?.field && controls[problem.field]) || null;
  if (control) {
    control.setAttribute("aria-invalid", "true");
    // Marked until she changes it: a fixed field is not read out as invalid any more.
    const clear = () => control.removeAttribute("aria-invalid");
    control.addEventListener("input", clear, { once: true });
    control.addEventListener("change", clear, { once: true });
  }
  takeFocus(control ?? fallback);
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and, optionally, text (set as textContent). */
export function svgEl(tag, attributes = {}, text = null) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== null) node.textContent = text;
  return node;
}
