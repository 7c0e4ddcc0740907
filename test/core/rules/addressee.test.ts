import { addressee } from "../../../src/core/rules/addressee";
import { dangProfile } from "../../../src/core/profiles/dang";
import type { ParagraphSpec } from "../../../src/core/model/create";
import { testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const line = (text: string, run: ParagraphSpec["run"] = { size: 14 }): ParagraphSpec => ({
  text,
  run,
  format: { alignment: "left", indent: { left: 0, right: 0, firstLine: 0 } },
});
const kinhGui = (...lines: (string | ParagraphSpec)[]) => [
  { after: "summary" as const, paragraphs: lines.map((l) => (typeof l === "string" ? line(l) : l)) },
];
const nhuTren = { rec1: withText("rec1", "- Như trên;") };

testRule(addressee, {
  valid: [
    { name: "no Kính gửi, no “- Như trên;” (a plan)", doc: plan() },
    {
      name: "one recipient on the same line",
      doc: plan(nhuTren, kinhGui("Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.")),
    },
    {
      name: "several, one per line under “Kính gửi:” (Phụ lục III, mẫu 1.5)",
      doc: plan(nhuTren, kinhGui("Kính gửi:", "- Sở Tài chính;", "- Sở Nội vụ;", "- Sở Kế hoạch và Đầu tư.")),
    },
    {
      name: "a tabbed block: the first item after a tab on the Kính gửi line, the others indented with tabs",
      doc: plan(
        nhuTren,
        kinhGui("Kính gửi:\t- Sở Tài chính;", "\t\t- Sở Nội vụ;", "\t\t- Ủy ban nhân dân các huyện."),
      ),
    },
    {
      name: "Party profile: body size 14–15",
      doc: plan(nhuTren, kinhGui(line("Kính gửi: Ban Thường vụ Tỉnh ủy.", { size: 15 }))),
      profile: dangProfile,
      options: { size: [14, 15] },
    },
  ],
  invalid: [
    {
      name: "Kính gửi without “- Như trên;” in the Nơi nhận",
      doc: plan({}, kinhGui("Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.")),
      findings: [
        { paragraph: 24, excerpt: "- UBND tỉnh (b/c);", message: expect.stringContaining("“- Như trên;”") },
      ],
    },
    {
      name: "“- Như trên;” without Kính gửi",
      doc: plan(nhuTren),
      findings: [{ message: expect.stringContaining("không có “Kính gửi:”") }],
    },
    {
      name: "several recipients crammed on one line",
      doc: plan(nhuTren, kinhGui("Kính gửi: Sở Tài chính; Sở Nội vụ.")),
      findings: [{ message: expect.stringContaining("mỗi nơi một dòng") }],
    },
    {
      name: "items ending wrongly, one without its dash (tabbed block)",
      doc: plan(nhuTren, kinhGui("Kính gửi:\t- Sở Tài chính,", "\t\t- Sở Nội vụ;", "\t\t- Sở Y tế;")),
      findings: [
        {
          message: expect.stringContaining("“;”"),
          fix: expect.objectContaining({ edits: [expect.objectContaining({ replacement: ";" })] }),
        },
        { message: expect.stringContaining("dấu chấm “.”") },
      ],
    },
    {
      name: "bold and italic, 12 pt, no colon",
      doc: plan(nhuTren, kinhGui(line("Kính gửi Sở Tài chính.", { size: 12, bold: true, italic: true }))),
      findings: [
        { message: expect.stringContaining("“Kính gửi:”") },
        { message: expect.stringContaining("không in đậm") },
        { message: expect.stringContaining("không in nghiêng") },
        { message: expect.stringContaining("cỡ chữ 12 pt") },
      ],
    },
  ],
});
