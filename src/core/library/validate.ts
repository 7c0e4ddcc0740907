// Loading a library: parse with positions, validate against the schema, then check every text is plain
// (no markup, field codes or unknown variables) and ids are unique. Every problem names its line.
import { strFromU8 } from "fflate";
import { VanThuError } from "../errors";
import { isValidUtf8 } from "../ooxml/decode";
import {
  JsonSyntaxError,
  parseJsonWithPositions,
  type Position,
  type PositionedJson,
} from "./json-positions";
import { schemaProblems } from "./schema";
import { shorten, textProblems } from "./text-safety";
import type { ClauseLibrary, LibraryIssue, ParseResult } from "./types";

/** Files larger than this are refused before parsing. */
export const MAX_LIBRARY_BYTES = 8 * 1024 * 1024;

/**
 * A library file's bytes as text: UTF-8 (a leading byte-order mark dropped) or refused, never read with U+FFFD in
 * place of bytes that are not text.
 */
export function decodeLibraryBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_LIBRARY_BYTES)
    throw new VanThuError("too-large", "Tệp quá lớn cho một thư viện điều khoản (quá 8 MB).");
  if (!isValidUtf8(bytes))
    throw new VanThuError(
      "invalid-library",
      "Tệp thư viện có chuỗi byte không phải chữ UTF-8 hợp lệ; hãy lưu lại tệp với bảng mã UTF-8.",
    );
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return strFromU8(bom ? bytes.subarray(3) : bytes);
}

/** "/clauses/3/content/0/text" → "clauses[3].content[0].text". */
export function readablePath(pointer: string): string {
  let out = "";
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out += /^\d+$/.test(seg) ? `[${seg}]` : out === "" ? shorten(seg) : `.${shorten(seg)}`;
  }
  return out;
}

function positionOf(json: PositionedJson, pointer: string, atKey = false): Position {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
    const found = (atKey && p === pointer ? json.keys.get(p) : undefined) ?? json.values.get(p);
    if (found) return found;
    if (p === "") return { line: 1, column: 1 };
  }
}

/** Strings to check, with whether {{variables}} are allowed there. */
function* strings(
  value: unknown,
  pointer: string,
): Generator<{ pointer: string; text: string; variables: boolean }> {
  if (typeof value === "string") {
    const field = pointer.slice(pointer.lastIndexOf("/") + 1);
    const inContent = /^\/clauses\/\d+\/content\//.test(pointer);
    const isTitle = /^\/clauses\/\d+\/title$/.test(pointer);
    yield { pointer, text: value, variables: (inContent && field === "text") || isTitle };
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* strings(value[i], `${pointer}/${i}`);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value))
      yield* strings(v, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  }
}

function validDate(date: string): boolean {
  const [y, m, d] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function semanticProblems(lib: ClauseLibrary): { pointer: string; reason: string }[] {
  const out: { pointer: string; reason: string }[] = [];
  if (!validDate(lib.date)) out.push({ pointer: "/date", reason: `ngày "${lib.date}" không có trong lịch` });
  const ids = new Map<string, number>();
  lib.clauses.forEach((clause, i) => {
    const first = ids.get(clause.id);
    if (first !== undefined)
      out.push({
        pointer: `/clauses/${i}/id`,
        reason: `mã điều khoản "${clause.id}" đã dùng cho clauses[${first}]`,
      });
    else ids.set(clause.id, i);
    clause.content.forEach((para, j) => {
      if (para.level !== undefined && para.type !== "heading")
        out.push({
          pointer: `/clauses/${i}/content/${j}/level`,
          reason: 'chỉ đề mục (type "heading") mới có "level"',
        });
      if (para.marker !== undefined && para.type !== "item")
        out.push({
          pointer: `/clauses/${i}/content/${j}/marker`,
          reason: 'chỉ dòng gạch đầu dòng (type "item") mới có "marker"',
        });
    });
  });
  return out;
}

function clauseLabel(value: unknown, pointer: string): string {
  const m = /^\/clauses\/(\d+)/.exec(pointer);
  if (!m || !value || typeof value !== "object") return "";
  const clause = (value as { clauses?: unknown[] }).clauses?.[Number(m[1])] as { id?: unknown } | undefined;
  return typeof clause?.id === "string" ? ` (điều khoản "${clause.id}")` : "";
}

/** NFC throughout, so composed and decomposed Vietnamese compare and search alike. */
function normalise<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map(normalise) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)])) as T;
  return value;
}

/** Parse and validate a library file's text. Never throws on bad input: problems come back as issues. */
export function parseLibrary(text: string): ParseResult {
  if (text.length > MAX_LIBRARY_BYTES)
    return {
      ok: false,
      issues: [
        { line: 1, column: 1, path: "", reason: "tệp quá lớn cho một thư viện điều khoản (quá 8 MB)" },
      ],
    };
  let json: PositionedJson;
  try {
    json = parseJsonWithPositions(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return { ok: false, issues: [{ ...e.position, path: "", reason: `JSON sai cú pháp: ${e.reason}` }] };
  }
  const issues: LibraryIssue[] = [];
  const add = (pointer: string, reason: string, atKey = false): void => {
    issues.push({
      ...positionOf(json, pointer, atKey),
      // An unknown key is named by the reason: the path stops at its object, so the key is shown once.
      path: readablePath(atKey ? pointer.slice(0, pointer.lastIndexOf("/")) : pointer),
      reason: reason + clauseLabel(json.value, pointer),
    });
  };
  for (const p of schemaProblems(json.value)) add(p.pointer, p.reason, p.atKey);
  for (const s of strings(json.value, ""))
    for (const reason of textProblems(s.text, s.variables)) add(s.pointer, reason);
  if (issues.length === 0)
    for (const p of semanticProblems(json.value as ClauseLibrary)) add(p.pointer, p.reason);
  if (issues.length > 0) {
    issues.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, issues };
  }
  return { ok: true, library: normalise(json.value as ClauseLibrary) };
}

/** "Dòng 14, cột 9 — clauses[3].title: không được để trống". */
export function formatIssue(issue: LibraryIssue): string {
  return `Dòng ${issue.line}, cột ${issue.column}${issue.path ? ` — ${issue.path}` : ""}: ${issue.reason}`;
}

/** Parse and validate, or throw a VanThuError naming the first problem (and how many more there are). */
export function loadLibrary(text: string, source = "Thư viện"): ClauseLibrary {
  const result = parseLibrary(text);
  if (result.ok) return result.library;
  const more = result.issues.length > 1 ? ` (và ${result.issues.length - 1} lỗi khác)` : "";
  throw new VanThuError(
    "invalid-library",
    `${source} không hợp lệ — ${formatIssue(result.issues[0])}${more}.`,
  );
}
