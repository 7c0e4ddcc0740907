import { anniversariesCommand } from "../../src/cli/commands/anniversaries";
import { commands } from "../../src/cli/commands";

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await anniversariesCommand.run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe("vanthu anniversaries", () => {
  it("is listed among the commands", async () =>
    expect(await commands.find((c) => c.name === "anniversaries")?.load()).toBe(anniversariesCommand));

  it("prints the lines as they would be inserted", async () => {
    const { code, out, err } = await run(
      "--from",
      "2017",
      "--to",
      "2020",
      "--org",
      "mttq",
      "--province",
      "lang-son",
    );
    expect(code).toBe(0);
    expect(err).toBe("");
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^- Năm 2019: /);
    expect(lines[2]).toContain("110 năm Ngày sinh của đồng chí Hoàng Văn Thụ (04/11/1909 – 04/11/2019)");
    expect(lines[2]).toContain("75 năm Ngày thành lập Quân đội nhân dân Việt Nam");
    expect(lines[1]).not.toContain("Quân đội nhân dân");
  });

  it("prints only the JSON object in the issue's shape", async () => {
    const { code, out } = await run(
      "--from=2019",
      "--to=2019",
      "--org=mttq",
      "--province=lang-son",
      "--format",
      "json",
    );
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(["years"]);
    expect(parsed.years).toHaveLength(1);
    expect(parsed.years[0].year).toBe(2019);
    const hvt = parsed.years[0].events.find((e: { id: string }) => e.id === "sinh-hoang-van-thu");
    expect(hvt).toEqual({
      id: "sinh-hoang-van-thu",
      name: "Ngày sinh của đồng chí Hoàng Văn Thụ",
      date: "2019-11-04",
      baseDate: "1909-11-04",
      anniversary: 110,
      lunar: false,
      category: "lanh-dao",
    });
    const tet = parsed.years[0].events.find((e: { id: string }) => e.id === "tet-nguyen-dan");
    expect(tet).toMatchObject({ date: "2019-02-05", baseDate: null, anniversary: null, lunar: true });
  });

  it("lists every day of the dataset with --all, lunar days with their solar date", async () => {
    const { out, err } = await run("--from", "2024", "--to", "2025", "--all", "--format", "json");
    const years = JSON.parse(out).years;
    const giỗTổ = years.map(
      (y: { events: { id: string; date: string }[] }) =>
        y.events.find((e) => e.id === "gio-to-hung-vuong")?.date,
    );
    expect(giỗTổ).toEqual(["2024-04-18", "2025-04-07"]);
    const tet = years[1].events.find((e: { id: string }) => e.id === "tet-nguyen-dan");
    expect(tet.date).toBe("2025-01-29");
    const nonRound = years[0].events.find((e: { id: string }) => e.id === "thanh-lap-dang");
    expect(nonRound.anniversary).toBe(94);
    expect(err).toMatch(/^Lưu ý: \d+ ngày chưa xác minh được nguồn: /);
  });

  it("filters categories and date styles", async () => {
    const { out } = await run(
      "--from",
      "2019",
      "--to",
      "2019",
      "--categories",
      "luc-luong-vu-trang",
      "--dates",
      "day-month",
    );
    expect(out).toContain(
      "75 năm Ngày thành lập Quân đội nhân dân Việt Nam và 30 năm Ngày hội Quốc phòng toàn dân 22/12",
    );
    expect(out).not.toContain("Đảng Cộng sản");
  });

  it.each([
    [["--to", "2020"], /^Cần --from và --to/],
    [["--from", "2020", "--to", "2017"], /không lớn hơn/],
    [["--from", "1800", "--to", "2017"], /từ 1900 đến 2100/],
    [["--from", "2017", "--to", "2020", "--org", "abc"], /Không có tổ chức "abc"; các mã có: mttq/],
    [
      ["--from", "2017", "--to", "2020", "--province", "ha-noi"],
      /Chưa có dữ liệu của tỉnh "ha-noi"; hiện có: lang-son\./,
    ],
    [["--from", "2017", "--to", "2020", "--format", "xml"], /Định dạng "xml"/],
    [["--from", "2017", "--to", "2020", "--bogus"], /Không hiểu tham số "--bogus"/],
    [["--from", "2017", "--to"], /Thiếu giá trị sau --to/],
  ])("refuses %j with one Vietnamese sentence and exit code 2", async (args, message) => {
    const { code, out, err } = await run(...args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
  });

  it("prints its usage", async () => {
    const { code, out } = await run("--help");
    expect(code).toBe(0);
    expect(out).toContain("--province");
  });
});
