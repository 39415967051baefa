// Help: the support lines, calm and always reachable, even when nothing else loads.

import { el } from "../dom.js";
import { CRISIS_FIRST, SUPPORT_FIRST } from "../support-lines.js";
import { checkedOn, lineCard } from "./support.js";

export const help = {
  title: "Help",
  render(main) {
    main.append(
      el("h1", {}, "Help and support"),
      el("p", { class: "lead" },
        "Many mothers find the first year hard. Talking to someone helps, and these lines are there for you."),
      ...SUPPORT_FIRST.map((line) => lineCard(line)),
      checkedOn(),
    );
  },
};

export const helpNow = {
  title: "Need help now",
  render(main) {
    main.append(
      el("h1", {}, "Need help now"),
      el("p", { class: "lead" }, "You are not alone, and you do not have to wait. Reach someone right now."),
      ...CRISIS_FIRST.map((line, i) => lineCard(line, { first: i < 2 })),
      checkedOn(),
    );
  },
};
