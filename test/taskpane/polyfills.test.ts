/** @jest-environment jsdom */
// The stand-ins the pane installs for web APIs the old Edge webview lacks (src/taskpane/polyfills.ts).
import { ResizeObserver as ResizeObserverPolyfill } from "@juggle/resize-observer";
import { installPolyfills, markMissingFlexGap } from "../../src/taskpane/polyfills";
import { NO_FLEX_GAP } from "../../src/taskpane/shell/flex-gap";

type Bare = Window & Record<string, unknown>;

/** A window with events but none of the APIs the polyfills provide. */
function bareWindow(): Bare {
  return Object.assign(new EventTarget(), { Event: class {} }) as unknown as Bare;
}

test("composedPath() lists the target, its ancestors, the document and the window", () => {
  const native = Object.getOwnPropertyDescriptor(Event.prototype, "composedPath")!;
  delete (Event.prototype as Partial<Event>).composedPath;
  try {
    installPolyfills(window);
    document.body.innerHTML = "<div><span>x</span></div>";
    const span = document.querySelector("span")!;
    let path: EventTarget[] = [];
    document.addEventListener("focusin", (e) => (path = e.composedPath()));
    span.dispatchEvent(new Event("focusin", { bubbles: true }));
    expect(path).toEqual([span, span.parentNode, document.body, document.documentElement, document, window]);
  } finally {
    Object.defineProperty(Event.prototype, "composedPath", native);
  }
});

test("only what is missing is installed", () => {
  const win = bareWindow();
  const Mine = class {};
  win.WeakRef = Mine;
  installPolyfills(win);
  expect(win.WeakRef).toBe(Mine);
  expect(typeof win.DOMRect).toBe("function");
});

test("WeakRef hands back its target", () => {
  const win = bareWindow();
  installPolyfills(win);
  const target = {};
  expect(new (win.WeakRef as WeakRefConstructor)(target).deref()).toBe(target);
});

test("DOMRect has its edges, also for a negative size", () => {
  const win = bareWindow();
  installPolyfills(win);
  const Rect = win.DOMRect as typeof DOMRect;
  expect(new Rect(10, 20, -4, 6).toJSON()).toEqual({
    x: 10,
    y: 20,
    width: -4,
    height: 6,
    top: 20,
    right: 10,
    bottom: 26,
    left: 6,
  });
  expect(new Rect().toJSON()).toMatchObject({ x: 0, width: 0, right: 0 });
  expect(Rect.fromRect({ x: 1, width: 2 }).right).toBe(3);
});

test("ResizeObserver comes from @juggle/resize-observer where the browser has none", () => {
  const win = bareWindow();
  installPolyfills(win);
  expect(win.ResizeObserver).toBe(ResizeObserverPolyfill);
});

// jsdom's Blob has neither: these are the ones installed when the module loaded.
test("Blob text() and arrayBuffer() read through FileReader", async () => {
  const blob = new Blob(["Quốc hiệu"], { type: "text/plain" });
  await expect(blob.text()).resolves.toBe("Quốc hiệu");
  const bytes = Array.from(new Uint8Array(await blob.arrayBuffer()));
  expect(bytes).toEqual(Array.from(Buffer.from("Quốc hiệu", "utf8")));
});

test("marks <html> where a flex box ignores gap, and only there", () => {
  const html = document.documentElement;
  html.classList.remove(NO_FLEX_GAP);
  // jsdom lays nothing out: its flex box measures 0, as one that ignores gap would.
  markMissingFlexGap(document);
  expect(html.classList.contains(NO_FLEX_GAP)).toBe(true);

  html.classList.remove(NO_FLEX_GAP);
  const measured = jest.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockReturnValue(1);
  try {
    markMissingFlexGap(document);
  } finally {
    measured.mockRestore();
  }
  expect(html.classList.contains(NO_FLEX_GAP)).toBe(false);
  expect(html.children).toHaveLength(2);
});
