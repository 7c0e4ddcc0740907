import { textCapitalization } from "../../../src/core/rules/text-capitalization";
import { check, fixed } from "./text-context";

describe("text-capitalization", () => {
  it.each([
    ["khen thưởng kịp thời. tăng tỷ lệ khen thưởng", "t", "T", "“tăng” sau “thời.” nên viết “Tăng”"],
    ["Có đúng không? chưa rõ", "c", "C", "“chưa” sau “không?”"],
    ["Tuyệt vời! đơn vị đã hoàn thành", "đ", "Đ", "nên viết “Đơn”"],
    ["hoàn thành. “phong trào” được phát động", "p", "P", "nên viết “Phong”"],
    ["Ông Müller. ủy ban", "ủ", "Ủ", "nên viết “Ủy”"],
  ])("%s", (text, letter, capital, message) => {
    const [f, ...rest] = check(textCapitalization, [text]);
    expect(rest).toEqual([]);
    expect(f.message).toContain(message);
    expect(text.slice(f.span!.start, f.span!.end)).toBe(letter);
    expect(f.fix!.edits).toEqual([
      expect.objectContaining({ kind: "replaceText", expectedText: text, replacement: capital }),
    ]);
    expect(check(textCapitalization, fixed([text], f))).toEqual([]);
  });

  it.each([
    "2.1. tăng cường công tác",
    "a. nội dung thứ nhất",
    "Điều 3. trách nhiệm thi hành",
    "II. nội dung",
    "theo khoản 2 Điều 3. các cơ quan",
    "TM. ban thường trực",
    "TP. hồ chí minh",
    "thi viết, thi tìm hiểu... các hoạt động khác",
    "thi viết, thi tìm hiểu… các hoạt động khác",
    "các hoạt động v.v. được tổ chức",
    "đã thực hiện./. tiếp theo",
    "Xem tại website. iPhone và eKYC",
  ])("accepts %s", (text) => expect(check(textCapitalization, [text])).toEqual([]));
});
