// vanthu library: validate a clause library file, compare two versions, search one.
import { readFileSync, statSync } from "node:fs";
import { buildIndex, search } from "../../core/library/search";
import { clauseText, diffLibraries, diffLines, type ClauseField } from "../../core/library/diff";
import { mergeLayers } from "../../core/library/layers";
import { DOCUMENT_TYPES, type ClauseLibrary, type DocumentType } from "../../core/library/types";
import { decodeLibraryBytes, MAX_LIBRARY_BYTES, parseLibrary } from "../../core/library/validate";
import type { CliIO, Command } from "../types";

const USAGE = `Cách dùng:
  vanthu library validate FILE.json…
      Kiểm tra thư viện điều khoản theo định dạng và lược đồ JSON.
      Mã thoát 0: hợp lệ; 1: không hợp lệ (in dòng và lý do); 2: không đọc được tệp.
  vanthu library diff OLD.json NEW.json
      So sánh hai phiên bản: điều khoản thêm, bỏ, sửa (kèm chữ đổi).
      Mã thoát 0: giống nhau; 1: có thay đổi; 2: tệp lỗi.
  vanthu library search FILE.json "TỪ KHÓA" [--layer OWN.json] [--section "II. NỘI DUNG"] [--type ke-hoach] [--limit N]
      Tìm không phân biệt dấu, chữ hoa; mỗi dòng một kết quả: tiêu đề, mục, mã.
      Mã thoát 0: có kết quả; 1: không có; 2: tệp lỗi.`;

type Loaded = { ok: true; library: ClauseLibrary } | { ok: false; code: 1 | 2 };

function readText(file: string, io: CliIO): string | null {
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > MAX_LIBRARY_BYTES) {
      io.stderr(`${file}: tệp quá lớn cho một thư viện điều khoản (quá 8 MB).\n`);
      return null;
    }
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "không có tệp này" : code === "EISDIR" ? "đây là thư mục" : "không đọc được tệp";
    io.stderr(`${file}: ${why}.\n`);
    return null;
  }
  try {
    return decodeLibraryBytes(bytes);
  } catch (e) {
    io.stderr(`${file}: ${(e as Error).message}\n`);
    return null;
  }
}

/** Read and validate; problems are printed as "file:line:column  path: reason". */
function load(file: string, io: CliIO, out: (text: string) => void = io.stderr): Loaded {
  const text = readText(file, io);
  if (text === null) return { ok: false, code: 2 };
  const result = parseLibrary(text);
  if (result.ok) return result;
  for (const issue of result.issues)
    out(`${file}:${issue.line}:${issue.column}  ${issue.path ? `${issue.path}: ` : ""}${issue.reason}\n`);
  out(`${file}: không hợp lệ (${result.issues.length} lỗi).\n`);
  return { ok: false, code: 1 };
}

function validate(files: string[], io: CliIO): number {
  if (files.length === 0) return usageError(io, "thiếu tệp cần kiểm tra");
  let exit = 0;
  for (const file of files) {
    const loaded = load(file, io, io.stdout);
    if (loaded.ok) {
      const lib = loaded.library;
      io.stdout(
        `${file}: hợp lệ — ${lib.name}, phiên bản ${lib.version} (${lib.date}), ${lib.clauses.length} điều khoản.\n`,
      );
    } else exit = Math.max(exit, loaded.code);
  }
  return exit;
}

const FIELD_NAMES: Record<ClauseField, string> = {
  title: "tiêu đề",
  section: "mục",
  text: "nội dung",
  emphasis: "chữ đậm/nghiêng",
  tags: "thẻ",
  documentTypes: "loại văn bản",
};

/** "[-removed-]" and "{+added+}", the spaces after a word kept outside the mark. */
function mark(op: "add" | "del", text: string): string {
  const body = text.trimEnd();
  const tail = text.slice(body.length);
  return op === "add" ? `{+${body}+}${tail}` : `[-${body}-]${tail}`;
}

