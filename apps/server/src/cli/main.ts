#!/usr/bin/env node
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import {
  applyRetention,
  buildConsolidatedReport,
  importPopulations,
  readSheet,
  sheetKindOf,
  createUser,
  judgePassword,
  setTemporaryPassword,
  exportCatalog,
  renderConsolidatedDocx,
  renderConsolidatedXlsx,
  findProvince,
  UsernameTakenError,
} from "@pcmt/api";
import { describeDatabase } from "@pcmt/db";
import { PluginManifestError } from "@pcmt/plugin-sdk";
import { syntheticScales, type SyntheticScaleName } from "@pcmt/synthetic";
import { Command, Option } from "commander";
import { ZodError } from "zod";
import { ConfigError, serverConfigFromEnv } from "../config/serverConfig";
import { seedDemo } from "../demo/seedDemo";
import { seedSynthetic } from "../synthetic/seedSynthetic";
import { backupEmbedded, restoreEmbedded } from "../backup/embeddedBackup";
import { createLogger } from "../platform/createLogger";
import { startPlatform } from "../platform/startPlatform";
import { readPassword } from "./readPassword";
import { serve } from "./serve";
import { ScaffoldError, scaffoldPlugin } from "../scaffold/scaffoldPlugin";
import { type IngestFormat, ingestCommand } from "../ingest/ingestCommand";
import { UnreadableSourceError } from "@pcmt/ingest";

/** The repository the CLI runs in: the nearest folder above this file with pnpm-workspace.yaml. */
function repositoryRoot(): string {
  let dir = resolve(import.meta.dirname);
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const up = dirname(dir);
    if (up === dir) throw new ConfigError("Không tìm thấy thư mục gốc của kho mã (pnpm-workspace.yaml).");
    dir = up;
  }
  return dir;
}

const say = (line = "") => process.stdout.write(`${line}\n`);

