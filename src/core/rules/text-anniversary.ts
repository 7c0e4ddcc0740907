// text-anniversary: an anniversary count that does not match its year ("75 năm Ngày thành lập Quân đội nhân
// dân Việt Nam" in a 2018 line: 2018 − 1944 = 74). The year comes, in order, from a date or range written
// beside the mention, the nearest "Năm YYYY:", a single year in the trích yếu, then the document's date.
import { builtinDataset } from "../anniversaries/dataset";
import { EventMatcher, findMentions, mayHoldMention, type Mention } from "../anniversaries/match";
import { customToEvent } from "../anniversaries/select";
import { matchesIn } from "../text/matches";
import type { AnniversaryEvent } from "../anniversaries/types";
import type { CustomEvent } from "../org/types";
import type { Paragraph } from "../model/types";
import type { FindingInput, Rule, RuleContext } from "./types";

/** How many paragraphs back a "Năm YYYY:" line may be (the search also stops at a heading). */
const LOOK_BACK = 8;
const YEAR_LINE = /năm\s+(\d{4})\s*:/giu;

function lastYearLine(text: string): number | null {
  const all = matchesIn(text, YEAR_LINE);
  return all.length ? Number(all[all.length - 1][1]) : null;
}

function yearFromContext(
  ctx: RuleContext,
  p: Paragraph,
  m: Mention,
  headings: () => Set<number>,
  yearLineOf: (i: number) => number | null,
): number | null {
  if (m.year !== null) return m.year;
  const here = lastYearLine(p.text.slice(0, m.countStart));
  if (here !== null) return here;
  if (p.index !== null && !headings().has(p.index)) {
    for (let i = p.index - 1; i >= Math.max(0, p.index - LOOK_BACK); i--) {
      const y = yearLineOf(i);
      if (y !== null) return y;
      if (headings().has(i)) break;
    }
  }
  const summaryYears = new Set(
    ctx.analysis.header.docSummary.flatMap((i) =>
      [...(ctx.model.paragraphs[i]?.text ?? "").matchAll(/(?:^|\D)(19\d\d|20\d\d|2100)(?!\d)/g)].map((x) =>
        Number(x[1]),
      ),
    ),
  );
  if (summaryYears.size === 1) return [...summaryYears][0];
  return ctx.analysis.date?.year ?? null;
}

function expectedCounts(event: AnniversaryEvent, year: number): number[] {
  return [event.baseYear, event.institutedYear ?? null]
    .filter((y): y is number => y !== null)
    .map((y) => year - y)
    .filter((n) => n > 0);
}

function preferredCount(event: AnniversaryEvent, year: number): number {
  const from =
    event.countFrom === "instituted" && event.institutedYear ? event.institutedYear : event.baseYear;
  return year - (from as number);
}

const pad = (n: number): string => String(n).padStart(2, "0");

const NO_CUSTOM_EVENTS: CustomEvent[] = [];
/** The last matcher built, by the custom events it holds (compared by content: a settings page may edit the list
 * in place), so checks in a row do not fold every event name again. */
let lastMatcher: { key: string; matcher: EventMatcher } | null = null;
function matcherFor(custom: CustomEvent[]): EventMatcher {
  const key = JSON.stringify(custom);
  if (lastMatcher?.key !== key) {
    const events = [
      ...builtinDataset.national,
      ...Object.values(builtinDataset.provinces).flatMap((p) => p.events),
      ...custom.map(customToEvent),
    ];
    lastMatcher = { key, matcher: new EventMatcher(events) };
  }
  return lastMatcher.matcher;
}

export const textAnniversary: Rule = {
  meta: {
    id: "text-anniversary",
    title: "Số năm kỷ niệm",
    description:
      "Số năm kỷ niệm ghi trong văn bản phải bằng năm kỷ niệm trừ năm gốc của sự kiện (ví dụ năm 2018 là 74 năm Ngày thành lập Quân đội nhân dân Việt Nam).",
    legalBasis: [{ instrument: "Nghị định 145/2013/NĐ-CP", locator: "Chương II (tổ chức ngày kỷ niệm)" }],
    normativity: "practice",
    severity: "warning",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const matcher = matcherFor(ctx.org?.customEvents ?? NO_CUSTOM_EVENTS);
    // Made when a mention first needs it: most carry their year or find it in their own paragraph.
    let headingSet: Set<number> | null = null;
    const headings = () => (headingSet ??= new Set(ctx.analysis.headings.map((h) => h.paragraph)));
    // A plan's mentions look back at the same few paragraphs for their "Năm YYYY:" line: each is read once.
    const yearLines = new Map<number, number | null>();
    const yearLineOf = (i: number) => {
      let y = yearLines.get(i);
      if (y === undefined) yearLines.set(i, (y = lastYearLine(ctx.model.paragraphs[i].text)));
      return y;
    };
    const findings: FindingInput[] = [];
    for (const p of ctx.model.paragraphs) {
      if (!mayHoldMention(p.text)) continue;
      for (const m of findMentions(p.text)) {
        const event = matcher.match(m.phrase, m.date);
        if (!event || event.baseYear === null) continue;
        const year = yearFromContext(ctx, p, m, headings, yearLineOf);
        if (year === null) continue;
        const accepted = expectedCounts(event, year);
        if (!accepted.length || accepted.includes(m.count)) continue;
        const right = preferredCount(event, year);
        const base = `${pad(event.day)}/${pad(event.month)}/${event.baseYear}`;
        findings.push({
          message: `${year}: ${right} năm, không phải ${m.count} — ${event.name} (${base}).`,
          paragraph: p.index,
          ...(p.index === null ? { paragraphId: p.id } : {}),
          excerpt: ctx.excerpt(p.text, m.countStart, m.end),
          span: { start: m.countStart, end: m.end },
          ...(p.index === null
            ? {}
            : {
                fix: {
                  description: `Sửa "${m.count} năm" thành "${right} năm"`,
                  edits: [
                    {
                      kind: "replaceText" as const,
                      paragraph: p.index,
                      expectedText: p.text,
                      start: m.countStart,
                      end: m.countEnd,
                      replacement: String(right),
                    },
                  ],
                },
              }),
        });
      }
    }
    return findings;
  },
};
