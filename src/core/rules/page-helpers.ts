// Shared pieces of the page rules: millimetre conversions and wording, and the "cannot check" finding.
import { MM } from "../model/create";
import type { Section } from "../model/types";
import { cite } from "./layout-helpers";
import type { FindingInput, RuleContext } from "./types";

export const twipsToMm = (tw: number): number => tw / MM;
export const mmToTwips = (mm: number): number => Math.round(mm * MM);

/** "20", "25,4": millimetres with a decimal comma, one decimal at most. */
export function mmText(tw: number): string {
  const v = Math.round(twipsToMm(tw) * 10) / 10;
  return String(v).replace(".", ",");
}

/** A section's number as users count them (1-based), for messages. */
export const sectionLabel = (s: Section): string => `phần (section) ${s.index + 1}`;

/** The finding for a section whose page setup could not be read: say so, never guess. */
export function cannotCheck(ctx: RuleContext, s: Section, what: string, locator: string): FindingInput {
  return {
    message: `Không kiểm tra được ${what} của ${sectionLabel(s)} vì không đọc được thiết lập trang ${cite(ctx, locator)}.`,
    paragraph: null,
    excerpt: "",
    section: s.index,
    severity: "info",
  };
}
