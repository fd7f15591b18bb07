import { definePlugin } from "@pcmt/plugin-sdk";
import { clinicsRegister } from "../common";
import { migrations } from "./migrations";
import { healthRouter } from "./router";

export const healthPlugin = definePlugin({
  id: "health",
  version: "1.0.0",
  displayName: { vi: "Y tế", en: "Health" },
  agencies: ["health"],
  catalog: [],
  migrations,
  registers: [clinicsRegister],
  router: healthRouter,
  consoleWidgets: [{ id: "clinics", title: { vi: "Cơ sở điều trị Methadone", en: "Methadone clinics" } }],
});

export type { HealthRouter } from "./router";

export default healthPlugin;
