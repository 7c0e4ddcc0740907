// Unicode hygiene for Vietnamese text (TCVN 6909:2001 text should be stored in NFC): decomposed tone marks,
// invisible and control characters, non-breaking spaces glued between letters.
import { matchAllAfter } from "../text/match-after";
import { matchesIn } from "../text/matches";
import { isLetterOrMark } from "./letters";

export type UnicodeIssueKind = "not-nfc" | "invisible" | "control" | "nbsp";

export interface UnicodeIssue {
  kind: UnicodeIssueKind;
  start: number;
  end: number;
  /** What the span should become. */
  replacement: string;
}

/** Zero-width space/joiners, word joiner, BOM, direction marks. The soft hyphen is a Word feature and stays. */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF]+/g;
/** C0/C1 controls except tab and line break, which the model uses for tabs and manual breaks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]+/g;
/** No-break spaces followed by a letter; they count only after a letter or mark (see findUnicodeIssues). */
const NBSP_BEFORE_LETTER = /[\u00A0\u202F]+(?=\p{L})/gu;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ODD_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u00A0\u200B-\u200F\u202F\u2060\uFEFF]/;
/** A run of letters, marks and digits: the unit a non-NFC finding covers. */
const WORDISH = /[\p{L}\p{M}\p{N}]+|\p{M}+/gu;

export function isNfc(text: string): boolean {
  return text === text.normalize("NFC");
}

/** Issues in document order; spans never overlap. */
export function findUnicodeIssues(text: string): UnicodeIssue[] {
  const issues: UnicodeIssue[] = [];
  if (!isNfc(text)) {
    for (const m of matchesIn(text, WORDISH)) {
      const nfc = m[0].normalize("NFC");
      if (nfc !== m[0])
        issues.push({ kind: "not-nfc", start: m.index, end: m.index + m[0].length, replacement: nfc });
    }
  }
  if (!ODD_CHARACTER.test(text)) return issues;
  for (const [matches, kind, replacement] of [
    [matchesIn(text, INVISIBLE), "invisible", ""],
    [matchesIn(text, CONTROL), "control", ""],
    [matchAllAfter(text, NBSP_BEFORE_LETTER, isLetterOrMark), "nbsp", " "],
  ] as const) {
    for (const m of matches) {
      const start = m.index;
      const end = start + m[0].length;
      if (issues.some((i) => i.start < end && start < i.end)) continue;
      issues.push({ kind, start, end, replacement });
    }
  }
  return issues.sort((a, b) => a.start - b.start);
}

/** The text with every issue repaired. */
export function cleanUnicode(text: string): string {
  let out = "";
  let at = 0;
  for (const i of findUnicodeIssues(text)) {
    out += text.slice(at, i.start) + i.replacement;
    at = i.end;
  }
  return (out + text.slice(at)).normalize("NFC");
}
