import { buildClosing } from "../../../src/core/builders/closing";
import { draftFormat } from "../../../src/core/builders/draft-format";
import { buildRecipients } from "../../../src/core/builders/recipients";
import { textOf } from "./helpers";

const recipients = [
  { name: "UBND tỉnh", purpose: "B/c" },
  { name: "Ủy ban MTTQ các huyện;", purpose: "TH" },
  { name: "Các phòng chuyên môn" },
];

describe("Nơi nhận", () => {
  it("writes one paragraph per recipient, purposes in brackets, the archive line last", () => {
    const paras = buildRecipients({ recipients, first: "nhu-tren", unitAbbr: "VP" }, draftFormat("nd30"));
    expect(paras.map(textOf)).toEqual([
      "Nơi nhận:",
      "- Như trên;",
      "- UBND tỉnh (B/c);",
      "- Ủy ban MTTQ các huyện (TH);",
      "- Các phòng chuyên môn;",
      "- Lưu: VT, VP.",
    ]);
    expect(paras[0].runs[0]).toMatchObject({ bold: true, italic: true });
    expect(paras[0].size).toBe(12);
    expect(paras.slice(1).every((p) => p.size === 11 && p.align === "left")).toBe(true);
  });

  it("opens with Như Điều 3 for a quyết định and writes Lưu: VT. without a unit", () => {
    const paras = buildRecipients({ recipients: [], first: "nhu-dieu-3", unitAbbr: "" }, draftFormat("nd30"));
    expect(paras.map(textOf)).toEqual(["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."]);
  });

  it("underlines Nơi nhận in Party documents", () => {
    const paras = buildRecipients({ recipients, unitAbbr: "VP" }, draftFormat("dang"));
    expect(paras[0].runs[0]).toMatchObject({ underline: true, bold: false });
    expect(textOf(paras[paras.length - 1])).toBe("- Lưu Văn phòng.");
  });

  it("puts recipients and signature side by side in a borderless table filling the text width", () => {
    const f = draftFormat("nd30");
    const t = buildClosing(
      { recipients, unitAbbr: "VP" },
      { marks: ["TM"], collective: "Ủy ban nhân dân", headTitle: "Chủ tịch", name: "A" },
      f,
    );
    expect(t.borders).toBe(false);
    expect(t.columns.reduce((a, b) => a + b)).toBe(11906 - f.margins.left - f.margins.right);
    expect(textOf(t.rows[0].cells[0].blocks[0])).toBe("Nơi nhận:");
    expect(textOf(t.rows[0].cells[1].blocks[0])).toBe("TM. ỦY BAN NHÂN DÂN");
  });
});
