// Lint rules for the web app: the shared rules, plus its boundary — from the server side it imports types only
// (the app router's type for the tRPC client, the shapes of answers), never code that would run in the browser.
import base from "./index.js";

export default [
  ...base,
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@pcmt/api", "@pcmt/api/*", "@pcmt/trpc-server"],
              allowTypeImports: true,
              message: "The web app imports only types from the server side (import type …).",
            },
            {
              group: ["@pcmt/db", "@pcmt/db/*", "@pcmt/server", "**/apps/server/**"],
              message: "The web app does not import server code.",
            },
          ],
        },
      ],
    },
  },
];
