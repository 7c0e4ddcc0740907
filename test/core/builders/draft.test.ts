import { DRAFT_TYPES } from "../../../src/core/builders/doc-types";
import { buildDraft } from "../../../src/core/builders/document";
import { byRole, officeProfile, paragraphsOf, sampleOrgProfile, textOf } from "./helpers";

const date = { day: 5, month: 1, year: 2026 };

describe.each(DRAFT_TYPES)("skeleton %s", (type) => {
  const draft = buildDraft({ type, org: officeProfile(), date });
  const paras = paragraphsOf(draft.blocks);

  it("starts with the header table and ends with the closing table", () => {
    expect(draft.blocks[0]).toMatchObject({ kind: "table", role: "header", borders: false });
    expect(draft.blocks[draft.blocks.length - 1]).toMatchObject({ kind: "table", role: "closing" });
  });

  it("carries the header elements with a line under the agency and the motto", () => {
    expect(byRole(draft.blocks, "national-title").map(textOf)).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]);
    expect(byRole(draft.blocks, "motto")[0].lineUnder).toEqual({ fraction: 1 });
    expect(byRole(draft.blocks, "agency-name")[0].lineUnder?.fraction).toBeGreaterThanOrEqual(1 / 3);
    expect(byRole(draft.blocks, "agency-name")[0].lineUnder?.fraction).toBeLessThanOrEqual(1 / 2);
    expect(textOf(byRole(draft.blocks, "place-date")[0])).toBe("Lạng Sơn, ngày 05 tháng 01 năm 2026");
  });

  it("ends the body with ./. and the Nơi nhận with the archive line", () => {
    const ending = paras.filter((p) => textOf(p).endsWith("./."));
    expect(ending).toHaveLength(1);
    expect(textOf(byRole(draft.blocks, "recipient").slice(-1)[0])).toBe("- Lưu: VT, VP.");
  });

  it("leaves visible placeholders to fill", () => {
    expect(paras.some((p) => p.runs.some((r) => r.placeholder && /^\[.+\]$/.test(r.text)))).toBe(true);
  });

  it("sets up A4 with NĐ 30 margins and page numbers", () => {
    expect(draft.spec.page).toMatchObject({ width: 11906, height: 16838, orientation: "portrait" });
    expect(draft.spec.page.margins).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    expect(draft.spec.pageNumbers).toBe(true);
    expect(draft.signatureProblem).toBeNull();
  });
});

describe("type-specific parts", () => {
  const org = officeProfile();
  it("puts V/v under the number of a công văn, Kính gửi and Như trên", () => {
    const d = buildDraft({ type: "cong-van", org, date });
    expect(textOf(byRole(d.blocks, "doc-number")[0])).toBe("Số: …/SNV-VP");
    expect(textOf(byRole(d.blocks, "vv-summary")[0])).toMatch(/^V\/v \[/);
    expect(byRole(d.blocks, "doc-title")).toHaveLength(0);
    expect(textOf(byRole(d.blocks, "recipient-to")[0])).toMatch(/^Kính gửi: /);
    expect(textOf(byRole(d.blocks, "recipient")[0])).toBe("- Như trên;");
  });

  it("gives a quyết định its authority line, căn cứ, QUYẾT ĐỊNH: and Như Điều 3", () => {
    const d = buildDraft({ type: "quyet-dinh", org, date });
    const texts = paragraphsOf(d.blocks).map(textOf);
    expect(texts).toContain("QUYẾT ĐỊNH");
    expect(texts).toContain("GIÁM ĐỐC SỞ NỘI VỤ");
    expect(texts).toContain("QUYẾT ĐỊNH:");
    const basis = byRole(d.blocks, "legal-basis").map(textOf);
    expect(basis[0]).toMatch(/^Căn cứ .*;$/);
    expect(basis[basis.length - 1]).toMatch(/^Theo đề nghị của .*\.$/);
    expect(texts.filter((t) => /^Điều \d\. /.test(t))).toHaveLength(3);
    expect(textOf(byRole(d.blocks, "recipient")[0])).toBe("- Như Điều 3;");
  });

  it("lays out a kế hoạch as the seed: I. MỤC ĐÍCH, YÊU CẦU — II. NỘI DUNG — III. TỔ CHỨC THỰC HIỆN", () => {
    const d = buildDraft({ type: "ke-hoach", org, date, summary: "Công tác thi đua năm 2026" });
    const parts = byRole(d.blocks, "heading")
      .filter((p) => p.headingLevel === 1)
      .map(textOf);
    expect(parts).toEqual(["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]);
    expect(textOf(byRole(d.blocks, "doc-summary")[0])).toBe("Công tác thi đua năm 2026");
    expect(textOf(byRole(d.blocks, "doc-number")[0])).toBe("Số: …/KH-SNV");
  });

  it("writes the Party header and marks in the dang profile", () => {
    const party = {
      ...sampleOrgProfile(),
      agencyName: "TỈNH ỦY LẠNG SƠN",
      agencyAbbr: "TU",
      profile: "dang" as const,
    };
    const d = buildDraft({ type: "ke-hoach", org: party, date });
    const texts = paragraphsOf(d.blocks).map(textOf);
    expect(texts).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(texts).not.toContain("Độc lập - Tự do - Hạnh phúc");
    expect(texts).toContain("*");
    expect(texts).toContain("Số …-KH/TU");
    expect(texts).toContain("T/M BAN THƯỜNG TRỰC");
  });

  it("falls back to the head's title and reports why when the signer form is invalid", () => {
    const bad = { ...org, signer: { ...org.signer, authority: "TM" as const, collective: "" } };
    const d = buildDraft({ type: "thong-bao", org: bad, date });
    expect(d.signatureProblem).toMatch(/TM\./);
    expect(byRole(d.blocks, "signature-title").map(textOf)).toEqual(["GIÁM ĐỐC"]);
  });

  it("leaves the date to fill when none is given", () => {
    const d = buildDraft({ type: "giay-moi", org, date: null });
    expect(textOf(byRole(d.blocks, "place-date")[0])).toBe("Lạng Sơn, ngày […] tháng […] năm […]");
  });
});
