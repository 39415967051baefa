// Help: the support lines, calm and always reachable, even when nothing else loads.

import { getSelfCheck } from "../api.js";
import { el } from "../dom.js";
import { CRISIS_FIRST, SUPPORT_FIRST } from "../support-lines.js";
import { checkedOn, lineCard } from "./support.js";

function toolCard(id, heading, text, href, label) {
  return el("section", { class: "card", id, "aria-labelledby": `${id}-heading` },
    el("h3", { id: `${id}-heading` }, heading),
    el("p", {}, text),
    el("div", { class: "actions" }, el("a", { class: "button quiet", href }, label)));
}

export const help = {
  titleId: "title-help",
  render(main) {
    main.append(
      el("h1", {}, "Help and support"),
      el("p", { class: "lead" },
        "Many mothers find the first year hard. Talking to someone helps, and these lines are there for you."),
      el("div", { class: "card first" },
        el("p", {}, "In danger, or thinking about suicide? Reach someone right now."),
        el("div", { class: "actions" }, el("a", { class: "button", href: "#help-now", id: "help-to-now" }, "Need help now"))),
      el("h2", {}, "Support lines"),
      ...SUPPORT_FIRST.map((line) => lineCard(line)),
      checkedOn(),
      el("h2", {}, "For you"),
      toolCard("help-plan", "My safety plan", "Your own steps for a hard moment, with the people you can turn to.", "#safety-plan", "Open my safety plan"),
      toolCard("help-self-check", "Self-check", "The PHQ-9 and GAD-7: a few minutes to look at how the last two weeks have been.", "#self-check", "Take a self-check"),
      toolCard("help-insight", "Insight", "Your mood on days you connected with someone, and on days you didn't.", "#insight", "See insight"),
    );
  },
};

/** After a PHQ-9 with item 9 above 0, `afterSelfCheck` is its id: the score waits below. */
export const helpNow = {
  titleId: "title-need-help-now",
  async render(main, _context, afterSelfCheck) {
    const lead = el("p", { class: "lead" }, "You are not alone, and you do not have to wait. Reach someone right now.");
    const result = el("div", { class: "actions" }, el("a", { class: "button quiet", href: "#safety-plan" }, "My safety plan"));
    main.append(
      el("h1", {}, "Need help now"),
      lead,
      el("h2", {}, "Reach someone now"),
      ...CRISIS_FIRST.map((line, i) => lineCard(line, { first: i < 2 })),
      checkedOn(),
      result,
    );
    if (!afterSelfCheck) return;
    // The words about her answer come only for a result that really had it; the lines above
    // never wait for this.
    try {
      const check = await getSelfCheck(afterSelfCheck);
      if (!check.needs_help_now) return;
      lead.id = "help-now-after";
      lead.textContent = "Thank you for answering honestly. Before your score: you said you have had thoughts of being better off dead or of hurting yourself. You deserve support with that, and you can reach someone right now.";
      result.append(el("a", { class: "button quiet", href: `#self-check-result/${check.id}`, id: "help-now-result" }, "See my result"));
    } catch {
      // An unknown id changes nothing: the page is the plain Need help now.
    }
  },
};
