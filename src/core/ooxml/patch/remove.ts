// Remove body paragraphs from a word/document.xml (a trích sao keeps only the part it copies): each paragraph
// directly in the body goes, and a table goes only when none of its paragraphs is kept — a table is never cut.
import { VanThuError } from "../../errors";
import { bodyLayout } from "./insert";
import { scanParagraphs } from "./scan";
import { rootNamespaces } from "./xml";

/** The XML without the body paragraphs `drop` (body indexes); throws one sentence when a table would be cut. */
export function removeBodyParagraphs(xml: string, drop: ReadonlySet<number>): string {
  const namespaces = rootNamespaces(xml);
  const paragraphs = scanParagraphs(xml, { bodyOnly: true, namespaces }).paragraphs;
  const cuts: { start: number; end: number }[] = [];
  for (const child of bodyLayout(xml, namespaces).children) {
    const held = paragraphs
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.range.start >= child.start && p.range.end <= child.end)
      .map(({ i }) => i);
    const dropped = held.filter((i) => drop.has(i));
    if (dropped.length === 0) continue;
    if (dropped.length < held.length)
      throw new VanThuError(
        "unsupported",
        `Đoạn ${dropped[0] + 1} nằm trong một bảng mà đoạn ${held.find((i) => !drop.has(i))! + 1} được giữ: phần trích phải lấy trọn bảng hoặc bỏ trọn bảng.`,
      );
    cuts.push(child);
  }
  let out = xml;
  for (const c of cuts.reverse()) out = out.slice(0, c.start) + out.slice(c.end);
  return out;
}
