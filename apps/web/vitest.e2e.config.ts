import { defineConfig } from "vitest/config";

// End-to-end tests: the built server and web app, driven in Debian's Chromium by playwright-core.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
