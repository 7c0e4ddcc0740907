// State agencies under NĐ 30/2020/NĐ-CP (the default profile). Values: shared/spec/format-rules.md §1–2.
import type { Profile } from "../rules/types";

export const nd30Profile: Profile = {
  id: "nd30",
  name: "Cơ quan nhà nước (NĐ 30/2020)",
  rules: {
    "page-size": { enabled: true, options: { width: 210, height: 297, tolerance: 1 } },
    "page-margins": {
      enabled: true,
      options: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20], tolerance: 0.5 },
    },
    "page-number": { enabled: true },
    "font-family": { enabled: true, options: { font: "Times New Roman" } },
    "font-color": { enabled: true },
    "agency-name": { enabled: true, options: { size: [12, 13], parentSize: [12, 13], mark: "line" } },
    "national-title": {
      enabled: true,
      options: { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size: [12, 13] },
    },
    motto: {
      enabled: true,
      options: { text: "Độc lập - Tự do - Hạnh phúc", size: [13, 14], lineUnder: true },
    },
    "doc-number": { enabled: true, options: { style: "nd30", size: [13, 13], allowCV: false } },
    "place-date": { enabled: true, options: { size: [13, 14] } },
    "doc-title": {
      enabled: true,
      options: {
        titleSize: [13, 14],
        summarySize: [13, 14],
        vvSize: [12, 13],
        vvItalic: false,
        lineUnder: true,
      },
    },
    "body-font-size": { enabled: true, options: { size: [13, 14] } },
    "body-alignment": { enabled: true },
    "body-indent": { enabled: true, options: { firstLine: [567, 720] } },
    "body-spacing": { enabled: true, options: { minGap: 120, line: [240, 360] } },
    "heading-sequence": { enabled: true },
    "heading-style": { enabled: true },
    recipients: {
      enabled: true,
      options: {
        titleSize: 12,
        titleBold: true,
        titleItalic: true,
        titleUnderline: false,
        itemSize: 11,
        archive: "nd30",
      },
    },
    signature: { enabled: true, options: { marks: "dot" } },
    basis: { enabled: true, options: { size: [13, 14], dash: false } },
    addressee: { enabled: true, options: { size: [13, 14] } },
    authority: { enabled: true },
    placeholder: { enabled: true },
    marks: { enabled: true, options: { size: [13, 14] } },
    appendix: { enabled: true },
    "text-amount": { enabled: true },
  },
};
