/**
 * Calendar days as "YYYY-MM-DD" and local dates, without a formatting library: period and deadline arithmetic runs
 * for every agency and period of every province on each console read, and this is its inner loop.
 */
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A local date as "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "YYYY-MM-DD" (or "YYYY-MM-DD…") as a local date at midnight. */
export function parseDay(iso: string): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** The local calendar day of a timestamp (a report's first submission), or null. */
export function dayOf(value: Date | string | null | undefined): string | null {
  return value === null || value === undefined ? null : isoDay(new Date(value));
}

/** "YYYY-MM-DD" as a reader writes it: "20/05/2024" (the server's messages, files and e-mails). */
export function formatDay(iso: string): string {
  return iso.slice(0, 10).split("-").reverse().join("/");
}
