// The rule engine's public types: rules like ESLint rules, findings, and the edits that fix them.
import type { Alignment, DocModel, Indent, PageSetup, RunFormat, Spacing } from "../model/types";
import type { DocAnalysis } from "../analysis/types";
import type { OrgProfile } from "../org/types";
import type { DatasetKey, Datasets } from "./datasets";

export type Severity = "error" | "warning" | "info";
export type FixPolicy = "safe" | "guarded" | "suggest-only";
export type Normativity = "mandatory" | "guidance" | "practice";
export type ProfileId = "nd30" | "dang" | "mttq";
/** How far the document is: a draft may keep some blanks (the number, day and month, the signer's name); a final
 * document may keep none. */
export type Stage = "draft" | "final";

export interface LegalBasis {
  /** "NĐ 30/2020/NĐ-CP", "HD 36-HD/VPTW"… */
  instrument: string;
  /** "Phụ lục I, mục II.2" */
  locator: string;
}

export interface RuleMeta {
  id: string;
  /** Vietnamese title shown in the task pane and the report. */
  title: string;
  /** One Vietnamese sentence saying what the rule checks. */
  description: string;
  legalBasis: LegalBasis[];
  normativity: Normativity;
  severity: Severity;
  fixPolicy: FixPolicy;
}

/** A change to the document. Every edit carries the text it expects, so a host skips targets that changed. */
export type Edit =
  | {
      kind: "replaceText";
      paragraph: number;
      expectedText: string;
      start: number;
      end: number;
      replacement: string;
    }
  | {
      kind: "setRunFormat";
      paragraph: number;
      expectedText: string;
      /** Character span in the paragraph text; the whole paragraph when omitted. */
      start?: number;
      end?: number;
      format: Partial<Pick<RunFormat, "font" | "size" | "bold" | "italic" | "color" | "underline">>;
    }
  | {
      kind: "setParagraphFormat";
      paragraph: number;
      expectedText: string;
      format: {
        alignment?: Alignment;
        indent?: Partial<Indent>;
        spacing?: Partial<Pick<Spacing, "before" | "after" | "line" | "lineRule">>;
      };
    }
  | {
      kind: "setPageSetup";
      section: number;
      page: Partial<Pick<PageSetup, "width" | "height" | "orientation">> & {
        margins?: Partial<PageSetup["margins"]>;
      };
    };

export interface Fix {
  /** Vietnamese description of the change ("Đổi lề trái thành 30 mm"). */
  description: string;
  edits: Edit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** Body paragraph index (Word's body.paragraphs), or null for page-level findings and text outside the body. */
  paragraph: number | null;
  /** Offending text verbatim with up to 40 characters of context either side. */
  excerpt: string;
  /** True when the finding carries a fix that "Sửa"/`vanthu fix` may apply (per the rule's fix policy). */
  fixable: boolean;
  fix?: Fix;
  /** Span of the offending text in the paragraph, when it is a span. */
  span?: { start: number; end: number };
  /** `Paragraph.id` for findings outside the body (headers, text boxes…). */
  paragraphId?: number;
  /** Section index for page-level findings. */
  section?: number;
}

/** Values and switches a profile gives a rule; each rule documents its own keys. */
export type RuleOptions = Record<string, unknown>;

export interface RuleSetting {
  enabled: boolean;
  severity?: Severity;
  options?: RuleOptions;
}

export interface Profile {
  id: string;
  /** Vietnamese name ("Cơ quan nhà nước (NĐ 30/2020)"). */
  name: string;
  /** Built-in profile this one extends (an organisation's own profile). */
  extends?: ProfileId;
  rules: Record<string, RuleSetting>;
}

export interface RuleContext {
  model: DocModel;
  analysis: DocAnalysis;
  profile: Profile;
  options: RuleOptions;
  /** Organisation profile when known (names to leave alone, agency abbreviation…). */
  org?: OrgProfile;
  stage: Stage;
  /** The reference data sets loaded for this check; a rule finds here every set it names in `Rule.datasets`. */
  datasets: Partial<Datasets>;
  /** Excerpt helper: the text at [start, end) with up to 40 characters of context either side. */
  excerpt(paragraphText: string, start: number, end: number): string;
}

/** What a rule reports; the engine fills in `rule`, `severity` (profile override) and `fixable`. */
export type FindingInput = Omit<Finding, "rule" | "severity" | "fixable"> & { severity?: Severity };

export interface Rule {
  meta: RuleMeta;
  /** Reference data sets the rule reads (loaded lazily before the check). */
  datasets?: DatasetKey[];
  /**
   * The rule judges an element of an agency's document (NĐ 30 governs those): it is not run on a citizen's own
   * paper (đơn, tờ khai — `DocAnalysis.personal`).
   */
  agencyDocument?: boolean;
  check(ctx: RuleContext): FindingInput[];
}
