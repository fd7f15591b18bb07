import type { CoreDatabase, Kysely } from "@pcmt/db";
import { parseGridNumber } from "@pcmt/domain";
import type { SheetRow } from "../spreadsheets/readSheetRows";

export interface PopulationProblem {
  row: number;
  column: string;
  message: string;
}

const codeHeader = "Mã địa bàn";
const yearHeader = "Năm";
const populationHeader = "Dân số";

/**
 * Loads resident populations from a sheet with the columns "Mã địa bàn", "Năm", "Dân số" (one row per place and
 * year), all or nothing: every row is checked first — a known place, a year between 1990 and 2100, a whole number
 * of residents above zero, no place and year twice — and every problem is listed by row and column. A place and
 * year already known is replaced.
 */
export async function importPopulations(
  db: Kysely<CoreDatabase>,
  sheet: AsyncIterable<SheetRow[]>,
  source: string,
): Promise<{ stored: number; problems: PopulationProblem[] }> {
  const rows: SheetRow[] = [];
  for await (const batch of sheet) rows.push(...batch);
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c.trim() === codeHeader));
  if (headerAt < 0)
    return {
      stored: 0,
      problems: [
        {
          row: 1,
          column: "",
          message: `Không thấy dòng tiêu đề có các cột “${codeHeader}”, “${yearHeader}”, “${populationHeader}”.`,
        },
      ],
    };
  const header = rows[headerAt]!.cells.map((c) => c.trim());
  const at = {
    code: header.indexOf(codeHeader),
    year: header.indexOf(yearHeader),
    population: header.indexOf(populationHeader),
  };
  const missing = [yearHeader, populationHeader].filter((h) => !header.includes(h));
  if (missing.length > 0)
    return {
      stored: 0,
      problems: [
        { row: rows[headerAt]!.number, column: "", message: `Thiếu cột ${missing.map((m) => `“${m}”`).join(", ")}.` },
      ],
    };
  const body = rows.slice(headerAt + 1).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const codes = [...new Set(body.map((r) => (r.cells[at.code] ?? "").trim()))];
  const known = new Set(
    codes.length
      ? (await db.selectFrom("org_units").select("code").where("code", "in", codes).execute()).map((r) => r.code)
      : [],
  );
  const problems: PopulationProblem[] = [];
  const values: { org_unit_code: string; year: number; population: number; source: string }[] = [];
  const seen = new Set<string>();
  for (const row of body) {
    const code = (row.cells[at.code] ?? "").trim();
    const year = Number((row.cells[at.year] ?? "").trim());
    const parsed = parseGridNumber(row.cells[at.population] ?? "");
    const population = "value" in parsed ? parsed.value : null;
    if (!known.has(code))
      problems.push({ row: row.number, column: codeHeader, message: `Không có địa bàn mã “${code}”` });
    if (!Number.isInteger(year) || year < 1990 || year > 2100)
      problems.push({
        row: row.number,
        column: yearHeader,
        message: `Năm “${row.cells[at.year] ?? ""}” không hợp lệ (1990–2100)`,
      });
    if (population === null || !Number.isInteger(population) || population <= 0)
      problems.push({
        row: row.number,
        column: populationHeader,
        message: `“${row.cells[at.population] ?? ""}” không phải số dân (số nguyên lớn hơn 0)`,
      });
    if (seen.has(`${code}|${year}`))
      problems.push({
        row: row.number,
        column: codeHeader,
        message: `Địa bàn “${code}” năm ${year} xuất hiện hai lần`,
      });
    seen.add(`${code}|${year}`);
    if (known.has(code) && population !== null) values.push({ org_unit_code: code, year, population, source });
  }
  if (problems.length > 0) return { stored: 0, problems };
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < values.length; i += 1000) {
      await trx
        .insertInto("place_populations")
        .values(values.slice(i, i + 1000))
        .onConflict((oc) =>
          oc.columns(["org_unit_code", "year"]).doUpdateSet((eb) => ({
            population: eb.ref("excluded.population"),
            source: eb.ref("excluded.source"),
            updated_at: new Date(),
          })),
        )
        .execute();
    }
  });
  return { stored: values.length, problems: [] };
}
