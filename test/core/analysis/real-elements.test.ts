// Issue 12, the other false-alarm classes: headers typed with tabs and spaces, the Kính gửi block and a reference
// line under the title of a công văn, signatures split by line breaks, invisible runs. Each document is correct;
// the checker must find its elements and report nothing on them — and still report a real slip.
import { analyze } from "../../../src/core/analysis/analyze";
import { readDocx } from "../../../src/core/ooxml/read";
import { check } from "../../../src/core/rules/engine";
import type { Finding } from "../../../src/core/rules/types";
import { bodyPara, centred, closing, docx, p, r, table } from "../fixtures/real-layouts";

const HEADER_RULES = ["agency-name", "national-title", "motto", "doc-number", "place-date", "doc-title"];
const BODY_RULES = ["body-alignment", "body-indent", "body-spacing", "body-font-size"];
const rulesOf = (found: Finding[]) => [...new Set(found.map((f) => f.rule))].sort();
const underline =
  '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/></w:pPr>';

/** A header typed in plain paragraphs: agency name and Quốc hiệu on one line, parted by tabs or by spaces. */
function tabbedHeader(sep: string, numberLine: string): string {
  return (
    p(
      r("UBND TỈNH LÂM ĐỒNG", { sz: 13 }) +
        r(sep) +
        r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 13 }),
    ) +
    `<w:p>${underline}${r("SỞ CÔNG THƯƠNG", { b: true, sz: 13 })}${r(sep)}${r("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 14 })}</w:p>` +
    p(numberLine)
  );
}

function report(header: string): Uint8Array {
  return docx(
    header +
      p("") +
      centred(r("BÁO CÁO", { b: true })) +
      `<w:p>${underline}${r("Kết quả thực hiện công tác quý I năm 2026", { b: true })}</w:p>` +
      p("") +
      bodyPara("Sở Công Thương báo cáo kết quả thực hiện công tác quý I năm 2026 như sau.") +
      bodyPara("Trên đây là báo cáo kết quả thực hiện công tác quý I năm 2026./.") +
      closing(),
  );
}

describe("headers typed with tabs and spaces", () => {
  const numberLine =
    r("Số:      /BC-SCT", { sz: 13 }) +
    r("\t\t") +
    r("Lâm Đồng, ngày 05 tháng 4 năm 2026", { i: true, sz: 14 });

  it.each([
    ["tabs", "\t\t"],
    ["spaces", "                  "],
  ])("finds number, date, agency and Quốc hiệu each at its own span (%s)", (_name, sep) => {
    const bytes = report(tabbedHeader(sep, numberLine));
    const a = analyze(readDocx(bytes));
    expect([a.header.parentAgency, a.header.agencyName, a.header.nationalTitle, a.header.motto]).toEqual([
      [0],
      [1],
      0,
      1,
    ]);
    expect([a.header.docNumber, a.header.placeDate]).toEqual([2, 2]);
    expect(a.date).toEqual({ day: 5, month: 4, year: 2026 });
    expect(check(readDocx(bytes), { rules: HEADER_RULES })).toEqual([]);
  });

  it("takes the number written with spaces, not tabs, apart from the date", () => {
    const spaced = r("Số:             /BC-SCT                       Lâm Đồng, ngày 05 tháng 4 năm 2026", {
      sz: 13,
    });
    const a = analyze(readDocx(report(tabbedHeader("\t\t", spaced))));
    expect(a.header.docNumber).toBe(2);
    expect(a.header.placeDate).toBe(2);
    const [num] = a.spans?.docNumber ?? [];
    expect(readDocx(report(tabbedHeader("\t\t", spaced))).paragraphs[2].text.slice(num.start, num.end)).toBe(
      "Số:             /BC-SCT",
    );
  });

  it("accepts a tab inside the blank of a draft number", () => {
    const tabbed =
      r("Số: \t /BC-SCT", { sz: 13 }) +
      r("\t\t") +
      r("Lâm Đồng, ngày 05 tháng 4 năm 2026", { i: true, sz: 14 });
    expect(check(readDocx(report(tabbedHeader("\t\t", tabbed))), { rules: ["doc-number"] })).toEqual([]);
  });

  it("finds agency, Quốc hiệu and Tiêu ngữ typed as one line joined by single spaces", () => {
    const oneLine = p(
      r("SỞ CÔNG THƯƠNG ", { b: true, sz: 13 }) +
        r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ", { b: true, sz: 13 }) +
        r("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 14 }),
    );
    const model = readDocx(report(oneLine + p(numberLine)));
    const a = analyze(model);
    const spanText = (k: "agencyName" | "nationalTitle" | "motto") =>
      a.spans?.[k]?.map((x) => model.paragraphs[x.paragraph].text.slice(x.start, x.end));
    expect(spanText("agencyName")).toEqual(["SỞ CÔNG THƯƠNG"]);
    expect(spanText("nationalTitle")).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(spanText("motto")).toEqual(["Độc lập - Tự do - Hạnh phúc"]);
  });

  it('does not take a form\'s date-of-birth line or "Hôm nay, ngày …" for the date of issue', () => {
    const model = readDocx(
      docx(
        centred(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 13 })) +
          `<w:p>${underline}${r("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 14 })}</w:p>` +
          centred(r("TỜ KHAI ĐĂNG KÝ KHAI SINH", { b: true })) +
          p(r("Hôm nay, ngày .... tháng .... năm ......., tại trụ sở Ủy ban nhân dân xã")) +
          p(r("3. Ngày, tháng, năm sinh: ……/……/……")),
      ),
    );
    const a = analyze(model);
    expect(a.header.placeDate).toBeNull();
    expect(a.header.agencyName).toEqual([]);
  });

  it("still reports a slip in a tabbed header", () => {
    const wrong =
      r("Số:      /BC-SCT", { sz: 13 }) +
      r("\t\t") +
      r("Lâm Đồng, ngày 05 tháng 04 năm 2026", { i: true, sz: 14 });
    expect(rulesOf(check(readDocx(report(tabbedHeader("\t\t", wrong))), { rules: HEADER_RULES }))).toEqual([
      "place-date",
    ]);
  });
});

