// Translate the formatting asked by an Edit into changes of rPr, pPr and sectPr children.
import type { Edit } from "../../rules/types";
import type { ChildChange } from "./props";

type RunFormatEdit = Extract<Edit, { kind: "setRunFormat" }>["format"];
type ParagraphFormatEdit = Extract<Edit, { kind: "setParagraphFormat" }>["format"];
type PageSetupEdit = Extract<Edit, { kind: "setPageSetup" }>["page"];

const onOff = (local: string, on: boolean): ChildChange => ({
  local,
  replace: true,
  attrs: on ? {} : { val: "0" },
});
const tw = (n: number): string => String(Math.round(n));

export function runFormatChanges(format: RunFormatEdit): ChildChange[] {
  const out: ChildChange[] = [];
  if (format.font) {
    const f = format.font;
    // Theme attributes win over explicit names, so they go.
    out.push({
      local: "rFonts",
      attrs: {
        ascii: f,
        hAnsi: f,
        cs: f,
        eastAsia: f,
        asciiTheme: null,
        hAnsiTheme: null,
        cstheme: null,
        eastAsiaTheme: null,
      },
    });
  }
  if (format.size !== undefined && format.size !== null) {
    const half = String(Math.round(format.size * 2));
    out.push(
      { local: "sz", replace: true, attrs: { val: half } },
      { local: "szCs", replace: true, attrs: { val: half } },
    );
  }
  if (format.bold !== undefined) out.push(onOff("b", format.bold), onOff("bCs", format.bold));
  if (format.italic !== undefined) out.push(onOff("i", format.italic), onOff("iCs", format.italic));
  if (format.color !== undefined) {
    const val = format.color.toLowerCase() === "auto" ? "auto" : format.color.replace(/^#/, "").toUpperCase();
    out.push({ local: "color", replace: true, attrs: { val } });
  }
  if (format.underline !== undefined)
    out.push({ local: "u", replace: true, attrs: { val: format.underline ?? "none" } });
  return out;
}

export function paragraphFormatChanges(format: ParagraphFormatEdit): ChildChange[] {
  const out: ChildChange[] = [];
  if (format.alignment) out.push({ local: "jc", replace: true, attrs: { val: format.alignment } });
  const ind = format.indent;
  if (ind) {
    const attrs: Record<string, string | null> = {};
    if (ind.left !== undefined)
      Object.assign(attrs, { left: tw(ind.left), start: null, leftChars: null, startChars: null });
    if (ind.right !== undefined)
      Object.assign(attrs, { right: tw(ind.right), end: null, rightChars: null, endChars: null });
    if (ind.firstLine !== undefined) {
      const first = ind.firstLine >= 0;
      Object.assign(attrs, {
        firstLine: first ? tw(ind.firstLine) : null,
        hanging: first ? null : tw(-ind.firstLine),
        firstLineChars: null,
        hangingChars: null,
      });
    }
    out.push({ local: "ind", attrs });
  }
  const sp = format.spacing;
  if (sp) {
    const attrs: Record<string, string | null> = {};
    if (sp.before !== undefined)
      Object.assign(attrs, { before: tw(sp.before), beforeLines: null, beforeAutospacing: null });
    if (sp.after !== undefined)
      Object.assign(attrs, { after: tw(sp.after), afterLines: null, afterAutospacing: null });
    if (sp.line !== undefined) attrs.line = tw(sp.line);
    if (sp.lineRule !== undefined) attrs.lineRule = sp.lineRule;
    out.push({ local: "spacing", attrs });
  }
  return out;
}

export function pageSetupChanges(page: PageSetupEdit): ChildChange[] {
  const out: ChildChange[] = [];
  const size: Record<string, string | null> = {};
  if (page.width !== undefined) size.w = tw(page.width);
  if (page.height !== undefined) size.h = tw(page.height);
  if (page.orientation) size.orient = page.orientation === "landscape" ? "landscape" : null;
  if (Object.keys(size).length) out.push({ local: "pgSz", attrs: size });
  if (page.margins) {
    const m: Record<string, string> = {};
    for (const [k, v] of Object.entries(page.margins)) if (v !== undefined) m[k] = tw(v);
    if (Object.keys(m).length) out.push({ local: "pgMar", attrs: m });
  }
  return out;
}
