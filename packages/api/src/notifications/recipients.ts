import type { CoreDatabase, Kysely } from "@pcmt/db";

/** A person notifications reach: in the app always, by e-mail when their account has an address. */
export interface Recipient {
  id: string;
  email: string | null;
}

/** The active officers of an agency in a province: who a report's reminders and decisions reach. */
export async function agencyOfficers(
  db: Kysely<CoreDatabase>,
  agencyCode: string,
  provinceCode: string,
): Promise<Recipient[]> {
  return db
    .selectFrom("users")
    .select(["id", "email"])
    .where("role", "=", "agency_officer")
    .where("agency_code", "=", agencyCode)
    .where("province_code", "=", provinceCode)
    .where("active", "=", true)
    .execute();
}

/** The active accounts of a province's standing office: who an agency's answers reach. */
export async function standingOffice(db: Kysely<CoreDatabase>, provinceCode: string): Promise<Recipient[]> {
  return db
    .selectFrom("users")
    .select(["id", "email"])
    .where("role", "=", "standing_office")
    .where("province_code", "=", provinceCode)
    .where("active", "=", true)
    .execute();
}
