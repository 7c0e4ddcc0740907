// Quy chế and quy định (Mẫu 1.4, and the văn bản a quyết định ban hành under Mẫu 1.3): chapters in Roman
// numerals, articles numbered through, the last chapter on implementation.
import type { BlockParagraph } from "../../model/blocks";
import type { DraftFormat } from "../draft-format";
import { centred, ph, styled } from "../paragraphs";
import { article, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

function chapter(f: DraftFormat, n: string, title: string): BlockParagraph[] {
  return [
    centred(styled([`Chương ${n}`], { bold: true }), f.bodySize, "heading", {
      spacingBefore: 12,
      keepNext: true,
    }),
    centred(styled([title.toLocaleUpperCase("vi")], { bold: true }), f.bodySize, "heading", {
      spacingAfter: 6,
      keepNext: true,
    }),
  ];
}

function rules(kind: "Quy chế" | "Quy định") {
  return ({ format: f }: SkeletonInput): Skeleton => ({
    summary: [ph(kind === "Quy chế" ? "tên quy chế" : "nội dung quy định")],
    summaryPrefix: "",
    body: [
      ...chapter(f, "I", "Quy định chung"),
      article(f, 1, "Phạm vi điều chỉnh và đối tượng áp dụng"),
      article(f, 2, "Nguyên tắc"),
      ...chapter(f, "II", "Quy định cụ thể"),
      article(f, 3, ph("Nội dung điều")),
      ...chapter(f, "III", "Tổ chức thực hiện"),
      withEnding(article(f, 4, `Trách nhiệm thi hành ${kind}: `, ph("cơ quan, đơn vị, cá nhân"))),
    ],
  });
}

export const quyChe = rules("Quy chế");
export const quyDinh = rules("Quy định");
