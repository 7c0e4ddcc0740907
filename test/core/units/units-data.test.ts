// The shipped units against the resolutions: counts, the 23 merged provinces (Nghị quyết 202/2025/QH15, Điều 1)
// and commune mappings read by hand in the UBTVQH resolutions of 16/6/2025.
import { units } from "../../../src/core/units/dataset";
import { unitKey } from "../../../src/core/units/key";

const oldProvince = (name: string) => units.oldProvinceByName.get(unitKey(name));
const old = (province: string, type: string, name: string) =>
  units.oldCommunes.filter(
    (c) => c.name === name && c.type === type && unitKey(c.district.province.name) === unitKey(province),
  );
const names = (list: { type: string; name: string }[]) => list.map((u) => `${u.type} ${u.name}`);

describe("administrative units data", () => {
  it("holds 34 provinces and 3,321 communes after 01/7/2025, 63 provinces, 696 districts, 10,047 communes before", () => {
    expect(units.provinces).toHaveLength(34);
    expect(units.provinces.filter((p) => p.type === "Thành phố")).toHaveLength(6);
    expect(units.communes).toHaveLength(3321);
    const byType = (t: string) => units.communes.filter((c) => c.type === t).length;
    expect([byType("Xã"), byType("Phường"), byType("Đặc khu")]).toEqual([2621, 687, 13]);
    expect(units.oldProvinces).toHaveLength(63);
    expect(units.oldDistricts).toHaveLength(696);
    expect(units.oldCommunes).toHaveLength(10047);
  });

  it("spells every name as its own key (NFC, single spaces, kiểu cũ): the indexes rely on it", () => {
    const names = [
      ...units.provinces,
      ...units.oldProvinces,
      ...units.communes,
      ...units.oldDistricts,
      ...units.oldCommunes,
    ].map((u) => u.name);
    expect(names.filter((n) => unitKey(n) !== n.toLowerCase())).toEqual([]);
  });

  it("codes are the statistics office's: unique, two digits for provinces, five for communes", () => {
    expect(new Set(units.communes.map((c) => c.code)).size).toBe(3321);
    expect(units.provinces.map((p) => p.code).slice(0, 3)).toEqual(["01", "04", "08"]);
    expect(units.communes.every((c) => /^\d{5}$/.test(c.code))).toBe(true);
  });

  it("maps the provinces as Nghị quyết 202/2025/QH15 does", () => {
    const merged: [string, string][] = [
      ["Hà Giang", "Tuyên Quang"],
      ["Yên Bái", "Lào Cai"],
      ["Bắc Kạn", "Thái Nguyên"],
      ["Vĩnh Phúc", "Phú Thọ"],
      ["Hòa Bình", "Phú Thọ"],
      ["Bắc Giang", "Bắc Ninh"],
      ["Thái Bình", "Hưng Yên"],
      ["Hải Dương", "Hải Phòng"],
      ["Hà Nam", "Ninh Bình"],
      ["Nam Định", "Ninh Bình"],
      ["Quảng Bình", "Quảng Trị"],
      ["Quảng Nam", "Đà Nẵng"],
      ["Kon Tum", "Quảng Ngãi"],
      ["Bình Định", "Gia Lai"],
      ["Ninh Thuận", "Khánh Hòa"],
      ["Đắk Nông", "Lâm Đồng"],
      ["Bình Thuận", "Lâm Đồng"],
      ["Phú Yên", "Đắk Lắk"],
      ["Bình Dương", "Hồ Chí Minh"],
      ["Bà Rịa - Vũng Tàu", "Hồ Chí Minh"],
      ["Bình Phước", "Đồng Nai"],
      ["Long An", "Tây Ninh"],
      ["Sóc Trăng", "Cần Thơ"],
      ["Hậu Giang", "Cần Thơ"],
      ["Bến Tre", "Vĩnh Long"],
      ["Trà Vinh", "Vĩnh Long"],
      ["Tiền Giang", "Đồng Tháp"],
      ["Bạc Liêu", "Cà Mau"],
      ["Kiên Giang", "An Giang"],
      ["Thừa Thiên Huế", "Huế"],
    ];
    for (const [from, to] of merged) expect([from, oldProvince(from)?.into.name]).toEqual([from, to]);
    const unchanged = ["Hà Nội", "Cao Bằng", "Điện Biên", "Lai Châu", "Sơn La", "Lạng Sơn", "Quảng Ninh"];
    for (const name of [...unchanged, "Thanh Hóa", "Nghệ An", "Hà Tĩnh"])
      expect(oldProvince(name)?.into.name).toBe(name);
  });

  it("maps communes as the UBTVQH resolutions do", () => {
    // 1658/NQ-UBTVQH15 (Bắc Ninh), khoản 43 and 92.
    expect(names(old("Bắc Giang", "Thị trấn", "Đồi Ngô")[0].into)).toEqual(["Xã Lục Nam"]);
    expect(names(old("Bắc Giang", "Xã", "Tiên Nha")[0].into)).toEqual(["Xã Lục Nam"]);
    expect(names(old("Bắc Giang", "Phường", "Xương Giang")[0].into)).toEqual(["Phường Bắc Giang"]);
    // 1656/NQ-UBTVQH15 (Hà Nội), khoản 3 and 14.
    expect(names(old("Hà Nội", "Phường", "Trúc Bạch")[0].into)).toEqual(["Phường Ba Đình"]);
    expect(names(old("Hà Nội", "Phường", "Phúc Xá")[0].into)).toEqual(["Phường Hồng Hà"]);
    // 1654/NQ-UBTVQH15 (An Giang), khoản 95.
    expect(names(old("Kiên Giang", "Xã", "Hàm Ninh")[0].into)).toEqual(["Đặc khu Phú Quốc"]);
    // 1685/NQ-UBTVQH15 (Hồ Chí Minh), khoản 163: a district with no commune became a đặc khu.
    const conDao = units.oldDistrictsByName.get(unitKey("Côn Đảo"))!;
    expect(conDao.map((d) => names(d.into))).toEqual([["Đặc khu Côn Đảo"]]);
    expect(units.resolutionOf(units.provinceByName.get(unitKey("Bắc Ninh"))!)).toBe("1658/NQ-UBTVQH15");
  });

  it("knows each old district's communes and where they went", () => {
    const lucNam = units.oldDistrictsByName.get(unitKey("Lục Nam"))!;
    expect(lucNam).toHaveLength(1);
    expect(lucNam[0]).toMatchObject({ type: "Huyện", province: { name: "Bắc Giang" } });
    expect(names(lucNam[0].into)).toContain("Xã Lục Nam");
  });
});
