import type { MigrationSet } from "@pcmt/plugin-sdk";
import * as m0001 from "./0001_precursor_firms";

/** This plugin's migrations, in order; history kept in customs_migrations. */
export const migrations: MigrationSet = {
  "0001_precursor_firms": m0001,
};
