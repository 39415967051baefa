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

/** The words for each value of a choice, as she reads them. */
export const LABELS = Object.freeze({
  "checkInKind": {
    "call": "Call",
    "met_at_group": "Met at a group",
    "other": "Other",
    "text": "Text",
    "video": "Video call",
    "visit": "Visit"
  },
  "groupKind": {
    "class": "Class",
    "mom_and_baby": "Mom-and-baby group",
    "online_community": "Online community",
    "other": "Other",
    "support_group": "Support group",
    "virtual_meetup": "Virtual meetup"
  },
  "mood": {
    "1": "Very hard",
    "2": "Hard",
    "3": "Okay",
    "4": "Good",
    "5": "Great"
  },
  "nth": {
    "-1": "Last",
    "1": "1st",
    "2": "2nd",
    "3": "3rd",
    "4": "4th",
    "5": "5th"
  },
  "relationship": {
    "family": "Family",
    "friend": "Friend",
    "mom_friend": "Mom friend",
    "other": "Other",
    "partner": "Partner",
    "professional": "Professional"
  },
  "repeats": {
    "every_other_week": "Every other week",
    "monthly": "Once a month",
    "none": "No fixed time",
    "once": "Just once",
    "weekly": "Every week"
  },
  "weekday": {
    "fri": "Friday",
    "mon": "Monday",
    "sat": "Saturday",
    "sun": "Sunday",
    "thu": "Thursday",
    "tue": "Tuesday",
    "wed": "Wednesday"
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
