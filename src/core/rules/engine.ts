// The rule engine: resolve the profile, analyse the document once, run each enabled rule with its options, and
// return one finding per occurrence sorted by paragraph. A rule that throws yields an internal finding instead.
import { analyze } from "../analysis/analyze";
import type { DocAnalysis } from "../analysis/types";
import { VanThuError } from "../errors";
import type { DocModel } from "../model/types";
import type { OrgProfile } from "../org/types";
import { builtinProfiles, isProfileId, mergeProfile, type ProfileRefusal } from "../profiles";
import { loadDatasets, loadedDatasets } from "./datasets";
import { releaseTextParagraphs } from "./text-paragraphs";
import { excerpt } from "./excerpt";
import { allRules } from "./registry";
import { LIMITS } from "../limits";
import { formatCount } from "../text/count";
import type {
  Finding,
  FindingInput,
  Profile,
  ProfileId,
  Rule,
  RuleContext,
  RuleOptions,
  Severity,
  Stage,
} from "./types";

export interface CheckOptions {
  profile?: ProfileId | Profile;
  org?: OrgProfile;
  /** Only these rule ids. */
  rules?: string[];
  /** The rules to run instead of the full registry (tests, a host with its own set). */
  registry?: Rule[];
  /** An analysis already computed for this very model. */
  analysis?: DocAnalysis;
  /** Draft (default) or final: which blanks may remain. */
  stage?: Stage;
}

/**
 * The profile a check runs with: a built-in id, or an organisation's profile extending a built-in one (its
 * weakening settings refused and reported). Without a profile, the organisation's choice, else nd30.
 */
export function resolveProfile(
  profile: ProfileId | Profile | undefined,
  org?: OrgProfile,
  registry: Rule[] = allRules,
): { profile: Profile; refused: ProfileRefusal[] } {
  const wanted = profile ?? org?.profile ?? "nd30";
  if (typeof wanted === "string") {
    if (!isProfileId(wanted))
      throw new VanThuError(
        "unsupported",
        `Không có hồ sơ kiểm tra “${wanted}”; hãy chọn nd30, dang hoặc mttq.`,
      );
    return { profile: builtinProfiles[wanted], refused: [] };
  }
  if (!wanted.extends && isProfileId(wanted.id) && wanted === builtinProfiles[wanted.id])
    return { profile: wanted, refused: [] };
  const base = builtinProfiles[wanted.extends ?? "nd30"];
  return mergeProfile(
    base,
    wanted,
    registry.map((r) => r.meta),
  );
}

/** The analysis of a document where nothing was recognised: the fallback when analysis fails, and a base for tests. */
export function emptyAnalysis(model: DocModel): DocAnalysis {
  return {
    docType: "unknown",
    docTypeName: null,
    header: {
      parentAgency: [],
      agencyName: [],
      nationalTitle: null,
      motto: null,
      docNumber: null,
      placeDate: null,
      docTitle: null,
      docSummary: [],
      vvSummary: [],
      recipientTo: [],
      legalBasis: [],
    },
    bodyStart: 0,
    bodyEnd: model.bodyCount,
    headings: [],
    closing: { recipientsTitle: null, recipients: [], signatureLines: [], signerName: null, ending: null },
    appendices: [],
    date: null,
    linesUnder: new Set(),
    furniture: new Set(),
  };
}

/** What one rule sees during a check; the profile defaults to an empty nd30 one. */
/** Whether a rule is run on a document with this analysis (see `Rule.agencyDocument`). */
export function ruleApplies(rule: Rule, analysis: DocAnalysis): boolean {
  return !(rule.agencyDocument && analysis.personal);
}

export function ruleContext(
  model: DocModel,
  analysis: DocAnalysis,
  {
    profile,
    options,
    org,
    stage,
  }: { profile?: Profile; options?: RuleOptions; org?: OrgProfile; stage?: Stage } = {},
): RuleContext {
  return {
    model,
    analysis,
    profile: profile ?? { id: "nd30", name: "nd30", rules: {} },
    options: options ?? {},
    org,
    stage: stage ?? "draft",
    datasets: loadedDatasets(),
    excerpt,
  };
}

/**
 * A rule's finding with the engine's fields, built field by field: rules return findings of many shapes, and a
 * spread of them takes V8's slow generic path (a third of the engine's own time on a long document).
 */
