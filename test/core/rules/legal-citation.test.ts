import type { ParagraphSpec } from "../../../src/core/model/create";
import { loadDatasets } from "../../../src/core/rules/datasets";
import { legalCitation } from "../../../src/core/rules/legal-citation";
import { testRule } from "../../helpers/rule-tester";
import { plan, planParts, type PlanKey } from "../fixtures/documents";

beforeAll(async () => {
  await loadDatasets(legalCitation.datasets ?? []);
});

/** A quyết định-like plan dated as given, with a căn cứ line (the intro paragraph) and other paragraphs replaced. */
function doc(date: string, parts: Partial<Record<PlanKey, string>>) {
  const base = planParts();
  return plan({ date: { ...(base.date as ParagraphSpec), text: `Lạng Sơn, ${date}` }, ...parts });
}
const in2025 = (intro: string) => doc("ngày 10 tháng 3 năm 2025", { intro });
const in2020 = (intro: string) => doc("ngày 10 tháng 3 năm 2020", { intro });
const OLD_TDKT = "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;";

testRule(legalCitation, {
  valid: [
    { name: "2020: Luật Thi đua, khen thưởng 2003 was in force", doc: in2020(OLD_TDKT) },
    {
      name: "a blank day in a month before the replacement",
      doc: doc("ngày … tháng 12 năm 2023", { intro: OLD_TDKT }),
    },
    {
      name: "2025: Luật Thi đua, khen thưởng 2022",
      doc: in2025("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
    },
    {
      name: "2025: a decree by number with its date",
      doc: in2025(
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
      ),
    },
    { name: "a law by name and number", doc: in2025("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;") },
    {
      name: "an unknown document is never a finding",
      doc: in2025("Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 05 tháng 3 năm 2019 của UBND tỉnh;"),
    },
    {
      name: "a replaced law mentioned outside a căn cứ",
      doc: in2025(
        "Năm 2010, đơn vị được khen thưởng theo Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003.",
      ),
    },
    {
      name: "an amending law inside a longer name",
      doc: in2025("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    },
  ],
  invalid: [
    {
      name: "2025: Luật Thi đua, khen thưởng 2003 as a basis",
      doc: in2025(OLD_TDKT),
      findings: [
        {
          message:
            "Luật Thi đua, khen thưởng số 15/2003/QH11 đã được thay thế từ ngày 01/01/2024 bởi Luật Thi đua, khen thưởng số 06/2022/QH15: văn bản ngày 10/3/2025 phải căn cứ văn bản đang có hiệu lực.",
          excerpt: expect.stringContaining("Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003"),
        },
      ],
    },
    {
      name: "a wrong date",
      doc: in2025(
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 06 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
      ),
      findings: [
        {
          message: "Nghị định số 30/2020/NĐ-CP ban hành ngày 05/3/2020, không phải ngày 06/3/2020.",
        },
      ],
    },
    {
      name: "a wrong kind",
      doc: in2025(
        "Căn cứ Thông tư số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
      ),
      findings: [{ message: expect.stringMatching(/^Số 30\/2020\/NĐ-CP là Nghị định, không phải Thông tư/) }],
    },
    {
      name: "a law's number under another name",
      doc: in2025("Căn cứ Luật Đất đai số 06/2022/QH15;"),
      findings: [{ message: "Số 06/2022/QH15 là Luật Thi đua, khen thưởng, không phải “Luật Đất đai”." }],
    },
    {
      name: "2026: a chain of replacements names the law in force",
      doc: doc("ngày 15 tháng 01 năm 2026", {
        intro: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
      }),
      findings: [
        {
          message: expect.stringContaining(
            "đã được thay thế từ ngày 01/3/2025 bởi Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
          ),
        },
      ],
    },
    {
      // The day is left blank until issue: every day the blank can take is after the replacement.
      name: "a date line with a blank day: the first of its month decides",
      doc: doc("ngày … tháng 3 năm 2026", { intro: OLD_TDKT }),
      findings: [
        {
          message: expect.stringContaining(
            "đã được thay thế từ ngày 01/01/2024 bởi Luật Thi đua, khen thưởng số 06/2022/QH15: văn bản tháng 3 năm 2026",
          ),
        },
      ],
    },
  ],
});
