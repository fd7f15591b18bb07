import { describe, expect, it } from "vitest";
import { reminderDue } from "./reminderPolicy";

describe("reminderDue", () => {
  it("reminds three days before, on the day, the day after and a week after", () => {
    expect(reminderDue("2026-12-16", "2026-12-12")).toBeNull();
    expect(reminderDue("2026-12-16", "2026-12-13")).toBe("before");
    expect(reminderDue("2026-12-16", "2026-12-15")).toBe("before");
    expect(reminderDue("2026-12-16", "2026-12-16")).toBe("on");
    expect(reminderDue("2026-12-16", "2026-12-17")).toBe("after");
    expect(reminderDue("2026-12-16", "2026-12-23")).toBe("after_week");
    expect(reminderDue("2026-12-16", "2026-12-29")).toBe("after_week");
    expect(reminderDue("2026-12-16", "2026-12-30")).toBeNull();
  });

  it("crosses months and years by calendar days", () => {
    expect(reminderDue("2027-01-01", "2026-12-29")).toBe("before");
    expect(reminderDue("2026-11-30", "2026-12-01")).toBe("after");
  });
});
