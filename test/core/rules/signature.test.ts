import { signature } from "../../../src/core/rules/signature";
import { dangProfile } from "../../../src/core/profiles/dang";
import { runRule, testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const lines = (auth: string | null, kt: string | null, deputy: string | null) =>
  plan({
    auth: auth === null ? null : withText("auth", auth),
    kt: kt === null ? null : withText("kt", kt),
    deputy: deputy === null ? null : withText("deputy", deputy),
  });

testRule(signature, {
  valid: [
    { name: "TM. + KT. + deputy", doc: plan() },
    { name: "TM. + title", doc: lines("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null) },
    { name: "KT. + deputy", doc: lines("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", null) },
    { name: "Q. + title", doc: lines("Q. GIÁM ĐỐC", null, null) },
    { name: "TL. + unit head", doc: lines("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ", null) },
    { name: "TL. + KT. + deputy", doc: lines("TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG") },
    { name: "TUQ. + unit head", doc: lines("TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", null) },
    { name: "the head signs in person", doc: lines("GIÁM ĐỐC", null, null) },
    {
      name: "Party: T/M",
      doc: lines("T/M BAN THƯỜNG VỤ", "BÍ THƯ", null),
      profile: dangProfile,
      options: dangProfile.rules.signature.options,
    },
  ],
  invalid: [
    {
      name: "T/M in a state document",
      doc: lines("T/M ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null),
      findings: [{ message: expect.stringContaining("“TM.”") }],
    },
    {
      name: "missing dot",
      doc: lines("TM ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null),
      findings: [{ message: expect.stringContaining("dấu chấm") }],
    },
    {
      name: "KT. under KT.",
      doc: lines("KT. CHỦ TỊCH", "KT. PHÓ CHỦ TỊCH", "ỦY VIÊN"),
      findings: [{ message: expect.stringContaining("“KT.” dưới") }],
    },
    {
      name: "TUQ. with a mark beneath",
      doc: lines("TUQ. CHỦ TỊCH", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
      findings: [{ message: expect.stringContaining("không được ủy quyền lại") }],
    },
    {
      name: "KT. without the deputy's title",
      doc: lines("KT. CHỦ TỊCH", null, null),
      findings: [{ message: expect.stringContaining("cấp phó") }],
    },
    {
      name: "academic title before the name",
      doc: plan({ name: withText("name", "TS. Nguyễn Văn An") }),
      findings: [{ message: expect.stringContaining("học hàm, học vị") }],
    },
    {
      name: "name not bold",
      doc: plan({ name: { run: { size: 14 } } }),
      findings: [{ message: expect.stringContaining("Họ tên người ký phải in đậm") }],
    },
    { name: "title not bold", doc: plan({ deputy: { run: { size: 14 } } }), findings: [{ paragraph: 28 }] },
    {
      name: "no name",
      doc: plan({ name: null }),
      findings: [{ message: expect.stringContaining("Thiếu họ và tên") }],
    },
  ],
});

describe("signature is suggest-only", () => {
  it("carries no edit even for a format slip", () => {
    const found = runRule(signature, plan({ name: { run: { size: 14 } } }));
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeUndefined();
  });
});
