// body-alignment: body paragraphs justified on both sides.
import { at, bodyParagraphs, cite, spanOf } from "./layout-helpers";
import type { Rule } from "./types";

const LOC = "Phụ lục I, mục II.6e";

export const bodyAlignment: Rule = {
  meta: {
    id: "body-alignment",
    title: "Căn lề phần nội dung",
    description: "Đoạn văn phần nội dung căn đều hai bên.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.6e" }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "safe",
  },
  check(ctx) {
    return bodyParagraphs(ctx)
      .filter(
        ({ p, heading }) =>
          (!heading || heading.scheme === "dash" || heading.scheme === "plus") &&
          p.format.alignment !== "both" &&
          p.format.alignment !== "distribute",
      )
      .map(({ p, i }) =>
        at(ctx, i, spanOf(ctx, null, i), `Đoạn văn phải căn đều hai bên ${cite(ctx, LOC)}.`, {
          description: "Căn đều hai bên",
          edits: [
            {
              kind: "setParagraphFormat",
              paragraph: p.index ?? -1,
              expectedText: p.text,
              format: { alignment: "both" },
            },
          ],
        }),
      );
  },
};
