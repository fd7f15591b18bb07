import { createTestDatabase, testEngines } from "@pcmt/testing";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { bulkTransaction } from "./bulkTransaction";
import { openDatabase } from "./openDatabase";

describe.each(testEngines)("bulk transactions on %s", (engine) => {
  it("commits the work, copies rows with special characters intact (PostgreSQL), and rolls back on error", async () => {
    const testDb = await createTestDatabase(engine);
    const database = await openDatabase(testDb.config);
    try {
      await sql`create table bulk_probe (a text, b double precision, c text)`.execute(database.db);
      const tricky = ["tab\there", "line\nbreak", "back\\slash", "Khe Sanh — “§”"];
      await bulkTransaction(database.db, async (trx, copy) => {
        if (engine === "postgres") {
          expect(copy).not.toBeNull();
          expect(
            await copy!(
              "bulk_probe",
              ["a", "b", "c"],
              [...tricky.map((t, i) => [t, i, null] as const), "ready\t9\t\\N"],
            ),
          ).toBe(5);
        } else {
          expect(copy).toBeNull();
          for (const [i, t] of tricky.entries())
            await sql`insert into bulk_probe values (${t}, ${i}, null)`.execute(trx);
          await sql`insert into bulk_probe values ('ready', 9, null)`.execute(trx);
        }
      });
      const rows = await sql<{
        a: string;
        b: number;
        c: string | null;
      }>`select a, b, c from bulk_probe order by b`.execute(database.db);
      expect(rows.rows).toEqual([...tricky.map((a, b) => ({ a, b, c: null })), { a: "ready", b: 9, c: null }]);

      await expect(
        bulkTransaction(database.db, async (trx) => {
          await sql`insert into bulk_probe values ('lost', 10, null)`.execute(trx);
          throw new Error("stop");
        }),
      ).rejects.toThrow("stop");
      const count = await sql<{ n: number }>`select count(*)::int as n from bulk_probe`.execute(database.db);
      expect(count.rows[0]?.n).toBe(5);
    } finally {
      await database.close();
      await testDb.drop();
    }
  });
});
