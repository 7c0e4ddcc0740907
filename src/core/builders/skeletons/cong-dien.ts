// Công điện (Mẫu 1.6): "<người đứng đầu> điện:" and the bodies receiving it, each on its own line, then the
// message.
import { ph } from "../paragraphs";
import { fill, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function congDien({ format: f, to }: SkeletonInput): Skeleton {
  const sender = ph("Tên cơ quan hoặc chức danh người đứng đầu");
  const names = to.map((t) => t.trim().replace(/[;.,]+$/, "")).filter(Boolean);
  const receivers = names.length
    ? names.map((n, i) => para(f, `- ${n}${i === names.length - 1 ? "." : ";"}`))
    : [
        para(f, "- ", ph("Tên cơ quan, tổ chức nhận điện"), ";"),
        para(f, "- ", ph("Tên cơ quan, tổ chức nhận điện"), "."),
      ];
  return {
    summary: [ph("trích yếu nội dung điện")],
    summaryPrefix: "",
    body: [
      para(f, sender, " điện:"),
      ...receivers,
      fill(f, "Nội dung điện"),
      withEnding(fill(f, "Yêu cầu thực hiện, báo cáo")),
    ],
  };
}
