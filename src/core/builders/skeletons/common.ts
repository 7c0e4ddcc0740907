// Pieces several skeletons share: "Kính gửi:", headings with their numbers, the "./." ending.
import type { BlockParagraph, BlockRun } from "../../model/blocks";
import type { DraftFormat } from "../draft-format";
import { buildHeading, type HeadingLevel, labelFor } from "../headings";
import { bodyParagraph, centred, ph } from "../paragraphs";

/** "Kính gửi: […]." on one line, for a single recipient (NĐ 30/2020, Phụ lục I, mục II.9a). */
export function kinhGui(f: DraftFormat, to?: string): BlockParagraph {
  const who: BlockRun = to?.trim() ? { text: to.trim() } : ph("Tên cơ quan, đơn vị nhận");
  return centred(["Kính gửi: ", who, "."], f.bodySize, "recipient-to", {
    spacingBefore: 6,
    spacingAfter: 12,
  });
}

/** Numbers headings as they are added, like a writer typing them in order. */
export class HeadingSequence {
  private readonly counters = [0, 0, 0, 0];
  constructor(private readonly f: DraftFormat) {}
  add(level: HeadingLevel, title: string): BlockParagraph {
    if (level <= 4) {
      this.counters[level - 1] += 1;
      for (let i = level; i < 4; i++) this.counters[i] = 0;
    }
    return buildHeading(level, labelFor(level, this.counters), title, this.f.bodySize);
  }
}

export function para(f: DraftFormat, ...parts: (string | BlockRun)[]): BlockParagraph {
  return bodyParagraph(parts, f.bodySize);
}

/** A body paragraph that is only a placeholder. */
export function fill(f: DraftFormat, what: string): BlockParagraph {
  return bodyParagraph([ph(what)], f.bodySize);
}

/** Append the content ending "./." to the last paragraph (NĐ 30/2020, Phụ lục III, mẫu 1.1–1.10). */
export function withEnding(p: BlockParagraph): BlockParagraph {
  return { ...p, runs: [...p.runs, { text: "./." }] };
}
