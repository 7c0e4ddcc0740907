// Tables: the borderless two-column header and closing blocks, or a data table with single borders.
import type { BlockTable } from "../../model/blocks";
import type { WriteContext } from "./context";
import { paragraphXml } from "./paragraph";
import { el } from "./xml";

const SIDES = ["top", "left", "bottom", "right"] as const;

function borders(tag: string, visible: boolean, inside: boolean): string {
  const sides = inside ? [...SIDES, "insideH", "insideV"] : SIDES;
  const one = (side: string) =>
    visible
      ? el(`w:${side}`, { "w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "000000" })
      : el(`w:${side}`, { "w:val": "nil" });
  return el(tag, {}, sides.map(one).join(""));
}

export function tableXml(t: BlockTable, ctx: WriteContext): string {
  const total = t.columns.reduce((a, b) => a + b, 0);
  // Borderless layout tables sit on the text margins with no cell padding; data tables keep Word's padding.
  const pad = t.borders ? 108 : 0;
  const tblPr = el(
    "w:tblPr",
    {},
    el("w:tblW", { "w:w": total, "w:type": "dxa" }) +
      el("w:tblInd", { "w:w": 0, "w:type": "dxa" }) +
      borders("w:tblBorders", t.borders, true) +
      el("w:tblLayout", { "w:type": "fixed" }) +
      el(
        "w:tblCellMar",
        {},
        el("w:left", { "w:w": pad, "w:type": "dxa" }) + el("w:right", { "w:w": pad, "w:type": "dxa" }),
      ) +
      el("w:tblLook", { "w:val": "0000" }),
  );
  const grid = el("w:tblGrid", {}, t.columns.map((w) => el("w:gridCol", { "w:w": w })).join(""));
  const rows = t.rows
    .map((row) => {
      const cells = row.cells
        .map((cell) => {
          const tcPr = el(
            "w:tcPr",
            {},
            el("w:tcW", { "w:w": cell.width, "w:type": "dxa" }) +
              borders("w:tcBorders", t.borders, false) +
              el("w:vAlign", { "w:val": cell.verticalAlign ?? "top" }),
          );
          const available = cell.width - 2 * pad;
          const paras = cell.blocks.length
            ? cell.blocks.map((p) => paragraphXml(p, ctx, available)).join("")
            : paragraphXml({ kind: "paragraph", runs: [] }, ctx, available);
          return `<w:tc>${tcPr}${paras}</w:tc>`;
        })
        .join("");
      return `<w:tr>${el("w:trPr", {}, "<w:cantSplit/>")}${cells}</w:tr>`;
    })
    .join("");
  return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`;
}
