// The organisation profile as a JSON file an office shares: parse and check an imported copy, write an export.
import { VanThuError } from "../errors";
import { emptyOrgProfile } from "./defaults";
import type { OrgProfile } from "./types";

const PROFILES = ["nd30", "dang", "mttq"];
const AUTHORITIES = ["", "TM", "KT", "Q", "TL", "TUQ"];
const LEVELS = ["trung-uong", "tinh", "huyen", "xa"];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ""): string => (typeof v === "string" ? v.normalize("NFC") : fallback);

/** Parse an organisation profile from JSON text; missing fields take the empty profile's values. */
export function parseOrgProfile(json: string): OrgProfile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new VanThuError("malformed-xml", "Tệp hồ sơ cơ quan không phải JSON hợp lệ.");
  }
  if (!isObject(data)) throw new VanThuError("unsupported", "Tệp hồ sơ cơ quan phải là một đối tượng JSON.");
  const base = emptyOrgProfile();
  const profile = str(data.profile, base.profile);
  if (!PROFILES.includes(profile))
    throw new VanThuError("unsupported", `Hồ sơ "${profile}" không được hỗ trợ; dùng nd30, dang hoặc mttq.`);
  const signer = isObject(data.signer) ? data.signer : {};
  const authority = str(signer.authority);
  if (!AUTHORITIES.includes(authority))
    throw new VanThuError(
      "unsupported",
      `Quyền hạn ký "${authority}" không hợp lệ; dùng TM, KT, Q, TL, TUQ hoặc để trống.`,
    );
  const level = str(data.level, base.level);
  const recipients = Array.isArray(data.recipients) ? data.recipients.filter(isObject) : [];
  return {
    ...base,
    parentAgency: str(data.parentAgency),
    agencyName: str(data.agencyName),
    ...(data.board !== undefined ? { board: str(data.board) } : {}),
    ...(data.boardAbbr !== undefined ? { boardAbbr: str(data.boardAbbr) } : {}),
    ...(Array.isArray(data.contact) ? { contact: data.contact.map((c) => str(c)).filter(Boolean) } : {}),
    agencyAbbr: str(data.agencyAbbr),
    unitAbbr: str(data.unitAbbr),
    place: str(data.place),
    province: str(data.province),
    ...(data.provinceId !== undefined ? { provinceId: str(data.provinceId) } : {}),
    ...(data.commune !== undefined ? { commune: str(data.commune) } : {}),
    ...(data.orgKind !== undefined ? { orgKind: str(data.orgKind) } : {}),
    level: (LEVELS.includes(level) ? level : base.level) as OrgProfile["level"],
    profile: profile as OrgProfile["profile"],
    signer: {
      ...(signer.collective !== undefined ? { collective: str(signer.collective) } : {}),
      authority: authority as OrgProfile["signer"]["authority"],
      headTitle: str(signer.headTitle),
      ...(signer.signerTitle !== undefined ? { signerTitle: str(signer.signerTitle) } : {}),
      name: str(signer.name),
    },
    recipients: recipients.map((r) => ({
      name: str(r.name),
      ...(r.purpose !== undefined ? { purpose: str(r.purpose) } : {}),
    })),
    names: Array.isArray(data.names) ? data.names.map((n) => str(n)).filter(Boolean) : [],
    customEvents: Array.isArray(data.customEvents) ? (data.customEvents.filter(isObject) as never[]) : [],
  };
}

export function orgProfileJson(org: OrgProfile): string {
  return `${JSON.stringify(org, null, 2)}\n`;
}

/** Settings key recording that the user has been offered (and took) a JSON copy. */
export const ORG_EXPORTED_KEY = "org-profile-exported";
