// The closing is looked for only in paragraphs that `mayOpenClosing` lets through: it must never turn away a
// paragraph one of whose parts is a recipients title or an authority line.
import { mayOpenClosing } from "../../../src/core/analysis/closing";
import { isAuthorityLine, isRecipientsTitle } from "../../../src/core/analysis/patterns";
import { segments } from "../../../src/core/analysis/text";
import { createModel } from "../../../src/core/model/create";
import { seededTexts } from "../../helpers/seeded-texts";

describe("mayOpenClosing", () => {
  const pieces = [
    "Nơi nhận:",
    "NƠI NHẬN",
    "nơi  nhận :",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "T/M BAN THƯỜNG TRỰC",
    "Q. GIÁM ĐỐC",
    "TUQ. CHÁNH VĂN PHÒNG",
    "\t",
    "\n",
    " ",
    "\u00a0",
    "\ufeff",
    "- ",
    "Kính gửi",
    "x",
    "[TÊN]",
  ];

  it("lets through every paragraph with a part that can open the closing", () => {
    let opening = 0;
    for (const text of seededTexts(32, pieces, 4000, 5)) {
      const [p] = createModel({ paragraphs: [text] }).paragraphs;
      const opens = segments(p).some((s) => isRecipientsTitle(s.text) || isAuthorityLine(s.text));
      if (opens) {
        opening++;
        expect([text, mayOpenClosing(text)]).toEqual([text, true]);
      }
    }
    expect(opening).toBeGreaterThan(500);
  });

  it("answers as one search for a part opening with N, T, K or Q would", () => {
    for (const text of seededTexts(33, pieces, 4000, 5))
      expect([text, mayOpenClosing(text)]).toEqual([text, /(?:^|[\t\n])\s*[nNTKQ]/.test(text)]);
  });

  it("turns away ordinary body text", () => {
    expect(mayOpenClosing("- Năm 2020: Kỷ niệm 90 năm Ngày thành lập Đảng")).toBe(false);
    expect(mayOpenClosing("1. Mục đích")).toBe(false);
  });
});
