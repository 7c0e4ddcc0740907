/** @jest-environment jsdom */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MarkdownView, parseMarkdown } from "../../src/taskpane/help/markdown";
import { rulePageBlocks } from "../../src/taskpane/help/rule-page";

const DOCS = join(__dirname, "../../docs/rules");

describe("rule help pages", () => {
  it("parses headings, lists, quotes, tables and paragraphs", () => {
    const blocks = parseMarkdown(
      "## Căn cứ\n\nMột câu\nnối tiếp.\n\n- a\n- b\n\n> Sai\n\n| A | B |\n|---|---|\n| 1 | 2 |\n",
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 2, text: "Căn cứ" },
      { kind: "paragraph", text: "Một câu nối tiếp." },
      { kind: "list", ordered: false, items: ["a", "b"] },
      { kind: "quote", lines: ["Sai"] },
      { kind: "table", header: ["A", "B"], rows: [["1", "2"]] },
    ]);
  });

  it.each(readdirSync(DOCS).filter((f) => f.endsWith(".md")))(
    "%s reads as a Vietnamese page: no Markdown marks, no rule id title, no English policy words",
    (file) => {
      const source = readFileSync(join(DOCS, file), "utf8");
      const { container } = render(
        <FluentProvider theme={webLightTheme}>
          <MarkdownView blocks={rulePageBlocks(source)} />
        </FluentProvider>,
      );
      const text = container.textContent ?? "";
      expect(text).toContain("Kiểm tra gì");
      expect(text).not.toMatch(/`|\*\*|^#/m);
      expect(text).not.toMatch(/\((error|warning|info|safe|guarded|suggest-only)\)|\bguarded\b/);
      expect(text).not.toContain(`${file.replace(/\.md$/, "")} —`);
    },
  );
});
