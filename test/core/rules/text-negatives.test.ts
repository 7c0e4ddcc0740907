// Legitimate administrative text of every kind the text rules must stay quiet on: no text-* or
// font-legacy-encoding finding, paragraph by paragraph and as one document.
import { textRules } from "../../../src/core/rules/registry-text";
import { runRule } from "../../helpers/rule-tester";
import { check } from "./text-context";

const LEGITIMATE: [string, string[]][] = [
  [
    "numbered items",
    [
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NỘI DUNG",
      "1. Nâng cao hiệu quả công tác quản lý nhà nước về thi đua, khen thưởng",
      "2.1. Hàng năm tổ chức phát động thi đua.",
      "2.1.3. Tổ chức sơ kết, tổng kết.",
      "a) Phát động thi đua; b) Tổ chức thực hiện; c) Sơ kết.",
      "đ) Các nội dung khác theo quy định.",
      "Điều 3. Chánh Văn phòng, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.",
      "Căn cứ điểm a khoản 2 Điều 103 của Bộ luật Hình sự;",
      "- Tiếp tục củng cố, nâng cao vai trò của Hội đồng.",
      "+ Tổ chức hội nghị biểu dương.",
    ],
  ],
  [
    "hyphens with a space on each side or none, items, indented text",
    [
      "Ban Thi đua - Khen thưởng tỉnh; giai đoạn 2017 - 2020; Số: 12/UBND-VP",
      "Kính gửi:\t- Sở Tài chính;",
      "\t\t- Sở Nội vụ.",
      "   Nội dung tiếp theo của đoạn văn.",
      "Hà Nội - Hải Phòng, Bắc - Nam, kinh tế - xã hội.",
    ],
  ],
  [
    "abbreviations with dots",
    [
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "TL. CHỦ TỊCH",
      "TUQ. CHỦ TỊCH",
      "Q. GIÁM ĐỐC",
      "TP. Lạng Sơn, TP. Hồ Chí Minh, TP.HCM và Tp. Hà Nội",
      "V/v triển khai Kế hoạch thi đua năm 2024",
      "- Ban Thi đua - Khen thưởng tỉnh (B/c);",
      "ThS. Nguyễn Văn A, TS. Trần Thị B trình bày tham luận.",
      "Các hoạt động văn hóa, văn nghệ, thể thao v.v. được tổ chức sôi nổi.",
    ],
  ],
  [
    "dates and ranges",
    [
      "Lạng Sơn, ngày 10 tháng 01 năm 2017",
      "Hà Nội, ngày      tháng      năm 2024",
      "Lạng Sơn, ngày        tháng 08 năm 2026",
      "Số:      /KH-UBND",
      "Số: …/KH-UBND",
      "Kỷ niệm 110 năm Ngày sinh đồng chí Hoàng Văn Thụ (04/11/1909 – 04/11/2019).",
      "Ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11/2020.",
      "Giai đoạn 2017-2020 và giai đoạn 2021 - 2025, nhiệm kỳ 2019–2024.",
      "Từ ngày 01/01/2024 đến ngày 31/12/2024, lúc 14h30 ngày 05/3/2020.",
    ],
  ],
  [
    "numbers, phones and percentages",
    [
      "Tổng kinh phí 1.250.000.000 đồng, trong đó ngân sách tỉnh 1.200 triệu đồng.",
      "Tỷ lệ tăng 3,5% so với cùng kỳ; đạt 50% trở lên; diện tích 12,75 ha.",
      "Điện thoại: 0205.3812.345; Fax: 0205 3812 346.",
      "Đường dây nóng 1900.1234, máy lẻ 102.",
      "Tỷ lệ 1:500, tăng 0,5 điểm phần trăm.",
    ],
  ],
  [
    "legal numbers",
    [
      "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;",
      "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;",
      "Thực hiện Kế hoạch số 04/KH-UBND ngày 10/01/2017 và Công văn số 125/UBND-VP;",
      "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
      "Quyết định số 1989/QĐ-BGDĐT ngày 25/5/2018.",
    ],
  ],
  [
    "quotes of both kinds",
    [
      "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
      'Phong trào "Toàn dân bảo vệ an ninh Tổ quốc" được phát động rộng rãi.',
      "Phong trào thi đua “Việt Nam chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” (giai đoạn 2021-2025).",
      "Danh hiệu “Tập thể lao động xuất sắc”, “Chiến sĩ thi đua cơ sở” và “Lao động tiên tiến”.",
    ],
  ],
  [
    "header and closing",
    [
      "ỦY BAN NHÂN DÂN",
      "TỈNH LẠNG SƠN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "KẾ HOẠCH",
      "Công tác Thi đua - Khen thưởng giai đoạn 2017-2020",
      "Kính gửi: Ủy ban nhân dân các huyện, thành phố.",
      "Nơi nhận:",
      "- Như Điều 3;",
      "- Lưu: VT, VP.",
      "Nguyễn Văn An",
      "Trên đây là Kế hoạch công tác Thi đua, Khen thưởng giai đoạn 2017 - 2020./.",
    ],
  ],
  [
    "Vietnamese wording",
    [
      "Người người thi đua, nhà nhà thi đua, ngày ngày thi đua.",
      "Từng bước từ từ tháo gỡ khó khăn, đời sống nhân dân dần dần được nâng lên.",
      "Ủy ban hòa giải cơ sở, công tác thủy lợi, sức khỏe nhân dân và đồng chí Hoàng Văn Thụ.",
      "Quý báu, giữa năm, hoàn thành, con thuyền, khuya khoắt.",
      "Đồng chí hỏi: “Vì sao chưa hoàn thành?”. Đơn vị đã giải trình!",
      "Liên hợp quốc (UN), Tổ chức Y tế thế giới (WHO), ASEAN và UNESCO.",
      "Địa chỉ thư điện tử: vanthu@langson.gov.vn; trang thông tin: https://mattran.langson.gov.vn.",
    ],
  ],
];

const cases = LEGITIMATE.flatMap(([kind, texts]) => texts.map((text) => [kind, text] as [string, string]));

describe("text rules on legitimate text", () => {
  it.each(cases)("%s: %s", (_kind, text) => {
    const findings = textRules.flatMap((rule) =>
      check(rule, [text]).map((f) => `${rule.meta.id}: ${f.message}`),
    );
    expect(findings).toEqual([]);
  });

  it("all of it as one document", () => {
    const doc = cases.map(([, text]) => text);
    const findings = textRules.flatMap((rule) =>
      check(rule, doc).map((f) => `${rule.meta.id}: ${f.message}`),
    );
    expect(findings).toEqual([]);
  });

  it("all of it as one document, with the checker's own analysis", () => {
    const doc = { paragraphs: cases.map(([, text]) => text) };
    const findings = textRules.flatMap((rule) =>
      runRule(rule, doc).map((f) => `${rule.meta.id}: ${f.message}`),
    );
    expect(findings).toEqual([]);
  });
});
