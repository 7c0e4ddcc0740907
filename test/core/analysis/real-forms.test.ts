// Issue 12, round 2: false alarms met on a commune's Fatherland Front documents (labelled real corpus), each
// reproduced on a document of my own: a Phụ lục that holds fill-in forms with their own header, an enacting line
// "QUYẾT ĐỊNH" typed without its colon, an ellipsis closing an enumeration inside a sentence.
import { analyze } from "../../../src/core/analysis/analyze";
import { readDocx } from "../../../src/core/ooxml/read";
import { check, prepareCheck } from "../../../src/core/rules/engine";
import { bodyPara, centred, closing, docx, p, r, table } from "../fixtures/real-layouts";

const BODY_RULES = ["body-alignment", "body-indent", "body-spacing", "body-font-size"];

function header(typeAbbr: string): string {
  return table(
    [3969, 5529],
    [
      [
        [
          centred(r("ỦY BAN MTTQ VIỆT NAM", { sz: 13 })),
          centred(r("XÃ LƯƠNG MINH", { sz: 13 })),
          p(r("BAN THƯỜNG TRỰC", { b: true, sz: 13 }), { jc: "center" }).replace(
            "<w:pPr>",
            '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>',
          ),
          centred(r(`Số: 16/${typeAbbr}-MTTQ-BTT`, { sz: 13 })),
        ],
        [
          centred(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 13 })),
          p(r("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 14 }), { jc: "center" }).replace(
            "<w:pPr>",
            '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>',
          ),
          centred(r("Lương Minh, ngày 18 tháng 11 năm 2025", { i: true, sz: 14 })),
        ],
      ],
    ],
  );
}

const underlined = (text: string) =>
  p(r(text, { b: true }), { jc: "center" }).replace(
    "<w:pPr>",
    '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>',
  );

/** Header, tên loại and trích yếu (with its line) of a Front document. */
const opening = (abbr: string, type: string, summary: string, date?: string) =>
  (date ? header(abbr).replace("ngày 18 tháng 11 năm 2025", date) : header(abbr)) +
  p("") +
  centred(r(type, { b: true })) +
  underlined(summary);

/** Nơi nhận and the standing board's signature. */
const frontClosing = closing([
  centred(r("TM. BAN THƯỜNG TRỰC", { b: true })),
  centred(r("CHỦ TỊCH", { b: true })),
  centred(r("Lan Thị Vân", { b: true })),
]);

/** One fill-in form as Fronts attach them: "Mẫu số …" on the right, its own header table, 12 pt left-aligned lines. */
function form(code: string, title: string): string {
  return (
    p(r(`Mẫu số ${code}`, { i: true, sz: 12 }), { jc: "right" }) +
    table(
      [3969, 5529],
      [
        [
          [centred(r("………………….", { sz: 13 })), centred(r("……………………", { b: true, sz: 13 }))],
          [
            centred(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 13 })),
            centred(r("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 14 })),
          ],
        ],
      ],
    ) +
    centred(r(title, { b: true, sz: 12 })) +
    p(r("Hồi….. giờ…… ngày….. tháng 12 năm 2025, tại ……………… đã tiến hành hội nghị cử tri.", { sz: 12 })) +
    p(r("- Họ và tên người chủ trì hội nghị: ……………….", { sz: 12 })) +
    p(r("Ghi chú: (1) Tên gọi của cơ quan, tổ chức.", { sz: 11 }))
  );
}

function plan(appendix: string): Uint8Array {
  return docx(
    opening("KH", "KẾ HOẠCH", "Tổ chức các hội nghị hiệp thương nhiệm kỳ 2026 - 2031") +
      bodyPara("Ban Thường trực Ủy ban MTTQ Việt Nam xã ban hành kế hoạch tổ chức các hội nghị như sau.") +
      bodyPara("Trên đây là kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã./.") +
      frontClosing +
      centred(r("PHỤ LỤC", { b: true })) +
      centred(r("(Kèm theo Kế hoạch số 16/KH-MTTQ-BTT ngày 18/11/2025)", { i: true })) +
      appendix,
  );
}

describe("a Phụ lục of fill-in forms", () => {
  const forms =
    form("01/HNCT", "BIÊN BẢN HỘI NGHỊ CỬ TRI NƠI CÔNG TÁC") + form("02/HNCT", "PHIẾU LẤY Ý KIẾN");

  it("does not judge the forms as body text", () => {
    const found = check(readDocx(plan(forms)), { rules: BODY_RULES });
    expect(found).toEqual([]);
  });

  it("still judges the prose of the Phụ lục before its forms", () => {
    const prose = p(r("Thời gian thực hiện các bước của hội nghị hiệp thương lần thứ nhất.", { sz: 12 }), {
      jc: "both",
      firstLine: 567,
      after: 120,
    });
    const model = readDocx(plan(prose + forms));
    const found = check(model, { rules: BODY_RULES });
    expect(found.map((f) => [f.rule, model.paragraphs[f.paragraph ?? -1].text])).toEqual([
      ["body-font-size", "Thời gian thực hiện các bước của hội nghị hiệp thương lần thứ nhất."],
    ]);
  });
});

