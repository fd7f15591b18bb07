import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { applyRetention } from "@pcmt/api";
import { describeDatabase } from "@pcmt/db";
import { Cron } from "croner";
import type { Logger } from "pino";
import type { ServerConfig } from "../config/serverConfig";
import { demoPassword } from "../demo/demoAccounts";
import { seedDemo } from "../demo/seedDemo";
import { createHttpServer } from "../http/createHttpServer";
import { startNotificationService } from "../notifications/notificationService";
import { startPlatform } from "../platform/startPlatform";

/** The built web app sits beside the server: apps/web/dist, two levels up from apps/server/dist/cli.js. */
function defaultWebDist(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, "../../web/dist");
}

const say = (line = "") => process.stdout.write(`${line}\n`);

export async function serve(config: ServerConfig, logger: Logger): Promise<void> {
  const platform = await startPlatform(config);
  const { database, plugins } = platform;
  for (const report of platform.migrations) {
    if (report.applied.length > 0) logger.info({ owner: report.owner, applied: report.applied }, "migrations applied");
  }
  const demo = database.kind === "pglite" ? await seedDemo(database.db, plugins) : [];
  const adminCount = await database.db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("role", "=", "admin")
    .executeTakeFirstOrThrow();

  const app = await createHttpServer({
    platform,
    logger,
    sessionPolicy: config.sessionPolicy,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    webDist: config.webDist ?? defaultWebDist(),
    allowedOrigins: config.allowedOrigins,
    maxConcurrentImports: config.maxConcurrentImports,
  });
  await app.listen({ port: config.port, host: config.host });

  // Retention (docs/security.md): what is older than the policy goes now, then every night at 03:00.
  const purge = async () => {
    try {
      const result = await applyRetention(database.db, platform.evidenceStore, config.retention);
      if (result.auditRows > 0 || result.evidenceRows > 0)
        logger.info({ ...result, policy: config.retention }, "retention applied");
    } catch (error) {
      logger.error({ err: error }, "retention failed");
    }
  };
  await purge();
  const nightly = new Cron("0 3 * * *", { protect: true }, purge);
  // Reminders and e-mail: a round now (what came due while the server was down), then on the schedule.
  const notifications = startNotificationService(database.db, config, logger);
  void notifications.runOnce();

  const url = `http://localhost:${config.port}`;
  say();
  say(`PCMT đang chạy tại ${url}`);
  say(`  Cơ sở dữ liệu: ${describeDatabase(config.database)}`);
  say(`  Phân hệ đang bật: ${plugins.map((p) => p.id).join(", ")}`);
  say(
    `  Thư điện tử: ${notifications.mailVia ? `gửi qua ${notifications.mailVia}` : "chưa cấu hình PCMT_SMTP_URL (chỉ thông báo trong hệ thống)"}`,
  );
  if (demo.length > 0) {
    say(`  Tài khoản dùng thử (mật khẩu chung: ${demoPassword}):`);
    for (const account of demo) say(`    ${account.username.padEnd(16)} ${account.displayName}`);
  }
  if (Number(adminCount.n) === 0) {
    say(
      "  Chưa có quản trị viên. Tạo tài khoản đầu tiên: pnpm pcmt user create --username <tên> --name <họ tên> --role admin",
    );
  }
  say();

  // A bug that escapes a request must not take the service down silently: log it with its stack, keep serving.
  process.on("unhandledRejection", (reason) => logger.fatal({ err: reason }, "unhandled promise rejection"));

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down");
    nightly.stop();
    notifications.stop();
    await app.close();
    // PGlite writes its files on close: never exit without it.
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}
