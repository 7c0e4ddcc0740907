// Text from a document reaches the terminal only as visible characters: a control character (ESC, BEL, the C1
// controls such as CSI) or a bidirectional override could otherwise move the cursor, retitle the window, hide
// text or reorder what the user reads.

// C0 controls except tab and line feed, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every terminal control shown as "<U+001B>" instead of acting. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}
