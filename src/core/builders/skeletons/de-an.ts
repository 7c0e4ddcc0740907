// Phương án, đề án, dự án (Mẫu 1.4): why it is needed and on what basis, what it aims at, what it contains,
// what it costs and who carries it out.
import { ph } from "../paragraphs";
import { closingSentence, fill, HeadingSequence } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

function proposal(kind: "Phương án" | "Đề án" | "Dự án") {
  return ({ format: f }: SkeletonInput): Skeleton => {
    const h = new HeadingSequence(f);
    const body =
      kind === "Phương án"
        ? [
            h.add(1, "Căn cứ xây dựng phương án"),
            fill(f, "Căn cứ pháp lý và thực tiễn"),
            h.add(1, "Tình hình, dự báo"),
            fill(f, "Tình hình, tình huống dự kiến"),
            h.add(1, "Nội dung phương án"),
            h.add(2, "Phương án xử lý"),
            fill(f, "Biện pháp, lực lượng, phương tiện"),
            h.add(1, "Tổ chức thực hiện"),
            fill(f, "Phân công nhiệm vụ"),
          ]
        : [
            h.add(1, "Sự cần thiết và căn cứ"),
            h.add(2, "Sự cần thiết"),
            fill(f, `Sự cần thiết của ${kind.toLocaleLowerCase("vi")}`),
            h.add(2, "Căn cứ pháp lý"),
            fill(f, "Các văn bản làm căn cứ"),
            h.add(1, "Mục tiêu"),
            fill(f, "Mục tiêu chung và mục tiêu cụ thể"),
            h.add(1, kind === "Dự án" ? "Nội dung và quy mô" : "Nội dung, nhiệm vụ và giải pháp"),
            fill(f, "Nội dung cụ thể"),
            h.add(1, "Kinh phí thực hiện"),
            fill(f, "Tổng kinh phí và nguồn kinh phí"),
            h.add(1, "Tổ chức thực hiện"),
            fill(f, "Phân công, tiến độ"),
          ];
    return {
      summary: [ph(`tên ${kind.toLocaleLowerCase("vi")}`)],
      summaryPrefix: "",
      body: [...body, closingSentence(f, kind)],
    };
  };
}

export const phuongAn = proposal("Phương án");
export const deAn = proposal("Đề án");
export const duAn = proposal("Dự án");
