import type { MigrationSet } from "../MigrationSet";
import * as m0001 from "./0001_users_and_sessions";
import * as m0002 from "./0002_catalog";
import * as m0003 from "./0003_reports";
import * as m0004 from "./0004_value_totals";
import * as m0005 from "./0005_national_scale";
import * as m0006 from "./0006_document_lifetimes";
import * as m0007 from "./0007_password_lifecycle";
import * as m0008 from "./0008_value_notes";
import * as m0009 from "./0009_review_comments";
import * as m0010 from "./0010_notifications";
import * as m0011 from "./0011_place_populations";
import * as m0012 from "./0012_document_intake";

/** Core migrations, in order. A static record (not a folder scan) so that bundled builds carry them. */
export const coreMigrations: MigrationSet = {
  "0001_users_and_sessions": m0001,
  "0002_catalog": m0002,
  "0003_reports": m0003,
  "0004_value_totals": m0004,
  "0005_national_scale": m0005,
  "0006_document_lifetimes": m0006,
  "0007_password_lifecycle": m0007,
  "0008_value_notes": m0008,
  "0009_review_comments": m0009,
  "0010_notifications": m0010,
  "0011_place_populations": m0011,
  "0012_document_intake": m0012,
};
