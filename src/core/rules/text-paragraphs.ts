// What the text rules share: the paragraphs they read (body and, with paragraph null, headers, footers, text
// boxes and notes) and findings whose fix replaces exactly the matched span.
import type { DocAnalysis } from "../analysis/types";
import type { DocModel, Paragraph } from "../model/types";
import { isLegacyEncodedRun } from "../vietnamese/legacy";
import { scanWords, unpackWords, Vocabulary, type PackedWords, type Token } from "../vietnamese/words";
import type { Edit, FindingInput, RuleContext } from "./types";

export interface TextParagraph {
  paragraph: Paragraph;
  text: string;
  /** Part of the header block or the closing (Nơi nhận, signature). */
  furniture: boolean;
  /** The paragraph's words once `tokensOf` has scanned them (null before). */
  words: PackedWords | null;
  /** The words of every text paragraph of this check, shared by all of them. */
  vocabulary: Vocabulary;
}

/**
 * Paragraphs with text for the text rules. Paragraphs holding legacy-encoded runs are left to
 * font-legacy-encoding: their characters are not yet Vietnamese.
 */
export function textParagraphs(ctx: RuleContext): TextParagraph[] {
  const cached = shared.get(ctx.analysis);
  if (cached && cached.model === ctx.model) return cached.paragraphs;
  const kept = ctx.model.paragraphs.filter(
    (paragraph) => paragraph.text.trim() !== "" && !paragraph.runs.some(isLegacyEncodedRun),
  );
  // Vietnamese words average four to five characters with the space after them: room for that many, grown if short.
  const vocabulary = new Vocabulary(Math.ceil(kept.reduce((n, p) => n + p.text.length, 0) / 4), true);
  const out = kept.map((paragraph): TextParagraph => {
    const furniture = paragraph.index !== null && ctx.analysis.furniture.has(paragraph.index);
    return { paragraph, text: paragraph.text, furniture, words: null, vocabulary };
  });
  shared.set(ctx.analysis, { model: ctx.model, paragraphs: out });
  return out;
}

/**
 * Called by the engine when a check that made its own analysis is over: the paragraphs' shared words are given up, so
 * the next check reuses their store (see `Vocabulary.release`).
 */
export function releaseTextParagraphs(analysis: DocAnalysis): void {
  const cached = shared.get(analysis);
  if (cached === undefined) return;
  shared.delete(analysis);
  cached.paragraphs[0]?.vocabulary.release();
}

/**
 * The engine analyses a document once per check and hands the same analysis to every rule, so the text rules
 * of one check share one list. A new check brings a new analysis object, hence a fresh list.
 */
const shared = new WeakMap<DocAnalysis, { model: DocModel; paragraphs: TextParagraph[] }>();

/**
 * The words of a text paragraph: scanned once per check for all the text rules that read them, kept packed, and
 * handed to each rule as fresh tokens that die young.
 */
export function tokensOf(tp: TextParagraph): Token[] {
  return unpackWords(tp.text, wordsOf(tp), tp.vocabulary);
}

/** The paragraph's packed words (ids into `tp.vocabulary`), for a rule that needs no token objects. */
export function wordsOf(tp: TextParagraph): PackedWords {
  return (tp.words ??= scanWords(tp.text, tp.vocabulary));
}

/** Where a finding points: the body index, or paragraph null and the paragraph's id outside the body. */
export function locate(paragraph: Paragraph): Pick<FindingInput, "paragraph" | "paragraphId"> {
  return paragraph.index === null
    ? { paragraph: null, paragraphId: paragraph.id }
    : { paragraph: paragraph.index };
}

export interface SpanReport {
  start: number;
  end: number;
  message: string;
  /** Replacement for [start, end); no fix when undefined. */
  replacement?: string;
  /** Vietnamese description of the fix. */
  fixDescription?: string;
}

/** A finding on a span of a paragraph; its fix (body paragraphs only) is one replaceText on that span. */
export function spanFinding(ctx: RuleContext, tp: TextParagraph, r: SpanReport): FindingInput {
  const { paragraph, text } = tp;
  const finding: FindingInput = {
    message: r.message,
    ...locate(paragraph),
    excerpt: ctx.excerpt(text, r.start, r.end),
    span: { start: r.start, end: r.end },
  };
  if (r.replacement !== undefined && paragraph.index !== null) {
    const edit: Edit = {
      kind: "replaceText",
      paragraph: paragraph.index,
      expectedText: text,
      start: r.start,
      end: r.end,
      replacement: r.replacement,
    };
    finding.fix = {
      description: r.fixDescription ?? `Thay “${text.slice(r.start, r.end)}” bằng “${r.replacement}”`,
      edits: [edit],
    };
  }
  return finding;
}

/** The words around a span (up to 20 characters of each adjacent word), for a message that names the place. */
export function around(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]) && start - from < 20) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]) && to - end < 20) to++;
  return text.slice(from, to).trim();
}
