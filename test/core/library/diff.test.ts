import { diffLibraries, diffLines, diffWords, isEmptyDiff } from "../../../src/core/library/diff";
import { clause, library } from "./fixtures";

describe("diffLibraries", () => {
  const v1 = library([clause("a"), clause("b"), clause("c"), clause("d")]);
  const v2 = library(
    [
      clause("a"),
      clause("c", { content: [{ type: "paragraph", text: "Nội dung mới của c." }] }),
      clause("d", {
        content: [{ type: "paragraph", text: [{ text: "Nội dung của d.", bold: true }] }],
        tags: ["mới"],
      }),
      clause("e"),
    ],
    { version: "1.1" },
  );

  it("shows added, removed and changed clauses", () => {
    const diff = diffLibraries(v1, v2);
    expect(diff.added.map((c) => c.id)).toEqual(["e"]);
    expect(diff.removed.map((c) => c.id)).toEqual(["b"]);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([
      ["c", ["text"]],
      ["d", ["emphasis", "tags"]],
    ]);
    expect(diff.unchanged).toBe(1);
    expect(diff.to.version).toBe("1.1");
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(diffLibraries(v1, v1))).toBe(true);
  });
});

describe("diffWords", () => {
  it("marks deleted and added words", () => {
    expect(diffWords("Nội dung của c.", "Nội dung mới của c.")).toEqual([
      { op: "same", text: "Nội dung " },
      { op: "add", text: "mới " },
      { op: "same", text: "của c." },
    ]);
    expect(diffWords("a b", "")).toEqual([{ op: "del", text: "a b" }]);
  });
});

describe("diffLines", () => {
  it("pairs a removed line with the added one as a change and keeps lone lines whole", () => {
    expect(diffLines("a\n- tỷ lệ 50%\nb\nc", "a\n- tỷ lệ 60%\nc\nd")).toEqual([
      {
        op: "change",
        words: [
          { op: "same", text: "- tỷ lệ " },
          { op: "del", text: "50%" },
          { op: "add", text: "60%" },
        ],
      },
      { op: "del", text: "b" },
      { op: "add", text: "d" },
    ]);
  });
});
