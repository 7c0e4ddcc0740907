// Fixes are small edits applied one rule at a time, each followed by a re-read and a re-check — never a rewrite
// of the whole document. Without a rule list only safe fixes run; listed rules also apply their guarded fixes.
import { analyze } from "../analysis/analyze";
import type { DocAnalysis } from "../analysis/types";
import type { DocModel } from "../model/types";
import { check, prepareCheck, type CheckOptions } from "./engine";
import { allRules } from "./registry";
import { SpanSet } from "../text/span-set";
import type { Edit, Finding, FixPolicy } from "./types";

/** Applies edits in the host and returns the document as re-read afterwards. */
export type ApplyEdits = (edits: Edit[]) => DocModel | Promise<DocModel>;

export interface FixOptions extends Omit<CheckOptions, "rules" | "analysis"> {
  /** Rules whose fixes to apply (safe and guarded); every safe rule when omitted. */
  rules?: string[];
  /** Upper bound on passes over the rules (default 5). */
  maxRounds?: number;
}

export interface FixReport {
  model: DocModel;
  /** Edits sent per rule, in the order they were applied. */
  applied: { rule: string; edits: number }[];
  /** Findings of the fixed rules that remain. */
  remaining: Finding[];
}

/**
 * Edits that can go in one batch: every edit of each finding kept together (a legacy-text fix changes the font and
 * the text of one span), leaving out a finding whose text replacement overlaps one already taken. Hosts order a
 * paragraph's edits themselves (formats first, replacements from the end), so several fixes in one paragraph go
 * in the same batch.
 */
export function batchOf(findings: Finding[]): Edit[] {
  const taken = new Map<number, SpanSet>();
  const spansOf = (paragraph: number): SpanSet => {
    let set = taken.get(paragraph);
    if (set === undefined) taken.set(paragraph, (set = new SpanSet()));
    return set;
  };
  const out: Edit[] = [];
  for (const f of findings) {
    const edits = f.fix?.edits ?? [];
    if (edits.some((e) => e.kind === "replaceText" && !spansOf(e.paragraph).fits(e))) continue;
    for (const e of edits) {
      if (e.kind === "replaceText") spansOf(e.paragraph).add(e);
      out.push(e);
    }
  }
  return out;
}

const fingerprint = (fs: Finding[]) =>
  fs.map((f) => `${f.paragraph}:${f.span?.start}:${f.message}`).join("\n");

export async function applyFixes(
  model: DocModel,
  apply: ApplyEdits,
  options: FixOptions = {},
): Promise<FixReport> {
  const registry = options.registry ?? allRules;
  const policies: FixPolicy[] = options.rules ? ["safe", "guarded"] : ["safe"];
  const ids = (options.rules ?? registry.map((r) => r.meta.id)).filter((id) =>
    registry.some((r) => r.meta.id === id && policies.includes(r.meta.fixPolicy)),
  );
  const base: CheckOptions = { profile: options.profile, org: options.org, registry };
  await prepareCheck({ ...base, rules: ids });
  // One analysis per version of the document, shared by every rule's check of that version.
  const analyses = new WeakMap<DocModel, DocAnalysis>();
  const analysisOf = (m: DocModel): DocAnalysis | undefined => {
    if (!analyses.has(m)) {
      try {
        analyses.set(m, analyze(m));
      } catch {
        // The check itself reports an analysis that fails.
        return undefined;
      }
    }
    return analyses.get(m);
  };
  const fixable = (m: DocModel, id: string) =>
    check(m, { ...base, rules: [id], analysis: analysisOf(m) }).filter((f) => f.fixable);
  const applied: FixReport["applied"] = [];
  let current = model;
  for (let round = 0; round < (options.maxRounds ?? 5); round++) {
    let changed = false;
    for (const id of ids) {
      const before = fixable(current, id);
      const edits = batchOf(before);
      if (edits.length === 0) continue;
      current = await apply(edits);
      if (fingerprint(fixable(current, id)) === fingerprint(before)) continue;
      changed = true;
      applied.push({ rule: id, edits: edits.length });
    }
    if (!changed) break;
  }
  return {
    model: current,
    applied,
    remaining: check(current, { ...base, rules: ids, analysis: analysisOf(current) }),
  };
}
