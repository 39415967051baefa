// Written by `make contract` from village-core's src/contract.rs; a test fails when it
// differs. Do not edit by hand.

/** The closed set of error codes the shell sends (village_core::ErrorCode). */
export const ERROR_CODES = Object.freeze([
  "invalid",
  "not_found",
  "conflict",
  "locked",
  "storage",
  "internal"
]);

/** The values each choice can take, in the order the forms offer them. */
export const CHOICES = Object.freeze({
  "checkInKind": [
    "text",
    "call",
    "video",
    "visit",
    "met_at_group",
    "other"
  ],
  "groupKind": [
    "support_group",
    "mom_and_baby",
    "class",
    "online_community",
    "virtual_meetup",
    "other"
  ],
  "idleLockMinutes": [
    0,
    5,
    15,
    60
  ],
  "mood": [
    1,
    2,
    3,
    4,
    5
  ],
  "nth": [
    1,
    2,
    3,
    4,
    5,
    -1
  ],
  "relationship": [
    "friend",
    "family",
    "mom_friend",
    "partner",
    "professional",
    "other"
  ],
  "repeats": [
    "weekly",
    "every_other_week",
    "monthly",
    "once",
    "none"
  ],
  "textSizePercent": [
    100,
    125,
    150,
    175,
    200
  ],
  "theme": [
    "system",
    "light",
    "dark"
  ],
  "weekday": [
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun"
  ]
});

/** The catalog message for each value of a choice (ui/locales/<lang>/choices.ftl). */
export const LABELS = Object.freeze({
  "checkInKind": {
    "call": "check-in-kind-call",
    "met_at_group": "check-in-kind-met-at-group",
    "other": "check-in-kind-other",
    "text": "check-in-kind-text",
    "video": "check-in-kind-video",
    "visit": "check-in-kind-visit"
  },
  "groupKind": {
    "class": "group-kind-class",
    "mom_and_baby": "group-kind-mom-and-baby",
    "online_community": "group-kind-online-community",
    "other": "group-kind-other",
    "support_group": "group-kind-support-group",
    "virtual_meetup": "group-kind-virtual-meetup"
  },
  "mood": {
    "1": "mood-1",
    "2": "mood-2",
    "3": "mood-3",
    "4": "mood-4",
    "5": "mood-5"
  },
  "nth": {
    "-1": "nth-last",
    "1": "nth-1",
    "2": "nth-2",
    "3": "nth-3",
    "4": "nth-4",
    "5": "nth-5"
  },
  "relationship": {
    "family": "relationship-family",
    "friend": "relationship-friend",
    "mom_friend": "relationship-mom-friend",
    "other": "relationship-other",
    "partner": "relationship-partner",
    "professional": "relationship-professional"
  },
  "repeats": {
    "every_other_week": "repeats-every-other-week",
    "monthly": "repeats-monthly",
    "none": "repeats-none",
    "once": "repeats-once",
    "weekly": "repeats-weekly"
  }
});

/** The most she can type in each field, and the ranges of numbers. */
export const LIMITS = Object.freeze({
  "cadenceDays": [
    1,
    365
  ],
  "checkInNote": 500,
  "durationMinutes": [
    1,
    1440
  ],
  "groupContact": 200,
  "groupLink": 500,
  "groupName": 100,
  "groupNotes": 5000,
  "groupPlace": 300,
  "note": 20000,
  "passphraseMinChars": 8,
  "personEmail": 254,
  "personName": 100,
  "personNotes": 5000,
  "personPhone": 40,
  "personReach": 200,
  "remindMinutesBefore": [
    5,
    1440
  ],
  "safetyPlanStep": 2000,
  "tag": 40,
  "tagsPerNote": 20
});
