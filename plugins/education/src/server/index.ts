import { definePlugin } from "@pcmt/plugin-sdk";
import { sessionsRegister } from "../common";
import { migrations } from "./migrations";
import { educationRouter } from "./router";

export const educationPlugin = definePlugin({
  id: "education",
  version: "1.0.0",
  displayName: { vi: "Giáo dục", en: "Education" },
  agencies: ["education", "university"],
  catalog: [],
  migrations,
  registers: [sessionsRegister],
  router: educationRouter,
  consoleWidgets: [
    { id: "sessions", title: { vi: "Buổi tuyên truyền trong trường học", en: "School awareness sessions" } },
  ],
});

export type { EducationRouter } from "./router";

export default educationPlugin;
