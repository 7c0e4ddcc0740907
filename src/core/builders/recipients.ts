// "Nơi nhận:" and its list: each recipient its own paragraph "- …;", the purpose in brackets, the last line
// "- Lưu: VT, <đơn vị>." generated (NĐ 30/2020, Phụ lục I, mục II.9). Party documents: "Nơi nhận:" underlined,
// "- Lưu Văn phòng." (HD 36-HD/VPTW per format-rules.md §5).
import type { BlockParagraph } from "../model/blocks";
import type { Recipient } from "../org/types";
import type { DraftFormat } from "./draft-format";

export interface RecipientsOptions {
  recipients: Recipient[];
  /** First line before the list: "Như trên" (Kính gửi used) or "Như Điều 3" (quyết định). */
  first?: "nhu-tren" | "nhu-dieu-3";
  /** Drafting unit abbreviation for the archive line ("VP"). */
  unitAbbr: string;
  /** Ký hiệu người soạn thảo and số lượng bản phát hành, ending the archive line ("PL.(300)"; ô 12). */
  drafter?: string;
}

/** "PL.(300)" from the drafter's initials and the number of copies (NĐ 30/2020, Phụ lục I, mục III.3). */
export function drafterMark(initials: string, copies?: number): string {
  const i = initials.trim().toLocaleUpperCase("vi");
  return copies ? `${i}.(${copies})` : i;
}

export function recipientText(r: Recipient): string {
  const name = r.name.trim().replace(/[;.,]+$/, "");
  return r.purpose?.trim() ? `${name} (${r.purpose.trim()})` : name;
}

export function archiveLine(unitAbbr: string, f: DraftFormat, drafter = ""): string {
  if (f.profile === "dang") return "- Lưu Văn phòng.";
  const parts = ["VT", unitAbbr.trim(), drafter.trim().replace(/\.$/, "")].filter(Boolean);
  return `- Lưu: ${parts.join(", ")}.`;
}

export function buildRecipients(o: RecipientsOptions, f: DraftFormat): BlockParagraph[] {
  const item = (text: string): BlockParagraph => ({
    kind: "paragraph",
    role: "recipient",
    // A bracketed name ("[Người được mời]") is a blank the writer fills, marked as the other blanks are.
    runs: text
      .split(/(\[[^\]]*\])/)
      .filter(Boolean)
      .map((part) => (/^\[.*\]$/.test(part) ? { text: part, placeholder: true } : { text: part })),
    size: f.recipientSize,
    align: "left",
    lineSpacing: 1,
  });
  const t = f.recipientsTitle;
  const title: BlockParagraph = {
    kind: "paragraph",
    role: "recipients-title",
    runs: [{ text: "Nơi nhận:", bold: t.bold, italic: t.italic, underline: t.underline }],
    size: t.size,
    align: "left",
    lineSpacing: 1,
  };
  const lines: string[] = [];
  if (o.first === "nhu-tren") lines.push("- Như trên;");
  if (o.first === "nhu-dieu-3") lines.push("- Như Điều 3;");
  for (const r of o.recipients) if (r.name.trim()) lines.push(`- ${recipientText(r)};`);
  lines.push(archiveLine(o.unitAbbr, f, o.drafter));
  return [title, ...lines.map(item)];
}
