// The placeholder rule on the skeletons `vanthu new` writes: it raises exactly their "[…]" blanks (the number, day
// and month and the signer's name may stay blank in a draft), and once every blank is filled the new rules find
// nothing.
import { analyze } from "../../../src/core/analysis/analyze";
import { DRAFT_TYPES, typeProfiles } from "../../../src/core/builders/doc-types";
import { buildDraft } from "../../../src/core/builders/document";
import { findPlaceholders } from "../../../src/core/builders/placeholders";
import type { Block, BlockParagraph, DocumentSpec } from "../../../src/core/model/blocks";
import { readDocx } from "../../../src/core/ooxml/read";
import { writeDocx } from "../../../src/core/ooxml/write";
import { check } from "../../../src/core/rules/engine";
import { elementRules } from "../../../src/core/rules/registry-elements";
import { officeProfile } from "../builders/helpers";

const date = { day: 5, month: 1, year: 2026 };

/** What a writer would type into a blank, by what the blank asks for. */
function fillFor(ask: string): string {
  const what = ask.replace(/^\[|\]$/g, "");
  if (/^…$/.test(what)) return "05";
  if (/Luật/u.test(what)) return "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015";
  if (/văn bản|căn cứ/iu.test(what))
    return "Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về công tác văn thư";
  if (what === what.toLocaleUpperCase("vi")) return "CÔNG TÁC VĂN THƯ";
  return "công tác văn thư năm 2026";
}

function filled(spec: DocumentSpec): DocumentSpec {
  const para = (p: BlockParagraph): BlockParagraph => ({
    ...p,
    runs: p.runs.map((r) => (r.placeholder ? { ...r, text: fillFor(r.text), placeholder: false } : r)),
  });
  const block = (b: Block): Block =>
    b.kind === "paragraph"
      ? para(b)
      : {
          ...b,
          rows: b.rows.map((row) => ({
            ...row,
            cells: row.cells.map((c) => ({ ...c, blocks: c.blocks.map(para) })),
          })),
        };
  return { ...spec, blocks: spec.blocks.map(block) };
}

// The state office profile makes every type a state body may issue (the Party's own types are made under dang).
describe.each(DRAFT_TYPES.filter((t) => typeProfiles(t).includes("nd30")))("%s skeleton", (type) => {
  const draft = buildDraft({ type, org: officeProfile(), date });

  it("raises exactly its “[…]” blanks in a draft", () => {
    const model = readDocx(writeDocx(draft.spec));
    const found = check(model, { registry: elementRules, rules: ["placeholder"] });
    // A draft may keep the signer's name blank (a biên bản's thư ký has none in the organisation profile).
    const signer = analyze(model).closing.signerName;
    const want = findPlaceholders(model)
      .filter((s) => s.paragraph !== signer)
      .map((s) => `${s.paragraph}:${s.text}`);
    expect(want.length).toBeGreaterThan(0);
    expect(
      found.map(
        (f) => `${f.paragraph}:${model.paragraphs[f.paragraph ?? 0].text.slice(f.span?.start, f.span?.end)}`,
      ),
    ).toEqual(want);
  });

  it("raises its blank number too before issue", () => {
    const model = readDocx(writeDocx(draft.spec));
    const found = check(model, { registry: elementRules, rules: ["placeholder"], stage: "final" });
    expect(found.every((f) => f.severity === "error")).toBe(true);
    expect(found.some((f) => /số văn bản/.test(f.message))).toBe(true);
  });

  it("gives no finding from the new rules once its blanks are filled", () => {
    const model = readDocx(writeDocx(filled(draft.spec)));
    const found = check(model, { registry: elementRules })
      .filter((f) => !(f.rule === "placeholder" && /số văn bản/.test(f.message)))
      .map((f) => `${f.rule} ¶${f.paragraph}: ${f.message} | ${f.excerpt}`);
    expect(found).toEqual([]);
  });
});
