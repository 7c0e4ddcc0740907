// What each skeleton contributes between the header and the closing.
import type { Block, BlockRun } from "../../model/blocks";
import type { OrgProfile } from "../../org/types";
import type { DraftFormat } from "../draft-format";
import type { RecipientsOptions } from "../recipients";

export interface SkeletonInput {
  org: OrgProfile;
  format: DraftFormat;
}

export interface Skeleton {
  /** Default trích yếu (placeholders for the user) and the word the title line puts before it. */
  summary: BlockRun[];
  summaryPrefix: string;
  /** Blocks between the title (or V/v) and the closing, ending with "./.". */
  body: Block[];
  /** The first line of "Nơi nhận" ("- Như trên;" where "Kính gửi" is used, "- Như Điều 3;" for quyết định). */
  firstRecipient?: RecipientsOptions["first"];
}
