// Spans of visible text whose run formatting breaks a rule, one span per stretch of adjacent offending runs
// with the same value, for the font rules.
import type { Paragraph, Run } from "../model/types";
import { cite } from "./layout-helpers";
import type { Edit, FindingInput, RuleContext } from "./types";

export interface RunSpan {
  start: number;
  end: number;
  value: string;
}

/** Runs that carry visible text: text and field results, not hidden, not only white space (symbols excluded). */
const visible = (r: Run): boolean =>
  (r.kind === "text" || r.kind === "field") && !r.format.hidden && r.text.trim() !== "";

/** Stretches of visible runs for which `bad` returns a value (the offending font, colour…); white space between joins. */
export function offendingSpans(p: Paragraph, bad: (r: Run) => string | null): RunSpan[] {
  const spans: RunSpan[] = [];
  let open: RunSpan | null = null;
  for (const r of p.runs) {
    if (!visible(r)) {
      if (r.kind === "text" || r.kind === "tab") continue;
      open = null;
      continue;
    }
    const value = bad(r);
    if (value === null) {
      open = null;
    } else if (open !== null && open.value === value) {
      open.end = r.start + r.text.length;
    } else {
      open = { start: r.start, end: r.start + r.text.length, value };
      spans.push(open);
    }
  }
  return spans;
}

/**
 * One finding per span: body paragraphs carry their index and a fix; paragraphs outside the body (headers, text
 * boxes, notes) carry their id and no fix, since edits address body paragraphs.
 */
export function spanFindings(
  ctx: RuleContext,
  bad: (r: Run) => string | null,
  message: (value: string) => string,
  fix: (value: string) => { description: string; format: Extract<Edit, { kind: "setRunFormat" }>["format"] },
  locator: string,
): FindingInput[] {
  const findings: FindingInput[] = [];
  for (const p of ctx.model.paragraphs) {
    for (const span of offendingSpans(p, bad)) {
      const f: FindingInput = {
        message: `${message(span.value)} ${cite(ctx, locator)}.`,
        paragraph: p.index,
        excerpt: ctx.excerpt(p.text, span.start, span.end),
        span: { start: span.start, end: span.end },
      };
      if (p.index === null) {
        f.paragraphId = p.id;
      } else {
        const { description, format } = fix(span.value);
        const whole = span.start === 0 && span.end === p.text.length;
        f.fix = {
          description,
          edits: [
            whole
              ? { kind: "setRunFormat", paragraph: p.index, expectedText: p.text, format }
              : {
                  kind: "setRunFormat",
                  paragraph: p.index,
                  expectedText: p.text,
                  start: span.start,
                  end: span.end,
                  format,
                },
          ],
        };
      }
      findings.push(f);
    }
  }
  return findings;
}
