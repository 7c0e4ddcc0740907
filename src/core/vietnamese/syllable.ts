// The structure of a Vietnamese syllable: onset + rime (medial, nucleus, coda) + one tone. A lower-case word of
// Vietnamese letters that cannot be split this way is not Vietnamese ("thựx", "ngừoi", "khôngg").

export type Tone = "" | "huyền" | "sắc" | "hỏi" | "ngã" | "nặng";

const TONE_OF: Record<string, Tone> = {
  "\u0300": "huyền",
  "\u0301": "sắc",
  "\u0309": "hỏi",
  "\u0303": "ngã",
  "\u0323": "nặng",
};

const TONE_MARK: Record<Exclude<Tone, "">, string> = {
  huyền: "\u0300",
  sắc: "\u0301",
  hỏi: "\u0309",
  ngã: "\u0303",
  nặng: "\u0323",
};

export interface Syllable {
  onset: string;
  /** The rime without its tone ("iêng", "oan", "ưu"). */
  rime: string;
  tone: Tone;
}

/** Why a word is not a syllable, in words a user reads after "vì". */
export type SyllableFault = { ok: false; reason: string };

/** The letters with vowel-quality marks kept and tone marks split off, or null when two tones are written. */
export function splitTone(word: string): { bare: string; tone: Tone; toneAt: number } | null {
  let bare = "";
  let tone: Tone = "";
  let toneAt = -1;
  for (const ch of word.normalize("NFD")) {
    const t = TONE_OF[ch];
    if (t === undefined) {
      bare += ch;
      continue;
    }
    if (tone !== "") return null;
    tone = t;
    toneAt = bare.normalize("NFC").length - 1;
  }
  return { bare: bare.normalize("NFC"), tone, toneAt };
}

/** The word with a tone mark added on the letter at `at` (an index into the bare NFC letters). */
export function withTone(bare: string, tone: Tone, at: number): string {
  if (tone === "" || at < 0) return bare;
  const letters = Array.from(bare);
  letters[at] = (letters[at].normalize("NFD") + TONE_MARK[tone]).normalize("NFC");
  return letters.join("");
}

// prettier-ignore
const ONSETS = [
  "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
  "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/** Every rime of standard Vietnamese spelling, without tone ("ia" as in mía; "yê…" only without an onset). */
// prettier-ignore
const RIMES = new Set([
  "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
  "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
  "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
  "e", "ec", "em", "en", "eng", "eo", "ep", "et",
  "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
  "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
  "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
  "o", "oc", "oi", "om", "on", "ong", "op", "ot", "oong", "ooc",
  "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
  "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
  "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut",
  "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
  "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
  "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
  "y", "yêm", "yên", "yêt", "yêu",
  "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
  "oăc", "oăm", "oăn", "oăng", "oăt",
  "oe", "oem", "oen", "oeo", "oet",
  "uân", "uâng", "uât", "uây",
  "uê", "uêch", "uênh", "uêu",
  "uy", "uya", "uych", "uyn", "uynh", "uyp", "uyt", "uyu", "uyên", "uyêt",
  "uơ",
]);

/** After "qu" the medial u is the onset's: qua, quân, quê, quy, quyên. */
const RIMES_AFTER_QU = new Set(
  [...RIMES]
    .filter((r) => /^u[âêyơ]/.test(r) || (r.startsWith("o") && /^o[aăe]/.test(r)))
    .map((r) => r.slice(1)),
);
for (const r of RIMES)
  if (/^[aăâeêiơ]/.test(r) && !r.startsWith("ia") && !r.startsWith("iê")) RIMES_AFTER_QU.add(r);
RIMES_AFTER_QU.add("ôc"); // quốc

const FRONT = /^[eêiy]/;
const CHECKED_CODA = /(p|t|c|ch)$/;

/** Letters of the Vietnamese alphabet, lower case, with every vowel-quality and tone mark. */
export const VIETNAMESE_LETTERS =
  /^[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/;

/** Split a bare (toneless) lower-case word into onset and rime, or say why it cannot be one syllable. */
function splitBare(bare: string): { onset: string; rime: string } | SyllableFault {
  if (/[fjwz]/.test(bare))
    return { ok: false, reason: "có chữ cái không dùng trong tiếng Việt (f, j, w, z)" };
  let onset = "";
  for (const o of ONSETS) {
    if (o !== "" && bare.startsWith(o) && bare.length > o.length) {
      onset = o;
      break;
    }
  }
  let rime = bare.slice(onset.length);
  // gi before a consonant or alone is g + i (gì, gìn); gi + ê… spells g + iê… (giếng).
  if (onset === "gi" && !/^[aăâeêoôơuưy]/.test(rime)) {
    onset = "g";
    rime = bare.slice(1);
  } else if (onset === "gi" && rime.startsWith("ê")) rime = "i" + rime;
  if (onset === "" && bare.startsWith("q")) return { ok: false, reason: "chữ “q” chỉ đứng trước “u”" };
  if (onset === "qu") {
    if (!RIMES_AFTER_QU.has(rime)) return { ok: false, reason: `vần “u${rime}” không có sau “q”` };
    return { onset, rime: "u" + rime };
  }
  if (!/^[aăâeêioôơuưy]/.test(rime)) return { ok: false, reason: `“${bare}” không có nguyên âm đúng chỗ` };
  if (!RIMES.has(rime)) {
    const coda = /[^aăâeêioôơuưy]+$/.exec(rime)?.[0];
    if (coda && !["c", "ch", "m", "n", "ng", "nh", "p", "t"].includes(coda))
      return { ok: false, reason: `phụ âm cuối “${coda}” không có trong tiếng Việt` };
    return { ok: false, reason: `vần “${rime}” không có trong tiếng Việt` };
  }
  if (rime.startsWith("y") && rime.length > 1 && onset !== "")
    return { ok: false, reason: `sau phụ âm đầu viết “i” chứ không viết “y” trong vần “${rime}”` };
  if (rime.startsWith("iê") && onset === "")
    return { ok: false, reason: `vần “${rime}” không có phụ âm đầu phải viết “y${rime.slice(1)}”` };
  if ((onset === "gh" || onset === "ngh" || onset === "k") && !FRONT.test(rime))
    return { ok: false, reason: `“${onset}” chỉ đứng trước i, e, ê, y` };
  if (
    (onset === "g" || onset === "ng" || onset === "c") &&
    FRONT.test(rime) &&
    !(onset === "g" && rime.startsWith("i"))
  )
    return {
      ok: false,
      reason: `trước i, e, ê phải viết “${onset === "c" ? "k" : onset + "h"}” chứ không viết “${onset}”`,
    };
  return { onset, rime };
}

/** The syllable a lower-case NFC word spells, or why it cannot be a Vietnamese syllable. */
export function parseSyllable(word: string): Syllable | SyllableFault {
  const split = splitTone(word);
  if (!split) return { ok: false, reason: "có hai dấu thanh" };
  const parts = splitBare(split.bare);
  if ("ok" in parts) return parts;
  if (CHECKED_CODA.test(parts.rime) && split.tone !== "sắc" && split.tone !== "nặng")
    return {
      ok: false,
      reason: `âm tiết tận cùng bằng “${/ch$/.test(parts.rime) ? "ch" : parts.rime.slice(-1)}” chỉ mang dấu sắc hoặc dấu nặng`,
    };
  return { onset: parts.onset, rime: parts.rime, tone: split.tone };
}

export function isFault(s: Syllable | SyllableFault): s is SyllableFault {
  return "ok" in s;
}
