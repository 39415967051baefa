// The only door to the shell: every call to invoke() lives here.

import { ERROR_CODES } from "./contract.js";
import { t } from "./words.js";

const invoke = window.__TAURI__?.core?.invoke;

/** The error codes the shell sends, by name: the closed set in contract.js, from the core. */
export const ErrorCode = Object.freeze(Object.fromEntries(ERROR_CODES.map((code) => [code.toUpperCase(), code])));

const KNOWN_CODES = new Set(ERROR_CODES);

/** What she reads when the shell sends a code without a message of its own, in the
 * language of the moment the error comes. */
function friendly(code) {
  switch (code) {
    case "not_found":
      return t("error-code-not-found");
    case "conflict":
      return t("error-code-conflict");
    case "locked":
      return t("error-code-locked");
    case "storage":
      return t("error-code-storage");
    case "internal":
      return t("error-code-internal");
    default:
      return t("error-code-invalid");
  }
}

export class VillageError extends Error {
  /** `field`: for input that breaks a rule, the input it is about as the command named it
   * ("name", "cadence_days"), so the form can take her there. */
  constructor(code, message, field = null) {
    super(message);
    this.name = "VillageError";
    this.code = code;
    this.field = field;
  }
}

function toVillageError(raw) {
  if (raw && typeof raw === "object" && KNOWN_CODES.has(raw.code)) {
    const message = typeof raw.message === "string" && raw.message.trim() ? raw.message : friendly(raw.code);
    return new VillageError(raw.code, message, typeof raw.field === "string" ? raw.field : null);
  }
  // Anything else is the shell refusing the shape of what was sent (a number where text was
  // due, a missing field): her input, not her data, so say so plainly.
  console.error("village: unexpected error from the shell", raw);
  return new VillageError(ErrorCode.INVALID, friendly(ErrorCode.INVALID));
}

/** Fired on window when a command finds the journal locked; app.js shows the lock screen. */
export const LOCKED_EVENT = "village-locked";
/** Fired on window when encryption or the idle-lock time changes; detail holds what changed:
 * { encrypted } and/or { minutes } (0 for never). */
export const PRIVACY_EVENT = "village-privacy";

async function call(command, args = {}) {
  if (!invoke) throw new VillageError(ErrorCode.STORAGE, t("error-not-connected"));
  try {
    return await invoke(command, args);
  } catch (raw) {
    const error = toVillageError(raw);
    if (error.code === ErrorCode.LOCKED) window.dispatchEvent(new CustomEvent(LOCKED_EVENT));
    throw error;
  }
}

export const about = () => call("about");
/** Once a window's first view is painted: the app logs the moment (make bench reads it) and
 * the address it opened on. */
export const markReady = (route) => call("mark_ready", { route });
export const getSettings = () => call("get_settings");
export const setTheme = (theme) => call("set_theme", { theme });
export const setQuietHours = (input) => call("set_quiet_hours", { input });
export const setReminders = (input) => call("set_reminders", { input });
/** "YYYY-MM-DD", or "" to forget it. */
export const setBabyBirthDate = (date) => call("set_baby_birth_date", { date });
/** 0 (never), 5, 15 or 60. */
export const setIdleLock = (minutes) => call("set_idle_lock", { minutes });
/** 100, 125, 150, 175 or 200 (percent). */
export const setTextSize = (percent) => call("set_text_size", { percent });
/** The catalog of her language: { language: "en" | "es" | "x-pseudo", locale, source, choice }.
 * `remembered` is the choice kept on this device (read while the journal is locked);
 * `webview` the languages the window prefers, used when the system names none. */
export const loadCatalog = (remembered, webview) => call("catalog", { remembered, webview });
/** "system", "en" or "es"; resolves to the catalog now in use, as loadCatalog does. */
export const setLanguage = (choice) => call("set_language", { choice });
/** The daily "How are you today?": { enabled, time_of_day: "HH:MM", skip_if_noted }. */
export const setNudge = (input) => call("set_nudge", { input });

/** Where reminders work: { start_at_login, start_at_login_supported, tray, encrypted }. */
export const backgroundStatus = () => call("background_status");
export const setStartAtLogin = (on) => call("set_start_at_login", { on });
/** Ends Village, reminders and all; nothing answers. */
export const quit = () => call("quit");

export const privacyStatus = () => call("privacy_status");
export const passphraseStrength = (passphrase) => call("passphrase_strength", { passphrase });
/** Resolves {unlocked, wait_seconds}: a wrong passphrase is an answer, not an error. */
export const unlock = (passphrase) => call("unlock", { passphrase });
export const lockNow = () => call("lock_now");
/** `current` is "" when turning it on. */
export const setPassphrase = (current, passphrase, confirm) => call("set_passphrase", { current, passphrase, confirm });
export const removePassphrase = (current) => call("remove_passphrase", { current });

export const today = () => call("today");
export const insight = () => call("insight");
export const dismissCare = () => call("dismiss_care");
export const dismissSelfCheckPrompt = (week) => call("dismiss_self_check_prompt", { week });
export const selfCheckForm = (kind) => call("self_check_form", { kind });
export const takeSelfCheck = (input) => call("take_self_check", { input });
export const getSelfCheck = (id) => call("get_self_check", { id });
export const selfCheckHistory = () => call("self_check_history");
export const deleteSelfCheck = (id) => call("delete_self_check", { id });
export const getSafetyPlan = () => call("get_safety_plan");
export const saveSafetyPlan = (input) => call("save_safety_plan", { input });

