import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Layer boundaries (DESIGN.md): code in lib/ never reaches up into pages or components, and the
// lower layers (upstream clients, emulator, shared rules and schemas) never import the BFF or the
// browser queries either. Relative spellings are caught as well as the @/ alias.
const UI_IMPORTS = [
  { regex: "^@/(app|components)(/|$)", message: "lib/ never imports pages or components." },
  { regex: "^(\\.\\./)+(app|components)(/|$)", message: "lib/ never imports pages or components." },
];
const LOWER_LAYER_IMPORTS = [
  ...UI_IMPORTS,
  {
    regex: "^@/lib/(api|queries)(/|$)",
    message: "A lower layer never imports the BFF (lib/api) or the browser queries (lib/queries).",
  },
  {
    regex: "^(\\.\\./)+(lib/)?(api|queries)(/|$)",
    message: "A lower layer never imports the BFF (lib/api) or the browser queries (lib/queries).",
  },
];
const LOWER_LAYERS = ["token360", "emulator", "video", "schemas", "media", "errors"];

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
      "instrumentation.ts",
      "lib/check-environment.ts",
      "next.config.ts",
      "playwright.config.ts",
      "tests/**",
      "scripts/**",
      "bench/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: UI_IMPORTS }] },
  },
  {
    files: LOWER_LAYERS.map((folder) => `lib/${folder}/**/*.{ts,tsx}`),
    rules: { "no-restricted-imports": ["error", { patterns: LOWER_LAYER_IMPORTS }] },
  },
  // The two pages share through components/ui and components/shared, never through each other.
  {
    files: ["components/playground/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^@/components/assets(/|$)", message: "Share through components/shared." }] },
      ],
    },
  },
  {
    files: ["components/assets/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ regex: "^@/components/playground(/|$)", message: "Share through components/shared." }],
        },
      ],
    },
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
