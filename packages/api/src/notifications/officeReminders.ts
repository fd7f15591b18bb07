import type { Actor } from "@pcmt/domain";
import { type RequestContext, recordAudit, TRPCError } from "@pcmt/plugin-sdk";
import { obligedForPeriod } from "../reports/reportSchedule";
import { today } from "../reports/reportView";
import { sendReminder } from "./sendReminder";

export interface OfficeReminder {
  period: string;
  /** The agencies to remind; without them, every agency whose report is late and unsent. */
  agencyCodes?: readonly string[];
  note?: string;
}

/**
 * The standing office reminds agencies of a period's report: the given ones, or every agency whose report is late
 * and unsent. Only agencies the documents oblige for that period, and only reports not yet sent. Audited.
 */
export async function remindAgencies(
  ctx: RequestContext & { actor: Actor },
  provinceCode: string,
  reminder: OfficeReminder,
): Promise<{ reminded: { agencyCode: string; recipients: number }[] }> {
  const day = today();
  const obliged = await obligedForPeriod(ctx.db, provinceCode, reminder.period);
  const reports = await ctx.db
    .selectFrom("reports")
    .select(["id", "agency_code", "state"])
    .where("province_code", "=", provinceCode)
    .where("period", "=", reminder.period)
    .execute();
  const unsent = obliged.filter(({ agency }) => {
    const state = reports.find((r) => r.agency_code === agency)?.state;
    return state !== "submitted" && state !== "accepted";
  });
  let targets = unsent;
  const { agencyCodes } = reminder;
  if (agencyCodes) {
    const foreign = agencyCodes.filter((a) => !obliged.some((o) => o.agency === a));
    if (foreign.length > 0)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Cơ quan không phải gửi báo cáo kỳ này: ${foreign.join(", ")}`,
      });
    targets = unsent.filter((o) => agencyCodes.includes(o.agency));
    if (targets.length === 0)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Báo cáo của cơ quan đã được gửi: không cần nhắc." });
  } else {
    targets = unsent.filter((o) => o.scheduled.dueDate < day);
    if (targets.length === 0)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Không có cơ quan nào chưa gửi quá hạn trong kỳ này." });
  }
  const reminded: { agencyCode: string; recipients: number }[] = [];
  for (const { agency, scheduled } of targets) {
    const reportId = reports.find((r) => r.agency_code === agency)?.id ?? null;
    const recipients = await sendReminder(
      ctx.db,
      { provinceCode, agencyCode: agency, period: reminder.period, dueDate: scheduled.dueDate, reportId },
      { kind: "manual", today: day, sentBy: ctx.actor.userId, note: reminder.note || null },
    );
    reminded.push({ agencyCode: agency, recipients: recipients ?? 0 });
  }
  await recordAudit(ctx, {
    action: "reminder.send",
    entity: "province",
    entityId: provinceCode,
    after: { period: reminder.period, agencies: reminded },
  });
  return { reminded };
}
