import type { MigrationSet } from "@pcmt/plugin-sdk";
import * as m0001 from "./0001_awareness_sessions";

/** This plugin's migrations, in order; history kept in education_migrations. */
export const migrations: MigrationSet = {
  "0001_awareness_sessions": m0001,
};
