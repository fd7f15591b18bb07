/**
 * A number as an officer types it or pastes it from Excel or LibreOffice: Vietnamese ("1.234,5", "62,3%") or
 * English ("1,234.5", "1234.5"). Spaces (also the non-breaking ones spreadsheets put between thousands) are
 * ignored. With both separators the last one is the decimal mark; a comma alone is a decimal comma; dots alone are
 * thousands when every group after the first has three digits ("1.234.567"), otherwise a decimal point ("2.5").
 * Anything else is not a number: it is kept as typed, so that nothing the officer entered is silently lost.
 */
export type GridInput = { value: number | null } | { invalid: string };

export function parseGridNumber(text: string): GridInput {
  const raw = text.replace(/[\s\u00a0\u202f]/g, "").replace(/%$/, "");
  if (raw === "") return { value: null };
  let normalised: string;
  const lastComma = raw.lastIndexOf(",");
  const lastDot = raw.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    normalised = raw.split(thousands).join("").replace(decimal, ".");
  } else if (lastComma >= 0) {
    normalised = /^-?\d{1,3}(,\d{3}){2,}$/.test(raw) ? raw.split(",").join("") : raw.replace(",", ".");
  } else if (lastDot >= 0) {
    normalised = /^-?\d{1,3}(\.\d{3})+$/.test(raw) ? raw.split(".").join("") : raw;
  } else normalised = raw;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return { invalid: text.trim() };
  const value = Number(normalised);
  return Number.isFinite(value) ? { value } : { invalid: text.trim() };
}
