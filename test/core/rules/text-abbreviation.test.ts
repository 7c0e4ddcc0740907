import { textAbbreviation } from "../../../src/core/rules/text-abbreviation";
import { check } from "./text-context";

describe("text-abbreviation", () => {
  it("reports an abbreviation used before its full form, once", () => {
    const findings = check(textAbbreviation, [
      "Ban Thường trực Ủy ban MTTQ tỉnh xây dựng kế hoạch.",
      "MTTQ các cấp triển khai; Mặt trận Tổ quốc tỉnh chỉ đạo.",
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      paragraph: 0,
      message:
        "Chữ viết tắt “MTTQ” được dùng trước khi viết đầy đủ; lần đầu nên viết “Mặt trận Tổ quốc (MTTQ)”.",
    });
    expect(findings[0].fix).toBeUndefined();
  });

  it.each([
    [["Ủy ban nhân dân tỉnh Lạng Sơn", "UBND tỉnh chỉ đạo"]],
    [["Uỷ ban nhân dân (UBND) tỉnh chỉ đạo; UBND các huyện thực hiện"]],
    [["UBND (Ủy ban nhân dân) tỉnh chỉ đạo"]],
    [["Thực hiện Kế hoạch số 04/KH-UBND và Nghị định số 98/2023/NĐ-CP, Luật 06/2022/QH15"]],
    [["Hội đồng Thi đua - Khen thưởng tỉnh; Ban TĐ-KT tỉnh"]],
    [["phát triển kinh tế - xã hội; KT-XH ổn định"]],
    [["Cuộc vận động “Toàn dân đoàn kết”; CVĐ “Người Việt Nam ưu tiên dùng hàng Việt Nam”"]],
    [["WHO, UNESCO, ASEAN và các tổ chức quốc tế"]],
  ])("accepts %j", (doc) => expect(check(textAbbreviation, doc)).toEqual([]));

  it("lets the header and closing abbreviate, and counts their full forms", () => {
    const doc = [
      "UBND TỈNH LẠNG SƠN",
      "ỦY BAN MẶT TRẬN TỔ QUỐC",
      "MTTQ các cấp triển khai",
      "- UBND các huyện;",
    ];
    expect(check(textAbbreviation, doc, { analysis: { furniture: new Set([0, 1, 3]) } })).toEqual([]);
  });
});
