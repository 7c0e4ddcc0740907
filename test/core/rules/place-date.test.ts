import { placeDate } from "../../../src/core/rules/place-date";
import { loadDatasets } from "../../../src/core/rules/datasets";
import { runRule, testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const date = (text: string) => plan({ date: withText("date", text) });

testRule(placeDate, {
  valid: [
    { name: "ngày 05 tháng 3", doc: plan() },
    { name: "tháng 01 and tháng 12", doc: date("Lạng Sơn, ngày 10 tháng 01 năm 2017") },
    { name: "29 February of a leap year", doc: date("Hà Nội, ngày 29 tháng 02 năm 2024") },
    { name: "draft with blank day and month", doc: date("Lạng Sơn, ngày      tháng      năm 2024") },
    { name: "draft with dots", doc: date("Lạng Sơn, ngày … tháng … năm 2024") },
  ],
  invalid: [
    {
      name: "day without its zero",
      doc: date("Lạng Sơn, ngày 5 tháng 3 năm 2024"),
      findings: [
        {
          message: expect.stringContaining("ngày 05"),
          fix: {
            description: expect.any(String),
            edits: [expect.objectContaining({ kind: "replaceText", start: 15, end: 16, replacement: "05" })],
          },
        },
      ],
    },
    {
      name: "tháng 08",
      doc: date("Lạng Sơn, ngày 05 tháng 08 năm 2024"),
      findings: [
        {
          message: expect.stringContaining("“tháng 8”"),
          fix: { description: expect.any(String), edits: [expect.objectContaining({ replacement: "8" })] },
        },
      ],
    },
    {
      name: "tháng 1 without its zero",
      doc: date("Lạng Sơn, ngày 10 tháng 1 năm 2024"),
      findings: [{ message: expect.stringContaining("tháng 01") }],
    },
    {
      name: "30 February",
      doc: date("Lạng Sơn, ngày 30 tháng 02 năm 2024"),
      findings: [{ message: expect.stringContaining("không phải ngày có thật") }],
    },
    {
      name: "no comma after the place",
      doc: date("Lạng Sơn ngày 05 tháng 3 năm 2024"),
      findings: [{ message: expect.stringContaining("dấu phẩy") }],
    },
    {
      name: "not italic",
      doc: plan({ date: { run: { size: 14 } } }),
      findings: [{ message: expect.stringContaining("in nghiêng") }],
    },
    {
      name: "size not coupled with a 13 pt Quốc hiệu",
      doc: plan({ date: { run: { size: 13, italic: true } } }),
      findings: [{ message: expect.stringContaining("quy định 14 pt") }],
    },
    {
      name: "two slips, two findings",
      doc: date("Lạng Sơn, ngày 5 tháng 08 năm 2024"),
      findings: [{ span: { start: 15, end: 16 } }, { span: { start: 23, end: 25 } }],
    },
  ],
});

describe("place-date with the administrative units of the document's date", () => {
  beforeAll(() => loadDatasets(["units"]));
  const at = (text: string) => runRule(placeDate, date(text)).map((f) => f.message);

  it("refuses a merged province as the place of a provincial body after 01/7/2025", () => {
    expect(at("Bắc Giang, ngày 15 tháng 01 năm 2026")).toEqual([
      "Địa danh: từ 01/7/2025 tỉnh Bắc Giang đã hợp nhất vào tỉnh Bắc Ninh, địa danh của cơ quan cấp tỉnh là “Bắc Ninh” (NĐ 30/2020, Phụ lục I, mục II.4).",
    ]);
  });

  it("accepts the units of the date", () => {
    expect(at("Bắc Giang, ngày 15 tháng 01 năm 2024")).toEqual([]);
    expect(at("Lạng Sơn, ngày 15 tháng 01 năm 2026")).toEqual([]);
    expect(at("Thành phố Hồ Chí Minh, ngày 15 tháng 01 năm 2026")).toEqual([]);
    expect(at("Hà Nội, ngày 15 tháng 01 năm 2026")).toEqual([]);
  });

  it("refuses a merged commune after 01/7/2025 and names where it went", () => {
    expect(at("Tiên Nha, ngày 15 tháng 01 năm 2026")).toEqual([
      expect.stringContaining("“Tiên Nha” không còn là tên đơn vị hành chính (nay thuộc xã Lục Nam)"),
    ]);
  });
});
