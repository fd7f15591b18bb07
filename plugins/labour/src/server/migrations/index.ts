import type { MigrationSet } from "@pcmt/plugin-sdk";
import * as m0001 from "./0001_rehab_facilities";

/** This plugin's migrations, in order; history kept in labour_migrations. */
export const migrations: MigrationSet = {
  "0001_rehab_facilities": m0001,
};
