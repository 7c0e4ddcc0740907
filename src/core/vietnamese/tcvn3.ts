// TCVN3 (ABC, TCVN 5712:1993 VN3): an 8-bit code for the .VnTime family. Lower-case letters with every tone have
// codes; upper case has only the seven base letters Ă Â Ê Ô Ơ Ư Đ. Upper-case fonts (.VnTimeH…) draw capitals
// from the lower-case codes, so their text is decoded and then upper-cased.

/** Byte code → letter. Codes not listed are plain ASCII/Latin-1 and stay as they are. */
// prettier-ignore
export const TCVN3_TO_UNICODE: Readonly<Record<number, string>> = {
  0xa1: "Ă", 0xa2: "Â", 0xa3: "Ê", 0xa4: "Ô", 0xa5: "Ơ",
  0xa6: "Ư", 0xa7: "Đ", 0xa8: "ă", 0xa9: "â", 0xaa: "ê",
  0xab: "ô", 0xac: "ơ", 0xad: "ư", 0xae: "đ", 0xb5: "à",
  0xb6: "ả", 0xb7: "ã", 0xb8: "á", 0xb9: "ạ", 0xbb: "ằ",
  0xbc: "ẳ", 0xbd: "ẵ", 0xbe: "ắ", 0xc6: "ặ", 0xc7: "ầ",
  0xc8: "ẩ", 0xc9: "ẫ", 0xca: "ấ", 0xcb: "ậ", 0xcc: "è",
  0xce: "ẻ", 0xcf: "ẽ", 0xd0: "é", 0xd1: "ẹ", 0xd2: "ề",
  0xd3: "ể", 0xd4: "ễ", 0xd5: "ế", 0xd6: "ệ", 0xd7: "ì",
  0xd8: "ỉ", 0xdc: "ĩ", 0xdd: "í", 0xde: "ị", 0xdf: "ò",
  0xe1: "ỏ", 0xe2: "õ", 0xe3: "ó", 0xe4: "ọ", 0xe5: "ồ",
  0xe6: "ổ", 0xe7: "ỗ", 0xe8: "ố", 0xe9: "ộ", 0xea: "ờ",
  0xeb: "ở", 0xec: "ỡ", 0xed: "ớ", 0xee: "ợ", 0xef: "ù",
  0xf1: "ủ", 0xf2: "ũ", 0xf3: "ú", 0xf4: "ụ", 0xf5: "ừ",
  0xf6: "ử", 0xf7: "ữ", 0xf8: "ứ", 0xf9: "ự", 0xfa: "ỳ",
  0xfb: "ỷ", 0xfc: "ỹ", 0xfd: "ý", 0xfe: "ỵ",
};

/** The byte a character stands for: Latin-1 code points as stored by Word, or the symbol-font area U+F000–U+F0FF. */
export function legacyByte(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 0xf000 && code <= 0xf0ff) return code - 0xf000;
  return code;
}

export function decodeTcvn3(text: string, upper = false): string {
  let out = "";
  for (const ch of text) {
    const letter = TCVN3_TO_UNICODE[legacyByte(ch)];
    out += letter ?? (legacyByte(ch) !== ch.charCodeAt(0) ? String.fromCharCode(legacyByte(ch)) : ch);
  }
  return upper ? out.toUpperCase() : out;
}

/**
 * Codes that mark TCVN3 text when they sit next to a letter: the letter codes above minus those that are also
 * ordinary Vietnamese letters in Unicode (á, à, ê, ô…) and minus ×, which is a multiplication sign.
 */
export const TCVN3_TELLTALES = new Set(
  Object.keys(TCVN3_TO_UNICODE)
    .map(Number)
    .map((b) => String.fromCharCode(b))
    .filter((ch) => !/[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ×]/.test(ch)),
);
