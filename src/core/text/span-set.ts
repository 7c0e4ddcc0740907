// Non-overlapping character spans of one paragraph, kept sorted so that a new span is compared with its neighbours
// only: checking a paragraph's thousands of replacements for clashes stays O(n log n), not O(n²).

export interface Span {
  start: number;
  end: number;
}

/** Two spans clash when they overlap, or an insertion (an empty span) falls at the start or inside the other. */
export function spansClash(a: Span, b: Span): boolean {
  return a.start === a.end || b.start === b.end
    ? a.start === b.start || (b.start > a.start && b.start < a.end) || (a.start > b.start && a.start < b.end)
    : b.start < a.end && a.start < b.end;
}

export class SpanSet<T extends Span = Span> {
  /** Sorted by start. */
  readonly spans: T[] = [];

  /** True when `span` clashes with none already in the set. */
  fits(span: Span): boolean {
    const at = this.indexOf(span.start);
    for (let i = Math.max(0, at - 1); i < Math.min(this.spans.length, at + 2); i++)
      if (spansClash(this.spans[i], span)) return false;
    return true;
  }

  /** Add a span known to fit. */
  add(span: T): void {
    this.spans.splice(this.indexOf(span.start), 0, span);
  }

  private indexOf(start: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
