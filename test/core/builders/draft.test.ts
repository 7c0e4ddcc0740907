import { DRAFT_TYPES, typeProfiles } from "../../../src/core/builders/doc-types";
import { buildDraft, cleanSummary } from "../../../src/core/builders/document";
import { sampleOrgProfile } from "../../../src/core/org/defaults";
import { byRole, officeProfile, paragraphsOf, textOf } from "./helpers";

const date = { day: 5, month: 1, year: 2026 };
const STATE_TYPES = DRAFT_TYPES.filter((t) => typeProfiles(t).includes("nd30"));

describe.each(STATE_TYPES)("skeleton %s", (type) => {
  const draft = buildDraft({ type, org: officeProfile(), date });
  const paras = paragraphsOf(draft.blocks);
  // Mẫu 1.3: the quyết định ban hành carries its quy chế, with its own header and ending, after it.
  const parts = type === "quyet-dinh-ban-hanh" ? 2 : 1;

  it("starts with the header table and has one closing table", () => {
    expect(draft.blocks[0]).toMatchObject({ kind: "table", role: "header", borders: false });
    expect(draft.blocks.filter((b) => b.kind === "table" && b.role === "closing")).toHaveLength(1);
  });

  it("carries the header elements with a line under the agency's last line and the motto", () => {
    expect(byRole(draft.blocks, "national-title").map(textOf)).toEqual(
      Array(parts).fill("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    );
    expect(byRole(draft.blocks, "motto")[0].lineUnder).toEqual({ fraction: 1 });
    const under = byRole(draft.blocks, "agency-name")[0].lineUnder;
    expect(under?.lastLine).toBe(true);
    expect(under?.fraction).toBeGreaterThanOrEqual(1 / 3);
    expect(under?.fraction).toBeLessThanOrEqual(1 / 2);
    const dates = byRole(draft.blocks, "place-date").map(textOf);
    // Biên bản has no place and date line (Mẫu 1.9).
    expect(dates).toEqual(type === "bien-ban" ? [] : ["Lạng Sơn, ngày 05 tháng 01 năm 2026"]);
  });

  it("ends the body with ./. once", () => {
    expect(paras.filter((p) => textOf(p).endsWith("./."))).toHaveLength(parts);
  });

  it("leaves visible placeholders to fill", () => {
    expect(paras.some((p) => p.runs.some((r) => r.placeholder && /^\[.+\]$/.test(r.text)))).toBe(true);
  });

  it("sets up A4 with NĐ 30 margins and page numbers", () => {
    expect(draft.spec.page).toMatchObject({ width: 11906, height: 16838, orientation: "portrait" });
    expect(draft.spec.page.margins).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    expect(draft.spec.pageNumbers).toBe(true);
  });
});

describe("type-specific parts", () => {
  const org = officeProfile();
  const texts = (type: Parameters<typeof buildDraft>[0]["type"], o = org) =>
    paragraphsOf(buildDraft({ type, org: o, date }).blocks).map(textOf);

  it("puts V/v under the number of a công văn, Kính gửi and Như trên", () => {
    const d = buildDraft({ type: "cong-van", org, date });
    expect(textOf(byRole(d.blocks, "doc-number")[0])).toBe("Số: …/SNV-VP");
    expect(textOf(byRole(d.blocks, "vv-summary")[0])).toMatch(/^V\/v \[/);
    expect(byRole(d.blocks, "doc-title")).toHaveLength(0);
    expect(textOf(byRole(d.blocks, "recipient-to")[0])).toMatch(/^Kính gửi: /);
    expect(textOf(byRole(d.blocks, "recipient")[0])).toBe("- Như trên;");
  });

  it("does not print V/v twice when the user typed it", () => {
    const d = buildDraft({ type: "cong-van", org, date, summary: "V/v góp ý dự thảo" });
    expect(textOf(byRole(d.blocks, "vv-summary")[0])).toBe("V/v góp ý dự thảo");
    expect(cleanSummary("Về việc khen thưởng", "Về việc ")).toBe("khen thưởng");
  });

  it("sends a báo cáo upward with Kính gửi and - Như trên; (Phụ lục I, II.9b)", () => {
    const d = buildDraft({ type: "bao-cao", org, date, to: ["Ủy ban nhân dân tỉnh"] });
    expect(textOf(byRole(d.blocks, "recipient-to")[0])).toBe("Kính gửi: Ủy ban nhân dân tỉnh.");
    expect(textOf(byRole(d.blocks, "recipient")[0])).toBe("- Như trên;");
  });

  it("writes a giấy mời on Mẫu 1.7, its Nơi nhận being the invitees", () => {
    const d = buildDraft({ type: "giay-moi", org, date, to: ["Phòng Tư pháp", "Phòng Tài chính"] });
    const t = paragraphsOf(d.blocks).map(textOf);
    expect(t.some((x) => / trân trọng kính mời: Phòng Tư pháp, Phòng Tài chính\.$/.test(x))).toBe(true);
    expect(t.some((x) => x.startsWith("Tới dự "))).toBe(true);
    expect(t.some((x) => x.startsWith("Chủ trì: "))).toBe(true);
    expect(byRole(d.blocks, "recipient").map(textOf)).toEqual([
      "- Phòng Tư pháp;",
      "- Phòng Tài chính;",
      "- Lưu: VT, VP.",
    ]);
  });

  it("gives a quyết định the head's title as authority when the head decides (KT. included)", () => {
    const t = texts("quyet-dinh");
    expect(t).toContain("GIÁM ĐỐC SỞ NỘI VỤ");
    expect(t).toContain("QUYẾT ĐỊNH:");
    expect(t.filter((x) => /^Điều \d\. /.test(x))).toHaveLength(3);
  });

  it("names the collective when a collective decides: the authority agrees with TM.", () => {
    const ubnd = {
      ...org,
      parentAgency: "",
      agencyName: "ỦY BAN NHÂN DÂN XÃ TÂN THANH",
      agencyAbbr: "UBND",
      signer: {
        collective: "ỦY BAN NHÂN DÂN",
        authority: "TM" as const,
        headTitle: "CHỦ TỊCH",
        name: "Lê Văn Tú",
      },
    };
    const t = texts("quyet-dinh", ubnd);
    expect(t).toContain("ỦY BAN NHÂN DÂN XÃ TÂN THANH");
    expect(t).not.toContain("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN THANH");
    expect(t).toContain("TM. ỦY BAN NHÂN DÂN");
    const front = texts("quyet-dinh", sampleOrgProfile());
    expect(front).toContain("BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN");
  });

  it("gives each kind its own structure, not one skeleton with another title", () => {
    const bodies = new Set(
      STATE_TYPES.map((type) =>
        texts(type)
          .filter((x) => !/^(Số|CỘNG HÒA|Độc lập|Lạng Sơn|SỞ|UBND|Nơi nhận|- )/.test(x))
          .slice(3, 8)
          .join("|"),
      ),
    );
    expect(bodies.size).toBeGreaterThanOrEqual(STATE_TYPES.length - 6);
  });

  it("writes biên bản on Mẫu 1.9: no date line, THƯ KÝ and CHỦ TỌA side by side, Nơi nhận below", () => {
    const d = buildDraft({ type: "bien-ban", org, date });
    const closing = d.blocks.find((b) => b.kind === "table" && b.role === "closing");
    expect(closing && closing.kind === "table" && closing.rows.length).toBe(2);
    const t = paragraphsOf(d.blocks).map(textOf);
    expect(t.indexOf("THƯ KÝ")).toBeLessThan(t.indexOf("CHỦ TỌA"));
    expect(t.indexOf("CHỦ TỌA")).toBeLessThan(t.indexOf("Nơi nhận:"));
  });

  it("sizes the closing about 60/100 mm as the forms", () => {
    const d = buildDraft({ type: "thong-bao", org, date });
    const closing = d.blocks[d.blocks.length - 1];
    expect(closing.kind === "table" && closing.columns.map((c) => Math.round(c / 56.69))).toEqual([60, 105]);
  });

  it("prints độ mật, độ khẩn, phạm vi lưu hành and the drafter's mark where the decree has them", () => {
    const d = buildDraft({
      type: "cong-van",
      org: { ...org, contact: ["Địa chỉ: 1 Hùng Vương, Lạng Sơn"] },
      date,
      marks: { secrecy: "mật", urgency: "Hỏa tốc", scope: "Lưu hành nội bộ" },
      drafter: "PL.(300)",
      contactFooter: true,
    });
    const t = paragraphsOf(d.blocks).map(textOf);
    expect(t).toEqual(
      expect.arrayContaining(["MẬT", "HỎA TỐC", "LƯU HÀNH NỘI BỘ", "- Lưu: VT, VP, PL.(300)."]),
    );
    expect(t[t.length - 1]).toBe("Địa chỉ: 1 Hùng Vương, Lạng Sơn");
  });
});

describe("refusals: what a văn thư would send back", () => {
  const org = officeProfile();
  it.each([
    ["an academic title before the name", { name: "TS. Nguyễn Văn An" }, /học hàm, học vị/],
    ["TM. without a collective", { marks: ["TM" as const], collective: "" }, /TM\./],
    ["KT. without the deputy's title", { signerTitle: "" }, /Cần chức vụ của người ký/],
  ])("refuses %s instead of rewriting the signature", (_, change, message) => {
    const signature = {
      marks: ["KT" as const],
      headTitle: "GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
      name: "An",
      ...change,
    };
    expect(() => buildDraft({ type: "thong-bao", org, date, signature })).toThrow(message);
  });

  it("refuses a Party profile for a state body, and a Party type under a state profile", () => {
    expect(() => buildDraft({ type: "ke-hoach", org, date, profile: "dang" })).toThrow(
      /SỞ NỘI VỤ.*hồ sơ dang/,
    );
    expect(() => buildDraft({ type: "ket-luan", org, date })).toThrow(/hồ sơ nd30/);
    expect(() => buildDraft({ type: "thong-bao", org, date, marks: { urgency: "gấp" } })).toThrow(/Độ khẩn/);
  });
});
