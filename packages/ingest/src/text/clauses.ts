/**
 * The clause around a match: from the previous ";", "." or ":" (or the start) to the next ";" or "." — a full stop
 * between digits ("5.850") is a thousands separator, not a boundary. Leading white space is left out.
 */
export function clauseAround(text: string, at: number, to: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[;.:\n]/.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !(/[;.\n]/.test(text[end]!) && !/\d/.test(text[end + 1] ?? ""))) end++;
  while (/\s/.test(text[start] ?? "")) start++;
  return { start, end };
}

/** A day as printed (day, month, year) → "YYYY-MM-DD". */
export const isoDate = (day: number | string, month: number | string, year: number | string) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** A month number → "MM". */
export const twoDigits = (n: number | string) => String(n).padStart(2, "0");
