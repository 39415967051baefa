// Starts the UI: applies her theme, then routes between views by the URL hash.

import { LOCKED_EVENT, PRIVACY_EVENT, getSettings, loadCatalog, lockNow, markReady, onOpenView, privacyStatus, recoveryOffer } from "./api.js";
import { announce, leavePage } from "./dom.js";
import { applyTextSize, applyTheme, chooseTextSize, rememberLanguage, rememberedLanguage, rememberedTextSize, rememberedTheme, steppedTextSize } from "./theme.js";
import { onLanguageChange, t, useCatalog } from "./words.js";
import { today } from "./views/today.js";
import { renderLock } from "./views/lock.js";

/** Today is drawn first, so it comes with the page; every other view is fetched the first
 * time she opens it. Fewer modules before the first paint is a quicker start, and views she
 * never opens cost no memory. */
const VIEWS = {
  today: async () => today,
  circle: async () => (await import("./views/circle.js")).circle,
  person: async () => (await import("./views/person.js")).person,
  journal: async () => (await import("./views/journal.js")).journal,
  groups: async () => (await import("./views/groups.js")).groups,
  group: async () => (await import("./views/group.js")).group,
  find: async () => (await import("./views/find.js")).find,
  help: async () => (await import("./views/help.js")).help,
  "help-now": async () => (await import("./views/help.js")).helpNow,
  settings: async () => (await import("./views/settings.js")).settings,
  insight: async () => (await import("./views/insight.js")).insight,
  "self-check": async () => (await import("./views/self-check.js")).selfCheck,
  "self-check-result": async () => (await import("./views/self-check.js")).selfCheckResult,
  "safety-plan": async () => (await import("./views/safety-plan.js")).safetyPlan,
  data: async () => (await import("./views/data.js")).data,
  privacy: async () => (await import("./views/privacy.js")).privacy,
  about: async () => (await import("./views/about.js")).aboutView,
};

const renderRecovery = async (...args) => (await import("./views/recover.js")).renderRecovery(...args);

/** While locked only the lock screen and the support lines show. */
const OPEN_WHILE_LOCKED = new Set(["help-now"]);

/** While her journal will not open, the recovery page shows, and these beside it. */
const OPEN_WHILE_RECOVERING = new Set(["help", "help-now", "about"]);

/** Set while her journal would not open and backups can mend it (`recoveryOffer`). */
let recovery = null;

/** Input that counts as her using Village, for the idle lock. */
const ACTIVITY = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart", "scroll"];

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
let locked = false;

/** Idle lock: minutes (0 never) and the pending timer; only an encrypted journal locks. */
const idle = { minutes: 0, encrypted: false, timer: null };

function restartIdleTimer() {
  clearTimeout(idle.timer);
  idle.timer = null;
  if (locked || !idle.encrypted || !idle.minutes) return;
  idle.timer = setTimeout(lockForIdle, idle.minutes * 60 * 1000);
}

async function lockForIdle() {
  try {
    await lockNow();
  } catch {
    // Locked already, or the shell is busy: the screen still clears below.
  }
  showLocked();
}

/** Clears every view of her data and shows the lock screen. */
function showLocked() {
  locked = true;
  clearTimeout(idle.timer);
  for (const id of ["status", "undo", "problem"]) document.getElementById(id).textContent = "";
  document.getElementById("undo").hidden = true;
  routing = routing.then(route, route);
}

/** Her journal opened from a backup: everything loads again, and she is told where the
 * file that would not open is kept. */
async function recovered(done, backup) {
  recovery = null;
  lastingProblem = null;
  await loadSettings();
  // Today, without a hashchange whose own routing would clear the words below.
  if (location.hash !== "#today") history.replaceState(null, "", "#today");
  routing = routing.then(route, route).then(focusView);
  await routing;
  // Said once, on Today; the file is also in the backups list under Settings.
  showProblem(t("recovered-from-backup", { backup: backup.words, path: done.set_aside }));
}

/** Set while unlocking loads her language: the view is drawn once, after, not once per step. */
let unlocking = false;

async function unlocked() {
  locked = false;
  unlocking = true;
  try {
    await speak();
  } finally {
    unlocking = false;
  }
  await loadSettings();
  routing = routing.then(route, route).then(focusView);
  await routing;
}

async function loadSettings() {
  try {
    const status = await privacyStatus();
    idle.encrypted = status.encrypted;
    locked = status.locked;
    if (locked) return;
    const current = await getSettings();
    applyTheme(current.theme);
    applyTextSize(current.text_size_percent);
    idle.minutes = current.idle_lock_minutes;
    // A journal on a read-only disk is shown as it is; every page says why saving can't work.
    lastingProblem = status.read_only ?? null;
    if (lastingProblem) showProblem(lastingProblem);
  } catch (error) {
    // Help still works when the store does not: the support lines need nothing from it.
    lastingProblem = error.message;
    showProblem(error.message);
    const offer = await recoveryOffer().catch(() => null);
    recovery = offer?.needed ? offer : null;
  }
  restartIdleTimer();
}

