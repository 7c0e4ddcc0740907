// Build a DocModel from a short description: used by the in-memory host and by tests.
import type {
  CellRef,
  DocModel,
  PageSetup,
  Paragraph,
  ParagraphFormat,
  ParagraphLocation,
  Run,
  RunFormat,
  Section,
  Table,
} from "./types";

export const MM = 56.6929;
export const mmToTwips = (mm: number): number => Math.round(mm * MM);
export const twipsToMm = (tw: number): number => tw / MM;

/** A4 portrait with NĐ 30 margins (top 20, bottom 20, left 30, right 15 mm). */
export function a4Page(margins?: Partial<PageSetup["margins"]>): PageSetup {
  return {
    width: 11906,
    height: 16838,
    orientation: "portrait",
    margins: {
      top: mmToTwips(20),
      bottom: mmToTwips(20),
      left: mmToTwips(30),
      right: mmToTwips(15),
      header: 720,
      footer: 720,
      gutter: 0,
      ...margins,
    },
  };
}

export function defaultRunFormat(overrides?: Partial<RunFormat>): RunFormat {
  return {
    font: "Times New Roman",
    size: 14,
    bold: false,
    italic: false,
    underline: null,
    color: "auto",
    allCaps: false,
    smallCaps: false,
    strike: false,
    vertAlign: "baseline",
    highlight: null,
    ...overrides,
  };
}

export function defaultParagraphFormat(overrides?: Partial<ParagraphFormat>): ParagraphFormat {
  return {
    styleId: null,
    styleName: null,
    alignment: "both",
    indent: { left: 0, right: 0, firstLine: 567 },
    spacing: { before: 0, after: 120, line: 240, lineRule: "auto" },
    borders: { top: false, bottom: false },
    outlineLevel: null,
    keepNext: false,
    keepLines: false,
    pageBreakBefore: false,
    ...overrides,
  };
}

export interface RunSpec extends Partial<RunFormat> {
  text: string;
  kind?: Run["kind"];
  fieldCode?: string;
  isLine?: boolean;
  shape?: Run["shape"];
}

export interface ParagraphSpec {
  text?: string;
  runs?: RunSpec[];
  /** Formatting applied to every run that does not set its own. */
  run?: Partial<RunFormat>;
  format?: Partial<ParagraphFormat>;
  location?: ParagraphLocation;
  cell?: CellRef;
  list?: Paragraph["list"];
  section?: number;
}

export interface ModelSpec {
  paragraphs: (string | ParagraphSpec)[];
  sections?: Partial<Omit<Section, "index" | "firstParagraph" | "lastParagraph">>[];
  tables?: Table[];
  meta?: Partial<DocModel["meta"]>;
}

export function createParagraph(spec: string | ParagraphSpec, id: number, index: number | null): Paragraph {
  const p: ParagraphSpec = typeof spec === "string" ? { text: spec } : spec;
  const runSpecs: RunSpec[] = p.runs ?? (p.text ? [{ text: p.text }] : []);
  let offset = 0;
  const runs: Run[] = runSpecs.map(({ text, kind, fieldCode, isLine, shape, ...fmt }) => {
    const run: Run = {
      kind: kind ?? "text",
      text,
      start: offset,
      format: defaultRunFormat({ ...p.run, ...fmt }),
    };
    if (fieldCode) run.fieldCode = fieldCode;
    if (isLine) run.isLine = true;
    if (shape) run.shape = shape;
    offset += text.length;
    return run;
  });
  return {
    index,
    id,
    location: p.location ?? "body",
    section: p.section ?? 0,
    text: runs.map((r) => r.text).join(""),
    runs,
    format: defaultParagraphFormat(p.format),
    markFormat: defaultRunFormat(p.run),
    list: p.list ?? null,
    cell: p.cell ?? null,
  };
}

/** Body paragraphs get consecutive indexes; other locations get `index: null` and come after them. */
export function createModel(spec: ModelSpec): DocModel {
  const specs = spec.paragraphs.map((s) => (typeof s === "string" ? { text: s } : s));
  const body = specs.filter((s) => (s.location ?? "body") === "body");
  const other = specs.filter((s) => (s.location ?? "body") !== "body");
  const paragraphs = [
    ...body.map((s, i) => createParagraph(s, i, i)),
    ...other.map((s, i) => createParagraph(s, body.length + i, null)),
  ];
  const sectionSpecs = spec.sections ?? [{}];
  const sections: Section[] = sectionSpecs.map((s, index) => {
    const inSection = paragraphs.filter((p) => p.index !== null && p.section === index);
    return {
      page: a4Page(),
      titlePage: true,
      headerFooter: [],
      pageNumbers: [],
      literalPageNumbers: [],
      ...s,
      index,
      firstParagraph: inSection.length ? (inSection[0].index as number) : -1,
      lastParagraph: inSection.length ? (inSection[inSection.length - 1].index as number) : -1,
    };
  });
  return {
    meta: {
      source: "memory",
      trackChanges: false,
      hasRevisions: false,
      protected: false,
      signed: false,
      documentXmlBytes: 0,
      ...spec.meta,
    },
    sections,
    paragraphs,
    bodyCount: body.length,
    tables: spec.tables ?? [],
  };
}
