// Stand-in for office-addin-manifest under jest: office-addin-mock only needs the OfficeApp enum, and the real
// package pulls an ESM-only dependency (strip-bom) that jest on Node 20 cannot load.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OfficeApp = Object.freeze({
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
});
