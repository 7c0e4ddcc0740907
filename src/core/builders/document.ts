// A whole document of a type for an organisation: header, title, skeleton body, Nơi nhận and signature,
// with NĐ 30 page setup and page numbers from page 2. Refuses what a văn thư would send back: a type the profile
// does not issue, a profile that does not fit the body, an invalid signature.
import { VanThuError } from "../errors";
import { isoDate } from "../laws/laws";
import type { Block, BlockParagraph, BlockRun, DocumentSpec } from "../model/blocks";
import { a4Page } from "../model/create";
import { profileMismatch } from "../org/body-kind";
import type { OrgProfile } from "../org/types";
import type { ProfileId } from "../rules/types";
import { buildClosing, buildPairClosing } from "./closing";
import type { DayMonthYear } from "./date-line";
import { type DraftType, typeName, typeProfiles } from "./doc-types";
import { draftFormat, type DraftFormat } from "./draft-format";
import { annexPages } from "./annex";
import { attachedDocument, type AttachedKind } from "./attached-document";
import { buildHeader, type HeaderOptions, numberText } from "./header";
import type { BasisData } from "./legal-basis";
import { bodyParagraph, centred, styled } from "./paragraphs";
import type { RecipientsOptions } from "./recipients";
import { signatureFromOrg, signatureProblem, type SignatureSpec } from "./signature";
import { SKELETONS, type Skeleton } from "./skeletons";
import type { SkeletonInput } from "./skeletons/types";

export interface DraftMarks {
  /** Độ mật (ô 10a): "MẬT", "TỐI MẬT", "TUYỆT MẬT". */
  secrecy?: string;
  /** Độ khẩn (ô 10b): "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC". */
  urgency?: string;
  /** Phạm vi lưu hành (ô 11): "LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI". */
  scope?: string;
}

export interface DraftOptions {
  type: DraftType;
  org: OrgProfile;
  /** Date to print; null leaves it for the user to fill. */
  date: DayMonthYear | null;
  /** Overrides the organisation's profile. */
  profile?: ProfileId;
  /** Trích yếu; the skeleton's placeholder when absent. */
  summary?: string;
  /** Signature form; the organisation's default signer when absent. */
  signature?: SignatureSpec;
  /** Kính gửi recipients (công văn, tờ trình, báo cáo), the invitees of a giấy mời, the receivers of a công điện. */
  to?: string[];
  marks?: DraftMarks;
  /** Ký hiệu người soạn thảo and số lượng bản (ô 12), "PL.(300)". */
  drafter?: string;
  /** The công văn address footer (ô 13) from the organisation's contact lines. */
  contactFooter?: boolean;
  /** A phụ lục page after the document with this title (Mẫu 2.1); "" leaves the title to fill. */
  annex?: string;
  /**
   * Quyết định ban hành, phê duyệt (Mẫu 1.3): the văn bản it carries, on its own pages after it; "quy-che" when
   * absent, null to leave it out.
   */
  attached?: AttachedKind | null;
  /** The laws data and the căn cứ picked from it (see legal-basis.ts). */
  basis?: BasisData;
}

export interface Draft {
  blocks: Block[];
  spec: DocumentSpec;
}

/** Độ mật and độ khẩn marks (NĐ 30/2020, Phụ lục I, mục III.2). */
export const SECRECY = ["MẬT", "TỐI MẬT", "TUYỆT MẬT"];
export const URGENCY = ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"];

