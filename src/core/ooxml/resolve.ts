// Effective formatting: document defaults → table style → paragraph style → character style → direct formatting.
// Toggle properties (bold, italic, caps…) set by more than one style level flip, as in Word; direct formatting wins.
import type { Alignment, ListInfo, ParagraphFormat, Run, RunFormat } from "../model/types";
import type { ListCounter } from "./numbering";
import { mergePPr, tabStops, type FontRef, type RawPPr, type RawRPr, type TabStop } from "./props";
import type { RawParagraph, RawRun } from "./story";
import type { ResolvedStyle, StyleSheet } from "./styles";
import { themeFont, type ThemeFonts } from "./theme";

const NO_RPR: RawRPr = Object.freeze({});

const TOGGLES = ["b", "i", "caps", "smallCaps", "strike", "dstrike", "vanish"] as const;

const ALIGNMENTS: Record<string, Alignment> = {
  left: "left",
  start: "left",
  center: "center",
  right: "right",
  end: "right",
  both: "both",
  justify: "both",
  distribute: "distribute",
  lowKashida: "both",
  mediumKashida: "both",
  highKashida: "both",
  thaiDistribute: "distribute",
};

export interface ResolvedParagraph {
  /** Tab stops in force, by position (not in the model; used to place page numbers set by a tab). */
  tabs: TabStop[];
  text: string;
  runs: Run[];
  format: ParagraphFormat;
  markFormat: RunFormat;
  list: ListInfo | null;
}

export class Resolver {
  private readonly styleRPr = new Map<string, RawRPr>();
  private readonly basePPr = new Map<string, RawPPr>();

  constructor(
    private readonly sheet: StyleSheet,
    private readonly theme: ThemeFonts,
  ) {}

  paragraph(raw: RawParagraph, counter: ListCounter | null): ResolvedParagraph {
    const style = this.sheet.get(raw.pPr.pStyle, "paragraph");
    const tableStyle = !raw.inTable ? null : this.sheet.get(raw.tableStyle, "table");
    const direct = raw.pPr;
    const styleNum = style?.pPr.numId !== undefined;
    const numId = direct.numId ?? style?.pPr.numId;
    const ilvl = direct.ilvl ?? style?.pPr.ilvl ?? 0;

    let list: ListInfo | null = null;
    let levelPPr: RawPPr | undefined;
    if (numId !== undefined && numId !== 0 && counter !== null) {
      const label = counter.next(numId, ilvl);
      if (label !== null) {
        list = { numId, level: ilvl, label: label.label, format: label.format };
        levelPPr = label.pPr;
      }
    }

    const styleKey = `${tableStyle?.id ?? ""}|${style?.id ?? ""}`;
    const pPr = mergePPr(
      this.stylePPr(styleKey, tableStyle, style, levelPPr, styleNum && direct.numId === undefined),
      direct,
    );
    // Runs without a character style of their own (most) share the paragraph's style levels.
    const plain = this.styleLevels(styleKey, tableStyle?.rPr, style?.rPr, undefined);
    const levelsOf = (rPr: RawRPr | null): RawRPr =>
      rPr?.rStyle === undefined ? plain : this.styleLevels(styleKey, tableStyle?.rPr, style?.rPr, rPr.rStyle);
    const runs: Run[] = [];
    let start = 0;
    for (const r of raw.runs) {
      runs.push(this.run(r, levelsOf(r.rPr), start));
      start += r.text.length;
    }
    return {
      tabs: tabStops(pPr),
      text: raw.text,
      runs,
      format: this.paragraphFormat(pPr, style?.id ?? null, style?.name ?? null),
      markFormat: this.finish(levelsOf(raw.markRPr), raw.markRPr, ""),
      list,
    };
  }

  /**
   * Defaults, table style, paragraph style and list level merged, before the paragraph's own properties; memoised per
   * (table style, paragraph style) when no list level takes part.
   */
  private stylePPr(
    styleKey: string,
    tableStyle: ResolvedStyle | null,
    style: ResolvedStyle | null,
    levelPPr: RawPPr | undefined,
    listFromStyle: boolean,
  ): RawPPr {
    const cached = levelPPr === undefined ? this.basePPr.get(styleKey) : undefined;
    if (cached !== undefined) return cached;
    let pPr = mergePPr(this.sheet.defaultPPr, tableStyle?.pPr);
    // A list applied to the paragraph overrides the style's indents; a list that comes with the style does not.
    if (listFromStyle) pPr = mergePPr(mergePPr(pPr, levelPPr), style?.pPr);
    else pPr = mergePPr(mergePPr(pPr, style?.pPr), levelPPr);
    if (levelPPr === undefined) this.basePPr.set(styleKey, pPr);
    return pPr;
  }

  private run(r: RawRun, levels: RawRPr, start: number): Run {
    const run: Run = {
      kind: r.kind,
      text: r.text,
      start,
      format: this.finish(levels, r.rPr, r.text),
    };
    if (r.fieldCode !== undefined) run.fieldCode = r.fieldCode;
    if (r.isLine) run.isLine = true;
    if (r.shape) run.shape = r.shape;
    return run;
  }

