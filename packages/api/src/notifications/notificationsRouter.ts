import { ProvinceCode } from "@pcmt/domain";
import { createRouter, procedures, recordAudit, TRPCError, z } from "@pcmt/plugin-sdk";
import { sql } from "@pcmt/db";
import { ReportPeriod as Period } from "../reports/reportAccess";
import { obligedForPeriod } from "../reports/reportSchedule";
import { today } from "../reports/reportView";
import { sendReminder } from "./sendReminder";

/** The notification centre, the office's reminders and their log. */
export const notificationsRouter = createRouter({
  /** The signed-in user's latest notifications, and how many are unread. */
  mine: procedures
    .signedIn()
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
    .query(async ({ ctx, input }) => {
      const items = await ctx.db
        .selectFrom("notifications")
        .select(["id", "kind", "report_id as reportId", "params", "created_at as createdAt", "read_at as readAt"])
        .where("user_id", "=", ctx.actor.userId)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(input.limit)
        .execute();
      const unread = await ctx.db
        .selectFrom("notifications")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("user_id", "=", ctx.actor.userId)
        .where("read_at", "is", null)
        .executeTakeFirstOrThrow();
      return { unread: Number(unread.n), items: items.map((i) => ({ ...i, params: i.params as Record<string, string | number>, createdAt: new Date(i.createdAt).toISOString(), readAt: i.readAt ? new Date(i.readAt).toISOString() : null })) };
    }),

  /** Marks the user's own notifications read: the given ones, or all. */
  markRead: procedures
    .signedIn()
    .input(z.object({ ids: z.array(z.uuid()).max(200).optional() }))
    .mutation(async ({ ctx, input }) => {
      let query = ctx.db.updateTable("notifications").set({ read_at: new Date() }).where("user_id", "=", ctx.actor.userId).where("read_at", "is", null);
      if (input.ids) {
        if (input.ids.length === 0) return { marked: 0 };
        query = query.where("id", "in", input.ids);
      }
      const result = await query.executeTakeFirst();
      return { marked: Number(result.numUpdatedRows) };
    }),

  /**
   * The standing office reminds agencies of a period's report: the given ones, or every agency whose report is late
   * and unsent. Only agencies the documents oblige for that period, and only reports not yet sent.
   */
  remind: procedures
    .forRoles("standing_office")
    .input(
      z.object({
        period: Period,
        provinceCode: ProvinceCode.optional(),
        agencyCodes: z.array(z.string().min(1).max(100)).max(100).optional(),
        note: z.string().trim().max(1000, "Lời nhắn tối đa 1.000 ký tự").optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const provinceCode = ctx.actor.provinceCode ?? input.provinceCode;
      if (!provinceCode) throw new TRPCError({ code: "BAD_REQUEST", message: "Chọn tỉnh." });
      const day = today();
      const obliged = await obligedForPeriod(ctx.db, provinceCode, input.period);
      const reports = await ctx.db.selectFrom("reports").select(["id", "agency_code", "state"]).where("province_code", "=", provinceCode).where("period", "=", input.period).execute();
      const unsent = obliged.filter(({ agency }) => {
        const state = reports.find((r) => r.agency_code === agency)?.state;
        return state !== "submitted" && state !== "accepted";
      });
      let targets = unsent;
      if (input.agencyCodes) {
        const foreign = input.agencyCodes.filter((a) => !obliged.some((o) => o.agency === a));
        if (foreign.length > 0) throw new TRPCError({ code: "BAD_REQUEST", message: `Cơ quan không phải gửi báo cáo kỳ này: ${foreign.join(", ")}` });
        targets = unsent.filter((o) => input.agencyCodes!.includes(o.agency));
        if (targets.length === 0) throw new TRPCError({ code: "BAD_REQUEST", message: "Báo cáo của cơ quan đã được gửi: không cần nhắc." });
      } else {
        targets = unsent.filter((o) => o.scheduled.dueDate < day);
        if (targets.length === 0) throw new TRPCError({ code: "BAD_REQUEST", message: "Không có cơ quan nào chưa gửi quá hạn trong kỳ này." });
      }
      const reminded: { agencyCode: string; recipients: number }[] = [];
      for (const { agency, scheduled } of targets) {
        const reportId = reports.find((r) => r.agency_code === agency)?.id ?? null;
        const recipients = await sendReminder(
          ctx.db,
          { provinceCode, agencyCode: agency, period: input.period, dueDate: scheduled.dueDate, reportId },
          { kind: "manual", today: day, sentBy: ctx.actor.userId, note: input.note || null },
        );
        reminded.push({ agencyCode: agency, recipients: recipients ?? 0 });
      }
      await recordAudit(ctx, { action: "reminder.send", entity: "province", entityId: provinceCode, after: { period: input.period, agencies: reminded } });
      return { reminded };
    }),

  /** Every reminder sent in a province (by the schedule or the office), newest first, with how it reached people. */
  reminderLog: procedures
    .forRoles("standing_office", "steering_committee", "admin")
    .input(z.object({ provinceCode: ProvinceCode.optional(), period: Period.optional() }))
    .query(async ({ ctx, input }) => {
      const provinceCode = ctx.actor.provinceCode ?? input.provinceCode;
      if (!provinceCode) throw new TRPCError({ code: "BAD_REQUEST", message: "Chọn tỉnh." });
      let query = ctx.db
        .selectFrom("reminder_log")
        .leftJoin("users", "users.id", "reminder_log.sent_by")
        .select([
          "reminder_log.id",
          "reminder_log.agency_code as agencyCode",
          "reminder_log.period",
          "reminder_log.due_date as dueDate",
          "reminder_log.kind",
          "reminder_log.sent_at as sentAt",
          "reminder_log.recipients",
          "reminder_log.note",
          "users.display_name as sentBy",
          sql<number>`(select count(*) from email_outbox e join notifications n on n.id = e.notification_id where n.reminder_id = reminder_log.id and e.status = 'sent')`.as("emailsSent"),
          sql<number>`(select count(*) from email_outbox e join notifications n on n.id = e.notification_id where n.reminder_id = reminder_log.id and e.status = 'pending')`.as("emailsPending"),
          sql<number>`(select count(*) from email_outbox e join notifications n on n.id = e.notification_id where n.reminder_id = reminder_log.id and e.status in ('failed', 'skipped'))`.as("emailsUnsent"),
        ])
        .where("reminder_log.province_code", "=", provinceCode)
        .orderBy("reminder_log.sent_at", "desc")
        .orderBy("reminder_log.id")
        .limit(300);
      if (input.period) query = query.where("reminder_log.period", "=", input.period);
      const rows = await query.execute();
      return rows.map((r) => ({
        ...r,
        sentAt: new Date(r.sentAt).toISOString(),
        emailsSent: Number(r.emailsSent),
        emailsPending: Number(r.emailsPending),
        emailsUnsent: Number(r.emailsUnsent),
      }));
    }),
});
