import { analyze } from "../../../src/core/analysis/analyze";
import { createModel, type ParagraphSpec } from "../../../src/core/model/create";

const centre = { alignment: "center" as const, indent: { left: 0, right: 0, firstLine: 0 } };
const tab = { text: "\t", kind: "tab" as const };
const txt = (model: ReturnType<typeof createModel>) => (i: number | null) =>
  i === null ? null : model.paragraphs[i].text;

describe("analyze: header as plain paragraphs", () => {
  const model = createModel({
    paragraphs: [
      {
        runs: [
          { text: "UBND TỈNH LẠNG SƠN", size: 13 },
          tab,
          { text: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 13 },
        ],
        format: centre,
      },
      {
        runs: [
          { text: "SỞ NỘI VỤ", bold: true, size: 13 },
          tab,
          { text: "Độc lập – Tự do – Hạnh phúc", bold: true },
        ],
        format: { ...centre, borders: { top: false, bottom: true } },
      },
      {
        runs: [
          { text: "Số:     /SNV-VP", size: 13 },
          tab,
          { text: "Lạng Sơn, ngày      tháng 3 năm 2024", italic: true },
        ],
        format: centre,
      },
      { text: "V/v tổ chức hội nghị", format: centre },
      { text: "Kính gửi:", format: centre },
      { text: "- Ủy ban nhân dân các huyện;", format: centre },
      { text: "- Các sở, ban, ngành.", format: centre },
      "Sở Nội vụ đề nghị các đơn vị phối hợp./.",
      {
        runs: [
          { text: "Nơi nhận:", bold: true, italic: true, size: 12 },
          tab,
          { text: "GIÁM ĐỐC", bold: true },
        ],
      },
      { runs: [{ text: "- Như trên;", size: 11 }] },
      { runs: [{ text: "- Lưu: VT, VP.", size: 11 }, tab, { text: "Trần Thị Bình", bold: true }] },
    ],
  });
  const a = analyze(model);
  const t = txt(model);

  it("reads tab-joined header lines element by element, mis-spelt and en-dash variants included", () => {
    expect(a.header.parentAgency).toEqual([0]);
    expect(a.header.agencyName).toEqual([1]);
    expect(a.header.nationalTitle).toBe(0);
    expect(a.header.motto).toBe(1);
    expect(a.header.docNumber).toBe(2);
    expect(a.header.placeDate).toBe(2);
    expect(a.spans?.nationalTitle?.[0]).toEqual({ paragraph: 0, start: 19, end: 53 });
    expect(a.date).toBeNull();
  });

  it("finds a công văn: V/v under the number, Kính gửi with its items", () => {
    expect(a.docType).toBe("cong-van");
    expect(a.header.vvSummary.map(t)).toEqual(["V/v tổ chức hội nghị"]);
    expect(a.header.recipientTo).toEqual([4, 5, 6]);
    expect(a.bodyStart).toBe(7);
    expect(a.closing.ending).toBe(7);
  });

  it("reads a closing laid out with tabs", () => {
    expect(a.bodyEnd).toBe(8);
    expect(a.closing.recipientsTitle).toBe(8);
    expect(a.closing.recipients).toEqual([9, 10]);
    expect(a.closing.signatureLines).toEqual([8]);
    expect(a.closing.signerName).toBe(10);
    expect(a.spans?.signerName?.[0].start).toBe(15);
  });
});

describe("analyze: the seed plan's closing, items and signature interleaved", () => {
  const lines: (ParagraphSpec | string)[] = [
    { text: "KẾ HOẠCH", format: centre },
    { text: "Công tác Thi đua - Khen thưởng giai đoạn 2017-2020", format: centre },
    "Trên đây là Kế hoạch công tác Thi đua, Khen thưởng giai đoạn 2017 - 2020./.",
    { text: "\t Nơi nhận:" },
    { text: "\tTM. BAN THƯỜNG TRỰC" },
    { text: "\t- Phòng Thi đua- khen thưởng Ủy ban TWMTTQ Việt Nam (B/c);" },
    { text: "- Ban TĐ-KT tỉnh (B/c);" },
    { text: "\tCHỦ TỊCH" },
    { text: "\t- Lưu VT." },
    { text: "" },
    { text: "\tNguyễn Văn An" },
  ];
  const model = createModel({ paragraphs: lines });
  const a = analyze(model);
  it("separates items from the signature lines", () => {
    expect(a.closing.recipientsTitle).toBe(3);
    expect(a.closing.recipients).toEqual([5, 6, 8]);
    expect(a.closing.signatureLines).toEqual([4, 7]);
    expect(a.closing.signerName).toBe(10);
    expect(a.bodyEnd).toBe(3);
  });
});