/** The one-sentence reason a draft cannot be made as asked, or null. */
export function draftProblem(o: DraftOptions): string | null {
  const profile = o.profile ?? o.org.profile;
  if (!typeProfiles(o.type).includes(profile))
    return `${typeName(o.type)} không phải loại văn bản của hồ sơ ${profile}; hồ sơ phù hợp: ${typeProfiles(o.type).join(", ")}.`;
  const mismatch = profileMismatch(o.org, profile);
  if (mismatch) return mismatch;
  const secrecy = o.marks?.secrecy?.trim().toLocaleUpperCase("vi");
  if (secrecy && !SECRECY.includes(secrecy))
    return `Độ mật "${o.marks?.secrecy}" không hợp lệ; dùng ${SECRECY.join(", ")}.`;
  if (o.attached && o.type !== "quyet-dinh-ban-hanh")
    return "Chỉ quyết định ban hành, phê duyệt (Mẫu 1.3) mới có văn bản kèm theo.";
  const urgency = o.marks?.urgency?.trim().toLocaleUpperCase("vi").replace("HOẢ", "HỎA");
  if (urgency && !URGENCY.includes(urgency))
    return `Độ khẩn "${o.marks?.urgency}" không hợp lệ; dùng ${URGENCY.join(", ")}.`;
  return signatureProblem(signatureOf(o));
}

/** The signature asked for; a profile not filled in yet leaves the head's title to fill, as other blanks. */
function signatureOf(o: DraftOptions): SignatureSpec {
  const s = o.signature ?? signatureFromOrg(o.org);
  return s.headTitle.trim() ? s : { ...s, headTitle: "[CHỨC VỤ]" };
}

function input(o: DraftOptions, format: DraftFormat) {
  const date = o.date ? isoDate(o.date) : null;
  return { org: o.org, format, signature: signatureOf(o), to: o.to ?? [], date, basis: o.basis };
}

/** The trích yếu the user typed, without a "V/v" or "Về việc" the title line already prints. */
export function cleanSummary(summary: string, prefix: string): string {
  const words = [prefix.trim(), "V/v", "Về việc", "về việc"].filter(Boolean);
  let text = summary.trim();
  for (const w of words)
    if (text.toLocaleLowerCase("vi").startsWith(`${w.toLocaleLowerCase("vi")} `))
      text = text.slice(w.length).trim();
  return text;
}

function summaryRuns(
  o: { summary?: string },
  skeleton: Skeleton,
  format: DraftFormat,
  type: DraftType,
): BlockRun[] {
  if (!o.summary?.trim() || skeleton.summary.length === 0) return skeleton.summary;
  const prefix = type === "cong-van" ? format.vv.prefix : skeleton.summaryPrefix;
  return [{ text: cleanSummary(o.summary, prefix) }];
}

function headerOptions(o: DraftOptions, format: DraftFormat, skeleton: Skeleton): HeaderOptions {
  return {
    type: o.type,
    org: o.org,
    format,
    date: o.date,
    summary: summaryRuns(o, skeleton, format, o.type),
    noPlaceDate: skeleton.noPlaceDate,
    marks: o.marks,
  };
}

/** Only the header block and title of a type (for inserting into an open document). */
export function buildDraftHeader(o: Omit<DraftOptions, "signature">): Block[] {
  const format = draftFormat(o.profile ?? o.org.profile);
  const skeleton = SKELETONS[o.type](input(o, format));
  return buildHeader(headerOptions(o, format, skeleton), skeleton.summaryPrefix);
}

/** The first line of Nơi nhận each type uses ("- Như trên;" where Kính gửi is used, "- Như Điều 3;"). */
export function firstRecipientOf(type: DraftType, org: OrgProfile): RecipientsOptions["first"] {
  const format = draftFormat(org.profile);
  return SKELETONS[type]({ org, format, signature: signatureFromOrg(org), to: [] }).firstRecipient;
}

/** Phạm vi lưu hành (ô 11): upper case, bold, 13, centred above the tên loại "trong một khung hình chữ nhật viền đơn". */
function scopeLine(scope: string | undefined): BlockParagraph[] {
  if (!scope?.trim()) return [];
  return [
    centred(styled([scope.trim().toLocaleUpperCase("vi")], { bold: true }), 13, undefined, {
      spacingBefore: 6,
      border: "box",
    }),
  ];
}

