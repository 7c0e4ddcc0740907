// Hợp đồng, bản ghi nhớ, bản thỏa thuận (Mẫu 1.4): the parties, then what they agree in articles; the two
// representatives sign side by side.
import { ph } from "../paragraphs";
import { article, field, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

function agreement(kind: "Hợp đồng" | "Bản ghi nhớ" | "Bản thỏa thuận") {
  return ({ format: f }: SkeletonInput): Skeleton => {
    const doc = kind === "Hợp đồng" ? "hợp đồng" : kind.toLocaleLowerCase("vi");
    return {
      summary: [ph(`nội dung ${doc}`)],
      summaryPrefix: "",
      body: [
        para(f, "Căn cứ ", ph("văn bản làm căn cứ"), ";"),
        para(f, "Hôm nay, ngày ", ph("… tháng … năm …"), ", tại ", ph("địa điểm"), ", chúng tôi gồm:"),
        field(f, "Bên A", "tên cơ quan, tổ chức; địa chỉ; người đại diện, chức vụ"),
        field(f, "Bên B", "tên cơ quan, tổ chức; địa chỉ; người đại diện, chức vụ"),
        para(f, `Hai bên thống nhất ký ${doc} với các điều khoản sau:`),
        article(f, 1, ph("Nội dung thỏa thuận")),
        article(f, 2, ph("Quyền và trách nhiệm của các bên")),
        withEnding(
          article(
            f,
            3,
            `${kind} có hiệu lực kể từ ngày ký, được lập thành `,
            ph("số"),
            " bản có giá trị như nhau, mỗi bên giữ ",
            ph("số"),
            " bản",
          ),
        ),
      ],
      pairClosing: { left: "ĐẠI DIỆN BÊN A", right: "ĐẠI DIỆN BÊN B", recipients: false },
    };
  };
}

export const hopDong = agreement("Hợp đồng");
export const banGhiNho = agreement("Bản ghi nhớ");
export const banThoaThuan = agreement("Bản thỏa thuận");
