// The signature block: authority lines, the signer's title, space for signature and seal, the name.
// Valid forms per NĐ 30/2020, Điều 13 and Phụ lục I, mục II.7 (the catalogue's `signature` rule); Party
// documents write the marks with a slash (T/M, K/T, T/L).
import type { BlockParagraph } from "../model/blocks";
import type { OrgProfile } from "../org/types";
import type { DraftFormat } from "./draft-format";
import { centred, ph, styled } from "./paragraphs";

export type AuthorityMark = "TM" | "KT" | "Q" | "TL" | "TUQ";

export interface SignatureSpec {
  /** Marks from the top line down: [] (the head signs), ["TM"], ["TM","KT"], ["KT"], ["Q"], ["TL"], ["TL","KT"], ["TUQ"]. */
  marks: AuthorityMark[];
  /** Collective or body for TM. ("ỦY BAN NHÂN DÂN", "BAN THƯỜNG TRỰC"). */
  collective?: string;
  /** Title of the head ("CHỦ TỊCH"); for TL./TUQ. the head the signer acts for. */
  headTitle: string;
  /** TL. + KT.: the title of the unit head under TL. ("CHÁNH VĂN PHÒNG"). */
  unitHeadTitle?: string;
  /** The signer's own title when it is not the head's ("PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG"). */
  signerTitle?: string;
  name: string;
}

const ACADEMIC = /^(GS|PGS|TS|ThS|KS|BS|CN|Th\.S|TSKH)\.?(\s|$)/i;

/** The Vietnamese reason a signature form is refused, or null when it is valid. */
export function signatureProblem(s: SignatureSpec): string | null {
  const key = s.marks.join("+");
  const valid = ["", "TM", "TM+KT", "KT", "Q", "TL", "TL+KT", "TUQ"];
  if (s.marks[0] === "TUQ" && s.marks.length > 1)
    return "Ký thừa ủy quyền (TUQ.) không được ủy quyền lại, nên dưới TUQ. không có quyền hạn nào khác.";
  if (s.marks.filter((m) => m === "KT").length > 1) return "Không ký thay (KT.) dưới một dòng KT. khác.";
  if (!valid.includes(key))
    return `Thể thức ký "${s.marks.map((m) => `${m}.`).join(" ")}" không có trong Nghị định 30/2020/NĐ-CP, Điều 13.`;
  if (!s.headTitle.trim()) return "Cần chức vụ của người đứng đầu.";
  if (s.marks[0] === "TM" && !s.collective?.trim())
    return "Ký thay mặt (TM.) cần tên tập thể hoặc cơ quan, ví dụ TM. ỦY BAN NHÂN DÂN.";
  const needsOwnTitle = s.marks.includes("KT") || s.marks[0] === "TL" || s.marks[0] === "TUQ";
  if (needsOwnTitle && !s.signerTitle?.trim()) return "Cần chức vụ của người ký dưới dòng quyền hạn.";
  if (s.marks.includes("KT") && norm(s.signerTitle) === norm(key === "TL+KT" ? s.unitHeadTitle : s.headTitle))
    return "Người đứng đầu tự ký thì không ghi KT.; KT. dành cho cấp phó ký thay.";
  if (key === "TL+KT" && !s.unitHeadTitle?.trim())
    return "Ký thừa lệnh rồi ký thay (TL. KT.) cần chức vụ của trưởng đơn vị dưới dòng TL.";
  if (ACADEMIC.test(s.name.trim())) return "Không ghi học hàm, học vị trước họ tên người ký.";
  return null;
}

const norm = (t: string | undefined): string => (t ?? "").trim().toLocaleUpperCase("vi");

/** The authority and title lines, top to bottom ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
export function signatureLines(s: SignatureSpec, marks: DraftFormat["marks"]): string[] {
  const mark = (m: AuthorityMark) => (marks === "slash" && m !== "Q" ? `${m[0]}/${m.slice(1)}` : `${m}.`);
  const up = (t: string | undefined) => norm(t);
  switch (s.marks.join("+")) {
    case "TM":
      return [`${mark("TM")} ${up(s.collective)}`, up(s.headTitle)];
    case "TM+KT":
      return [`${mark("TM")} ${up(s.collective)}`, `${mark("KT")} ${up(s.headTitle)}`, up(s.signerTitle)];
    case "KT":
      return [`${mark("KT")} ${up(s.headTitle)}`, up(s.signerTitle)];
    case "Q":
      return [`${mark("Q")} ${up(s.headTitle)}`];
    case "TL":
      return [`${mark("TL")} ${up(s.headTitle)}`, up(s.signerTitle)];
    case "TL+KT":
      return [`${mark("TL")} ${up(s.headTitle)}`, `${mark("KT")} ${up(s.unitHeadTitle)}`, up(s.signerTitle)];
    case "TUQ":
      return [`${mark("TUQ")} ${up(s.headTitle)}`, up(s.signerTitle)];
    default:
      return [up(s.headTitle)];
  }
}

/** The signature form the organisation profile describes. TM. with a signer title of its own means TM. + KT. */
export function signatureFromOrg(org: OrgProfile): SignatureSpec {
  const { authority, collective, headTitle, signerTitle, name } = org.signer;
  const own = signerTitle?.trim() && norm(signerTitle) !== norm(headTitle) ? signerTitle : undefined;
  const marks: AuthorityMark[] =
    authority === "" ? [] : authority === "TM" && own ? ["TM", "KT"] : [authority as AuthorityMark];
  return { marks, collective, headTitle, signerTitle: own, name };
}

/** Paragraphs of the signature block; throws nothing — call signatureProblem first to refuse invalid forms. */
export function buildSignature(s: SignatureSpec, f: DraftFormat): BlockParagraph[] {
  const size = f.signatureSize;
  const lines = signatureLines(s, f.marks).map((line, i) =>
    centred(
      styled([line], { bold: true }),
      size,
      i === 0 && s.marks.length ? "signature-authority" : "signature-title",
      {
        keepNext: true,
      },
    ),
  );
  const space = centred([], size, "signature-space", { spacingAfter: 60, keepNext: true });
  const name = s.name.trim()
    ? centred(styled([s.name.trim()], { bold: true }), size, "signature-name")
    : centred([ph("Họ và tên", { bold: true })], size, "signature-name");
  return [...lines, space, name];
}
