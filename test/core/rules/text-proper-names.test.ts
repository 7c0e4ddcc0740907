import { textProperNames } from "../../../src/core/rules/text-proper-names";
import { check, fixed } from "./text-context";

describe("text-proper-names", () => {
  it.each([
    ["Căn cứ Kế hoạch của Uỷ Ban Nhân Dân tỉnh.", "Uỷ Ban Nhân Dân", "Uỷ ban nhân dân", "mục IV.1"],
    ["Gửi báo cáo về bộ Tài chính trước ngày 15.", "bộ Tài chính", "Bộ Tài chính", "mục IV.1"],
    ["Phối hợp với Sở Nội Vụ thẩm định.", "Sở Nội Vụ", "Sở Nội vụ", "mục IV.1"],
    [
      "Đề nghị Sở Giáo Dục và Đào Tạo hướng dẫn.",
      "Sở Giáo Dục và Đào Tạo",
      "Sở Giáo dục và Đào tạo",
      "mục IV.1",
    ],
    ["Theo chỉ đạo của Tỉnh Ủy về công tác cán bộ.", "Tỉnh Ủy", "Tỉnh ủy", "mục IV.1"],
    ["Ủy ban nhân dân Tỉnh Lạng Sơn ban hành.", "Tỉnh", "tỉnh", "mục III.1a"],
    ["Trụ sở đặt tại xã Tân Lang, Huyện Văn Lãng.", "Huyện", "huyện", "mục III.1a"],
    ["UBND Thành Phố Lạng Sơn chủ trì.", "Thành Phố", "thành phố", "mục III.1a"],
    ["Đoàn công tác làm việc tại thủ đô Hà Nội.", "thủ đô Hà Nội", "Thủ đô Hà Nội", "mục III.1c"],
    [
      "Học tập kinh nghiệm của thành phố Hồ Chí Minh.",
      "thành phố Hồ Chí Minh",
      "Thành phố Hồ Chí Minh",
      "mục III.1",
    ],
    ["Trình Chủ Tịch Ủy ban nhân dân tỉnh ký.", "Chủ Tịch", "Chủ tịch", "mục V.3"],
    ["Báo cáo thủ tướng Chính phủ kết quả.", "thủ tướng Chính phủ", "Thủ tướng Chính phủ", "mục V.3"],
    ["Giao Phó Giám Đốc Sở phụ trách.", "Phó Giám Đốc", "Phó Giám đốc", "mục V.3"],
    ["Thực hiện Luật Đất Đai năm 2013.", "Luật Đất Đai", "Luật Đất đai", "mục V.6"],
    ["Theo quy định của luật Đất đai.", "luật Đất đai", "Luật Đất đai", "mục V.6"],
    ["Xử lý theo Bộ Luật Hình sự.", "Bộ Luật Hình sự", "Bộ luật Hình sự", "mục V.6"],
    ["Theo quy định tại Khoản 2 Điều 5 của Luật.", "Khoản", "khoản", "mục V.7"],
    ["Quy định tại điểm a khoản 1 điều 24 của Nghị quyết.", "điều", "Điều", "mục V.7"],
    ["Tổ chức chu đáo dịp Tết Nguyên đán Đinh Dậu.", "Tết Nguyên đán", "tết Nguyên đán", "mục V.5, V.8, V.9"],
    ["Kỷ niệm ngày Quốc Khánh 2-9.", "Quốc Khánh", "Quốc khánh", "mục V.5, V.8, V.9"],
    [
      "Kỷ niệm Cách mạng Tháng Tám thành công.",
      "Cách mạng Tháng Tám",
      "Cách mạng tháng Tám",
      "mục V.5, V.8, V.9",
    ],
    ["Hội nghị họp vào tháng giêng năm sau.", "tháng giêng", "tháng Giêng", "mục V.8c"],
    ["Họp vào sáng thứ hai, ngày 06/3/2017.", "thứ hai", "thứ Hai", "mục V.8c"],
    ["Chăm lo đời sống của nhân dân trên địa bàn.", "nhân dân", "Nhân dân", "mục V.1, V.4"],
    ["Thực hiện tốt chủ trương của Đảng và nhà nước.", "nhà nước", "Nhà nước", "mục V.1, V.4"],
    ["Tuyệt đối trung thành với sự lãnh đạo của đảng.", "đảng", "Đảng", "mục V.1, V.4"],
  ])("%s", (text, span, replacement, locator) => {
    const [f, ...rest] = check(textProperNames, [text]);
    expect(rest).toEqual([]);
    expect(text.slice(f.span!.start, f.span!.end)).toBe(span);
    expect(f.message).toContain(`Phụ lục II, ${locator}`);
    expect(f.fix!.edits[0]).toMatchObject({ kind: "replaceText", replacement });
    expect(check(textProperNames, fixed([text], f))).toEqual([]);
  });

  it.each([
    "Ủy ban nhân dân tỉnh Lạng Sơn; Hội đồng nhân dân tỉnh Sơn La; Sở Tài chính; Bộ Tài nguyên và Môi trường.",
    "Tỉnh Lạng Sơn có 11 đơn vị hành chính cấp huyện.",
    "Tỉnh ủy, Huyện ủy, Thành ủy và Tỉnh đoàn Lạng Sơn.",
    "Trụ sở tại Quận 1, Phường Điện Biên Phủ, Phường Nguyễn Du.",
    "Chủ tịch Ủy ban nhân dân tỉnh, Phó Chủ tịch Ủy ban nhân dân huyện, Thủ tướng Chính phủ.",
    "Các ủy ban nhân dân các cấp, các bộ, ngành và chủ tịch các xã.",
    "Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự.",
    "Điều 5. Phạm vi điều chỉnh",
    "Khoản 2 quy định về thời hạn.",
    "Vào tết Nguyên đán, tết Trung thu; Tết đến, xuân về.",
    "Đại hội lần thứ hai, nhiệm kỳ thứ ba.",
    "Cán bộ, chiến sĩ công an nhân dân; Hội đồng nhân dân; đồng nhân dân tệ.",
    "Đảng viên của đảng bộ xã; các tổ chức đảng.",
    "Phụ nữ Việt Nam anh hùng, bất khuất; các nhà giáo Việt Nam.",
    "KẾ HOẠCH TỔ CHỨC TẾT NGUYÊN ĐÁN CỦA UBND TỈNH LẠNG SƠN",
    "Nhân dân, Nhà nước và Đảng Cộng sản Việt Nam.",
    "Hội đồng thi đua, khen thưởng các cấp.",
    "Tình hữu nghị với nhân dân Lào anh em.",
  ])("accepts %s", (text) => expect(check(textProperNames, [text]).map((f) => f.message)).toEqual([]));
});
