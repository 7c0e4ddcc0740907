// Insert and remove body paragraphs in a DocModel, keeping its invariants: body paragraphs first with
// index === id === position, tables and page-number fields pointing at the right paragraphs, sections' ranges.
import type { DocModel, Paragraph, Table } from "../../core/model/types";

interface TableRefs {
  table: Table;
  cells: Paragraph[][][];
}

function tableRefs(model: DocModel): TableRefs[] {
  return model.tables.map((table) => ({
    table,
    cells: table.rows.map((row) =>
      row.cells.map((cell) => cell.paragraphs.map((id) => model.paragraphs[id])),
    ),
  }));
}

/** Rebuild ids, indexes, tables and sections after the body's paragraph order changed. */
function rebuild(model: DocModel, body: Paragraph[], refs: TableRefs[]): DocModel {
  const others = model.paragraphs.filter((p) => p.index === null);
  const pageNumberRefs = model.sections.map((s) => ({
    fields: s.pageNumbers.map((f) => ({ field: f, p: model.paragraphs[f.paragraph] })),
    literals: s.literalPageNumbers.map((id) => model.paragraphs[id]),
  }));
  const paragraphs = [...body, ...others];
  const newId = new Map<Paragraph, number>();
  paragraphs.forEach((p, i) => {
    newId.set(p, i);
    p.id = i;
    p.index = i < body.length ? i : null;
  });
  const tables = refs
    .map(({ table, cells }) => ({
      table,
      cells: cells.map((row) => row.map((c) => c.filter((p) => newId.has(p)))),
    }))
    .filter(({ cells }) => cells.some((row) => row.some((c) => c.length > 0)))
    .sort((a, b) => firstIndex(a.cells, newId) - firstIndex(b.cells, newId))
    .map(({ table, cells }, index) => {
      cells.forEach((row) =>
        row.forEach((c) =>
          c.forEach((p) => {
            if (p.cell) p.cell = { ...p.cell, table: index };
          }),
        ),
      );
      return {
        ...table,
        index,
        rows: table.rows.map((row, r) => ({
          cells: row.cells.map((cell, c) => ({
            ...cell,
            paragraphs: cells[r][c].map((p) => newId.get(p) as number),
          })),
        })),
      };
    });
  const sections = model.sections.map((s, i) => {
    const inSection = body.filter((p) => p.section === i);
    return {
      ...s,
      pageNumbers: pageNumberRefs[i].fields
        .filter(({ p }) => newId.has(p))
        .map(({ field, p }) => ({ ...field, paragraph: newId.get(p) as number })),
      literalPageNumbers: pageNumberRefs[i].literals
        .filter((p) => newId.has(p))
        .map((p) => newId.get(p) as number),
      firstParagraph: inSection.length ? (inSection[0].index as number) : -1,
      lastParagraph: inSection.length ? (inSection[inSection.length - 1].index as number) : -1,
    };
  });
  return { ...model, paragraphs, bodyCount: body.length, tables, sections };
}

function firstIndex(cells: Paragraph[][][], ids: Map<Paragraph, number>): number {
  let min = Infinity;
  for (const row of cells) for (const c of row) for (const p of c) min = Math.min(min, ids.get(p) as number);
  return min;
}

/** Insert the body of `fragment` before body paragraph `at`; returns the new model. */
export function insertBody(model: DocModel, at: number, fragment: DocModel): DocModel {
  const body = model.paragraphs.slice(0, model.bodyCount);
  const neighbour = body[Math.min(at, body.length - 1)];
  const section = neighbour ? neighbour.section : 0;
  const added = fragment.paragraphs.slice(0, fragment.bodyCount).map((p) => ({ ...p, section }));
  const addedByOldId = new Map(
    fragment.paragraphs.slice(0, fragment.bodyCount).map((p, i) => [p.id, added[i]]),
  );
  const fragmentRefs: TableRefs[] = fragment.tables.map((table) => ({
    table: { ...table, section },
    cells: table.rows.map((row) =>
      row.cells.map((cell) =>
        cell.paragraphs.map((id) => addedByOldId.get(id)).filter((p): p is Paragraph => !!p),
      ),
    ),
  }));
  const refs = [...tableRefs(model), ...fragmentRefs];
  return rebuild(model, [...body.slice(0, at), ...added, ...body.slice(at)], refs);
}

/** Remove the given body paragraphs (by index); tables left without paragraphs go too. */
export function removeBody(model: DocModel, indexes: number[]): DocModel {
  const drop = new Set(indexes);
  const body = model.paragraphs.slice(0, model.bodyCount).filter((p) => !drop.has(p.index as number));
  return rebuild(model, body, tableRefs(model));
}
