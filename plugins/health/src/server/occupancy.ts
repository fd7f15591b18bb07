import { agencyDataReadScope } from "@pcmt/domain";
import { oversightRoles, procedures } from "@pcmt/plugin-sdk";
import type { HealthTables } from "./tables";

/**
 * How full the province's Methadone clinics are: places, patients and the share of places in use (null when no
 * clinic is registered). Read by the health department and by the oversight roles of the same province.
 */
export const occupancy = procedures.forAgencies(["health"], [...oversightRoles]).query(async ({ ctx }) => {
  const db = ctx.db.withTables<HealthTables>();
  let query = db
    .selectFrom("health_methadone_clinics")
    .select((eb) => [
      eb.fn.count<number>("id").as("clinics"),
      eb.fn.coalesce(eb.fn.sum<number>("capacity"), eb.lit(0)).as("capacity"),
      eb.fn.coalesce(eb.fn.sum<number>("patients"), eb.lit(0)).as("patients"),
    ]);
  // The one read rule (the registers' too): an officer its agency's rows in its province, oversight its province.
  const scope = agencyDataReadScope(ctx.actor);
  if (scope.agencyCode) query = query.where("agency_code", "=", scope.agencyCode);
  if (scope.provinceCode) query = query.where("province_code", "=", scope.provinceCode);
  const row = await query.executeTakeFirstOrThrow();
  const capacity = Number(row.capacity);
  const patients = Number(row.patients);
  return { clinics: Number(row.clinics), capacity, patients, occupancyRate: capacity > 0 ? patients / capacity : null };
});
