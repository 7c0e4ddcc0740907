import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { VanThuError } from "../../../src/core/errors";
import { formatIssue, loadLibrary, parseLibrary } from "../../../src/core/library/validate";
import type { LibraryIssue } from "../../../src/core/library/types";
import { clause, library, lineOf, text } from "./fixtures";

const ASSETS = join(__dirname, "../../../assets/libraries");

function issues(source: string): LibraryIssue[] {
  const result = parseLibrary(source);
  if (result.ok) throw new Error("expected the library to be refused");
  return result.issues;
}

function withContentText(value: string): string {
  return text(library([clause("a", { content: [{ type: "paragraph", text: value }] })]));
}

describe("shipped libraries", () => {
  const files = readdirSync(ASSETS).filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"));

  it("ships at least one library", () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });

  it.each(files)("%s validates and uses variables", (file) => {
    const result = parseLibrary(readFileSync(join(ASSETS, file), "utf8"));
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
    expect(result.library.clauses.length).toBeGreaterThan(5);
    expect(JSON.stringify(result.library)).toMatch(/\{\{(ten_tinh|co_quan|giai_doan|nam)\}\}/);
  });
});

describe("parseLibrary", () => {
  it("accepts a valid library and normalises it to NFC", () => {
    const source = text(library([clause("a", { title: "Thi đua".normalize("NFD") })]));
    const result = parseLibrary(source);
    expect(result.ok && result.library.clauses[0].title).toBe("Thi đua".normalize("NFC"));
  });

  it("reports malformed JSON with its line", () => {
    const [issue] = issues('{\n  "id": "x",\n  "name": "y"\n  "version": "1"\n}');
    expect(issue.line).toBe(4);
    expect(formatIssue(issue)).toMatch(/^Dòng 4, cột \d+: JSON sai cú pháp: thiếu dấu phẩy/);
  });

  it("reports a missing required field at the object's line", () => {
    const lib = library([clause("a"), clause("b")]) as unknown as { clauses: Record<string, unknown>[] };
    delete lib.clauses[1].title;
    const source = text(lib);
    const found = issues(source);
    expect(found).toHaveLength(1);
    expect(found[0].reason).toMatch(/thiếu trường bắt buộc "title" \(điều khoản "b"\)/);
    expect(found[0].line).toBe(lineOf(source, '"id": "b"') - 1);
    expect(found[0].path).toBe("clauses[1]");
  });

  it("reports an unknown field at its key's line", () => {
    const lib = library([clause("a")]) as unknown as Record<string, unknown>;
    lib.script = "x";
    const source = text(lib);
    const [issue] = issues(source);
    expect(issue.reason).toMatch(/trường "script" không có trong định dạng/);
    expect(issue.line).toBe(lineOf(source, '"script"'));
  });

  it("reports wrong types, bad ids, versions, dates and levels", () => {
    const source = text({
      ...library([clause("Muc Dich")]),
      version: "v2",
      date: "2026-02-30",
      owner: { level: "phuong", organisation: "X" },
      clauses: [{ ...clause("Muc Dich"), tags: "thi đua" }],
    });
    const reasons = issues(source).map((i) => i.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/mã chỉ gồm chữ thường không dấu/),
        expect.stringMatching(/phiên bản phải viết dạng/),
        expect.stringMatching(/phải là một trong: "trung-uong", "tinh", "huyen", "xa"/),
        expect.stringMatching(/tags.*|phải là một danh sách/),
      ]),
    );
  });

  it("refuses an impossible date and duplicate clause ids with the second one's line", () => {
    expect(issues(text(library([clause("a")], { date: "2026-02-30" })))[0].reason).toMatch(
      /không có trong lịch/,
    );
    const source = text(library([clause("a"), clause("a")]));
    const [dup] = issues(source);
    expect(dup.reason).toMatch(/mã điều khoản "a" đã dùng cho clauses\[0\]/);
    expect(dup.path).toBe("clauses[1].id");
  });

  it("explains a text that is neither a string nor spans, and a bad span field", () => {
    const bad = text(
      library([clause("a", { content: [{ type: "paragraph", text: 5 as unknown as string }] })]),
    );
    expect(issues(bad)[0].reason).toMatch(/phải là một chuỗi chữ hoặc một danh sách đoạn chữ/);
    const span = text(
      library([
        clause("a", {
          content: [{ type: "paragraph", text: [{ text: "x", bold: "yes" as unknown as boolean }] }],
        }),
      ]),
    );
    const found = issues(span);
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe("clauses[0].content[0].text[0].bold");
    expect(found[0].reason).toMatch(/true hoặc false/);
  });

  it("requires a level on headings and refuses a level elsewhere", () => {
    const noLevel = text(library([clause("a", { content: [{ type: "heading", text: "1. Mục" }] })]));
    expect(issues(noLevel)[0].reason).toMatch(/thiếu trường bắt buộc "level"/);
    const stray = text(library([clause("a", { content: [{ type: "paragraph", level: 2, text: "x" }] })]));
    expect(issues(stray)[0].reason).toMatch(/chỉ đề mục/);
  });

  describe("hostile or marked-up texts are refused with the line", () => {
    it.each([
      ["<script>alert(1)</script>", /thẻ HTML\/XML "<script"/],
      ["Xin chào <w:r><w:t>x</w:t></w:r>", /thẻ HTML\/XML "<w:r"/],
      ["<b>đậm</b>", /thẻ HTML\/XML "<b"/],
      ["<!-- x -->", /thẻ HTML\/XML/],
      ["{ MERGEFIELD HoTen }", /mã trường của Word "\{ MERGEFIELD"/],
      ['{INCLUDETEXT "c:/x"}', /mã trường của Word/],
      ["a\u0013 HYPERLINK x \u0014b\u0015", /ký tự mã trường của Word \(U\+0013\)/],
      ["&lt;script&gt;", /mã thực thể HTML "&lt;"/],
      ["Tỉnh {{ten_huyen}}", /biến không có "\{\{ten_huyen\}\}"/],
      ["Tỉnh {{ten_tinh}", /dấu ngoặc nhọn lẻ/],
      ["Dòng một\u0007", /ký tự điều khiển U\+0007/],
    ])("%j", (value, reason) => {
      const source = withContentText(value);
      const found = issues(source);
      expect(found.map((i) => i.reason).join("\n")).toMatch(reason);
      expect(found[0].line).toBe(lineOf(source, '"text": "'));
      expect(found[0].path).toBe("clauses[0].content[0].text");
    });

    it("checks titles, tags, names and spans too; tags may hold no variable", () => {
      const source = text(
        library(
          [
            clause("a", {
              tags: ["{{ten_tinh}}"],
              content: [{ type: "item", text: [{ text: "<img src=x>" }] }],
            }),
          ],
          {
            name: "Thư viện <i>",
          },
        ),
      );
      const found = issues(source);
      expect(found.map((i) => i.path)).toEqual([
        "name",
        "clauses[0].tags[0]",
        "clauses[0].content[0].text[0].text",
      ]);
      expect(found[1].reason).toMatch(/không được chứa biến/);
    });

    it("accepts comparison signs and ordinary punctuation", () => {
      expect(parseLibrary(withContentText("Tỷ lệ < 50% và > 30%; (B/c) “Toàn dân” - 2026.")).ok).toBe(true);
    });
  });

  it("refuses a file that is too large before parsing", () => {
    expect(issues(" ".repeat(9 * 1024 * 1024))[0].reason).toMatch(/quá lớn/);
  });
});

describe("loadLibrary", () => {
  it("returns the library when valid", () => {
    expect(loadLibrary(text(library([clause("a")]))).id).toBe("lang-son-thu");
  });

  it("throws one Vietnamese sentence naming the line", () => {
    let error: unknown;
    try {
      loadLibrary(withContentText("<script>x</script> {{x}}"), "Tệp thu-vien.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VanThuError);
    expect((error as VanThuError).code).toBe("invalid-library");
    expect((error as VanThuError).message).toMatch(
      /^Tệp thu-vien\.json không hợp lệ — Dòng \d+, cột \d+ — clauses\[0\]\.content\[0\]\.text: .*\(và 1 lỗi khác\)\.$/,
    );
  });
});
