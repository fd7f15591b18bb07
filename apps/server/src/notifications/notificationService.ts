import { createSmtpMailer, deliverPendingEmails, emailQueued, type Mailer, runReminderRound } from "@pcmt/api";
import type { CoreDatabase, Kysely } from "@pcmt/db";
import { Cron } from "croner";
import { format } from "date-fns";
import type { Logger } from "pino";
import type { ServerConfig } from "../config/serverConfig";

export interface NotificationService {
  /** "smtp://host:port", or null when e-mail is not configured. */
  mailVia: string | null;
  /** One reminder round and one delivery, now (also run at start and on the schedule). */
  runOnce(): Promise<void>;
  stop(): void;
}

/**
 * The reminder schedule and the e-mail outbox in the server: a reminder round at start and on PCMT_REMINDER_CRON,
 * delivery every minute and as soon as something is queued. Both keep their state in the database (the reminder
 * log, the outbox), so a restart neither loses nor repeats anything. SMTP credentials never reach the logs.
 */
export function startNotificationService(
  db: Kysely<CoreDatabase>,
  config: Pick<ServerConfig, "mail" | "reminderCron">,
  logger: Logger,
): NotificationService {
  const mailer: Mailer | null = config.mail.smtpUrl
    ? createSmtpMailer({ url: config.mail.smtpUrl, from: config.mail.from })
    : null;
  let delivering: Promise<void> | null = null;
  const deliver = () => {
    delivering ??= (async () => {
      try {
        const result = await deliverPendingEmails(db, mailer, { publicUrl: config.mail.publicUrl });
        if (result.sent || result.failed || result.retrying)
          logger.info({ ...result, via: mailer?.describe }, "e-mail delivery");
        if (result.failed || result.retrying)
          logger.warn(
            { failed: result.failed, retrying: result.retrying, via: mailer?.describe },
            "some e-mails were refused",
          );
      } catch (error) {
        logger.error({ err: error }, "e-mail delivery failed");
      } finally {
        delivering = null;
      }
    })();
    return delivering;
  };
  const remind = async () => {
    try {
      const round = await runReminderRound(db, format(new Date(), "yyyy-MM-dd"));
      if (round.sent.length > 0)
        logger.info(
          { reminders: round.sent.length, people: round.sent.reduce((n, s) => n + s.recipients, 0) },
          "reminders sent",
        );
    } catch (error) {
      logger.error({ err: error }, "reminder round failed");
    }
    await deliver();
  };
  let soon: NodeJS.Timeout | null = null;
  const onQueued = () => {
    soon ??= setTimeout(() => {
      soon = null;
      void deliver();
    }, 200);
  };
  emailQueued.on("queued", onQueued);
  const schedule = new Cron(config.reminderCron, { protect: true }, remind);
  const delivery = new Cron("* * * * *", { protect: true }, deliver);
  return {
    mailVia: mailer?.describe ?? null,
    runOnce: remind,
    stop() {
      schedule.stop();
      delivery.stop();
      emailQueued.off("queued", onQueued);
      if (soon) clearTimeout(soon);
      mailer?.close();
    },
  };
}
