/** vi-VN conventions of the product: 5.850; 83,5%; dd/mm/yyyy. */
const numberFormat = new Intl.NumberFormat("vi-VN");

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "2024-05-20" → "20/05/2024"; a Date or ISO timestamp → its local date. */
export function formatDate(value: string | Date): string {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split("-");
    return `${d}/${m}/${y}`;
  }
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric" }).format(date);
}

/** A moment as dd/mm/yyyy hh:mm, local time. */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat("vi-VN", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}
