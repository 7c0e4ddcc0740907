// A live HTML rendering of a DocModel for the browser preview: body paragraphs in order with alignment,
// indents, spacing and run formatting, and tables in place (borderless header tables stay borderless).
// Clicking places the caret and dragging selects (both go to the host, so "insert at the cursor" lands there); the
// caret and the selection are drawn and scrolled to; paragraphs just inserted flash; commented ones are marked.
import { createContext, useContext, useEffect, useRef, type CSSProperties, type ReactNode } from "react";
import type { DocModel, PageSetup, Paragraph, Run, Table } from "../../core/model/types";
import type { MemoryComment, MemorySelection } from "../../host/memory";
import { makeStyles } from "@fluentui/react-components";
import { app } from "../i18n/vi/app";
import { selectionIn } from "./dom-selection";

/** Paragraphs the pane just inserted; `key` changes with each insertion so the flash replays. */
export interface InsertedMark {
  first: number;
  count: number;
  key: number;
}

interface Marks {
  selection: MemorySelection | null;
  inserted: InsertedMark | null;
  /** Comment messages by body paragraph index. */
  comments: Map<number, string[]>;
}

const MarksContext = createContext<Marks>({ selection: null, inserted: null, comments: new Map() });

const useStyles = makeStyles({
  inserted: {
    animationName: { from: { backgroundColor: "#c7e0f4" }, to: { backgroundColor: "transparent" } },
    animationDuration: "2.5s",
    animationTimingFunction: "ease-out",
    "@media (prefers-reduced-motion: reduce)": { animationName: "none", backgroundColor: "#deecf9" },
  },
  // A selected span (a finding's words, the blank "Đến chỗ cần điền tiếp theo" went to): marked so it stands out
  // on the page, in forced colours too.
  selectedSpan: {
    backgroundColor: "#ffd335",
    color: "#000",
    outline: "2px solid #8a6d00",
    outlineOffset: "1px",
    borderRadius: "2px",
    "@media (forced-colors: active)": {
      backgroundColor: "Highlight",
      color: "HighlightText",
      outlineColor: "Highlight",
    },
  },
  caret: {
    borderLeft: "2px solid #0f6cbd",
    marginLeft: "-1px",
    marginRight: "-1px",
    animationName: { "50%": { borderLeftColor: "transparent" } },
    animationDuration: "1s",
    animationTimingFunction: "step-end",
    animationIterationCount: "infinite",
    "@media (prefers-reduced-motion: reduce)": { animationName: "none" },
  },
});

/** 1440 twips = 1 inch = 96 CSS px. */
export const twipsToPx = (twips: number): number => twips / 15;

const ALIGN: Record<Paragraph["format"]["alignment"], CSSProperties["textAlign"]> = {
  left: "left",
  center: "center",
  right: "right",
  both: "justify",
  distribute: "justify",
};

interface Props {
  model: DocModel;
  selection?: MemorySelection | null;
  comments?: MemoryComment[];
  inserted?: InsertedMark | null;
  /** The user clicked or selected in the document. */
  onSelect?(selection: MemorySelection): void;
}

