import { definePlugin } from "@pcmt/plugin-sdk";
import { hotspotsRegister } from "../common";
import { migrations } from "./migrations";
import { policeRouter } from "./router";

export const policePlugin = definePlugin({
  id: "police",
  version: "1.0.0",
  displayName: { vi: "Công an", en: "Police" },
  agencies: ["police"],
  catalog: [],
  migrations,
  registers: [hotspotsRegister],
  router: policeRouter,
  consoleWidgets: [{ id: "hotspots", title: { vi: "Điểm, tụ điểm phức tạp về ma túy", en: "Drug hotspots" } }],
});

export type { PoliceRouter } from "./router";

export default policePlugin;
