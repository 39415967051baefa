// Starts the UI: applies her theme, then routes between views by the URL hash.

import { getSettings, onOpenView } from "./api.js";
import { applyTheme } from "./theme.js";
import { help, helpNow } from "./views/help.js";
import { circle } from "./views/circle.js";
import { person } from "./views/person.js";
import { journal } from "./views/journal.js";
import { groups } from "./views/groups.js";
import { group } from "./views/group.js";
import { today } from "./views/today.js";
import { settings } from "./views/settings.js";
import { insight } from "./views/insight.js";
import { selfCheck, selfCheckResult } from "./views/self-check.js";
import { safetyPlan } from "./views/safety-plan.js";
import { data } from "./views/data.js";

const VIEWS = {
  today, circle, person, journal, groups, group, help, "help-now": helpNow, settings,
  insight, "self-check": selfCheck, "self-check-result": selfCheckResult, "safety-plan": safetyPlan,
  data,
};

const main = document.getElementById("main");
const problem = document.getElementById("problem");

/** A problem found at start-up (the store would not open) stays in view on every page. */
let lastingProblem = null;

function showProblem(message) {
  problem.textContent = message;
  problem.hidden = false;
}

function clearProblem() {
  if (lastingProblem) {
    showProblem(lastingProblem);
    return;
  }
  problem.textContent = "";
  problem.hidden = true;
}

function argument(raw) {
  try {
    return raw === undefined ? undefined : decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

let routing = Promise.resolve();

async function route() {
  // "#person/<id>": a view name, then what it shows.
  const [name, arg] = location.hash.slice(1).split("/", 2);
  const key = Object.hasOwn(VIEWS, name) ? name : "today";
  const view = VIEWS[key];
  const navKey = view.nav ?? key;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === navKey) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${view.title} · Village`;
  clearProblem();
  main.replaceChildren();
  main.dataset.view = key;
  delete main.dataset.rendered;
  await view.render(main, { showProblem, clearProblem }, argument(arg));
  main.dataset.rendered = key;
}

async function start() {
  try {
    const current = await getSettings();
    applyTheme(current.theme);
  } catch (error) {
    // Help still works when the store does not: the support lines need nothing from it.
    lastingProblem = error.message;
    showProblem(error.message);
  }
  // The skip link moves focus; it is not a view, so it must not reach the router.
  document.querySelector(".skip-link").addEventListener("click", (event) => {
    event.preventDefault();
    main.focus();
  });
  window.addEventListener("hashchange", () => {
    // Keyboard and screen-reader users land on the new view, not back at the navigation.
    routing = routing.then(route, route).then(() => main.focus({ preventScroll: true }));
  });
  // A clicked reminder names a person, a group or the Circle; nothing else is followed.
  onOpenView((view) => {
    if (typeof view === "string" && /^#(circle|(person|group)\/[0-9a-f-]{36})$/.test(view)) location.hash = view;
  });
  routing = route();
  await routing;
  document.documentElement.dataset.ready = "true";
}

start();
