import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "lib/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    ".tmp/**",
    "bench/.work/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      // Pages are cached and quick to load on a click; prefetching every link in view would add
      // requests after load to every page (its one request is the viewer's state), so say it.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement:matches([name.name='Link'], [name.name='Form']):not(:has(JSXAttribute[name.name='prefetch']))",
          message: "Give <Link>/<Form> prefetch={false}: a page's only request after load is the viewer's state (issue 11).",
        },
      ],
    },
  },
]);
