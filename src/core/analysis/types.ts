// What the checker knows about a document's structure: which paragraph is which element.
// Produced once per check by analyze() and shared by every rule.

export type DocType =
  | "ke-hoach"
  | "bao-cao"
  | "cong-van"
  | "quyet-dinh"
  | "to-trinh"
  | "thong-bao"
  | "giay-moi"
  | "nghi-quyet"
  | "chi-thi"
  | "huong-dan"
  | "chuong-trinh"
  | "nghi-dinh"
  | "other"
  | "unknown";

/** Body paragraph indexes (`Paragraph.index`); arrays are in document order. */
export interface HeaderElements {
  parentAgency: number[];
  agencyName: number[];
  nationalTitle: number | null;
  motto: number | null;
  docNumber: number | null;
  placeDate: number | null;
  docTitle: number | null;
  docSummary: number[];
  /** Công văn: the "V/v …" lines under the number. */
  vvSummary: number[];
  /** "Kính gửi:" and its items. */
  recipientTo: number[];
  /** Centred reference lines in brackets under the title or the Kính gửi block. */
  referenceLine?: number[];
  /** "Căn cứ …;" lines. */
  legalBasis: number[];
  /** Quyết định and the like: the issuing authority line(s) under the trích yếu ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"). */
  authority?: number[];
  /** The enacting line ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"), when present. */
  enacting?: number | null;
}

/** Elements that may share a paragraph with another (tab-separated header or closing lines). */
export type ElementKind =
  | "parentAgency"
  | "agencyName"
  | "nationalTitle"
  | "motto"
  | "docNumber"
  | "placeDate"
  | "vvSummary"
  | "recipientsTitle"
  | "recipient"
  | "signatureLine"
  | "signerName"
  | "docTitle"
  | "docSummary";

/** Where an element sits inside its paragraph (character offsets in `Paragraph.text`, end exclusive). */
export interface ElementSpan {
  paragraph: number;
  start: number;
  end: number;
}

export type HeadingScheme =
  | "phan"
  | "chuong"
  | "muc-normative"
  | "dieu"
  | "khoan"
  | "diem"
  | "roman"
  | "decimal"
  | "decimal2"
  | "decimal3"
  | "letter"
  | "dash"
  | "plus";

export interface HeadingInfo {
  paragraph: number;
  scheme: HeadingScheme;
  /** Depth in its document's hierarchy, 1-based. */
  level: number;
  /** The number as written or as Word's list shows it ("II.", "2.3.", "a)", "Điều 3."). */
  label: string;
  /** Numeric value(s) of the label: [2, 3] for "2.3.", [3] for "c)". */
  values: number[];
  /** True when the label comes from Word's list numbering rather than typed text. */
  fromList: boolean;
  /** 0 for the main text, n for the n-th Phụ lục, -1 for the văn bản ban hành kèm theo a quyết định (Mẫu 1.3). */
  appendix: number;
}

export interface ClosingElements {
  recipientsTitle: number | null;
  recipients: number[];
  /** "TM. …", "KT. …", "Q. …", "TL. …", "TUQ. …" lines and the titles stacked under them, in order. */
  signatureLines: number[];
  signerName: number | null;
  /** The "./." ending, when present. */
  ending: number | null;
}

export interface DocDate {
  day: number;
  month: number;
  year: number;
}

export interface DocAnalysis {
  docType: DocType;
  /** The type name as written ("KẾ HOẠCH"), or null. */
  docTypeName: string | null;
  header: HeaderElements;
  /** First body-text paragraph after the header block and title. */
  bodyStart: number;
  /** Exclusive end of the body: the first paragraph of the closing (Nơi nhận / signature) or the first Phụ lục. */
  bodyEnd: number;
  headings: HeadingInfo[];
  closing: ClosingElements;
  appendices: { paragraph: number; label: string }[];
  /** Date from the place-date line, when it is a real date. */
  date: DocDate | null;
  /** Paragraph indexes that carry a "line under" in any of the catalogue's ways. */
  linesUnder: Set<number>;
  /** Horizontal extents (fractions of the column) of the shapes placed under a paragraph; see `hasLineUnder`. */
  lineExtents?: Map<number, [number, number][]>;
  /** Paragraph indexes that belong to the header block (either column) or the closing block. */
  furniture: Set<number>;
  /** Spans of elements inside their paragraphs; an element without an entry spans its whole trimmed paragraph. */
  spans?: Partial<Record<ElementKind, ElementSpan[]>>;
  /**
   * Ranges of body text the body and heading rules read: the main body [bodyStart, bodyEnd) and the content of
   * each Phụ lục after its title lines; `appendix` is 0 for the main body, n for the n-th Phụ lục.
   */
  bodyRanges?: { start: number; end: number; appendix: number }[];
  /** True for normative structure (Điều/khoản/điểm), false for plans and reports. */
  normative?: boolean;
  /** The bản sao block after the copied document (Mẫu 3.1): from `start` to the end, its form paragraph. */
  copy?: { start: number; form: number; kind: "sao-y" | "sao-luc" | "trich-sao" };
  /**
   * A citizen's own paper (đơn, tờ khai, giấy đề nghị, bản khai, bản cam kết) under a Quốc hiệu: NĐ 30 governs an
   * agency's document, so its header, title and signature rules do not apply; page, font and Quốc hiệu still do.
   */
  personal?: boolean;
  /** Month and year of a date line whose day is left blank ("ngày … tháng 3 năm 2026"); `date` is then null. */
  dateMonth?: { month: number; year: number } | null;
}
