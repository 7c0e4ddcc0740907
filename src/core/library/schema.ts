// JSON Schema validation of a parsed library, with ajv's errors turned into Vietnamese. The validation code is
// compiled ahead of time (schema-validator.ts, by scripts/build-library-validator.mjs): nothing is evaluated at
// run time, as the pane's Content-Security-Policy requires.
import type { ErrorObject, ValidateFunction } from "ajv";
import schema from "../../../assets/libraries/clause-library.schema.json";
import { pointerSegment } from "./json-positions";
import compiledValidator from "./schema-validator";
import { shorten } from "./text-safety";

export { schema as clauseLibrarySchema };

/** A schema error: where (JSON pointer, and whether it names a member key) and why, in Vietnamese. */
export interface SchemaProblem {
  pointer: string;
  /** True when the position to show is the member's key (an unknown field). */
  atKey: boolean;
  reason: string;
}

const validator = (): ValidateFunction => compiledValidator as ValidateFunction;

const TYPE_NAMES: Record<string, string> = {
  string: "một chuỗi chữ",
  number: "một số",
  integer: "một số nguyên",
  boolean: "true hoặc false",
  object: "một đối tượng { }",
  array: "một danh sách [ ]",
  null: "null",
};

function lastSegment(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf("/") + 1);
}

function patternReason(pointer: string): string {
  const field = lastSegment(pointer);
  if (field === "version") return "phiên bản phải viết dạng 1, 1.2 hoặc 1.2.3";
  if (field === "date") return "ngày phải viết dạng YYYY-MM-DD (ví dụ 2026-01-15)";
  return 'mã chỉ gồm chữ thường không dấu, chữ số và dấu "-" (ví dụ "muc-dich-yeu-cau")';
}

function reasonOf(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return `thiếu trường bắt buộc "${String(p.missingProperty)}"`;
    case "additionalProperties":
      return `trường "${shorten(String(p.additionalProperty))}" không có trong định dạng thư viện`;
    case "type":
      return `phải là ${String(p.type)
        .split(",")
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(" hoặc ")}`;
    case "const":
      return `phải là ${JSON.stringify(p.allowedValue)}`;
    case "enum":
      return `phải là một trong: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern":
      return patternReason(e.instancePath);
    case "minLength":
      return p.limit === 1 ? "không được để trống" : `phải dài ít nhất ${String(p.limit)} ký tự`;
    case "maxLength":
      return `dài quá ${String(p.limit)} ký tự`;
    case "minItems":
      return `cần ít nhất ${String(p.limit)} phần tử`;
    case "maxItems":
      return `nhiều quá ${String(p.limit)} phần tử`;
    case "uniqueItems":
      return "có phần tử lặp lại";
    case "anyOf":
      return 'phải là một chuỗi chữ hoặc một danh sách đoạn chữ [{ "text": …, "bold": true }]';
    default:
      return `không hợp lệ (${e.message ?? e.keyword})`;
  }
}

/** Ajv's errors, minus the noise of anyOf/if branches, in document order of discovery. */
export function schemaProblems(value: unknown): SchemaProblem[] {
  const validate = validator();
  if (validate(value)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== "if");
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  const kept = errors.filter((e) => {
    const under = anyOfPaths.find((p) => e.instancePath === p || e.instancePath.startsWith(p + "/"));
    if (under === undefined) return true;
    const deeper = errors.some((o) => o.instancePath.startsWith(under + "/"));
    // With a deeper error (a bad span), show it; otherwise show the single anyOf message.
    if (deeper) return e.instancePath !== under;
    return e.keyword === "anyOf";
  });
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const e of kept) {
    const atKey = e.keyword === "additionalProperties";
    const pointer = atKey
      ? `${e.instancePath}/${pointerSegment(String((e.params as { additionalProperty: string }).additionalProperty))}`
      : e.instancePath;
    const reason = reasonOf(e);
    const key = `${pointer}\n${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ pointer, atKey, reason });
  }
  return problems;
}