/** The công văn footer (ô 13): address, phone, e-mail, in 11 on page 1 below the closing. */
function contactLines(o: DraftOptions): BlockParagraph[] {
  if (!o.contactFooter || o.type !== "cong-van") return [];
  return (o.org.contact ?? [])
    .filter((l) => l.trim())
    .map((l, i) => ({
      kind: "paragraph" as const,
      runs: [{ text: l.trim() }],
      size: 11,
      align: "left" as const,
      lineSpacing: 1,
      spacingBefore: i === 0 ? 24 : 0,
      // "dưới một đường kẻ nét liền kéo dài hết chiều ngang của vùng trình bày văn bản" (Phụ lục I, III.3).
      ...(i === 0 ? { border: "top" as const } : {}),
    }));
}

function closingBlocks(
  o: DraftOptions,
  skeleton: Skeleton,
  format: DraftFormat,
  signature: SignatureSpec,
): Block[] {
  const recipients: RecipientsOptions = {
    recipients: skeleton.recipients ?? o.org.recipients,
    first: skeleton.firstRecipient,
    unitAbbr: o.org.unitAbbr,
    drafter: o.drafter,
  };
  const pair = skeleton.pairClosing;
  if (!pair) return [buildClosing(recipients, signature, format)];
  return [buildPairClosing(pair.left, pair.right, format, pair.recipients ? recipients : undefined)];
}

/** The văn bản ban hành kèm theo (Mẫu 1.3), numbered after the quyết định it comes with. */
function attachedBlocks(o: DraftOptions, input: SkeletonInput, format: DraftFormat): Block[] {
  if (o.type !== "quyet-dinh-ban-hanh" || o.attached === null) return [];
  const number = numberText(o.type, o.org, format).replace(/^Số:?\s*/, "");
  return attachedDocument(o.attached ?? "quy-che", input, number);
}

/** Whether a type's skeleton carries căn cứ lines for the organisation (quyết định, nghị quyết). */
export function hasLegalBasis(type: DraftType, org: OrgProfile): boolean {
  const format = draftFormat(org.profile);
  const skeleton = SKELETONS[type]({ org, format, signature: signatureFromOrg(org), to: [] });
  return skeleton.body.some((b) => b.kind === "paragraph" && b.role === "legal-basis");
}

export function buildDraft(o: DraftOptions): Draft {
  const problem = draftProblem(o);
  if (problem) throw new VanThuError("unsupported", problem);
  const format = draftFormat(o.profile ?? o.org.profile);
  const skeletonInput = input(o, format);
  const skeleton = SKELETONS[o.type](skeletonInput);
  const [headerTable, ...title] = buildHeader(headerOptions(o, format, skeleton), skeleton.summaryPrefix);
  const blocks: Block[] = [
    headerTable,
    ...scopeLine(o.marks?.scope),
    ...title,
    ...skeleton.body,
    // The body refers to the phụ lục it carries (NĐ 30, Phụ lục I, mục III.1).
    ...(o.annex !== undefined
      ? [bodyParagraph(["(Chi tiết tại Phụ lục I kèm theo)."], format.bodySize)]
      : []),
    ...closingBlocks(o, skeleton, format, skeletonInput.signature),
    ...(skeleton.trailer ?? []),
    ...contactLines(o),
    ...attachedBlocks(o, skeletonInput, format),
    ...(o.annex !== undefined
      ? annexPages(format, o.annex, numberText(o.type, o.org, format).replace(/^Số:?\s*/, ""))
      : []),
  ];
  const m = format.margins;
  const summary = headerOptions(o, format, skeleton).summary;
  return {
    blocks,
    spec: {
      blocks,
      page: a4Page({ top: m.top, bottom: m.bottom, left: m.left, right: m.right, header: 567, footer: 567 }),
      pageNumbers: true,
      bodySize: format.bodySize,
      title: `${typeName(o.type)} ${summary.map((r) => r.text).join("")}`.trim(),
      creator: "Trợ lý Văn thư",
    },
  };
}
