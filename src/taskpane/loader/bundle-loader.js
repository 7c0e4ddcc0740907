/* global window, document */
// ES5 on purpose: picks the bundle each page runs. The modern build is compiled for browsers that have WeakRef,
// ResizeObserver, Blob text(), Object.fromEntries and String replaceAll (Chromium/Edge 85, Firefox 79, Safari
// 14.1: what Office's current webviews are); they then have every API src/taskpane/polyfills.ts adds and flex
// gap too. Anything else (the old Edge webview of Office 2016/2019, EdgeHTML 18, which supports type=module, so
// module/nomodule cannot tell it apart) gets the legacy build. The page lists both in data-modern / data-legacy
// (space-separated, in order); a feature test rather than the user agent, and no eval: the pages' CSP forbids it.
(function () {
  var script = document.currentScript || document.querySelector("script[data-modern]");
  var modern =
    typeof window.WeakRef === "function" &&
    typeof window.ResizeObserver === "function" &&
    typeof Object.fromEntries === "function" &&
    typeof String.prototype.replaceAll === "function" &&
    !!window.Blob &&
    typeof window.Blob.prototype.text === "function";
  var files = script.getAttribute(modern ? "data-modern" : "data-legacy").split(" ");
  document.documentElement.setAttribute("data-bundle", modern ? "modern" : "legacy");
  for (var i = 0; i < files.length; i++) {
    if (!files[i]) continue;
    var tag = document.createElement("script");
    tag.src = files[i];
    // Inserted scripts run in insertion order only when not async.
    tag.async = false;
    document.head.appendChild(tag);
  }
})();
