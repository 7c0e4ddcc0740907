// What kind of body an organisation is, read from its name, so a profile that does not fit it is refused:
// Party committees issue under HD 36-HD/VPTW, the Front and mass organisations under their own practice,
// state bodies under NĐ 30/2020.
import type { ProfileId } from "../rules/types";
import type { OrgProfile } from "./types";

const PARTY =
  /(ĐẢNG ỦY|ĐẢNG UỶ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|THỊ ỦY|ĐẢNG BỘ|CHI BỘ|BAN CHẤP HÀNH TRUNG ƯƠNG|ĐẢNG CỘNG SẢN)/;
const FRONT =
  /(MẶT TRẬN TỔ QUỐC|MTTQ|CÔNG ĐOÀN|ĐOÀN THANH NIÊN|ĐOÀN TNCS|HỘI LIÊN HIỆP PHỤ NỮ|HỘI NÔNG DÂN|HỘI CỰU CHIẾN BINH|HỘI CHỮ THẬP ĐỎ)/;
const STATE =
  /(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|^SỞ |^BỘ |^CỤC |^TỔNG CỤC |^PHÒNG |^VĂN PHÒNG UBND|^TRƯỜNG |^BỆNH VIỆN|^CÔNG AN |^TÒA ÁN|^VIỆN KIỂM SÁT|^KHO BẠC|^CHI CỤC |^TRUNG TÂM )/;

/** The profile a body's name calls for, or null when the name does not tell. */
export function bodyProfile(org: Pick<OrgProfile, "agencyName" | "parentAgency">): ProfileId | null {
  for (const name of [org.agencyName, org.parentAgency]) {
    const n = name.trim().toLocaleUpperCase("vi");
    if (!n) continue;
    if (PARTY.test(n)) return "dang";
    if (FRONT.test(n)) return "mttq";
    if (STATE.test(n)) return "nd30";
  }
  return null;
}

const KIND: Record<ProfileId, string> = {
  nd30: "cơ quan nhà nước",
  dang: "cơ quan Đảng",
  mttq: "Mặt trận Tổ quốc hoặc tổ chức chính trị - xã hội",
};

/** Why a profile does not fit the body, in one Vietnamese sentence, or null when it fits. */
export function profileMismatch(org: OrgProfile, profile: ProfileId): string | null {
  const body = bodyProfile(org);
  if (body === null || body === profile) return null;
  const name = org.agencyName.trim() || org.parentAgency.trim();
  return `"${name}" là ${KIND[body]}, nên không soạn theo hồ sơ ${profile} (${KIND[profile]}); dùng hồ sơ ${body}.`;
}
