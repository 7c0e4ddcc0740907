import { renderBlocks, renderLines, selectAnniversaries } from "../../../src/core/anniversaries";
import { a4Page } from "../../../src/core/model/create";
import { readDocx, readFlatOpc } from "../../../src/core/ooxml/read";
import { writeDocx, writeFragment } from "../../../src/core/ooxml/write";
import { checkAsync, prepareCheck } from "../../../src/core/rules/engine";

const lists = selectAnniversaries({ from: 2017, to: 2020, org: "mttq", province: "lang-son" });
const blocks = renderBlocks(lists);

// The checker reads reference data (administrative units) that loads before the first check.
beforeAll(() => prepareCheck());

describe("anniversary blocks through the OOXML writer", () => {
  it("insert as a fragment that reads back line for line, justified with a first-line indent", () => {
    const model = readFlatOpc(writeFragment(blocks, { bodySize: 14 }));
    expect(model.paragraphs.map((p) => p.text)).toEqual(renderLines(lists));
    expect(model.paragraphs[0].format).toMatchObject({ alignment: "both", indent: { firstLine: 567 } });
    expect(model.paragraphs[0].runs[0].format).toMatchObject({ font: "Times New Roman", size: 14 });
  });

  it("make a document the checker accepts", async () => {
    const model = readDocx(writeDocx({ blocks, page: a4Page(), pageNumbers: true, bodySize: 14 }));
    const findings = await checkAsync(model, { profile: "mttq" });
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});