/** A công văn in a header table: V/v under the number, Kính gửi block, an italic reference line under it. */
function congVan(kinhGui: string[], reference = true): Uint8Array {
  const header = table(
    [3500, 5571],
    [
      [
        [
          centred(r("UBND TỈNH LÂM ĐỒNG", { sz: 13 })),
          `<w:p>${underline}${r("SỞ CÔNG THƯƠNG", { b: true, sz: 13 })}</w:p>`,
          centred(r("Số:      /SCT-QLTM", { sz: 13 })),
          centred(r("V/v triển khai Kế hoạch số 2242/KH-SCT", { sz: 12 })),
        ],
        [
          centred(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 13 })),
          `<w:p>${underline}${r("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 14 })}</w:p>`,
          centred(r("Lâm Đồng, ngày 05 tháng 5 năm 2026", { i: true, sz: 14 })),
        ],
      ],
    ],
  );
  return docx(
    header +
      p("") +
      (reference ? centred(r("(Theo Kế hoạch số 2242/KH-SCT ngày 23/4/2026)", { i: true })) : "") +
      kinhGui.map((t) => p(r(t), { jc: "center" })).join("") +
      bodyPara(
        "Thực hiện Kế hoạch số 2242/KH-SCT ngày 23/4/2026, Sở Công Thương đề nghị các đơn vị triển khai.",
      ) +
      bodyPara("Đề nghị các đơn vị phối hợp thực hiện./.") +
      closing(),
  );
}

describe("công văn: Kính gửi and a reference line", () => {
  it.each([
    ["on one line", ["Kính gửi: Ủy ban nhân dân các huyện"]],
    ["on several lines", ["Kính gửi:", "- Ủy ban nhân dân các huyện;", "- Các sở, ban, ngành."]],
  ])("keeps Kính gửi (%s) and the reference line out of the trích yếu and the body", (_name, lines) => {
    const bytes = congVan(lines);
    const model = readDocx(bytes);
    const a = analyze(model);
    expect(a.docType).toBe("cong-van");
    expect(a.header.docSummary).toEqual([]);
    expect(a.header.recipientTo.length).toBe(lines.length);
    expect(model.paragraphs[a.bodyStart].text).toMatch(/^Thực hiện/);
    expect(check(model, { rules: [...HEADER_RULES, ...BODY_RULES] })).toEqual([]);
  });

  it("still reports a body paragraph that is not justified", () => {
    const model = readDocx(congVan(["Kính gửi: Ủy ban nhân dân các huyện"]));
    model.paragraphs[model.paragraphs.findIndex((x) => x.text.startsWith("Đề nghị"))].format.alignment =
      "left";
    expect(rulesOf(check(model, { rules: BODY_RULES }))).toEqual(["body-alignment"]);
  });
});

