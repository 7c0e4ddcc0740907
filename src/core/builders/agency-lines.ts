// The issuing body's name broken into printed lines at phrase boundaries (never inside "Tổ quốc", "Nhân dân",
// "Việt Nam" or a place name), as few lines as the header column allows.
import { textWidthTwips } from "../ooxml/writer/text-width";

/** Words that begin a place name, which then runs to the end of the name ("TỈNH LẠNG SƠN"). */
const PLACE_WORDS = ["THÀNH PHỐ", "ĐẶC KHU", "THỊ TRẤN", "THỊ XÃ", "TỈNH", "XÃ", "PHƯỜNG", "HUYỆN", "QUẬN"];
/** Phrases printed on one line. */
const UNBREAKABLE = [
  "TỔ QUỐC",
  "NHÂN DÂN",
  "VIỆT NAM",
  "CỘNG SẢN",
  "HỒ CHÍ MINH",
  "THƯỜNG TRỰC",
  "THƯỜNG VỤ",
  "CHẤP HÀNH",
  "MẶT TRẬN",
  "CÔNG ĐOÀN",
  "PHỤ NỮ",
  "NÔNG DÂN",
  "CỰU CHIẾN BINH",
  "THANH NIÊN",
  "LIÊN HIỆP",
];
/** Phrases that read badly when broken but may be if nothing else fits ("MẶT TRẬN / TỔ QUỐC"). */
const KEEP_TOGETHER = ["MẶT TRẬN TỔ QUỐC", "ỦY BAN", "UỶ BAN", "HỘI ĐỒNG"];

interface Unit {
  text: string;
  /** Cost of breaking the line before this unit: 0 before a place name or a new body, higher inside a phrase. */
  cost: number;
}

function units(name: string): Unit[] {
  const words = name.split(/\s+/).filter(Boolean);
  const out: Unit[] = [];
  let i = 0;
  while (i < words.length) {
    const rest = words.slice(i).join(" ");
    const place = PLACE_WORDS.find((p) => rest.startsWith(`${p} `));
    if (place && i > 0) {
      out.push({ text: rest, cost: 0 });
      break;
    }
    const phrase = UNBREAKABLE.find((p) => rest === p || rest.startsWith(`${p} `));
    const text = phrase ?? words[i];
    const prev = out[out.length - 1]?.text ?? "";
    const inside = prev !== "" && KEEP_TOGETHER.some((k) => k.includes(`${prev} ${text}`));
    out.push({ text, cost: i === 0 ? 0 : inside ? 5 : /^(BAN|HỘI|ĐOÀN|VĂN PHÒNG)$/.test(text) ? 1 : 2 });
    i += text.split(" ").length;
  }
  return out;
}

/**
 * The printed lines of an agency name in a column `available` twips wide at `size` pt bold. Lines the user broke
 * with "\n" are kept as typed.
 */
export function agencyLines(name: string, size: number, available: number): string[] {
  const clean = name.trim().replace(/[ \t]+/g, " ");
  if (clean.includes("\n")) return clean.split(/\s*\n\s*/).filter(Boolean);
  const us = units(clean);
  const width = (from: number, to: number) =>
    textWidthTwips(
      us
        .slice(from, to)
        .map((u) => u.text)
        .join(" "),
      size,
      true,
    );
  // best[k]: the cheapest breaking of the first k units (lines weigh most, then the cost of the breaks).
  const best: { score: number; prev: number }[] = [{ score: 0, prev: -1 }];
  for (let k = 1; k <= us.length; k++) {
    best[k] = { score: Infinity, prev: k - 1 };
    for (let j = k - 1; j >= 0; j--) {
      if (j < k - 1 && width(j, k) > available) break;
      const score = best[j].score + 100 + (j > 0 ? us[j].cost : 0);
      if (score < best[k].score) best[k] = { score, prev: j };
    }
  }
  const lines: string[] = [];
  for (let k = us.length; k > 0; k = best[k].prev) {
    lines.unshift(
      us
        .slice(best[k].prev, k)
        .map((u) => u.text)
        .join(" "),
    );
  }
  return lines;
}