export function DocumentView({ model, selection = null, comments = [], inserted = null, onSelect }: Props) {
  const pageRef = useRef<HTMLDivElement>(null);
  const byParagraph = new Map<number, string[]>();
  for (const c of comments) {
    if (c.paragraph === null) continue;
    byParagraph.set(c.paragraph, [...(byParagraph.get(c.paragraph) ?? []), c.finding.message]);
  }
  useEffect(() => {
    if (!selection) return;
    const target = pageRef.current?.querySelector(`[data-paragraph="${selection.paragraph}"]`);
    // "nearest": a click in view does not move the page; a finding or an insertion out of view is brought in.
    target?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [selection]);
  useEffect(() => {
    if (!inserted) return;
    const target = pageRef.current?.querySelector(`[data-paragraph="${inserted.first}"]`);
    target?.scrollIntoView?.({ block: "center", behavior: "smooth" });
  }, [inserted]);
  const select = () => {
    const next = pageRef.current && selectionIn(pageRef.current, window.getSelection());
    if (next) onSelect?.(next);
  };
  const page = model.sections[0]?.page ?? null;
  const byId = new Map(model.paragraphs.map((p) => [p.id, p]));
  const body = model.paragraphs.filter((p) => p.index !== null).sort((a, b) => a.index! - b.index!);
  const content: ReactNode[] = [];
  const renderedTables = new Set<number>();
  for (const p of body) {
    if (!p.cell) {
      content.push(<ParagraphView key={`p${p.id}`} paragraph={p} />);
      continue;
    }
    // Table paragraphs render with their table, where its first paragraph stands.
    const table = model.tables[p.cell.table];
    if (!table || renderedTables.has(table.index)) continue;
    renderedTables.add(table.index);
    content.push(<TableView key={`t${table.index}`} table={table} byId={byId} />);
  }
  return (
    <MarksContext.Provider value={{ selection, inserted, comments: byParagraph }}>
      <div
        ref={pageRef}
        style={pageStyle(page)}
        data-testid="doc-page"
        lang="vi"
        onMouseUp={onSelect && select}
        onKeyUp={onSelect && select}
      >
        {content.length ? content : <p style={{ color: "#777" }}>{app.preview.emptyDocument}</p>}
      </div>
    </MarksContext.Provider>
  );
}

function pageStyle(page: PageSetup | null): CSSProperties {
  const m = page?.margins;
  return {
    boxSizing: "border-box",
    width: page ? twipsToPx(page.width) : 794,
    minHeight: page ? twipsToPx(page.height) : 1123,
    padding: m
      ? `${twipsToPx(m.top)}px ${twipsToPx(m.right)}px ${twipsToPx(m.bottom)}px ${twipsToPx(m.left)}px`
      : "76px 57px 76px 113px",
    margin: "0 auto",
    background: "#fff",
    color: "#000",
    boxShadow: "0 1px 4px rgba(0,0,0,.25)",
    fontFamily: '"Times New Roman", "Liberation Serif", Tinos, serif',
    fontSize: "14pt",
  };
}

function ParagraphView({ paragraph: p }: { paragraph: Paragraph }) {
  const marks = useContext(MarksContext);
  const styles = useStyles();
  const sel = marks.selection;
  const selected =
    sel !== null && p.index !== null && p.index >= sel.paragraph && p.index <= (sel.last ?? sel.paragraph);
  const span = selected && sel.last === undefined ? (sel.span ?? null) : null;
  const caret = span && span.start === span.end ? span.start : null;
  const justInserted =
    marks.inserted !== null &&
    p.index !== null &&
    p.index >= marks.inserted.first &&
    p.index < marks.inserted.first + marks.inserted.count;
  const notes = p.index === null ? undefined : marks.comments.get(p.index);
  const f = p.format;
  const lineHeight =
    f.spacing.lineRule === "auto" ? (f.spacing.line / 240) * 1.15 : `${twipsToPx(f.spacing.line)}px`;
  const style: CSSProperties = {
    margin: 0,
    marginTop: twipsToPx(f.spacing.before),
    marginBottom: twipsToPx(f.spacing.after),
    marginLeft: twipsToPx(f.indent.left),
    marginRight: twipsToPx(f.indent.right),
    textIndent: twipsToPx(f.indent.firstLine),
    textAlign: ALIGN[f.alignment],
    lineHeight,
    whiteSpace: "pre-wrap",
    overflowWrap: "break-word",
    fontSize: p.markFormat.size ? `${p.markFormat.size}pt` : undefined,
    backgroundColor: selected && !span ? "#fff4ce" : undefined,
    boxShadow: notes ? "inset -3px 0 0 #c19c00" : undefined,
  };
  const label = p.list?.label ? `${p.list.label} ` : "";
  return (
    <p
      className={justInserted ? styles.inserted : undefined}
      style={style}
      data-paragraph={p.index ?? undefined}
      data-selected={selected || undefined}
      data-inserted={justInserted ? marks.inserted!.key : undefined}
      data-comments={notes?.length}
      title={notes ? `${app.preview.commentTitle(notes.length)}:\n${notes.join("\n")}` : undefined}
    >
      {label}
      {p.runs.length ? (
        p.runs.map((run, i) => (
          <RunView
            key={i}
            run={run}
            span={caret === null ? span : null}
            caret={caret !== null && caretInRun(caret, run, i === p.runs.length - 1) ? caret : null}
          />
        ))
      ) : (
        <>
          {caret !== null && <Caret />}
          {"\u00a0"}
        </>
      )}
    </p>
  );
}

function Caret() {
  return <span className={useStyles().caret} data-testid="caret" aria-hidden="true" />;
}

/** The caret is drawn in the run it falls in; at the paragraph's end, in the last run. */
const caretInRun = (caret: number, run: Run, last: boolean): boolean =>
  caret >= run.start &&
  (caret < run.start + run.text.length || (last && caret === run.start + run.text.length));

interface RunProps {
  run: Run;
  span: { start: number; end: number } | null;
  caret: number | null;
}

function RunView({ run, span, caret }: RunProps) {
  const styles = useStyles();
  if (run.kind === "drawing") {
    return run.isLine ? (
      <span
        style={{ display: "block", width: "40%", margin: "2px auto", borderTop: "1px solid currentColor" }}
      />
    ) : null;
  }
  const f = run.format;
  const decorations = [f.underline ? "underline" : "", f.strike ? "line-through" : ""]
    .filter(Boolean)
    .join(" ");
  const style: CSSProperties = {
    fontWeight: f.bold ? "bold" : undefined,
    fontStyle: f.italic ? "italic" : undefined,
    fontSize: f.size ? `${f.size}pt` : undefined,
    fontFamily: f.font ? `"${f.font}", serif` : undefined,
    textDecoration: decorations || undefined,
    textTransform: f.allCaps ? "uppercase" : undefined,
    fontVariant: f.smallCaps ? "small-caps" : undefined,
    color: f.color && f.color !== "auto" ? `#${f.color}` : undefined,
    verticalAlign: f.vertAlign === "superscript" ? "super" : f.vertAlign === "subscript" ? "sub" : undefined,
    backgroundColor: f.highlight ?? undefined,
  };
  const end = run.start + run.text.length;
  if (caret !== null)
    return (
      <span style={style} data-run-start={run.start}>
        {run.text.slice(0, caret - run.start)}
        <Caret />
        {run.text.slice(caret - run.start)}
      </span>
    );
  if (!span || span.end <= run.start || span.start >= end)
    return (
      <span style={style} data-run-start={run.start}>
        {run.text}
      </span>
    );
  // The selected span inside this run.
  const from = Math.max(span.start, run.start) - run.start;
  const to = Math.min(span.end, end) - run.start;
  return (
    <span style={style} data-run-start={run.start}>
      {run.text.slice(0, from)}
      <mark className={styles.selectedSpan} data-testid="selected-span">
        {run.text.slice(from, to)}
      </mark>
      {run.text.slice(to)}
    </span>
  );
}

function TableView({ table, byId }: { table: Table; byId: Map<number, Paragraph> }) {
  const border = table.hasBorders ? "1px solid #000" : "none";
  // Word lays the columns out on the table grid; cell widths may be percentages the model does not keep.
  const grid = table.grid.length > 0 && table.grid.every((w) => w > 0) ? table.grid.map(twipsToPx) : null;
  return (
    <table
      style={{
        borderCollapse: "collapse",
        width: grid ? grid.reduce((a, b) => a + b, 0) : "100%",
        tableLayout: "fixed",
      }}
      data-table={table.index}
    >
      {grid && (
        <colgroup>
          {grid.map((width, i) => (
            <col key={i} style={{ width }} />
          ))}
        </colgroup>
      )}
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.cells.map((cell, c) => (
              <td
                key={c}
                colSpan={cell.gridSpan > 1 ? cell.gridSpan : undefined}
                style={{
                  verticalAlign: "top",
                  padding: "0 4px",
                  width: !grid && cell.width ? twipsToPx(cell.width) : undefined,
                  border: cell.hasBorders ? "1px solid #000" : border,
                }}
              >
                {cell.paragraphs.map((id) => {
                  const p = byId.get(id);
                  return p ? <ParagraphView key={id} paragraph={p} /> : null;
                })}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
