// text-abbreviation: an abbreviation used before its full form is written out once ("MTTQ" before
// "Mặt trận Tổ quốc"). The header and the closing may abbreviate (NĐ 30 allows "UBND" in the chủ quản name),
// and codes inside numbers ("04/KH-UBND", "98/2023/NĐ-CP") are not abbreviations in text.
import { ABBREVIATIONS } from "../vietnamese/abbreviations";
import { foldDiacritics } from "../vietnamese/fold";
import { spanFinding, textParagraphs } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";
import { matchesIn } from "../text/matches";

const GLUED = /[\p{L}\p{N}/\-&]/u;

/** True when the match [start, end) is part of a longer code or word ("04/KH-UBND"). */
function glued(text: string, start: number, end: number): boolean {
  return GLUED.test(text[start - 1] ?? "") || GLUED.test(text[end] ?? "");
}

function fold(text: string): string {
  return foldDiacritics(text.normalize("NFC")).toLowerCase();
}

/**
 * A full form as a pattern on folded text: words separated by any spaces, dashes or commas, with no letter on
 * either side. The character before it (none at the start) is part of the match, as group 1: see formAt.
 */
function formPattern(form: string): RegExp {
  const words = fold(form)
    .split(/[\s,\-–]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(^|[^a-z])${words.join("[\\s,\\-–]+")}(?![a-z])`);
}

/** Where a full form starts in folded text, or Infinity. */
function formAt(pattern: RegExp, folded: string): number {
  const m = pattern.exec(folded);
  return m === null ? Infinity : m.index + m[1].length;
}

const FORMS = new Map(Object.entries(ABBREVIATIONS).map(([abbr, forms]) => [abbr, forms.map(formPattern)]));

/**
 * Every listed abbreviation, longest first. A use of one is an occurrence not glued to a letter, digit, "/", "-" or
 * "&" on either side; a longer run of capitals holding it ("ÂUBND", "UBNDX") is glued by that very capital, so no
 * general scan for runs of Unicode capitals (a costly pattern over every paragraph) is needed to tell them apart.
 */
const LISTED = new RegExp(
  [...FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g",
);

export const textAbbreviation: Rule = {
  meta: {
    id: "text-abbreviation",
    title: "Chữ viết tắt",
    description: "Phát hiện chữ viết tắt được dùng trước khi tên đầy đủ của nó được viết ra lần đầu.",
    legalBasis: [
      { instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục II, mục IV.2 (mẫu “Liên hợp quốc (UN)”)" },
      { instrument: "NĐ 78/2025/NĐ-CP", locator: "Điều 60 khoản 4 (văn bản quy phạm pháp luật)" },
    ],
    normativity: "guidance",
    severity: "info",
    fixPolicy: "suggest-only",
  },
  check(ctx) {
    const findings: FindingInput[] = [];
    const paragraphs = textParagraphs(ctx);
    // Only abbreviations the text uses on their own (not glued into a code like "04/KH-UBND") need their full
    // forms looked for: no other use can be reported, and the scan below stops once each of these is settled.
    const used = new Set<string>();
    for (const tp of paragraphs) {
      if (!tp.furniture)
        for (const m of matchesIn(tp.text, LISTED))
          if (!glued(tp.text, m.index, m.index + m[0].length)) used.add(m[0]);
    }
    if (used.size === 0) return findings;
    const settled = new Set<string>();
    for (const tp of paragraphs) {
      if (settled.size === used.size) break;
      const folded = fold(tp.text);
      const firstForm = new Map<string, number>();
      for (const abbr of used) {
        const patterns = FORMS.get(abbr)!;
        if (settled.has(abbr)) continue;
        const at = Math.min(...patterns.map((p) => formAt(p, folded)));
        if (at !== Infinity) firstForm.set(abbr, at);
      }
      if (!tp.furniture) {
        for (const m of matchesIn(tp.text, LISTED)) {
          const abbr = m[0];
          const end = m.index + abbr.length;
          if (settled.has(abbr)) continue;
          if (glued(tp.text, m.index, end)) continue;
          settled.add(abbr);
          const formAt = firstForm.get(abbr);
          // Written out before it, or explained right after it: "MTTQ (Mặt trận Tổ quốc)".
          if (formAt !== undefined && (formAt < m.index || /^\s*\(/.test(tp.text.slice(end)))) continue;
          const full = ABBREVIATIONS[abbr][0];
          findings.push(
            spanFinding(ctx, tp, {
              start: m.index,
              end,
              message: `Chữ viết tắt “${abbr}” được dùng trước khi viết đầy đủ; lần đầu nên viết “${full} (${abbr})”.`,
            }),
          );
        }
      }
      for (const abbr of firstForm.keys()) settled.add(abbr);
    }
    return findings;
  },
};
