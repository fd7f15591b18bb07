import { defineRegister, field } from "@pcmt/plugin-sdk/register";
import type { z } from "zod";

/**
 * The register of awareness sessions, declared once: its fields (labels, kinds, constraints, columns) give the
 * validation of the form and the procedure, the page's columns and form, and the columns the migration must make.
 */
export const sessionsRegister = defineRegister({
  table: "education_awareness_sessions",
  agencies: ["education", "university"],
  title: { vi: "Buổi tuyên truyền trong trường học", en: "School awareness sessions" },
  entity: { vi: "buổi tuyên truyền", en: "awareness session" },
  orderBy: "held_on",
  fields: {
    school: field.text({ vi: "Trường", en: "School" }, { max: 300 }),
    topic: field.text({ vi: "Chủ đề", en: "Topic" }, { max: 500 }),
    held_on: field.date({ vi: "Ngày tổ chức", en: "Held on" }),
    participants: field.integer({ vi: "Số người tham dự", en: "Participants" }, { max: 1_000_000 }),
  },
});

/** The fields an officer fills in for one row; validates both the web form and the procedure input. */
export const AwarenessSessionFields = sessionsRegister.schema;
export type AwarenessSessionFields = z.infer<typeof AwarenessSessionFields>;
