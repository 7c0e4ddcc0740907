import { escapeSearch, spanSearch } from "../../../src/host/word/span-search";

describe("spanSearch", () => {
  const text = "Trên đây là kế hoạch. Trên đây là báo cáo.";

  it("picks the occurrence Word's left-to-right search returns for the span", () => {
    expect(spanSearch(text, 22, 33)).toEqual({ query: "Trên đây là", occurrence: 1, expectedCount: 2 });
    expect(spanSearch(text, 0, 11)).toEqual({ query: "Trên đây là", occurrence: 0, expectedCount: 2 });
  });

  it("anchors an insertion on the neighbouring character", () => {
    expect(spanSearch("abc", 3, 3)).toEqual({ query: "c", occurrence: 0, expectedCount: 1, insertAt: "End" });
    expect(spanSearch("abc", 0, 0)).toEqual({
      query: "a",
      occurrence: 0,
      expectedCount: 1,
      insertAt: "Start",
    });
  });

  it("gives up where search cannot single the span out", () => {
    expect(spanSearch("aaa", 1, 3)).toBeNull();
    expect(spanSearch("", 0, 0)).toBeNull();
  });

  it("finds a span longer than Word's 255-character limit by its two ends", () => {
    const long = "Điều 1. " + "a".repeat(150) + " giữa " + "b".repeat(150) + " hết.";
    const found = spanSearch(long, 0, long.length);
    expect(found?.query).toBe(long.slice(0, 100));
    expect(found?.tail).toEqual({ query: long.slice(long.length - 100), occurrence: 0, expectedCount: 1 });
  });

  it("escapes Word's special search characters", () => {
    expect(escapeSearch("a^b\tc\nd")).toBe("a^^b^tc^ld");
  });
});
