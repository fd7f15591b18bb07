export * from "./schema/CoreDatabase";
export * from "./migrations/MigrationSet";
export * from "./migrations/migrateOwner";
export { coreMigrations } from "./migrations/core";
export * from "./connection/DatabaseConfig";
export * from "./connection/openDatabase";
export { bulkTransaction, type CopyRows, type CopyValue } from "./connection/bulkTransaction";
export { sql, type Kysely, type Transaction } from "kysely";
export * from "./connection/dataDirLock";
