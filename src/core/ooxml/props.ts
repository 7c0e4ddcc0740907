// Run and paragraph properties as stored (only what a level sets), read one child element at a time so the
// streaming story reader and the style tree share the same code.
import { ownValue } from "./own-string";
import type { Attrs, XNode } from "./xml";

/** A font slot: a font name, or a theme font ("minorHAnsi"…) to look up in the theme. */
export type FontRef = { name: string } | { theme: string };

export interface RawRPr {
  ascii?: FontRef;
  hAnsi?: FontRef;
  eastAsia?: FontRef;
  cs?: FontRef;
  /** Half-points. */
  sz?: number;
  b?: boolean;
  i?: boolean;
  caps?: boolean;
  smallCaps?: boolean;
  strike?: boolean;
  dstrike?: boolean;
  vanish?: boolean;
  u?: string;
  color?: string;
  vertAlign?: string;
  highlight?: string;
  rStyle?: string;
}

export interface RawInd {
  left?: number;
  right?: number;
  firstLine?: number;
  hanging?: number;
}

export interface RawSpacing {
  before?: number;
  after?: number;
  line?: number;
  lineRule?: string;
  beforeAutospacing?: boolean;
  afterAutospacing?: boolean;
}

export interface RawPPr {
  pStyle?: string;
  jc?: string;
  ind?: RawInd;
  spacing?: RawSpacing;
  borderTop?: boolean;
  borderBottom?: boolean;
  borderLeft?: boolean;
  borderRight?: boolean;
  outlineLvl?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  numId?: number;
  ilvl?: number;
  /** Tab stops this level sets ("clear" removes an inherited stop at the same position). */
  tabs?: TabStop[];
}

export interface TabStop {
  /** w:val: "left", "center", "right", "decimal", "bar", "clear"… */
  type: string;
  pos: number;
}

/** On/off properties: absent w:val means on; "false", "0", "off" mean off. */
export function onOff(attrs: Attrs): boolean {
  const v = attrs["w:val"];
  return v === undefined || !(v === "false" || v === "0" || v === "off");
}

const UNIT_TWIPS: Record<string, number> = {
  mm: 1440 / 25.4,
  cm: 1440 / 2.54,
  in: 1440,
  pt: 20,
  pc: 240,
  pi: 240,
};

/** A twips measure: a plain number or a universal measure such as "1.27cm" or "14pt". Null when unreadable. */
export function twips(value: string | undefined): number | null {
  if (value === undefined || value === "") return null;
  const unit = value.slice(-2);
  const factor = UNIT_TWIPS[unit];
  const n = factor === undefined ? Number(value) : Number(value.slice(0, -2)) * factor;
  return Number.isFinite(n) ? Math.round(n) : null;
}

function int(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}

const isBorderVisible = (attrs: Attrs): boolean => {
  const v = attrs["w:val"];
  return v !== undefined && v !== "none" && v !== "nil";
};

/** Font references are only read: one frozen object per distinct font or theme font, not four per run. */
const FONT_REFS = { name: new Map<string, FontRef>(), theme: new Map<string, FontRef>() };
const FONT_REFS_MAX = 1024;

function fontRef(kind: "name" | "theme", value: string): FontRef {
  const known = FONT_REFS[kind].get(value);
  if (known !== undefined) return known;
  const own = ownValue(value);
  const ref = Object.freeze(kind === "name" ? { name: own } : { theme: own });
  if (FONT_REFS[kind].size < FONT_REFS_MAX) FONT_REFS[kind].set(own, ref);
  return ref;
}

function setFont(
  target: RawRPr,
  slot: "ascii" | "hAnsi" | "eastAsia" | "cs",
  name?: string,
  theme?: string,
): void {
  if (theme !== undefined) target[slot] = fontRef("theme", theme);
  else if (name !== undefined) target[slot] = fontRef("name", name);
}

/** Apply one child element of w:rPr. */
export function applyRPrChild(target: RawRPr, name: string, attrs: Attrs): void {
  switch (name) {
    case "w:rFonts":
      setFont(target, "ascii", attrs["w:ascii"], attrs["w:asciiTheme"]);
      setFont(target, "hAnsi", attrs["w:hAnsi"], attrs["w:hAnsiTheme"]);
      setFont(target, "eastAsia", attrs["w:eastAsia"], attrs["w:eastAsiaTheme"]);
      setFont(target, "cs", attrs["w:cs"], attrs["w:cstheme"]);
      break;
    case "w:sz": {
      const n = Number(attrs["w:val"]);
      if (Number.isFinite(n) && n > 0) target.sz = n;
      break;
    }
    case "w:b":
      target.b = onOff(attrs);
      break;
    case "w:i":
      target.i = onOff(attrs);
      break;
    case "w:caps":
      target.caps = onOff(attrs);
      break;
    case "w:smallCaps":
      target.smallCaps = onOff(attrs);
      break;
    case "w:strike":
      target.strike = onOff(attrs);
      break;
    case "w:dstrike":
      target.dstrike = onOff(attrs);
      break;
    case "w:vanish":
      target.vanish = onOff(attrs);
      break;
    case "w:u":
      target.u = ownValue(attrs["w:val"]) ?? "single";
      break;
    case "w:color":
      if (attrs["w:val"] !== undefined) target.color = ownValue(attrs["w:val"]);
      break;
    case "w:vertAlign":
      if (attrs["w:val"] !== undefined) target.vertAlign = ownValue(attrs["w:val"]);
      break;
    case "w:highlight":
      if (attrs["w:val"] !== undefined) target.highlight = ownValue(attrs["w:val"]);
      break;
    case "w:rStyle":
      if (attrs["w:val"] !== undefined) target.rStyle = ownValue(attrs["w:val"]);
      break;
  }
}

