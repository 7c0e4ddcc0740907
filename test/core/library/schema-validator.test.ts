// The clause library's validation code is compiled ahead of time from its JSON Schema; this fails when the schema
// changed and the compiled code was not made again (node scripts/build-library-validator.mjs).
import { spawnSync } from "node:child_process";
import { join } from "node:path";

it("schema-validator.ts is compiled from the current schema", () => {
  const root = join(__dirname, "..", "..", "..");
  const result = spawnSync(
    process.execPath,
    [join(root, "scripts", "build-library-validator.mjs"), "--check"],
    {
      encoding: "utf8",
    },
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});
