// The clause library format (version 1): a province publishes its clauses once, lower levels reuse them.
// Every text is plain text; variables are written {{name}} and filled at insertion.
import { DOCUMENT_TYPES, type DocumentType } from "../doc-types";
import type { AdminLevel } from "../org/types";

export const LIBRARY_FORMAT = "vanthu-clause-library";
export const LIBRARY_FORMAT_VERSION = 1;

/** Variables a clause may use, filled from the organisation profile or asked for at insertion. */
export const LIBRARY_VARIABLES = ["ten_tinh", "ten_xa", "co_quan", "giai_doan", "nam"] as const;
export type LibraryVariable = (typeof LIBRARY_VARIABLES)[number];

/** Document types a clause is meant for: the shared list of ids. */
export { DOCUMENT_TYPES, type DocumentType };

/** A piece of a paragraph with its emphasis. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * One paragraph of a clause. Headings carry their typed number in the text ("2. Tổ chức…") and a level
 * (1 = "I.", 2 = "1.", 3 = "1.1.", 4 = "a)"); items are "-" (or "+") lines written without their marker.
 */
export interface ContentParagraph {
  type: "paragraph" | "heading" | "item";
  level?: 1 | 2 | 3 | 4;
  marker?: "-" | "+";
  text: string | Span[];
}

export interface Clause {
  id: string;
  title: string;
  /** The plan section the clause belongs to, as printed ("I. MỤC ĐÍCH, YÊU CẦU"). */
  section: string;
  documentTypes: DocumentType[];
  tags: string[];
  content: ContentParagraph[];
  /** Free note for editors (not inserted). */
  note?: string;
}

export interface LibraryOwner {
  level: AdminLevel;
  organisation: string;
}

export interface ClauseLibrary {
  format: typeof LIBRARY_FORMAT;
  formatVersion: typeof LIBRARY_FORMAT_VERSION;
  id: string;
  name: string;
  owner: LibraryOwner;
  /** "1", "1.2" or "1.2.3"; compared part by part. */
  version: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  description?: string;
  /** True for a user's own layer (overrides and additions), exported and imported as such. */
  layer?: boolean;
  /** For a user's layer: the library it sits on. */
  base?: { id: string; version: string };
  clauses: Clause[];
}

/** A problem found in a library file, with where it is. */
export interface LibraryIssue {
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  /** Readable path to the value ("clauses[3].content[0].text"), "" for the whole file. */
  path: string;
  /** Vietnamese reason, without the position. */
  reason: string;
}

export type ParseResult = { ok: true; library: ClauseLibrary } | { ok: false; issues: LibraryIssue[] };
