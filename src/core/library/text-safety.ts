// What a library text may hold: plain text and known {{variables}}. Markup, Word field codes and control
// characters are refused, so nothing in a library can reach Word other than as text our writer builds.
import { LIBRARY_VARIABLES } from "./types";

/** Word field instructions that fetch, run or hide content, plus the common harmless ones. */
const FIELD_NAMES =
  "MERGEFIELD|HYPERLINK|INCLUDETEXT|INCLUDEPICTURE|INCLUDE|DDEAUTO|DDE|IMPORT|LINK|EMBED|QUOTE|FILLIN|ASK|" +
  "MACROBUTTON|AUTOTEXT|DOCPROPERTY|DOCVARIABLE|IF|SET|REF|PAGE|NUMPAGES|DATE|TIME|TOC|SEQ|FORMTEXT|GOTOBUTTON";
const FIELD_CODE = new RegExp(`\\{\\s*(${FIELD_NAMES})\\b`, "i");
/** A tag of HTML or XML (OOXML "<w:t>", "<script", "</p>", "<!--", "<?xml"). */
const MARKUP = /<\s*[/!?]?\s*[A-Za-z][\w.-]*(:[\w.-]+)?|<!--|<\?/;
const ENTITY = /&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});/;
const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** C0/C1 controls (Word's field characters U+0013–U+0015 among them), except the tab. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
/** Word's field begin, separator and end characters. */
// eslint-disable-next-line no-control-regex -- as above
const FIELD_CHARS = /[\u0013-\u0015]/;
const KNOWN = new Set<string>(LIBRARY_VARIABLES);

function codePoint(ch: string): string {
  return "U+" + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
}

/**
 * The reasons a text is refused (Vietnamese), empty when it is safe. `variables` says whether {{…}} is
 * allowed in this text (clause texts and titles: yes; ids and tags: no).
 */
export function textProblems(text: string, variables = true): string[] {
  const problems: string[] = [];
  const control = CONTROL.exec(text);
  if (control) {
    const fieldChar = FIELD_CHARS.test(control[0]);
    problems.push(
      fieldChar
        ? `chứa ký tự mã trường của Word (${codePoint(control[0])}) — thư viện chỉ được chứa chữ thuần`
        : `chứa ký tự điều khiển ${codePoint(control[0])} — mỗi đoạn là một dòng chữ thuần`,
    );
  }
  const field = FIELD_CODE.exec(text);
  if (field) problems.push(`chứa mã trường của Word "${field[0]}" — thư viện chỉ được chứa chữ thuần`);
  const tag = MARKUP.exec(text);
  if (tag)
    problems.push(
      `chứa thẻ HTML/XML "${tag[0].trim()}" — thư viện chỉ được chứa chữ thuần, không chứa mã định dạng`,
    );
  const entity = ENTITY.exec(text);
  if (entity) problems.push(`chứa mã thực thể HTML "${entity[0]}" — hãy viết thẳng ký tự`);

  let rest = text;
  for (const m of text.matchAll(VARIABLE)) {
    const name = m[1];
    if (!variables) problems.push(`không được chứa biến ("${m[0]}")`);
    else if (!KNOWN.has(name))
      problems.push(
        `dùng biến không có "${m[0]}" — chỉ có ${LIBRARY_VARIABLES.map((v) => `{{${v}}}`).join(", ")}`,
      );
    rest = rest.replace(m[0], "");
  }
  if (!field && /[{}]/.test(rest))
    problems.push("có dấu ngoặc nhọn lẻ — biến phải viết đúng dạng {{ten_tinh}}, ngoài ra không dùng { }");
  return problems;
}

/** Names of the variables a text uses, in order of first use. */
export function variablesIn(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(VARIABLE)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}
