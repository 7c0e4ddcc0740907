import { parseHeadingLabel } from "../../../src/core/analysis/headings";

const parsed = (text: string) => {
  const label = parseHeadingLabel(text);
  return label && [label.scheme, label.label, label.values];
};

describe("parseHeadingLabel", () => {
  it.each([
    ["I. MỤC ĐÍCH, YÊU CẦU", ["roman", "I.", [1]]],
    ["II.NỘI DUNG", ["roman", "II.", [2]]],
    ["1.2.3. Đối tượng", ["decimal3", "1.2.3.", [1, 2, 3]]],
    ["1.2.3 Đối tượng", ["decimal3", "1.2.3", [1, 2, 3]]],
    ["1.2. nội dung", ["decimal2", "1.2.", [1, 2]]],
    ["1.2 Nội dung", ["decimal2", "1.2", [1, 2]]],
    ["3) Tổ chức", ["decimal", "3)", [3]]],
    ["12.Đoàn thanh niên", ["decimal", "12.", [12]]],
  ])("reads %j", (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each(["1.5 lần so với", "1.2 triệu đồng", "2.5.", "I.v.v", "10.000 người", "1."])(
    "does not take %j for a heading label",
    (text) => {
      expect(parsed(text)).toBeNull();
    },
  );
});
