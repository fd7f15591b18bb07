import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";
import { listProvinces } from "../places/provinceDirectory";
import { collectiveAgencies } from "../reports/reportSchedule";
import { selectIndicators } from "./indicatorReadings";

async function readSnapshot(db: Kysely<CoreDatabase>) {
  const [documents, provinces, indicators, leads] = await Promise.all([
    db.selectFrom("catalog_documents").select(["slug", "province_code", "reporting", "issued_on"]).where("province_code", "is not", null).execute(),
    listProvinces(db),
    selectIndicators(db).where("catalog_documents.province_code", "is not", null).execute(),
    db
      .selectFrom("catalog_task_agencies")
      .innerJoin("catalog_tasks", "catalog_tasks.id", "catalog_task_agencies.task_id")
      .select(["catalog_tasks.document_slug", "catalog_task_agencies.agency_code"])
      .distinct()
      .where("catalog_task_agencies.role", "=", "lead")
      .where("catalog_task_agencies.agency_code", "not in", [...collectiveAgencies])
      .execute(),
  ]);
  return { documents, provinces, indicators, leads };
}

export type CatalogSnapshot = Awaited<ReturnType<typeof readSnapshot>>;

const snapshots = new WeakMap<Kysely<CoreDatabase>, { key: string; snapshot: Promise<CatalogSnapshot> }>();

/**
 * The parts of the catalog every national read needs (documents with their provinces and reporting rules, the
 * provinces, the indicators, the lead agencies): reference data that changes only when a catalog or a dataset is
 * loaded. Kept per database handle and read again as soon as a one-row probe (counts and the last document's
 * position) shows the catalog changed — a loaded dataset, another process's seed — so it is never stale.
 */
export async function catalogSnapshot(db: Kysely<CoreDatabase>): Promise<CatalogSnapshot> {
  const probe = await sql<{ key: string }>`
    select concat_ws(':', (select count(*) from catalog_documents), (select max(position) from catalog_documents),
      (select count(*) from catalog_indicators), (select count(*) from catalog_task_agencies), (select count(*) from org_units where level = 'province')) as key`.execute(db);
  const key = probe.rows[0]?.key ?? "";
  const cached = snapshots.get(db);
  if (cached && cached.key === key) return cached.snapshot;
  const snapshot = readSnapshot(db);
  snapshots.set(db, { key, snapshot });
  snapshot.catch(() => snapshots.delete(db));
  return snapshot;
}
