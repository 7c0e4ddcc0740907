// What jsdom lacks and the task pane uses: ResizeObserver (Fluent UI's MessageBar and overflow components construct
// it on mount) and TextEncoder/TextDecoder (the OOXML reader and writer), which browsers and Node both have.
if (typeof window !== "undefined") {
  if (typeof window.ResizeObserver === "undefined") {
    window.ResizeObserver = class ResizeObserver {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  const { TextDecoder, TextEncoder } = require("util");
  if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = TextDecoder;
  if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = TextEncoder;
}
