// Commemorative days: the dataset's record type and what selection produces.

export type Category =
  | "quoc-gia"
  | "nha-nuoc"
  | "dang"
  | "mat-tran-doan-the"
  | "luc-luong-vu-trang"
  | "nganh"
  | "quoc-te"
  | "lanh-dao"
  | "dia-phuong"
  | "truyen-thong"
  | "tu-them";

export const CATEGORIES: Category[] = [
  "quoc-gia",
  "nha-nuoc",
  "dang",
  "mat-tran-doan-the",
  "luc-luong-vu-trang",
  "nganh",
  "quoc-te",
  "lanh-dao",
  "dia-phuong",
  "truyen-thong",
  "tu-them",
];

/** ✔ date and base year seen in a source; ◐ partly; ✘ general knowledge only (shown flagged). */
export type Verification = "verified" | "partial" | "unverified";

export interface AnniversaryEvent {
  /** Stable kebab-case id. */
  id: string;
  /** Official Vietnamese name, abbreviations written out. */
  name: string;
  /** Other wordings met in documents, matched by the checker. */
  aliases?: string[];
  /** Generic wordings ("Ngày Chiến thắng") that identify the event only when its date is written beside them. */
  dateAliases?: string[];
  day: number;
  month: number;
  calendar: "solar" | "lunar";
  /** Year of the event the day honours; null when the day has no count (Tết, Giỗ Tổ, most international days). */
  baseYear: number | null;
  /** Year the day itself was instituted, when later than the event. */
  institutedYear?: number;
  /** Which of the two years the usual wording counts from (default "base"). */
  countFrom?: "base" | "instituted";
  category: Category;
  /** One of the ngày lễ lớn of Nghị định 145/2013/NĐ-CP, Điều 4: listed every year. */
  nationalHoliday?: boolean;
  /** Named with the lunar year's Can Chi ("Tết Nguyên đán Bính Ngọ"). */
  canChi?: boolean;
  /** A birth anniversary of a leader: marked from the 100th year (Kết luận 88-KL/TW). */
  leaderBirth?: boolean;
  /** Organisations for whom this is their own day (listed every year in their plans). */
  orgs?: string[];
  /** Provincial layer: listed every year in that province's plans. */
  annual?: boolean;
  /** Free-text period for events spanning several days ("18 – 29/12/1972"). */
  period?: string;
  note?: string;
  verification: Verification;
  /** Source keys (see sources.json). */
  sources: string[];
}

export interface ProvinceLayer {
  id: string;
  name: string;
  events: AnniversaryEvent[];
  /** Days the layer should hold but whose facts are not settled yet. */
  pending?: string[];
}

export interface Dataset {
  national: AnniversaryEvent[];
  provinces: Record<string, ProvinceLayer>;
  /** Organisation id → official name. */
  organisations: Record<string, string>;
  /** Source key → citation (URLs). */
  sources: Record<string, string>;
}

/** Why an event is in a year's list. */
export type SelectionReason = "national" | "own-org" | "province" | "leader" | "round" | "custom" | "all";

export interface SelectedEvent {
  event: AnniversaryEvent;
  year: number;
  /** Solar date in that year. */
  date: { day: number; month: number; year: number };
  /** Lunar date for lunar days. */
  lunar: { day: number; month: number; leap: boolean } | null;
  /** The year the count runs from, or null. */
  countYear: number | null;
  /** year − countYear, or null. */
  anniversary: number | null;
  reason: SelectionReason;
  /** 2: a multiple of 10; 1: a multiple of 5; 0: otherwise. */
  rank: number;
}

export interface YearList {
  year: number;
  events: SelectedEvent[];
}
