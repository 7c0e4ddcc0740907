// [Content_Types].xml says what a package is: a spreadsheet or a presentation renamed .docx declares its main part
// as such, and is refused instead of being read as an empty Word document.
import { notWordPackage } from "./errors";
import { child, childrenNamed, type XNode } from "./xml";

const WORD_MAIN = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.document.macroenabled.main+xml",
  "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
];

/** What a declared content type says the package is, in Vietnamese; null for a Word or a generic XML part. */
function otherKind(type: string): string | null {
  const t = type.toLowerCase();
  if (WORD_MAIN.includes(t) || t === "application/xml" || t === "text/xml") return null;
  if (t.includes("spreadsheetml") || t.includes("ms-excel")) return "bảng tính Excel";
  if (t.includes("presentationml") || t.includes("ms-powerpoint")) return "bản trình chiếu PowerPoint";
  if (t.includes("visio")) return "bản vẽ Visio";
  return "một loại tài liệu khác";
}

/** The content type the package declares for `part` (an Override, else the Default of its extension). */
export function contentTypeOf(types: XNode | null, part: string): string | null {
  const root = child(types ?? undefined, "Types");
  const name = `/${part}`.toLowerCase();
  const override = childrenNamed(root, "Override").find((o) => o.attrs.PartName?.toLowerCase() === name);
  if (override?.attrs.ContentType) return override.attrs.ContentType;
  const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  const byDefault = childrenNamed(root, "Default").find(
    (d) => d.attrs.Extension?.toLowerCase() === extension,
  );
  return byDefault?.attrs.ContentType ?? null;
}

/** Refuse a package whose main part is declared as something other than a Word document. */
export function assertWordPackage(types: XNode | null, mainPart: string): void {
  const type = contentTypeOf(types, mainPart);
  const kind = type === null ? null : otherKind(type);
  if (kind !== null) throw notWordPackage(kind);
}
