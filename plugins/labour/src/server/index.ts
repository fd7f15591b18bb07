import { definePlugin } from "@pcmt/plugin-sdk";
import { facilitiesRegister } from "../common";
import { migrations } from "./migrations";
import { labourRouter } from "./router";

export const labourPlugin = definePlugin({
  id: "labour",
  version: "1.0.0",
  displayName: { vi: "Lao động - Xã hội (cai nghiện)", en: "Labour and social affairs (rehab)" },
  agencies: ["labour"],
  catalog: [],
  migrations,
  registers: [facilitiesRegister],
  router: labourRouter,
  consoleWidgets: [
    { id: "facilities", title: { vi: "Cơ sở cai nghiện ma túy", en: "Drug rehabilitation facilities" } },
  ],
});

export type { LabourRouter } from "./router";

export default labourPlugin;
