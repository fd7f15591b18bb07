import { TRPCError } from "@pcmt/plugin-sdk";

/**
 * How many spreadsheets one server reads and stores at once. Each runs in a worker with its own memory; beyond the
 * limit a file is refused, before its body is read, with a message to try again shortly, rather than queued where it
 * would hold memory, disk and a connection.
 */
export class ReadingSlots {
  private busy = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`reading slots: ${limit} is not a positive integer`);
  }

  get inUse() {
    return this.busy;
  }

  /** Takes a slot or refuses; the returned function gives it back (once). */
  take(): () => void {
    if (this.busy >= this.limit) {
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `Máy chủ đang xử lý ${this.limit} tệp cùng lúc. Vui lòng thử lại sau ít phút.`,
      });
    }
    this.busy += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.busy -= 1;
    };
  }
}
