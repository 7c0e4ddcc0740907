// The place in the date line ("Bắc Ninh, ngày 15 tháng 01 năm 2026") against the units of the document's date:
// after 01/7/2025 a merged province, a district or a merged commune no longer names a place; before it, a commune
// created that day did not yet exist. Names the data does not know are left alone.
import { unitKey } from "./key";
import type { Units } from "./types";

const PREFIX = /^(?:tỉnh|thành phố|tp\.?|xã|phường|đặc khu|thị trấn|huyện|quận|thị xã)\s+/iu;

/** Why the place cannot be written on that date (one Vietnamese clause), or null. */
export function placeProblem(units: Units, place: string, iso: string, provincial: boolean): string | null {
  const after = iso >= "2025-07-01";
  const key = unitKey(place.replace(PREFIX, ""));
  if (!key) return null;
  const province = units.provinceByName.get(key);
  const oldProvince = units.oldProvinceByName.get(key);
  const current = !!province || units.communesByName.has(key);
  if (after) {
    if (oldProvince && !province && (provincial || !current))
      return `từ 01/7/2025 tỉnh ${oldProvince.name} đã hợp nhất vào ${oldProvince.into.type.toLowerCase()} ${oldProvince.into.name}, địa danh của cơ quan cấp tỉnh là “${oldProvince.into.name}”`;
    if (current) return null;
    const district = units.oldDistrictsByName.get(key);
    if (district)
      return `từ 01/7/2025 không còn cấp huyện: “${place}” không còn là tên đơn vị hành chính; ghi tên tỉnh hoặc xã, phường nơi cơ quan đóng trụ sở`;
    const olds = units.oldCommunesByName.get(key);
    if (olds) {
      const into = [...new Set(olds.flatMap((o) => o.into))];
      const names = into.slice(0, 3).map((c) => `${c.type.toLowerCase()} ${c.name}`);
      return `từ 01/7/2025 “${place}” không còn là tên đơn vị hành chính (nay thuộc ${names.join(" hoặc ")}${into.length > 3 ? "…" : ""})`;
    }
    return null;
  }
  // Before the list of units before, a name missing from it may be a unit merged since: no judgement.
  if (iso < units.oldAsOf) return null;
  if (oldProvince || units.oldDistrictsByName.has(key) || !units.communesByName.has(key)) return null;
  // A current commune name: did a unit of that name exist before?
  if (units.oldCommunesByName.has(key)) return null;
  return `“${place}” là tên đơn vị hành chính chỉ có từ ngày 01/7/2025`;
}
