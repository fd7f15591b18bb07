import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "./dataDirLock";
import { openDatabase } from "./openDatabase";

describe("embedded data folder lock", () => {
  const dir = mkdtempSync(join(tmpdir(), "pcmt-lock-"));
  afterEach(() => rmSync(join(dir, "pcmt.lock"), { force: true }));

  it("is released when the database closes", async () => {
    const database = await openDatabase({ kind: "pglite", dataDir: join(dir, "db") });
    writeFileSync(join(dir, "other.txt"), "");
    await database.close();
    const unlock = lockDataDir(join(dir, "db"));
    unlock();
  });

  it("refuses a folder locked by a live process and takes over a dead one's lock", () => {
    // The parent of this test runner is alive and is not us.
    writeFileSync(join(dir, "pcmt.lock"), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    writeFileSync(join(dir, "pcmt.lock"), "999999999");
    const unlock = lockDataDir(dir);
    unlock();
  });
});
