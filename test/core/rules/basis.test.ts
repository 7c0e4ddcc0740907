import { basis } from "../../../src/core/rules/basis";
import { testRule } from "../../helpers/rule-tester";
import { basisLine, decision } from "../fixtures/decision";
import { plan } from "../fixtures/documents";

const LUAT = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;";
const ND30 = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;";
const PROPOSAL = "Theo đề nghị của Giám đốc Sở Nội vụ.";
const party = { dash: true, size: [14, 15], basis: "HD 36-HD/VPTW" };

testRule(basis, {
  valid: [
    {
      name: "the decision fixture (Luật by kind and name, Nghị định in full, Theo đề nghị last)",
      doc: decision(),
    },
    {
      name: "the decree's own form: “Theo đề nghị …;” then “Chính phủ ban hành Nghị định ….”",
      doc: decision({
        basis: [
          basisLine("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"),
          basisLine("Theo đề nghị của Bộ trưởng Bộ Nội vụ;"),
          basisLine("Chính phủ ban hành Nghị định về công tác văn thư."),
        ],
      }),
    },
    {
      name: "a căn cứ wrapped with a line break (Shift+Enter) and a date written 05/3/2020",
      doc: decision({
        basis: [
          basisLine(LUAT),
          basisLine("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020\ncủa Chính phủ về công tác văn thư;"),
          basisLine(PROPOSAL),
        ],
      }),
    },
    {
      name: "a later mention by kind and number only",
      doc: decision({
        basis: [
          basisLine(ND30),
          basisLine("Căn cứ Nghị định số 30/2020/NĐ-CP về trình tự ký văn bản;"),
          basisLine(PROPOSAL),
        ],
      }),
    },
    {
      name: "Party: “- Căn cứ …;” at 14 pt",
      doc: decision({
        basis: [
          basisLine("- Căn cứ Điều lệ Đảng;"),
          basisLine("- Căn cứ Quy định số 24-QĐ/TW ngày 30 tháng 7 năm 2021 của Ban Chấp hành Trung ương;"),
          basisLine("- Xét đề nghị của Ban Tổ chức Tỉnh ủy."),
        ],
      }),
      options: party,
    },
    {
      name: "a plan opening with “Căn cứ …, Sở xây dựng kế hoạch như sau:” is prose",
      doc: plan({ intro: "Căn cứ Kế hoạch số 10/KH-UBND, Sở Nội vụ xây dựng kế hoạch như sau:" }),
    },
  ],
  invalid: [
    {
      name: "upright, wrong endings",
      doc: decision({
        basis: [
          { text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015,", run: { size: 14 } },
          basisLine("Theo đề nghị của Giám đốc Sở Nội vụ;"),
        ],
      }),
      findings: [
        {
          message: expect.stringContaining("“;”"),
          fix: expect.objectContaining({ edits: [expect.objectContaining({ replacement: ";" })] }),
        },
        { message: expect.stringContaining("in nghiêng") },
        { message: expect.stringContaining("dấu chấm “.”") },
      ],
    },
    {
      name: "a cited document without date and issuer; a Thông tư without its number",
      doc: decision({
        basis: [
          basisLine("Căn cứ Quyết định số 12/QĐ-UBND về công tác văn thư;"),
          basisLine("Căn cứ Thông tư hướng dẫn của Bộ Nội vụ ngày 19 tháng 6 năm 2015;"),
          basisLine(PROPOSAL),
        ],
      }),
      findings: [
        { message: expect.stringContaining("còn thiếu ngày ban hành, cơ quan ban hành") },
        { message: expect.stringContaining("còn thiếu số, ký hiệu") },
      ],
    },
    {
      name: "two căn cứ in one paragraph; Theo đề nghị not last",
      doc: decision({
        basis: [
          basisLine(`${LUAT}\n${ND30}`),
          basisLine("Theo đề nghị của Giám đốc Sở Nội vụ;"),
          basisLine(ND30.replace(";", ".")),
        ],
      }),
      findings: [
        { message: expect.stringContaining("một đoạn riêng") },
        { message: expect.stringContaining("đứng sau cùng") },
      ],
    },
    {
      name: "a căn cứ cut in two paragraphs by Enter",
      doc: decision({
        basis: [
          basisLine("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020"),
          basisLine("của Chính phủ về công tác văn thư;"),
          basisLine(PROPOSAL),
        ],
      }),
      findings: [{ message: expect.stringContaining("ngắt thành 2 đoạn") }],
    },
    {
      name: "Party without the dash",
      doc: decision({
        basis: [basisLine("Căn cứ Điều lệ Đảng;"), basisLine("Xét đề nghị của Ban Tổ chức Tỉnh ủy.")],
      }),
      options: party,
      findings: [
        { message: expect.stringMatching(/gạch đầu dòng.*HD 36/), fix: expect.anything() },
        { message: expect.stringContaining("gạch đầu dòng") },
      ],
    },
  ],
});
