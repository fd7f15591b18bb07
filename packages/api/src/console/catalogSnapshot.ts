import { type CoreDatabase, type Kysely, sql } from "@pcmt/db";
import type { PlaceValidity } from "@pcmt/domain";
import { listProvinces } from "../places/provinceDirectory";
import { selectIndicators } from "./indicatorReadings";

async function readSnapshot(db: Kysely<CoreDatabase>) {
  const [documents, provinces, indicators, roles, places] = await Promise.all([
    db
      .selectFrom("catalog_documents")
      .select(["slug", "province_code", "reporting", "issued_on", "covers_from", "covers_until", "reports_from"])
      .where("province_code", "is not", null)
      .execute(),
    listProvinces(db),
    selectIndicators(db).where("catalog_documents.province_code", "is not", null).execute(),
    db
      .selectFrom("catalog_task_agencies")
      .innerJoin("catalog_tasks", "catalog_tasks.id", "catalog_task_agencies.task_id")
      .select([
        "catalog_tasks.document_slug",
        "catalog_task_agencies.agency_code",
        "catalog_task_agencies.role",
        "catalog_tasks.deadline",
        "catalog_tasks.deadline_kind",
      ])
      .execute(),
    db
      .selectFrom("org_units")
      .select(["province_code", "level", "valid_from", "valid_to"])
      .where("level", "!=", "province")
      .execute(),
  ]);
  const placesOf = new Map<string, PlaceValidity[]>();
  for (const p of places) {
    const list = placesOf.get(p.province_code);
    const place = { level: p.level, validFrom: p.valid_from, validTo: p.valid_to };
    if (list) list.push(place);
    else placesOf.set(p.province_code, [place]);
  }
  return { documents, provinces, indicators, roles, placesOf };
}

export type CatalogSnapshot = Awaited<ReturnType<typeof readSnapshot>>;

const snapshots = new WeakMap<Kysely<CoreDatabase>, { key: string; snapshot: Promise<CatalogSnapshot> }>();

/**
 * The parts of the catalog every national read needs (documents with their provinces, lifetimes and reporting
 * rules, the provinces and their places, the indicators, who has tasks): reference data that changes only when a
 * catalog or a dataset is loaded. Kept per database handle and read again as soon as a one-row probe (counts and
 * the last document's position and load) shows the catalog changed — a loaded dataset, another process's seed — so it is
 * never stale.
 */
export async function catalogSnapshot(db: Kysely<CoreDatabase>): Promise<CatalogSnapshot> {
  const probe = await sql<{ key: string }>`
    select concat_ws(':', (select count(*) from catalog_documents), (select max(position) from catalog_documents), (select max(loaded_at) from catalog_documents),
      (select count(*) from catalog_indicators), (select count(*) from catalog_task_agencies), (select count(*) from org_units)) as key`.execute(
    db,
  );
  const key = probe.rows[0]?.key ?? "";
  const cached = snapshots.get(db);
  if (cached && cached.key === key) return cached.snapshot;
  const snapshot = readSnapshot(db);
  snapshots.set(db, { key, snapshot });
  snapshot.catch(() => snapshots.delete(db));
  return snapshot;
}