/** Apply one child element of w:pPr (w:rPr, w:sectPr, w:pPrChange are handled by the caller). */
export function applyPPrChild(target: RawPPr, name: string, attrs: Attrs): void {
  switch (name) {
    case "w:pStyle":
      if (attrs["w:val"] !== undefined) target.pStyle = ownValue(attrs["w:val"]);
      break;
    case "w:jc":
      if (attrs["w:val"] !== undefined) target.jc = ownValue(attrs["w:val"]);
      break;
    case "w:ind": {
      const ind: RawInd = { ...target.ind };
      const left = twips(attrs["w:start"] ?? attrs["w:left"]);
      const right = twips(attrs["w:end"] ?? attrs["w:right"]);
      const firstLine = twips(attrs["w:firstLine"]);
      const hanging = twips(attrs["w:hanging"]);
      if (left !== null) ind.left = left;
      if (right !== null) ind.right = right;
      // firstLine and hanging exclude each other; hanging wins when both are written.
      if (hanging !== null) {
        ind.hanging = hanging;
        delete ind.firstLine;
      } else if (firstLine !== null) {
        ind.firstLine = firstLine;
        delete ind.hanging;
      }
      target.ind = ind;
      break;
    }
    case "w:spacing": {
      const sp: RawSpacing = { ...target.spacing };
      const before = twips(attrs["w:before"]);
      const after = twips(attrs["w:after"]);
      const line = twips(attrs["w:line"]);
      if (before !== null) sp.before = before;
      if (after !== null) sp.after = after;
      if (line !== null) sp.line = line;
      if (attrs["w:lineRule"] !== undefined) sp.lineRule = ownValue(attrs["w:lineRule"]);
      if (attrs["w:beforeAutospacing"] !== undefined)
        sp.beforeAutospacing = onOff({ "w:val": attrs["w:beforeAutospacing"] });
      if (attrs["w:afterAutospacing"] !== undefined)
        sp.afterAutospacing = onOff({ "w:val": attrs["w:afterAutospacing"] });
      target.spacing = sp;
      break;
    }
    case "w:outlineLvl": {
      const n = int(attrs["w:val"]);
      if (n !== null) target.outlineLvl = n;
      break;
    }
    case "w:keepNext":
      target.keepNext = onOff(attrs);
      break;
    case "w:keepLines":
      target.keepLines = onOff(attrs);
      break;
    case "w:pageBreakBefore":
      target.pageBreakBefore = onOff(attrs);
      break;
  }
}

/** Apply a grandchild of w:pPr: the sides of w:pBdr, the parts of w:numPr, the stops of w:tabs. */
export function applyPPrGrandchild(target: RawPPr, parent: string, name: string, attrs: Attrs): void {
  if (parent === "w:tabs") {
    const pos = twips(attrs["w:pos"]);
    if (name === "w:tab" && pos !== null)
      (target.tabs ??= []).push({ type: ownValue(attrs["w:val"]) ?? "left", pos });
  } else if (parent === "w:pBdr") {
    if (name === "w:top") target.borderTop = isBorderVisible(attrs);
    else if (name === "w:bottom") target.borderBottom = isBorderVisible(attrs);
    else if (name === "w:left") target.borderLeft = isBorderVisible(attrs);
    else if (name === "w:right") target.borderRight = isBorderVisible(attrs);
  } else if (parent === "w:numPr") {
    const n = int(attrs["w:val"]);
    if (n === null) return;
    if (name === "w:numId") target.numId = n;
    else if (name === "w:ilvl") target.ilvl = n;
  }
}

export function rPrFromNode(node: XNode | undefined): RawRPr | undefined {
  if (node === undefined) return undefined;
  const target: RawRPr = {};
  for (const c of node.children) applyRPrChild(target, c.name, c.attrs);
  return target;
}

export function pPrFromNode(node: XNode | undefined): RawPPr | undefined {
  if (node === undefined) return undefined;
  const target: RawPPr = {};
  for (const c of node.children) {
    applyPPrChild(target, c.name, c.attrs);
    if (c.name === "w:pBdr" || c.name === "w:numPr" || c.name === "w:tabs") {
      for (const g of c.children) applyPPrGrandchild(target, c.name, g.name, g.attrs);
    }
  }
  return target;
}

/** Later levels override earlier ones, property by property (indents and spacing attribute by attribute). */
export function mergePPr(base: RawPPr, over: RawPPr | undefined): RawPPr {
  if (over === undefined) return base;
  const merged: RawPPr = { ...base, ...over };
  if (base.ind !== undefined && over.ind !== undefined) {
    merged.ind = { ...base.ind, ...over.ind };
    if (over.ind.hanging !== undefined) delete merged.ind.firstLine;
    else if (over.ind.firstLine !== undefined) delete merged.ind.hanging;
  }
  if (base.spacing !== undefined && over.spacing !== undefined)
    merged.spacing = { ...base.spacing, ...over.spacing };
  if (base.tabs !== undefined && over.tabs !== undefined) {
    const replaced = new Set(over.tabs.map((t) => t.pos));
    merged.tabs = [...base.tabs.filter((t) => !replaced.has(t.pos)), ...over.tabs];
  }
  return merged;
}

/** The tab stops in force: inherited and own stops, cleared ones removed, by position. */
export function tabStops(p: RawPPr): TabStop[] {
  return (p.tabs ?? []).filter((t) => t.type !== "clear").sort((a, b) => a.pos - b.pos);
}

export function mergeRPr(base: RawRPr, over: RawRPr | undefined): RawRPr {
  return over === undefined ? base : { ...base, ...over };
}

/** Visible-border test shared with tables. */
export { isBorderVisible };
