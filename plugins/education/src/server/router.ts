import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { sessionsRegister } from "../common";

export const educationRouter = createRouter({
  sessions: createRegisterRouter(sessionsRegister),
});

export type EducationRouter = typeof educationRouter;
