import {
  isDotAbbreviation,
  scanWords,
  tokenize,
  unpackWords,
  Vocabulary,
  wordTable,
  WordTable,
} from "../../../src/core/vietnamese/words";
import { seededTexts } from "../../helpers/seeded-texts";
import { foldDiacritics, foldForSearch } from "../../../src/core/vietnamese/fold";

describe("isDotAbbreviation", () => {
  it.each(["TM", "KT", "TL", "TUQ", "Q", "TP", "Tp", "ThS", "TS", "v.v", "V", "UB"])("%s is", (w) =>
    expect(isDotAbbreviation(w)).toBe(true),
  );
  it.each(["thời", "Nam", "UBND", "tỉnh", "hiện", ""])("%s is not", (w) =>
    expect(isDotAbbreviation(w)).toBe(false),
  );
});

describe("tokenize", () => {
  it("marks tokens separated by spaces only", () => {
    const t = tokenize("Trên đây là, Trên  đây");
    expect(t.map((x) => [x.key, x.spaceAfter])).toEqual([
      ["trên", true],
      ["đây", true],
      ["là", false],
      ["trên", true],
      ["đây", false],
    ]);
  });

  it("gives the words of /[\\p{L}\\p{M}\\p{N}]+/gu, each with its own lower case", () => {
    // Seeded strings over letters that change length or context in lower case (İ, Σ), surrogate pairs, marks.
    const alphabet = [
      "a",
      "Ệ",
      "İ",
      "Σ",
      "ς",
      "1",
      "𝐀",
      "😀",
      "\u0301",
      " ",
      "  ",
      ",",
      "\ud800",
      "-",
      "Đ",
      "x",
      "'",
    ];
    for (const text of seededTexts(7, alphabet, 2000, 12)) {
      const expected = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
        text: m[0],
        key: m[0].toLowerCase(),
        start: m.index,
      }));
      expect(tokenize(text).map(({ text: t, key, start }) => ({ text: t, key, start }))).toEqual(expected);
    }
  });
});

describe("Vocabulary: words shared by the paragraphs of one check", () => {
  it("gives one id per distinct word, through its growth, and the same tokens as a fresh tokenize", () => {
    const vocabulary = new Vocabulary();
    const pieces = ["a", "Ệ", "İ", "Σ", "b", "1", "𝐀", "\u0301", " ", "ươ", "Đ", "x", "q", "-", "\ud800"];
    const texts = seededTexts(11, pieces, 3000, 14);
    const idOfWord = new Map<string, number>();
    for (const text of texts) {
      const packed = scanWords(text, vocabulary);
      const tokens = unpackWords(text, packed, vocabulary);
      expect(tokens).toEqual(tokenize(text));
      tokens.forEach((t, k) => {
        const id = vocabulary.idOf(packed.first + k);
        expect(idOfWord.get(t.text) ?? id).toBe(id);
        idOfWord.set(t.text, id);
      });
    }
    // Distinct words got distinct ids, and enough of them to grow the table (and the scanned words) several times.
    expect(vocabulary.size).toBeGreaterThan(5000);
    expect(new Set(idOfWord.values()).size).toBe(idOfWord.size);
    expect(idOfWord.size).toBeGreaterThan(2000);
    expect(vocabulary.words.length).toBe(idOfWord.size);
  });

  it("tells apart two words with the same hash", () => {
    // "sxlđaa" and "qlađba" share their 32-bit FNV-1a hash: only comparing the characters separates them.
    const vocabulary = new Vocabulary();
    const text = "sxlđaa qlađba sxlđaa qlađba";
    const { first, count } = scanWords(text, vocabulary);
    const ids = Array.from({ length: count }, (_, k) => vocabulary.idOf(first + k));
    expect(ids).toEqual([0, 1, 0, 1]);
    expect(unpackWords(text, scanWords(text, vocabulary), vocabulary).map((t) => t.text)).toEqual(
      text.split(" "),
    );
  });
});

describe("fold", () => {
  it("folds diacritics and đ, whatever the normalisation", () => {
    expect(foldDiacritics("Thi đua - Khen thưởng")).toBe("Thi dua - Khen thuong");
    expect(foldDiacritics("Việt".normalize("NFD"))).toBe("Viet");
    expect(foldForSearch("  Ủy ban   Mặt trận ")).toBe("uy ban mat tran");
    expect(foldForSearch("ÐOÀN THANH NIÊN, ðoàn")).toBe("doan thanh nien, doan");
    expect(foldForSearch("Kế hoạ\u200Bch\u00A0thi đua")).toBe("ke hoach thi dua");
  });
});

describe("WordTable: a fact per vocabulary word, worked out once", () => {
  it("computes each word's fact on first request only, whatever order the ids come in", () => {
    const vocabulary = new Vocabulary();
    scanWords("Ủy ban nhân dân tỉnh Lạng Sơn, ủy ban", vocabulary);
    const asked: number[] = [];
    const table = new WordTable(vocabulary, (id, v) => {
      asked.push(id);
      return v.keys[id].length;
    });
    const ids = [6, 0, 6, 3, 0, 7, 1];
    expect(ids.map((id) => table.get(id))).toEqual(ids.map((id) => vocabulary.keys[id].length));
    expect(asked).toEqual([6, 0, 3, 7, 1]);
  });

  it("keeps one table per vocabulary and answers falsy facts from the table too", () => {
    const tables = new WeakMap<Vocabulary, WordTable<boolean>>();
    const a = new Vocabulary();
    const b = new Vocabulary();
    scanWords("và và", a);
    scanWords("của", b);
    let computed = 0;
    const upper = (id: number, v: Vocabulary) => (computed++, v.words[id] !== v.keys[id]);
    expect(wordTable(tables, a, upper)).toBe(wordTable(tables, a, upper));
    expect(wordTable(tables, a, upper)).not.toBe(wordTable(tables, b, upper));
    expect([wordTable(tables, a, upper).get(0), wordTable(tables, a, upper).get(0)]).toEqual([false, false]);
    expect(computed).toBe(1);
  });
});

describe("Vocabulary.release: a finished check's store serves the next check", () => {
  it("hands the store to the next check's vocabulary, which scans as a fresh one would", () => {
    const text = "Ủy ban nhân dân tỉnh Lạng Sơn và Ủy ban MTTQ tỉnh";
    const first = new Vocabulary(64, true);
    scanWords("một hai ba bốn năm sáu bảy tám chín mười", first);
    const store = first.scanned;
    first.release();
    expect(first.size).toBe(0);
    // A vocabulary outside a check (tokenize) leaves the store for the next check.
    expect(new Vocabulary(64).scanned).not.toBe(store);
    const next = new Vocabulary(64, true);
    expect(next.scanned).toBe(store);
    expect(new Vocabulary(64, true).scanned).not.toBe(store);
    expect(unpackWords(text, scanWords(text, next), next)).toEqual(tokenize(text));
  });

  it("is not handed to a check's vocabulary that needs more room", () => {
    const small = new Vocabulary(16, true);
    const store = small.scanned;
    small.release();
    expect(new Vocabulary(100_000, true).scanned).not.toBe(store);
  });
});
