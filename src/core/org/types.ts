// The organisation profile an office fills once (tab Cài đặt) and every feature reads.
import type { ProfileId } from "../rules/types";

export type AdminLevel = "trung-uong" | "tinh" | "huyen" | "xa";

export interface Recipient {
  name: string;
  /** Purpose shown in brackets: "B/c", "TH", "chỉ đạo"… */
  purpose?: string;
}

export interface CustomEvent {
  id: string;
  name: string;
  day: number;
  month: number;
  /** Base year, or null when the event has no count. */
  baseYear: number | null;
  lunar: boolean;
}

export interface OrgProfile {
  /** Cơ quan chủ quản, upper case as printed ("UBND TỈNH LẠNG SƠN"); empty when none. */
  parentAgency: string;
  /** Cơ quan ban hành, as printed ("ỦY BAN NHÂN DÂN"). */
  agencyName: string;
  /**
   * The standing board printed under the body's name and issuing for it ("BAN THƯỜNG TRỰC" of a Front committee,
   * "BAN THƯỜNG VỤ"); empty when the body itself issues.
   */
  board?: string;
  /** The board's abbreviation after the body's in the ký hiệu ("BTT": "KH-MTTQ-BTT", "MTTQ-BTT"). */
  boardAbbr?: string;
  /** Address, phone, e-mail, website for the công văn footer (NĐ 30/2020, Phụ lục I, ô 13), one line each. */
  contact?: string[];
  /** Issuing body abbreviation in the ký hiệu ("UBND"). */
  agencyAbbr: string;
  /** Drafting unit abbreviation for "Lưu: VT, <unit>." and công văn ký hiệu ("VP"). */
  unitAbbr: string;
  /** Địa danh in the date line ("Lạng Sơn"). */
  place: string;
  /** Province name, for {{ten_tinh}} ("Lạng Sơn") and its dataset id ("lang-son"). */
  province: string;
  provinceId?: string;
  /** Commune/ward name for {{ten_xa}} (since the 2025 reform), or district for older levels. */
  commune?: string;
  level: AdminLevel;
  profile: ProfileId;
  /** Organisation kind for anniversaries ("mttq", "doan", "cong-an"…), optional. */
  orgKind?: string;
  signer: {
    /** Authority line without the mark, e.g. "ỦY BAN NHÂN DÂN" for "TM. ỦY BAN NHÂN DÂN". */
    collective?: string;
    authority: "" | "TM" | "KT" | "Q" | "TL" | "TUQ";
    /** Title of the head ("CHỦ TỊCH"). */
    headTitle: string;
    /** Signer's own title when it differs (KT.: "PHÓ CHỦ TỊCH"). */
    signerTitle?: string;
    name: string;
  };
  recipients: Recipient[];
  /** Proper names to leave alone in text rules (tone style, capitalisation). */
  names: string[];
  customEvents: CustomEvent[];
}
