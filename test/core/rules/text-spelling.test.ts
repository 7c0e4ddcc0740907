import { CONFUSIONS, CONFUSION_SOURCES } from "../../../src/core/data/spelling/confusions";
import { spellingData } from "../../../src/core/data/spelling";
import { loadDatasets } from "../../../src/core/rules/datasets";
import { textSpelling } from "../../../src/core/rules/text-spelling";
import { isSyllable } from "../../../src/core/vietnamese/lexicon";
import { check, fixed } from "./text-context";

beforeAll(() => loadDatasets(["spelling"]));

describe("text-spelling", () => {
  it.each([
    ["Đề nghị các đơn vị thựx hiện nghiêm túc.", "thựx", undefined, "phụ âm cuối “x”"],
    ["Mọi ngừoi dân đều được tham gia.", "ngừoi", "người", "vần “ưoi”"],
    ["Việc này khôngg thể chậm trễ.", "khôngg", "không", "phụ âm cuối “ngg”"],
    ["Cần nghiêm túc thực hiện nhưgn phải linh hoạt.", "nhưgn", "nhưng", "phụ âm cuối “gn”"],
    ["Tổ chức tòan dân tham gia.", "tòan", "toàn", "dấu đặt sai chỗ"],
    ["Cuộc vận động xây dựng nông thôn mới đã đạt kết quả thàt sự.", "thàt", undefined, "chỉ mang dấu sắc"],
    ["Phong trào thi đua yêu nước vieetj nam.", "vieetj", "việt", "phím gõ Telex"],
    ["Các xã ddaay là nơi khó khăn.", "ddaay", "đây", "phím gõ Telex"],
    ["Phát huy tinh thần nghiêmj túc.", "nghiêmj", "nghiệm", "phím gõ Telex"],
    ["Ban hành văn bản tie61ng Việt chuẩn.", "tie61ng", "tiếng", "phím gõ VNI"],
    ["Phụ trách thuowngf trực.", "thuowngf", "thường", "phím gõ Telex"],
    ["Giao phòng chuyên môn sử lý hồ sơ.", "sử lý", "xử lý", "Viết nhầm"],
    ["Sử lý nghiêm các vi phạm.", "Sử lý", "Xử lý", "Viết nhầm"],
    ["Bác sĩ chuẩn đoán bệnh sớm.", "chuẩn đoán", "chẩn đoán", "Viết nhầm"],
    ["Thực hiện xát nhập thôn, tổ dân phố.", "xát nhập", "sáp nhập", "VTC News"],
    ["Không được có thái độ bàng quang với việc chung.", "bàng quang", "bàng quan", "Viết nhầm"],
    ["Cần khắc phục yếu điểm trong công tác quản lý.", "yếu điểm", "điểm yếu", "Viết nhầm"],
    ["Tổ chức cho đoàn viên thăm quan di tích.", "thăm quan", "tham quan", "Viết nhầm"],
    ["Ưu tiên giành kinh phí cho giáo dục.", "giành kinh phí", "dành kinh phí", "Viết nhầm"],
    ["Quyết tâm dành thắng lợi toàn diện.", "dành thắng lợi", "giành thắng lợi", "Viết nhầm"],
    ["Thường xuyên cập nhập thông tin.", "cập nhập", "cập nhật", "Viết nhầm"],
    ["Tăng cường cũng cố tổ chức cơ sở.", "cũng cố", "củng cố", "Viết nhầm"],
    ["Nâng cao năng xuất lao động.", "năng xuất", "năng suất", "Viết nhầm"],
  ])("%s", (text, span, replacement, message) => {
    const [f, ...rest] = check(textSpelling, [text]);
    expect(rest).toEqual([]);
    expect(text.slice(f.span!.start, f.span!.end)).toBe(span);
    expect(f.message).toContain(message);
    if (replacement === undefined) expect(f.fix).toBeUndefined();
    else {
      expect(f.fix!.edits[0]).toMatchObject({ kind: "replaceText", replacement });
      expect(check(textSpelling, fixed([text], f))).toEqual([]);
    }
  });

  it.each([
    "Ủy ban nhân dân tỉnh Lạng Sơn ban hành Kế hoạch số 04/KH-UBND ngày 10/01/2017.",
    "Thực hiện Luật số 06/2022/QH15 và Nghị định số 30/2020/NĐ-CP.",
    "Liên hệ: vanthu@langson.gov.vn hoặc www.langson.gov.vn, điện thoại 0205.3812.345.",
    "Phòng, chống dịch COVID-19 trên môi trường internet, online và qua website, email.",
    "Các huyện Đắk Lắk, Krông Búk, Êa H'leo và thành phố Pleiku.",
    "Ví dụ: Vla-đi-mia I-lích Lê-nin, Phri-đrích Ăng-ghen, Mát-xcơ-va, ki-lô-mét.",
    "a) Nội dung thứ nhất; đ) Nội dung thứ năm.",
    "Hòa bình, hoà bình, thủy lợi, thuỷ lợi, quí, quý, lí luận, lý luận, kĩ thuật, kỹ thuật.",
    "Khả năng xuất khẩu tăng; dấu hiệu xuất hiện; thành công xuất sắc; giám sát nhập khẩu.",
    "Chúng ta cũng cố gắng hoàn thành; xem xét sử dụng nguồn vốn.",
    "Bàng quang là một cơ quan của cơ thể; yếu điểm của kế hoạch là nguồn lực.",
    "Giành được sự quan tâm; dành được thời gian; giành cho bằng được.",
    "The host reviewed the days list of our own team for the box office.",
    "Dùng “Microsoft Word” và phần mềm “Telex”, chữ nghiêng.",
    "Tham khảo “hash of sha256” và “days off”.",
    "Xin chaøo caùc baïn, nh©n d©n.",
  ])("accepts %s", (text) => expect(check(textSpelling, [text]).map((f) => f.message)).toEqual([]));

  it("leaves the organisation's own names and names passed as knownNames", () => {
    expect(check(textSpelling, ["Khu du lịch thựx rất đẹp."], { options: { knownNames: ["thựx"] } })).toEqual(
      [],
    );
    expect(check(textSpelling, ["Khu du lịch thựx rất đẹp."])).toHaveLength(1);
  });

  it("checks the text of headers and text boxes without a fix", () => {
    const [f] = check(textSpelling, {
      paragraphs: ["Nội dung.", { text: "Trang đầu: sử lý công việc", location: "header" }],
    });
    expect(f).toMatchObject({ paragraph: null });
    expect(f.fix).toBeUndefined();
  });
});

describe("the confusion list", () => {
  it("has at least 150 entries, each with a known source and a right form made of real syllables", () => {
    expect(CONFUSIONS.length).toBeGreaterThanOrEqual(150);
    for (const c of CONFUSIONS) {
      expect(CONFUSION_SOURCES[c.source]).toBeDefined();
      expect(c.wrong).not.toBe(c.right);
      expect(c.wrong).toBe(c.wrong.toLowerCase().normalize("NFC"));
      for (const w of c.right.split(" "))
        expect([c.right, w, isSyllable(spellingData.lexicon, w)]).toEqual([c.right, w, true]);
    }
  });
});
