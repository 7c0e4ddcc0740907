// Layers: a province's library is a read-only base; the user's own layer overrides clauses (same id) or
// adds new ones. The merged view is what the tab browses, searches and inserts from.
import type { AdminLevel } from "../org/types";
import { foldForSearch } from "../vietnamese/fold";
import { LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION, type Clause, type ClauseLibrary } from "./types";

export type ClauseOrigin = "base" | "override" | "own";

export interface MergedClause {
  clause: Clause;
  origin: ClauseOrigin;
  /** For an override: the base clause it replaces. */
  baseClause?: Clause;
}

/** Base clauses in their order (overridden ones replaced in place), then the layer's additions. */
export function mergeLayers(base: ClauseLibrary | null, layer: ClauseLibrary | null): MergedClause[] {
  const own = new Map((layer?.clauses ?? []).map((c) => [c.id, c]));
  const merged: MergedClause[] = [];
  const baseIds = new Set<string>();
  for (const clause of base?.clauses ?? []) {
    baseIds.add(clause.id);
    const mine = own.get(clause.id);
    merged.push(mine ? { clause: mine, origin: "override", baseClause: clause } : { clause, origin: "base" });
  }
  for (const clause of layer?.clauses ?? [])
    if (!baseIds.has(clause.id)) merged.push({ clause, origin: "own" });
  return merged;
}

/** "Which clauses I changed": overrides and additions of the layer, against the base. */
export function ownChanges(base: ClauseLibrary | null, layer: ClauseLibrary | null): MergedClause[] {
  return mergeLayers(base, layer).filter((m) => m.origin !== "base");
}

function today(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An empty layer for an organisation, on top of a base when there is one. */
export function newLayer(
  owner: { level: AdminLevel; organisation: string },
  base: ClauseLibrary | null,
  date: Date,
): ClauseLibrary {
  const layer: ClauseLibrary = {
    format: LIBRARY_FORMAT,
    formatVersion: LIBRARY_FORMAT_VERSION,
    id: "lop-rieng",
    name: `Điều khoản riêng — ${owner.organisation || "đơn vị"}`,
    owner: { level: owner.level, organisation: owner.organisation || "Đơn vị" },
    version: "1",
    date: today(date),
    layer: true,
    clauses: [],
  };
  if (base) layer.base = { id: base.id, version: base.version };
  return layer;
}

function bumped(layer: ClauseLibrary, date: Date, clauses: Clause[]): ClauseLibrary {
  const parts = layer.version.split(".").map(Number);
  parts[parts.length - 1] += 1;
  return { ...layer, version: parts.join("."), date: today(date), clauses };
}

/** Add or replace one of the layer's clauses (an edit of a base clause becomes an override). */
export function putOwnClause(layer: ClauseLibrary, clause: Clause, date: Date): ClauseLibrary {
  const at = layer.clauses.findIndex((c) => c.id === clause.id);
  const clauses = at < 0 ? [...layer.clauses, clause] : layer.clauses.map((c, i) => (i === at ? clause : c));
  return bumped(layer, date, clauses);
}

/** Remove one of the layer's clauses; an override removed brings the base clause back. */
export function removeOwnClause(layer: ClauseLibrary, id: string, date: Date): ClauseLibrary {
  return bumped(
    layer,
    date,
    layer.clauses.filter((c) => c.id !== id),
  );
}

/** The layer re-pointed at a newly accepted base version. */
export function rebaseLayer(layer: ClauseLibrary, base: ClauseLibrary): ClauseLibrary {
  return { ...layer, base: { id: base.id, version: base.version } };
}

/** A clause id not used in the merged view, from a title ("Mục đích chung" → "rieng-muc-dich-chung"). */
export function freshClauseId(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    foldForSearch(title)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "dieu-khoan";
  let id = `rieng-${slug}`;
  for (let n = 2; used.has(id); n++) id = `rieng-${slug}-${n}`;
  return id;
}

/** Compare versions "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
