import { ProvinceCode } from "@pcmt/domain";
import { createRouter, procedures, TRPCError, z } from "@pcmt/plugin-sdk";
import { ReportPeriod as Period } from "../reports/reportAccess";
import { markNotificationsRead, myNotifications } from "./notificationCentre";
import { remindAgencies } from "./officeReminders";
import { reminderLog } from "./reminderLog";

/** The notification centre, the office's reminders and their log. */
export const notificationsRouter = createRouter({
  /** The signed-in user's latest notifications, and how many are unread. */
  mine: procedures
    .signedIn()
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
    .query(({ ctx, input }) => myNotifications(ctx.db, ctx.actor.userId, input.limit)),

  /** Marks the user's own notifications read: the given ones, or all. */
  markRead: procedures
    .signedIn()
    .input(z.object({ ids: z.array(z.uuid()).max(200).optional() }))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.actor.userId, input.ids)),

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
    .mutation(({ ctx, input }) => {
      const provinceCode = ctx.actor.provinceCode ?? input.provinceCode;
      if (!provinceCode) throw new TRPCError({ code: "BAD_REQUEST", message: "Chọn tỉnh." });
      return remindAgencies(ctx, provinceCode, input);
    }),

  /** Every reminder sent in a province (by the schedule or the office), newest first, with how it reached people. */
  reminderLog: procedures
    .forRoles("standing_office", "steering_committee", "admin")
    .input(z.object({ provinceCode: ProvinceCode.optional(), period: Period.optional() }))
    .query(({ ctx, input }) => {
      const provinceCode = ctx.actor.provinceCode ?? input.provinceCode;
      if (!provinceCode) throw new TRPCError({ code: "BAD_REQUEST", message: "Chọn tỉnh." });
      return reminderLog(ctx.db, provinceCode, input.period);
    }),
});
