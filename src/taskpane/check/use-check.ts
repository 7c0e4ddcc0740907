// State of the Kiểm tra tab: read the document, check it, apply fixes, re-check. Any change the pane makes or
// undoes (a new revision) re-checks, so the findings never describe a document that is no longer there.
import { useCallback, useEffect, useRef, useState } from "react";
import type { DocModel } from "../../core/model/types";
import { ruleDoc } from "../../core/rules/docs";
import { checkAsync } from "../../core/rules/engine";
import { bySeverityThenPosition } from "../../core/report/results";
import type { Edit, Finding, ProfileId, Stage } from "../../core/rules/types";
import type { ApplyResult } from "../../host/document-host";
import { useApp } from "../state/app-context";

export type CheckPhase = "idle" | "reading" | "checking" | "done" | "error";

export interface RuleGroup {
  rule: string;
  title: string;
  fixPolicy: "safe" | "guarded" | "suggest-only";
  findings: Finding[];
}

/** Findings by rule: errors first, then in document order (the groups by their first finding). */
export function groupByRule(findings: Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const f of [...findings].sort(bySeverityThenPosition)) {
    let group = groups.get(f.rule);
    if (!group) {
      const meta = ruleDoc(f.rule);
      group = {
        rule: f.rule,
        title: meta?.title ?? f.rule,
        fixPolicy: meta?.fixPolicy ?? "suggest-only",
        findings: [],
      };
      groups.set(f.rule, group);
    }
    group.findings.push(f);
  }
  return [...groups.values()];
}

export function useCheck() {
  const app = useApp();
  const [profile, setProfile] = useState<ProfileId>(app.org.profile);
  // Draft (the default) may keep the number, day, month and signer's name blank; final may keep no blank.
  const [stage, setStage] = useState<Stage>("draft");
  const [phase, setPhase] = useState<CheckPhase>("idle");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [model, setModel] = useState<DocModel | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [lastApply, setLastApply] = useState<ApplyResult | null>(null);
  /** The revision the findings were read at (null: never checked). */
  const checkedAt = useRef<number | null>(null);

  const run = useCallback(
    async (profileId: ProfileId = profile) => {
      checkedAt.current = app.revision;
      setPhase("reading");
      setError(null);
      setProgress(null);
      try {
        const read = await app.host.read((done, total) => setProgress({ done, total }));
        setPhase("checking");
        // Let the progress state paint before the synchronous check.
        await new Promise((r) => setTimeout(r, 0));
        setModel(read);
        setFindings(await checkAsync(read, { profile: profileId, org: app.org, stage }));
        setPhase("done");
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        setPhase("error");
      }
    },
    [app, profile, stage],
  );

  const apply = useCallback(
    async (edits: Edit[], label: string, trackChanges: boolean) => {
      const result = await app.host.applyEdits(edits, { trackChanges, label });
      if (result.saved) app.pushUndo(result.saved);
      setLastApply(result);
      // The new revision re-checks (below).
      const revision = result.applied > 0 ? app.documentChanged() : app.revision;
      return { ...result, revision };
    },
    [app],
  );

  useEffect(() => {
    if (checkedAt.current !== null && checkedAt.current !== app.revision) void run();
  }, [app.revision, run]);

  return {
    profile,
    setProfile,
    stage,
    setStage,
    phase,
    progress,
    model,
    findings,
    error,
    lastApply,
    run,
    apply,
  };
}