  /** Defaults and the three style levels, memoised per (table style, paragraph style, character style). */
  private styleLevels(
    key: string,
    table: RawRPr | undefined,
    para: RawRPr | undefined,
    rStyle: string | undefined,
  ): RawRPr {
    const charStyle = this.sheet.get(rStyle, "character");
    const fullKey = `${key}|${charStyle?.id ?? ""}`;
    const cached = this.styleRPr.get(fullKey);
    if (cached !== undefined) return cached;
    const levels = [table, para, charStyle?.rPr];
    const merged: RawRPr = { ...this.sheet.defaultRPr };
    for (const level of levels) if (level !== undefined) Object.assign(merged, withoutToggles(level));
    for (const t of TOGGLES) {
      let set = false;
      let value = false;
      for (const level of levels) {
        const v = level?.[t];
        if (v === undefined) continue;
        set = true;
        value = value !== v;
      }
      if (set) merged[t] = value;
    }
    delete merged.rStyle;
    this.styleRPr.set(fullKey, merged);
    return merged;
  }

  private font(ref: FontRef | undefined): string | null {
    if (ref === undefined) return null;
    return "name" in ref ? ref.name : themeFont(this.theme, ref.theme);
  }

  /**
   * The run format of `direct` over `levels`, read property by property rather than from a merged copy (no property
   * of a RawRPr is ever set to undefined, so `??` picks what a spread would have kept; rStyle plays no part).
   */
  private finish(levels: RawRPr, direct: RawRPr | null, text: string): RunFormat {
    const d = direct ?? NO_RPR;
    const l = levels;
    const ascii = this.font(d.ascii ?? l.ascii);
    const hAnsi = this.font(d.hAnsi ?? l.hAnsi);
    // ASCII characters render in the ascii slot, Vietnamese letters (Latin Extended) in the hAnsi slot; the text is
    // looked at only when the two differ.
    const font = ascii === hAnsi ? ascii : hasNonAscii(text) ? (hAnsi ?? ascii) : (ascii ?? hAnsi);
    const sz = d.sz ?? l.sz;
    const u = d.u ?? l.u;
    const vertAlign = d.vertAlign ?? l.vertAlign;
    const highlight = d.highlight ?? l.highlight;
    const format: RunFormat = {
      font,
      size: sz === undefined ? null : sz / 2,
      bold: d.b ?? l.b ?? false,
      italic: d.i ?? l.i ?? false,
      underline: u === undefined || u === "none" ? null : u,
      color: color(d.color ?? l.color),
      allCaps: d.caps ?? l.caps ?? false,
      smallCaps: d.smallCaps ?? l.smallCaps ?? false,
      strike: (d.strike ?? l.strike ?? false) || (d.dstrike ?? l.dstrike ?? false),
      vertAlign: vertAlign === "superscript" || vertAlign === "subscript" ? vertAlign : "baseline",
      highlight: highlight === undefined || highlight === "none" ? null : highlight,
    };
    if (d.vanish ?? l.vanish) format.hidden = true;
    const eastAsia = this.font(d.eastAsia ?? l.eastAsia);
    const complex = this.font(d.cs ?? l.cs);
    if (eastAsia !== null && eastAsia !== font) format.fontEastAsia = eastAsia;
    if (complex !== null && complex !== font) format.fontComplex = complex;
    return format;
  }

  private paragraphFormat(p: RawPPr, styleId: string | null, styleName: string | null): ParagraphFormat {
    const ind = p.ind ?? {};
    const sp = p.spacing ?? {};
    const lineRule = sp.lineRule === "exact" || sp.lineRule === "atLeast" ? sp.lineRule : "auto";
    const format: ParagraphFormat = {
      styleId,
      styleName,
      alignment: ALIGNMENTS[p.jc ?? "left"] ?? "left",
      indent: {
        left: ind.left ?? 0,
        right: ind.right ?? 0,
        firstLine: ind.hanging !== undefined ? -ind.hanging : (ind.firstLine ?? 0),
      },
      spacing: { before: sp.before ?? 0, after: sp.after ?? 0, line: sp.line ?? 240, lineRule },
      borders: { top: p.borderTop ?? false, bottom: p.borderBottom ?? false },
      // Level 9 is "body text": no outline level.
      outlineLevel: p.outlineLvl === undefined || p.outlineLvl >= 9 ? null : p.outlineLvl,
      keepNext: p.keepNext ?? false,
      keepLines: p.keepLines ?? false,
      pageBreakBefore: p.pageBreakBefore ?? false,
    };
    // Sides only when drawn: most paragraphs carry none, and a frame needs both.
    if (p.borderLeft) format.borders.left = true;
    if (p.borderRight) format.borders.right = true;
    if (sp.beforeAutospacing) format.spacing.beforeAutospacing = true;
    if (sp.afterAutospacing) format.spacing.afterAutospacing = true;
    return format;
  }
}

function withoutToggles(r: RawRPr): RawRPr {
  const copy = { ...r };
  for (const t of TOGGLES) delete copy[t];
  return copy;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

function color(value: string | undefined): string {
  if (value === undefined || value.toLowerCase() === "auto") return "auto";
  return value.toUpperCase();
}
