import { commands } from "../../src/cli/commands";
import { lawsCommand } from "../../src/cli/commands/laws";
import { main } from "../../src/cli/main";

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["laws", ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe("vanthu laws", () => {
  it("is listed among the commands", async () =>
    expect(await commands.find((c) => c.name === "laws")?.load()).toBe(lawsCommand));

  it("prints the căn cứ lines in force on a date, for a topic", async () => {
    const { code, out, err } = await run("--date", "2025-03-10", "--topic", "thi dua, khen thuong");
    expect([code, err]).toEqual([0, ""]);
    expect(out.trimEnd().split("\n")).toEqual([
      "06/2022/QH15\tCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    ]);
  });

  it("gives the 2003 law for a 2020 date, and JSON with the data's fields", async () => {
    const { code, out } = await run("--date=2020-03-10", "--topic=Luật Thi đua", "--format=json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      laws: { id: string; effective: string; source: string; basis: string }[];
    };
    expect(json.laws.map((l) => l.id)).toEqual(["15/2003/QH11", "47/2005/QH11"]);
    expect(json.laws[0]).toMatchObject({ effective: "2004-07-01" });
    expect(json.laws[0].source).toMatch(/^https:\/\/github\.com\/tnt305\/tai_lieu_noi_bo\/blob\//);
  });

  it("refuses a date that does not exist, in one sentence", async () => {
    const { code, err } = await run("--date", "2025-02-30");
    expect(code).toBe(2);
    expect(err).toBe(
      'vanthu laws: Ngày "2025-02-30" không hợp lệ; hãy viết theo dạng YYYY-MM-DD, ví dụ 2026-01-15.\n',
    );
  });
});
