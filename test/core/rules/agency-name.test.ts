import { agencyName } from "../../../src/core/rules/agency-name";
import { dangProfile } from "../../../src/core/profiles/dang";
import { testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const centre = { alignment: "center" as const, indent: { left: 0, right: 0, firstLine: 0 } };

testRule(agencyName, {
  valid: [
    { name: "chủ quản plain, issuing body bold with a line shape under it", doc: plan() },
    {
      name: "plain paragraphs joined by tabs, line as a bottom border",
      doc: {
        paragraphs: [
          {
            runs: [
              { text: "SỞ NỘI VỤ", bold: true, size: 13 },
              { text: "\t", kind: "tab" },
              { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 13 },
            ],
            format: { ...centre, borders: { top: false, bottom: true } },
          },
          {
            runs: [
              { text: "Số: 04/KH-SNV", size: 13 },
              { text: "\t", kind: "tab" },
              { text: "Lạng Sơn, ngày 05 tháng 3 năm 2024", italic: true },
            ],
            format: centre,
          },
        ],
      },
    },
    {
      name: "Party: issuing body with an asterisk under it",
      doc: plan({
        parent: { run: { size: 14 } },
        agency: { ...withText("agency", "BAN TUYÊN GIÁO"), run: { size: 14, bold: true } },
        agencyLine: { text: "*", runs: undefined },
      }),
      profile: dangProfile,
      options: dangProfile.rules["agency-name"].options,
    },
  ],
  invalid: [
    {
      name: "issuing body not bold",
      doc: plan({ agency: { run: { size: 13 } } }),
      findings: [{ paragraph: 1, message: expect.stringContaining("Tên cơ quan ban hành phải in đậm") }],
    },
    {
      name: "chủ quản 14 pt",
      doc: plan({ parent: { run: { size: 14 } } }),
      findings: [{ paragraph: 0, message: expect.stringContaining("Tên cơ quan chủ quản cỡ chữ 14 pt") }],
    },
    {
      name: "chủ quản bold above a bold issuing body that is plain",
      doc: plan({ parent: { run: { size: 13, bold: true } }, agency: { run: { size: 13 } } }),
      findings: [{ paragraph: 1, message: expect.stringContaining("Tên cơ quan ban hành phải in đậm") }],
    },
    {
      name: "issuing body in lower case",
      doc: plan({ agency: withText("agency", "Sở Nội vụ") }),
      findings: [
        {
          message: expect.stringContaining("in hoa"),
          fix: {
            description: expect.any(String),
            edits: [expect.objectContaining({ replacement: "SỞ NỘI VỤ" })],
          },
        },
      ],
    },
    {
      name: "no line under the issuing body",
      doc: plan({ agencyLine: null }),
      findings: [{ paragraph: 1, message: expect.stringContaining("đường kẻ") }],
    },
    {
      name: "14 pt",
      doc: plan({ agency: { run: { size: 14, bold: true } } }),
      findings: [{ message: expect.stringContaining("quy định 12–13 pt") }],
    },
  ],
});
