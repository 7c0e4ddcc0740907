import { loadDatasets } from "../../../src/core/rules/datasets";
import { adminUnits } from "../../../src/core/rules/admin-units";
import { testRule } from "../../helpers/rule-tester";
import type { ParagraphSpec } from "../../../src/core/model/create";
import { plan, planParts, type PlanKey } from "../fixtures/documents";

beforeAll(async () => {
  await loadDatasets(adminUnits.datasets ?? []);
});

/** A plan of the Sở Nội vụ of a province, dated as given, with some paragraphs replaced. */
function doc(province: string, date: string, parts: Partial<Record<PlanKey, string>> = {}) {
  const base = planParts();
  return plan({
    parent: { ...(base.parent as ParagraphSpec), text: `ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}` },
    date: { ...(base.date as ParagraphSpec), text: `${province}, ${date}` },
    ...parts,
  });
}
const in2026 = (parts: Partial<Record<PlanKey, string>>) =>
  doc("Bắc Ninh", "ngày 15 tháng 01 năm 2026", parts);
const in2024 = (parts: Partial<Record<PlanKey, string>>) =>
  doc("Bắc Giang", "ngày 15 tháng 01 năm 2024", parts);

testRule(adminUnits, {
  valid: [
    {
      name: "2026: current province and communes",
      doc: in2026({ p1: "UBND xã Lục Nam, phường Bắc Giang và Sở Y tế tỉnh Bắc Ninh phối hợp thực hiện." }),
    },
    {
      name: "2026: a historical period",
      doc: in2026({ p1: "Giai đoạn 2020–2025, huyện Lục Nam đã hoàn thành chương trình nông thôn mới." }),
    },
    {
      name: "2026: a former commune marked (cũ)",
      doc: in2026({ p1: "Trụ sở xã Tiên Nha (cũ) được dùng làm nhà văn hóa." }),
    },
    {
      name: "2026: a name inside a cited document",
      doc: in2026({
        intro:
          "Thực hiện Kế hoạch số 10/KH-UBND ngày 10 tháng 01 năm 2024 của UBND huyện Lục Nam, Sở Nội vụ xây dựng kế hoạch như sau:",
      }),
    },
    {
      name: "2026: the reorganisation itself",
      doc: in2026({ p1: "Sau sắp xếp, tỉnh Bắc Giang và tỉnh Bắc Ninh hợp nhất thành tỉnh Bắc Ninh." }),
    },
    {
      name: "2026: Quốc hiệu, Tiêu ngữ and lower-case words",
      doc: in2026({ p1: "Bảo đảm an sinh xã hội, trật tự đô thị ở các xã, phường." }),
    },
    {
      name: "2024: the units of that date",
      doc: in2024({
        p1: "UBND huyện Lục Nam, UBND xã Tiên Nha phối hợp với Sở Y tế tỉnh Bắc Giang.",
        rec2: "- UBND các huyện, thành phố;",
      }),
    },
    {
      name: "2024: a name the list of 01/3/2025 lacks may be a unit merged since",
      doc: in2024({ p1: "Hội nghị tổ chức tại phường Yên Dũng." }),
    },
    { name: "2024: xã, phường, thị trấn", doc: in2024({ rec2: "- UBND các xã, phường, thị trấn;" }) },
    { name: "no date: nothing to judge", doc: plan({ date: null, p1: "UBND huyện Lục Nam báo cáo." }) },
  ],
  invalid: [
    {
      name: "2026: UBND huyện in the body",
      doc: in2026({ p1: "UBND huyện Lục Nam chủ trì tổ chức hội nghị." }),
      findings: [
        {
          message: expect.stringMatching(
            /^Từ 01\/7\/2025 không còn đơn vị hành chính cấp huyện .*huyện Lục Nam nay thuộc .*xã Lục Nam.*tỉnh Bắc Ninh \(Nghị quyết 1658\/NQ-UBTVQH15\)\.$/,
          ),
          excerpt: expect.stringContaining("huyện Lục Nam"),
        },
      ],
    },
    {
      name: "2026: a district-level list in Nơi nhận",
      doc: in2026({ rec2: "- UBND các huyện, thị xã, thành phố;" }),
      findings: [{ message: expect.stringContaining("“các huyện, thị xã, thành phố”") }],
    },
    {
      name: "2026: thị trấn as a kind of commune in a list",
      doc: in2026({ rec2: "- UBND các xã, phường, thị trấn;" }),
      findings: [
        {
          message:
            "Từ 01/7/2025 không còn thị trấn (Luật Tổ chức chính quyền địa phương 2025): đơn vị hành chính cấp xã gồm xã, phường và đặc khu.",
          span: { start: 23, end: 31 },
        },
      ],
    },
    {
      name: "2026: a district Party committee",
      doc: in2026({ p1: "Ban Thường vụ Huyện ủy Lục Nam chỉ đạo thực hiện." }),
      findings: [{ message: expect.stringContaining("địa bàn huyện Lục Nam nay thuộc") }],
    },
    {
      name: "2026: a merged province",
      doc: in2026({ p1: "Phối hợp với Sở Y tế tỉnh Bắc Giang tổ chức khám sức khỏe." }),
      findings: [
        {
          message:
            "Từ 01/7/2025 tỉnh Bắc Giang đã hợp nhất vào tỉnh Bắc Ninh (Nghị quyết 202/2025/QH15): viết “tỉnh Bắc Ninh”.",
        },
      ],
    },
    {
      name: "2026: a merged commune",
      doc: in2026({ p1: "UBND xã Tiên Nha báo cáo kết quả về Sở Nội vụ." }),
      findings: [
        {
          message: "Từ 01/7/2025 xã Tiên Nha không còn (Nghị quyết 1658/NQ-UBTVQH15): nay thuộc xã Lục Nam.",
        },
      ],
    },
    {
      name: "2026: a district as the chủ quản in the header",
      doc: in2026({ parent: "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM", agency: "PHÒNG NỘI VỤ" }),
      findings: [{ paragraph: 0, message: expect.stringContaining("huyện Lục Nam nay thuộc") }],
    },
    {
      name: "2024: a đặc khu that did not exist yet",
      doc: doc("Kiên Giang", "ngày 15 tháng 01 năm 2024", {
        p1: "Đoàn công tác làm việc tại đặc khu Phú Quốc.",
      }),
      findings: [
        {
          message: expect.stringMatching(/^Đặc khu Phú Quốc chỉ có từ ngày 01\/7\/2025 .*ngày 15\/01\/2024/),
        },
      ],
    },
    {
      name: "May 2025: a phường created on 01/7/2025",
      doc: doc("Bắc Giang", "ngày 15 tháng 5 năm 2025", { p1: "Hội nghị tổ chức tại phường Yên Dũng." }),
      findings: [{ message: expect.stringContaining("Phường Yên Dũng chỉ có từ ngày 01/7/2025") }],
    },
  ],
});
