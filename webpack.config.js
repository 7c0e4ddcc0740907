// Builds the task pane, the browser preview, the ribbon command page and the static files into dist/.
//
// Options (environment variables or `--env name=value`):
//   OFFICE_JS=cdn|local  where pages load office.js from: the Office CDN (default for `npm run build`, what
//                        Microsoft supports in production) or the bundled @microsoft/office-js copy (preview,
//                        tests, intranet hosts without internet access; default for `npm start` and tests).
//   ADDIN_URL=https://…  the origin written into dist/manifest.xml (default https://localhost:3000).
//   OUT_DIR=dist         output folder.
//   DEV_CERT / DEV_KEY   certificate files for the HTTPS dev server (scripts/start.mjs passes them).
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

// Two builds of the same code, and bundle-loader.js in each page picks one at run time by a feature test:
//  - legacy: Office 2016/2019 may run the pane in the old Edge webview (EdgeHTML 18: ES2017 with async
//    functions). Babel lowers our code and the packages' newer syntax (React, Fluent, fflate ship ES2019+) to
//    package.json's "browserslist", \p{…}, named groups and the s flag in regex literals included, and imports the
//    core-js polyfills each module uses. Lookbehind cannot be lowered: src/core does without it, and test/e2e
//    checks that the legacy bundles parse as ES2017. Web APIs core-js lacks are in src/taskpane/polyfills.ts,
//    which only this build's entry (index-legacy.ts) imports. Files are named *.legacy.*.js.
//  - modern: current webviews (MODERN_BROWSERS, what bundle-loader.js tests for): little lowering, few polyfills.
const MODERN_BROWSERS = "chrome >= 85, edge >= 85, firefox >= 79, safari >= 14.1, ios_saf >= 14.5";

const babelFor = (legacy) => ({
  loader: "babel-loader",
  options: {
    cacheDirectory: true,
    // Packages mix ES modules and CommonJS: injected polyfill imports must follow each file's own kind.
    sourceType: "unambiguous",
    presets: [
      [
        "@babel/preset-env",
        {
          // The legacy build follows package.json's "browserslist".
          ...(legacy ? {} : { targets: MODERN_BROWSERS }),
          useBuiltIns: "usage",
          corejs: "3.51",
          bugfixes: true,
          // Regex sources as strings (babel-loader's cache key would drop RegExp objects), each with the esnext.*
          // twin the plugin falls back to.
          exclude: [
            // ES2023+ methods that "usage" adds for any .map(), new Set(), new Map(), new Uint8Array() or
            // JSON.parse() (iterator helpers, Set algebra, getOrInsert, base64/hex, ArrayBuffer transfer, JSON
            // source text, typed-array copies): the TypeScript lib (ES2022) keeps our code off them and no
            // bundled package calls them.
            "es(next)?\\.iterator\\..*",
            "es(next)?\\.set\\..*\\.v2",
            "es(next)?\\.(weak-)?map\\.get-or-insert.*",
            "es(next)?\\.uint8-array\\..*",
            "es(next)?\\.array-buffer\\..*",
            "es(next)?\\.typed-array\\.(to-reversed|to-sorted|with)",
            "es(next)?\\.json\\.parse",
            // setImmediate is not a web API: core-js would add it in every browser, and React's scheduler
            // would then take it over MessageChannel.
            "web\\.(immediate|set-immediate|clear-immediate)",
          ],
        },
      ],
    ],
  },
});

/**
 * The pages' Content-Security-Policy: scripts from our origin and, when office.js comes from there, the Office CDN
 * only (no inline script, no eval); frames from our origin and office.js's telemetry proxy; styles inline too, as Fluent UI writes its styles at run time; connections to
 * any https server, for clause libraries on an intranet (bounded in size and time by fetch-library.ts).
 */
