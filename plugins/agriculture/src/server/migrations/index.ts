import type { MigrationSet } from "@pcmt/plugin-sdk";
import * as m0001 from "./0001_crop_sites";

/** This plugin's migrations, in order; history kept in agriculture_migrations. */
export const migrations: MigrationSet = {
  "0001_crop_sites": m0001,
};
