import { defineStrings } from "./defineStrings";

/** Review threads on a report's tasks and cells. */
export const comments = defineStrings(
  {
    add: "Góp ý",
    new: "Góp ý cho cơ quan",
    send: "Gửi góp ý",
    cancel: "Hủy",
    reply: "Trả lời",
    replyPlaceholder: "Trả lời góp ý…",
    resolve: "Đã giải quyết",
    resolved: "Đã đóng ({{who}})",
    someone: "Một người dùng",
    changed: "Đã thay đổi từ khi góp ý: {{then}} → {{now}}",
    unchanged: "Chưa thay đổi từ khi góp ý.",
    emptyValue: "trống",
    openCount: "{{count}} góp ý chưa đóng",
    status: { not_started: "Chưa thực hiện", in_progress: "Đang thực hiện", done: "Hoàn thành" },
  },
  {
    add: "Comment",
    new: "Comment for the agency",
    send: "Send comment",
    cancel: "Cancel",
    reply: "Reply",
    replyPlaceholder: "Reply to the comment…",
    resolve: "Settled",
    resolved: "Closed ({{who}})",
    someone: "A user",
    changed: "Changed since the comment: {{then}} → {{now}}",
    unchanged: "Unchanged since the comment.",
    emptyValue: "empty",
    openCount: "{{count}} open comment(s)",
    status: { not_started: "Not started", in_progress: "In progress", done: "Done" },
  },
);
