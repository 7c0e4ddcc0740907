// Estimated width of a line of Times New Roman text, to size the line drawn under an element.
// Advance widths (1/1000 em) of the Adobe Times core fonts, which Times New Roman and Liberation Serif
// match closely; Vietnamese letters are measured by their base letter.

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
// prettier-ignore
const REGULAR = [444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,
  722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611];
// prettier-ignore
const BOLD = [500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,
  722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667];
const OTHER: Record<string, number> = {
  " ": 250,
  "-": 333,
  ",": 250,
  ".": 250,
  ":": 278,
  "/": 278,
  "(": 333,
  ")": 333,
};

function advance(ch: string, bold: boolean): number {
  const base = ch === "đ" ? "d" : ch === "Đ" ? "D" : ch.normalize("NFD").charAt(0);
  const i = LETTERS.indexOf(base);
  if (i >= 0) return (bold ? BOLD : REGULAR)[i];
  if (/[0-9]/.test(base)) return 500;
  return OTHER[base] ?? 500;
}

/** Width in twips of `text` set in Times New Roman at `size` points. */
export function textWidthTwips(text: string, size: number, bold: boolean): number {
  let units = 0;
  for (const ch of text) units += advance(ch, bold);
  return Math.round((units / 1000) * size * 20);
}

/**
 * Width of the longest line the text takes when wrapped at word boundaries into `available` twips
 * (a single word longer than the line counts whole).
 */
export function wrappedWidthTwips(text: string, size: number, bold: boolean, available: number): number {
  return Math.max(...wrappedLineWidths(text, size, bold, available));
}

/** Width of the last line the text takes when wrapped as in wrappedWidthTwips. */
export function lastLineWidthTwips(text: string, size: number, bold: boolean, available: number): number {
  const widths = wrappedLineWidths(text, size, bold, available);
  return widths[widths.length - 1];
}

function wrappedLineWidths(text: string, size: number, bold: boolean, available: number): number[] {
  // Line breaks the user typed ("…TỔ QUỐC\nVIỆT NAM…") end a line as wrapping does.
  if (text.includes("\n"))
    return text.split("\n").flatMap((l) => wrappedLineWidths(l, size, bold, available));
  const space = textWidthTwips(" ", size, bold);
  const widths: number[] = [];
  let line = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidthTwips(word, size, bold);
    if (line > 0 && line + space + w > available) {
      widths.push(line);
      line = w;
    } else line = line > 0 ? line + space + w : w;
  }
  widths.push(line);
  return widths;
}
