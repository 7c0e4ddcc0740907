// The bản sao block (NĐ 30/2020, Phụ lục I, Phần II, mục II; Phụ lục III, Mẫu 3.1): under the last part of the
// copied document, after a solid line across the whole text width — the copying body's name and the copy's number
// on the left, "SAO Y" / "SAO LỤC" / "TRÍCH SAO" and the place and date on the right, then Nơi nhận and the
// signature of the person authorised to sign copies.
import { VanThuError } from "../errors";
import type { Block, BlockParagraph, BlockRun, BlockTable } from "../model/blocks";
import type { OrgProfile } from "../org/types";
import type { ProfileId } from "../rules/types";
import { buildClosing } from "./closing";
import type { DayMonthYear } from "./date-line";
import { draftFormat, textWidth } from "./draft-format";
import { agencyNameBlocks, HEADER_LEFT, placeDateRuns } from "./header";
import { centred, ph, styled } from "./paragraphs";
import { signatureFromOrg, signatureProblem, type SignatureSpec } from "./signature";

export type CopyKind = "sao-y" | "sao-luc" | "trich-sao";

/** The form of each copy and its abbreviation (Phụ lục I, Phần II, II.1a; Phụ lục III, mục I). */
export const COPY_KINDS: Record<CopyKind, { form: string; abbr: string; name: string }> = {
  "sao-y": { form: "SAO Y", abbr: "SY", name: "Bản sao y" },
  "sao-luc": { form: "SAO LỤC", abbr: "SL", name: "Bản sao lục" },
  "trich-sao": { form: "TRÍCH SAO", abbr: "TrS", name: "Bản trích sao" },
};

export const isCopyKind = (k: string): k is CopyKind => Object.hasOwn(COPY_KINDS, k);

export interface CopyOptions {
  kind: CopyKind;
  /** The body that makes the copy. */
  org: OrgProfile;
  /** Date of the copy; null leaves "ngày … tháng … năm …" to fill. */
  date: DayMonthYear | null;
  profile?: ProfileId;
  /** The copy's registration number; blank ("…") for the văn thư when absent. */
  number?: string;
  /** Who receives the copy; one blank to fill when empty. */
  to?: string[];
  /** The person authorised to sign copies; the organisation's signer when absent. */
  signature?: SignatureSpec;
}

/** Why a body under this profile cannot add a copy block, or null. */
export function copyProfileProblem(profile: ProfileId): string | null {
  // Hướng dẫn 36-HD/VPTW's own copy form is not in the sources this project relies on (format-rules.md §5).
  return profile === "dang"
    ? "Phần bản sao theo Hướng dẫn 36-HD/VPTW (văn bản của Đảng) chưa được hỗ trợ; anh/chị dùng hồ sơ nd30 hoặc mttq."
    : null;
}

/**
 * Whether the document can be copied so, given the copy block it already carries (null: an original or bản chính):
 * a sao y and a trích sao are made from the original, a sao lục from a bản sao y (NĐ 30/2020, Điều 3.10–12, 25).
 */
export function copySourceProblem(kind: CopyKind, existing: CopyKind | null): string | null {
  if (kind === "sao-luc" && existing !== "sao-y")
    return existing
      ? `Sao lục được làm từ bản sao y; văn bản này là ${COPY_KINDS[existing].name.toLocaleLowerCase("vi")}.`
      : "Sao lục được làm từ bản sao y; văn bản này chưa có phần SAO Y — anh/chị làm bản sao y trước.";
  if (kind !== "sao-luc" && existing)
    return `Văn bản này đã là ${COPY_KINDS[existing].name.toLocaleLowerCase("vi")}; ${COPY_KINDS[kind].name.toLocaleLowerCase("vi")} được làm từ bản gốc hoặc bản chính${existing === "sao-y" ? ", còn sao tiếp từ bản sao y là sao lục" : ""}.`;
  return null;
}

/** The one-sentence reason the copy block cannot be made, or null. */
export function copyProblem(o: CopyOptions): string | null {
  return (
    copyProfileProblem(o.profile ?? o.org.profile) ?? signatureProblem(o.signature ?? signatureFromOrg(o.org))
  );
}

/** "Số: …/SY-VP": the copy's number, its abbreviation and the copying body's (Mẫu 3.1, notes 3–5). */
function numberRuns(o: CopyOptions): BlockRun[] {
  const abbr = o.org.agencyAbbr.trim();
  const head = `Số: ${o.number?.trim() || "…"}/${COPY_KINDS[o.kind].abbr}-`;
  return abbr ? [{ text: head + abbr }] : [{ text: head }, ph("viết tắt tên cơ quan")];
}

export function buildCopyBlock(o: CopyOptions): Block[] {
  const problem = copyProblem(o);
  if (problem) throw new VanThuError("unsupported", problem);
  const f = draftFormat(o.profile ?? o.org.profile);
  const signature = o.signature ?? signatureFromOrg(o.org);
  const right = textWidth(f) - HEADER_LEFT;
  // "dưới một đường kẻ nét liền, kéo dài hết chiều ngang của vùng trình bày văn bản" (Phần II, II.2a).
  const line: BlockParagraph = {
    kind: "paragraph",
    role: "copy-line",
    runs: [],
    size: 6,
    border: "bottom",
    spacingBefore: 12,
    keepNext: true,
  };
  const head: BlockTable = {
    kind: "table",
    role: "copy",
    borders: false,
    columns: [HEADER_LEFT, right],
    rows: [
      {
        cells: [
          {
            width: HEADER_LEFT,
            blocks: [
              ...agencyNameBlocks(o.org, f).map((p) => ({ ...p, keepNext: true })),
              centred(numberRuns(o), f.numberSize, "doc-number", { keepNext: true }),
            ],
          },
          {
            width: right,
            blocks: [
              // "chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm" (Phần II, II.2b).
              centred(styled([COPY_KINDS[o.kind].form], { bold: true }), 14, "copy-form", {
                spacingBefore: 6,
                keepNext: true,
              }),
              centred(placeDateRuns(o.org, o.date), f.dateSize, "place-date", {
                spacingBefore: 6,
                keepNext: true,
              }),
            ],
          },
        ],
      },
    ],
  };
  const to = (o.to ?? []).map((t) => t.trim()).filter(Boolean);
  const closing = buildClosing(
    {
      recipients: (to.length ? to : ["[Nơi nhận bản sao]"]).map((name) => ({ name })),
      // Mẫu 3.1 ends the copy's Nơi nhận with "- Lưu: VT."
      unitAbbr: "",
    },
    signature,
    f,
  );
  return [line, head, closing];
}
