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

/** Shows a short, polite confirmation in the shared status line. */
export function announce(text) {
  const status = document.getElementById("status");
  status.textContent = text;
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => { status.textContent = ""; }, 2500);
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element with attributes and, optionally, text (set as textContent). */
export function svgEl(tag, attributes = {}, text = null) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== null) node.textContent = text;
  return node;
}
