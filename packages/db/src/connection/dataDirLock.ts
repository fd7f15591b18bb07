import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `CSDL nhúng tại ${dataDir} đang được tiến trình ${pid} sử dụng (máy chủ đang chạy?). ` +
        "PGlite chỉ cho một tiến trình mở một lúc: dừng tiến trình đó rồi chạy lại lệnh này.",
    );
    this.name = "DataDirInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is a single-process database: two processes opening the same folder corrupt it. A lock file with the
 * owner's pid keeps a second process (a CLI command while the server runs) out; a lock left by a dead process is
 * taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, "pcmt.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
      if (Number.isFinite(pid) && pid !== process.pid && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Không khóa được thư mục dữ liệu ${dataDir}`);
}
