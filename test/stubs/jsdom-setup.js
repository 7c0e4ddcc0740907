// jsdom lacks ResizeObserver, which Fluent UI's MessageBar and overflow components construct on mount.
if (typeof window !== "undefined" && typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
