/** Jest runs the TypeScript tests through ts-jest; `obsidian` (types only on npm) maps to a small mock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }],
  },
  moduleNameMapper: {
    "^obsidian$": "<rootDir>/tests/__mocks__/obsidian.ts",
    "^virtual:parse-worker$": "<rootDir>/tests/__mocks__/parse-worker-source.ts",
  },
};