function diff(args: string[], io: CliIO): number {
  if (args.length !== 2) return usageError(io, "cần đúng hai tệp: OLD.json NEW.json");
  const before = load(args[0], io);
  const after = load(args[1], io);
  if (!before.ok || !after.ok) return 2;
  const d = diffLibraries(before.library, after.library);
  const out = (line: string): void => io.stdout(line + "\n");
  out(`${d.from.id} ${d.from.version} → ${d.to.id} ${d.to.version}`);
  const otherLibrary = d.from.id !== d.to.id;
  if (otherLibrary)
    out(
      `Hai tệp là hai thư viện khác nhau (mã "${d.from.id}" và "${d.to.id}"), không phải hai phiên bản của một.`,
    );
  out(
    `Thêm: ${d.added.length}, bỏ: ${d.removed.length}, sửa: ${d.changed.length}, không đổi: ${d.unchanged}.`,
  );
  for (const c of d.added) out(`+ ${c.title}  (${c.id})`);
  for (const c of d.removed) out(`- ${c.title}  (${c.id})`);
  for (const c of d.changed) {
    out(`~ ${c.after.title}  (${c.after.id}; ${c.fields.map((f) => FIELD_NAMES[f]).join(", ")})`);
    if (c.fields.includes("title")) out(`    tiêu đề cũ: ${c.before.title}`);
    if (c.fields.includes("text"))
      for (const line of diffLines(clauseText(c.before), clauseText(c.after)))
        out(
          "    " +
            (line.op === "change"
              ? line.words.map((w) => (w.op === "same" ? w.text : mark(w.op, w.text))).join("")
              : mark(line.op, line.text)),
        );
  }
  return !otherLibrary && d.added.length + d.removed.length + d.changed.length === 0 ? 0 : 1;
}

function option(args: string[], name: string): { value: string | undefined; rest: string[] } {
  const at = args.indexOf(name);
  if (at < 0) return { value: undefined, rest: args };
  return { value: args[at + 1], rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

function searchCommand(args: string[], io: CliIO): number {
  let rest = args;
  const opts: Record<string, string | undefined> = {};
  for (const name of ["--layer", "--section", "--type", "--limit"]) {
    const o = option(rest, name);
    if (rest.includes(name) && o.value === undefined) return usageError(io, `thiếu giá trị sau ${name}`);
    opts[name] = o.value;
    rest = o.rest;
  }
  if (rest.length !== 2) return usageError(io, 'cần tệp thư viện và từ khóa: search FILE.json "TỪ KHÓA"');
  const type = opts["--type"];
  if (type !== undefined && !(DOCUMENT_TYPES as readonly string[]).includes(type))
    return usageError(io, `loại văn bản "${type}" không có; dùng một trong: ${DOCUMENT_TYPES.join(", ")}`);
  const limit = opts["--limit"] === undefined ? Infinity : Number(opts["--limit"]);
  if (!(limit > 0)) return usageError(io, "--limit phải là một số dương");
  const base = load(rest[0], io);
  if (!base.ok) return 2;
  let layer: ClauseLibrary | null = null;
  if (opts["--layer"] !== undefined) {
    const own = load(opts["--layer"], io);
    if (!own.ok) return 2;
    layer = own.library;
  }
  const merged = mergeLayers(base.library, layer);
  const hits = search(
    buildIndex(merged, (m) => m.clause),
    rest[1].normalize("NFC"),
    { section: opts["--section"]?.normalize("NFC"), documentType: type as DocumentType | undefined },
  ).slice(0, limit);
  const mark = { base: "", override: "  [đã sửa]", own: "  [riêng]" };
  for (const h of hits)
    io.stdout(
      `${h.clause.title}  (${h.clause.section} · ${h.clause.id})${mark[h.item.origin]}\n`.normalize("NFC"),
    );
  if (hits.length === 0) io.stderr("Không tìm thấy điều khoản nào.\n");
  return hits.length > 0 ? 0 : 1;
}

function usageError(io: CliIO, reason: string): number {
  io.stderr(`vanthu library: ${reason}.\n\n${USAGE}\n`);
  return 2;
}

export const libraryCommand: Command = {
  name: "library",
  usage: USAGE,
  run: async (args, io) => {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === "--help" || sub === "-h" || rest.includes("--help")) {
      io.stdout(USAGE + "\n");
      return sub === undefined ? 2 : 0;
    }
    if (sub === "validate") return validate(rest, io);
    if (sub === "diff") return diff(rest, io);
    if (sub === "search") return searchCommand(rest, io);
    return usageError(io, `không có lệnh con "${sub}"`);
  },
};
