// About Village: its version, where her data lives, its licence, and the open-source
// libraries it is built from (listed by the build from cargo metadata, not typed by hand).
// Every word comes from the catalog (ui/locales/*/settings.ftl).

import { about } from "../api.js";
import { el } from "../dom.js";
import { marked, t } from "../words.js";

/** The messages with the licence names people know, for the SPDX expressions they most often
 * come as; any other is shown as its SPDX expression. */
const LICENCE_NAMES = {
  "AGPL-3.0-or-later": "about-licence-agpl-3-or-later",
};

/** Names, versions, licences and paths are no words to translate: they stay as they are,
 * marked only for the pseudo-locale run that looks for words outside the catalog. */
function libraryRow(library) {
  return el("tr", { translate: "no" },
    el("th", { scope: "row" }, marked(library.name)),
    el("td", {}, marked(library.version)),
    el("td", {}, marked(library.license)));
}

export const aboutView = {
  titleId: "title-about-village",
  nav: "settings",
  async render(main, { showProblem }) {
    main.append(el("h1", {}, t("about-heading")),
      el("p", { class: "lead" }, t("about-lead")));
    let info;
    try {
      info = await about();
    } catch (error) {
      showProblem(error.message);
      return;
    }
    main.append(
      el("section", { class: "card", "aria-labelledby": "about-version-heading" },
        el("h2", { id: "about-version-heading" }, t("about-copy-heading")),
        el("dl", { class: "facts" },
          el("dt", {}, t("about-version")), el("dd", { id: "about-version" }, info.version),
          el("dt", {}, t("about-data")), el("dd", { class: "path", id: "about-data-dir", translate: "no" }, marked(info.data_dir)),
          el("dt", {}, t("about-schema")), el("dd", {}, String(info.schema_version))),
        el("p", {}, t("about-offline"))),
      el("section", { class: "card", "aria-labelledby": "about-licence-heading" },
        el("h2", { id: "about-licence-heading" }, t("about-licence-heading")),
        el("p", { id: "about-licence" }, t("about-licence", {
          licence: LICENCE_NAMES[info.license] ? t(LICENCE_NAMES[info.license]) : info.license,
          spdx: info.license,
        })),
        el("p", {}, t("about-licence-freedoms"))),
      el("section", { class: "card", "aria-labelledby": "about-libraries-heading" },
        el("h2", { id: "about-libraries-heading" }, t("about-libraries-heading")),
        el("p", {}, t("about-libraries", { count: info.libraries.length })),
        el("div", { class: "table-scroll" },
          el("table", { id: "about-libraries" },
            el("thead", {}, el("tr", {},
              el("th", { scope: "col" }, t("about-column-library")),
              el("th", { scope: "col" }, t("about-column-version")),
              el("th", { scope: "col" }, t("about-column-licence")))),
            el("tbody", {}, info.libraries.map(libraryRow))))));
  },
};
