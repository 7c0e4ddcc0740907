import { textBrackets } from "../../../src/core/rules/text-brackets";
import { check } from "./text-context";

describe("text-brackets", () => {
  it.each([
    [
      "CVĐ “Người Việt Nam ưu tiên dùng hàng Việt Nam; Công tác",
      "“",
      "Dấu mở ngoặc kép “ không có dấu đóng ngoặc kép ”",
    ],
    ["kế hoạch 5 năm (2016-2020 theo Nghị quyết", "(", "Dấu mở ngoặc “(” không có dấu đóng ngoặc “)”"],
    [
      "kế hoạch 5 năm 2016-2020) theo Nghị quyết",
      ")",
      "Dấu đóng ngoặc “)” không có dấu mở ngoặc “(” tương ứng",
    ],
    ["Toàn dân đoàn kết” xây dựng", "”", "Dấu đóng ngoặc kép ” không có dấu mở ngoặc kép “"],
    ["tài liệu [số 3 kèm theo", "[", "Dấu mở ngoặc vuông “[”"],
    ['Phong trào "Toàn dân đoàn kết', '"', 'Số dấu ngoặc kép " trong đoạn là số lẻ'],
  ])("%s", (text, mark, message) => {
    const findings = check(textBrackets, [text]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(message);
    expect(text.slice(findings[0].span!.start, findings[0].span!.end)).toBe(mark);
    expect(findings[0].fix).toBeUndefined();
  });

  it.each([
    "a) Nội dung thứ nhất; b) nội dung thứ hai",
    "1) Tổ chức; 2) Triển khai",
    "đ) Các nội dung khác",
    "Cuộc vận động “Toàn dân đoàn kết” (giai đoạn 2016-2020) [xem phụ lục]",
    'Phong trào "Toàn dân đoàn kết" và "Xây dựng nông thôn mới"',
    "(“Người Việt Nam ưu tiên dùng hàng Việt Nam”)",
  ])("accepts %s", (text) => expect(check(textBrackets, [text])).toEqual([]));

  it("accepts a quotation that runs over several paragraphs", () => {
    const doc = [
      "Sửa đổi Điều 5 như sau:",
      "“Điều 5. Phạm vi",
      "1. Nội dung thứ nhất;",
      "2. Nội dung thứ hai.”",
    ];
    expect(check(textBrackets, doc)).toEqual([]);
  });

  it("accepts a bracket broken over two lines", () => {
    const doc = [
      "Phụ lục I",
      "(Kèm theo Nghị định số 30/2020/NĐ-CP",
      "ngày 05 tháng 3 năm 2020 của Chính phủ)",
    ];
    expect(check(textBrackets, doc)).toEqual([]);
  });

  it("reports two unclosed quotations that a later paragraph cannot both close", () => {
    const doc = ["“Điều 5. Phạm vi", "“Điều 6. Đối tượng", "Nội dung.”"];
    expect(check(textBrackets, doc).map((f) => f.paragraph)).toEqual([0]);
  });
});
