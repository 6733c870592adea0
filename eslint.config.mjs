// ESLint flat config: the Obsidian review rules and type-checked typescript-eslint on the plugin,
// plus the one architectural rule this codebase lives by — src/core knows nothing of Obsidian,
// CodeMirror or the DOM.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

export default defineConfig([
  globalIgnores(["node_modules/", "main.js", "coverage/", "test-results/", ".cache/", "demo-vault/", ".bench-vault/"]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "scripts/*.mjs", "scripts/*.cjs", "jest.config.cjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // TypeScript already checks names; `no-undef` only misreads type-only globals and jest's.
    files: ["**/*.ts"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["obsidian", "@codemirror/*", "@lezer/*", "electron"], message: "src/core is pure: keep Obsidian and CodeMirror in the adapters." },
          { group: ["node:*", "fs", "path", "os", "child_process"], message: "src/core runs on mobile too: no Node built-ins." },
          { group: ["../../editor/*", "../../ui/*", "../../obsidian/*", "../../main"], message: "src/core must not depend on the layers above it." },
        ],
      }],
      "no-restricted-globals": ["error",
        { name: "document", message: "src/core has no DOM." },
        { name: "window", message: "src/core has no DOM." },
      ],
      "no-restricted-properties": ["error",
        { object: "Date", property: "now", message: "Time is an argument in src/core." },
      ],
    },
  },
  {
    // Tests, scripts and build files run on Node, not in Obsidian.
    files: ["tests/**/*.ts", "scripts/**/*.ts", "scripts/**/*.mjs", "scripts/**/*.cjs", "*.mjs", "*.cjs"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", module: "writable", require: "readonly", __dirname: "readonly" },
    },
    rules: {
      "obsidianmd/rule-custom-message": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "obsidianmd/no-nodejs-modules": "off",
      "import/no-nodejs-modules": "off",
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/no-forbidden-elements": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/ui/sentence-case": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/require-await": "off",
      "no-console": "off",
    },
  },
  {
    // CommonJS build helpers (loaded by the ESM build configuration and by the TypeScript tools alike).
    files: ["scripts/**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
]);
