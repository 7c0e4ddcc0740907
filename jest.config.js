// Two projects: "unit" (core, hosts, task pane in jsdom, CLI, manifest) and "e2e" (the built preview in Debian's
// chromium; `npm test` builds it first). `npm run test:unit` runs the first only.
const transform = {
  "^.+\\.(t|j)sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } } },
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ["default", "<rootDir>/test/reporters/summary-reporter.js"],
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
      transform,
      setupFiles: ["<rootDir>/test/stubs/jsdom-setup.js"],
      moduleNameMapper: {
        "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
        "\\.docx$": "<rootDir>/test/stubs/file-url.js",
      },
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      transform,
    },
  ],
};
