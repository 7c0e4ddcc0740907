// Organisation profiles to start from.
import type { OrgProfile } from "./types";

export function emptyOrgProfile(): OrgProfile {
  return {
    parentAgency: "",
    agencyName: "",
    agencyAbbr: "",
    unitAbbr: "",
    place: "",
    province: "",
    level: "xa",
    profile: "nd30",
    signer: { authority: "", headTitle: "", name: "" },
    recipients: [],
    names: [],
    customEvents: [],
  };
}

/** The office of the sample plan (Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn), used by the browser preview. */
export function sampleOrgProfile(): OrgProfile {
  return {
    parentAgency: "",
    agencyName: "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN",
    board: "BAN THƯỜNG TRỰC",
    agencyAbbr: "MTTQ",
    boardAbbr: "BTT",
    unitAbbr: "VP",
    place: "Lạng Sơn",
    province: "Lạng Sơn",
    provinceId: "lang-son",
    level: "tinh",
    profile: "mttq",
    orgKind: "mttq",
    signer: { collective: "BAN THƯỜNG TRỰC", authority: "TM", headTitle: "CHỦ TỊCH", name: "" },
    recipients: [
      { name: "Ban Thi đua - Khen thưởng Ủy ban Trung ương MTTQ Việt Nam", purpose: "B/c" },
      { name: "Ban Thi đua - Khen thưởng tỉnh", purpose: "B/c" },
      // Two-level local government since 01/7/2025: tỉnh, then xã, phường, đặc khu (no district).
      { name: "Ban Thường trực Ủy ban MTTQ các xã, phường", purpose: "TH" },
    ],
    names: [],
    customEvents: [],
  };
}
