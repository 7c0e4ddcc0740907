// Pieces several skeletons share: "Kính gửi:", headings with their numbers, articles, the "./." ending.
import type { BlockParagraph, BlockRun } from "../../model/blocks";
import type { DraftFormat } from "../draft-format";
import { buildHeading, type HeadingLevel, labelFor } from "../headings";
import { bodyParagraph, centred, FIRST_LINE, ph, styled } from "../paragraphs";

type Part = string | BlockRun;

/**
 * "Kính gửi: …" (NĐ 30/2020, Phụ lục I, mục II.9a): one recipient on the line itself; several each on a line of
 * their own, "- …;" and the last "- … ." The placeholder when none is given.
 */
export function kinhGui(f: DraftFormat, to: string[] = []): BlockParagraph[] {
  const names = to.map((t) => t.trim().replace(/[;.,]+$/, "")).filter(Boolean);
  const extra = { spacingBefore: 6, spacingAfter: 12 };
  if (names.length <= 1) {
    const who: BlockRun = names[0] ? { text: names[0] } : ph("Tên cơ quan, đơn vị nhận");
    return [centred(["Kính gửi: ", who, "."], f.bodySize, "recipient-to", extra)];
  }
  const lines = names.map((n, i) => para(f, `- ${n}${i === names.length - 1 ? "." : ";"}`));
  return [
    centred(["Kính gửi:"], f.bodySize, "recipient-to", { spacingBefore: 6 }),
    ...lines.map((l, i) => ({
      ...l,
      role: "recipient-to" as const,
      align: "left" as const,
      indent: { left: 2835 },
      spacingAfter: i === lines.length - 1 ? 12 : 0,
    })),
  ];
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

export function para(f: DraftFormat, ...parts: Part[]): BlockParagraph {
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

/** "Điều 1. …": the article number bold, the text upright (Mẫu 1.2). */
export function article(f: DraftFormat, n: number | string, ...rest: Part[]): BlockParagraph {
  return {
    ...para(f, ...rest),
    role: "clause",
    runs: [{ text: `Điều ${n}. `, bold: true }, ...styled(rest, {})],
    indent: { firstLine: FIRST_LINE },
  };
}

/** A centred bold line such as "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:". */
export function enacting(f: DraftFormat, text: string): BlockParagraph {
  return centred(styled([text], { bold: true }), f.bodySize, "heading", {
    spacingBefore: 6,
    spacingAfter: 12,
  });
}

/** "Trên đây là <Kind> … của <body>./." — the closing sentence of plans and reports. */
export function closingSentence(f: DraftFormat, kind: string): BlockParagraph {
  return withEnding(para(f, `Trên đây là ${kind} `, ph("nội dung"), " của ", ph("Tên cơ quan")));
}

/** A label and a blank to fill: "Thời gian: […]." */
export function field(f: DraftFormat, label: string, what: string, end = "."): BlockParagraph {
  return para(f, `${label}: `, ph(what), end);
}
