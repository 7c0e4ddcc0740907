// Edits written as tracked changes, for a document whose change tracking is on: replaced text becomes a deletion
// and an insertion (w:del, w:ins), changed properties keep their old state in w:rPrChange, w:pPrChange or
// w:sectPrChange, so the user accepts or rejects each fix in Word.
import { patchProps, propChildren, type PropKind } from "./props";

const AUTHOR = "Trợ lý Văn thư";

/** Hands out revision ids above every w:id the part already uses, all with one author and time. */
export class Revisions {
  private next: number;
  private readonly date: string;

  constructor(partXml: string, now: Date = new Date()) {
    let max = 0;
    for (const m of partXml.matchAll(/:id="(\d{1,9})"/g)) max = Math.max(max, Number(m[1]));
    this.next = max + 1;
    this.date = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  /** ` w:id="…" w:author="…" w:date="…"` for the next revision. */
  attrs(prefix: string): string {
    return ` ${prefix}id="${this.next++}" ${prefix}author="${AUTHOR}" ${prefix}date="${this.date}"`;
  }
}

/** Children that do not belong in the old-state copy of each property element. */
const NOT_RECORDED: Record<PropKind, Set<string>> = {
  rPr: new Set(["rPrChange", "ins", "del", "moveFrom", "moveTo"]),
  pPr: new Set(["rPr", "sectPr", "pPrChange"]),
  sectPr: new Set(["sectPrChange", "headerReference", "footerReference"]),
};

/**
 * `after` (the changed property element, or "") with the old state `before` recorded as a tracked property change;
 * a change already recorded is kept as it is, since it holds the state before any tracked change.
 */
export function trackPropertyChange(
  kind: PropKind,
  before: string,
  after: string,
  prefix: string,
  revisions: Revisions,
  namespaces?: Record<string, string>,
): string {
  if (after === before) return after;
  const p = prefix ? `${prefix}:` : "";
  const old = before ? propChildren(before, namespaces) : [];
  if (old.some((c) => c.local === `${kind}Change`)) return after;
  const recorded = old.filter((c) => !NOT_RECORDED[kind].has(c.local)).map((c) => c.xml);
  const change = `<${p}${kind}Change${revisions.attrs(p)}><${p}${kind}>${recorded.join("")}</${p}${kind}></${p}${kind}Change>`;
  return patchProps(kind, after, [{ local: `${kind}Change`, xml: change }], prefix, namespaces);
}

/** A run's text children as deleted text: w:t becomes w:delText (and w:instrText w:delInstrText). */
export function asDeleted(childrenXml: string, prefix: string): string {
  const p = prefix ? `${prefix}:` : "";
  return childrenXml.replace(
    new RegExp(`<(/?)${p.replace(":", "\\:")}(t|instrText)(?=[\\s/>])`, "g"),
    (_m, slash: string, local: string) => `<${slash}${p}${local === "t" ? "delText" : "delInstrText"}`,
  );
}
