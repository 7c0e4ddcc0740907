import { analyze } from "../../../src/core/analysis/analyze";
import { createModel } from "../../../src/core/model/create";
import { plan } from "../fixtures/documents";

describe("analyze: plan with header and closing tables", () => {
  const model = createModel(plan());
  const a = analyze(model);
  const text = (i: number | null) => (i === null ? null : model.paragraphs[i].text);

  it("finds the header elements", () => {
    expect(a.header.parentAgency.map(text)).toEqual(["ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"]);
    expect(a.header.agencyName.map(text)).toEqual(["SỞ NỘI VỤ"]);
    expect(text(a.header.nationalTitle)).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text(a.header.motto)).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(text(a.header.docNumber)).toBe("Số: 04/KH-SNV");
    expect(text(a.header.placeDate)).toBe("Lạng Sơn, ngày 05 tháng 3 năm 2024");
    expect(a.date).toEqual({ day: 5, month: 3, year: 2024 });
  });

  it("finds type, summary and body range", () => {
    expect(a.docType).toBe("ke-hoach");
    expect(text(a.header.docTitle)).toBe("KẾ HOẠCH");
    expect(a.header.docSummary.map(text)).toEqual(["Tổ chức hội nghị tổng kết công tác năm 2023"]);
    expect(text(a.bodyStart)).toMatch(/^Thực hiện/);
    expect(text(a.bodyEnd)).toBe("Nơi nhận:");
  });

  it("finds lines under the agency, the motto and the summary", () => {
    expect(a.linesUnder.has(a.header.agencyName[0])).toBe(true);
    expect(a.linesUnder.has(a.header.motto as number)).toBe(true);
    expect(a.linesUnder.has(a.header.docSummary[0])).toBe(true);
    expect(a.linesUnder.has(a.header.docNumber as number)).toBe(false);
  });

  it("finds headings with levels", () => {
    expect(a.headings.map((h) => [h.label, h.scheme, h.level])).toEqual([
      ["I.", "roman", 1],
      ["1.", "decimal", 2],
      ["2.", "decimal", 2],
      ["II.", "roman", 1],
      ["1.", "decimal", 2],
      ["a)", "letter", 3],
      ["b)", "letter", 3],
      ["-", "dash", 4],
      ["III.", "roman", 1],
    ]);
  });

  it("finds the closing", () => {
    expect(text(a.closing.recipientsTitle)).toBe("Nơi nhận:");
    expect(a.closing.recipients.map(text)).toEqual([
      "- UBND tỉnh (b/c);",
      "- Các phòng thuộc Sở;",
      "- Lưu: VT, VP.",
    ]);
    expect(a.closing.signatureLines.map(text)).toEqual([
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
    ]);
    expect(text(a.closing.signerName)).toBe("Nguyễn Văn An");
    expect(text(a.closing.ending)).toMatch(/\.\/\.$/);
  });
});

describe("analyze: a note under the signature", () => {
  it("does not take the note for the signer's name", () => {
    const model = createModel(
      plan({}, [
        {
          after: "name",
          paragraphs: [{ text: "Ghi chú: gửi kèm bản điện tử.", cell: { table: 1, row: 0, col: 1 } }],
        },
      ]),
    );
    const a = analyze(model);
    expect(model.paragraphs[a.closing.signerName as number].text).toBe("Nguyễn Văn An");
  });
});
