import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { AwarenessSessionFields } from "../common";

export const sessionsRegister = createRegisterRouter({
  table: "education_awareness_sessions",
  agencies: ["education", "university"],
  fields: AwarenessSessionFields,
  entityLabel: "buổi tuyên truyền",
  orderBy: "held_on",
});

export const educationRouter = createRouter({
  sessions: sessionsRegister,
});

export type EducationRouter = typeof educationRouter;