function toFinding(input: FindingInput, rule: string, severity: Severity, fixable: boolean): Finding {
  const finding: Finding = {
    message: input.message,
    paragraph: input.paragraph,
    excerpt: input.excerpt,
    rule,
    severity,
    fixable,
  };
  if (input.paragraphId !== undefined) finding.paragraphId = input.paragraphId;
  if (input.section !== undefined) finding.section = input.section;
  if (input.span !== undefined) finding.span = input.span;
  if (input.fix !== undefined) finding.fix = input.fix;
  return finding;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

function internalFinding(rule: string, title: string, e: unknown): Finding {
  return {
    rule,
    severity: "warning",
    message: `Quy tắc “${title}” gặp lỗi nội bộ nên chưa kiểm tra được (${errorText(e)}).`,
    paragraph: null,
    excerpt: "",
    fixable: false,
  };
}

/** The rules a check with these options runs, with the profile's setting for each. */
function activeRules(options: CheckOptions): {
  profile: Profile;
  rules: { rule: Rule; setting: RuleSettingOf }[];
} {
  const registry = options.registry ?? allRules;
  const { profile } = resolveProfile(options.profile, options.org, registry);
  const only = options.rules ? new Set(options.rules) : null;
  const rules: { rule: Rule; setting: RuleSettingOf }[] = [];
  for (const rule of registry) {
    if (only && !only.has(rule.meta.id)) continue;
    const setting = profile.rules[rule.meta.id] ?? { enabled: true };
    if (setting.enabled) rules.push({ rule, setting });
  }
  return { profile, rules };
}

type RuleSettingOf = Profile["rules"][string];

/** Load the reference data the rules of this check need; call (and await) before `check`. */
export async function prepareCheck(options: CheckOptions = {}): Promise<void> {
  await loadDatasets(activeRules(options).rules.flatMap(({ rule }) => rule.datasets ?? []));
}

/** `prepareCheck` then `check`. */
export async function checkAsync(model: DocModel, options: CheckOptions = {}): Promise<Finding[]> {
  await prepareCheck(options);
  return check(model, options);
}

export function check(model: DocModel, options: CheckOptions = {}): Finding[] {
  const active = activeRules(options);
  const findings: Finding[] = [];
  let analysis = options.analysis;
  if (!analysis) {
    try {
      analysis = analyze(model);
    } catch (e) {
      analysis = emptyAnalysis(model);
      findings.push(internalFinding("analysis", "Nhận diện thành phần văn bản", e));
    }
    // An analysis made here is this check's alone: what the rules shared through it is given up when they are done.
    try {
      return runRules(model, options, active, analysis, findings);
    } finally {
      releaseTextParagraphs(analysis);
    }
  }
  return runRules(model, options, active, analysis, findings);
}

/** Each active rule on the analysed document, then the findings in document order within the limits. */
function runRules(
  model: DocModel,
  options: CheckOptions,
  { profile, rules }: ReturnType<typeof activeRules>,
  analysis: DocAnalysis,
  findings: Finding[],
): Finding[] {
  const datasets = loadedDatasets();
  let dropped = 0;
  let worst: Severity | null = null;
  for (const { rule, setting } of rules) {
    if (!ruleApplies(rule, analysis)) continue;
    const { id } = rule.meta;
    const missing = (rule.datasets ?? []).filter((key) => !(key in datasets));
    if (missing.length > 0) {
      findings.push(
        internalFinding(id, rule.meta.title, new Error(`chưa nạp dữ liệu ${missing.join(", ")}`)),
      );
      continue;
    }
    const ctx = ruleContext(model, analysis, {
      profile,
      options: setting.options,
      org: options.org,
      stage: options.stage,
    });
    try {
      const found = rule.check(ctx);
      // Rules report in document order, so a rule's first LIMITS.findings are all that can reach the cut list.
      for (const input of found.length > LIMITS.findings ? found.slice(0, LIMITS.findings) : found) {
        const severity = input.severity ?? setting.severity ?? rule.meta.severity;
        const fixable = !!input.fix && input.fix.edits.length > 0 && rule.meta.fixPolicy !== "suggest-only";
        findings.push(toFinding(input, id, severity, fixable));
      }
      dropped += found.length - Math.min(found.length, LIMITS.findings);
      if (found.length > LIMITS.findings) worst = worse(worst, setting.severity ?? rule.meta.severity);
    } catch (e) {
      findings.push(internalFinding(id, rule.meta.title, e));
    }
  }
  const key = (f: Finding) => (f.paragraph === null ? -1 : f.paragraph);
  const sorted = findings
    .map((f, order) => ({ f, order }))
    .sort(
      (a, b) => key(a.f) - key(b.f) || (a.f.span?.start ?? 0) - (b.f.span?.start ?? 0) || a.order - b.order,
    )
    .map(({ f }) => f);
  if (sorted.length <= LIMITS.findings && dropped === 0) return sorted;
  const kept = sorted.slice(0, LIMITS.findings);
  for (const f of sorted.slice(LIMITS.findings)) worst = worse(worst, f.severity);
  return [...kept, truncationNote(dropped + sorted.length - kept.length, worst ?? "info")];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const worse = (a: Severity | null, b: Severity): Severity => (a === null || RANK[b] < RANK[a] ? b : a);

/** The last finding of a cut list: how many were left out, as severe as the worst of them (so exit codes hold). */
function truncationNote(left: number, severity: Severity): Finding {
  return {
    rule: "checker",
    severity,
    message: `Văn bản có quá nhiều chỗ cần xem: Trợ lý chỉ liệt kê ${formatCount(LIMITS.findings)} chỗ đầu tiên, còn ${formatCount(left)} chỗ nữa chưa liệt kê; anh/chị hãy sửa các chỗ trên rồi kiểm tra lại.`,
    paragraph: null,
    excerpt: "",
    fixable: false,
  };
}

/** Vietnamese reasons to ask the user before changing this document (signed, protected, tracked); empty when none. */
export function confirmationReasons(model: DocModel): string[] {
  const reasons: string[] = [];
  if (model.meta.signed) reasons.push("Văn bản đã được ký số: sửa văn bản sẽ làm chữ ký số mất hiệu lực.");
  if (model.meta.protected) reasons.push("Văn bản đang được bảo vệ chống chỉnh sửa.");
  if (model.meta.trackChanges || model.meta.hasRevisions)
    reasons.push("Văn bản đang theo dõi thay đổi hoặc còn thay đổi chưa duyệt.");
  return reasons;
}

/** True when a host must ask the user before applying any fix. */
export function needsConfirmation(model: DocModel): boolean {
  return confirmationReasons(model).length > 0;
}

export { applyFixes, type ApplyEdits, type FixOptions, type FixReport } from "./fix-loop";
