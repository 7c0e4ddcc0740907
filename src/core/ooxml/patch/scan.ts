// Locate body paragraphs, their runs and text, and the section properties inside word/document.xml, with exact
// source offsets so a patch can splice new XML in and keep every other byte as it was.
import type { SaxesTagNS } from "saxes";
import { type XmlRange, MC_NS, isW, walkXml } from "./xml";

export type AtomKind = "t" | "char" | "other";

/** A direct child of a run other than its rPr. */
export interface RunChild {
  range: XmlRange;
  kind: AtomKind;
  /** The text it contributes to the paragraph ("" for "other"). */
  text: string;
  /** Offset of that text in the paragraph text. */
  offset: number;
}

export interface ScannedRun {
  range: XmlRange;
  /** End of the `<w:r …>` open tag (equal to range.end for `<w:r/>`). */
  openEnd: number;
  rPr: XmlRange | null;
  children: RunChild[];
  /** Offsets of the run's text in the paragraph text. */
  textStart: number;
  textEnd: number;
  /** Inside a field (instruction or result): text edits here are refused. */
  inField: boolean;
}

export interface ScannedParagraph {
  range: XmlRange;
  openEnd: number;
  /** The prefix bound to WordprocessingML on this paragraph ("w"). */
  prefix: string;
  pPr: XmlRange | null;
  /** The paragraph mark's rPr inside pPr. */
  markRPr: XmlRange | null;
  runs: ScannedRun[];
  text: string;
}

export interface ScanResult {
  /** Body paragraphs in Word's body.paragraphs order. */
  paragraphs: ScannedParagraph[];
  /** Every section's sectPr, in order (the body's final sectPr last). */
  sections: XmlRange[];
}

/** Containers whose paragraphs are not body paragraphs (text boxes; the fallback copy of alternate content). */
function isExcludedContainer(tag: SaxesTagNS): boolean {
  return (isW(tag.uri) && tag.local === "txbxContent") || (tag.uri === MC_NS && tag.local === "Fallback");
}

const HIDDEN_W = new Set(["del", "moveFrom", "rt", "fldData"]);
const MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math";

/** Containers whose runs are not part of the text the reader shows (deleted text, ruby guides, equations). */
function isHiddenRunContainer(tag: SaxesTagNS): boolean {
  return (
    (isW(tag.uri) && HIDDEN_W.has(tag.local)) ||
    (tag.uri === MATH_NS && (tag.local === "oMath" || tag.local === "oMathPara"))
  );
}

/** Run children that stand for one character of text. */
function charOf(tag: SaxesTagNS): string | null {
  switch (tag.local) {
    case "tab":
    case "ptab":
      return "\t";
    case "br":
    case "cr":
      return "\n";
    case "noBreakHyphen":
      return "\u2011";
    case "softHyphen":
      return "\u00AD";
    case "sym": {
      const code = parseInt(attr(tag, "char") ?? "", 16);
      return Number.isFinite(code) ? String.fromCharCode(code) : null;
    }
    default:
      return null;
  }
}

export function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) {
    if (a.local === local && (isW(a.uri) || a.uri === "")) return a.value;
  }
  return undefined;
}

/**
 * Scan a document part (`bodyOnly`: paragraphs under w:body) or a fragment holding paragraphs
 * (`namespaces` binds the prefixes the fragment uses).
 */
