import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { libraryCommand } from "../../src/cli/commands/library";
import { putOwnClause, newLayer } from "../../src/core/library/layers";
import { loadLibrary } from "../../src/core/library/validate";
import { serializeLibrary } from "../../src/core/library/serialize";
import { clause, library, lineOf, text } from "../core/library/fixtures";

const PROVINCE = join(__dirname, "../../assets/libraries/lang-son-thi-dua-khen-thuong.json");
const dir = mkdtempSync(join(tmpdir(), "vanthu-library-"));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await libraryCommand.run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe("vanthu library validate", () => {
  it("exits 0 for the shipped library", async () => {
    const r = await run("validate", PROVINCE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/hợp lệ — Lạng Sơn — Thi đua, khen thưởng, phiên bản 1\.0/);
  });

  it("exits 1 with the line and reason of each problem", async () => {
    const source = text(
      library([
        clause("a", { content: [{ type: "paragraph", text: "{ MERGEFIELD Ten } và {{ten_huyen}}" }] }),
      ]),
    );
    const path = file("hostile.json", source);
    const r = await run("validate", path);
    expect(r.code).toBe(1);
    const line = lineOf(source, "MERGEFIELD");
    expect(r.out).toContain(`${path}:${line}:`);
    expect(r.out).toMatch(/mã trường của Word "\{ MERGEFIELD"/);
    expect(r.out).toMatch(/biến không có "\{\{ten_huyen\}\}"/);
    expect(r.out).toMatch(/không hợp lệ \(2 lỗi\)/);
  });

  it("exits 1 on malformed JSON and 2 on a missing file", async () => {
    const r = await run("validate", file("broken.json", '{\n  "id": "x",\n}'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/broken\.json:3:1 {2}JSON sai cú pháp/);
    const missing = await run("validate", join(dir, "none.json"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/không có tệp này/);
  });
});

describe("vanthu library diff", () => {
  it("shows what a new province version changes", async () => {
    const v1 = loadLibrary(readFileSync(PROVINCE, "utf8"));
    const changed = {
      ...v1.clauses[2],
      content: [{ type: "item" as const, text: "Nội dung, hình thức thi đua phải thiết thực." }],
    };
    const v2 = {
      ...v1,
      version: "1.1",
      clauses: [
        ...v1.clauses.slice(0, 2),
        changed,
        ...v1.clauses.slice(4),
        clause("moi", { title: "Điều khoản mới" }),
      ],
    };
    const r = await run("diff", PROVINCE, file("v2.json", serializeLibrary(v2)));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/lang-son-thi-dua-khen-thuong 1\.0 → lang-son-thi-dua-khen-thuong 1\.1/);
    expect(r.out).toMatch(/Thêm: 1, bỏ: 1, sửa: 1/);
    expect(r.out).toMatch(/^\+ Điều khoản mới {2}\(moi\)$/m);
    expect(r.out).toMatch(new RegExp(`^- ${v1.clauses[3].title}`, "m"));
    expect(r.out).toMatch(/^~ .*\(mdyc-noi-dung-thiet-thuc; nội dung\)$/m);
    expect(r.out).toMatch(/\[-phát động và tổ chức các phong trào-\] thi đua/);
    expect(r.out).toMatch(/\{\+thực\.\+\}/);
    expect((await run("diff", PROVINCE, PROVINCE)).code).toBe(0);
  });
});

describe("vanthu library search", () => {
  it("prints ranked matches one a line, title first, in NFC", async () => {
    const r = await run("search", PROVINCE, "KHEN THUONG".normalize("NFD"));
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toMatch(/^Công tác khen thưởng {2}\(II\. NỘI DUNG · nd-cong-tac-khen-thuong\)$/);
    expect(lines.length).toBeGreaterThan(3);
    expect(r.out).toBe(r.out.normalize("NFC"));
  });

  it("filters by section and limits, and searches through a user's layer", async () => {
    const base = loadLibrary(readFileSync(PROVINCE, "utf8"));
    const day = new Date(2026, 0, 1);
    let layer = newLayer({ level: "xa", organisation: "Xã Tân Thành" }, base, day);
    layer = putOwnClause(layer, { ...base.clauses[1], title: "Mục đích thi đua của xã" }, day);
    layer = putOwnClause(layer, clause("rieng-a", { title: "Thi đua riêng của xã" }), day);
    const own = file("own.json", serializeLibrary(layer));
    const r = await run(
      "search",
      PROVINCE,
      "thi dua",
      "--layer",
      own,
      "--section",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "--limit",
      "2",
    );
    expect(r.out.trim().split("\n")).toEqual([
      "Mục đích thi đua của xã  (I. MỤC ĐÍCH, YÊU CẦU · mdyc-day-manh-phong-trao)  [đã sửa]",
      "Thi đua riêng của xã  (I. MỤC ĐÍCH, YÊU CẦU · rieng-a)  [riêng]",
    ]);
  });

  it("exits 1 when nothing matches and 2 on bad options", async () => {
    expect((await run("search", PROVINCE, "khong co gi nhu the nay")).code).toBe(1);
    const bad = await run("search", PROVINCE, "x", "--type", "thu-tay");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/loại văn bản "thu-tay" không có/);
    expect((await run("frobnicate")).code).toBe(2);
  });
});

describe("vanthu library diff, changes across paragraphs", () => {
  it("prints only the changed lines", async () => {
    const before = library([
      clause("a", {
        content: [
          { type: "paragraph", text: "Dòng một giữ nguyên." },
          { type: "item", text: "Dòng hai bị bỏ." },
          { type: "item", text: "Dòng ba cũng bỏ." },
          { type: "paragraph", text: "Dòng cuối." },
        ],
      }),
    ]);
    const after = library([
      clause("a", {
        content: [
          { type: "paragraph", text: "Dòng một giữ nguyên." },
          { type: "paragraph", text: "Dòng cuối." },
        ],
      }),
    ]);
    const r = await run("diff", file("p1.json", text(before)), file("p2.json", text(after)));
    const shown = r.out.split("\n").filter((l) => l.startsWith("    "));
    expect(shown).toEqual(["    [-- Dòng hai bị bỏ.-]", "    [-- Dòng ba cũng bỏ.-]"]);
  });
});
