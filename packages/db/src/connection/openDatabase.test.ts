import { createTestDatabase } from "@pcmt/testing";
import { sql } from "kysely";
import { describe, expect, it, vi } from "vitest";
import { openDatabase } from "./openDatabase";

describe("the PostgreSQL pool", () => {
  it("survives the server ending its idle connections, and answers the next query", async () => {
    const testDb = await createTestDatabase("postgres");
    const database = await openDatabase(testDb.config);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await sql`select 1`.execute(database.db);
      // As a restart or an administrator would: every other connection to the database ended.
      const other = await openDatabase(testDb.config);
      await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(
        other.db,
      );
      await other.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("an idle connection ended"));
      const answer = await sql<{ n: number }>`select 2 as n`.execute(database.db);
      expect(answer.rows[0]?.n).toBe(2);
    } finally {
      warn.mockRestore();
      await database.close();
      await testDb.drop();
    }
  });
});
