// font-family: every run of visible text in Times New Roman, judged on its effective font (theme fonts resolved).
// Text in a legacy Vietnamese encoding (TCVN3 ".VnTime", VNI "VNI-Times", or their bytes) is left to
// font-legacy-encoding, which reports and converts it.
import { isLegacyEncodedRun } from "../vietnamese/legacy";
import { optString } from "./layout-helpers";
import { spanFindings } from "./run-spans";
import type { Rule } from "./types";

const LOC = "Phụ lục I, mục I.4";

const squeeze = (name: string): string => name.toLowerCase().replace(/\s+/g, " ").trim();

export const fontFamily: Rule = {
  meta: {
    id: "font-family",
    title: "Phông chữ",
    description: "Chữ trong văn bản dùng phông Times New Roman (bộ mã Unicode theo TCVN 6909:2001).",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: LOC }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "safe",
  },
  check(ctx) {
    // Options: font — the required family.
    const wanted = optString(ctx, "font", "Times New Roman");
    const want = squeeze(wanted);
    // A document names a handful of fonts over thousands of runs: each name is squeezed once.
    const squeezed = new Map<string, string>();
    const squeezedOf = (font: string) => {
      let s = squeezed.get(font);
      if (s === undefined) squeezed.set(font, (s = squeeze(font)));
      return s;
    };
    return spanFindings(
      ctx,
      (r) => {
        const font = r.format.font;
        // Unknown font: nothing in the document names one, so Word's default applies; nothing to judge.
        if (font === null || squeezedOf(font) === want || isLegacyEncodedRun(r)) return null;
        return font;
      },
      (font) => `Chữ đang dùng phông “${font}”, phải dùng phông ${wanted}`,
      () => ({ description: `Đổi sang phông ${wanted}`, format: { font: wanted } }),
      LOC,
    );
  },
};
