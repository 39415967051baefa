// Today: a welcome, a one-tap mood, and help in reach. The rest of Today arrives with its issue.

import { addMoodNote } from "../api.js";
import { announce, el } from "../dom.js";
import { moodPicker } from "./mood.js";

export const today = {
  title: "Today",
  render(main, { showProblem }) {
    const after = el("p", { id: "today-mood-saved", "aria-live": "polite" });
    main.append(
      el("h1", {}, "Welcome to Village"),
      el("p", { class: "lead" }, "A quiet place to stay close to the people who help you through this first year."),
      el("section", { class: "card", "aria-labelledby": "today-mood-heading" },
        el("h2", { id: "today-mood-heading" }, "How are you right now?"),
        moodPicker({
          label: "How are you right now?",
          idPrefix: "today-mood",
          onPick: async (mood) => {
            try {
              const note = await addMoodNote({ mood });
              announce(`Saved: ${note.mood_word}`);
              after.replaceChildren(
                `Saved “${note.mood_word}”. `,
                el("a", { href: "#journal" }, "Add a few words in your journal"));
            } catch (problem) {
              showProblem(problem.message);
            }
          },
        }),
        after),
      el("div", { class: "card" },
        el("p", {}, "If today feels heavy, help is one tap away."),
        el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#help" }, "See support lines"))),
    );
  },
};
