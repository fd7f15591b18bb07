import type { MigrationSet } from "@pcmt/plugin-sdk";
import * as m0001 from "./0001_drug_hotspots";

/** This plugin's migrations, in order; history kept in police_migrations. */
export const migrations: MigrationSet = {
  "0001_drug_hotspots": m0001,
};