describe("an enacting line typed without its colon", () => {
  const decision = (enacting: string) =>
    docx(
      opening("QĐ", "QUYẾT ĐỊNH", "Về việc thành lập Tổ tiếp công dân phục vụ bầu cử") +
        centred(r("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", { b: true })) +
        p(r("Căn cứ Luật Mặt trận Tổ quốc Việt Nam;", { i: true }), {
          jc: "both",
          firstLine: 567,
          after: 120,
        }) +
        p(r("Theo đề nghị của bộ phận chuyên môn.", { i: true }), {
          jc: "both",
          firstLine: 567,
          after: 120,
        }) +
        centred(r(enacting, { b: true })) +
        bodyPara("Điều 1. Thành lập Tổ tiếp công dân phục vụ bầu cử.") +
        bodyPara("Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.") +
        frontClosing,
    );

  it("finds it right before Điều 1 and does not judge it as a body paragraph", () => {
    const model = readDocx(decision("QUYẾT ĐỊNH"));
    const enacting = model.paragraphs.findIndex((q, i) => i > 10 && q.text === "QUYẾT ĐỊNH");
    expect(analyze(model).header.enacting).toBe(enacting);
    expect(check(model, { rules: BODY_RULES })).toEqual([]);
  });
});

describe("an ellipsis closing an enumeration inside a sentence", () => {
  const plain = (text: string) =>
    docx(
      opening("KH", "KẾ HOẠCH", "Tuyên truyền về bầu cử") +
        bodyPara(text) +
        bodyPara("Trên đây là kế hoạch tuyên truyền./.") +
        closing(),
    );

  it("is not a blank to fill", () => {
    const text =
      "Tuyên truyền qua loa truyền thanh, pano, áp phích, băng rôn, phát tờ rơi… nhằm tạo sự lan tỏa trong nhân dân.";
    expect(check(readDocx(plain(text)), { rules: ["placeholder"] })).toEqual([]);
  });

  it("still reports dots left for a value", () => {
    const found = check(readDocx(plain("Họ và tên người phụ trách: Nguyễn Văn… chịu trách nhiệm.")), {
      rules: ["placeholder"],
    });
    expect(found.map((f) => f.rule)).toEqual(["placeholder"]);
  });
});

