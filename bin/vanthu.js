#!/usr/bin/env node
// vanthu: loads the CLI bundle (plain JavaScript built by scripts/build-cli.mjs), building it first if missing.
"use strict";
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");

const bundle = path.join(__dirname, "..", "dist-cli", "vanthu.mjs");
if (!fs.existsSync(bundle)) {
  const { spawnSync } = require("child_process");
  const built = spawnSync(process.execPath, [path.join(__dirname, "..", "scripts", "build-cli.mjs")], {
    stdio: "inherit",
  });
  if (built.status !== 0 || !fs.existsSync(bundle)) {
    process.stderr.write("vanthu: không dựng được bản chạy của dòng lệnh (chạy lại: npm run build:cli).\n");
    process.exit(2);
  }
}

import(pathToFileURL(bundle).href)
  .then((cli) => cli.run(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`vanthu: ${error && error.message ? error.message : error}\n`);
      process.exitCode = 2;
    },
  );
