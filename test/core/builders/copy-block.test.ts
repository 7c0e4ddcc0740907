// The bản sao block (Mẫu 3.1) appended under a copied document: what it prints, and that the checker reads it as
// its own element — no second header or closing of the original, no error or warning.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCopyBlock, type CopyKind } from "../../../src/core/builders/copy-block";
import { buildDraft } from "../../../src/core/builders/document";
import type { DraftType } from "../../../src/core/builders/doc-types";
import { analyze } from "../../../src/core/analysis/analyze";
import { readDocx } from "../../../src/core/ooxml/read";
import { insertIntoDocx } from "../../../src/core/ooxml/patch";
import { writeDocx, writeFragment } from "../../../src/core/ooxml/write";
import { parseOrgProfile } from "../../../src/core/org/profile-json";
import { checkAsync, prepareCheck } from "../../../src/core/rules/engine";
import { paragraphsOf, textOf } from "./helpers";

const date = { day: 5, month: 1, year: 2026 };
const example = (file: string) =>
  parseOrgProfile(readFileSync(join(__dirname, "../../../examples", file), "utf8"));
const office = example("office.json");

beforeAll(() => prepareCheck());

function copied(type: DraftType, kind: CopyKind, annex?: string): Uint8Array {
  const draft = buildDraft({ type, org: office, date, ...(annex !== undefined ? { annex } : {}) });
  const block = buildCopyBlock({ kind, org: office, date: { day: 9, month: 1, year: 2026 } });
  return insertIntoDocx(writeDocx(draft.spec), writeFragment(block, { bodySize: 14 }), "end").bytes;
}

it("prints the form, the copy's number with its abbreviation, the place and date, Nơi nhận and the signer", () => {
  const texts = paragraphsOf(buildCopyBlock({ kind: "sao-luc", org: office, date })).map(textOf);
  expect(texts).toEqual(
    expect.arrayContaining([
      "SAO LỤC",
      `Số: …/SL-${office.agencyAbbr}`,
      "Nơi nhận:",
      "- [Nơi nhận bản sao];",
      "- Lưu: VT.",
    ]),
  );
  expect(texts.some((t) => /ngày 05 tháng 01 năm 2026/.test(t))).toBe(true);
});

it("draws the full-width line over the block as a paragraph border", () => {
  const [line] = buildCopyBlock({ kind: "sao-y", org: office, date });
  expect(line).toMatchObject({ kind: "paragraph", border: "bottom", runs: [] });
});

it("refuses a Party copy with one sentence", () => {
  expect(() => buildCopyBlock({ kind: "sao-y", org: example("party-committee.json"), date })).toThrow(
    /Hướng dẫn 36-HD\/VPTW/,
  );
});

describe.each([
  ["cong-van", "sao-y"],
  ["quyet-dinh", "sao-luc"],
  ["ke-hoach", "trich-sao"],
] as const)("%s with a %s block", (type, kind) => {
  it("is analysed as the original plus its own copy block", () => {
    const model = readDocx(copied(type, kind));
    const a = analyze(model);
    const body = model.paragraphs.slice(0, model.bodyCount);
    expect(a.copy?.kind).toBe(kind);
    expect(body[a.copy!.form].text).toBe(
      kind === "sao-y" ? "SAO Y" : kind === "sao-luc" ? "SAO LỤC" : "TRÍCH SAO",
    );
    // The original's closing ends before the block: its Nơi nhận, signer and recipients are the original's.
    expect(a.closing.recipientsTitle).toBeLessThan(a.copy!.start);
    expect(a.closing.signerName).toBeLessThan(a.copy!.start);
    expect(Math.max(...a.closing.signatureLines)).toBeLessThan(a.copy!.start);
    expect(body[a.copy!.start].format.borders.bottom).toBe(true);
  });

  it("passes the checker with no error or warning", async () => {
    const findings = (await checkAsync(readDocx(copied(type, kind)), { profile: "nd30", org: office }))
      .filter((f) => f.severity !== "info" && f.rule !== "placeholder")
      .map((f) => `${f.rule} ¶${f.paragraph}: ${f.message} | ${f.excerpt}`);
    expect(findings).toEqual([]);
  });
});

it("keeps a phụ lục of the original apart from the block", () => {
  const a = analyze(readDocx(copied("ke-hoach", "sao-y", "Danh sách")));
  expect(a.appendices).toHaveLength(1);
  const ranges = a.bodyRanges ?? [];
  expect(Math.max(...ranges.map((r) => r.end))).toBeLessThanOrEqual(a.copy!.start);
});
