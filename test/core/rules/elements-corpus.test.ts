// The new rules (basis, addressee, authority, placeholder, marks, appendix, text-amount) on documents that are
// right: the decree and its appendices, the peer's templates, the seed plan. Every finding they give is listed here
// with the reason it is right.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findPlaceholders } from "../../../src/core/builders/placeholders";
import type { DocModel } from "../../../src/core/model/types";
import { readDocx } from "../../../src/core/ooxml/read";
import { check } from "../../../src/core/rules/engine";
import { elementRules } from "../../../src/core/rules/registry-elements";
import type { Finding } from "../../../src/core/rules/types";

const CORPUS = "/work/shared/corpus/external";
const DECREE = join(CORPUS, "ericphan28__van-ban-plus");
const PEER = join(CORPUS, "kanazawahere__nd30");
const SAMPLE = join(__dirname, "../../../assets/sample");

const read = (file: string): DocModel => readDocx(new Uint8Array(readFileSync(file)));
const elements = (m: DocModel) => check(m, { registry: elementRules });
/**
 * The appendices quote forms one after another, and the Nơi nhận they quote (Phụ lục I, ô 9b; Mẫu 1.8 of Phụ lục III)
 * begins "- Như trên;" with no "Kính gửi" of its own: read as one document, that quoted line is what addressee
 * reports, rightly for a document and not a slip of the decree.
 */
const quotedNhuTren = (f: Finding): boolean => f.rule === "addressee" && f.excerpt === "- Như trên;";
const corpus = existsSync(DECREE) && existsSync(PEER) ? describe : describe.skip;

describe.each(["ke-hoach-thi-dua-2017-2020.docx", "seed-as-is.docx"])("the seed plan %s", (file) => {
  it("gives no finding", () => {
    expect(elements(read(join(SAMPLE, file))).map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
  });
});

corpus("the decree and its appendices", () => {
  it.each(["30_2020_ND_CP", "Phuluc2", "Phuluc6"])("%s gives no finding", (name) => {
    expect(elements(read(join(DECREE, `${name}.docx`))).map((f) => `${f.rule}: ${f.excerpt}`)).toEqual([]);
  });

  it("Phụ lục I: only the blanks of the forms it quotes (the reference line, a sample Điều, Nơi nhận, ô 13)", () => {
    const found = elements(read(join(DECREE, "Phuluc1.docx"))).filter((f) => !quotedNhuTren(f));
    expect(new Set(found.map((f) => f.rule))).toEqual(new Set(["placeholder"]));
    expect([...new Set(found.map((f) => f.paragraph))]).toEqual([102, 513, 619, 622, 670, 671, 672]);
  });

  it.each(["Phuluc3", "Phuluc4"])("%s (blank forms, mẫu): every finding is a blank of a form", (name) => {
    const found = elements(read(join(DECREE, `${name}.docx`)));
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((f) => f.rule !== "placeholder" && !quotedNhuTren(f))).toEqual([]);
  });
});

corpus("the peer's templates (kanazawahere/nd30)", () => {
  it.each(["bao-cao", "cong-van", "ke-hoach", "quyet-dinh", "to-trinh"])(
    "%s: its “[CẦN BỔ SUNG: …]” blanks, except the signer's name a draft may keep",
    (name) => {
      const model = read(join(PEER, `${name}.docx`));
      const found = elements(model).filter((f) => f.rule === "placeholder");
      const signer = model.paragraphs.find((p) => /họ tên người ký/.test(p.text))!.index;
      const want = findPlaceholders(model).filter((s) => s.paragraph !== signer);
      expect(found.map((f) => `${f.paragraph}:${f.excerpt}`)).toEqual(
        want.map((s) => `${s.paragraph}:${f40(model, s.paragraph, s.start, s.end)}`),
      );
    },
  );

  it.each(["bao-cao", "cong-van", "to-trinh"])(
    "%s: “Kính gửi” while the Nơi nhận opens with another recipient than “- Như trên;” (a real slip)",
    (name) => {
      const found = elements(read(join(PEER, `${name}.docx`))).filter((f) => f.rule !== "placeholder");
      expect(found.map((f) => [f.rule, f.excerpt])).toEqual([["addressee", "- [CẦN BỔ SUNG: nơi nhận 1];"]]);
    },
  );

  it.each(["ke-hoach", "quyet-dinh"])("%s: nothing but its blanks", (name) => {
    expect(elements(read(join(PEER, `${name}.docx`))).filter((f) => f.rule !== "placeholder")).toEqual([]);
  });
});

/** The excerpt the engine gives for a span (40 characters of context either side). */
function f40(model: DocModel, paragraph: number, start: number, end: number): string {
  const text = model.paragraphs[paragraph].text;
  return text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40));
}
