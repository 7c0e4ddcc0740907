// Legal documents most cited in căn cứ lines, with what replaced each and from when (src/core/laws/data/laws.json).

export interface LawEntry {
  /** The number and ký hiệu ("06/2022/QH15", "36-HD/VPTW"), or kind and year for documents without one. */
  id: string;
  /** "Luật", "Bộ luật", "Nghị định", "Thông tư", "Pháp lệnh", "Nghị quyết", "Hiến pháp", "Quy định", "Hướng dẫn"… */
  kind: string;
  number: string | null;
  /** Dates are ISO (yyyy-mm-dd): signed or adopted, and in force from. */
  date: string;
  issuer: string;
  /** The full name, starting with the kind ("Luật Thi đua, khen thưởng"). */
  title: string;
  effective: string;
  /** Ids of the documents that replaced it, and from when. */
  replacedBy?: string[];
  replacedFrom?: string;
  /** The page its facts were checked against (see docs/data/laws.md). */
  source: string;
  /** The page that gives the date it came into force, when `source` does not. */
  effectiveSource?: string;
}

export interface LawsData {
  laws: LawEntry[];
}

export interface Laws {
  entries: LawEntry[];
  byId: Map<string, LawEntry>;
  /** By `lawKey(title)`: several documents share a title (Luật Đất đai 2003, 2013, 2024). */
  byTitle: Map<string, LawEntry[]>;
  /** The distinct title keys, longest first (for matching a title at a position in text). */
  titleKeys: string[];
}
