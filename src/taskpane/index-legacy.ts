// Entry of the legacy build (the old Edge webview, chosen by bundle-loader.js): the web APIs it lacks first.
import "./polyfills";
import "./index";
