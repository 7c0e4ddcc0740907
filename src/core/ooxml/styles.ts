// styles.xml: document defaults, styles with their basedOn chains resolved, and the default style of each type.
import { mergePPr, mergeRPr, pPrFromNode, rPrFromNode, type RawPPr, type RawRPr } from "./props";
import { ownValue } from "./own-string";
import { child, childrenNamed, type XNode } from "./xml";

export type StyleType = "paragraph" | "character" | "table" | "numbering";

export interface TableBorderSet {
  top?: boolean;
  bottom?: boolean;
  left?: boolean;
  right?: boolean;
  insideH?: boolean;
  insideV?: boolean;
}

interface StyleDef {
  id: string;
  type: StyleType;
  name: string | null;
  basedOn: string | null;
  pPr?: RawPPr;
  rPr?: RawRPr;
  tblBorders?: TableBorderSet;
}

export interface ResolvedStyle {
  id: string;
  name: string | null;
  /** Properties of the whole basedOn chain, the style itself last. */
  pPr: RawPPr;
  rPr: RawRPr;
  tblBorders: TableBorderSet;
}

const MAX_CHAIN = 32;

export class StyleSheet {
  readonly defaultRPr: RawRPr;
  readonly defaultPPr: RawPPr;
  private readonly defs = new Map<string, StyleDef>();
  private readonly defaults = new Map<StyleType, string>();
  private readonly resolved = new Map<string, ResolvedStyle | null>();

  constructor(root: XNode | null) {
    const styles = root === null ? undefined : child(root, "w:styles");
    const docDefaults = child(styles, "w:docDefaults");
    this.defaultRPr = rPrFromNode(child(child(docDefaults, "w:rPrDefault"), "w:rPr")) ?? {};
    this.defaultPPr = pPrFromNode(child(child(docDefaults, "w:pPrDefault"), "w:pPr")) ?? {};
    for (const node of childrenNamed(styles, "w:style")) {
      const id = ownValue(node.attrs["w:styleId"]);
      const type = (node.attrs["w:type"] ?? "paragraph") as StyleType;
      if (id === undefined) continue;
      const def: StyleDef = {
        id,
        type,
        name: ownValue(child(node, "w:name")?.attrs["w:val"]) ?? null,
        basedOn: child(node, "w:basedOn")?.attrs["w:val"] ?? null,
        pPr: pPrFromNode(child(node, "w:pPr")),
        rPr: rPrFromNode(child(node, "w:rPr")),
        tblBorders: tableBorders(child(child(node, "w:tblPr"), "w:tblBorders")),
      };
      this.defs.set(id, def);
      const isDefault = node.attrs["w:default"];
      if ((isDefault === "1" || isDefault === "true" || isDefault === "on") && !this.defaults.has(type)) {
        this.defaults.set(type, id);
      }
    }
  }

  /** The style with its chain resolved; the type's default style when `id` is null or unknown. */
  get(id: string | null | undefined, type: StyleType): ResolvedStyle | null {
    const def = id == null ? undefined : this.defs.get(id);
    const key = def !== undefined && def.type === type ? def.id : this.defaults.get(type);
    if (key === undefined) return null;
    let cached = this.resolved.get(key);
    if (cached === undefined) {
      cached = this.resolve(key);
      this.resolved.set(key, cached);
    }
    return cached;
  }

  private resolve(id: string): ResolvedStyle | null {
    const chain: StyleDef[] = [];
    const seen = new Set<string>();
    for (let cur = this.defs.get(id); cur !== undefined && !seen.has(cur.id) && chain.length < MAX_CHAIN;) {
      seen.add(cur.id);
      chain.unshift(cur);
      cur = cur.basedOn === null ? undefined : this.defs.get(cur.basedOn);
    }
    if (chain.length === 0) return null;
    let pPr: RawPPr = {};
    let rPr: RawRPr = {};
    let tblBorders: TableBorderSet = {};
    for (const def of chain) {
      pPr = mergePPr(pPr, def.pPr);
      rPr = mergeRPr(rPr, def.rPr);
      if (def.tblBorders !== undefined) tblBorders = { ...tblBorders, ...def.tblBorders };
    }
    const own = chain[chain.length - 1];
    return { id: own.id, name: own.name, pPr, rPr, tblBorders };
  }
}

const SIDE_ALIASES: Record<string, keyof TableBorderSet> = {
  "w:top": "top",
  "w:bottom": "bottom",
  "w:left": "left",
  "w:start": "left",
  "w:right": "right",
  "w:end": "right",
  "w:insideH": "insideH",
  "w:insideV": "insideV",
};

/** Which sides of a w:tblBorders / w:tcBorders element draw a line. */
export function tableBorders(node: XNode | undefined): TableBorderSet | undefined {
  if (node === undefined) return undefined;
  const set: TableBorderSet = {};
  for (const c of node.children) applyBorderSide(set, c.name, c.attrs["w:val"]);
  return set;
}

export function applyBorderSide(set: TableBorderSet, name: string, val: string | undefined): void {
  const side = SIDE_ALIASES[name];
  if (side !== undefined) set[side] = val !== undefined && val !== "none" && val !== "nil";
}
