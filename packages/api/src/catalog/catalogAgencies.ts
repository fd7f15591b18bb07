import type { CoreDatabase, Kysely } from "@pcmt/db";
import { indicatorColumns } from "./catalogIndicators";
import { loadTasks } from "./loadTasks";

/** Every agency, each with how many tasks it leads and coordinates. */
export async function listAgencies(db: Kysely<CoreDatabase>) {
  const agencies = await db.selectFrom("agencies").selectAll().orderBy("code").execute();
  const counts = await db
    .selectFrom("catalog_task_agencies")
    .select(["agency_code", "role", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["agency_code", "role"])
    .execute();
  const count = (code: string, role: string) =>
    Number(counts.find((c) => c.agency_code === code && c.role === role)?.n ?? 0);
  return agencies.map((a) => ({
    code: a.code,
    nameVi: a.name_vi,
    nameEn: a.name_en,
    pluginId: a.plugin_id,
    leads: count(a.code, "lead"),
    coordinates: count(a.code, "coordinating"),
  }));
}

/** One agency: its names over time, successions, the tasks it leads or coordinates across documents, its indicators. */
export async function readAgency(db: Kysely<CoreDatabase>, code: string) {
  const agency = await db.selectFrom("agencies").selectAll().where("code", "=", code).executeTakeFirstOrThrow();
  const [names, successions, roles, indicators] = await Promise.all([
    db
      .selectFrom("agency_names")
      .select(["name", "valid_from as validFrom", "valid_to as validTo"])
      .where("agency_code", "=", code)
      .execute(),
    db
      .selectFrom("agency_successions")
      .select(["from_code as from", "to_code as to", "function", "effective_on as effectiveOn"])
      .where((eb) => eb.or([eb("from_code", "=", code), eb("to_code", "=", code)]))
      .execute(),
    db.selectFrom("catalog_task_agencies").select(["task_id", "role"]).where("agency_code", "=", code).execute(),
    db
      .selectFrom("catalog_indicators")
      .select(indicatorColumns)
      .where("agency_code", "=", code)
      .orderBy("document_slug")
      .orderBy("position")
      .execute(),
  ]);
  const tasks = await loadTasks(db, { taskIds: [...new Set(roles.map((r) => r.task_id))] });
  return {
    code: agency.code,
    nameVi: agency.name_vi,
    nameEn: agency.name_en,
    pluginId: agency.plugin_id,
    names,
    successions,
    leads: tasks.filter((t) => t.lead.includes(code)),
    coordinates: tasks.filter((t) => t.coordinating.includes(code)),
    indicators,
  };
}
