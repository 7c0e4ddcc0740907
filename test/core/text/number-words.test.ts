import { integerWords, numberWords, readNumberWords } from "../../../src/core/text/number-words";

describe("readNumberWords", () => {
  it.each([
    ["Một trăm triệu đồng", 100_000_000],
    ["một trăm linh năm", 105],
    ["một trăm lẻ năm", 105],
    ["hai mươi mốt", 21],
    ["hai mươi một", 21],
    ["hai mươi tư", 24],
    ["hai mươi bốn", 24],
    ["mười lăm", 15],
    ["mười năm", 15],
    ["hai mươi lăm triệu ba trăm nghìn đồng", 25_300_000],
    ["hai mươi lăm triệu ba trăm ngàn đồng chẵn", 25_300_000],
    ["một nghìn không trăm năm mươi", 1050],
    ["một nghìn không trăm linh năm", 1005],
    ["một tỷ hai trăm triệu đồng", 1_200_000_000],
    ["một tỉ hai trăm triệu", 1_200_000_000],
    ["hai nghìn tỷ", 2_000_000_000_000],
    ["ba chục", 30],
    ["ba phẩy năm", 3.5],
    ["hai phẩy hai mươi lăm", 2.25],
    ["một phẩy không năm", 1.05],
    ["Năm trăm nghìn Việt Nam đồng", 500_000],
    ["mười", 10],
    ["không", 0],
  ])("%s → %d", (words, n) => {
    expect(readNumberWords(words)).toBe(n);
  });

  it.each(["hai ba", "một mươi", "năm Đinh Dậu", "mười trăm", "", "phẩy năm"])(
    "%s is not a number",
    (words) => {
      expect(readNumberWords(words)).toBeNull();
    },
  );
});

describe("integerWords and numberWords", () => {
  it.each([
    [0, "không"],
    [5, "năm"],
    [15, "mười lăm"],
    [21, "hai mươi mốt"],
    [24, "hai mươi tư"],
    [105, "một trăm linh năm"],
    [1050, "một nghìn không trăm năm mươi"],
    [100_000_000, "một trăm triệu"],
    [25_300_000, "hai mươi lăm triệu ba trăm nghìn"],
    [1_200_000_000, "một tỷ hai trăm triệu"],
    [2_000_005_000, "hai tỷ không trăm linh năm nghìn"],
  ])("%d → %s", (n, words) => {
    expect(integerWords(n)).toBe(words);
    expect(readNumberWords(words)).toBe(n);
  });

  it("writes decimals after “phẩy”", () => {
    expect(numberWords(3.5)).toBe("ba phẩy năm");
  });

  it("reads back what it writes, for every number up to 20 000 and a sample above", () => {
    const wrong: string[] = [];
    const probe = (n: number) => {
      const words = integerWords(n);
      if (readNumberWords(words) !== n) wrong.push(`${n}: ${words}`);
    };
    for (let n = 0; n <= 20_000; n++) probe(n);
    for (let n = 20_000; n < 5e12; n = n * 3 + 1_234) probe(n);
    expect(wrong).toEqual([]);
  });
});
