import type { CoreDatabase, Kysely } from "@pcmt/db";
import { agencyLabel, describePeriod, fileNameSlug } from "@pcmt/domain";
import { provinceNameOf } from "../places/provinceDirectory";
import type { ReportRow } from "../reports/reportAccess";
import { loadDataGrid } from "./dataGrid";
import { gridToXlsx } from "./gridFiles";

/** A report's grid as an .xlsx file a person reads (and that comes back in through the import), named after it. */
export async function exportGridFile(
  db: Kysely<CoreDatabase>,
  report: ReportRow,
): Promise<{ fileName: string; contentBase64: string }> {
  const grid = await loadDataGrid(db, report);
  const agency = agencyLabel(report.agency_code);
  const bytes = await gridToXlsx(
    grid,
    `Số liệu ${agency} — ${await provinceNameOf(db, report.province_code)} — ${describePeriod(report.period)}`,
  );
  return { fileName: `so-lieu-${fileNameSlug(agency)}-${report.period}.xlsx`, contentBase64: bytes.toString("base64") };
}
