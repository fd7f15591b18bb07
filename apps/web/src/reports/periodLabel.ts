import { describePeriod } from "@pcmt/domain";
import { formatDate } from "@pcmt/ui";

/** "Tháng 5/2024", or for a one-off task's report "Hạn 19/05/2024". */
export function periodLabel(period: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(period) ? `Nhiệm vụ có hạn ${formatDate(period)}` : describePeriod(period);
}
