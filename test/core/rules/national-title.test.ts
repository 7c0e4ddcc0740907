import { nationalTitle } from "../../../src/core/rules/national-title";
import { dangProfile } from "../../../src/core/profiles/dang";
import { testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const dang = { profile: dangProfile, options: dangProfile.rules["national-title"].options };

testRule(nationalTitle, {
  valid: [
    { name: "exact text, bold, 13 pt", doc: plan() },
    {
      name: "12 pt with a 13 pt Tiêu ngữ",
      doc: plan({ title: { run: { size: 12, bold: true } }, motto: { run: { size: 13, bold: true } } }),
    },
    { name: "no header at all (an appendix file)", doc: { paragraphs: ["Phụ lục I", "Nội dung phụ lục."] } },
    {
      name: "Party profile: ĐẢNG CỘNG SẢN VIỆT NAM, 15 pt",
      doc: plan({
        title: { ...withText("title", "ĐẢNG CỘNG SẢN VIỆT NAM"), run: { size: 15, bold: true } },
        motto: null,
      }),
      ...dang,
    },
  ],
  invalid: [
    {
      name: "CỘNG HOÀ (new-style tone mark)",
      doc: plan({ title: withText("title", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM") }),
      findings: [
        {
          paragraph: 4,
          message: expect.stringContaining("“HÒA”"),
          fix: {
            description: expect.any(String),
            edits: [
              expect.objectContaining({
                kind: "replaceText",
                replacement: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              }),
            ],
          },
        },
      ],
    },
    {
      name: "lower case",
      doc: plan({ title: withText("title", "Cộng hòa xã hội chủ nghĩa Việt Nam") }),
      findings: [{ paragraph: 4, message: expect.stringContaining("NĐ 30/2020, Phụ lục I, mục II.1") }],
    },
    {
      name: "not bold and 14 pt",
      doc: plan({ title: { run: { size: 14, bold: false } } }),
      findings: [
        { message: expect.stringContaining("in đậm") },
        { message: expect.stringContaining("cỡ chữ 14 pt") },
      ],
    },
    {
      name: "missing while the header has a number",
      doc: plan({ title: null }),
      findings: [{ paragraph: null, message: expect.stringContaining("Thiếu dòng") }],
    },
    {
      name: "Party profile: the Quốc hiệu instead of the Party title",
      doc: plan({ title: { run: { size: 15, bold: true } } }),
      ...dang,
      findings: [{ message: expect.stringContaining("ĐẢNG CỘNG SẢN VIỆT NAM") }],
    },
  ],
});
