import { builtinDataset, selectAnniversaries, type YearList } from "../../../src/core/anniversaries";

const counts = (lists: YearList[], year: number): Record<string, number | null> =>
  Object.fromEntries(lists.find((l) => l.year === year)!.events.map((s) => [s.event.id, s.anniversary]));

describe("selection for the seed's plan (2017–2020, Mặt trận Tổ quốc, Lạng Sơn)", () => {
  const lists = selectAnniversaries({ from: 2017, to: 2020, org: "mttq", province: "lang-son" });

  it("lists one entry per year", () => expect(lists.map((l) => l.year)).toEqual([2017, 2018, 2019, 2020]));

  it("holds every anniversary the seed names, with the right numbers", () => {
    expect(counts(lists, 2017)).toMatchObject({ "thuong-binh-liet-si": 70, "mat-tran-to-quoc": 87 });
    expect(counts(lists, 2018)).toMatchObject({ "loi-keu-goi-thi-dua-ai-quoc": 70, "mat-tran-to-quoc": 88 });
    expect(counts(lists, 2019)).toMatchObject({
      "sinh-hoang-van-thu": 110,
      "mat-tran-to-quoc": 89,
      "quan-doi-nhan-dan": 75,
      "quoc-phong-toan-dan": 30,
    });
    expect(counts(lists, 2020)).toMatchObject({
      "thanh-lap-dang": 90,
      "giai-phong-mien-nam": 45,
      "sinh-chu-tich-ho-chi-minh": 130,
      "quoc-khanh": 75,
      "mat-tran-to-quoc": 90,
    });
  });

  it("puts the seed's 2018 slips in 2019, not in 2018", () => {
    expect(counts(lists, 2018)).not.toHaveProperty("quan-doi-nhan-dan");
    expect(counts(lists, 2018)).not.toHaveProperty("quoc-phong-toan-dan");
  });

  it("lists the national holidays and the province's own days every year", () => {
    for (const year of [2017, 2018, 2019, 2020]) {
      expect(counts(lists, year)).toMatchObject({
        "tet-nguyen-dan": null,
        "gio-to-hung-vuong": null,
        "thanh-lap-dang": year - 1930,
        "cach-mang-thang-tam": year - 1945,
        "dang-bo-tinh-lang-son": year - 1933,
        "thanh-lap-tinh-lang-son": year - 1831,
      });
    }
  });

  it("gives lunar days their solar date in that year", () => {
    const y2019 = lists[2].events;
    expect(y2019.find((s) => s.event.id === "tet-nguyen-dan")).toMatchObject({
      date: { day: 5, month: 2, year: 2019 },
      lunar: { day: 1, month: 1, leap: false },
    });
    expect(y2019.find((s) => s.event.id === "gio-to-hung-vuong")?.date).toEqual({
      day: 14,
      month: 4,
      year: 2019,
    });
  });

  it("sorts each year by solar date", () => {
    for (const l of lists) {
      const keys = l.events.map((s) => s.date.month * 100 + s.date.day);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });

  it("ranks multiples of 10 above multiples of 5", () => {
    const y2019 = lists[2].events;
    expect(y2019.find((s) => s.event.id === "quan-doi-nhan-dan")?.rank).toBe(1);
    expect(y2019.find((s) => s.event.id === "quoc-phong-toan-dan")?.rank).toBe(2);
    expect(y2019.find((s) => s.event.id === "mat-tran-to-quoc")).toMatchObject({
      rank: 0,
      reason: "own-org",
    });
  });
});

describe("selection rules", () => {
  it("lists the organisation's own day only for that organisation", () => {
    const none = selectAnniversaries({ from: 2017, to: 2017 });
    expect(counts(none, 2017)).not.toHaveProperty("mat-tran-to-quoc");
    const doan = selectAnniversaries({ from: 2017, to: 2017, org: "doan-thanh-nien" });
    expect(counts(doan, 2017)).toMatchObject({ "doan-thanh-nien": 86 });
  });

  it("uses a province layer only when that province is chosen", () => {
    expect(counts(selectAnniversaries({ from: 2020, to: 2020 }), 2020)).not.toHaveProperty(
      "khoi-nghia-bac-son",
    );
    expect(counts(selectAnniversaries({ from: 2020, to: 2020, province: "lang-son" }), 2020)).toMatchObject({
      "khoi-nghia-bac-son": 80,
      "giai-phong-lang-son": 70,
    });
  });

  it("marks leaders' births from the 100th year in round tens, configurable", () => {
    expect(counts(selectAnniversaries({ from: 2014, to: 2014 }), 2014)).not.toHaveProperty(
      "sinh-hoang-van-thu",
    );
    expect(counts(selectAnniversaries({ from: 2014, to: 2014, leaderStep: 5 }), 2014)).toMatchObject({
      "sinh-hoang-van-thu": 105,
    });
    expect(counts(selectAnniversaries({ from: 2009, to: 2009 }), 2009)).toMatchObject({
      "sinh-hoang-van-thu": 100,
    });
    expect(counts(selectAnniversaries({ from: 1999, to: 1999, leaderStep: 5 }), 1999)).not.toHaveProperty(
      "sinh-hoang-van-thu",
    );
  });

  it("takes the round step from the options", () => {
    const tens = counts(selectAnniversaries({ from: 2017, to: 2017, roundStep: 10 }), 2017);
    expect(tens).toMatchObject({ "thuong-binh-liet-si": 70 });
    expect(tens).not.toHaveProperty("nha-giao");
  });

  it("filters by category", () => {
    const lists = selectAnniversaries({ from: 2019, to: 2019, categories: ["luc-luong-vu-trang"] });
    expect(new Set(lists[0].events.map((s) => s.event.category))).toEqual(new Set(["luc-luong-vu-trang"]));
  });

  it("adds user events every year with their computed count", () => {
    const lists = selectAnniversaries({
      from: 2024,
      to: 2025,
      customEvents: [
        { id: "truong", name: "Ngày thành lập Trường", day: 5, month: 9, baseYear: 1975, lunar: false },
      ],
    });
    expect(lists.map((l) => counts([l], l.year).truong)).toEqual([49, 50]);
  });

  it("lists every day in every year with --all, lunar days included, never before the day existed", () => {
    const [y2020] = selectAnniversaries({ from: 2020, to: 2020, all: true, province: "lang-son" });
    const ids = y2020.events.map((s) => s.event.id);
    expect(ids).toContain("tet-nguyen-dan");
    expect(ids).toContain("tet-trung-thu");
    expect(ids).toContain("quoc-te-thieu-nhi");
    expect(ids).not.toContain("chuyen-doi-so");
    const expected =
      builtinDataset.national.filter((e) => e.baseYear === null || e.baseYear < 2020).length +
      builtinDataset.provinces["lang-son"].events.length;
    expect(ids).toHaveLength(expected);
    expect(y2020.events.find((s) => s.event.id === "tet-trung-thu")?.date).toEqual({
      day: 1,
      month: 10,
      year: 2020,
    });
  });

  it("can leave out unverified days", () => {
    const [y] = selectAnniversaries({ from: 2020, to: 2020, all: true, includeUnverified: false });
    expect(y.events.some((s) => s.event.verification === "unverified")).toBe(false);
  });
});
