// font-legacy-encoding: text typed in TCVN3 (ABC) or VNI, found by its font (.VnTime, .VnTimeH, VNI-Times…)
// or by its characters when the font was changed but the bytes were not. The fix converts the span to Unicode
// (NFC) and sets it in Times New Roman. NĐ 30 requires Unicode text per TCVN 6909:2001.
import type { Paragraph, Run } from "../model/types";
import {
  convertLegacy,
  detectLegacyRun,
  hasUnicodeOnlyLetters,
  type LegacyDetection,
} from "../vietnamese/legacy";
import { locate } from "./text-paragraphs";
import type { Edit, FindingInput, Rule } from "./types";

export const UNICODE_FONT = "Times New Roman";

const ENCODING_NAME = { tcvn3: "TCVN3 (ABC)", vni: "VNI" } as const;

interface Segment {
  start: number;
  end: number;
  original: string;
  converted: string;
  first: LegacyDetection;
  fonts: Set<string>;
}

/** Consecutive legacy runs of a paragraph, each converted with its own font's rules. */
export function legacySegments(paragraph: Paragraph): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const run of paragraph.runs) {
    const detection = detectLegacyRun(run);
    if (!detection) {
      // Tabs, breaks and empty runs do not end a legacy stretch; visible text in another encoding does.
      if (run.kind === "text" && run.text.trim() !== "") current = null;
      continue;
    }
    const end = run.start + run.text.length;
    // Unicode typed into a legacy font (a template whose style still says .VnTime) only needs the font changed.
    const unicode = detection.by === "font" && hasUnicodeOnlyLetters(run.text);
    const converted = unicode ? run.text : convertLegacy(run.text, detection.encoding, detection.upper);
    if (current && current.end === run.start && current.first.encoding === detection.encoding) {
      current.end = end;
      current.original += run.text;
      current.converted += converted;
    } else {
      current = { start: run.start, end, original: run.text, converted, first: detection, fonts: new Set() };
      segments.push(current);
    }
    if (run.format.font) current.fonts.add(run.format.font);
  }
  return segments;
}

function clip(text: string): string {
  const t = text.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

function messageFor(s: Segment): string {
  const encoding = ENCODING_NAME[s.first.encoding];
  const fonts = [...s.fonts].map((f) => `“${f}”`).join(", ");
  const reading = `“${clip(s.original)}” đọc là “${clip(s.converted)}”`;
  if (s.converted === s.original) {
    return `Chữ dùng phông ${fonts} của bảng mã ${encoding}, không phải phông Unicode, nên hiển thị sai: “${clip(s.original)}”; đổi sang phông ${UNICODE_FONT}.`;
  }
  if (s.first.by === "font") {
    return `Chữ dùng phông ${fonts} theo bảng mã ${encoding}, không phải Unicode: ${reading}; chuyển sang Unicode, phông ${UNICODE_FONT}.`;
  }
  return `Chữ gõ theo bảng mã ${encoding} nhưng đang hiển thị bằng phông ${fonts || "Unicode"} nên bị lỗi font: ${reading}; chuyển sang Unicode, phông ${UNICODE_FONT}.`;
}

/**
 * The font change comes first and covers the legacy span as it is; the text replacement follows and keeps that
 * font. Both expect the paragraph text as read, which the font change does not alter.
 */
function fixEdits(paragraph: Paragraph, s: Segment, index: number): Edit[] {
  const edits: Edit[] = [];
  const spanRuns = paragraph.runs.filter((r: Run) => r.start >= s.start && r.start < s.end);
  if (spanRuns.some((r) => r.format.font !== UNICODE_FONT)) {
    edits.push({
      kind: "setRunFormat",
      paragraph: index,
      expectedText: paragraph.text,
      start: s.start,
      end: s.end,
      format: { font: UNICODE_FONT },
    });
  }
  if (s.converted !== s.original) {
    edits.push({
      kind: "replaceText",
      paragraph: index,
      expectedText: paragraph.text,
      start: s.start,
      end: s.end,
      replacement: s.converted,
    });
  }
  return edits;
}

export const fontLegacyEncoding: Rule = {
  meta: {
    id: "font-legacy-encoding",
    title: "Bảng mã cũ (TCVN3, VNI)",
    description:
      "Phát hiện chữ gõ theo bảng mã TCVN3 (ABC) hoặc VNI — theo tên phông (.VnTime, VNI-Times…) hoặc theo ký tự — và chuyển sang Unicode, phông Times New Roman.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục I.4 (TCVN 6909:2001)" }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const findings: FindingInput[] = [];
    for (const paragraph of ctx.model.paragraphs) {
      for (const s of legacySegments(paragraph)) {
        const finding: FindingInput = {
          message: messageFor(s),
          ...locate(paragraph),
          excerpt: ctx.excerpt(paragraph.text, s.start, s.end),
          span: { start: s.start, end: s.end },
        };
        if (paragraph.index !== null) {
          const edits = fixEdits(paragraph, s, paragraph.index);
          if (edits.length > 0) {
            finding.fix = {
              description: `Chuyển “${clip(s.original)}” sang Unicode, phông ${UNICODE_FONT}`,
              edits,
            };
          }
        }
        findings.push(finding);
      }
    }
    return findings;
  },
};
