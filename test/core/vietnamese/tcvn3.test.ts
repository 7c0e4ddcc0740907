import { decodeTcvn3 } from "../../../src/core/vietnamese/tcvn3";

// TCVN3 (ABC) letter by letter: each line is a vowel with its tones (none, huyền, hỏi, ngã, sắc, nặng) and the
// byte codes, written out from the TCVN 5712:1993 VN3 chart. 0 means the base letter is plain ASCII.
const LOWER: [string, number[]][] = [
  ["a à ả ã á ạ", [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ["ă ằ ẳ ẵ ắ ặ", [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ["â ầ ẩ ẫ ấ ậ", [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ["e è ẻ ẽ é ẹ", [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ["ê ề ể ễ ế ệ", [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ["i ì ỉ ĩ í ị", [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ["o ò ỏ õ ó ọ", [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ["ô ồ ổ ỗ ố ộ", [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ["ơ ờ ở ỡ ớ ợ", [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ["u ù ủ ũ ú ụ", [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ["ư ừ ử ữ ứ ự", [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ["y ỳ ỷ ỹ ý ỵ", [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
  ["đ", [0xae]],
];
const UPPER_BASE: [string, number][] = [
  ["Ă", 0xa1],
  ["Â", 0xa2],
  ["Ê", 0xa3],
  ["Ô", 0xa4],
  ["Ơ", 0xa5],
  ["Ư", 0xa6],
  ["Đ", 0xa7],
];

const cases = LOWER.flatMap(([letters, codes]) =>
  letters.split(" ").map((letter, i) => [letter, codes[i]] as [string, number]),
);

describe("TCVN3 → Unicode", () => {
  it("covers 73 lower-case letters (12 vowels × 6 tones, đ)", () => expect(cases).toHaveLength(73));

  it.each(cases)("%s", (letter, code) => {
    expect(decodeTcvn3(String.fromCharCode(code))).toBe(letter);
    // Upper-case fonts (.VnTimeH) draw capitals from the same codes.
    expect(decodeTcvn3(String.fromCharCode(code), true)).toBe(letter.toUpperCase());
    // Symbol-font storage (U+F000 + byte) decodes the same way.
    if (code > 0x7f) expect(decodeTcvn3(String.fromCharCode(0xf000 + code))).toBe(letter);
  });

  it.each(UPPER_BASE)("%s", (letter, code) => expect(decodeTcvn3(String.fromCharCode(code))).toBe(letter));

  it("decodes mis-rendered administrative text", () => {
    expect(decodeTcvn3("Uû ban nh©n d©n")).toBe("Uỷ ban nhân dân");
    expect(decodeTcvn3("M« h×nh hãa vµ m« pháng")).toBe("Mô hình hóa và mô phỏng");
    expect(decodeTcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe("Cộng hoà xã hội chủ nghĩa Việt Nam");
    expect(decodeTcvn3("§éc lËp - Tù do - H¹nh phóc")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(decodeTcvn3("céng hßa x· héi chñ nghÜa viÖt nam", true)).toBe(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    );
  });

  it("keeps ASCII, digits and punctuation", () => {
    expect(decodeTcvn3("Sè: 04/KH-UBND, 10/01/2017.")).toBe("Số: 04/KH-UBND, 10/01/2017.");
  });
});
