import { drillDownIndicator, nationalOverview, provinceOverview } from "@pcmt/api";
import { sql } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";
import { syntheticDataset, syntheticScales, type SyntheticScaleName } from "@pcmt/synthetic";
import { format } from "date-fns";
import os from "node:os";
import { baselineIndexes, plainSqlSums } from "./baselines/plainSqlSums";
import { timelinessInOneQuery } from "./baselines/timelinessInOneQuery";
import { createBenchCaller, type Engine, openBenchDatabase } from "./benchDatabase";
import { buildImportFile, measureImport, measureRowByRow, removeImported, setAsideMonths } from "./importBenchmark";
import { measureP95, note, printImportLine, printQueryLine } from "./measure";

/**
 * `pnpm bench [--scale national|small] [--engine postgres|pglite]`: the console's queries and the bulk import on
 * the synthetic dataset, each beside its naive baseline in the same run. National: PostgreSQL on the national
 * dataset and PGlite on the small one; small: both engines on the small dataset.
 */
function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  };
  const scale = (value("scale") ?? "national") as SyntheticScaleName;
  if (!(scale in syntheticScales)) throw new Error(`--scale phải là national hoặc small (nhận "${scale}")`);
  const engine = value("engine");
  if (engine && engine !== "postgres" && engine !== "pglite")
    throw new Error(`--engine phải là postgres hoặc pglite (nhận "${engine}")`);
  return { scale, engines: engine ? [engine as Engine] : (["postgres", "pglite"] as Engine[]) };
}

const admin: Actor = {
  userId: crypto.randomUUID(),
  username: "bench",
  displayName: "Benchmark",
  role: "admin",
  agencyCode: null,
  provinceCode: null,
};

async function benchEngine(engine: Engine, scaleName: SyntheticScaleName) {
  const dataset = syntheticDataset(syntheticScales[scaleName]);
  note(
    `${engine}: bộ dữ liệu ${scaleName} — ${dataset.provinces.length} tỉnh, ${dataset.provinces.reduce((n, p) => n + p.units.filter((u) => u.level === "commune" && u.validTo === null).length, 0)} xã/phường hiện nay, ${dataset.months.length} tháng, ${dataset.valueCount} giá trị`,
  );
  const loadStart = performance.now();
  const database = await openBenchDatabase(engine, dataset, (line) => note(`${engine}: ${line}`));
  note(`${engine}: sẵn sàng sau ${Math.round((performance.now() - loadStart) / 1000)} s`);
  const caller = createBenchCaller(database, admin);
  const today = format(new Date(), "yyyy-MM-dd");
  const province = dataset.provinces[0]!.code;
  const indicatorId = `${dataset.provinces[0]!.document.slug}#${dataset.provinces[0]!.document.indicators[0]!.ref}`;
  const national = engine === "postgres" && scaleName === "national";
  const iterations = national ? 40 : 30;
  const baselineIterations = national ? 10 : 15;
  try {
    // Each console read through the app's procedure, then (after all of them, so that the baselines' scans do not
    // evict the caches the real reads use) the competent baseline of tooling/bench/src/baselines.
    const reads: { name: string; run: () => Promise<unknown>; baseline: () => Promise<unknown> }[] = [
      {
        name: "overview_province",
        run: () => caller().console.overview({ provinceCode: province }),
        baseline: () =>
          provinceOverview(database.db, province, { periods: 6, until: today, today, sums: plainSqlSums }),
      },
      {
        name: "overview_national",
        run: () => caller().console.nationalOverview(),
        baseline: () => nationalOverview(database.db, today, { sums: plainSqlSums }),
      },
      {
        name: "indicator_drilldown",
        run: () => caller().console.indicatorDrillDown({ indicatorId, provinceCode: province }),
        baseline: () => drillDownIndicator(database.db, province, indicatorId, undefined, { sums: plainSqlSums }),
      },
      {
        name: "timeliness_matrix",
        run: () => caller().console.timelinessMatrix({ provinceCode: province, periods: 12 }),
        baseline: () => timelinessInOneQuery(database.db, province, { periods: 12, until: today, today }),
      },
    ];
    const measured: number[] = [];
    for (const read of reads) measured.push(await measureP95(read.run, iterations, 5));
    const indexStart = performance.now();
    await baselineIndexes.create(database.db);
    note(
      `${engine}: chỉ mục của đường cơ sở (${baselineIndexes.description}) tạo trong ${Math.round((performance.now() - indexStart) / 1000)} s`,
    );
    const baselines: number[] = [];
    try {
      for (const read of reads) baselines.push(await measureP95(read.baseline, baselineIterations, 1));
    } finally {
      await baselineIndexes.drop(database.db);
    }
    reads.forEach((read, i) => printQueryLine(read.name, engine, measured[i]!, baselines[i]!));

    // Dead rows left by an earlier run's removed imports would slow this one: cleared first (not timed).
    await sql`vacuum data_values, data_value_totals, audit_log`.execute(database.db);
    // Four files of months after the reform of 1/7/2025 (values per commune): the small dataset's 24 months hold four
    // files of about 12,000 values.
    const wanted = national ? 100_000 : 12_000;
    // Four files' months of the dataset's end (three measured runs, one for the baseline) set aside, restored after.
    const aside = await setAsideMonths(database, dataset, wanted, 4);
    let valuesPerSecond: number;
    let baseline: number;
    try {
      const measuredImport = await measureImport(admin, database, dataset, wanted, 3);
      valuesPerSecond = measuredImport.valuesPerSecond;
      const files = measuredImport.files;
      const last = files.at(-1)!;
      // Saved means visible: the console reads the month at once (no rebuild step exists to wait for).
      const overview = await caller().console.overview({ provinceCode: province, period: last.months.at(-1) });
      const visible = overview.indicators.some((i) => i.period === last.months.at(-1));
      note(
        `${engine}: nhập ${last.values} giá trị mỗi lần (${files.map((f) => f.months.join("+")).join(", ")}); hiện ngay trên bảng điều hành: ${visible ? "có" : "KHÔNG"}`,
      );
      if (!visible) throw new Error("Giá trị vừa nhập không hiện trên bảng điều hành.");
      // The baseline's file goes into the month(s) before the measured runs'.
      const baselineFile = await buildImportFile(database, dataset, wanted, 0, 4);
      await removeImported(database, dataset, baselineFile.months);
      baseline = await measureRowByRow(database, dataset, admin, baselineFile, national ? 4_000 : 2_000);
    } finally {
      await aside.restore();
    }
    printImportLine(engine, valuesPerSecond, baseline);
    await sql`vacuum data_values, data_value_totals, audit_log`.execute(database.db);
  } finally {
    await database.close();
  }
}

async function main() {
  const { scale, engines } = parseArgs(process.argv.slice(2));
  note(
    `máy: ${os.cpus().length} lõi ${os.cpus()[0]?.model ?? ""}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString()}`,
  );
  for (const engine of engines) {
    // PGlite runs in this process's memory: the national dataset is PostgreSQL's; PGlite gets the small one.
    await benchEngine(engine, engine === "pglite" ? "small" : scale);
  }
}

main().catch((error: unknown) => {
  console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
