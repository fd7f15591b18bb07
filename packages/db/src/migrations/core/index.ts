import type { MigrationSet } from "../MigrationSet";
import * as m0001 from "./0001_users_and_sessions";

/** Core migrations, in order. A static record (not a folder scan) so that bundled builds carry them. */
export const coreMigrations: MigrationSet = {
  "0001_users_and_sessions": m0001,
};
