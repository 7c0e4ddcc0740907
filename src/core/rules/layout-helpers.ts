// Shared pieces of the layout rules: options with defaults, citations, spans of elements, format checks that
// come with their fix.
import { look, stripPlaceholders, hasPlaceholder } from "../analysis/text";
import type { DocAnalysis, ElementKind, HeadingInfo } from "../analysis/types";
import type { DocModel, Paragraph } from "../model/types";
import type { Edit, FindingInput, RuleContext } from "./types";

export type Range = [number, number];

export function optRange(ctx: RuleContext, key: string, def: Range): Range {
  const v = ctx.options[key];
  return Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === "number") ? [v[0], v[1]] : def;
}

export function optNumber(ctx: RuleContext, key: string, def: number): number {
  const v = ctx.options[key];
  return typeof v === "number" ? v : def;
}

export function optString(ctx: RuleContext, key: string, def: string): string {
  const v = ctx.options[key];
  return typeof v === "string" ? v : def;
}

export function optBool(ctx: RuleContext, key: string, def: boolean): boolean {
  const v = ctx.options[key];
  return typeof v === "boolean" ? v : def;
}

/** "(NĐ 30/2020, Phụ lục I, mục II.1)", or the profile's own basis ("HD 36-HD/VPTW") when it sets one. */
export function cite(ctx: RuleContext, locator: string): string {
  const basis = ctx.options.basis;
  return typeof basis === "string" ? `(${basis})` : `(NĐ 30/2020, ${locator})`;
}

export const para = (ctx: RuleContext, i: number): Paragraph => ctx.model.paragraphs[i];

/** Where an element sits in its paragraph: its detected span, else the trimmed paragraph. */
export function spanOf(
  ctx: RuleContext,
  kind: ElementKind | null,
  i: number,
): { start: number; end: number } {
  const s = kind ? ctx.analysis.spans?.[kind]?.find((x) => x.paragraph === i) : undefined;
  if (s) return { start: s.start, end: s.end };
  const text = para(ctx, i).text;
  const trimmed = text.trim();
  const start = trimmed ? text.indexOf(trimmed) : 0;
  return { start, end: start + trimmed.length };
}

export function hasHeader(a: DocAnalysis): boolean {
  const h = a.header;
  return (
    h.nationalTitle !== null ||
    h.motto !== null ||
    h.docNumber !== null ||
    h.placeDate !== null ||
    h.agencyName.length > 0
  );
}

/** A finding on [start, end) of paragraph i, with its excerpt. */
export function at(
  ctx: RuleContext,
  i: number,
  span: { start: number; end: number },
  message: string,
  fix?: { description: string; edits: Edit[] },
): FindingInput {
  const p = para(ctx, i);
  const f: FindingInput = {
    message,
    paragraph: p.index,
    excerpt: ctx.excerpt(p.text, span.start, span.end),
    span: { start: span.start, end: span.end },
  };
  if (fix && fix.edits.length) f.fix = fix;
  return f;
}

/** A finding about something missing: no paragraph, no excerpt. */
export function missing(message: string, paragraph: number | null = null, excerptText = ""): FindingInput {
  return { message, paragraph, excerpt: excerptText };
}

export function runFormatEdit(
  p: Paragraph,
  span: { start: number; end: number },
  format: Extract<Edit, { kind: "setRunFormat" }>["format"],
): Edit {
  const whole = span.start === 0 && span.end === p.text.length;
  return whole
    ? { kind: "setRunFormat", paragraph: p.index ?? -1, expectedText: p.text, format }
    : {
        kind: "setRunFormat",
        paragraph: p.index ?? -1,
        expectedText: p.text,
        start: span.start,
        end: span.end,
        format,
      };
}

export function replaceEdit(p: Paragraph, start: number, end: number, replacement: string): Edit {
  return { kind: "replaceText", paragraph: p.index ?? -1, expectedText: p.text, start, end, replacement };
}

/** "Tên cơ quan" → "tên cơ quan" for use inside a sentence; labels keep their case. */
const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

const fmtSizes = (sizes: number[]) => sizes.map((s) => `${s}`).join(", ");
const fmtRange = ([a, b]: Range) => (a === b ? `${a}` : `${a}–${b}`);

/** A size out of the range, allowing a hundredth of a point either side. */
export const isSizeOutside = (size: number, [min, max]: Range): boolean =>
  size < min - 0.01 || size > max + 0.01;

export function sizeOutside(sizes: number[], range: Range): number[] {
  return sizes.filter((s) => isSizeOutside(s, range));
}

export interface LookWant {
  upper?: boolean;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: Range;
  /** Size the fix sets; the nearest end of `size` when omitted. */
  targetSize?: number;
  /** Why `size` is narrower than the decree's range, said in the message ("Quốc hiệu cỡ 12 pt…"). */
  sizeReason?: string;
}

