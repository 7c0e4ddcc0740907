// The fixes of the text rules on the sample plan, through the engine's fix loop and the in-memory edit applier:
// each replacement stays within its span and the loop converges with nothing left to fix.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocModel } from "../../../src/core/model/types";
import { readDocx } from "../../../src/core/ooxml/read";
import { sampleOrgProfile } from "../../../src/core/org/defaults";
import { applyFixes } from "../../../src/core/rules/fix-loop";
import { applyEditsToModel } from "../../../src/host/memory/apply-edits";

const RULES = ["text-spacing", "text-unicode", "text-repeated", "text-capitalization", "text-tone-style"];

it("fixes the sample plan's slips and leaves nothing fixable behind", async () => {
  let model: DocModel = readDocx(
    new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample/ke-hoach-thi-dua-2017-2020.docx"))),
  );
  const before = model.paragraphs.map((p) => p.text);
  const report = await applyFixes(model, (edits) => (model = applyEditsToModel(model, edits).model), {
    rules: RULES,
    org: sampleOrgProfile(),
  });
  expect(report.remaining.filter((f) => f.fixable)).toEqual([]);
  const text = report.model.paragraphs.map((p) => p.text).join("\n");
  expect(text).toContain("Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, “Toàn dân bảo vệ");
  expect(text).toContain("kịp thời. Tăng tỷ lệ khen thưởng");
  expect(text).toContain("\nTrên đây là Kế hoạch công tác Thi đua");
  expect(text).not.toContain("Uỷ");
  expect(text).toContain("văn minh”; CVĐ");
  expect(text).toContain("tập thể nhỏ");
  // Nothing else changed: the paragraph count and every untouched paragraph stay as they were.
  expect(report.model.paragraphs).toHaveLength(before.length);
  const changed = report.model.paragraphs.filter((p, i) => p.text !== before[i]).length;
  expect(changed).toBeLessThanOrEqual(10);
});