/** Errors a person can act on are printed as one clear line; anything else is logged in full. */
function fail(error: unknown): never {
  if (error instanceof PluginManifestError || error instanceof ConfigError || error instanceof UsernameTakenError) {
    console.error(`Lỗi: ${error.message}`);
  } else if (error instanceof ZodError) {
    console.error(
      `Lỗi: dữ liệu không hợp lệ — ${error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  } else if (error instanceof Error && error.name === "PluginSelectionError") {
    console.error(`Lỗi: ${error.message}`);
  } else {
    console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.LOG_LEVEL === "debug" && error instanceof Error) console.error(error.stack);
  }
  process.exit(1);
}

const program = new Command()
  .name("pcmt")
  .description("Nền tảng theo dõi kế hoạch phòng, chống ma túy — dòng lệnh quản trị")
  .showHelpAfterError();

program
  .command("serve")
  .description("Chạy máy chủ: migrate, dữ liệu mẫu (CSDL nhúng), API và giao diện web trên một cổng")
  .action(async () => {
    const config = serverConfigFromEnv();
    await serve(config, createLogger(config.logLevel));
  });

program
  .command("migrate")
  .description("Cập nhật cấu trúc CSDL cho lõi và các plugin đang bật")
  .action(async () => {
    const config = serverConfigFromEnv();
    const platform = await startPlatform(config);
    for (const report of platform.migrations) {
      say(`${report.owner}: ${report.applied.length === 0 ? "đã cập nhật" : `áp dụng ${report.applied.join(", ")}`}`);
    }
    await platform.database.close();
  });

program
  .command("seed")
  .description(
    "Nạp dữ liệu mẫu: tài khoản dùng thử và lịch sử báo cáo (CSDL nhúng), hoặc bộ dữ liệu mô phỏng toàn quốc",
  )
  .addOption(
    new Option(
      "--synthetic <scale>",
      "bộ dữ liệu mô phỏng: national (34 tỉnh, ~3.300 xã, 60 tháng, >10 triệu giá trị) hoặc small",
    ).choices(["national", "small"]),
  )
  .action(async (options: { synthetic?: SyntheticScaleName }) => {
    const config = serverConfigFromEnv();
    const platform = await startPlatform(config);
    try {
      if (options.synthetic) {
        const scale = syntheticScales[options.synthetic];
        say(
          `Nạp bộ dữ liệu mô phỏng "${scale.name}" (${scale.provinces} tỉnh, tháng ${scale.firstMonth} → ${scale.lastMonth}) vào ${describeDatabase(config.database)}…`,
        );
        const result = await seedSynthetic(platform.database.db, options.synthetic, platform.plugins);
        const n = (x: number) => x.toLocaleString("vi-VN");
        say(
          result.skipped
            ? `Bộ dữ liệu đã có đủ (${n(result.values)} giá trị): không nạp lại.`
            : `Đã nạp ${result.provinces} tỉnh, ${n(result.orgUnits)} địa bàn, ${n(result.reports)} báo cáo, ${n(result.values)} giá trị trong ${Math.round(result.seconds)} giây.`,
        );
        return;
      }
      if (platform.database.kind !== "pglite") {
        say("Không tạo tài khoản dùng thử trên PostgreSQL. Tạo quản trị viên: pnpm pcmt user create --role admin …");
        return;
      }
      const accounts = await seedDemo(platform.database.db, platform.plugins);
      say(`Đã nạp dữ liệu mẫu vào ${describeDatabase(config.database)}: ${accounts.length} tài khoản dùng thử.`);
    } finally {
      await platform.database.close();
    }
  });

program
  .command("ingest")
  .description(
    "Đọc một văn bản kế hoạch (.txt, .md, .docx, .pdf) và in bản nháp danh mục: nhiệm vụ, cơ quan, thời hạn, chỉ tiêu",
  )
  .argument("<file>", "tệp văn bản")
  .option("--province <name>", "tỉnh ban hành, khi phần đầu văn bản không ghi")
  .addOption(
    new Option(
      "--format <format>",
      "json: như pcmt catalog export; md: danh sách để xem xét; review-json: kèm nguồn và độ tin cậy",
    )
      .choices(["json", "md", "review-json"])
      .default("json"),
  )
  .action(async (file: string, options: { province?: string; format: IngestFormat }) => {
    try {
      process.stdout.write(await ingestCommand(file, options));
    } catch (error) {
      fail(error instanceof UnreadableSourceError ? new ConfigError(error.message) : error);
    }
  });

const catalog = program.command("catalog").description("Danh mục văn bản, nhiệm vụ, chỉ tiêu");
catalog
  .command("export")
  .description("In toàn bộ danh mục dạng JSON ra stdout (định dạng: docs/catalog.md)")
  .option("--document <slug>", "chỉ một văn bản")
  .option("--out <file>", "ghi ra tệp thay vì stdout")
  .action(async (options: { document?: string; out?: string }) => {
    const config = serverConfigFromEnv();
    const platform = await startPlatform(config);
    try {
      const exported = await exportCatalog(platform.database.db, options.document);
      if (options.document && exported.documents.length === 0)
        throw new Error(`Không có văn bản "${options.document}".`);
      const json = `${JSON.stringify(exported, null, 2)}\n`;
      if (options.out) {
        writeFileSync(options.out, json);
        console.error(`Đã ghi ${exported.documents.length} văn bản vào ${options.out}`);
      } else {
        process.stdout.write(json);
      }
    } finally {
      await platform.database.close();
    }
  });

program
  .command("report")
  .description("Báo cáo tổng hợp của một tỉnh cho một kỳ, dạng Word (.docx) hoặc Excel (.xlsx)")
  .option("--period <period>", "kỳ báo cáo: 2024, 2024-H1, 2024-Q2, 2024-05 (mặc định: kỳ gần nhất đã đến hạn báo cáo)")
  .requiredOption("--province <province>", 'tên tỉnh ("Quảng Trị") hoặc mã (quang_tri)')
  .addOption(new Option("--format <format>", "định dạng").choices(["docx", "xlsx"]).default("docx"))
  .requiredOption("--out <file>", "tệp kết quả")
  .action(async (options: { period?: string; province: string; format: "docx" | "xlsx"; out: string }) => {
    if (options.period !== undefined && !/^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(options.period))
      throw new Error(`Kỳ "${options.period}" không hợp lệ (cần dạng 2024, 2024-H1, 2024-Q2 hoặc 2024-05).`);
    const config = serverConfigFromEnv();
    const platform = await startPlatform(config);
    try {
      const provinceCode = (await findProvince(platform.database.db, options.province)).code;
      const report = await buildConsolidatedReport(platform.database.db, provinceCode, options.period);
      const bytes =
        options.format === "docx" ? await renderConsolidatedDocx(report) : await renderConsolidatedXlsx(report);
      writeFileSync(options.out, bytes);
      say(
        `Đã ghi báo cáo ${report.periodLabel.toLowerCase()} của ${report.provinceName} vào ${options.out} (${bytes.length} byte).`,
      );
    } finally {
      await platform.database.close();
    }
  });

const postgresBackupHelp =
  "Với PostgreSQL, dùng công cụ của PostgreSQL (tệp minh chứng nằm trong CSDL trừ khi đặt PCMT_EVIDENCE_DIR — khi đó sao lưu cả thư mục đó):\n" +
  '  pg_dump --format=custom --file=pcmt.dump "$DATABASE_URL"\n' +
  '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" pcmt.dump';

program
  .command("backup")
  .description("Sao lưu CSDL nhúng (và tệp minh chứng) thành một tệp .tar.gz; dừng máy chủ trước khi chạy")
  .requiredOption("--out <file>", "tệp sao lưu")
  .action(async (options: { out: string }) => {
    const config = serverConfigFromEnv();
    if (config.database.kind !== "pglite" || !config.database.dataDir) throw new Error(postgresBackupHelp);
    const manifest = await backupEmbedded({
      dataDir: config.database.dataDir,
      evidenceDir: config.evidenceDir,
      out: options.out,
    });
    say(
      `Đã sao lưu vào ${options.out}: ${manifest.counts.reports} báo cáo, ${manifest.counts.data_values} giá trị, ${manifest.counts.audit_log} dòng nhật ký, ${manifest.evidenceFiles} tệp minh chứng.`,
    );
  });

program
  .command("restore")
  .description("Khôi phục bản sao lưu CSDL nhúng vào thư mục dữ liệu trống (PCMT_DATA_DIR)")
  .argument("<file>", "tệp sao lưu (.tar.gz) do lệnh backup tạo")
  .action(async (file: string) => {
    const config = serverConfigFromEnv();
    if (config.database.kind !== "pglite" || !config.database.dataDir) throw new Error(postgresBackupHelp);
    const manifest = await restoreEmbedded({ file, dataDir: config.database.dataDir, evidenceDir: config.evidenceDir });
    say(
      `Đã khôi phục bản sao lưu ngày ${manifest.createdAt.slice(0, 10)} vào ${config.database.dataDir}: ${manifest.counts.reports} báo cáo, ${manifest.counts.data_values} giá trị — khớp với bản sao lưu.`,
    );
  });

program
  .command("purge")
  .description(
    "Xóa nhật ký thay đổi và tệp minh chứng quá thời hạn lưu trữ (PCMT_AUDIT_RETENTION_DAYS, PCMT_EVIDENCE_RETENTION_DAYS)",
  )
  .action(async () => {
    const config = serverConfigFromEnv();
    const platform = await startPlatform(config);
    try {
      const result = await applyRetention(platform.database.db, platform.evidenceStore, config.retention);
      say(
        `Đã xóa ${result.auditRows} dòng nhật ký quá ${config.retention.auditDays} ngày, ${result.evidenceRows} tệp minh chứng quá ${config.retention.evidenceDays} ngày (${result.evidenceFiles} tệp trên đĩa).`,
      );
    } finally {
      await platform.database.close();
    }
  });

const places = program.command("places").description("Địa bàn: dân số");
places
  .command("population")
  .description("Nạp dân số các địa bàn từ tệp .csv hoặc .xlsx (cột “Mã địa bàn”, “Năm”, “Dân số”): tất cả hoặc không")
  .argument("<file>", "tệp .csv hoặc .xlsx")
  .option("--source <text>", "nguồn số liệu", "Cục Thống kê")
  .action(async (file: string, options: { source: string }) => {
    const kind = sheetKindOf(file);
    if (!kind) fail(new Error("Tệp phải là .csv hoặc .xlsx"));
    const config = serverConfigFromEnv();
    const platform = await startPlatform(config);
    try {
      const result = await importPopulations(platform.database.db, readSheet(file, kind), options.source);
      if (result.problems.length > 0) {
        for (const p of result.problems)
          console.error(`Dòng ${p.row}${p.column ? `, cột “${p.column}”` : ""}: ${p.message}`);
        throw new ConfigError(`${result.problems.length} lỗi, chưa lưu dòng nào.`);
      } else say(`Đã lưu dân số của ${result.stored} địa bàn-năm (nguồn: ${options.source}).`);
    } finally {
      await platform.database.close();
    }
  });

program
  .command("create-plugin")
  .description(
    "Tạo một phân hệ mới (plugins/<id>: máy chủ, giao diện, migration, kiểm thử) và cài vào danh sách phân hệ",
  )
  .argument("<id>", "mã phân hệ, ví dụ border_guard")
  .requiredOption("--agency <code>", "mã cơ quan phục vụ (shared/agencies.md)")
  .option("--register <name>", "tên sổ ban đầu, ví dụ seizures", "records")
  .option("--no-install", "không chạy pnpm install sau khi tạo")
  .action(async (id: string, options: { agency: string; register: string; install: boolean }) => {
    const root = repositoryRoot();
    try {
      const written = await scaffoldPlugin(root, { id, agency: options.agency, register: options.register });
      for (const file of written) say(`  + ${file}`);
    } catch (error) {
      fail(error instanceof ScaffoldError ? new ConfigError(error.message) : error);
    }
    if (options.install) {
      say("Đang chạy pnpm install để liên kết gói mới…");
      const result = spawnSync("pnpm", ["install"], { cwd: root, stdio: "inherit" });
      if (result.status !== 0) fail(new ConfigError("pnpm install không thành công; chạy lại bằng tay."));
    }
    say(
      `Đã tạo phân hệ ${id}. Chạy pnpm test; trang của phân hệ hiện cho cán bộ ${options.agency} khi chạy pnpm start.`,
    );
  });

const user = program.command("user").description("Quản lý người dùng");
user
  .command("create")
  .description("Tạo người dùng; mật khẩu được hỏi (không hiện) hoặc đọc từ dòng đầu của stdin")
  .requiredOption("--username <username>", "tên đăng nhập")
  .requiredOption("--name <displayName>", "họ tên")
  .addOption(
    new Option("--role <role>", "vai trò")
      .choices(["admin", "standing_office", "steering_committee", "agency_officer"])
      .makeOptionMandatory(),
  )
  .option("--agency <code>", "mã cơ quan (bắt buộc với agency_officer), ví dụ health")
  .option("--province <code>", "mã tỉnh, ví dụ thai_nguyen")
  .action(async (options: { username: string; name: string; role: string; agency?: string; province?: string }) => {
    const config = serverConfigFromEnv();
    const platform = await startPlatform(config);
    try {
      const password = await readPassword("Mật khẩu: ");
      const verdict = judgePassword(password, [options.username, options.name]);
      if (!verdict.ok) throw new ConfigError(verdict.message);
      const created = await createUser(platform.database.db, {
        username: options.username,
        displayName: options.name,
        password,
        role: options.role as never,
        agencyCode: (options.agency ?? null) as never,
        provinceCode: options.province ?? null,
      });
      say(`Đã tạo người dùng ${created.username} (${options.role}) trong ${describeDatabase(config.database)}.`);
    } finally {
      await platform.database.close();
    }
  });

user
  .command("reset-password")
  .description(
    "Đặt mật khẩu tạm cho một người dùng (ví dụ quản trị viên quên mật khẩu): mọi phiên của họ kết thúc, lần đăng nhập sau phải đổi mật khẩu; mật khẩu được hỏi (không hiện) hoặc đọc từ stdin",
  )
  .requiredOption("--username <username>", "tên đăng nhập")
  .action(async (options: { username: string }) => {
    const config = serverConfigFromEnv();
    const platform = await startPlatform(config);
    try {
      const password = await readPassword("Mật khẩu tạm: ");
      const reset = await setTemporaryPassword(
        { db: platform.database.db, actor: null, requestId: `cli-${Date.now()}` },
        options.username,
        password,
        "cli",
      ).catch((error: unknown) => {
        throw error instanceof Error && "code" in error ? new ConfigError(error.message) : error;
      });
      say(
        `Đã đặt mật khẩu tạm cho ${options.username}; ${reset.sessionsEnded} phiên đăng nhập đã kết thúc. Lần đăng nhập sau phải đổi mật khẩu.`,
      );
    } finally {
      await platform.database.close();
    }
  });

program.parseAsync(process.argv).catch(fail);
