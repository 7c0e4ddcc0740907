import { appendix, referencedAppendices } from "../../../src/core/rules/appendix";
import { a4Page, type ParagraphSpec } from "../../../src/core/model/create";
import { testRule } from "../../helpers/rule-tester";
import { plan } from "../fixtures/documents";

const centred = { alignment: "center" as const, indent: { left: 0, right: 0, firstLine: 0 } };
const label = (text: string, run: ParagraphSpec["run"] = { size: 14, bold: true }): ParagraphSpec => ({
  text,
  run,
  format: centred,
});
const title = (text: string): ParagraphSpec => ({ text, run: { size: 14, bold: true }, format: centred });
const ref = (text: string, run: ParagraphSpec["run"] = { size: 14, italic: true }): ParagraphSpec => ({
  text,
  run,
  format: centred,
});
const REF = "(Kèm theo Kế hoạch số 04/KH-SNV ngày 05 tháng 3 năm 2024 của Sở Nội vụ)";
const appendices = (...blocks: ParagraphSpec[][]) => [
  { after: "name" as const, paragraphs: blocks.flatMap((b) => [...b, "Nội dung phụ lục."]) },
];
const one = (l = "Phụ lục I") => [label(l), title("DANH SÁCH ĐƠN VỊ THAM DỰ"), ref(REF)];
const refersTo = (text: string) => ({ p2: `Hội nghị tổ chức trang trọng, tiết kiệm (${text}).` });

testRule(appendix, {
  valid: [
    { name: "no phụ lục", doc: plan() },
    {
      name: "one phụ lục, referred to by “Phụ lục kèm theo”",
      doc: plan(refersTo("chi tiết tại Phụ lục kèm theo"), appendices(one("Phụ lục"))),
    },
    {
      name: "two phụ lục in Roman numerals, both referred to (“các Phụ lục I và II”), reference on two lines",
      doc: plan(
        refersTo("chi tiết tại các Phụ lục I và II"),
        appendices(one(), [
          label("Phụ lục II"),
          title("KINH PHÍ TỔ CHỨC"),
          ref("(Kèm theo Kế hoạch số 04/KH-SNV"),
          ref("ngày 05 tháng 3 năm 2024 của Sở Nội vụ)"),
        ]),
      ),
    },
    {
      name: "a phụ lục of tables in a landscape section of its own",
      doc: (() => {
        const d = plan(
          refersTo("chi tiết tại Phụ lục"),
          appendices(
            one("Phụ lục").map((p) => ({ ...p, section: 1, format: { ...p.format, pageBreakBefore: true } })),
          ),
        );
        return {
          ...d,
          sections: [
            {},
            { page: { ...a4Page(), width: 16838, height: 11906, orientation: "landscape" as const } },
          ],
        };
      })(),
    },
    {
      name: "a draft's reference line with its blanks (“số …/KH-SNV ngày … tháng … năm …”)",
      doc: plan(
        refersTo("Phụ lục I"),
        appendices([
          label("Phụ lục I"),
          ref("(Kèm theo Kế hoạch số …/KH-SNV ngày … tháng … năm … của Sở Nội vụ)"),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: "two phụ lục in Arabic numerals",
      doc: plan(refersTo("Phụ lục 1, Phụ lục 2"), appendices(one("Phụ lục 1"), one("Phụ lục 2"))),
      findings: [
        { message: expect.stringContaining("La Mã") },
        { message: expect.stringContaining("La Mã") },
      ],
    },
    {
      name: "the body refers to Phụ lục I only",
      doc: plan(refersTo("Phụ lục I"), appendices(one(), one("Phụ lục II"))),
      findings: [{ message: expect.stringContaining("chưa có chỉ dẫn đến “Phụ lục II”") }],
    },
    {
      name: "“PHỤ LỤC I” upper case, not bold; reference upright; no mention in the body",
      doc: plan(
        {},
        appendices([label("PHỤ LỤC I", { size: 14 }), title("DANH SÁCH"), ref(REF, { size: 14 })]),
      ),
      findings: [
        { message: expect.stringContaining("chữ in thường"), fix: expect.anything() },
        { message: expect.stringContaining("in đậm") },
        { message: expect.stringContaining("in nghiêng") },
        { message: expect.stringContaining("chưa có chỉ dẫn") },
      ],
    },
    {
      name: "no reference line",
      doc: plan(refersTo("Phụ lục"), appendices([label("Phụ lục"), title("DANH SÁCH")])),
      findings: [{ message: expect.stringContaining("thiếu dòng chỉ dẫn") }],
    },
  ],
});

describe("referencedAppendices", () => {
  it.each([
    ["theo Phụ lục I", [1]],
    ["các Phụ lục I, II và III", [1, 2, 3]],
    ["từ Phụ lục I đến Phụ lục IV", [1, 2, 3, 4]],
    ["Phụ lục II - IV kèm theo", [2, 3, 4]],
    ["phụ lục 2", [2]],
  ])("%s", (text, numbers) => {
    expect([...referencedAppendices(text).numbers].sort()).toEqual(numbers);
  });
});
