import { nationalOverview } from "@pcmt/api";
import { openDatabase } from "@pcmt/db";
import { format } from "date-fns";
import { createBenchCaller } from "./benchDatabase";

const database = await openDatabase({ kind: "postgres", connectionString: "postgres://postgres@127.0.0.1:5432/pcmt_bench_national", poolSize: 4 });
const caller = createBenchCaller(database, { userId: crypto.randomUUID(), username: "b", displayName: "b", role: "admin", agencyCode: null, provinceCode: null });
const today = format(new Date(), "yyyy-MM-dd");
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < 30; i++) {
  let s = performance.now();
  await caller().console.nationalOverview();
  a.push(Math.round(performance.now() - s));
  s = performance.now();
  await nationalOverview(database.db, today);
  b.push(Math.round(performance.now() - s));
}
process.stdout.write(`caller ${a.join(" ")}\nfunction ${b.join(" ")}\n`);
await database.close();