export function scanParagraphs(
  xml: string,
  options: { bodyOnly: boolean; namespaces?: Record<string, string> },
): ScanResult {
  const paragraphs: ScannedParagraph[] = [];
  const sections: XmlRange[] = [];
  const stack: SaxesTagNS[] = [];
  let excluded = 0;
  /** Per open mc:AlternateContent: whether a Choice was already read (later ones are skipped, as the reader does). */
  const choiceTaken: boolean[] = [];
  const skippedChoice: boolean[] = [];
  let hidden = 0;
  let inBody = options.bodyOnly ? 0 : 1;
  let para: ScannedParagraph | null = null;
  let paraDepth = -1;
  let run: ScannedRun | null = null;
  let runDepth = -1;
  let textBuf: string | null = null;
  let fieldState: "none" | "instr" | "result" = "none";
  let simpleField = 0;

  walkXml(
    xml,
    {
      open({ tag, start, openEnd }) {
        const depth = stack.length;
        stack.push(tag);
        if (tag.uri === MC_NS && tag.local === "AlternateContent") choiceTaken.push(false);
        if (tag.uri === MC_NS && tag.local === "Choice") {
          const skip = choiceTaken[choiceTaken.length - 1] === true;
          skippedChoice.push(skip);
          choiceTaken[choiceTaken.length - 1] = true;
          if (skip) excluded++;
        }
        if (isExcludedContainer(tag)) excluded++;
        if (para && !excluded && isHiddenRunContainer(tag)) hidden++;
        if (!isW(tag.uri)) return;
        if (tag.local === "body") inBody++;
        if (excluded || !inBody) return;
        if (tag.local === "p" && !para) {
          para = {
            range: { start, end: start },
            openEnd,
            prefix: tag.prefix,
            pPr: null,
            markRPr: null,
            runs: [],
            text: "",
          };
          paraDepth = depth;
          fieldState = "none";
          return;
        }
        if (!para) return;
        if (tag.local === "fldSimple") simpleField++;
        if (tag.local === "r" && !run && !hidden) {
          run = {
            range: { start, end: start },
            openEnd,
            rPr: null,
            children: [],
            textStart: para.text.length,
            textEnd: para.text.length,
            inField: fieldState !== "none" || simpleField > 0,
          };
          runDepth = depth;
          return;
        }
        if (run && depth === runDepth + 1) {
          if (tag.local === "fldChar") {
            const type = attr(tag, "fldCharType");
            if (type === "begin") fieldState = "instr";
            else if (type === "separate") fieldState = "result";
            run.inField = true;
          }
          if (tag.local === "t") textBuf = "";
        }
      },
      close({ tag, start, end }) {
        const depth = stack.length - 1;
        stack.pop();
        if (tag.uri === MC_NS && tag.local === "AlternateContent") choiceTaken.pop();
        if (tag.uri === MC_NS && tag.local === "Choice" && skippedChoice.pop()) {
          excluded--;
          return;
        }
        if (isExcludedContainer(tag)) {
          excluded--;
          return;
        }
        if (para && !excluded && isHiddenRunContainer(tag)) hidden--;
        if (!isW(tag.uri)) return;
        if (tag.local === "body") {
          inBody--;
          return;
        }
        if (excluded || !inBody) return;
        if (tag.local === "sectPr") {
          const parent = stack[stack.length - 1];
          if (
            parent &&
            isW(parent.uri) &&
            (parent.local === "body" || (parent.local === "pPr" && para && depth === paraDepth + 2))
          )
            sections.push({ start, end });
          return;
        }
        if (!para) return;
        if (depth === paraDepth && tag.local === "p") {
          para.range.end = end;
          paragraphs.push(para);
          para = null;
          return;
        }
        if (depth === paraDepth + 1 && tag.local === "pPr") para.pPr = { start, end };
        if (depth === paraDepth + 2 && tag.local === "rPr" && stack[depth - 1]?.local === "pPr")
          para.markRPr = { start, end };
        if (tag.local === "fldSimple") simpleField--;
        if (!run) return;
        if (depth === runDepth) {
          run.range.end = end;
          run.textEnd = para.text.length;
          para.runs.push(run);
          run = null;
          return;
        }
        if (depth !== runDepth + 1) return;
        if (tag.local === "rPr") {
          run.rPr = { start, end };
          return;
        }
        let kind: AtomKind = "other";
        let text = "";
        if (tag.local === "t" && fieldState !== "instr") {
          kind = "t";
          text = textBuf ?? "";
        } else if (fieldState !== "instr") {
          const ch = charOf(tag);
          if (ch !== null) {
            kind = "char";
            text = ch;
          }
        }
        if (tag.local === "fldChar" && attr(tag, "fldCharType") === "end") fieldState = "none";
        textBuf = null;
        run.children.push({ range: { start, end }, kind, text, offset: para.text.length });
        para.text += text;
      },
      text(t) {
        if (textBuf !== null) textBuf += t;
      },
    },
    options.namespaces,
  );
  return { paragraphs, sections };
}