describe("analyze: normative structure and appendices", () => {
  const model = createModel({
    paragraphs: [
      { text: "QUYẾT ĐỊNH", format: centre },
      { text: "Ban hành Quy chế làm việc", format: centre },
      { text: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", format: centre },
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
      "Theo đề nghị của Giám đốc Sở Nội vụ.",
      { text: "QUYẾT ĐỊNH:", format: centre },
      { text: "Chương I", format: centre },
      { text: "QUY ĐỊNH CHUNG", format: centre },
      "Điều 1. Phạm vi điều chỉnh",
      "1. Quy chế này quy định về công tác văn thư.",
      "a) Điểm một;",
      "Điều 2. Hiệu lực thi hành./.",
      { text: "Nơi nhận:" },
      "- Lưu: VT, NC.",
      { text: "CHỦ TỊCH", format: centre },
      { text: "Nguyễn Văn An", format: centre },
      { text: "Phụ lục I", format: centre },
      { text: "DANH MỤC HỒ SƠ", format: centre },
      { text: "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2024)", format: centre },
      { text: "Danh mục gồm các hồ sơ sau:", list: null },
      { text: "Hồ sơ công tác", list: { numId: 3, level: 0, label: "I.", format: "upperRoman" } },
    ],
  });
  const a = analyze(model);
  it("finds the authority, the legal basis and the enacting line", () => {
    expect(a.docType).toBe("quyet-dinh");
    expect(a.header.authority).toEqual([2]);
    expect(a.header.legalBasis).toEqual([3, 4]);
    expect(a.header.enacting).toBe(5);
    expect(a.normative).toBe(true);
  });
  it("levels Chương, Điều, khoản, điểm and keeps the Chương title out of the body", () => {
    expect(a.headings.filter((h) => h.appendix === 0).map((h) => [h.scheme, h.level])).toEqual([
      ["chuong", 1],
      ["dieu", 2],
      ["khoan", 3],
      ["diem", 4],
      ["dieu", 2],
    ]);
    expect(a.furniture.has(7)).toBe(true);
  });
  it("stops the body at the closing, finds the signature without a mark and the Phụ lục with its list heading", () => {
    expect(a.bodyEnd).toBe(12);
    expect(a.closing.signatureLines).toEqual([14]);
    expect(a.closing.signerName).toBe(15);
    expect(a.appendices).toEqual([{ paragraph: 16, label: "Phụ lục I" }]);
    expect(a.bodyRanges).toEqual([
      { start: 3, end: 12, appendix: 0 },
      { start: 19, end: 21, appendix: 1 },
    ]);
    expect(a.headings.find((h) => h.appendix === 1)).toMatchObject({
      paragraph: 20,
      scheme: "roman",
      fromList: true,
      values: [1],
    });
  });
});

describe("analyze: Party header and lines drawn other ways", () => {
  const model = createModel({
    paragraphs: [
      { text: "ĐẢNG BỘ TỈNH LẠNG SƠN", format: centre, cell: { table: 0, row: 0, col: 0 } },
      { text: "BAN TUYÊN GIÁO", run: { bold: true }, format: centre, cell: { table: 0, row: 0, col: 0 } },
      { text: "*", format: centre, cell: { table: 0, row: 0, col: 0 } },
      { text: "Số 127-KH/BTGTU", format: centre, cell: { table: 0, row: 0, col: 0 } },
      {
        text: "ĐẢNG CỘNG SẢN VIỆT NAM",
        run: { bold: true },
        format: centre,
        cell: { table: 0, row: 0, col: 1 },
      },
      {
        text: "",
        format: { ...centre, borders: { top: false, bottom: true } },
        cell: { table: 0, row: 0, col: 1 },
      },
      {
        text: "Lạng Sơn, ngày 05 tháng 3 năm 2024",
        run: { italic: true },
        format: centre,
        cell: { table: 0, row: 0, col: 1 },
      },
      { text: "KẾ HOẠCH", format: centre },
      { text: "Tuyên truyền kỷ niệm ngày thành lập Đảng\n_______", format: centre },
      "Nội dung.",
    ],
  });
  const a = analyze(model);
  it("reads the Party title, the number without colon, and both lines", () => {
    expect(a.header.nationalTitle).toBe(4);
    expect(a.header.docNumber).toBe(3);
    expect(a.header.agencyName).toEqual([1]);
    expect(a.header.parentAgency).toEqual([0]);
    expect(a.linesUnder.has(4)).toBe(true);
    expect(a.linesUnder.has(8)).toBe(true);
    expect(a.bodyStart).toBe(9);
  });
});

describe("analyze: body lines that only look like closing lines", () => {
  const model = createModel({
    paragraphs: [
      { text: "THÔNG BÁO", format: centre },
      { text: "Tuyển dụng viên chức năm 2024", format: centre },
      "Nơi nhận hồ sơ: Văn phòng Sở Nội vụ, số 2 đường Hùng Vương.",
      "Số lượng: 05 chỉ tiêu; thời gian nhận hồ sơ đến hết ngày 30 tháng 6 năm 2024.",
      "Nơi nhận:",
      "- Lưu: VT, VP.",
    ],
  });
  const a = analyze(model);
  it("keeps them in the body", () => {
    expect(a.docType).toBe("thong-bao");
    expect(a.header.docNumber).toBeNull();
    expect(a.header.placeDate).toBeNull();
    expect(a.bodyStart).toBe(2);
    expect(a.bodyEnd).toBe(4);
    expect(a.closing.recipients).toEqual([5]);
  });
});
