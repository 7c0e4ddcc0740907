// The văn bản a quyết định ban hành or phê duyệt carries (NĐ 30/2020, Phụ lục III, Mẫu 1.3, "Mẫu văn bản được
// ban hành, phê duyệt kèm theo quyết định"): on its own pages after the quyết định, the body's name and the Quốc
// hiệu with no number or date, the tên loại and trích yếu, "(Kèm theo Quyết định số … ngày … của …)", then its
// chapters and articles ending "./.".
import type { Block, BlockParagraph } from "../model/blocks";
import type { DraftFormat } from "./draft-format";
import { buildNamesTable } from "./header";
import { centred, ph, styled, withBlanks } from "./paragraphs";
import { quyChe, quyDinh } from "./skeletons/quy-che";
import type { SkeletonInput } from "./skeletons/types";

export type AttachedKind = "quy-che" | "quy-dinh";
export const ATTACHED_KINDS: AttachedKind[] = ["quy-che", "quy-dinh"];

const TITLES: Record<AttachedKind, string> = { "quy-che": "QUY CHẾ", "quy-dinh": "QUY ĐỊNH" };

/** "(Kèm theo Quyết định số …/QĐ-SNV ngày … tháng … năm … của [Tên cơ quan, người có thẩm quyền])". */
function reference(f: DraftFormat, decisionNumber: string): BlockParagraph {
  return centred(
    styled(
      [
        ...withBlanks(`(Kèm theo Quyết định số ${decisionNumber} ngày … tháng … năm … của `),
        ph("Tên cơ quan, người có thẩm quyền ban hành"),
        ")",
      ],
      { italic: true },
    ),
    f.bodySize,
    undefined,
    { lineUnder: { fraction: 0.3 }, spacingAfter: 12, keepNext: true },
  );
}

export function attachedDocument(kind: AttachedKind, input: SkeletonInput, decisionNumber: string): Block[] {
  const f = input.format;
  const skeleton = (kind === "quy-che" ? quyChe : quyDinh)(input);
  return [
    // A table cannot start a page by itself: an empty paragraph carries the page break.
    { kind: "paragraph", runs: [], size: 1, pageBreakBefore: true, spacingAfter: 0, lineSpacing: 1 },
    buildNamesTable(input.org, f),
    centred(styled([TITLES[kind]], { bold: true }), f.titleSize, "doc-title", {
      spacingBefore: 18,
      keepNext: true,
    }),
    centred(styled(skeleton.summary, { bold: true }), f.summarySize, "doc-summary", { keepNext: true }),
    reference(f, decisionNumber),
    ...skeleton.body,
  ];
}
