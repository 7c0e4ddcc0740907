// The phụ lục of a document on its own page after it (NĐ 30/2020, Phụ lục III, Mẫu 2.1; Phụ lục I, mục III.1):
// "Phụ lục I", its title, "(Kèm theo Văn bản số … ngày … của …)", its content.
import type { BlockParagraph } from "../model/blocks";
import type { DraftFormat } from "./draft-format";
import { bodyParagraph, centred, ph, styled, withBlanks } from "./paragraphs";

/** "(Kèm theo Văn bản số …/KH-SNV ngày … tháng … năm … của [Tên cơ quan])", italic, centred. */
function reference(f: DraftFormat, number: string): BlockParagraph {
  return centred(
    styled(
      [...withBlanks(`(Kèm theo Văn bản số ${number} ngày … tháng … năm … của `), ph("Tên cơ quan"), ")"],
      {
        italic: true,
      },
    ),
    f.bodySize,
    undefined,
    { lineUnder: { fraction: 0.3 }, spacingAfter: 12 },
  );
}

/** A phụ lục page (Mẫu 2.1): "Phụ lục I", its title, the reference line, the content to fill, "./.". */
export function annexPages(f: DraftFormat, title: string, documentNumber: string): BlockParagraph[] {
  return [
    centred(styled(["Phụ lục I"], { bold: true }), 14, undefined, { pageBreakBefore: true, keepNext: true }),
    centred(
      title.trim()
        ? styled([title.trim().toLocaleUpperCase("vi")], { bold: true })
        : [ph("TIÊU ĐỀ PHỤ LỤC", { bold: true })],
      14,
      undefined,
      { keepNext: true },
    ),
    reference(f, documentNumber),
    bodyParagraph([ph("Nội dung phụ lục"), "./."], f.bodySize),
  ];
}
