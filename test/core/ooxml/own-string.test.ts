// Strings the model keeps are copied out of the XML they were cut from (own-string.ts): the copies must say the same,
// and a paragraph's runs must still be cut from its text at their offsets.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ownString, ownValue } from "../../../src/core/ooxml/own-string";
import { readDocx } from "../../../src/core/ooxml/read";
import { seededTexts } from "../../helpers/seeded-texts";
import { docx, p } from "./fixture";

const REAL = join(__dirname, "../../fixtures/real");

describe("own strings", () => {
  const pieces = ["a", "Times New Roman", "ệ", "Ủy ban", "𝔸", "\ud800", " ", "\t", "x".repeat(40)];
  const texts = seededTexts(14, pieces, 2000, 12);

  it("say the same as the text they were cut from, surrogates and all", () => {
    const whole = texts.join("|");
    let at = 0;
    for (const text of texts) {
      const cut = whole.slice(at, at + text.length);
      at += text.length + 1;
      expect(ownString(cut)).toBe(text);
      expect(ownValue(cut)).toBe(text);
    }
  });

  it("leave undefined as it is", () => {
    expect(ownValue(undefined)).toBeUndefined();
  });
});

describe("paragraph text", () => {
  const models = readdirSync(REAL)
    .filter((f) => f.endsWith(".docx"))
    .map((f) => readDocx(new Uint8Array(readFileSync(join(REAL, f)))));
  models.push(
    readDocx(
      docx({
        body: `${p("Căn cứ Luật Tổ chức chính quyền địa phương")}<w:p><w:r><w:t>Kính gửi: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Ủy ban nhân dân tỉnh</w:t><w:tab/><w:t>Lạng Sơn</w:t></w:r></w:p>`,
      }),
    ),
  );

  it("is the runs' texts joined, each run at its offset", () => {
    let runs = 0;
    for (const model of models) {
      for (const para of model.paragraphs) {
        expect(para.runs.map((r) => r.text).join("")).toBe(para.text);
        for (const run of para.runs) {
          expect(para.text.slice(run.start, run.start + run.text.length)).toBe(run.text);
          runs++;
        }
      }
    }
    expect(runs).toBeGreaterThan(1000);
  });
});
