// Nghị quyết (cá biệt), Mẫu 1.1: thẩm quyền, căn cứ, QUYẾT NGHỊ:, its articles. A Party committee's resolution
// (HD 36-HD/VPTW) instead states the situation, the aims and tasks, and how they are carried out, in sections.
import { ph } from "../paragraphs";
import { article, fill, HeadingSequence, para, withEnding } from "./common";
import { decisionBody } from "./decision-parts";
import type { Skeleton, SkeletonInput } from "./types";

export function nghiQuyet(input: SkeletonInput): Skeleton {
  const f = input.format;
  if (f.profile === "dang") {
    const h = new HeadingSequence(f);
    return {
      summary: [ph("nội dung nghị quyết")],
      summaryPrefix: "về ",
      body: [
        para(f, ph("Ban Chấp hành (Ban Thường vụ) Đảng bộ …"), " đã họp, thảo luận và quyết nghị như sau:"),
        h.add(1, "Tình hình và nguyên nhân"),
        fill(f, "Kết quả, hạn chế và nguyên nhân"),
        h.add(1, "Mục tiêu, nhiệm vụ và giải pháp"),
        h.add(2, "Mục tiêu"),
        fill(f, "Mục tiêu chung và chỉ tiêu cụ thể"),
        h.add(2, "Nhiệm vụ và giải pháp"),
        fill(f, "Nhiệm vụ, giải pháp chủ yếu"),
        h.add(1, "Tổ chức thực hiện"),
        withEnding(
          para(
            f,
            ph("Các cấp ủy, tổ chức đảng"),
            " tổ chức quán triệt, xây dựng kế hoạch thực hiện Nghị quyết",
          ),
        ),
      ],
    };
  }
  return {
    summary: [ph("trích yếu nội dung nghị quyết")],
    summaryPrefix: "",
    body: decisionBody(input, "nghi-quyet", "Nghị quyết", article(f, 1, ph("Nội dung nghị quyết"), ".")),
    firstRecipient: "nhu-dieu-3",
  };
}
