// The thẩm quyền ban hành line of a quyết định or nghị quyết, derived from the signature so they agree
// (NĐ 30/2020, Phụ lục III, Mẫu 1.2 note 6): the head's title and the body when the head decides ("GIÁM ĐỐC
// SỞ NỘI VỤ", also under KT./Q./TL./TUQ.), the collective when a collective decides ("TM. ỦY BAN NHÂN DÂN" →
// "ỦY BAN NHÂN DÂN XÃ TÂN THANH", "T/M BAN THƯỜNG VỤ" → "BAN THƯỜNG VỤ TỈNH ỦY LẠNG SƠN").
import type { OrgProfile } from "../org/types";
import type { SignatureSpec } from "./signature";

const up = (t: string | undefined): string => (t ?? "").trim().replace(/\s+/g, " ").toLocaleUpperCase("vi");

/** The authority line, or null when the profile lacks what it needs (the draft then leaves a placeholder). */
export function authorityLine(s: SignatureSpec, org: OrgProfile): string | null {
  const agency = up(org.agencyName);
  if (!agency) return null;
  if (s.marks[0] === "TM") {
    const collective = up(s.collective);
    if (!collective) return null;
    // The collective is the body itself ("ỦY BAN NHÂN DÂN" of "ỦY BAN NHÂN DÂN XÃ …"): name the body.
    if (agency.startsWith(collective) || agency === collective) return agency;
    return `${collective} ${agency}`;
  }
  const head = up(s.headTitle);
  return head ? `${head} ${agency}` : null;
}
