// Web APIs that the old Edge webview of Office 2016/2019 (EdgeHTML 18) lacks, that core-js does not provide and
// that the built bundle calls without a fallback; each is installed only where missing. index.tsx imports this
// module first. (Language features and ES built-ins come from babel and core-js: see webpack.config.js.)
//   composedPath()    tabster, keyborg and Fluent's focus-visible code read `event.composedPath()[0]` on focus.
//   WeakRef           keyborg wraps every element focused by script in one; tabster keeps elements in them. A
//                     strong reference stands in: nothing here depends on an element being collected.
//   DOMRect           tabster builds one for the visible part of a scrolling container (arrow-key moves).
//   ResizeObserver    MessageBar watches its own width to put its actions under the text (@juggle/resize-observer).
//   flex gap          a CSS feature: markMissingFlexGap and shell/flex-gap.ts put margins in its place.
//   Blob text(),      reading a chosen file (org profile import in Cài đặt; the preview's "open a document").
//   arrayBuffer()
// Checked and left alone, each caller having its own fallback: TextDecoder and TextEncoder (fflate; src/core
// uses fflate's decoders), queueMicrotask (React, fflate; core-js adds it too), Element.animate (Fluent's motion
// skips the animation), globalThis (webpack's runtime), setImmediate (React's scheduler takes MessageChannel),
// crypto.getRandomValues (present in EdgeHTML).

import { ResizeObserver as ResizeObserverPolyfill } from "@juggle/resize-observer";
import { NO_FLEX_GAP } from "./shell/flex-gap";

type Target = Record<string, unknown>;

function define(target: object, name: string, value: unknown): void {
  if ((target as Target)[name] === undefined)
    Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

/** The target, its ancestors, then the document's window (no shadow roots in EdgeHTML). */
function composedPath(this: Event): EventTarget[] {
  type Hop = EventTarget & { parentNode?: Node | null; defaultView?: Window | null };
  const path: EventTarget[] = [];
  for (let node = this.target as Hop | null; node; node = node.parentNode || node.defaultView || null)
    path.push(node);
  return path;
}

class StrongRef<T extends object> {
  constructor(private readonly target: T) {}
  deref(): T {
    return this.target;
  }
}

class Rect {
  constructor(
    public x = 0,
    public y = 0,
    public width = 0,
    public height = 0,
  ) {}
  get left(): number {
    return Math.min(this.x, this.x + this.width);
  }
  get right(): number {
    return Math.max(this.x, this.x + this.width);
  }
  get top(): number {
    return Math.min(this.y, this.y + this.height);
  }
  get bottom(): number {
    return Math.max(this.y, this.y + this.height);
  }
  static fromRect(r: { x?: number; y?: number; width?: number; height?: number } = {}): Rect {
    return new Rect(r.x, r.y, r.width, r.height);
  }
  toJSON() {
    const { x, y, width, height, top, right, bottom, left } = this;
    return { x, y, width, height, top, right, bottom, left };
  }
}

function readBlob(blob: Blob, as: "text" | "buffer"): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string | ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    if (as === "text") reader.readAsText(blob, "utf-8");
    else reader.readAsArrayBuffer(blob);
  });
}

/** Marks <html> with NO_FLEX_GAP where flex boxes ignore `gap` (a CSS feature, so measured, not looked up). */
export function markMissingFlexGap(doc: Document): void {
  const box = doc.createElement("div");
  box.style.cssText = "display:flex;flex-direction:column;row-gap:1px;position:absolute;visibility:hidden";
  box.appendChild(doc.createElement("div"));
  box.appendChild(doc.createElement("div"));
  doc.documentElement.appendChild(box);
  const supported = box.scrollHeight === 1;
  doc.documentElement.removeChild(box);
  if (!supported) doc.documentElement.classList.add(NO_FLEX_GAP);
}

export function installPolyfills(win: Window): void {
  const w = win as unknown as Window & Target;
  define((w.Event as typeof Event).prototype, "composedPath", composedPath);
  define(w, "WeakRef", StrongRef);
  define(w, "DOMRect", Rect);
  define(w, "ResizeObserver", ResizeObserverPolyfill);
  const blob = (w.Blob as typeof Blob | undefined)?.prototype;
  if (blob) {
    define(blob, "text", function (this: Blob) {
      return readBlob(this, "text");
    });
    define(blob, "arrayBuffer", function (this: Blob) {
      return readBlob(this, "buffer");
    });
  }
}

installPolyfills(window);
markMissingFlexGap(document);
