// The done-when check of the text rules: the real plan (seed text as a .docx) and its known slips.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocx } from "../../../src/core/ooxml/read";
import { textRules } from "../../../src/core/rules/registry-text";
import type { FindingInput } from "../../../src/core/rules/types";
import { textContext } from "./text-context";

const sample = (name: string) =>
  readDocx(new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample", name))));

describe.each(["ke-hoach-thi-dua-2017-2020.docx", "seed-as-is.docx"])("text rules on %s", (file) => {
  const model = sample(file);
  const ctx = textContext(model);
  const found = new Map<string, FindingInput[]>(textRules.map((rule) => [rule.meta.id, rule.check(ctx)]));

  it("reports the repeated “Trên đây là”", () => {
    expect(found.get("text-repeated")).toContainEqual(
      expect.objectContaining({ message: "Lặp cụm từ “Trên đây là”: viết hai lần liền nhau." }),
    );
  });

  it("reports the mixed “Uỷ”/“Ủy”", () => {
    const tone = found.get("text-tone-style")!;
    expect(tone.length).toBeGreaterThanOrEqual(4);
    for (const f of tone) {
      expect(f.message).toMatch(
        /^Dấu thanh đặt kiểu mới ở “Uỷ” trong khi văn bản dùng chủ yếu kiểu cũ \(kiểu cũ: \d+ chỗ, kiểu mới: 4 chỗ\)/,
      );
      expect(f.fix!.edits).toEqual([expect.objectContaining({ kind: "replaceText", replacement: "Ủy" })]);
      const text = model.paragraphs.find((p) => p.index === f.paragraph)!.text;
      expect(text.slice(f.span!.start, f.span!.end)).toBe("Uỷ");
    }
  });

  it("reports the missing space in `Phong trào“Toàn dân`", () => {
    const f = found.get("text-spacing")!.find((x) => x.message.includes("trào“Toàn"))!;
    expect(f.message).toBe("Thiếu dấu cách trước dấu mở ngoặc kép “ ở “trào“Toàn”.");
    const paragraph = model.paragraphs.find((p) => p.index === f.paragraph)!;
    const edit = f.fix!.edits[0];
    expect(edit.kind === "replaceText" && paragraph.text.slice(edit.start, edit.end)).toBe("“");
  });

  it("reports “Thi đua- khen thưởng” and the spaces typed before “I. MỤC ĐÍCH”", () => {
    const spacing = found.get("text-spacing")!;
    const hyphen = spacing.find((x) => x.message.includes("“đua- khen”"))!;
    expect(hyphen.fix!.edits).toEqual([expect.objectContaining({ kind: "replaceText", replacement: " - " })]);
    const heading = spacing.find((x) => x.message.startsWith("Thừa dấu cách trước đề mục “I.”"))!;
    expect(heading.span!.start).toBe(0);
    expect(model.paragraphs.find((p) => p.index === heading.paragraph)!.text).toMatch(/^ +I\. MỤC ĐÍCH/);
  });

  it("reports the lower-case “tăng” after “kịp thời.”", () => {
    expect(found.get("text-capitalization")).toContainEqual(
      expect.objectContaining({ message: "Đầu câu phải viết hoa: “tăng” sau “thời.” nên viết “Tăng”." }),
    );
  });

  it("has no legacy text", () => expect(found.get("font-legacy-encoding")).toEqual([]));
});
