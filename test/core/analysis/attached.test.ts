import { detectAttachedDocument } from "../../../src/core/analysis/attached";
import { createModel } from "../../../src/core/model/create";
import { foldForSearch } from "../../../src/core/vietnamese/fold";
import { seededTexts } from "../../helpers/seeded-texts";

// The reference line is found on folded text; the rule folds only the paragraphs whose folded form can open with
// "(". What folding drops before it (white space, zero-width characters, combining marks) must not hide the line.
describe("detectAttachedDocument: the reference line behind what folding drops", () => {
  const pieces = [
    " ",
    "\u00a0",
    "\t",
    "\u200b",
    "\ufeff",
    "\u0301",
    "(",
    "(Kèm theo Quyết định",
    "KÈM THEO ",
    "Nghị quyết",
    " số 5",
    "x",
  ];
  const texts = seededTexts(14, pieces, 3000, 5);
  const expected = (t: string) =>
    /^\(kem theo (quyet dinh|nghi quyet|nghi dinh|thong tu)\b/.test(foldForSearch(t.trim()));

  it("finds the line exactly when its folded text starts the reference", () => {
    expect(texts.filter(expected).length).toBeGreaterThan(50);
    for (const text of texts) {
      const model = createModel({ paragraphs: ["Điều 1. Ban hành.", text] });
      const found = detectAttachedDocument(model, 0, model.bodyCount);
      expect([text, found?.contentStart ?? null]).toEqual([text, expected(text) ? 2 : null]);
    }
  });

  it("reads a line opened by a zero-width space and a stray combining mark", () => {
    const model = createModel({
      paragraphs: ["Điều 1.", "\u200b\u0301 (Kèm theo Quyết định số 12/QĐ-UBND)"],
    });
    expect(detectAttachedDocument(model, 0, 2)?.titleBlock).toEqual([1]);
  });
});
