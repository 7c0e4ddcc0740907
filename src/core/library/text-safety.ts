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
/**
 * C0/C1 controls (Word's field characters U+0013–U+0015 among them) except the tab, the noncharacters U+FFFE and
 * U+FFFF and unpaired surrogates: none can be written into a well-formed document.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])([\udc00-\udfff])/;
/** Bidirectional embeddings, overrides and isolates: they make text read in another order than it is stored. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/** Word's field begin, separator and end characters. */
// eslint-disable-next-line no-control-regex -- as above
const FIELD_CHARS = /[\u0013-\u0015]/;
const KNOWN = new Set<string>(LIBRARY_VARIABLES);

function codePoint(ch: string): string {
  return "U+" + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
}

/** Keys and values a message repeats are cut to this many characters, so a huge one is not echoed whole. */
const ECHO_LIMIT = 60;

/** `text` cut to ECHO_LIMIT characters, with "…" when cut. */
export function shorten(text: string): string {
  return text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text;
}

/**
 * The reasons a text is refused (Vietnamese), empty when it is safe. `variables` says whether {{…}} is
 * allowed in this text (clause texts and titles: yes; ids and tags: no).
 */
export function textProblems(text: string, variables = true): string[] {
  const problems: string[] = [];
  const control = CONTROL.exec(text);
  if (control) {
    const ch = control[1] ?? control[0];
    problems.push(
      FIELD_CHARS.test(ch)
        ? `chứa ký tự mã trường của Word (${codePoint(ch)}) — thư viện chỉ được chứa chữ thuần`
        : `chứa ký tự điều khiển ${codePoint(ch)} — mỗi đoạn là một dòng chữ thuần`,
    );
  }
  const bidi = BIDI.exec(text);
  if (bidi)
    problems.push(
      `chứa ký tự đảo hướng chữ ${codePoint(bidi[0])} — chữ hiện ra sẽ khác thứ tự chữ thật, hãy xoá ký tự này`,
    );
  const field = FIELD_CODE.exec(text);
  if (field)
    problems.push(`chứa mã trường của Word "${shorten(field[0])}" — thư viện chỉ được chứa chữ thuần`);
  const tag = MARKUP.exec(text);
  if (tag)
    problems.push(
      `chứa thẻ HTML/XML "${shorten(tag[0].trim())}" — thư viện chỉ được chứa chữ thuần, không chứa mã định dạng`,
    );
  const entity = ENTITY.exec(text);
  if (entity) problems.push(`chứa mã thực thể HTML "${entity[0]}" — hãy viết thẳng ký tự`);

  let rest = text;
  for (const m of text.matchAll(VARIABLE)) {
    const name = m[1];
    if (!variables) problems.push(`không được chứa biến ("${shorten(m[0])}")`);
    else if (!KNOWN.has(name))
      problems.push(
        `dùng biến không có "${shorten(m[0])}" — chỉ có ${LIBRARY_VARIABLES.map((v) => `{{${v}}}`).join(", ")}`,
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
