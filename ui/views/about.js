// About Village: its version, where her data lives, its licence, and the open-source
// libraries it is built from (listed by the build from cargo metadata, not typed by hand).

import { about } from "../api.js";
import { el } from "../dom.js";

/** The licence names people know, for the SPDX expressions they most often come as. */
const LICENCE_NAMES = {
  "AGPL-3.0-or-later": "GNU Affero General Public License, version 3 or later",
};

function libraryRow(library) {
  return el("tr", {},
    el("th", { scope: "row" }, library.name),
    el("td", {}, library.version),
    el("td", {}, library.license));
}

export const aboutView = {
  titleId: "title-about-village",
  nav: "settings",
  async render(main, { showProblem }) {
    main.append(el("h1", {}, "About Village"),
      el("p", { class: "lead" }, "A quiet, private companion for the first year after a baby."));
    let info;
    try {
      info = await about();
    } catch (error) {
      showProblem(error.message);
      return;
    }
    main.append(
      el("section", { class: "card", "aria-labelledby": "about-version-heading" },
        el("h2", { id: "about-version-heading" }, "This copy"),
        el("dl", { class: "facts" },
          el("dt", {}, "Version"), el("dd", { id: "about-version" }, info.version),
          el("dt", {}, "Your data"), el("dd", { class: "path", id: "about-data-dir" }, info.data_dir),
          el("dt", {}, "Schema"), el("dd", {}, String(info.schema_version))),
        el("p", {}, "Village works offline and sends nothing anywhere. Your data stays in that folder unless you export it.")),
      el("section", { class: "card", "aria-labelledby": "about-licence-heading" },
        el("h2", { id: "about-licence-heading" }, "Licence"),
        el("p", { id: "about-licence" }, `Village is free software under the ${LICENCE_NAMES[info.license] ?? info.license} (${info.license}).`),
        el("p", {}, "You may use, study, share and change it; if you offer a changed version to others, you share your changes under the same licence.")),
      el("section", { class: "card", "aria-labelledby": "about-libraries-heading" },
        el("h2", { id: "about-libraries-heading" }, "Built with"),
        el("p", {}, `Village is built on ${info.libraries.length} open-source libraries, each under its own licence:`),
        el("div", { class: "table-scroll" },
          el("table", { id: "about-libraries" },
            el("thead", {}, el("tr", {},
              el("th", { scope: "col" }, "Library"),
              el("th", { scope: "col" }, "Version"),
              el("th", { scope: "col" }, "Licence"))),
            el("tbody", {}, info.libraries.map(libraryRow))))));
  },
};
