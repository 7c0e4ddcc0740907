// Check and order a batch of edits the same way in every host: targets whose text changed since the check are
// skipped with a Vietnamese reason; text replacements in one paragraph run from the end so offsets stay valid.
import type { Edit } from "../../rules/types";
import { sameText } from "../../text/paragraph-text";
import { SpanSet } from "../../text/span-set";

export interface Skipped {
  edit: Edit;
  reason: string;
}

export interface Plan {
  /** Page setup first, then per paragraph: paragraph format, run format, text replacements from the end. */
  ordered: Edit[];
  skipped: Skipped[];
}

export const REASONS = {
  missing: (i: number): string => `Không tìm thấy đoạn văn số ${i + 1} trong tài liệu.`,
  changed: "Đoạn văn đã thay đổi từ lần kiểm tra trước nên không sửa.",
  span: "Vị trí cần sửa nằm ngoài đoạn văn.",
  overlap: "Chỗ sửa này chồng lên một chỗ sửa khác trong cùng đoạn văn.",
  section: (i: number): string => `Không tìm thấy phần (section) số ${i + 1} của tài liệu.`,
  field: "Chỗ cần sửa nằm trong một trường (field) của Word nên không sửa tự động.",
  notFound: "Không tìm thấy chính xác đoạn chữ cần sửa trong Word.",
  pageSetup:
    "Phiên bản Word này không cho phép đổi khổ giấy và lề bằng phần bổ trợ (cần WordApiDesktop 1.3).",
  noPage: "Không đọc được khổ giấy của phần này nên không sửa.",
  tooLong: "Đoạn chữ cần sửa dài quá 255 ký tự nên Word không tìm được.",
} as const;

export function planEdits(
  edits: Edit[],
  textOf: (paragraph: number) => string | null,
  sectionCount: number,
): Plan {
  const skipped: Skipped[] = [];
  const pages: Edit[] = [];
  const byParagraph = new Map<number, Edit[]>();
  for (const edit of edits) {
    if (edit.kind === "setPageSetup") {
      if (edit.section < 0 || edit.section >= sectionCount)
        skipped.push({ edit, reason: REASONS.section(edit.section) });
      else pages.push(edit);
      continue;
    }
    const text = textOf(edit.paragraph);
    if (text === null) {
      skipped.push({ edit, reason: REASONS.missing(edit.paragraph) });
      continue;
    }
    if (!sameText(text, edit.expectedText)) {
      skipped.push({ edit, reason: REASONS.changed });
      continue;
    }
    if (edit.kind !== "setParagraphFormat") {
      const start = edit.start ?? 0;
      const end = edit.end ?? text.length;
      if (start < 0 || end < start || end > text.length) {
        skipped.push({ edit, reason: REASONS.span });
        continue;
      }
    }
    const list = byParagraph.get(edit.paragraph) ?? [];
    list.push(edit);
    byParagraph.set(edit.paragraph, list);
  }
  const rank = { setParagraphFormat: 0, setRunFormat: 1, replaceText: 2, setPageSetup: -1 } as const;
  const ordered: Edit[] = [...pages];
  for (const paragraph of [...byParagraph.keys()].sort((a, b) => a - b)) {
    const list = byParagraph.get(paragraph) as Edit[];
    const formats = list.filter((e) => e.kind !== "replaceText").sort((a, b) => rank[a.kind] - rank[b.kind]);
    const replacements = list.filter(
      (e): e is Extract<Edit, { kind: "replaceText" }> => e.kind === "replaceText",
    );
    const accepted = new SpanSet<Extract<Edit, { kind: "replaceText" }>>();
    for (const edit of replacements) {
      if (accepted.fits(edit)) accepted.add(edit);
      else skipped.push({ edit, reason: REASONS.overlap });
    }
    ordered.push(...formats, ...accepted.spans.reverse());
  }
  return { ordered, skipped };
}
