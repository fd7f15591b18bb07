// Plain JavaScript: vitest loads config files without compiling the packages they import.
import { defineConfig } from "vitest/config";

/**
 * Shared vitest settings. API suites open an embedded PGlite (a few seconds of WebAssembly start-up) and run while
 * other packages' suites share two cores, so timeouts are generous: tests assert behaviour, never timings.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
