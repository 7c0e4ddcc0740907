import { authority } from "../../../src/core/rules/authority";
import { testRule } from "../../helpers/rule-tester";
import { authorityLine, decision } from "../fixtures/decision";
import { plan, withText } from "../fixtures/documents";

const sign = (lines: string[]) => ({
  auth: withText("auth", lines[0]),
  kt: lines[1] === undefined ? null : withText("kt", lines[1]),
  deputy: lines[2] === undefined ? null : withText("deputy", lines[2]),
});

testRule(authority, {
  valid: [
    { name: "TM. ỦY BAN NHÂN DÂN under “ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN”", doc: decision() },
    {
      name: "KT. CHỦ TỊCH under “CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN”",
      doc: decision({
        authority: [authorityLine("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")],
        changes: sign(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
      }),
    },
    {
      name: "the chairman signs himself; the authority on two lines, agency abbreviated in the header",
      doc: decision({
        authority: [authorityLine("CHỦ TỊCH"), authorityLine("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")],
        changes: { ...sign(["CHỦ TỊCH"]), agency: withText("agency", "UBND TỈNH LẠNG SƠN") },
      }),
    },
    {
      name: "a Sở director's quyết định (“GIÁM ĐỐC SỞ NỘI VỤ”, KT. GIÁM ĐỐC)",
      doc: decision({
        authority: [authorityLine("GIÁM ĐỐC SỞ NỘI VỤ")],
        changes: { agency: withText("agency", "SỞ NỘI VỤ"), ...sign(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]) },
      }),
    },
    {
      name: "MTTQ: TM. BAN THƯỜNG TRỰC under “BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC …”, header abbreviated “MTTQ”",
      doc: decision({
        authority: [
          authorityLine("BAN THƯỜNG TRỰC"),
          authorityLine("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN"),
        ],
        changes: {
          agency: withText("agency", "ỦY BAN MTTQ VIỆT NAM TỈNH LẠNG SƠN"),
          ...sign(["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"]),
        },
      }),
    },
    { name: "not a quyết định: a plan has no thẩm quyền line", doc: plan() },
  ],
  invalid: [
    {
      name: "the issue's case: the chairman named while “TM. ỦY BAN NHÂN DÂN” signs",
      doc: decision({ authority: [authorityLine("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")] }),
      findings: [
        {
          paragraph: 8,
          message: expect.stringMatching(/thay mặt tập thể.*“ỦY BAN NHÂN DÂN …”.*Điều 13/),
        },
      ],
    },
    {
      name: "the collective named while KT. CHỦ TỊCH signs",
      doc: decision({ changes: sign(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]) }),
      findings: [{ message: expect.stringContaining("bắt đầu bằng chức vụ “CHỦ TỊCH”") }],
    },
    {
      name: "another agency than the header's",
      doc: decision({
        authority: [authorityLine("GIÁM ĐỐC SỞ TÀI CHÍNH")],
        changes: { agency: withText("agency", "SỞ NỘI VỤ"), ...sign(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]) },
      }),
      findings: [{ message: expect.stringContaining("không khớp tên cơ quan ban hành “SỞ NỘI VỤ”") }],
    },
    {
      name: "not bold, not centred",
      doc: decision({
        authority: [{ text: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", run: { size: 14, bold: false } }],
      }),
      findings: [
        { message: expect.stringContaining("in đậm") },
        { message: expect.stringContaining("căn giữa") },
      ],
    },
  ],
});