/** Check an element's look; one finding per broken property, each with its fix. */
export function checkLook(
  ctx: RuleContext,
  i: number,
  span: { start: number; end: number },
  want: LookWant,
  name: string,
  locator: string,
): FindingInput[] {
  const p = para(ctx, i);
  const lk = look(p, span.start, span.end);
  if (!lk.visible) return [];
  const out: FindingInput[] = [];
  const c = cite(ctx, locator);
  const text = p.text.slice(span.start, span.end);
  if (want.upper === true && !lk.upper && stripPlaceholders(text) !== "") {
    const fix = hasPlaceholder(text)
      ? undefined
      : {
          description: `Viết in hoa ${lower(name)}`,
          edits: [replaceEdit(p, span.start, span.end, text.toUpperCase())],
        };
    out.push(at(ctx, i, span, `${name} phải viết in hoa ${c}.`, fix));
  }
  if (want.bold === true && !lk.bold)
    out.push(
      at(ctx, i, span, `${name} phải in đậm ${c}.`, {
        description: `In đậm ${lower(name)}`,
        edits: [runFormatEdit(p, span, { bold: true })],
      }),
    );
  if (want.bold === false && lk.anyBold)
    out.push(
      at(ctx, i, span, `${name} không in đậm ${c}.`, {
        description: `Bỏ in đậm ${lower(name)}`,
        edits: [runFormatEdit(p, span, { bold: false })],
      }),
    );
  if (want.italic === true && (!lk.italic || !allItalic(p, span)))
    out.push(
      at(ctx, i, span, `${name} phải in nghiêng ${c}.`, {
        description: `In nghiêng ${lower(name)}`,
        edits: [runFormatEdit(p, span, { italic: true })],
      }),
    );
  if (want.italic === false && lk.italic)
    out.push(
      at(ctx, i, span, `${name} phải viết đứng, không in nghiêng ${c}.`, {
        description: `Bỏ in nghiêng ${lower(name)}`,
        edits: [runFormatEdit(p, span, { italic: false })],
      }),
    );
  if (want.underline === true && !lk.underline)
    out.push(
      at(ctx, i, span, `${name} phải gạch chân ${c}.`, {
        description: `Gạch chân ${lower(name)}`,
        edits: [runFormatEdit(p, span, { underline: "single" })],
      }),
    );
  if (want.size) {
    const bad = sizeOutside(lk.sizes, want.size);
    if (bad.length) {
      const target = want.targetSize ?? (bad[0] < want.size[0] ? want.size[0] : want.size[1]);
      out.push(
        at(ctx, i, span, sizeMessage(name, bad, want, c), {
          description: `Đổi cỡ chữ thành ${target} pt`,
          edits: [runFormatEdit(p, span, { size: target })],
        }),
      );
    }
  }
  return out;
}

function sizeMessage(name: string, bad: number[], want: LookWant, citation: string): string {
  const range = fmtRange(want.size!);
  return want.sizeReason
    ? `${name} cỡ chữ ${fmtSizes(bad)} pt, cần ${range} pt vì ${want.sizeReason} ${citation}.`
    : `${name} cỡ chữ ${fmtSizes(bad)} pt, quy định ${range} pt ${citation}.`;
}

function allItalic(p: Paragraph, span: { start: number; end: number }): boolean {
  return p.runs
    .filter(
      (r) =>
        r.kind === "text" &&
        r.text.trim() !== "" &&
        r.start < span.end &&
        r.start + r.text.length > span.start,
    )
    .every((r) => r.format.italic);
}

/** The paragraph must be centred; a finding with its fix otherwise. */
export function checkCentered(ctx: RuleContext, i: number, name: string, locator: string): FindingInput[] {
  const p = para(ctx, i);
  if (p.format.alignment === "center") return [];
  return [
    at(ctx, i, spanOf(ctx, null, i), `${name} phải căn giữa ${cite(ctx, locator)}.`, {
      description: "Căn giữa",
      edits: [
        {
          kind: "setParagraphFormat",
          paragraph: p.index ?? -1,
          expectedText: p.text,
          format: { alignment: "center" },
        },
      ],
    }),
  ];
}

export interface BodyParagraph {
  p: Paragraph;
  i: number;
  heading: HeadingInfo | null;
}

/**
 * Body text the body and heading rules read: the main body and each Phụ lục's content, without the header and
 * closing furniture, empty paragraphs and table cells (data tables keep their own layout).
 */
export function bodyParagraphs(ctx: RuleContext): BodyParagraph[] {
  const cached = bodyShared.get(ctx.analysis);
  if (cached && cached.model === ctx.model) return cached.paragraphs;
  const a = ctx.analysis;
  const ranges = a.bodyRanges ?? [{ start: a.bodyStart, end: a.bodyEnd, appendix: 0 }];
  const headings = new Map(a.headings.map((h) => [h.paragraph, h]));
  const out: BodyParagraph[] = [];
  for (const r of ranges)
    for (let i = r.start; i < r.end; i++) {
      const p = ctx.model.paragraphs[i];
      if (a.furniture.has(i) || p.cell !== null || p.text.trim() === "") continue;
      out.push({ p, i, heading: headings.get(i) ?? null });
    }
  bodyShared.set(a, { model: ctx.model, paragraphs: out });
  return out;
}

/**
 * Several body and heading rules read the same list within one check; the engine hands every rule the same
 * analysis object, so the list is kept per analysis (and model) and rebuilt for a new check. Callers only read it.
 */
const bodyShared = new WeakMap<DocAnalysis, { model: DocModel; paragraphs: BodyParagraph[] }>();

/** Headings set on their own centred line (Phần, Chương, Mục): not body text for alignment and indent. */
export const CENTRED_HEADINGS = new Set(["phan", "chuong", "muc-normative"]);
