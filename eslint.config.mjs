// ESLint flat config: typescript-eslint's recommended rules, the Office add-in rules (which bring Prettier as a
// rule) and eslint-config-prettier.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

// eslint-plugin-office-addins registers its own older copy of @typescript-eslint; flat config allows one plugin
// per name, so its entries get the project's copy (and parser), and its rules also cover .tsx files.
const officeRecommended = officeAddins.configs.recommended.map((config) =>
  config.plugins?.["@typescript-eslint"]
    ? {
        ...config,
        files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"],
        plugins: { ...config.plugins, "@typescript-eslint": tseslint.plugin },
        languageOptions: { ...config.languageOptions, parser: tseslint.parser, ecmaVersion: 2022 },
      }
    : config,
);

export default [
  {
    ignores: ["node_modules/", "dist/", "dist-cli/", "dist-e2e/", "coverage/", "test-results/", "**/*.d.ts"],
  },
  ...officeRecommended,
  ...tseslint.configs.recommended.filter((config) => !config.plugins),
  {
    // Parameters and bindings named with a leading underscore are unused on purpose (as tsc's noUnused* allow).
    files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The task pane must run in the old Edge webview of Office 2016/2019 (EdgeHTML 18). Babel compiles the other
    // ES2018 regular-expression features away (\p{…}, named groups, the s flag); a lookbehind it cannot, and a
    // pattern built at run time it never sees. src/core/text/match-after.ts does one-character lookbehinds.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/cli/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Literal[regex.pattern=/\\(\\?<[=!]/]",
          message: "Old Edge cannot parse a lookbehind: use matchAllAfter (src/core/text/match-after.ts).",
        },
        {
          selector: "TemplateElement[value.raw=/\\(\\?<[=!]/]",
          message: "Old Edge cannot parse a lookbehind: use matchAllAfter (src/core/text/match-after.ts).",
        },
        {
          selector: "NewExpression[callee.name='RegExp'] > Literal[value=/\\(\\?<|\\\\[pP]\\{/]",
          message: "Old Edge cannot parse this pattern, and Babel does not see a pattern given as a string.",
        },
      ],
    },
  },
  {
    files: ["test/**/*.{ts,tsx,js}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest, ...globals.browser } },
  },
];
