// Build the DocModel from what the package gave: body first (Word's body.paragraphs order), then the headers and
// footers the sections show, text boxes and notes; sections with page setup, header/footer parts and page numbers.
import type {
  Alignment,
  DocModel,
  HeaderFooterRef,
  PageNumberField,
  PageSetup,
  Paragraph,
  Section,
  Table,
} from "../model/types";
import { Numbering, type ListCounter } from "./numbering";
import { relKind, type PackageContents } from "./package";
import { onOff, type TabStop } from "./props";
import { Resolver } from "./resolve";
import { newSection, type RawParagraph, type RawSection, type RawTable, type Story } from "./story";
import { StyleSheet, type TableBorderSet } from "./styles";
import { readThemeFonts } from "./theme";
import { child, type XNode } from "./xml";

interface Settings {
  trackRevisions: boolean;
  protected: boolean;
  evenAndOddHeaders: boolean;
}

function readSettings(root: XNode | null): Settings {
  const settings = root === null ? undefined : child(root, "w:settings");
  const flag = (name: string): boolean => {
    const node = child(settings, name);
    return node !== undefined && onOff(node.attrs);
  };
  const protection = child(settings, "w:documentProtection");
  const enforced = protection?.attrs["w:enforcement"];
  return {
    trackRevisions: flag("w:trackRevisions"),
    protected: enforced !== undefined && onOff({ "w:val": enforced }),
    evenAndOddHeaders: flag("w:evenAndOddHeaders"),
  };
}

function pageSetup(s: RawSection): PageSetup | null {
  if (s.width === null || s.height === null || s.margins === null) return null;
  const m = s.margins;
  if (m.top === undefined || m.bottom === undefined || m.left === undefined || m.right === undefined)
    return null;
  const orientation =
    s.orient === "landscape" || (s.orient === null && s.width > s.height) ? "landscape" : "portrait";
  return {
    width: s.width,
    height: s.height,
    orientation,
    margins: {
      top: m.top,
      bottom: m.bottom,
      left: m.left,
      right: m.right,
      header: m.header ?? 0,
      footer: m.footer ?? 0,
      gutter: m.gutter ?? 0,
    },
  };
}

/** A header or footer paragraph that shows a number typed by hand ("1", "- 2 -"). */
function isLiteralPageNumber(p: Paragraph): boolean {
  if (p.runs.some((r) => r.kind === "field")) return false;
  const t = p.text.trim();
  if (t === "") return false;
  let digits = 0;
  for (const ch of t) {
    if (ch >= "0" && ch <= "9") digits++;
    else if (ch !== "-" && ch !== "–" && ch !== " ") return false;
  }
  return digits > 0;
}

/**
 * Where a field shows: the paragraph's alignment, unless the paragraph is left-aligned and only tabs come before the
 * field — then the tab stop it lands on (Word's Header style centres with a tab stop at the middle).
 */
function fieldAlignment(p: Paragraph, fieldRun: number, tabs: TabStop[]): Alignment {
  if (p.format.alignment !== "left" || tabs.length === 0) return p.format.alignment;
  let count = 0;
  for (const r of p.runs.slice(0, fieldRun)) {
    if (r.kind === "tab") count++;
    else if (r.text.trim() !== "") return p.format.alignment;
  }
  const stops = tabs.filter((t) => t.pos > p.format.indent.left);
  const stop = count > 0 ? stops[count - 1] : undefined;
  if (stop?.type === "center") return "center";
  if (stop?.type === "right" || stop?.type === "end") return "right";
  return p.format.alignment;
}

const isPageField = (code: string | undefined): boolean =>
  code !== undefined && code.trim().split(/\s+/)[0].toUpperCase() === "PAGE";

export function assemble(pkg: PackageContents): DocModel {
  return new ModelBuilder(pkg).build(pkg);
}

/**
 * The model, paragraph by paragraph. The body's paragraphs may come in while document.xml is still being read
 * (`body`), once styles, numbering and theme are known: then they are resolved before the next ones are read.
 */
export class ModelBuilder {
  private readonly sheet: StyleSheet;
  private readonly numbering: Numbering;
  private readonly resolver: Resolver;
  private readonly paragraphs: Paragraph[] = [];
  private readonly tabsOf = new Map<number, TabStop[]>();
  private readonly bodyCounter: ListCounter;
  private lastBodySection = 0;

  constructor(parts: Pick<PackageContents, "styles" | "numbering" | "theme">) {
    this.sheet = new StyleSheet(parts.styles);
    this.numbering = new Numbering(parts.numbering);
    this.resolver = new Resolver(this.sheet, readThemeFonts(parts.theme));
    this.bodyCounter = this.numbering.counter();
  }

  /** The next body paragraph, in document order. */
  body(raw: RawParagraph): void {
    this.add(raw, this.bodyCounter, raw.section, true);
    this.lastBodySection = Math.max(this.lastBodySection, raw.section);
  }

  private add(raw: RawParagraph, counter: ListCounter | null, section: number, isBody: boolean): Paragraph {
    const { paragraphs } = this;
    const r = this.resolver.paragraph(raw, counter);
    if (!isBody && r.tabs.length > 0) this.tabsOf.set(paragraphs.length, r.tabs);
    const id = paragraphs.length;
    const p: Paragraph = {
      index: isBody ? id : null,
      id,
      location: raw.location,
      section,
      text: r.text,
      runs: r.runs,
      format: r.format,
      markFormat: r.markFormat,
      list: r.list,
      cell: isBody ? raw.cell : null,
    };
    if (!isBody) p.part = raw.part;
    paragraphs.push(p);
    return p;
  }

