// Mẫu 1.3: the quy chế / quy định a quyết định ban hành carries, on its own pages after it, and the analysis that
// ends the quyết định's closing where it starts and reads its chapters and articles as their own part.
import { analyze } from "../../../src/core/analysis/analyze";
import { buildDraft } from "../../../src/core/builders/document";
import type { Block } from "../../../src/core/model/blocks";
import { readDocx } from "../../../src/core/ooxml/read";
import { writeDocx } from "../../../src/core/ooxml/write";
import { checkAsync, prepareCheck } from "../../../src/core/rules/engine";
import { officeProfile, paragraphsOf, textOf } from "./helpers";

const date = { day: 5, month: 1, year: 2026 };
const org = officeProfile();
beforeAll(() => prepareCheck());

const modelOf = (blocks: Block[], spec = buildDraft({ type: "quyet-dinh-ban-hanh", org, date }).spec) =>
  readDocx(writeDocx({ ...spec, blocks }));

it("puts the quy chế on a new page with its header, title and the Kèm theo line, by default", () => {
  const texts = paragraphsOf(buildDraft({ type: "quyet-dinh-ban-hanh", org, date }).blocks).map(textOf);
  const title = texts.lastIndexOf("QUY CHẾ");
  expect(title).toBeGreaterThan(texts.indexOf("Nơi nhận:"));
  expect(texts[title + 2]).toMatch(
    /^\(Kèm theo Quyết định số \[…\]\/QĐ-SNV ngày \[…\] tháng \[…\] năm \[…\] của \[/,
  );
  expect(texts.slice(title)).toContain("Chương I");
  expect(texts.filter((t) => t === "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toHaveLength(2);
  const model = readDocx(writeDocx(buildDraft({ type: "quyet-dinh-ban-hanh", org, date }).spec));
  const breakAt = model.paragraphs.findIndex((p) => p.format.pageBreakBefore);
  expect(breakAt).toBeGreaterThan(model.paragraphs.findIndex((p) => p.text === "Nơi nhận:"));
  expect(breakAt).toBeLessThan(model.paragraphs.findIndex((p) => p.text === "QUY CHẾ"));
});

it("makes a quy định instead, or leaves the attached văn bản out", () => {
  const texts = (attached: "quy-dinh" | null) =>
    paragraphsOf(buildDraft({ type: "quyet-dinh-ban-hanh", org, date, attached }).blocks).map(textOf);
  expect(texts("quy-dinh")).toContain("QUY ĐỊNH");
  expect(texts(null)).not.toContain("Chương I");
  expect(() => buildDraft({ type: "quyet-dinh", org, date, attached: "quy-che" })).toThrow(/Mẫu 1\.3/);
});

it("ends the quyết định's closing at the attached văn bản and reads its articles as their own part", () => {
  const draft = buildDraft({ type: "quyet-dinh-ban-hanh", org, date });
  const model = readDocx(writeDocx(draft.spec));
  const a = analyze(model);
  const body = model.paragraphs.slice(0, model.bodyCount);
  const title = body.findIndex((p) => p.text === "QUY CHẾ");
  const closing = [a.closing.recipientsTitle!, ...a.closing.recipients, ...a.closing.signatureLines];
  expect(Math.max(...closing, a.closing.signerName!)).toBeLessThan(title);
  expect(a.furniture.has(title)).toBe(true);
  const attached = a.headings.filter((h) => h.appendix === -1);
  expect(attached.map((h) => h.label)).toEqual(expect.arrayContaining(["Chương I", "Điều 1."]));
  expect(a.headings.filter((h) => h.appendix === 0).map((h) => h.label)).toContain("Điều 1.");
});

it("checks the attached văn bản's content: an article numbered out of order is reported there", async () => {
  const draft = buildDraft({ type: "quyet-dinh-ban-hanh", org, date });
  const title = draft.blocks.findIndex((b) => b.kind === "paragraph" && textOf(b) === "QUY CHẾ");
  const blocks = draft.blocks.map((b, i) =>
    i > title && b.kind === "paragraph" && textOf(b).startsWith("Điều 2.")
      ? { ...b, runs: b.runs.map((r) => (r.text === "Điều 2. " ? { ...r, text: "Điều 5. " } : r)) }
      : b,
  );
  const model = modelOf(blocks, draft.spec);
  const findings = (await checkAsync(model, { profile: "nd30", org })).filter(
    (f) => f.rule === "heading-sequence",
  );
  const article = model.paragraphs.findIndex((p) => p.text.startsWith("Điều 5."));
  expect(findings.map((f) => f.paragraph)).toContain(article);
});
