// Lint rules for plugin packages: the shared rules, plus the plugin boundary of the SDK contract.
import base from "./index.js";

export default [
  ...base,
  {
    rules: {
      // A plugin talks to the core only through the SDK: never to apps/, packages/api or packages/db, nor to
      // another plugin (Backstage's rule: core services are injected, never imported from core internals).
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@pcmt/api",
                "@pcmt/api/*",
                "@pcmt/db",
                "@pcmt/db/*",
                "@pcmt/server",
                "@pcmt/web",
                "@pcmt/plugin-*",
                "!@pcmt/plugin-sdk",
                "!@pcmt/plugin-sdk/*",
                "**/apps/**",
              ],
              message: "A plugin imports only @pcmt/plugin-sdk, @pcmt/domain and @pcmt/ui.",
            },
          ],
        },
      ],
    },
  },
];
