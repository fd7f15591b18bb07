// Runs a worker thread's TypeScript source (tests, `pnpm pcmt`): tsx is registered, then the script named in
// workerData.script is imported. The built server runs its bundled worker directly and never loads this file.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.script);
