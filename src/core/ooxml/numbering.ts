// numbering.xml: list definitions and the labels Word shows ("I.", "1.", "2.1.", "a)", "-").
// Counters live per abstract definition, as in Word: two w:num sharing an abstractNum continue each other unless
// one restarts a level with w:lvlOverride/w:startOverride (applied when that w:num is first used).
import { LIMITS } from "../limits";
import { toRoman } from "../text/numerals";
import { pPrFromNode, type RawPPr } from "./props";
import { child, childrenNamed, type XNode } from "./xml";

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after a paragraph of this (1-based) level or shallower; 0 = never; null = after any shallower level. */
  restart: number | null;
  isLegal: boolean;
  pPr?: RawPPr;
}

interface Instance {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

export interface ListLabel {
  label: string;
  format: string;
  pPr?: RawPPr;
}

function readLevel(node: XNode): Level {
  const start = parseInt(child(node, "w:start")?.attrs["w:val"] ?? "0", 10);
  const restart = child(node, "w:lvlRestart")?.attrs["w:val"];
  return {
    start: Number.isFinite(start) ? start : 0,
    format: child(node, "w:numFmt")?.attrs["w:val"] ?? "decimal",
    text: child(node, "w:lvlText")?.attrs["w:val"] ?? "",
    restart: restart === undefined ? null : parseInt(restart, 10),
    isLegal: child(node, "w:isLgl") !== undefined && child(node, "w:isLgl")?.attrs["w:val"] !== "0",
    pPr: pPrFromNode(child(node, "w:pPr")),
  };
}

function levelsOf(node: XNode | undefined): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(node, "w:lvl")) {
    const ilvl = parseInt(lvl.attrs["w:ilvl"] ?? "", 10);
    if (Number.isFinite(ilvl)) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<number, Instance>();

  constructor(root: XNode | null) {
    const numbering = root === null ? undefined : child(root, "w:numbering");
    for (const node of childrenNamed(numbering, "w:abstractNum")) {
      const id = node.attrs["w:abstractNumId"];
      if (id !== undefined) this.abstracts.set(id, levelsOf(node));
    }
    for (const node of childrenNamed(numbering, "w:num")) {
      const numId = parseInt(node.attrs["w:numId"] ?? "", 10);
      const abstractId = child(node, "w:abstractNumId")?.attrs["w:val"];
      if (!Number.isFinite(numId) || abstractId === undefined) continue;
      const starts = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const o of childrenNamed(node, "w:lvlOverride")) {
        const ilvl = parseInt(o.attrs["w:ilvl"] ?? "", 10);
        if (!Number.isFinite(ilvl)) continue;
        const start = child(o, "w:startOverride")?.attrs["w:val"];
        if (start !== undefined && Number.isFinite(parseInt(start, 10)))
          starts.set(ilvl, parseInt(start, 10));
        const lvl = child(o, "w:lvl");
        if (lvl !== undefined) levels.set(ilvl, readLevel(lvl));
      }
      this.instances.set(numId, { abstractId, starts, levels });
    }
  }

  level(numId: number, ilvl: number): Level | undefined {
    const inst = this.instances.get(numId);
    if (inst === undefined) return undefined;
    return inst.levels.get(ilvl) ?? this.abstracts.get(inst.abstractId)?.get(ilvl);
  }

  has(numId: number): boolean {
    return this.instances.has(numId);
  }

  /** A counter state for one story (the body, or one header…). */
  counter(): ListCounter {
    return new ListCounter(this);
  }

  instance(numId: number): Instance | undefined {
    return this.instances.get(numId);
  }
}

export class ListCounter {
  private readonly counts = new Map<string, Map<number, number>>();
  private readonly usedNums = new Set<number>();

  constructor(private readonly numbering: Numbering) {}

  /** Count one paragraph of list `numId` at level `ilvl` and return its label; null when the list is not defined. */
  next(numId: number, ilvl: number): ListLabel | null {
    const inst = this.numbering.instance(numId);
    const lvl = this.numbering.level(numId, ilvl);
    if (inst === undefined || lvl === undefined) return null;
    let counts = this.counts.get(inst.abstractId);
    if (counts === undefined) {
      counts = new Map();
      this.counts.set(inst.abstractId, counts);
    }
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      for (const [l, start] of inst.starts) counts.set(l, start - 1);
    }
    const startOf = (l: number): number => this.numbering.level(numId, l)?.start ?? 0;
    counts.set(ilvl, (counts.get(ilvl) ?? startOf(ilvl) - 1) + 1);
    // Deeper levels restart unless their w:lvlRestart says otherwise.
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const d = this.numbering.level(numId, deeper);
      if (d === undefined || d.restart === 0) continue;
      if (d.restart === null || ilvl + 1 <= d.restart) counts.delete(deeper);
    }
    const current = counts;
    const label = expand(lvl, (l) => {
      const format = lvl.isLegal ? "decimal" : (this.numbering.level(numId, l)?.format ?? "decimal");
      return formatNumber(current.get(l) ?? startOf(l), format);
    });
    return { label, format: lvl.format, pPr: lvl.pPr };
  }
}

function expand(lvl: Level, value: (level: number) => string): string {
  if (lvl.format === "bullet") return lvl.text;
  if (lvl.format === "none") return "";
  let out = "";
  for (let i = 0; i < lvl.text.length; i++) {
    const ch = lvl.text[i];
    const next = lvl.text.charCodeAt(i + 1);
    if (ch === "%" && next >= 49 && next <= 57) {
      out += value(next - 49);
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}

function roman(n: number): string {
  return n <= 0 || n >= 4000 ? String(n) : toRoman(n);
}

/** Word's letter numbering: a…z, then aa…zz, aaa…, never longer than a level's text may be. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.min(Math.floor((n - 1) / 26) + 1, LIMITS.listLabelChars));
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerLetter":
      return letters(n);
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}
