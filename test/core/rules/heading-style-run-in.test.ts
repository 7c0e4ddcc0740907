// A run-in heading ("V. MẪU DẤU “ĐẾN”: Được khắc sẵn…", as in Phụ lục IV of the decree): heading-style judges
// and fixes the heading only, never the body text that follows it in the same paragraph.
import { headingStyle } from "../../../src/core/rules/heading-style";
import type { Edit } from "../../../src/core/rules/types";
import { runRule } from "../../helpers/rule-tester";
import { plan } from "../fixtures/documents";

const BODY = " Được khắc sẵn, hình chữ nhật, kích thước 35 mm x 50 mm";

function runIn(heading: string, headingBold: boolean) {
  return plan({
    h1: {
      runs: [
        { text: heading, bold: headingBold },
        { text: BODY, bold: false },
      ],
    },
  });
}

describe("heading-style on a run-in heading", () => {
  it("finds nothing when the heading before the colon is upper case and bold", () => {
    expect(runRule(headingStyle, runIn("V. MẪU DẤU “ĐẾN”:", true))).toEqual([]);
  });

  it("fixes only the heading, leaving the text after the colon unchanged", () => {
    const found = runRule(headingStyle, runIn("V. Mẫu dấu “đến”:", false));
    expect(found.length).toBeGreaterThan(0);
    const edits: Edit[] = found.flatMap((f) => f.fix?.edits ?? []);
    expect(edits.length).toBeGreaterThan(0);
    const end = "V. Mẫu dấu “đến”:".length;
    for (const e of edits) {
      expect(e.kind === "replaceText" || e.kind === "setRunFormat").toBe(true);
      if (e.kind === "replaceText" || e.kind === "setRunFormat") expect(e.end).toBeLessThanOrEqual(end);
    }
    const upper = edits.find((e) => e.kind === "replaceText");
    expect(upper).toMatchObject({ replacement: "V. MẪU DẤU “ĐẾN”:" });
  });
});