  /** The model, with the body paragraphs the package still holds (all of them when none came in by `body`). */
  build(pkg: PackageContents): DocModel {
    for (const raw of pkg.body.paragraphs) this.body(raw);
    const { paragraphs, numbering, sheet, tabsOf } = this;
    const add = this.add.bind(this);
    const settings = readSettings(pkg.settings);
    const bodyCount = paragraphs.length;

    // Sections: one per w:sectPr; paragraphs after the last one (no body-level sectPr) get a section without setup.
    const rawSections = pkg.body.sections.slice();
    while (rawSections.length <= this.lastBodySection) rawSections.push(newSection());

    // Header/footer references, inherited from the previous section where a section names none of a kind and type.
    const partOf = new Map(pkg.relationships.map((r) => [r.id, r.target]));
    const effective: HeaderFooterRef[][] = [];
    rawSections.forEach((s, i) => {
      const refs: HeaderFooterRef[] = [];
      for (const ref of s.refs) {
        const part = partOf.get(ref.rId);
        if (part != null && pkg.stories.has(part)) refs.push({ kind: ref.kind, type: ref.type, part });
      }
      for (const prev of i > 0 ? effective[i - 1] : []) {
        if (!refs.some((r) => r.kind === prev.kind && r.type === prev.type)) refs.push(prev);
      }
      effective.push(refs);
    });

    // Header and footer paragraphs, each part once, under the first section that shows it.
    const partParagraphs = new Map<string, Paragraph[]>();
    effective.forEach((refs, section) => {
      for (const ref of refs) {
        if (partParagraphs.has(ref.part)) continue;
        const story = pkg.stories.get(ref.part)!;
        const counter = numbering.counter();
        const list = story.paragraphs.map((raw) => add(raw, counter, section, false));
        for (const raw of story.textboxes) list.push(add(raw, counter, section, false));
        partParagraphs.set(ref.part, list);
      }
    });
    const textboxCounter = numbering.counter();
    for (const raw of pkg.body.textboxes)
      add(raw, textboxCounter, Math.min(raw.section, rawSections.length - 1), false);
    for (const rel of pkg.relationships) {
      const kind = relKind(rel);
      if ((kind !== "footnotes" && kind !== "endnotes") || rel.target === null) continue;
      const story = pkg.stories.get(rel.target);
      if (story === undefined) continue;
      const counter = numbering.counter();
      for (const raw of [...story.paragraphs, ...story.textboxes]) add(raw, counter, 0, false);
    }

    const sections: Section[] = rawSections.map((s, index) => {
      const format = s.pageNumberFormat ?? "decimal";
      const shown = effective[index].filter(
        (r) =>
          r.type === "default" ||
          (r.type === "first" && s.titlePage) ||
          (r.type === "even" && settings.evenAndOddHeaders),
      );
      const pageNumbers: PageNumberField[] = [];
      const literalPageNumbers: number[] = [];
      for (const ref of shown) {
        for (const p of partParagraphs.get(ref.part) ?? []) {
          const at = p.runs.findIndex((r) => r.kind === "field" && isPageField(r.fieldCode));
          if (at >= 0) {
            pageNumbers.push({
              kind: ref.kind,
              type: ref.type,
              part: ref.part,
              alignment: fieldAlignment(p, at, tabsOf.get(p.id) ?? []),
              format,
              paragraph: p.id,
            });
          } else if (isLiteralPageNumber(p)) {
            literalPageNumbers.push(p.id);
          }
        }
      }
      let first = -1;
      let last = -1;
      for (let i = 0; i < bodyCount; i++) {
        if (paragraphs[i].section !== index) continue;
        if (first < 0) first = i;
        last = i;
      }
      return {
        index,
        page: pageSetup(s),
        titlePage: s.titlePage,
        headerFooter: effective[index],
        pageNumbers,
        literalPageNumbers,
        firstParagraph: first,
        lastParagraph: last,
      };
    });

    const tables = pkg.body.tables.map((t) => table(t, sheet, rawSections.length));
    const hasRevisions =
      pkg.body.hasRevisions || [...pkg.stories.values()].some((s: Story) => s.hasRevisions);

    return {
      meta: {
        source: pkg.source,
        trackChanges: settings.trackRevisions || hasRevisions,
        hasRevisions,
        protected: settings.protected,
        signed: pkg.signed,
        documentXmlBytes: pkg.documentXmlBytes,
      },
      sections,
      paragraphs,
      bodyCount,
      tables,
    };
  }
}

/** Borders a cell draws: its own tcBorders, else the table's (outer sides at the edges, inside lines between). */
function table(t: RawTable, sheet: StyleSheet, sectionCount: number): Table {
  const style = sheet.get(t.style, "table");
  const tb: TableBorderSet = { ...style?.tblBorders, ...t.borders };
  let any = false;
  const rows = t.rows.map((cells, r) => ({
    cells: cells.map((c, col) => {
      const sides = [
        c.borders.top ?? (r === 0 ? tb.top : tb.insideH),
        c.borders.bottom ?? (r === t.rows.length - 1 ? tb.bottom : tb.insideH),
        c.borders.left ?? (col === 0 ? tb.left : tb.insideV),
        c.borders.right ?? (col === cells.length - 1 ? tb.right : tb.insideV),
      ];
      const hasBorders = sides.some((s) => s === true);
      any ||= hasBorders;
      return { paragraphs: c.paragraphs, width: c.width, gridSpan: c.gridSpan, hasBorders };
    }),
  }));
  return {
    index: t.index,
    rows,
    hasBorders: any,
    depth: t.depth,
    section: Math.min(t.section, sectionCount - 1),
    grid: t.grid,
  };
}