describe("a citizen's đơn or tờ khai", () => {
  const AGENCY_RULES = [
    "agency-name",
    "doc-number",
    "place-date",
    "doc-title",
    "signature",
    "recipients",
    "addressee",
  ];
  const paper = (title: string, sub: string, nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") =>
    docx(
      centred(r(nationalTitle, { b: true, sz: 13 })) +
        underlined("Độc lập - Tự do - Hạnh phúc") +
        p("") +
        centred(r(title, { b: true, sz: 16 })) +
        centred(r(sub, { i: true })) +
        p(r("Kính gửi: Ủy ban nhân dân phường ........................")) +
        p(r("Họ, chữ đệm, tên người yêu cầu: ....................................")) +
        p(r("Nơi cư trú: ........................................................")) +
        p(r("……………, ngày ….. tháng ….. năm ……"), { jc: "right" }) +
        centred(r("NGƯỜI LÀM ĐƠN", { b: true })) +
        centred(r("(Ký, ghi rõ họ tên)", { i: true })),
    );

  it.each([
    ["ĐƠN KHỞI KIỆN", "(V/v: Ly hôn)"],
    [
      "TỜ KHAI ĐĂNG KÝ KẾT HÔN",
      "(Ban hành kèm theo Thông tư số 04/2020/TT-BTP ngày 28/12/2020 của Bộ Tư pháp)",
    ],
    ["GIẤY ĐỀ NGHỊ CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH", ""],
  ])("is not judged as an agency's document (%s)", (title, sub) => {
    const model = readDocx(paper(title, sub));
    expect(analyze(model).personal).toBe(true);
    expect(check(model, { rules: AGENCY_RULES })).toEqual([]);
  });

  it("keeps the Quốc hiệu and Tiêu ngữ rules", () => {
    const model = readDocx(paper("ĐƠN ĐỀ NGHỊ ĐĂNG KÝ THƯỜNG TRÚ", "", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    const found = check(model, { rules: ["national-title", "motto"] });
    expect(found.map((f) => f.rule)).toEqual(["national-title"]);
  });
});

describe("căn cứ lines that do not begin with “Căn cứ”", () => {
  const decision = (preamble: string[], enacting: string | null) =>
    docx(
      opening("QĐ", "QUYẾT ĐỊNH", "Về việc bổ nhiệm Phó Giám đốc Sở") +
        preamble.map((t) => p(r(t, { i: true }), { jc: "both", firstLine: 567, after: 120 })).join("") +
        (enacting === null ? "" : centred(r(enacting, { b: true }))) +
        bodyPara("Điều 1. Bổ nhiệm bà Nguyễn Thị A giữ chức vụ Phó Giám đốc Sở.") +
        bodyPara("Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.") +
        closing(),
    );
  const lines = [
    "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Nghị định số 138/2020/NĐ-CP ngày 27 tháng 11 năm 2020 của Chính phủ quy định về công chức,",
    "Theo đề nghị của Trưởng phòng Tổ chức cán bộ,",
  ];

  it.each([
    ["before the enacting line", "QUYẾT ĐỊNH:"],
    ["right before Điều 1, with no enacting line", null],
  ])("are read as the căn cứ list (%s)", (_name, enacting) => {
    const model = readDocx(decision(lines, enacting));
    const found = check(model, { rules: ["basis"] });
    expect(found.map((f) => model.paragraphs[f.paragraph ?? -1].text)).toEqual([lines[1], lines[2]]);
  });

  it("a correct list of such lines gets nothing", () => {
    const good = [lines[0], lines[1].replace(/,$/, ";"), lines[2].replace(/,$/, ".")];
    expect(check(readDocx(decision(good, "QUYẾT ĐỊNH:")), { rules: ["basis"] })).toEqual([]);
  });
});

describe("a date line with its day left blank", () => {
  beforeAll(() => prepareCheck({ rules: ["admin-units"] }));
  const plan = (date: string) =>
    docx(
      opening("KH", "KẾ HOẠCH", "Tuyên truyền về bầu cử", date) +
        bodyPara("Phối hợp với Ủy ban nhân dân huyện Ba Chẽ tổ chức tuyên truyền.") +
        bodyPara("Trên đây là kế hoạch tuyên truyền./.") +
        closing(),
    );

  it("still places the document after 01/7/2025", () => {
    const model = readDocx(plan("ngày      tháng 3 năm 2026"));
    expect(analyze(model).dateMonth).toEqual({ month: 3, year: 2026 });
    expect(check(model, { rules: ["admin-units"] }).map((f) => f.excerpt)).toEqual([
      expect.stringContaining("huyện Ba Chẽ"),
    ]);
  });

  it("says nothing of a document before the reform, whose day it cannot name", () => {
    expect(check(readDocx(plan("ngày      tháng 3 năm 2025")), { rules: ["admin-units"] })).toEqual([]);
  });
});

describe("headings of a plan as Word splits them", () => {
  const plan = (items: string) =>
    docx(
      opening("KH", "KẾ HOẠCH", "Tuyên truyền về bầu cử") +
        items +
        bodyPara("Trên đây là kế hoạch./.") +
        frontClosing,
    );
  const heading = (runs: string) => p(runs, { jc: "both", firstLine: 720, after: 120 });

  it("a Roman heading whose dot alone is not bold is bold", () => {
    const doc = plan(
      heading(r("III", { b: true }) + r(".") + r(" HÌNH THỨC TUYÊN TRUYỀN", { b: true })) +
        bodyPara("Tuyên truyền qua hệ thống loa truyền thanh của xã."),
    );
    expect(check(readDocx(doc), { rules: ["heading-style"] })).toEqual([]);
  });

  it("slogans numbered 1., 2. are content, not titled khoản; a plain khoản title is still reported", () => {
    const doc = plan(
      heading(r("I. KHẨU HIỆU TUYÊN TRUYỀN", { b: true })) +
        heading(r("1. Nhiệt liệt chào mừng Ngày bầu cử đại biểu Quốc hội khóa XVI!")) +
        heading(r("2. Ngày bầu cử là Ngày hội của toàn dân!")) +
        heading(r("II. TỔ CHỨC THỰC HIỆN", { b: true })) +
        heading(r("1. Ban Thường trực Ủy ban MTTQ xã")) +
        bodyPara("Chủ trì triển khai kế hoạch này."),
    );
    const model = readDocx(doc);
    const found = check(model, { rules: ["heading-style"] });
    expect(found.map((f) => model.paragraphs[f.paragraph ?? -1].text)).toEqual([
      "1. Ban Thường trực Ủy ban MTTQ xã",
    ]);
  });
});
