// What each skeleton contributes between the header and the closing, and what it changes of either.
import type { Block, BlockParagraph, BlockRun } from "../../model/blocks";
import type { OrgProfile, Recipient } from "../../org/types";
import type { DraftFormat } from "../draft-format";
import type { BasisData } from "../legal-basis";
import type { RecipientsOptions } from "../recipients";
import type { SignatureSpec } from "../signature";

export interface SkeletonInput {
  org: OrgProfile;
  format: DraftFormat;
  /** The signature the document carries (the thẩm quyền line is derived from it). */
  signature: SignatureSpec;
  /** Kính gửi recipients the user gave; empty leaves a placeholder. */
  to: string[];
  /** The document's date (ISO), null when left to fill; the căn cứ name the laws in force on it. */
  date?: string | null;
  /** The laws data and the căn cứ the user picked (quyết định, nghị quyết, chỉ thị). */
  basis?: BasisData;
}

export interface Skeleton {
  /** Default trích yếu (placeholders for the user) and the word the title line puts before it. */
  summary: BlockRun[];
  summaryPrefix: string;
  /** Blocks between the title (or V/v) and the closing, ending with "./.". */
  body: Block[];
  /** The first line of "Nơi nhận" ("- Như trên;" where "Kính gửi" is used, "- Như Điều 3;" for quyết định). */
  firstRecipient?: RecipientsOptions["first"];
  /** Recipients that replace the organisation's defaults (giấy mời: the invitees). */
  recipients?: Recipient[];
  /** Biên bản has no place and date line in its header (Mẫu 1.9). */
  noPlaceDate?: boolean;
  /**
   * Two signatures side by side instead of Nơi nhận and one signature: THƯ KÝ and CHỦ TỌA of a biên bản (Mẫu 1.9,
   * Nơi nhận below them), the two parties of a hợp đồng or thỏa thuận (no Nơi nhận).
   */
  pairClosing?: { left: string; right: string; recipients: boolean };
  /** Paragraphs after the closing (giấy nghỉ phép: the confirmation of the place of leave). */
  trailer?: BlockParagraph[];
}
