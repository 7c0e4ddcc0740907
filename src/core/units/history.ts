// Is a mention of a former unit historical? "Giai đoạn 2020–2025, huyện X đã …", "xã Y (cũ)", the title of a cited
// document ("Quyết định số 12/QĐ-UBND ngày … của UBND huyện X"), a quotation: such mentions are right as written.
import { matchAllAfter } from "../text/match-after";
import { isLetterOrMark } from "../vietnamese/letters";

/** Words that put a sentence in the past or about the reorganisation itself. */
const MARKERS =
  /(?:trước đây|trước khi|trước ngày|trước thời điểm|trước sắp xếp|trước sáp nhập|nguyên là|sáp nhập|hợp nhất|sắp xếp|kết thúc hoạt động|không còn|không tổ chức|đã giải thể|giải thể|chuyển giao|bàn giao|tiếp nhận)(?![\p{L}\p{M}])/iu;
/** A year before the reorganisation, alone or ending a range ("2020–2025"). */
const PAST_YEAR = /(?:19[4-9]\d|20[01]\d|202[0-4]|[-–]\s*2025)(?!\d)/u;
/** A cited document: "số 12/QĐ-UBND", "Quyết định 35/2024/QĐ-UBND". */
const CITATION = /số\s*\d+\s*\/|\d+\/\d{4}\/[\p{Lu}Đ]/iu;
/** "(cũ)" or "cũ" right after the name. */
const FORMER_AFTER = /^\s*(?:\(cũ\)|cũ(?![\p{L}\p{M}]))/iu;

/** The sentence around [start, end): from the previous ". ", ";", "!" or "?" to the next. */
function sentence(text: string, start: number, end: number): { from: number; to: number } {
  const stop = /[.;!?](?:\s|$)/gu;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(stop)) {
    const i = m.index;
    if (i < start) from = i + 1;
    else if (i >= end) {
      to = i;
      break;
    }
  }
  return { from, to };
}

/** True when the quotation marks before `start` are unbalanced: the mention sits inside a quotation. */
function quoted(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length % 2;
  return open > 0 || straight === 1;
}

/** A match of `pattern` in `text` that does not start inside a word (or a number, for years). */
function found(text: string, pattern: RegExp): boolean {
  const isWordChar = (c: string) => c !== "" && (isLetterOrMark(c) || /\d/.test(c));
  return !matchAllAfter(text, pattern, (c) => !isWordChar(c)).next().done;
}

export function isHistorical(text: string, start: number, end: number): boolean {
  if (FORMER_AFTER.test(text.slice(end)) || quoted(text, start)) return true;
  const { from, to } = sentence(text, start, end);
  const s = text.slice(from, to);
  return found(s, MARKERS) || found(s, PAST_YEAR) || found(text.slice(from, start), CITATION);
}
