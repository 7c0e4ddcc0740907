import { a4Page } from "../../../src/core/model/create";
import type { Table } from "../../../src/core/model/types";
import { pageSize } from "../../../src/core/rules/page-size";
import { runRule, testRule } from "../../helpers/rule-tester";

const letter = { ...a4Page(), width: 12240, height: 15840 };
const landscape = { ...a4Page(), width: 16838, height: 11906, orientation: "landscape" as const };
const table: Table = { index: 0, rows: [], hasBorders: true, depth: 0, section: 1, grid: [] };

testRule(pageSize, {
  valid: [
    { name: "A4 portrait", doc: { paragraphs: ["Nội dung"] } },
    {
      name: "A4 within 1 mm",
      doc: { paragraphs: ["x"], sections: [{ page: { ...a4Page(), width: 11906 + 50 } }] },
    },
    {
      name: "a landscape section that holds a table",
      doc: {
        paragraphs: ["x", { text: "bảng", section: 1, cell: { table: 0, row: 0, col: 0 } }],
        sections: [{}, { page: landscape }],
        tables: [table],
      },
    },
  ],
  invalid: [
    {
      name: "US Letter",
      doc: { paragraphs: ["x"], sections: [{ page: letter }] },
      findings: [
        {
          paragraph: null,
          section: 0,
          message:
            "Khổ giấy của phần (section) 1 là 215,9 × 279,4 mm, phải là A4 210 × 297 mm (NĐ 30/2020, Phụ lục I, mục I.1).",
          fix: {
            description: "Đổi sang khổ A4",
            edits: [
              {
                kind: "setPageSetup",
                section: 0,
                page: { width: 11906, height: 16838, orientation: "portrait" },
              },
            ],
          },
        },
      ],
    },
    {
      name: "a landscape section without a table",
      doc: { paragraphs: ["x", { text: "y", section: 1 }], sections: [{}, { page: landscape }] },
      findings: [{ section: 1, message: expect.stringContaining("xoay ngang nhưng không có bảng") }],
    },
    {
      name: "a page setup that could not be read",
      doc: { paragraphs: ["x"], sections: [{ page: null }] },
      findings: [{ severity: "info", message: expect.stringContaining("Không kiểm tra được khổ giấy") }],
    },
  ],
});

it("fixes Letter to A4 through a safe edit", () => {
  const [finding] = runRule(pageSize, { paragraphs: ["x"], sections: [{ page: letter }] });
  expect(finding.fix?.edits).toHaveLength(1);
});
