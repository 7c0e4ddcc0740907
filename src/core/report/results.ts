// The outcome of checking one file, shared by the CLI's text, JSON and HTML outputs and the task pane's export.
import type { Finding } from "../rules/types";

export interface FileResult {
  /** The path exactly as given on the command line (or the document's name in the pane). */
  file: string;
  profile: string;
  findings: Finding[];
  /** One Vietnamese sentence when the file could not be read. */
  error?: string;
}

/** The findings as the CLI contract prints them in JSON (these fields, in this order), as a sequence of small
 * strings, one finding at a time, so that a very large report is written without ever being one string. */
export function* contractJsonChunks(results: FileResult[]): Generator<string> {
  yield '{"files":[';
  for (const [i, r] of results.entries()) {
    const head = JSON.stringify(contractFileHead(r));
    yield `${i > 0 ? "," : ""}${head.slice(0, -1)},"findings":[`;
    for (const [k, f] of contractFindings(r).entries())
      yield (k > 0 ? "," : "") + JSON.stringify(contractFinding(f));
    yield "]}";
  }
  yield "]}\n";
}

const contractFileHead = (r: FileResult): object =>
  r.error !== undefined ? { file: r.file, error: r.error } : { file: r.file, profile: r.profile };

const contractFindings = (r: FileResult): Finding[] => (r.error !== undefined ? [] : r.findings);

const contractFinding = (f: Finding): object => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  paragraph: f.paragraph,
  excerpt: f.excerpt,
  fixable: f.fixable,
});

export interface Tally {
  error: number;
  warning: number;
  info: number;
  unreadable: number;
}

export function tally(results: FileResult[]): Tally {
  const t: Tally = { error: 0, warning: 0, info: 0, unreadable: 0 };
  for (const r of results) {
    if (r.error !== undefined) t.unreadable++;
    for (const f of r.findings) t[f.severity]++;
  }
  return t;
}

/** Exit code of the contract: 2 when a file could not be read, else 1 when any error-severity finding, else 0. */
export function exitCode(results: FileResult[]): number {
  const t = tally(results);
  if (t.unreadable > 0) return 2;
  return t.error > 0 ? 1 : 0;
}

/** The paragraph number people read (pane, HTML report, CLI text): 1-based. The JSON contract stays 0-based. */
export const paragraphNumber = (index: number): number => index + 1;

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors before warnings before hints; within a severity, page-level findings first, then document order. */
export function bySeverityThenPosition(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.paragraph ?? -1) - (b.paragraph ?? -1);
}
