import { fontLegacyEncoding } from "../../../src/core/rules/font-legacy-encoding";
import { createModel } from "../../../src/core/model/create";
import { applyEditsToModel } from "../../../src/host/memory/apply-edits";
import { check } from "./text-context";

describe("font-legacy-encoding", () => {
  it("converts a .VnTime run to Unicode in Times New Roman", () => {
    const spec = {
      paragraphs: [{ runs: [{ text: "Ban Thường trực " }, { text: "Uû ban nh©n d©n", font: ".VnTime" }] }],
    };
    const findings = check(fontLegacyEncoding, spec);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.message).toBe(
      "Chữ dùng phông “.VnTime” theo bảng mã TCVN3 (ABC), không phải Unicode: “Uû ban nh©n d©n” đọc là “Uỷ ban nhân dân”; chuyển sang Unicode, phông Times New Roman.",
    );
    expect(f.span).toEqual({ start: 16, end: 31 });
    const paragraphText = "Ban Thường trực Uû ban nh©n d©n";
    expect(f.fix!.edits).toEqual([
      {
        kind: "setRunFormat",
        paragraph: 0,
        expectedText: paragraphText,
        start: 16,
        end: 31,
        format: { font: "Times New Roman" },
      },
      {
        kind: "replaceText",
        paragraph: 0,
        expectedText: paragraphText,
        start: 16,
        end: 31,
        replacement: "Uỷ ban nhân dân",
      },
    ]);
    const { model, skipped } = applyEditsToModel(createModel(spec), f.fix!.edits);
    expect(skipped).toEqual([]);
    expect(model.paragraphs[0].text).toBe("Ban Thường trực Uỷ ban nhân dân");
    expect(model.paragraphs[0].runs.map((r) => r.format.font)).toEqual([
      "Times New Roman",
      "Times New Roman",
    ]);
    expect(check(fontLegacyEncoding, model)).toEqual([]);
  });

  it("upper-cases .VnTimeH text and merges consecutive legacy runs", () => {
    const [f] = check(fontLegacyEncoding, {
      paragraphs: [
        {
          runs: [
            { text: "céng hßa x· héi ", font: ".VnTimeH", bold: true },
            { text: "chñ nghÜa viÖt nam", font: ".VnTimeH" },
          ],
        },
      ],
    });
    expect(f.fix!.edits[1]).toMatchObject({
      replacement: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      start: 0,
      end: 34,
    });
  });

  it("finds VNI text by its font", () => {
    const [f] = check(fontLegacyEncoding, {
      paragraphs: [{ text: "Xin chaøo caùc baïn", run: { font: "VNI-Times" } }],
    });
    expect(f.message).toContain("bảng mã VNI");
    expect(f.fix!.edits[0]).toMatchObject({ kind: "setRunFormat", start: 0, end: 19 });
    expect(f.fix!.edits[1]).toMatchObject({ kind: "replaceText", replacement: "Xin chào các bạn", end: 19 });
  });

  it("finds legacy bytes whose font was changed to Times New Roman, and only converts them", () => {
    const [f] = check(fontLegacyEncoding, { paragraphs: ["Uû ban nh©n d©n tØnh L¹ng S¬n"] });
    expect(f.message).toContain(
      "Chữ gõ theo bảng mã TCVN3 (ABC) nhưng đang hiển thị bằng phông “Times New Roman”",
    );
    expect(f.fix!.edits).toEqual([
      expect.objectContaining({ kind: "replaceText", replacement: "Uỷ ban nhân dân tỉnh Lạng Sơn" }),
    ]);
  });

  it("only changes the font of Unicode text typed in a legacy font", () => {
    const [f] = check(fontLegacyEncoding, {
      paragraphs: [{ text: "Ủy ban nhân dân", run: { font: ".VnTime" } }],
    });
    expect(f.message).toBe(
      "Chữ dùng phông “.VnTime” của bảng mã TCVN3 (ABC), không phải phông Unicode, nên hiển thị sai: “Ủy ban nhân dân”; đổi sang phông Times New Roman.",
    );
    expect(f.fix!.edits).toEqual([
      expect.objectContaining({ kind: "setRunFormat", format: { font: "Times New Roman" } }),
    ]);
  });

  it("reports text outside the body with paragraph null", () => {
    const [f] = check(fontLegacyEncoding, {
      paragraphs: ["Nội dung", { text: "Trang sè", location: "footer", run: { font: ".VnTime" } }],
    });
    expect(f).toMatchObject({ paragraph: null, paragraphId: 1 });
    expect(f.fix).toBeUndefined();
  });

  it("stays quiet on Unicode text", () => {
    expect(check(fontLegacyEncoding, ["Ủy ban nhân dân tỉnh Lạng Sơn", "Hoà bình, xuân, quá, thuê"])).toEqual(
      [],
    );
  });
});
