// The verbatim excerpt of a finding: the offending text with up to 40 characters of context either side.

export const EXCERPT_CONTEXT = 40;

export function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(text.length, end + EXCERPT_CONTEXT);
  return text.slice(from, to);
}
