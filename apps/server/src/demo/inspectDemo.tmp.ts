import { buildConsolidatedReport, installedPlugins, loadCatalog, migratePlatform, nationalOverview, provinceOverview } from "@pcmt/api";
import { openDatabase } from "@pcmt/db";
import { seedDemoReports } from "./seedDemoReports";

const today = process.argv[2] ?? "2026-12-01";
const database = await openDatabase({ kind: "pglite", dataDir: null } as never);
await migratePlatform(database.db, installedPlugins);
await loadCatalog(database.db, installedPlugins);
console.time("seed");
console.log("reports", await seedDemoReports(database.db, today));
console.timeEnd("seed");
for (const province of ["quang_tri", "thai_nguyen", "ha_tinh"]) {
  const o = await provinceOverview(database.db, province, { periods: 6, until: today, today });
  console.log("==", province, o.reference.period, o.reference.label, "choices", o.reference.choices.slice(0, 5).map((c) => c.period).join(","));
  for (const d of o.documents) console.log("  doc", d.number ?? d.slug, d.lifetime.status, d.countedOn, `done ${d.done} prog ${d.in_progress} ns ${d.not_started} over ${d.overdue} / ${d.total}`);
  for (const i of o.indicators) if (i.measurable) console.log("  ind", i.ref, i.name.slice(0, 50), i.value?.toFixed(1), i.period, i.completeness && `${i.completeness.reported}/${i.completeness.expected}`, i.state, i.final ? "final" : "");
  console.log("  matrix", o.timeliness.periods.join(","), "agencies", o.timeliness.agencies.length);
  for (const c of o.timeliness.cells.filter((c) => c.period === o.timeliness.periods.at(-1))) console.log("   ", c.agency, c.period, c.label);
}
const n = await nationalOverview(database.db, today);
for (const p of n.provinces) console.log("national", p.code, JSON.stringify(p.indicators), JSON.stringify(p.reporting));
await database.close();
