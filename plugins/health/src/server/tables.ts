import type { ColumnType, Generated } from "kysely";

/** The health plugin's own tables, for typed queries through `ctx.db.withTables<HealthTables>()`. */
export type HealthTables = {
  health_methadone_clinics: {
    id: Generated<string>;
    agency_code: string;
    province_code: string;
    created_by: string | null;
    created_at: ColumnType<Date, never, never>;
    updated_at: ColumnType<Date, never, Date>;
    version: Generated<number>;
    name: string;
    address: string;
    capacity: number;
    patients: number;
  };
};
