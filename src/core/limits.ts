// What the reader, the checker and the writers accept, stated once. Every figure is far above what an administrative
// document needs (the 1,000-page benchmark plan has about 9,600 paragraphs and nests nothing) and low enough that any
// input within it is read, checked, fixed and reported in seconds and well under 1.5 GB on a 2-core machine. Past a
// limit the input is refused with one sentence (`limitExceeded`) or, for findings, the list is cut with a note.

export const LIMITS = {
  /** Bytes of a .docx file, and of all its parts once inflated. */
  packageBytes: 300 * 1024 * 1024,
  /** Bytes of one part once inflated. */
  partBytes: 100 * 1024 * 1024,
  /** Paragraphs of one story (the body, a header…), table cells included. */
  paragraphs: 100_000,
  /** Characters of one paragraph: a 4 MB paragraph is still read and checked, in linear time. */
  paragraphChars: 8_000_000,
  /** Nesting of XML elements: a table inside a cell adds three, a content control two; real documents stay
   * under 40. Deeper input (55,000 nested tables) is what makes tree walks quadratic, so it is refused. */
  xmlDepth: 256,
  /** Characters of a list label's number: Word keeps a level's text to 31 characters (MS-OI29500 2.1.283, lvlText),
   * so letter numbering ("aaa…") never needs more, and a start of 2147483647 or 13e9 cannot build a huge label. */
  listLabelChars: 31,
  /** Findings listed for one document; past it the list ends with one note saying how many were left out. */
  findings: 5_000,
} as const;
