import { decodeVni } from "../../../src/core/vietnamese/vni";

// VNI-Windows letter by letter: each line is a vowel with its tones (none, huyền, hỏi, ngã, sắc, nặng) and its
// VNI spelling, written out from the VNI chart (base letter + mark byte, or a single byte).
const TABLE: [string, string][] = [
  ["a à ả ã á ạ", "a aø aû aõ aù aï"],
  ["ă ằ ẳ ẵ ắ ặ", "aê aè aú aü aé aë"],
  ["â ầ ẩ ẫ ấ ậ", "aâ aà aå aã aá aä"],
  ["e è ẻ ẽ é ẹ", "e eø eû eõ eù eï"],
  ["ê ề ể ễ ế ệ", "eâ eà eå eã eá eä"],
  ["i ì ỉ ĩ í ị", "i ì æ ó í ò"],
  ["o ò ỏ õ ó ọ", "o oø oû oõ où oï"],
  ["ô ồ ổ ỗ ố ộ", "oâ oà oå oã oá oä"],
  ["ơ ờ ở ỡ ớ ợ", "ô ôø ôû ôõ ôù ôï"],
  ["u ù ủ ũ ú ụ", "u uø uû uõ uù uï"],
  ["ư ừ ử ữ ứ ự", "ö öø öû öõ öù öï"],
  ["y ỳ ỷ ỹ ý ỵ", "y yø yû yõ yù î"],
  ["đ", "ñ"],
  ["A À Ả Ã Á Ạ", "A AØ AÛ AÕ AÙ AÏ"],
  ["Ă Ằ Ẳ Ẵ Ắ Ặ", "AÊ AÈ AÚ AÜ AÉ AË"],
  ["Â Ầ Ẩ Ẫ Ấ Ậ", "AÂ AÀ AÅ AÃ AÁ AÄ"],
  ["E È Ẻ Ẽ É Ẹ", "E EØ EÛ EÕ EÙ EÏ"],
  ["Ê Ề Ể Ễ Ế Ệ", "EÂ EÀ EÅ EÃ EÁ EÄ"],
  ["I Ì Ỉ Ĩ Í Ị", "I Ì Æ Ó Í Ò"],
  ["O Ò Ỏ Õ Ó Ọ", "O OØ OÛ OÕ OÙ OÏ"],
  ["Ô Ồ Ổ Ỗ Ố Ộ", "OÂ OÀ OÅ OÃ OÁ OÄ"],
  ["Ơ Ờ Ở Ỡ Ớ Ợ", "Ô ÔØ ÔÛ ÔÕ ÔÙ ÔÏ"],
  ["U Ù Ủ Ũ Ú Ụ", "U UØ UÛ UÕ UÙ UÏ"],
  ["Ư Ừ Ử Ữ Ứ Ự", "Ö ÖØ ÖÛ ÖÕ ÖÙ ÖÏ"],
  ["Y Ỳ Ỷ Ỹ Ý Ỵ", "Y YØ YÛ YÕ YÙ Î"],
  ["Đ", "Ñ"],
];

const cases = TABLE.flatMap(([letters, vni]) => {
  const codes = vni.split(" ");
  return letters.split(" ").map((letter, i) => [letter, codes[i]] as [string, string]);
});

describe("VNI → Unicode", () => {
  it("covers 146 letters (12 vowels × 6 tones, đ, in both cases)", () => expect(cases).toHaveLength(146));

  it.each(cases)("%s ← %s", (letter, vni) => {
    expect(decodeVni(vni)).toBe(letter);
    // Inside a word, followed by a consonant.
    expect(decodeVni(`t${vni}n`)).toBe(`t${letter}n`);
  });

  it("decodes sentences", () => {
    expect(decodeVni("Xin chaøo caùc baïn")).toBe("Xin chào các bạn");
    expect(decodeVni("Tieáng Vieät raát hay")).toBe("Tiếng Việt rất hay");
    expect(decodeVni("UÛy ban")).toBe("Ủy ban");
    expect(decodeVni("Uyû ban nhaân daân tænh Laïng Sôn")).toBe("Uỷ ban nhân dân tỉnh Lạng Sơn");
    expect(decodeVni("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(decodeVni("Ñoäc laäp - Töï do - Haïnh phuùc")).toBe("Độc lập - Tự do - Hạnh phúc");
  });

  it("keeps ASCII, digits and punctuation", () => {
    expect(decodeVni("Soá: 04/KH-UBND, 10/01/2017.")).toBe("Số: 04/KH-UBND, 10/01/2017.");
  });
});