function contentSecurityPolicy({ withOffice, officeCdn, production }) {
  const scripts = ["'self'", ...(officeCdn ? [new URL(OFFICE_CDN).origin] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // office.js opens its telemetry proxy in a hidden frame.
    `frame-src 'self'${withOffice ? ` ${OFFICE_TELEMETRY_FRAME}` : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // The dev server's live reload talks over a web socket.
    `connect-src 'self' https:${production ? "" : " wss: ws:"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The legacy build's entry files, by entry name, for the pages the modern build writes (it runs second). */
const legacyFiles = {};

/** Records the legacy build's entry files once it is done. */
class RecordLegacyFiles {
  apply(compiler) {
    compiler.hooks.done.tap("RecordLegacyFiles", (stats) => {
      for (const [name, entry] of stats.compilation.entrypoints)
        legacyFiles[name] = entry.getFiles().filter((file) => file.endsWith(".js"));
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const officeJs = env.officeJs || process.env.OFFICE_JS || (production ? "cdn" : "local");
  if (officeJs !== "cdn" && officeJs !== "local")
    throw new Error(`OFFICE_JS must be cdn or local, not ${officeJs}`);
  const addinUrl = (env.addinUrl || process.env.ADDIN_URL || DEV_ORIGIN).replace(/\/+$/, "");
  if (!addinUrl.startsWith("https://")) throw new Error(`ADDIN_URL must start with https:// (${addinUrl})`);
  const outDir = path.resolve(__dirname, env.outDir || process.env.OUT_DIR || "dist");
  const officeJsUrl = officeJs === "cdn" ? OFFICE_CDN : "office-js/office.js";

  // Each page loads bundle-loader.js, which adds the modern or the legacy files of the page's entry.
  const page = (filename, entry, withOffice, title) =>
    new HtmlWebpackPlugin({
      filename,
      template: "./src/taskpane/taskpane.html",
      chunks: [entry],
      inject: false,
      templateParameters: {
        officeJsUrl: withOffice ? officeJsUrl : null,
        title,
        csp: contentSecurityPolicy({ withOffice, officeCdn: withOffice && officeJs === "cdn", production }),
        // Read when the page is written, after the legacy build.
        legacyFiles: () => legacyFiles[entry] ?? [],
      },
    });

  const copy = [
    { from: "assets/icons", to: "assets/icons" },
    { from: "src/taskpane/ie", to: "." },
    { from: "src/taskpane/loader", to: "." },
    // Rule pages, linked from each finding in the Kiểm tra tab and from the exported report.
    { from: "docs/rules", to: "docs/rules" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => content.toString().split(DEV_ORIGIN).join(addinUrl),
    },
  ];
  if (officeJs === "local") {
    // office.js fetches <ui-language>/office_strings.js, its host-to-file table and the host's word-*.js next to
    // itself; copy only those (the package is 86 MB). `minimized` stops the production minifier re-minifying them.
    const info = { minimized: true };
    copy.push(
      { from: "office.js", context: OFFICE_JS_DIR, to: "office-js/", info },
      { from: "o15apptofilemappingtable.js", context: OFFICE_JS_DIR, to: "office-js/", info },
      { from: "*/office_strings.js", context: OFFICE_JS_DIR, to: "office-js/", info },
      {
        from: "word-*.js",
        context: OFFICE_JS_DIR,
        to: "office-js/",
        info,
        globOptions: { ignore: ["**/*.debug.js"] },
      },
    );
  }

  const https =
    process.env.DEV_CERT && fs.existsSync(process.env.DEV_CERT)
      ? { type: "https", options: { cert: process.env.DEV_CERT, key: process.env.DEV_KEY } }
      : { type: "https" };

  const build = (legacy) => {
    const babel = babelFor(legacy);
    const suffix = legacy ? ".legacy" : "";
    return {
      name: legacy ? "legacy" : "modern",
      mode: production ? "production" : "development",
      // webpack's own runtime code, which babel never sees.
      target: ["web", legacy ? "es2017" : "es2020"],
      devtool: production ? false : "source-map",
      entry: {
        taskpane: legacy ? "./src/taskpane/index-legacy.ts" : "./src/taskpane/index.tsx",
        commands: "./src/commands/commands.ts",
      },
      // Both builds write into one folder (so the dev server and any static host serve them alike). The legacy
      // build runs first and clears only its own files; the modern one clears the rest and writes the pages.
      dependencies: legacy ? [] : ["legacy"],
      output: {
        path: outDir,
        filename: `[name]${suffix}.[contenthash:8].js`,
        chunkFilename: `[name]${suffix}.[contenthash:8].js`,
        uniqueName: `vanthu${suffix}`,
        clean: {
          keep: (file) => (legacy ? !/\.legacy\.[0-9a-f]{8}\.js/.test(file) : /\.legacy\./.test(file)),
        },
      },
      resolve: { extensions: [".ts", ".tsx", ".js"] },
      module: {
        rules: [
          {
            test: /\.tsx?$/,
            exclude: /node_modules/,
            use: [babel, { loader: "ts-loader", options: { transpileOnly: true } }],
          },
          {
            test: /\.[cm]?js$/,
            exclude: [
              // core-js must not import its own polyfills, nor webpack's modules get any (babel-loader's advice).
              /node_modules[\\/]core-js[\\/]/,
              /node_modules[\\/]webpack[\\/]buildin[\\/]/,
              // Fluent's icon tables (130 MB of plain ES2015 calls): babel would only slow the build.
              /node_modules[\\/]@fluentui[\\/]react-icons[\\/]lib[\\/](atoms|fonts|icons|sizedIcons)[\\/]/,
            ],
            use: babel,
          },
          // Nothing in core or the hosts acts on import: a module whose exports go unused can go whole, with the
          // polyfills babel imported into it (otherwise they stay even when their code is shaken out).
          { test: /[\\/]src[\\/](core|host)[\\/]/, sideEffects: false },
          // The preview's sample plan, served beside the pages under its own name.
          { test: /\.docx$/, type: "asset/resource", generator: { filename: "assets/sample/[name][ext]" } },
        ],
      },
      plugins: legacy
        ? [new RecordLegacyFiles()]
        : [
            page("taskpane.html", "taskpane", true, "Trợ lý Văn thư"),
            page("preview.html", "taskpane", false, "Trợ lý Văn thư — xem thử"),
            page("commands.html", "commands", true, "Trợ lý Văn thư — lệnh"),
            new CopyWebpackPlugin({ patterns: copy }),
          ],
      performance: { hints: false },
      ...(legacy
        ? {}
        : {
            devServer: {
              port: 3000,
              server: https,
              headers: { "Access-Control-Allow-Origin": "*" },
              static: false,
              hot: false,
              liveReload: true,
              client: { overlay: { warnings: false, errors: true } },
            },
          }),
    };
  };
  return [build(true), build(false)];
};
