import type { MigrationSet } from "@pcmt/plugin-sdk";
import * as m0001 from "./0001_methadone_clinics";

/** This plugin's migrations, in order; history kept in health_migrations. */
export const migrations: MigrationSet = {
  "0001_methadone_clinics": m0001,
};
