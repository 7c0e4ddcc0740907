// text-unicode: text not in NFC (tone marks typed as separate combining characters), zero-width and control
// characters, non-breaking spaces glued between letters. NĐ 30 requires Unicode text per TCVN 6909:2001.
import { findUnicodeIssues, type UnicodeIssue } from "../vietnamese/unicode";
import { around, spanFinding, textParagraphs } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";

function codePoints(text: string): string {
  return [...text]
    .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`)
    .join(", ");
}

function describe(issue: UnicodeIssue, text: string): { message: string; fix: string } {
  const found = text.slice(issue.start, issue.end);
  const place = `“${around(text, issue.start, issue.end)}”`;
  switch (issue.kind) {
    case "not-nfc":
      return {
        message: `“${issue.replacement}” được gõ ở dạng tổ hợp (dấu thanh là ký tự rời, không phải NFC); chuẩn hóa về dạng dựng sẵn.`,
        fix: `Chuẩn hóa “${issue.replacement}” về dạng dựng sẵn (NFC)`,
      };
    case "invisible":
      return {
        message: `Có ký tự ẩn không độ rộng (${codePoints(found)}) ở ${place}; xóa ký tự này.`,
        fix: "Xóa ký tự ẩn",
      };
    case "control":
      return {
        message: `Có ký tự điều khiển (${codePoints(found)}) ở ${place}; xóa ký tự này.`,
        fix: "Xóa ký tự điều khiển",
      };
    case "nbsp":
      return {
        message: `Dấu cách không ngắt (${codePoints(found)}) nằm giữa hai chữ ở ${place}; thay bằng dấu cách thường.`,
        fix: "Thay bằng dấu cách thường",
      };
  }
}

export const textUnicode: Rule = {
  meta: {
    id: "text-unicode",
    title: "Mã Unicode",
    description:
      "Phát hiện chữ không ở dạng chuẩn NFC (dấu thanh tổ hợp rời), ký tự ẩn, ký tự điều khiển và dấu cách không ngắt giữa hai chữ.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục I.4 (TCVN 6909:2001)" }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "safe",
  },
  check(ctx) {
    const findings: FindingInput[] = [];
    for (const tp of textParagraphs(ctx)) {
      for (const issue of findUnicodeIssues(tp.text)) {
        const { message, fix } = describe(issue, tp.text);
        findings.push(
          spanFinding(ctx, tp, {
            start: issue.start,
            end: issue.end,
            message,
            replacement: issue.replacement,
            fixDescription: fix,
          }),
        );
      }
    }
    return findings;
  },
};
