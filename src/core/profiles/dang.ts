// Party documents (Hướng dẫn 36-HD/VPTW; values from secondary sources, see format-rules.md §5): "ĐẢNG CỘNG SẢN
// VIỆT NAM" instead of the Quốc hiệu and Tiêu ngữ, "Số 127-QĐ/TW" without a colon, larger sizes, slash marks.
import type { Profile } from "../rules/types";

const HD36 = "HD 36-HD/VPTW";

export const dangProfile: Profile = {
  id: "dang",
  name: "Văn bản của Đảng (HD 36-HD/VPTW)",
  rules: {
    "page-size": { enabled: true, options: { width: 210, height: 297, tolerance: 1 } },
    // HD 05-HD/VPTW (secondary sources): top and bottom 20, left 30, right 15 mm.
    "page-margins": {
      enabled: true,
      options: {
        top: [20, 20],
        bottom: [20, 20],
        left: [30, 30],
        right: [15, 15],
        tolerance: 0.5,
        basis: "HD 05-HD/VPTW",
      },
    },
    "page-number": { enabled: true },
    "font-family": { enabled: true, options: { font: "Times New Roman" } },
    "font-color": { enabled: true },
    "agency-name": {
      enabled: true,
      options: { size: [14, 14], parentSize: [14, 14], mark: "asterisk", basis: HD36 },
    },
    "national-title": {
      enabled: true,
      options: { text: "ĐẢNG CỘNG SẢN VIỆT NAM", size: [15, 15], basis: HD36 },
    },
    motto: { enabled: false },
    "doc-number": { enabled: true, options: { style: "dang", size: [14, 14], allowCV: true, basis: HD36 } },
    "place-date": { enabled: true, options: { size: [14, 14], basis: HD36 } },
    "doc-title": {
      enabled: true,
      options: {
        titleSize: [15, 16],
        summarySize: [14, 15],
        vvSize: [12, 12],
        vvItalic: true,
        lineUnder: false,
        basis: HD36,
      },
    },
    "body-font-size": { enabled: true, options: { size: [14, 15], basis: HD36 } },
    "body-alignment": { enabled: true },
    "body-indent": { enabled: true, options: { firstLine: [567, 720] } },
    "body-spacing": { enabled: true, options: { minGap: 120, line: [240, 360] } },
    "heading-sequence": { enabled: true },
    "heading-style": { enabled: true },
    recipients: {
      enabled: true,
      options: {
        titleSize: 14,
        titleBold: false,
        titleItalic: false,
        titleUnderline: true,
        itemSize: 12,
        archive: "dang",
        basis: HD36,
      },
    },
    signature: { enabled: true, options: { marks: "slash", basis: HD36 } },
    basis: { enabled: true, options: { size: [14, 15], dash: true, italic: false, basis: HD36 } },
    addressee: { enabled: true, options: { size: [14, 15], basis: HD36 } },
    // A Party document names its issuing committee in the header; a thẩm quyền line is judged only where written.
    authority: { enabled: true, options: { requireLine: false, basis: HD36 } },
    placeholder: { enabled: true },
    marks: { enabled: true, options: { size: [13, 14] } },
    appendix: { enabled: true },
    "text-amount": { enabled: true },
  },
};
