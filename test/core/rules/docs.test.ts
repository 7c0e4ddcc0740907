import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleDoc, ruleDocs } from "../../../src/core/rules/docs";
import { elementRules } from "../../../src/core/rules/registry-elements";
import { layoutRules } from "../../../src/core/rules/registry-layout";

const ROOT = join(__dirname, "../../..");

describe("ruleDocs", () => {
  it("gives title, basis and docs path for every rule", () => {
    const doc = ruleDoc("motto");
    expect(doc).toMatchObject({
      id: "motto",
      title: "Tiêu ngữ",
      docsPath: "docs/rules/motto.md",
      fixPolicy: "guarded",
    });
    expect(doc?.basis).toContain("NĐ 30/2020/NĐ-CP, Phụ lục I");
  });
  it.each(ruleDocs([...layoutRules, ...elementRules]).map((d) => d.id))(
    "docs/rules/%s.md exists with its sections",
    (id) => {
      const path = join(ROOT, `docs/rules/${id}.md`);
      expect(existsSync(path)).toBe(true);
      const text = readFileSync(path, "utf8");
      for (const section of ["## Kiểm tra gì", "## Căn cứ", "## Ví dụ sai", "## Ví dụ đúng", "## Cách sửa"])
        expect(text).toContain(section);
    },
  );
});
