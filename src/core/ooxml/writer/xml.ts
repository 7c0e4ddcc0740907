// Small XML helpers for the writer: escaping and attribute lists.

/**
 * Characters XML 1.0 does not allow even escaped — C0 controls other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF and unpaired surrogates: left out, so everything written reads back.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

export function esc(text: string): string {
  return text
    .replace(NOT_XML, (c) => (c.length === 2 ? c : ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** ` a="1" b="2"` from an object; undefined values are left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join("");
}

export function el(
  name: string,
  values: Record<string, string | number | undefined> = {},
  inner?: string,
): string {
  return inner === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${inner}</${name}>`;
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
