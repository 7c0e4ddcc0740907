// The small part of Markdown the rule pages (docs/rules/<id>.md) use, rendered as a readable Vietnamese page:
// headings, paragraphs, lists, quotes, tables, bold, italic and `text as typed` (shown in the document's serif
// font, not as code). The page's own title block (id, English policy words) is left to the caller's header.
import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

export type MdBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "quote"; lines: string[] }
  /** A fenced block: document text laid out as typed (shown as an example, not as code). */
  | { kind: "example"; lines: string[] }
  | { kind: "table"; header: string[]; rows: string[][] };

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());

/** Blocks of a Markdown page, one pass over its lines. */
export function parseMarkdown(source: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!line.trim()) {
      i++;
    } else if (/^\s*```/.test(line)) {
      const typed: string[] = [];
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]); i++) typed.push(lines[i]);
      blocks.push({ kind: "example", lines: typed });
      i++;
    } else if (heading) {
      blocks.push({ kind: "heading", level: heading[1].length, text: heading[2].trim() });
      i++;
    } else if (/^\s*\|/.test(line)) {
      const rows: string[][] = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i]); i++)
        if (!/^\s*\|?\s*:?-{2,}/.test(lines[i])) rows.push(cells(lines[i]));
      blocks.push({ kind: "table", header: rows[0] ?? [], rows: rows.slice(1) });
    } else if (/^>\s?/.test(line)) {
      const quoted: string[] = [];
      for (; i < lines.length && /^>\s?/.test(lines[i]); i++) quoted.push(lines[i].replace(/^>\s?/, ""));
      blocks.push({ kind: "quote", lines: quoted });
    } else if (/^\s*([-*]|\d+\.)\s+/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: string[] = [];
      for (; i < lines.length && lines[i].trim(); i++) {
        const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(lines[i]);
        if (item) items.push(item[1]);
        else if (items.length) items[items.length - 1] += ` ${lines[i].trim()}`;
      }
      blocks.push({ kind: "list", ordered, items });
    } else {
      const text: string[] = [];
      for (
        ;
        i < lines.length && lines[i].trim() && !/^(#|>|\s*\||\s*```|\s*([-*]|\d+\.)\s)/.test(lines[i]);
        i++
      )
        text.push(lines[i].trim());
      blocks.push({ kind: "paragraph", text: text.join(" ") });
    }
  }
  return blocks;
}

const useStyles = makeStyles({
  page: { lineHeight: tokens.lineHeightBase300 },
  asTyped: {
    fontFamily: '"Times New Roman", "Liberation Serif", Tinos, serif',
    fontSize: "1.05em",
    backgroundColor: tokens.colorNeutralBackground3,
    paddingInline: "2px",
    borderRadius: tokens.borderRadiusSmall,
  },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    fontFamily: '"Times New Roman", "Liberation Serif", Tinos, serif',
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& td, & th": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: tokens.spacingHorizontalXS,
      textAlign: "left",
      verticalAlign: "top",
    },
  },
  heading: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
});

type Styles = ReturnType<typeof useStyles>;

/** Inline marks: **bold**, *italic*, `as typed`, [text](link) (the text only: the page stands alone). */
function inline(text: string, styles: Styles): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\([^)]*\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const key = out.length;
    if (m[1] !== undefined) out.push(<strong key={key}>{inline(m[1], styles)}</strong>);
    else if (m[2] !== undefined)
      out.push(
        <span key={key} className={styles.asTyped}>
          {m[2]}
        </span>,
      );
    else if (m[3] !== undefined) out.push(<em key={key}>{inline(m[3], styles)}</em>);
    else out.push(<span key={key}>{inline(m[4], styles)}</span>);
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function MarkdownView({ blocks }: { blocks: MdBlock[] }) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      {blocks.map((b, i) => {
        switch (b.kind) {
          case "heading":
            return (
              <h3 key={i} className={styles.heading}>
                {inline(b.text, styles)}
              </h3>
            );
          case "paragraph":
            return <p key={i}>{inline(b.text, styles)}</p>;
          case "quote":
            return (
              <blockquote key={i} className={styles.quote}>
                {b.lines.map((l, j) => (
                  <p key={j}>{inline(l, styles)}</p>
                ))}
              </blockquote>
            );
          case "example":
            return (
              <blockquote key={i} className={styles.quote} style={{ whiteSpace: "pre-wrap" }}>
                {b.lines.join("\n")}
              </blockquote>
            );
          case "list": {
            const items = b.items.map((item, j) => <li key={j}>{inline(item, styles)}</li>);
            return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          case "table":
            return (
              <table key={i} className={styles.table}>
                <thead>
                  <tr>
                    {b.header.map((h, j) => (
                      <th key={j} scope="col">
                        {inline(h, styles)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {b.rows.map((r, j) => (
                    <tr key={j}>
                      {r.map((c, k) => (
                        <td key={k}>{inline(c, styles)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
        }
      })}
    </div>
  );
}
