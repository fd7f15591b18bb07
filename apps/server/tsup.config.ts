import { defineConfig } from "tsup";

// One bundle for the server and its CLI. Workspace packages are TypeScript sources, so they are bundled in;
// third-party packages stay in node_modules (PGlite loads its WebAssembly from there). tsup keeps external only the
// dependencies listed in this package.json, so every third-party package the workspace packages use on the
// server must be listed there too.
export default defineConfig({
  // The spreadsheet reader runs in a worker thread: its own entry, found beside cli.js at run time (readSheet.ts).
  entry: { cli: "src/cli/main.ts", sheetReaderWorker: "../../packages/api/src/spreadsheets/sheetReaderWorker.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  sourcemap: true,
  noExternal: [/^@pcmt\//],
  // Bundled plugin packages import React for their web entries' types only; keep any stray import external.
  external: ["react", "react-dom"],
});
