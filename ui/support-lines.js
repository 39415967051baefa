// Support lines Village carries offline. Every fact here is copied exactly from shared/DESIGN.md
// ("Facts the app carries"); change them only there first, then the words in locales/*/help.ftl,
// then the line's `checked` date. Words are message ids: the views say them in her language.
//
// A line's `checked` is the day its facts were last checked; `inLanguage` holds, per language,
// the ways to reach it in that language (with their own `checked` day and source), shown first
// to someone who reads Village in it, before the line's other ways.

export const EMERGENCY = Object.freeze({
  id: "emergency",
  checked: "2026-11-21",
  name: "help-line-emergency-name",
  summary: "help-line-emergency-summary",
  actions: [{ label: "help-line-emergency-call", href: "tel:911" }],
});

export const LIFELINE_988 = Object.freeze({
  id: "988",
  checked: "2026-11-21",
  name: "help-line-988-name",
  summary: "help-line-988-summary",
  actions: [
    { label: "help-line-988-call", href: "tel:988" },
    { label: "help-line-988-text", href: "sms:988" },
  ],
  inLanguage: {
    // 988lifeline.org, "What to expect": call 988 and press 2, or text AYUDA to 988.
    es: {
      checked: "2026-12-02",
      actions: [
        { label: "help-line-988-call-in-language", href: "tel:988" },
        { label: "help-line-988-text-in-language", href: "sms:988?body=AYUDA" },
      ],
    },
  },
});

export const CRISIS_TEXT_LINE = Object.freeze({
  id: "crisis-text-line",
  checked: "2026-11-21",
  name: "help-line-ctl-name",
  summary: "help-line-ctl-summary",
  actions: [{ label: "help-line-ctl-text", href: "sms:741741?body=HOME" }],
  inLanguage: {
    // Crisis Text Line, October 2023: text AYUDA to 741741, or WhatsApp 442-AYUDAME
    // (442-298-3263 on a phone's keypad), which the shell's opener hands to WhatsApp.
    es: {
      checked: "2026-12-02",
      actions: [
        { label: "help-line-ctl-text-in-language", href: "sms:741741?body=AYUDA" },
        { label: "help-line-ctl-whatsapp-in-language", href: "https://wa.me/14422983263" },
      ],
    },
  },
});

export const MATERNAL_HOTLINE = Object.freeze({
  id: "nmmh",
  checked: "2026-11-21",
  name: "help-line-nmmh-name",
  summary: "help-line-nmmh-summary",
  note: "help-line-nmmh-note",
  actions: [
    { label: "help-line-nmmh-call", href: "tel:+18338526262" },
    { label: "help-line-nmmh-text", href: "sms:+18338526262" },
  ],
  // It answers in English and Spanish on the same number: no other way to list.
  inLanguage: { es: { checked: "2026-12-02", actions: [] } },
});

export const PSI_HELPLINE = Object.freeze({
  id: "psi",
  checked: "2026-11-21",
  name: "help-line-psi-name",
  summary: "help-line-psi-summary",
  note: "help-line-psi-note",
  actions: [
    { label: "help-line-psi-call", href: "tel:+18009444773" },
    { label: "help-line-psi-text-english", href: "sms:+18009444773" },
    { label: "help-line-psi-text-spanish", href: "sms:+19712037773" },
  ],
  // Text in Spanish to 971-203-7773.
  inLanguage: {
    es: {
      checked: "2026-12-02",
      actions: [{ label: "help-line-psi-text-spanish", href: "sms:+19712037773" }],
    },
  },
});

/** For "Need help now": danger and crisis first. */
export const CRISIS_FIRST = Object.freeze([LIFELINE_988, EMERGENCY, CRISIS_TEXT_LINE, MATERNAL_HOTLINE, PSI_HELPLINE]);

/** For the Help page: support for mothers first, crisis lines right after. */
export const SUPPORT_FIRST = Object.freeze([MATERNAL_HOTLINE, PSI_HELPLINE, LIFELINE_988, CRISIS_TEXT_LINE, EMERGENCY]);

/** A line's ways to reach it for someone reading `language`: those in her language first, then
 * the others, each link once. */
export function waysFor(line, language) {
  const own = line.inLanguage?.[language]?.actions ?? [];
  return [...own, ...line.actions.filter((action) => !own.some((mine) => mine.href === action.href))];
}
