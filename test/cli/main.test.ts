import { execFileSync } from "node:child_process";
import { main, usage } from "../../src/cli/main";
import { commands } from "../../src/cli/commands/index";
import type { CliIO } from "../../src/cli/types";
import packageJson from "../../package.json";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const sink: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
  return { sink, out: () => out.join(""), err: () => err.join("") };
}

describe("vanthu main", () => {
  test("--help lists every command with its summary", async () => {
    const { sink, out } = io();
    expect(await main(["--help"], sink)).toBe(0);
    expect(out()).toBe(usage());
    const lines = out().split("\n");
    for (const command of commands) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^  ${command.name} +`)));
      expect(
        lines
          .find((l) => l.startsWith(`  ${command.name} `))
          ?.trim()
          .endsWith(command.summary),
      ).toBe(true);
    }
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(["check", "fix", "new"]));
  });

  test("no arguments prints usage too", async () => {
    const { sink, out } = io();
    expect(await main([], sink)).toBe(0);
    expect(out()).toContain("Cách dùng: vanthu <lệnh>");
  });

  test("an unknown command exits 2 with a Vietnamese sentence on stderr", async () => {
    const { sink, out, err } = io();
    expect(await main(["chek"], sink)).toBe(2);
    expect(out()).toBe("");
    expect(err()).toContain('không có lệnh "chek"');
  });

  test("<command> --help prints that command's usage", async () => {
    const { sink, out } = io();
    expect(await main(["check", "--help"], sink)).toBe(0);
    const check = await commands.find((c) => c.name === "check")!.load();
    expect(out()).toBe(`${check.usage.trimEnd()}\n`);
  });

  test("every listed command loads under its own name", async () => {
    for (const entry of commands) expect((await entry.load()).name).toBe(entry.name);
  });

  test("passes arguments to the command and returns its exit code", async () => {
    const check = await commands.find((c) => c.name === "check")!.load();
    const spy = jest.spyOn(check, "run").mockResolvedValue(1);
    const { sink } = io();
    expect(await main(["check", "a.docx", "--format", "json"], sink)).toBe(1);
    expect(spy).toHaveBeenCalledWith(["a.docx", "--format", "json"], sink);
    spy.mockRestore();
  });

  test("a command that throws exits 2 with its message, without a stack trace", async () => {
    const check = await commands.find((c) => c.name === "check")!.load();
    const spy = jest.spyOn(check, "run").mockRejectedValue(new Error("Tệp không phải .docx."));
    const { sink, err } = io();
    expect(await main(["check", "x.doc"], sink)).toBe(2);
    expect(err()).toBe("vanthu check: Tệp không phải .docx.\n");
    spy.mockRestore();
  });

  test("--version prints the package version", async () => {
    const { sink, out } = io();
    expect(await main(["--version"], sink)).toBe(0);
    expect(out()).toBe(`${packageJson.version}\n`);
  });
});

describe("npx --no-install vanthu", () => {
  // scripts/test.mjs builds dist-cli first, as `npm ci` does through `prepare`.
  test("finds the command linked into node_modules/.bin and prints the usage", () => {
    const out = execFileSync("npx", ["--no-install", "vanthu", "--help"], {
      cwd: `${__dirname}/../..`,
    }).toString();
    expect(out).toBe(usage());
  });
});