/** A kế hoạch's header table: agency names and number on the left, Quốc hiệu, Tiêu ngữ and date on the right. */
const planHeader = () =>
  table(
    [3500, 5571],
    [
      [
        [
          centred(r("UBND TỈNH LÂM ĐỒNG", { sz: 13 })),
          `<w:p>${underline}${r("SỞ CÔNG THƯƠNG", { b: true, sz: 13 })}</w:p>`,
          centred(r("Số:      /KH-SCT", { sz: 13 })),
        ],
        [
          centred(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 13 })),
          `<w:p>${underline}${r("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 14 })}</w:p>`,
          centred(r("Lâm Đồng, ngày 05 tháng 5 năm 2026", { i: true, sz: 14 })),
        ],
      ],
    ],
  );

function decision(signature: string[]): Uint8Array {
  return docx(
    planHeader() +
      p("") +
      centred(r("KẾ HOẠCH", { b: true })) +
      `<w:p>${underline}${r("Kiểm tra an toàn thực phẩm năm 2026", { b: true })}</w:p>` +
      p("") +
      bodyPara("Sở Công Thương ban hành kế hoạch kiểm tra an toàn thực phẩm năm 2026./.") +
      closing(signature),
  );
}

describe("a reference line right under the trích yếu", () => {
  it("is not read as a second line of the trích yếu", () => {
    const model = readDocx(
      docx(
        planHeader() +
          centred(r("KẾ HOẠCH", { b: true })) +
          centred(r("Kiểm tra an toàn thực phẩm năm 2026", { b: true })) +
          `<w:p>${underline}${r("(Theo Kế hoạch số 2242/KH-UBND ngày 23/4/2026)", { i: true })}</w:p>` +
          bodyPara("Sở Công Thương ban hành kế hoạch kiểm tra an toàn thực phẩm năm 2026./.") +
          closing(),
      ),
    );
    const a = analyze(model);
    expect(a.header.docSummary.map((i) => model.paragraphs[i].text)).toEqual([
      "Kiểm tra an toàn thực phẩm năm 2026",
    ]);
    expect(a.header.referenceLine?.map((i) => model.paragraphs[i].text)).toEqual([
      "(Theo Kế hoạch số 2242/KH-UBND ngày 23/4/2026)",
    ]);
    expect(check(model, { rules: BODY_RULES })).toEqual([]);
  });
});

describe("tên loại and trích yếu parted by a line break", () => {
  const plan = (summaryLine: string) =>
    readDocx(
      docx(
        planHeader() +
          `<w:p>${summaryLine}${r("KẾ HOẠCH\n", { b: true, sz: 14 })}${r("Kiểm tra an toàn thực phẩm năm 2026", { b: true, sz: 14 })}</w:p>` +
          p("") +
          bodyPara("Sở Công Thương ban hành kế hoạch kiểm tra an toàn thực phẩm năm 2026./.") +
          closing(),
      ),
    );

  it("reads both from one paragraph", () => {
    const model = plan(underline);
    const a = analyze(model);
    expect(a.docType).toBe("ke-hoach");
    expect(a.docTypeName).toBe("KẾ HOẠCH");
    const spanText = (k: "docTitle" | "docSummary") =>
      a.spans?.[k]?.map((x) => model.paragraphs[x.paragraph].text.slice(x.start, x.end));
    expect(spanText("docTitle")).toEqual(["KẾ HOẠCH"]);
    expect(spanText("docSummary")).toEqual(["Kiểm tra an toàn thực phẩm năm 2026"]);
    expect(check(model, { rules: HEADER_RULES })).toEqual([]);
  });

  it("still reports the missing line under the trích yếu", () => {
    const found = check(plan('<w:pPr><w:jc w:val="center"/></w:pPr>'), { rules: ["doc-title"] });
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^Dưới trích yếu phải có đường kẻ/)]);
  });
});

