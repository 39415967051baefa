// Run in the app window by `Window::layout_problems`: what fails someone reading with large text
// or on a small screen (WCAG 1.4.4, 1.4.10, 2.5.8): sideways scrolling, things past the edge,
// small or cut-off text, controls on top of each other, small targets; one line per problem.
// arguments[0]: whether to check the size of controls (at phone width).
const checkTargets = arguments[0];
const problems = [];
const width = document.documentElement.clientWidth;
const scale = Number(document.documentElement.dataset.textSize ?? 100) / 100;

const name = (e) => {
  const id = e.id ? `#${e.id}` : "";
  const cls = e.classList.length ? `.${[...e.classList].join(".")}` : "";
  const words = (e.getAttribute("aria-label") || e.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
  return `${e.tagName.toLowerCase()}${id}${cls} "${words}"`;
};
// Left out on purpose: what is hidden, what is only for screen readers, the skip link (shown on
// focus), and tables that scroll within their own box (the library list on About).
// Inside a closed <details> (but not its summary) is not shown either, though WebKit still
// gives it a box when asked.
const folded = (e) => {
  const closed = e.closest("details:not([open])");
  return Boolean(closed) && !closed.querySelector(":scope > summary")?.contains(e);
};
const skipped = (e) => e.closest(".visually-hidden, .skip-link, .table-scroll, [hidden], [aria-hidden='true']") || folded(e);
const shown = (e) => {
  const r = e.getBoundingClientRect();
  const style = getComputedStyle(e);
  return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.display !== "none";
};

if (document.documentElement.scrollWidth > width + 1) {
  // Named by the widest thing on the page, hidden or not, so the cause can be read.
  let widest = document.body;
  let right = 0;
  for (const e of document.body.querySelectorAll("*")) {
    if (getComputedStyle(e).position === "fixed" || e.closest(".main-nav, .undo, .status")) continue;
    const r = e.getBoundingClientRect().right + scrollX;
    if (r > right) [widest, right] = [e, r];
  }
  // And the innermost boxes whose content is wider than they are: where the overflow starts.
  const spilling = [...document.body.querySelectorAll("*")]
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && ![...e.children].some((c) => c.scrollWidth > c.clientWidth + 1 && c.clientWidth > 0))
    .slice(0, 3).map((e) => `${name(e)} (${e.scrollWidth} in ${e.clientWidth})`);
  problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${width} px, widest ${name(widest)}; spilling: ${spilling.join(", ")}`);
}

for (const e of document.body.querySelectorAll("*")) {
  if (skipped(e) || !shown(e) || e.closest("svg")) continue;
  const r = e.getBoundingClientRect();
  if (r.right > width + 1 || r.left < -1) problems.push(`${name(e)} runs past the window's edge (${Math.round(r.left)}–${Math.round(r.right)} of ${width})`);
  const style = getComputedStyle(e);
  const ownText = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
  if (ownText && parseFloat(style.fontSize) < 14 * scale - 0.05) {
    problems.push(`${name(e)} is ${style.fontSize}, under ${14 * scale} px`);
  }
  // Cut off: text in a box that hides what does not fit.
  if (ownText && (style.overflowX === "hidden" || style.overflowX === "clip") && e.scrollWidth > e.clientWidth + 1) {
    problems.push(`${name(e)} is cut off (${e.scrollWidth} px of text in ${e.clientWidth} px)`);
  }
}

const controls = [...document.body.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex='0']")]
  .filter((c) => !skipped(c) && shown(c));

// Overlapped: two controls on top of each other, where a tap could land on the wrong one. The
// bars that stay in place are left out, as the page scrolls beneath them by design.
const bar = (e) => e.closest(".top-bar, .main-nav");
const flowing = controls.filter((c) => !bar(c));
for (let i = 0; i < flowing.length; i++) {
  const a = flowing[i].getBoundingClientRect();
  for (let j = i + 1; j < flowing.length; j++) {
    if (flowing[i].contains(flowing[j]) || flowing[j].contains(flowing[i])) continue;
    const b = flowing[j].getBoundingClientRect();
    const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (across > 1 && down > 1) problems.push(`${name(flowing[i])} and ${name(flowing[j])} overlap`);
  }
}

if (checkTargets) {
  for (const c of controls) {
    // A link inside a sentence is exempt (WCAG 2.5.8): it is as tall as the line it is in.
    if (c.tagName === "A" && getComputedStyle(c).display === "inline") {
      const block = c.parentElement;
      if (block && block.textContent.trim().length > c.textContent.trim().length) continue;
    }
    let r = c.getBoundingClientRect();
    // A box or radio is tapped on its label too: the target is both together.
    if (c.matches("input[type=checkbox], input[type=radio]") && c.labels?.length) {
      const l = c.labels[0].getBoundingClientRect();
      const left = Math.min(r.left, l.left), top = Math.min(r.top, l.top);
      r = { width: Math.max(r.right, l.right) - left, height: Math.max(r.bottom, l.bottom) - top };
    }
    if (r.width < 43.5 || r.height < 43.5) problems.push(`${name(c)} is ${Math.round(r.width)}×${Math.round(r.height)} px, under 44×44`);
  }
}

return problems;
