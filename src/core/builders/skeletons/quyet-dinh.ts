// Quyết định (cá biệt): trích yếu, the authority line, "Căn cứ …;", "Theo đề nghị của …;", QUYẾT ĐỊNH:,
// Điều 1…, and "- Như Điều 3;" opening the Nơi nhận (NĐ 30/2020, Phụ lục III, mẫu 1.2).
import type { BlockParagraph } from "../../model/blocks";
import { centred, FIRST_LINE, ph, styled } from "../paragraphs";
import { para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function quyetDinh({ org, format: f }: SkeletonInput): Skeleton {
  const head = org.signer.headTitle.trim();
  const agency = org.agencyName.trim();
  const authorityText = head && agency ? `${head} ${agency}`.toLocaleUpperCase("vi") : null;
  const authority = centred(
    authorityText ? styled([authorityText], { bold: true }) : [ph("THẨM QUYỀN BAN HÀNH", { bold: true })],
    f.bodySize,
    "authority",
    { spacingAfter: 12 },
  );
  const basis = (parts: (string | ReturnType<typeof ph>)[]): BlockParagraph => ({
    ...para(f, ...parts),
    role: "legal-basis",
    runs: styled(parts, { italic: true }),
  });
  const article = (n: number, ...rest: (string | ReturnType<typeof ph>)[]): BlockParagraph => ({
    ...para(f, ...rest),
    role: "clause",
    runs: [{ text: `Điều ${n}. `, bold: true }, ...styled(rest, {})],
    indent: { firstLine: FIRST_LINE },
  });
  return {
    summary: [ph("trích yếu nội dung quyết định")],
    summaryPrefix: "Về việc ",
    body: [
      authority,
      basis(["Căn cứ ", ph("Luật Tổ chức chính quyền địa phương ngày … tháng … năm …"), ";"]),
      basis(["Căn cứ ", ph("văn bản quy định thẩm quyền, nội dung"), ";"]),
      basis(["Theo đề nghị của ", ph("Thủ trưởng cơ quan, đơn vị trình"), "."]),
      centred(styled(["QUYẾT ĐỊNH:"], { bold: true }), f.bodySize, "heading", {
        spacingBefore: 6,
        spacingAfter: 12,
      }),
      article(1, ph("Nội dung quyết định"), "."),
      article(2, "Quyết định này có hiệu lực kể từ ngày ký."),
      withEnding(
        article(
          3,
          ph("Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị và cá nhân có liên quan"),
          " chịu trách nhiệm thi hành Quyết định này",
        ),
      ),
    ],
    firstRecipient: "nhu-dieu-3",
  };
}
