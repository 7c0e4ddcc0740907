// Small libraries for the library tests, written as the JSON text a user would load.
import type { Clause, ClauseLibrary } from "../../../src/core/library/types";

export function clause(id: string, overrides: Partial<Clause> = {}): Clause {
  return {
    id,
    title: `Điều khoản ${id}`,
    section: "I. MỤC ĐÍCH, YÊU CẦU",
    documentTypes: ["ke-hoach"],
    tags: [],
    content: [{ type: "paragraph", text: `Nội dung của ${id}.` }],
    ...overrides,
  };
}

export function library(clauses: Clause[], overrides: Partial<ClauseLibrary> = {}): ClauseLibrary {
  return {
    format: "vanthu-clause-library",
    formatVersion: 1,
    id: "lang-son-thu",
    name: "Lạng Sơn — Thử",
    owner: { level: "tinh", organisation: "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn" },
    version: "1.0",
    date: "2026-01-15",
    clauses,
    ...overrides,
  };
}

export function text(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** The 1-based line of the first occurrence of `needle` in `source`. */
export function lineOf(source: string, needle: string): number {
  const at = source.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return source.slice(0, at).split("\n").length;
}
