// Recipients as the user types them in the settings form: one per line, the purpose in brackets at the end.
import type { Recipient } from "./types";

export function parseRecipientLines(text: string): Recipient[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^-\s*/, "")
        .replace(/[;.]+$/, "")
        .trim(),
    )
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*?)\s*\(([^()]+)\)$/.exec(line);
      return m ? { name: m[1].trim(), purpose: m[2].trim() } : { name: line };
    });
}

export function recipientLines(recipients: Recipient[]): string {
  return recipients.map((r) => (r.purpose ? `${r.name} (${r.purpose})` : r.name)).join("\n");
}
