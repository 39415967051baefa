// Views whose features arrive in later issues: each says plainly what will live there.

import { el } from "../dom.js";

function placeholder(title, heading, lines) {
  return {
    title,
    render(main) {
      main.append(
        el("h1", {}, heading),
        ...lines.map((line) => el("p", { class: "lead" }, line)),
        el("div", { class: "card" },
          el("p", {}, "If today feels heavy, help is one tap away."),
          el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#help" }, "See support lines"))),
      );
    },
  };
}

export const groups = placeholder("Groups", "Groups", [
  "Mom groups, support groups, classes and meetups you go to or want to try, and when they next meet.",
]);
