// Usage: pnpm --filter @pcmt/catalog check documents/<slug>.json — validates one catalog document.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { checkCatalogDocument } from "../src/checkCatalogDocument";

const file = resolve(process.argv[2] ?? "");
const json = JSON.parse(readFileSync(file, "utf8")) as { sourceFile?: string };
const source = readFileSync(join(dirname(file), "..", "sources", json.sourceFile ?? ""), "utf8");
const { errors, summary } = checkCatalogDocument(json, source);
for (const line of summary) process.stdout.write(`${line}\n`);
for (const error of errors) process.stdout.write(`ERROR ${error}\n`);
process.exit(errors.length > 0 ? 1 : 0);
