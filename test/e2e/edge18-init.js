// Runs in every page before its scripts (old-edge.ts adds it, with `acorn` in scope) to make chromium lack what
// the old Edge webview of Office 2016/2019 (EdgeHTML 18) lacks, so that the bundles' polyfills and fallbacks are
// what the pane runs on:
//  - the ES2018+ built-ins and the web APIs below are deleted (but globalThis: playwright's own calls into the
//    page need it; the bundles' only uses, in webpack's runtime and core-js, test for it first);
//  - RegExp and Function check their source as ES2017, with acorn, and throw SyntaxError like EdgeHTML for
//    lookbehind, named groups, \p{…}, the s flag (RegExp) or newer syntax (Function, as ajv compiles with it).
/* global acorn */
(function () {
  // The browser's own error page (shown for the refused telemetry frame of office.js) is left alone.
  if (location.protocol !== "http:" && location.protocol !== "https:") return;
  const missing = {
    Object: "fromEntries hasOwn groupBy",
    Array: "fromAsync",
    "Array.prototype": "flat flatMap at findLast findLastIndex toReversed toSorted toSpliced with",
    "String.prototype": "matchAll replaceAll trimStart trimEnd at isWellFormed toWellFormed",
    Promise: "allSettled any withResolvers try",
    Map: "groupBy",
    "Set.prototype":
      "union intersection difference symmetricDifference isSubsetOf isSupersetOf isDisjointFrom",
    "Symbol.prototype": "description",
    "RegExp.prototype": "dotAll hasIndices unicodeSets",
    Intl: "Segmenter ListFormat RelativeTimeFormat Locale DisplayNames",
    URL: "canParse parse",
    AbortSignal: "timeout any",
    "Event.prototype": "composedPath",
    "Element.prototype": "animate getAnimations replaceChildren attachShadow",
    "Blob.prototype": "text arrayBuffer stream",
    window:
      "queueMicrotask structuredClone requestIdleCallback cancelIdleCallback TextEncoder TextDecoder " +
      "TextEncoderStream TextDecoderStream ResizeObserver ResizeObserverEntry WeakRef FinalizationRegistry " +
      "DOMRect DOMRectReadOnly AggregateError Iterator",
  };
  for (const owner of Object.keys(missing)) {
    const target = owner.split(".").reduce((object, key) => object[key], window);
    for (const name of missing[owner].split(" ")) {
      if (!delete target[name]) throw new Error(`could not delete ${owner}.${name}`);
    }
  }

  // acorn builds regular expressions while it checks one: those are not checked in turn.
  let checking = false;
  function assertES2017(code) {
    if (checking) return;
    checking = true;
    try {
      acorn.parse(code, { ecmaVersion: 2017 });
    } catch (error) {
      throw new SyntaxError(`EdgeHTML 18 cannot compile ${code.slice(0, 200)}: ${error.message}`);
    } finally {
      checking = false;
    }
  }

  const NativeRegExp = RegExp;
  function EdgeRegExp(pattern, flags) {
    // RegExp(re) hands back re itself, as the spec says (core-js tests for it).
    if (
      !new.target &&
      flags === undefined &&
      pattern instanceof NativeRegExp &&
      pattern.constructor === EdgeRegExp
    )
      return pattern;
    const re = new NativeRegExp(pattern, flags);
    // The flags as given: re.flags leaves out "s" once dotAll is gone.
    const given = flags !== undefined ? String(flags) : pattern instanceof NativeRegExp ? pattern.flags : "";
    assertES2017(`/${re.source}/${given}`);
    if (new.target && new.target !== EdgeRegExp) Object.setPrototypeOf(re, new.target.prototype);
    return re;
  }
  Object.setPrototypeOf(EdgeRegExp, NativeRegExp);
  EdgeRegExp.prototype = NativeRegExp.prototype;
  Object.defineProperty(NativeRegExp.prototype, "constructor", {
    value: EdgeRegExp,
    writable: true,
    configurable: true,
  });
  window.RegExp = EdgeRegExp;

  const NativeFunction = Function;
  function EdgeFunction(...args) {
    const body = args.length ? String(args[args.length - 1]) : "";
    assertES2017(`(function anonymous(${args.slice(0, -1).join(",")}\n) {\n${body}\n})`);
    return NativeFunction(...args);
  }
  EdgeFunction.prototype = NativeFunction.prototype;
  window.Function = EdgeFunction;
})();
