// text-spelling and text-proper-names on real documents: the seed plan (as .docx and as text), Nghị định 30/2020
// and its appendices, and the peer's templates. Precision first: each finding listed here is a real error, with
// the reason; anything else either rule reports fails the test.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createModel } from "../../../src/core/model/create";
import type { DocModel } from "../../../src/core/model/types";
import { readDocx } from "../../../src/core/ooxml/read";
import { sampleOrgProfile } from "../../../src/core/org/defaults";
import { checkAsync } from "../../../src/core/rules/engine";

const CORPUS = "/work/shared/corpus/external";
const ROOT = join(__dirname, "../../..");

const docx = (file: string) => () => readDocx(new Uint8Array(readFileSync(file)));
const text = (file: string) => () =>
  createModel({
    paragraphs: readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== ""),
  });

/** The reason each expected finding is an error. */
const PEOPLE =
  "Phụ lục II mục V.1: “Nhân dân” là danh từ viết hoa; “các tầng lớp nhân dân” dùng nó làm danh từ";

const DOCUMENTS: [
  name: string,
  path: string,
  load: () => DocModel,
  expected: [excerpt: string, why: string][],
][] = [
  ...["ke-hoach-thi-dua-2017-2020.docx", "seed-as-is.docx"].map(
    (f): [string, string, () => DocModel, [string, string][]] => [
      f,
      join(ROOT, "assets/sample", f),
      docx(join(ROOT, "assets/sample", f)),
      [
        ["nhân dân", PEOPLE],
        ["nhân dân", PEOPLE],
      ],
    ],
  ),
  [
    "seed plan (text)",
    join(ROOT, "test/fixtures/ke-hoach-thi-dua-khen-thuong-2017-2020.txt"),
    text(join(ROOT, "test/fixtures/ke-hoach-thi-dua-khen-thuong-2017-2020.txt")),
    [
      ["nhân dân", PEOPLE],
      ["nhân dân", PEOPLE],
    ],
  ],
  ...["30_2020_ND_CP", "Phuluc1", "Phuluc2", "Phuluc3", "Phuluc4", "Phuluc6"].map(
    (f): [string, string, () => DocModel, [string, string][]] => {
      const path = join(CORPUS, "ericphan28__van-ban-plus", `${f}.docx`);
      return [f, path, docx(path), []];
    },
  ),
  ...["bao-cao", "cong-van", "ke-hoach", "quyet-dinh", "to-trinh"].map(
    (f): [string, string, () => DocModel, [string, string][]] => {
      const path = join(CORPUS, "kanazawahere__nd30", `${f}.docx`);
      return [f, path, docx(path), []];
    },
  ),
];

describe.each(DOCUMENTS)("%s", (_name, path, load, expected) => {
  (existsSync(path) ? it : it.skip)("has only the listed spelling and capitalisation errors", async () => {
    const found = await checkAsync(load(), {
      rules: ["text-spelling", "text-proper-names"],
      org: sampleOrgProfile(),
    });
    const excerpts = found.map((f) => f.excerpt.slice(f.excerpt.indexOf(f.excerpt) >= 0 ? 0 : 0));
    expect(found.map((f) => f.rule === "text-proper-names" || f.rule === "text-spelling")).not.toContain(
      false,
    );
    expect(found).toHaveLength(expected.length);
    expected.forEach(([written], i) => expect(excerpts[i]).toContain(written));
  });
});