async function route() {
  // "#person/<id>": a view name, then what it shows.
  const [name, arg] = location.hash.slice(1).split("/", 2);
  document.body.dataset.locked = String(locked);
  if (locked && !(OPEN_WHILE_LOCKED.has(name) && arg === undefined)) {
    lastingProblem = null;
    clearProblem();
    document.title = t("window-title", { view: t("title-locked") });
    main.replaceChildren();
    main.dataset.view = "lock";
    delete main.dataset.rendered;
    renderLock(main, unlocked);
    main.dataset.rendered = "lock";
    return;
  }
  if (recovery && !OPEN_WHILE_RECOVERING.has(name)) {
    document.title = t("window-title", { view: t("title-recover") });
    main.replaceChildren();
    main.dataset.view = "recover";
    delete main.dataset.rendered;
    // The page says it all; the same words in the bar above would say it twice.
    problem.textContent = "";
    problem.hidden = true;
    await renderRecovery(main, recovery, recovered);
    main.dataset.rendered = "recover";
    return;
  }
  const key = Object.hasOwn(VIEWS, name) ? name : "today";
  const view = await VIEWS[key]();
  const navKey = view.nav ?? key;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === navKey) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = t("window-title", { view: t(view.titleId) });
  clearProblem();
  leavePage();
  main.replaceChildren();
  main.dataset.view = key;
  delete main.dataset.rendered;
  await view.render(main, { showProblem, clearProblem }, argument(arg));
  main.dataset.rendered = key;
}

/** Focus goes to what the view asked for (the mood picker, when a reminder asked how she
 * is), else to the page's heading, which a screen reader reads as she arrives. */
function focusView() {
  const wanted = main.querySelector("[data-autofocus]");
  if (wanted) {
    wanted.scrollIntoView({ block: "center" });
    wanted.focus({ preventScroll: true });
    return;
  }
  const heading = main.querySelector("h1");
  if (heading) {
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  } else {
    main.focus({ preventScroll: true });
  }
}

/** Ctrl (or ⌘) with +, − or 0: the text size steps through the same choices as Settings,
 * and is kept, so the next start has it too. */
async function stepTextSize(event) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing) return;
  // By the key's character, and by where it sits for layouts that need Shift for 0 or +.
  const step = { "+": 1, "=": 1, "-": -1, "_": -1, "0": 0 }[event.key]
    ?? { Equal: 1, NumpadAdd: 1, Minus: -1, NumpadSubtract: -1, Digit0: 0, Numpad0: 0 }[event.code];
  if (step === undefined) return;
  event.preventDefault();
  const current = Number(document.documentElement.dataset.textSize ?? 100);
  const wanted = steppedTextSize(current, step);
  if (wanted === current) {
    announce(t("text-size-now", { percent: current }));
    return;
  }
  announce(t("text-size-now", { percent: wanted }));
  // Locked, the size is kept on this device only, and the saved one returns on unlocking.
  await chooseTextSize(wanted, { save: !locked }).catch((error) => showProblem(error.message));
}

/** Loads the catalog of her language (her choice, or the system's) before anything is drawn. */
async function speak() {
  try {
    const catalog = await loadCatalog(rememberedLanguage(), [...(navigator.languages ?? [])]);
    rememberLanguage(catalog.choice);
    useCatalog(catalog);
  } catch (error) {
    // Without the shell there are no words to load; the page still says why below.
    console.error("village: no catalog", error);
  }
}

/** A new language: the page she is on is drawn again in it, and keeps her place. */
function redraw() {
  if (!document.documentElement.dataset.ready || unlocking) return;
  const y = window.scrollY;
  routing = routing.then(route, route).then(() => window.scrollTo(0, y));
}

async function start() {
  // Her theme and text size from the last run, so even the lock screen looks as she chose.
  applyTheme(rememberedTheme());
  applyTextSize(rememberedTextSize());
  window.addEventListener("keydown", stepTextSize);
  await speak();
  onLanguageChange(redraw);
  await loadSettings();
  for (const kind of ACTIVITY) window.addEventListener(kind, restartIdleTimer, { passive: true, capture: true });
  window.addEventListener(LOCKED_EVENT, () => { if (!locked) showLocked(); });
  window.addEventListener(PRIVACY_EVENT, (event) => {
    Object.assign(idle, event.detail);
    restartIdleTimer();
  });
  // The skip link moves focus; it is not a view, so it must not reach the router.
  document.querySelector(".skip-link").addEventListener("click", (event) => {
    event.preventDefault();
    main.focus();
  });
  window.addEventListener("hashchange", () => {
    // Keyboard and screen-reader users land on the new view, not back at the navigation.
    routing = routing.then(route, route).then(focusView);
  });
  // A clicked reminder, the tray or a second launch names a view; nothing else is followed.
  onOpenView((view) => {
    if (typeof view !== "string" || !/^#(circle|settings|today(\/mood)?|(person|group)\/[0-9a-f-]{36})$/.test(view)) return;
    if (location.hash === view) routing = routing.then(route, route).then(focusView);
    else location.hash = view;
  });
  routing = route();
  await routing;
  if (main.querySelector("[data-autofocus]")) focusView();
  document.documentElement.dataset.ready = "true";
  // Two frames: the view is not only in the DOM but on screen.
  // The lock screen says so rather than the address behind it.
  const shown = main.dataset.rendered === "lock" ? "#lock" : location.hash;
  requestAnimationFrame(() => requestAnimationFrame(() => markReady(shown).catch(() => {})));
}

start();