export const listCircle = (includeArchived = false) => call("list_circle", { includeArchived });
export const getPerson = (id) => call("get_person", { id });
export const addPerson = (input) => call("add_person", { input });
export const updatePerson = (id, input) => call("update_person", { id, input });
export const archivePerson = (id, archived) => call("archive_person", { id, archived });
export const deletePerson = (id) => call("delete_person", { id });
export const snoozePerson = (id, { days = null, until = null }) => call("snooze_person", { id, days, until });
export const clearSnooze = (id) => call("clear_snooze", { id });
export const logCheckIn = (input) => call("log_check_in", { input });
export const deleteCheckIn = (id) => call("delete_check_in", { id });
export const setPersonMuted = (id, muted) => call("set_person_muted", { id, muted });

export const addMoodNote = (input) => call("add_mood_note", { input });
export const updateMoodNote = (id, input) => call("update_mood_note", { id, input });
export const deleteMoodNote = (id) => call("delete_mood_note", { id });
export const undoDeleteMoodNote = (id) => call("undo_delete_mood_note", { id });
export const journalPage = (filter = {}, after = null, limit = 50) => call("journal_page", { filter, after, limit });
export const dayNotes = (date) => call("day_notes", { date });
export const searchJournal = (query, after = null) => call("search_journal", { query, after });
export const monthView = (year, month) => call("month_view", { year, month });
export const journalTrends = (days) => call("journal_trends", { days });
export const listTags = () => call("list_tags");
export const renameTag = (id, name) => call("rename_tag", { id, name });
export const mergeTags = (from, into) => call("merge_tags", { from, into });

export const groupsOverview = (includeArchived = false) => call("groups_overview", { includeArchived });
export const getGroup = (id) => call("get_group", { id });
export const addGroup = (input) => call("add_group", { input });
export const updateGroup = (id, input) => call("update_group", { id, input });
export const archiveGroup = (id, archived) => call("archive_group", { id, archived });
export const deleteGroup = (id) => call("delete_group", { id });
export const attendMeeting = (input) => call("attend_meeting", { input });
export const setGroupMuted = (id, muted) => call("set_group_muted", { id, muted });
/** Asks where to save, in the system's dialog; resolves to the saved path, or null if she cancels. */
export const exportCalendar = (groupId = null) => call("export_calendar", { groupId });

/** Each asks where to save or what to open in the system's dialog, and resolves to null if she cancels. */
export const exportData = (format) => call("export_data", { format });
/** Picks a file and previews it; nothing changes until applyImport. */
export const chooseImport = (format) => call("choose_import", { format });
/** moods: [{ name, mood }] for mood names the file uses that Village does not know. */
export const previewImport = (moods = []) => call("preview_import", { moods });
export const applyImport = (moods = []) => call("apply_import", { moods });
export const listBackups = () => call("list_backups");
export const backupNow = () => call("backup_now");
/** A backup from the list by its name, or (name null) a file she picks. */
export const restoreBackup = (name = null) => call("restore_backup", { name });
/** When her journal will not open: why, and the backups that open whole, newest first. */
export const recoveryOffer = () => call("recovery_offer");
/** Opens her journal from a backup in that list; the file that would not open is kept. */
export const recoverFromBackup = (name) => call("recover_from_backup", { name });

// Reaching out (issue 24). Village sends nothing itself: each uri is opened by openLink.
/** Village's ready messages in her language, worded for that person (or no one when personId
 * is null), then her own: [{ id (her own only, else null), key: "hello"|"call-me"|"walk"|
 * "meal"|"hour"|"own", text }]. */
export const readyMessages = (personId = null) => call("ready_messages", { personId });
/** Keeps one of her own (1 to 500 characters); resolves to it, with key "own". */
export const saveReadyMessage = (text) => call("save_ready_message", { text });
export const updateReadyMessage = (id, text) => call("update_ready_message", { id, text });
export const deleteReadyMessage = (id) => call("delete_ready_message", { id });
/** how: "text" | "call" | "email"; to: the number or address she picked (one the person has);
 * body: the words (text and email; may be empty). Resolves to { uri, pending }: open uri, then
 * answer pending once with answerHello. Nothing is logged yet. */
export const helloLink = ({ personId, how, to, body = "" }) =>
  call("hello_link", { input: { person_id: personId, how, to, body } });
/** "Did you reach them?": true logs the check-in of the hello's kind and resolves to it (as
 * logCheckIn does); false logs nothing and resolves to null. A pending hello is answered once. */
export const answerHello = (pending, reached) => call("answer_hello", { pending, reached });
/** The invitation to the group's next meeting: { text, starts_at } (ISO, UTC); personId may be null. */
export const inviteText = ({ groupId, personId = null }) => call("invite_text", { groupId, personId });
/** how: "text" | "email". Resolves to { uri }; no check-in is logged. */
export const inviteLink = ({ groupId, personId, how, to, body = "" }) =>
  call("invite_link", { input: { group_id: groupId, person_id: personId, how, to, body } });
/** That one meeting as an .ics, through the system's save dialog; the saved path, or null if she cancels. */
export const saveMeetingCalendar = (groupId, startsAt) => call("save_meeting_calendar", { groupId, startsAt });
/** Free, well-known places to find a group: [{ key, name, about, url, kind, source, checked_on, saved }]. */
export const groupFinder = () => call("group_finder");
/** Adds one as a group to try; resolves to the new group (as addGroup). A second save is a conflict. */
export const saveFoundGroup = (key) => call("save_found_group", { key });

/** Opens a tel:, sms:, mailto: or https: link in the system's handler; the capability allows no other scheme. */
export const openLink = (url) => call("plugin:opener|open_url", { url });

/** Calls back with the view a clicked reminder asks for, such as "#person/<id>". */
export function onOpenView(callback) {
  const listen = window.__TAURI__?.event?.listen;
  if (!listen) return;
  listen("open-view", (event) => callback(event.payload)).catch((error) => {
    console.error("village: reminders cannot open views", error);
  });
}
