import {
  CATEGORIES,
  builtinDataset,
  findEvent,
  selectAnniversaries,
  validateDataset,
  withProvinceLayer,
  type AnniversaryEvent,
} from "../../../src/core/anniversaries";

const all: AnniversaryEvent[] = [
  ...builtinDataset.national,
  ...Object.values(builtinDataset.provinces).flatMap((p) => p.events),
];

describe("built-in dataset", () => {
  it("is sound: unique ids, real dates, known categories, organisations and sources", () => {
    expect(validateDataset(builtinDataset)).toEqual([]);
  });

  it("holds at least 60 days in every group", () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const c of CATEGORIES.filter((c) => c !== "tu-them")) {
      expect(all.some((e) => e.category === c)).toBe(true);
    }
  });

  it("writes abbreviations out in official names", () => {
    const allowed = new Set(["AIDS"]);
    for (const e of all) {
      const abbreviations = (e.name.match(/\p{Lu}{2,}/gu) ?? []).filter((a) => !allowed.has(a));
      expect({ id: e.id, abbreviations }).toEqual({ id: e.id, abbreviations: [] });
    }
    expect(findEvent(builtinDataset, "mat-tran-to-quoc")?.name).toBe(
      "Ngày truyền thống Mặt trận Tổ quốc Việt Nam",
    );
  });

  it("keeps same-date events with different base years as separate records", () => {
    const dec22 = all.filter((e) => e.day === 22 && e.month === 12);
    expect(dec22.map((e) => [e.id, e.baseYear])).toEqual([
      ["quan-doi-nhan-dan", 1944],
      ["quoc-phong-toan-dan", 1989],
    ]);
  });

  it("keeps both years of a day instituted after its event, and which one the wording uses", () => {
    expect(findEvent(builtinDataset, "doanh-nhan")).toMatchObject({
      baseYear: 1945,
      institutedYear: 2004,
      countFrom: "instituted",
    });
    expect(findEvent(builtinDataset, "phap-luat")).toMatchObject({
      baseYear: 1946,
      institutedYear: 2013,
      countFrom: "base",
    });
  });

  it("flags the fact sheet's unverified days", () => {
    const unverified = all.filter((e) => e.verification === "unverified").map((e) => e.id);
    expect(unverified).toEqual(
      expect.arrayContaining([
        "quoc-te-thieu-nhi",
        "quoc-te-nguoi-cao-tuoi",
        "quoc-te-xoa-ngheo",
        "the-gioi-phong-chong-aids",
        "quoc-te-nguoi-khuyet-tat",
      ]),
    );
    expect(findEvent(builtinDataset, "van-phong-cap-uy")?.verification).toBe("partial");
  });

  it("marks the seven national holidays of Nghị định 145/2013", () => {
    expect(all.filter((e) => e.nationalHoliday).map((e) => e.id)).toEqual([
      "tet-nguyen-dan",
      "thanh-lap-dang",
      "gio-to-hung-vuong",
      "giai-phong-mien-nam",
      "chien-thang-dien-bien-phu",
      "sinh-chu-tich-ho-chi-minh",
      "cach-mang-thang-tam",
      "quoc-khanh",
    ]);
  });

  it("lets a province replace its layer", () => {
    const replaced = withProvinceLayer(builtinDataset, {
      id: "lang-son",
      name: "Lạng Sơn",
      events: [
        {
          id: "ngay-thu",
          name: "Ngày thử của tỉnh",
          day: 1,
          month: 3,
          calendar: "solar",
          baseYear: 2000,
          category: "dia-phuong",
          annual: true,
          verification: "verified",
          sources: ["a70"],
        },
      ],
    });
    expect(validateDataset(replaced)).toEqual([]);
    const ids = selectAnniversaries({ from: 2017, to: 2017, province: "lang-son" }, replaced)[0].events.map(
      (s) => s.event.id,
    );
    expect(ids).toContain("ngay-thu");
    expect(ids).not.toContain("thanh-lap-tinh-lang-son");
  });

  it("reports what is wrong with a bad layer", () => {
    const bad = withProvinceLayer(builtinDataset, {
      id: "x",
      name: "X",
      events: [
        {
          id: "Bad Id",
          name: "Ngày",
          day: 31,
          month: 2,
          calendar: "solar",
          baseYear: 2000,
          category: "dia-phuong",
          verification: "verified",
          sources: ["zz"],
        },
      ],
    });
    expect(validateDataset(bad)).toEqual([
      "Bad Id: mã không hợp lệ",
      "Bad Id: ngày sai",
      "Bad Id: nguồn zz không có",
    ]);
  });
});
