import { recipients } from "../../../src/core/rules/recipients";
import { dangProfile } from "../../../src/core/profiles/dang";
import { emptyOrgProfile } from "../../../src/core/org/defaults";
import { runRule, testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const kinhGui = {
  after: "summary" as const,
  paragraphs: [
    { text: "Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.", format: { alignment: "center" as const } },
  ],
};

testRule(recipients, {
  valid: [
    { name: "the plan fixture", doc: plan() },
    {
      name: "Kính gửi with “- Như trên;” first",
      doc: plan({ rec1: withText("rec1", "- Như trên;") }, [kinhGui]),
    },
    {
      name: "an item wrapped onto a second paragraph",
      doc: plan({ rec2: withText("rec2", "- HĐND, UBND các tỉnh,") }, [
        { after: "rec2", paragraphs: [withText("rec2", "thành phố trực thuộc Trung ương;")] },
      ]),
    },
    {
      name: "Party profile: “Nơi nhận:” underlined 14 pt, items 12 pt, no “Lưu: VT”",
      doc: plan({
        recTitle: { run: { size: 14, underline: "single" } },
        rec1: { run: { size: 12 } },
        rec2: { run: { size: 12 } },
        recLast: { ...withText("recLast", "- Lưu Văn phòng Tỉnh ủy."), run: { size: 12 } },
      }),
      profile: dangProfile,
      options: dangProfile.rules.recipients.options,
    },
  ],
  invalid: [
    {
      name: "“- Lưu VT.” (the seed plan's slip), fixed with the organisation's unit",
      doc: plan({ recLast: withText("recLast", "- Lưu VT.") }),
      org: { ...emptyOrgProfile(), unitAbbr: "VP" },
      findings: [
        {
          message: expect.stringContaining("“- Lưu: VT, VP.”"),
          fix: {
            description: expect.any(String),
            edits: [expect.objectContaining({ replacement: "- Lưu: VT, VP." })],
          },
        },
      ],
    },
    {
      name: "“- Lưu VT.” without a known unit: no fix",
      doc: plan({ recLast: withText("recLast", "- Lưu VT.") }),
      findings: [{ message: expect.stringContaining("Lưu: VT") }],
    },
    {
      name: "“Nơi nhận:” 11 pt, not italic",
      doc: plan({ recTitle: { run: { size: 11, bold: true } } }),
      findings: [
        { message: expect.stringContaining("in nghiêng") },
        { message: expect.stringContaining("cỡ chữ 11 pt, quy định 12 pt") },
      ],
    },
    {
      name: "item 12 pt",
      doc: plan({ rec1: { run: { size: 12 } } }),
      findings: [{ paragraph: 23, message: expect.stringContaining("quy định 11 pt") }],
    },
    {
      name: "item without its semicolon",
      doc: plan({ rec1: withText("rec1", "- UBND tỉnh (b/c)") }),
      findings: [{ message: expect.stringContaining("“;”"), fix: expect.anything() }],
    },
    {
      name: "item without a dash",
      doc: plan({ rec2: withText("rec2", "Các phòng thuộc Sở;") }),
      findings: [{ message: expect.stringContaining("gạch đầu dòng") }],
    },
    {
      name: "last line not the archive line",
      doc: plan({ recLast: null }),
      findings: [{ message: expect.stringContaining("Dòng cuối") }],
    },
    {
      name: "“Nơi nhận” without its colon",
      doc: plan({ recTitle: withText("recTitle", "Nơi nhận") }),
      findings: [{ message: expect.stringContaining("dấu hai chấm") }],
    },
  ],
});

describe("recipients fixes", () => {
  it("offers no fix for “- Lưu VT.” when the drafting unit is unknown", () => {
    const found = runRule(recipients, plan({ recLast: withText("recLast", "- Lưu VT.") }));
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeUndefined();
  });
});
