// font-legacy-encoding end to end: legacy text in a .docx as Word stores it, read by the reader, found, converted.
import { readDocx } from "../../../src/core/ooxml/read";
import { fontFamily } from "../../../src/core/rules/font-family";
import { fontLegacyEncoding } from "../../../src/core/rules/font-legacy-encoding";
import { applyEditsToModel } from "../../../src/host/memory/apply-edits";
import { isLegacyEncodedRun } from "../../../src/core/vietnamese/legacy";
import { A4_SECT, docx, p } from "../ooxml/fixture";
import { check } from "./text-context";

const font = (name: string) => `<w:rFonts w:ascii="${name}" w:hAnsi="${name}"/>`;

const model = readDocx(
  docx({
    styles: `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr>${font(".VnTime")}</w:rPr></w:style>`,
    body:
      p("Uû ban nh©n d©n tØnh L¹ng S¬n") +
      p("céng hßa x· héi chñ nghÜa viÖt nam", "", font(".VnTimeH")) +
      p("Xin chaøo caùc baïn", "", font("VNI-Times")) +
      p("Uû ban nh©n d©n", "", font("Times New Roman")) +
      p("Ủy ban nhân dân tỉnh Lạng Sơn", "", font("Times New Roman")) +
      p("Nội dung gõ bằng phông Arial", "", font("Arial")) +
      `<w:p><w:pPr>${A4_SECT.replace("<w:sectPr>", '<w:sectPr><w:footerReference w:type="default" r:id="rIdF"/>')}</w:pPr></w:p>`,
    parts: [{ name: "footer1.xml", type: "footer", id: "rIdF", xml: p("Trang sè") }],
  }),
);

describe("font-legacy-encoding on a .docx", () => {
  const findings = check(fontLegacyEncoding, model);

  it("finds legacy text by its effective font (style included) and by its characters", () => {
    expect(findings.map((f) => [f.paragraph, f.message.slice(0, 40)])).toEqual([
      [0, "Chữ dùng phông “.VnTime” theo bảng mã TC"],
      [1, "Chữ dùng phông “.VnTimeH” theo bảng mã T"],
      [2, "Chữ dùng phông “VNI-Times” theo bảng mã "],
      [3, "Chữ gõ theo bảng mã TCVN3 (ABC) nhưng đa"],
      [null, "Chữ dùng phông “.VnTime” theo bảng mã TC"],
    ]);
  });

  it("leaves those runs out of font-family, so each is reported once", () => {
    const reported = check(fontFamily, model).map((f) => f.paragraph);
    expect(reported).toContain(5); // the Arial paragraph: font-family does report other fonts
    for (const f of findings) expect(reported).not.toContain(f.paragraph);
  });

  it("converts every body paragraph to Unicode in Times New Roman", () => {
    const edits = findings.flatMap((f) => f.fix?.edits ?? []);
    const { model: out, skipped } = applyEditsToModel(model, edits);
    expect(skipped).toEqual([]);
    expect(out.paragraphs.slice(0, 5).map((q) => q.text)).toEqual([
      "Uỷ ban nhân dân tỉnh Lạng Sơn",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Xin chào các bạn",
      "Uỷ ban nhân dân",
      "Ủy ban nhân dân tỉnh Lạng Sơn",
    ]);
    for (const q of out.paragraphs.slice(0, 5)) {
      for (const r of q.runs) expect(isLegacyEncodedRun(r)).toBe(false);
    }
    expect(check(fontLegacyEncoding, out).map((f) => f.paragraph)).toEqual([null]);
  });
});
