import { definePlugin } from "@pcmt/plugin-sdk";
import { cropSitesRegister } from "../common";
import { migrations } from "./migrations";
import { agricultureRouter } from "./router";

export const agriculturePlugin = definePlugin({
  id: "agriculture",
  version: "1.0.0",
  displayName: { vi: "Nông nghiệp (cây có chứa chất ma túy)", en: "Agriculture (drug crops)" },
  agencies: ["agriculture"],
  catalog: [],
  migrations,
  registers: [cropSitesRegister],
  router: agricultureRouter,
  consoleWidgets: [{ id: "cropsites", title: { vi: "Điểm trồng cây có chứa chất ma túy", en: "Drug crop sites" } }],
});

export type { AgricultureRouter } from "./router";

export default agriculturePlugin;