describe("a quyết định whose preamble lines do not begin with Căn cứ", () => {
  it("finds the enacting line and keeps it out of the body", () => {
    const italic = (t: string) => p(r(t, { i: true }), { jc: "both", firstLine: 567, after: 120 });
    const model = readDocx(
      docx(
        planHeader().replace("/KH-SCT", "/QĐ-SCT") +
          centred(r("QUYẾT ĐỊNH", { b: true })) +
          `<w:p>${underline}${r("Về việc bổ nhiệm Phó Trưởng phòng Quản lý thương mại", { b: true })}</w:p>` +
          centred(r("GIÁM ĐỐC SỞ CÔNG THƯƠNG", { b: true })) +
          italic("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;") +
          italic("Theo đề nghị của Chánh Văn phòng Sở,") +
          centred(r("QUYẾT ĐỊNH:", { b: true })) +
          bodyPara("Điều 1. Bổ nhiệm bà Trần Thị Bình giữ chức vụ Phó Trưởng phòng Quản lý thương mại.") +
          bodyPara("Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.") +
          closing(),
      ),
    );
    const a = analyze(model);
    expect(a.header.enacting).not.toBeNull();
    expect(model.paragraphs[a.header.enacting ?? 0].text).toBe("QUYẾT ĐỊNH:");
    expect(check(model, { rules: BODY_RULES })).toEqual([]);
  });
});

describe("signatures split by line breaks", () => {
  it.each([
    [
      "authority and title in one paragraph",
      [
        centred(r("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", { b: true })),
        centred(""),
        centred(r("Nguyễn Văn An", { b: true })),
      ],
    ],
    [
      "line breaks before the name",
      [
        centred(r("KT. GIÁM ĐỐC", { b: true })),
        centred(r("PHÓ GIÁM ĐỐC", { b: true })),
        centred(r("\n\n\n") + r("Nguyễn Văn An", { b: true })),
      ],
    ],
    [
      "a rank before the name",
      [
        centred(r("CHỈ HUY TRƯỞNG", { b: true })),
        centred(""),
        centred(r("Đại tá Nguyễn Văn An", { b: true })),
      ],
    ],
  ])("reads the block (%s)", (_name, signature) => {
    const model = readDocx(decision(signature));
    const a = analyze(model);
    expect(a.closing.signatureLines.length).toBeGreaterThan(0);
    expect(a.closing.signerName).not.toBeNull();
    expect(check(model, { rules: ["signature"] })).toEqual([]);
  });

  it("still reports a deputy signing without KT.", () => {
    const sig = [
      centred(r("GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", { b: true })),
      centred(""),
      centred(r("Nguyễn Văn An", { b: true })),
    ];
    expect(rulesOf(check(readDocx(decision(sig)), { rules: ["signature"] }))).toEqual(["signature"]);
  });
});

describe("invisible runs", () => {
  it("does not take a soft-hyphen line or an empty bold run for trích yếu text", () => {
    const title = (extra: string) =>
      docx(
        planHeader() +
          centred(r("KẾ HOẠCH", { b: true })) +
          `<w:p>${underline}${r("Kiểm tra an toàn thực phẩm năm 2026", { b: true })}</w:p>` +
          extra +
          bodyPara("Sở Công Thương ban hành kế hoạch kiểm tra an toàn thực phẩm năm 2026./.") +
          closing(),
      );
    for (const extra of [
      centred(r("\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad")),
      centred(r(" ", { b: true })),
    ]) {
      const model = readDocx(title(extra));
      const a = analyze(model);
      expect(a.header.docSummary.map((i) => model.paragraphs[i].text)).toEqual([
        "Kiểm tra an toàn thực phẩm năm 2026",
      ]);
      expect(check(model, { rules: [...HEADER_RULES, ...BODY_RULES] })).toEqual([]);
    }
  });
});
