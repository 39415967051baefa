// Support lines Village carries offline. Every fact here is copied exactly from shared/DESIGN.md
// ("Facts the app carries"); change them only there first, and update CHECKED_ON with the check.

/** The day these facts were last checked against DESIGN.md. */
export const CHECKED_ON = "2026-11-21";

export const EMERGENCY = Object.freeze({
  id: "emergency",
  name: "Emergency services",
  summary: "If you or your baby are in immediate danger, call 911.",
  actions: [{ label: "Call 911", href: "tel:911" }],
});

export const LIFELINE_988 = Object.freeze({
  id: "988",
  name: "988 Suicide & Crisis Lifeline",
  summary: "Call or text 988.",
  actions: [
    { label: "Call 988", href: "tel:988" },
    { label: "Text 988", href: "sms:988" },
  ],
});

export const CRISIS_TEXT_LINE = Object.freeze({
  id: "crisis-text-line",
  name: "Crisis Text Line",
  summary: "Text HOME to 741741.",
  actions: [{ label: "Text HOME to 741741", href: "sms:741741?body=HOME" }],
});

export const MATERNAL_HOTLINE = Object.freeze({
  id: "nmmh",
  name: "US National Maternal Mental Health Hotline",
  summary: "Call or text 1-833-TLC-MAMA (1-833-852-6262). 24/7, free, in English and Spanish.",
  note: "It is not a crisis line: for a suicidal crisis, call or text 988; for immediate danger, call 911.",
  actions: [
    { label: "Call 1-833-852-6262", href: "tel:+18338526262" },
    { label: "Text 1-833-852-6262", href: "sms:+18338526262" },
  ],
});

export const PSI_HELPLINE = Object.freeze({
  id: "psi",
  name: "Postpartum Support International HelpLine",
  summary: "Call 1-800-944-4773. Text in English to 800-944-4773, in Spanish to 971-203-7773.",
  note: "PSI has volunteer coordinators in every US state and over 30 other countries, and free online support groups.",
  actions: [
    { label: "Call 1-800-944-4773", href: "tel:+18009444773" },
    { label: "Text in English", href: "sms:+18009444773" },
    { label: "Text in Spanish (español)", href: "sms:+19712037773" },
  ],
});

/** For "Need help now": danger and crisis first. */
export const CRISIS_FIRST = Object.freeze([LIFELINE_988, EMERGENCY, CRISIS_TEXT_LINE, MATERNAL_HOTLINE, PSI_HELPLINE]);

/** For the Help page: support for mothers first, crisis lines right after. */
export const SUPPORT_FIRST = Object.freeze([MATERNAL_HOTLINE, PSI_HELPLINE, LIFELINE_988, CRISIS_TEXT_LINE, EMERGENCY]);
