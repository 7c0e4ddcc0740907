// Render each document type beside the Phụ lục III form it follows, one PNG per type under docs/forms/: the
// decree's form page on the left, our first page (from the example config of the type's first profile) on the
// right. LibreOffice converts, pdftoppm rasterises, ImageMagick puts the two pages side by side. Also the văn bản
// a quyết định ban hành carries (Mẫu 1.3, "-kem-theo") and the bản sao block under a copied plan (Mẫu 3.1).
// Usage: node scripts/render-forms.mjs [path/to/Phuluc3.docx] [outDir]
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const forms = resolve(
  process.argv[2] ?? "/work/shared/corpus/external/ericphan28__van-ban-plus/Phuluc3.docx",
);
const outDir = resolve(process.argv[3] ?? join(root, "docs/forms"));
const work = mkdtempSync(join(tmpdir(), "vanthu-forms-"));
const EXAMPLE = { nd30: "office.json", dang: "party-committee.json", mttq: "front-committee.json" };
// Low resolution and grey keep each side-by-side page small; the layout stays readable.
const DPI = "45";

const soffice = (file) =>
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${work}/lo`, "--headless", "--convert-to", "pdf", "--outdir", work, file],
    { stdio: "ignore" },
  );
const page = (pdf, n, out) =>
  execFileSync("pdftoppm", ["-png", "-gray", "-r", DPI, "-f", `${n}`, "-l", `${n}`, "-singlefile", pdf, out]);

await build({
  entryPoints: {
    new: join(root, "src/cli/commands/new.ts"),
    copy: join(root, "src/cli/commands/copy.ts"),
    types: join(root, "src/core/builders/doc-types.ts"),
  },
  bundle: true,
  platform: "node",
  format: "esm",
  outdir: work,
  outExtension: { ".js": ".mjs" },
  logLevel: "error",
});
const { newCommand } = await import(join(work, "new.mjs"));
const { copyCommand } = await import(join(work, "copy.mjs"));
const { DRAFT_TYPES, DRAFT_TYPE_INFO, typeProfiles } = await import(join(work, "types.mjs"));

// The page of Phụ lục III that holds each form ("Mẫu 1.4 - …"): where its heading is, or the next page when the
// heading closes a page and the form itself starts overleaf.
soffice(forms);
const formsPdf = join(work, forms.replace(/^.*\//, "").replace(/\.docx$/, ".pdf"));
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [formsPdf]).toString())[1]);
const formPage = {};
for (let n = 1; n <= pages; n++) {
  const text = execFileSync("pdftotext", ["-f", `${n}`, "-l", `${n}`, formsPdf, "-"]).toString();
  for (const m of text.matchAll(/Mẫu (\d\.\d+) -/g)) {
    const rest = text.slice(m.index);
    formPage[m[1]] ??= /\nSố|\nPhụ lục/.test(rest) ? n : n + 1;
  }
}

/** The first page of a PDF whose text matches. */
function pageWith(pdf, pattern) {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())[1]);
  for (let n = 1; n <= count; n++)
    if (pattern.test(execFileSync("pdftotext", ["-f", `${n}`, "-l", `${n}`, pdf, "-"]).toString())) return n;
  throw new Error(`${pdf}: no page matches ${pattern}`);
}

/** Our page `ourPage` of `name`.pdf beside the forms' page `form`, as `out`.png under docs/forms. */
function sideBySide(name, ourPage, form, out) {
  page(join(work, `${name}.pdf`), ourPage, join(work, `${out}-ours`));
  page(formsPdf, form, join(work, `${out}-form`));
  const png = join(outDir, `${out}.png`);
  execFileSync("convert", [
    join(work, `${out}-form.png`),
    join(work, `${out}-ours.png`),
    "+append",
    "-colors",
    "16",
    png,
  ]);
  return png;
}

mkdirSync(outDir, { recursive: true });
const io = { stdout: () => {}, stderr: (t) => process.stderr.write(t) };
// Every type under its first profile, and the most used ones under the Party and the Front profiles too.
const cases = [
  ...DRAFT_TYPES.map((type) => [type, typeProfiles(type)[0]]),
  ...["quyet-dinh", "ke-hoach", "cong-van"].flatMap((type) => [
    [type, "dang"],
    [type, "mttq"],
  ]),
];
for (const [type, profile] of cases) {
  const name = profile === typeProfiles(type)[0] ? type : `${type}-${profile}`;
  const docx = join(work, `${name}.docx`);
  const args = [
    type,
    "--config",
    join(root, "examples", EXAMPLE[profile]),
    "--date",
    "2026-01-05",
    "-o",
    docx,
  ];
  if ((await newCommand.run(args, io)) !== 0) throw new Error(`vanthu new ${type} failed`);
  soffice(docx);
  // Party kinds follow HD 36-HD/VPTW, which has no page in Phụ lục III: set beside Mẫu 1.4, the closest form.
  const form = formPage[DRAFT_TYPE_INFO[type].form] ?? formPage["1.4"];
  console.log(`${sideBySide(name, 1, form, name)} (Mẫu ${DRAFT_TYPE_INFO[type].form}, ${profile})`);
}

// Mẫu 1.3: the văn bản ban hành kèm theo, its first page beside the form's own page for it.
const attachedForm = pageWith(formsPdf, /Mẫu văn bản \(được ban hành, phê duyệt kèm theo/);
const attachedPage = pageWith(join(work, "quyet-dinh-ban-hanh.pdf"), /Kèm theo Quyết định số/);
console.log(sideBySide("quyet-dinh-ban-hanh", attachedPage, attachedForm, "quyet-dinh-ban-hanh-kem-theo"));

// Mẫu 3.1: a sao y of the plan, the page with the copy block beside the form.
const copy = join(work, "ban-sao.docx");
const copyArgs = [
  join(work, "ke-hoach.docx"),
  "--kind",
  "sao-y",
  "--config",
  join(root, "examples/office.json"),
];
if ((await copyCommand.run([...copyArgs, "--date", "2026-01-09", "-o", copy], io)) !== 0)
  throw new Error("vanthu copy failed");
soffice(copy);
const copyPage = pageWith(join(work, "ban-sao.pdf"), /SAO Y/);
console.log(`${sideBySide("ban-sao", copyPage, formPage["3.1"], "ban-sao")} (Mẫu 3.1)`);
rmSync(work, { recursive: true, force: true });
