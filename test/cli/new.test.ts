import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { newCommand } from "../../src/cli/commands/new";
import { DRAFT_TYPES, typeProfiles, type DraftType } from "../../src/core/builders/doc-types";
import { readDocx } from "../../src/core/ooxml/read";

const config = join(__dirname, "../../examples/office.json");
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "vanthu-new-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await newCommand.run(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(""), err: err.join("") };
}

describe("vanthu new", () => {
  it("writes a plan dated as asked", async () => {
    const file = join(dir, "plan.docx");
    const r = await run(["ke-hoach", "--config", config, "--date", "2026-02-03", "-o", file]);
    expect(r.code).toBe(0);
    const doc = strFromU8(unzipSync(readFileSync(file))["word/document.xml"]);
    expect(doc).toContain("Lạng Sơn, ngày 03 tháng 02 năm 2026");
    expect(doc).toContain("Số: …/KH-SNV");
    expect(doc).toContain("I. MỤC ĐÍCH, YÊU CẦU");
  });

  it("writes the quy chế a quyết định ban hành carries after it, or leaves it out", async () => {
    const xmlOf = async (extra: string[]) => {
      const file = join(dir, `qd-bh-${extra.length}.docx`);
      expect((await run(["quyet-dinh-ban-hanh", "--config", config, ...extra, "-o", file])).code).toBe(0);
      return strFromU8(unzipSync(readFileSync(file))["word/document.xml"]);
    };
    const withIt = await xmlOf([]);
    expect(withIt).toContain("QUY CHẾ");
    expect(withIt).toContain("/QĐ-SNV ngày ");
    expect(withIt).toContain("(Kèm theo Quyết định số ");
    expect(await xmlOf(["--attached", "quy-dinh"])).toContain("QUY ĐỊNH");
    expect(await xmlOf(["--attached", "none", "--date", ""])).not.toContain("Kèm theo Quyết định");
  });

  it("writes a Party document from the Party committee's config", async () => {
    const file = join(dir, "party.docx");
    const party = join(__dirname, "../../examples/party-committee.json");
    expect((await run(["nghi-quyet", "--config", party, "--profile", "dang", "-o", file])).code).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(file))["word/document.xml"]);
    expect(xml).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(xml).toContain("Số …-NQ/ĐU");
    expect(xml).toContain("T/M ĐẢNG ỦY");
  });

  describe("căn cứ from the laws data", () => {
    let ubnd: string;
    beforeAll(() => {
      ubnd = join(dir, "ubnd.json");
      const office = JSON.parse(readFileSync(config, "utf8")) as Record<string, unknown>;
      writeFileSync(
        ubnd,
        JSON.stringify({
          ...office,
          parentAgency: "",
          agencyName: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
          agencyAbbr: "UBND",
          signer: {
            authority: "TM",
            collective: "ỦY BAN NHÂN DÂN",
            headTitle: "CHỦ TỊCH",
            name: "Nguyễn Văn An",
          },
        }),
      );
    });
    const text = (file: string) =>
      strFromU8(unzipSync(readFileSync(file))["word/document.xml"]).replace(/<[^>]+>/g, "");

    it("names the law on local government in force on the date, and the picked documents", async () => {
      const file = join(dir, "qd-2026.docx");
      const r = await run([
        "quyet-dinh",
        "--config",
        ubnd,
        "--date",
        "2026-02-03",
        "--basis",
        "06/2022/QH15, 30/2020/NĐ-CP",
        "-o",
        file,
      ]);
      expect([r.code, r.err]).toEqual([0, `Đã tạo ${file}.\n`]);
      const doc = text(file);
      expect(doc).toContain("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;");
      expect(doc).toContain("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
      expect(doc).toContain(
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
      );
      expect(doc).not.toContain("văn bản quy định thẩm quyền, nội dung");
    });

    it("gives a 2020 decision the 2015 law and its 2019 amendment", async () => {
      const file = join(dir, "qd-2020.docx");
      expect((await run(["quyet-dinh", "--config", ubnd, "--date", "2020-09-01", "-o", file])).code).toBe(0);
      const doc = text(file);
      expect(doc).toContain("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
      expect(doc).toContain(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
      );
      expect(doc).toContain("văn bản quy định thẩm quyền, nội dung");
    });

    it.each([
      [["--basis", "99/2099/QH99"], 'Không có văn bản "99/2099/QH99" trong dữ liệu căn cứ; xem vanthu laws.'],
      [
        ["--basis", "15/2003/QH11"],
        "Văn bản 15/2003/QH11 không có hiệu lực ngày 03/02/2026; xem vanthu laws --date 2026-02-03.",
      ],
    ])("refuses %j in one sentence, exit 2", async (extra, message) => {
      const args = ["quyet-dinh", "--config", ubnd, "--date", "2026-02-03", "-o", join(dir, "no.docx")];
      const r = await run([...args, ...extra]);
      expect([r.code, r.err]).toEqual([2, `${message}\n`]);
      expect(existsSync(join(dir, "no.docx"))).toBe(false);
    });
  });

  it.each([
    [["memo", "--config", config, "-o", "x.docx"], /Loại văn bản "memo"/],
    [["ke-hoach", "-o", "x.docx"], /Thiếu --config/],
    [["ke-hoach", "--config", config], /Thiếu -o/],
    [["ke-hoach", "--config", config, "--date", "2026-02-30", "-o", "x.docx"], /Ngày "2026-02-30"/],
    [["ke-hoach", "--config", "/nonexistent/office.json", "-o", "x.docx"], /Không đọc được tệp cấu hình/],
    [["ke-hoach", "--config", config, "--profile", "abc", "-o", "x.docx"], /Hồ sơ "abc"/],
  ])("refuses %j with one Vietnamese sentence and exit code 2", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a broken config file", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const r = await run(["ke-hoach", "--config", bad, "-o", join(dir, "bad.docx")]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "bad.docx"))).toBe(false);
  });

  it("prints its usage", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("vanthu new --list");
  });

  it("lists every type with the profiles it is issued under, as JSON", async () => {
    const r = await run(["--list", "--format", "json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { id: string; name: string; profile: string }[];
    expect(new Set(rows.map((x) => x.id))).toEqual(new Set(DRAFT_TYPES));
    expect(rows).toContainEqual({ id: "ket-luan", name: "Kết luận", profile: "dang" });
    expect(rows).toContainEqual({ id: "cong-dien", name: "Công điện", profile: "nd30" });
    expect(rows.every((x) => Object.keys(x).join() === "id,name,profile")).toBe(true);
    const party = JSON.parse((await run(["--list", "--format", "json", "--profile", "dang"])).out) as {
      profile: string;
    }[];
    expect(party.every((x) => x.profile === "dang")).toBe(true);
  });

  const doc = (file: string) => strFromU8(unzipSync(readFileSync(file))["word/document.xml"]);

  it("takes the trích yếu, Kính gửi, signature form and signer, blank date and marks", async () => {
    const file = join(dir, "cv.docx");
    const r = await run([
      "cong-van",
      ...["--config", config, "--date", "", "-o", file],
      ...["--summary", "V/v góp ý dự thảo Quy chế", "--to", "Sở Tài chính; Sở Tư pháp"],
      ...[
        "--sign",
        "none",
        "--signer",
        "Trần Văn Minh",
        "--urgency",
        "KHẨN",
        "--drafter",
        "pl",
        "--copies",
        "20",
      ],
    ]);
    expect(r.code).toBe(0);
    const xml = doc(file);
    expect(xml).toContain("góp ý dự thảo Quy chế");
    expect(xml.match(/V\/v/g)).toHaveLength(1);
    expect(xml).toContain("- Sở Tài chính;");
    expect(xml).toContain("- Sở Tư pháp.");
    expect(xml).toContain("Trần Văn Minh");
    expect(xml).not.toContain("KT. GIÁM ĐỐC");
    expect(xml).toContain("KHẨN");
    expect(xml).toContain("- Lưu: VT, VP, PL.(20).");
    expect(xml).toMatch(/ngày <\/w:t>.*\[…\]/);
  });

  it("never signs for someone else: a changed form without --signer leaves the name to fill", async () => {
    const file = join(dir, "head.docx");
    expect((await run(["thong-bao", "--config", config, "--sign", "none", "-o", file])).code).toBe(0);
    const xml = doc(file);
    expect(xml).not.toContain("Nguyễn Văn An");
    expect(xml).toContain("[Họ và tên]");
  });

  it('fills an empty config with placeholders, never "…/-VP"', async () => {
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "{}");
    const file = join(dir, "empty.docx");
    expect((await run(["cong-van", "--config", empty, "--sign", "none", "-o", file])).code).toBe(0);
    expect(doc(file)).not.toMatch(/…\/-/);
  });

  it.each([
    [["ke-hoach", "--config", config, "-o", "x.docx", "--bogus", "1"], /Không có tùy chọn --bogus/],
    [["ke-hoach", "--config", config, "-o", "x.docx", "--sign", "XY"], /Thể thức ký "XY"/],
    [["ke-hoach", "--config", config, "-o", "x.docx", "--signer", "TS. Nguyễn Văn An"], /học hàm, học vị/],
    [["ke-hoach", "--config", config, "-o", "x.docx", "--sign", "TM"], /TM\./],
    [["ke-hoach", "--config", config, "-o", "x.docx", "--secrecy", "RIÊNG"], /Độ mật "RIÊNG"/],
    [["ket-luan", "--config", config, "-o", "x.docx"], /Kết luận không phải loại văn bản của hồ sơ nd30/],
    [["ke-hoach", "--config", config, "-o", "x.docx", "--profile", "dang"], /SỞ NỘI VỤ.*cơ quan nhà nước/],
    [["ke-hoach", "--config", config, "-o", "x.docx", "--copies", "3"], /--copies đi cùng --drafter/],
    [["ke-hoach", "--config", config, "-o", "x.docx", "--attached", "quy-che"], /Mẫu 1\.3/],
    [
      ["quyet-dinh-ban-hanh", "--config", config, "-o", "x.docx", "--attached", "de-an"],
      /Văn bản kèm theo "de-an"/,
    ],
  ])("refuses %j with exit 2 and one sentence, writing nothing", async (args, message) => {
    const r = await run(args.map((a) => (a === "x.docx" ? join(dir, "refused.docx") : a)));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(dir, "refused.docx"))).toBe(false);
  });

  const EXAMPLE: Record<string, string> = {
    nd30: "office.json",
    dang: "party-committee.json",
    mttq: "front-committee.json",
  };
  const configOf = (type: DraftType) => join(__dirname, "../../examples", EXAMPLE[typeProfiles(type)[0]]);
  const soffice = (to: string, outdir: string, files: string[]) =>
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/lo-profile`,
        "--headless",
        "--convert-to",
        to,
        "--outdir",
        outdir,
        ...files,
      ],
      { stdio: "ignore", timeout: 240_000 },
    );

  // LibreOffice opens every type and lays out at least one page (one soffice call for all files).
  it("writes documents LibreOffice converts to PDF", async () => {
    const files: string[] = [];
    for (const type of DRAFT_TYPES) {
      const file = join(dir, `lo-${type}.docx`);
      expect((await run([type, "--config", configOf(type), "--date", "2026-01-05", "-o", file])).code).toBe(
        0,
      );
      files.push(file);
    }
    soffice("pdf", dir, files);
    for (const type of DRAFT_TYPES) {
      const pdf = join(dir, `lo-${type}.pdf`);
      const info = execFileSync("pdfinfo", [pdf]).toString();
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      const text = execFileSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).toString();
      expect(text).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM/);
      expect(execFileSync("pdftotext", [pdf, "-"]).toString()).toMatch(/Nơi nhận|ĐẠI DIỆN BÊN A/);
    }
  }, 300_000);

  // Every type under every profile it is issued under, from that profile's example config: saved by LibreOffice once
  // and again, the second save lays out exactly as the first (Phụ lục III forms, Party and Front documents alike).
  const PAIRS = DRAFT_TYPES.flatMap((type) => typeProfiles(type).map((profile) => ({ type, profile })));
  const pairName = (p: (typeof PAIRS)[number]) => `rt-${p.type}-${p.profile}`;
  // Độ khẩn and phạm vi lưu hành in frames, the ô 13 footer under its line: LibreOffice draws them and keeps them.
  it("keeps the frames and the footer line through a LibreOffice save", async () => {
    const withContact = join(dir, "office-contact.json");
    const profile = JSON.parse(readFileSync(config, "utf8")) as Record<string, unknown>;
    writeFileSync(withContact, JSON.stringify({ ...profile, contact: ["Địa chỉ: 8 Hùng Vương"] }));
    const file = join(dir, "framed.docx");
    const args = [
      "cong-van",
      "--config",
      withContact,
      "--urgency",
      "THƯỢNG KHẨN",
      "--scope",
      "LƯU HÀNH NỘI BỘ",
    ];
    expect((await run([...args, "--contact", "-o", file])).code).toBe(0);
    const saved = join(dir, "framed-lo");
    soffice("docx", saved, [file]);
    soffice("pdf", saved, [join(saved, "framed.docx")]);
    const body = readDocx(readFileSync(join(saved, "framed.docx"))).paragraphs;
    const frame = { top: true, bottom: true, left: true, right: true };
    expect(body.find((p) => p.text === "THƯỢNG KHẨN")?.format.borders).toEqual(frame);
    expect(body.find((p) => p.text === "LƯU HÀNH NỘI BỘ")?.format.borders).toEqual(frame);
    expect(body.find((p) => p.text.startsWith("Địa chỉ:"))?.format.borders.top).toBe(true);
    const text = execFileSync("pdftotext", ["-layout", join(saved, "framed.pdf"), "-"]).toString();
    expect(text).toMatch(/THƯỢNG KHẨN[\s\S]*LƯU HÀNH NỘI BỘ[\s\S]*Địa chỉ: 8 Hùng Vương/);
  }, 300_000);

  it("keeps its layout when LibreOffice saves it a second time, for every type and profile", async () => {
    const first = join(dir, "save1");
    const second = join(dir, "save2");
    const files: string[] = [];
    for (const pair of PAIRS) {
      const file = join(dir, `${pairName(pair)}.docx`);
      const config = join(__dirname, "../../examples", EXAMPLE[pair.profile]);
      expect((await run([pair.type, "--config", config, "--date", "2026-01-05", "-o", file])).code).toBe(0);
      files.push(file);
    }
    const saved = (d: string) => PAIRS.map((p) => join(d, `${pairName(p)}.docx`));
    soffice("docx", first, files);
    soffice("docx", second, saved(first));
    soffice("pdf", first, saved(first));
    soffice("pdf", second, saved(second));
    for (const pair of PAIRS) {
      const layout = (d: string) =>
        execFileSync("pdftotext", ["-layout", join(d, `${pairName(pair)}.pdf`), "-"]).toString();
      const once = layout(first);
      expect(once).toMatch(/Nơi nhận|ĐẠI DIỆN BÊN A/);
      expect({ pair, layout: layout(second) }).toEqual({ pair, layout: once });
    }
  }, 900_000);
});
