// The layout rules on real documents: the seed plan as a .docx, the peer's templates and the decree itself.
// Expectations are what a careful reviewer finds in them, not whatever the rules happen to say.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/analysis/analyze";
import type { DocModel } from "../../../src/core/model/types";
import { readDocx } from "../../../src/core/ooxml/read";
import { applyFixes, check } from "../../../src/core/rules/engine";
import { applyEditsToModel } from "../../../src/core/rules/model-edits";
import { layoutRules } from "../../../src/core/rules/registry-layout";
import { sampleOrgProfile } from "../../../src/core/org/defaults";

const CORPUS = "/work/shared/corpus/external";
const PEER = join(CORPUS, "kanazawahere__nd30");
const DECREE = join(CORPUS, "ericphan28__van-ban-plus/30_2020_ND_CP.docx");
const SAMPLE = join(__dirname, "../../../assets/sample/ke-hoach-thi-dua-2017-2020.docx");

const read = (file: string): DocModel => readDocx(new Uint8Array(readFileSync(file)));
const layout = (m: DocModel, profile: "nd30" | "mttq" = "nd30") =>
  check(m, { registry: layoutRules, profile });
const at = (m: DocModel, i: number | null) => (i === null ? "" : m.paragraphs[i].text);

describe("the seed plan as a .docx", () => {
  const model = read(SAMPLE);
  const a = analyze(model);

  it("detects its header, title and closing", () => {
    expect(a.docType).toBe("ke-hoach");
    expect(at(model, a.header.nationalTitle)).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(at(model, a.header.docNumber)).toMatch(/^Số: 04\/KH-/);
    expect(a.date).toEqual({ day: 10, month: 1, year: 2017 });
    expect(at(model, a.closing.recipientsTitle)).toBe("Nơi nhận:");
    expect(a.closing.signatureLines.map((i) => at(model, i))).toEqual(["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"]);
    expect(a.headings.filter((h) => h.scheme === "roman").map((h) => h.label)).toEqual(["I.", "II.", "III."]);
  });

  it("breaks recipients with its “- Lưu VT.” and nothing else in the layout", () => {
    const found = layout(model, "mttq");
    expect(found.map((f) => [f.rule, f.excerpt])).toEqual([["recipients", "- Lưu VT."]]);
  });

  it("is fixed by the guarded recipients fix with the organisation's unit", async () => {
    let current = model;
    const report = await applyFixes(model, (edits) => (current = applyEditsToModel(current, edits).model), {
      registry: layoutRules,
      rules: ["recipients"],
      org: sampleOrgProfile(),
    });
    expect(report.remaining).toEqual([]);
    expect(report.model.paragraphs.some((p) => p.text === "- Lưu: VT, VP.")).toBe(true);
  });
});

const peerFile = (name: string) => join(PEER, `${name}.docx`);
const peer = existsSync(PEER) ? describe : describe.skip;

peer("the peer's “golden” templates (kanazawahere/nd30)", () => {
  const names = ["bao-cao", "cong-van", "ke-hoach", "quyet-dinh", "to-trinh"];

  it.each(names)("%s: “Nơi nhận:” set in 11 pt instead of 12", (name) => {
    const found = layout(read(peerFile(name)));
    expect(
      found.some(
        (f) =>
          f.rule === "recipients" && f.excerpt === "Nơi nhận:" && /11 pt, quy định 12 pt/.test(f.message),
      ),
    ).toBe(true);
  });

  it.each(names)("%s: the date line writes “tháng 08”, while its blank day is accepted", (name) => {
    const found = layout(read(peerFile(name))).filter((f) => f.rule === "place-date");
    expect(found.some((f) => /“tháng 8”/.test(f.message) && f.fixable)).toBe(true);
    expect(found.some((f) => /Ngày .* không/.test(f.message))).toBe(false);
  });

  it.each(["bao-cao", "ke-hoach", "to-trinh"])("%s: dash items have no first-line indent", (name) => {
    const found = layout(read(peerFile(name))).filter((f) => f.rule === "body-indent");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.excerpt.startsWith("- "))).toBe(true);
  });

  it("quyet-dinh: “Điều N.” labels are not bold", () => {
    const found = layout(read(peerFile("quyet-dinh"))).filter((f) => f.rule === "heading-style");
    expect(found.map((f) => f.message.slice(0, 18))).toEqual([
      "“Điều 1.” phải in ",
      "“Điều 2.” phải in ",
      "“Điều 3.” phải in ",
    ]);
  });

  it("quyet-dinh: finds the authority line, the legal basis and the enacting line", () => {
    const model = read(peerFile("quyet-dinh"));
    const a = analyze(model);
    expect(a.docType).toBe("quyet-dinh");
    expect(a.header.legalBasis.length).toBe(3);
    expect(at(model, a.header.enacting ?? null)).toBe("QUYẾT ĐỊNH:");
    expect(a.headings.map((h) => h.label)).toEqual(["Điều 1.", "Điều 2.", "Điều 3."]);
  });

  it.each(names)("%s: the blank number of a draft is not a slip", (name) => {
    const found = layout(read(peerFile(name))).filter((f) => f.rule === "doc-number");
    expect(found).toEqual([]);
  });
});

(existsSync(DECREE) ? describe : describe.skip)("Nghị định 30/2020 itself", () => {
  const model = read(DECREE);
  const a = analyze(model);
  it("detects its header, chapters, articles and signature", () => {
    expect(a.header.agencyName.map((i) => at(model, i))).toEqual(["CHÍNH PHỦ"]);
    expect(at(model, a.header.docNumber)).toBe("Số: 30/2020/NĐ-CP");
    expect(a.docType).toBe("nghi-dinh");
    expect(a.headings.filter((h) => h.scheme === "dieu")).toHaveLength(38);
    expect(a.headings.filter((h) => h.scheme === "chuong")).toHaveLength(7);
    expect(a.closing.signatureLines.map((i) => at(model, i))).toEqual(["TM. CHÍNH PHỦ", "THỦ TƯỚNG"]);
    expect(at(model, a.closing.signerName).trim()).toBe("Nguyễn Xuân Phúc");
  });
  it("keeps its numbering and its header and closing elements clean", () => {
    const rules = new Set(layout(model).map((f) => f.rule));
    for (const id of [
      "heading-sequence",
      "national-title",
      "motto",
      "doc-number",
      "place-date",
      "recipients",
      "signature",
    ])
      expect(rules.has(id)).toBe(false);
  });
});
