// A whole document of a type for an organisation: header, title, skeleton body, Nơi nhận and signature,
// with NĐ 30 page setup and page numbers from page 2.
import type { Block, BlockRun, DocumentSpec } from "../model/blocks";
import { a4Page } from "../model/create";
import type { OrgProfile } from "../org/types";
import type { ProfileId } from "../rules/types";
import { buildClosing } from "./closing";
import type { RecipientsOptions } from "./recipients";
import type { DayMonthYear } from "./date-line";
import { DOCUMENT_TYPE_NAMES } from "../doc-types";
import type { DraftType } from "./doc-types";
import { draftFormat } from "./draft-format";
import { buildHeader } from "./header";
import { signatureFromOrg, signatureProblem, type SignatureSpec } from "./signature";
import { SKELETONS } from "./skeletons";

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
}

export interface Draft {
  blocks: Block[];
  spec: DocumentSpec;
  /** Why the signature form was refused (the block then uses the head's plain title), or null. */
  signatureProblem: string | null;
}

/** Only the header block and title of a type (for inserting into an open document). */
export function buildDraftHeader(o: Omit<DraftOptions, "signature">): Block[] {
  const format = draftFormat(o.profile ?? o.org.profile);
  const skeleton = SKELETONS[o.type]({ org: o.org, format });
  const summary = summaryRuns(o, skeleton.summary);
  return buildHeader({ type: o.type, org: o.org, format, date: o.date, summary }, skeleton.summaryPrefix);
}

function summaryRuns(o: { summary?: string }, fallback: BlockRun[]): BlockRun[] {
  return o.summary?.trim() ? [{ text: o.summary.trim() }] : fallback;
}

/** The first line of Nơi nhận each type uses ("- Như trên;" where Kính gửi is used, "- Như Điều 3;"). */
export function firstRecipientOf(type: DraftType, org: OrgProfile): RecipientsOptions["first"] {
  return SKELETONS[type]({ org, format: draftFormat(org.profile) }).firstRecipient;
}

export function buildDraft(o: DraftOptions): Draft {
  const format = draftFormat(o.profile ?? o.org.profile);
  const skeleton = SKELETONS[o.type]({ org: o.org, format });
  const summary = summaryRuns(o, skeleton.summary);
  const header = buildHeader(
    { type: o.type, org: o.org, format, date: o.date, summary },
    skeleton.summaryPrefix,
  );
  const wanted = o.signature ?? signatureFromOrg(o.org);
  const problem = signatureProblem(wanted);
  const signature = problem
    ? { marks: [], headTitle: wanted.headTitle || "[CHỨC VỤ]", name: wanted.name }
    : wanted;
  const closing = buildClosing(
    { recipients: o.org.recipients, first: skeleton.firstRecipient, unitAbbr: o.org.unitAbbr },
    signature,
    format,
  );
  const blocks: Block[] = [...header, ...skeleton.body, closing];
  const m = format.margins;
  return {
    blocks,
    signatureProblem: problem,
    spec: {
      blocks,
      page: a4Page({ top: m.top, bottom: m.bottom, left: m.left, right: m.right, header: 567, footer: 567 }),
      pageNumbers: true,
      bodySize: format.bodySize,
      title: `${DOCUMENT_TYPE_NAMES[o.type]} ${summary.map((r) => r.text).join("")}`.trim(),
      creator: "Trợ lý Văn thư",
    },
  };
}
