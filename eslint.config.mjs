import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Import `env` from lib/env.ts instead." },
      ],
    },
  },
  {
    files: [
      "lib/env.ts",
      "lib/env-schema.ts",
      "next.config.ts",
      "playwright.config.ts",
      "tests/**",
      "scripts/**",
      "bench/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    ignores: [
      ".next*/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
