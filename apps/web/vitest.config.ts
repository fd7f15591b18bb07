import { defineConfig } from "vitest/config";

// Unit tests of the web app's own logic (the pure parts of its pages); the browser tests are in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
  },
});
