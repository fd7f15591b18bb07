import { type DatabaseConfig, databaseConfigFromEnv } from "@pcmt/db";
import { z } from "zod";

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  PCMT_PLUGINS: z.string().optional(),
  PCMT_WEB_DIST: z.string().optional(),
  PCMT_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60),
  PCMT_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(24),
  /** Set to "true" behind HTTPS so the session cookie is only sent over TLS. */
  PCMT_COOKIE_SECURE: z.enum(["true", "false"]).default("false"),
  /** Set to "true" behind a reverse proxy so the client address comes from X-Forwarded-For. */
  PCMT_TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  /** Folder for evidence files; default: <PCMT_DATA_DIR>/evidence on the embedded database, the database itself otherwise. */
  PCMT_EVIDENCE_DIR: z.string().optional(),
  PCMT_DATA_DIR: z.string().optional(),
  /** Comma-separated origins, besides the server's own, whose pages may send changes (e.g. https://pcmt.example.vn). */
  PCMT_ALLOWED_ORIGINS: z.string().optional(),
  /** Days the audit log and report evidence are kept (0: forever); see docs/security.md. */
  PCMT_AUDIT_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .default(5 * 365),
  PCMT_EVIDENCE_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .default(5 * 365),
  /** Spreadsheets (grid and value files) read and stored at once; a further file is refused with 429 until one ends. */
  PCMT_MAX_CONCURRENT_IMPORTS: z.coerce.number().int().min(1).max(16).default(2),
  /** Outgoing mail: "smtp://user:password@host:587" or "smtps://…"; unset: notifications in the app only. */
  PCMT_SMTP_URL: z.string().url("PCMT_SMTP_URL phải là địa chỉ dạng smtp://máy-chủ:cổng").optional(),
  /** The sender of the product's e-mails. */
  PCMT_MAIL_FROM: z.string().default("PCMT <no-reply@pcmt.local>"),
  /** The address people open the product at (https://pcmt.example.vn): e-mails link to it. */
  PCMT_PUBLIC_URL: z.string().url("PCMT_PUBLIC_URL phải là địa chỉ đầy đủ, ví dụ https://pcmt.tinh.gov.vn").optional(),
  /** When the reminder schedule runs (cron, server time); each reminder is sent once whatever the frequency. */
  PCMT_REMINDER_CRON: z.string().default("*/5 * * * *"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  pluginSetting: string | undefined;
  webDist: string | undefined;
  sessionPolicy: { idleMinutes: number; absoluteHours: number };
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof Env>["LOG_LEVEL"];
  /** Where evidence files go: a directory, or null to keep them in the database. */
  evidenceDir: string | null;
  allowedOrigins: string[];
  retention: { auditDays: number; evidenceDays: number };
  maxConcurrentImports: number;
  mail: { smtpUrl: string | null; from: string; publicUrl: string | null };
  reminderCron: string;
}

export class ConfigError extends Error {}

/** Reads the environment once, with a clear message naming the variable when one is wrong. */
export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Cấu hình không hợp lệ — ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: databaseConfigFromEnv(env),
    pluginSetting: e.PCMT_PLUGINS,
    webDist: e.PCMT_WEB_DIST,
    sessionPolicy: { idleMinutes: e.PCMT_SESSION_IDLE_MINUTES, absoluteHours: e.PCMT_SESSION_ABSOLUTE_HOURS },
    cookieSecure: e.PCMT_COOKIE_SECURE === "true",
    trustProxy: e.PCMT_TRUST_PROXY === "true",
    logLevel: e.LOG_LEVEL,
    retention: { auditDays: e.PCMT_AUDIT_RETENTION_DAYS, evidenceDays: e.PCMT_EVIDENCE_RETENTION_DAYS },
    maxConcurrentImports: e.PCMT_MAX_CONCURRENT_IMPORTS,
    mail: {
      smtpUrl: e.PCMT_SMTP_URL?.trim() || null,
      from: e.PCMT_MAIL_FROM,
      publicUrl: e.PCMT_PUBLIC_URL?.trim() || null,
    },
    reminderCron: e.PCMT_REMINDER_CRON,
    allowedOrigins: (e.PCMT_ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    evidenceDir:
      e.PCMT_EVIDENCE_DIR?.trim() ||
      (env.DATABASE_URL?.trim() ? null : `${(e.PCMT_DATA_DIR?.trim() || "./.data").replace(/\/$/, "")}/evidence`),
  };
}
