import { agencyLabel, describePeriod, formatDay, type NotificationKind } from "@pcmt/domain";

/** What a notification says, beyond its kind: enough for a sentence in either language. */
export interface NotificationParams {
  period: string;
  agencyCode: string;
  provinceCode: string;
  dueDate?: string;
  /** Days to the deadline (negative: days late). */
  daysToDue?: number;
  reason?: string;
  /** The task or cell a comment is about, as a person reads it. */
  target?: string;
  /** Who wrote or decided. */
  by?: string;
  note?: string;
}

const day = (iso: string | undefined) => (iso ? formatDay(iso) : "");

/** The e-mail of a notification, in Vietnamese (the in-app centre composes its own sentence in the reader's language). */
export function describeNotification(kind: NotificationKind, p: NotificationParams): { subject: string; text: string } {
  const report = `báo cáo ${describePeriod(p.period).toLowerCase()} của ${agencyLabel(p.agencyCode)}`;
  const sentence = (() => {
    switch (kind) {
      case "due_soon":
        return `Còn ${p.daysToDue ?? 0} ngày đến hạn gửi ${report} (hạn ${day(p.dueDate)}).`;
      case "due_today":
        return `Hôm nay (${day(p.dueDate)}) là hạn gửi ${report}.`;
      case "overdue":
        return `${capitalise(report)} đã quá hạn ${-(p.daysToDue ?? 0)} ngày (hạn ${day(p.dueDate)}) và chưa được gửi.`;
      case "reminder":
        return `Cơ quan thường trực nhắc gửi ${report} (hạn ${day(p.dueDate)}).${p.note ? ` Lời nhắn: “${p.note}”` : ""}`;
      case "returned":
        return `Cơ quan thường trực đã trả lại ${report} để sửa.${p.reason ? ` Lý do: “${p.reason}”` : ""}`;
      case "accepted":
        return `Cơ quan thường trực đã tiếp nhận ${report}.`;
      case "commented":
        return `Cơ quan thường trực góp ý về ${p.target ?? "một mục"} trong ${report}.`;
      case "replied":
        return `${p.by ?? "Cơ quan báo cáo"} trả lời góp ý về ${p.target ?? "một mục"} trong ${report}.`;
    }
  })();
  const subjects: Record<NotificationKind, string> = {
    due_soon: "Sắp đến hạn báo cáo",
    due_today: "Hôm nay đến hạn báo cáo",
    overdue: "Báo cáo quá hạn",
    reminder: "Nhắc gửi báo cáo",
    returned: "Báo cáo bị trả lại",
    accepted: "Báo cáo đã được tiếp nhận",
    commented: "Góp ý về báo cáo",
    replied: "Trả lời góp ý",
  };
  return {
    subject: `[PCMT] ${subjects[kind]}: ${report}`,
    text: `${sentence}\n\nThư này do hệ thống theo dõi kế hoạch phòng, chống ma túy (PCMT) gửi tự động; xem và trả lời trong hệ thống.`,
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
