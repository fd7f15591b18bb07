import type { MigrationSet } from "../MigrationSet";
import * as m0001 from "./0001_users_and_sessions";
import * as m0002 from "./0002_catalog";

/** Core migrations, in order. A static record (not a folder scan) so that bundled builds carry them. */
export const coreMigrations: MigrationSet = {
  "0001_users_and_sessions": m0001,
  "0002_catalog": m0002,
};
