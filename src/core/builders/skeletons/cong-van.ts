// Công văn: no tên loại; "V/v …" under the number, "Kính gửi:", and "- Như trên;" opening the Nơi nhận.
import { ph } from "../paragraphs";
import { fill, kinhGui, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function congVan({ format: f, to }: SkeletonInput): Skeleton {
  return {
    summary: [ph("trích yếu nội dung")],
    summaryPrefix: "",
    body: [
      ...kinhGui(f, to),
      para(
        f,
        "Thực hiện ",
        ph("căn cứ, lý do"),
        ", ",
        ph("Tên cơ quan"),
        " đề nghị ",
        ph("nội dung đề nghị"),
        ".",
      ),
      fill(f, "Nội dung cụ thể"),
      withEnding(
        para(
          f,
          ph("Tên cơ quan"),
          " đề nghị ",
          ph("Tên cơ quan, đơn vị nhận"),
          " quan tâm, phối hợp thực hiện",
        ),
      ),
    ],
    firstRecipient: "nhu-tren",
  };
}
