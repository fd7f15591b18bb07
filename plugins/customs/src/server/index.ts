import { definePlugin } from "@pcmt/plugin-sdk";
import { firmsRegister } from "../common";
import { migrations } from "./migrations";
import { customsRouter } from "./router";

export const customsPlugin = definePlugin({
  id: "customs",
  version: "1.0.0",
  displayName: { vi: "Tiền chất (Hải quan, Công Thương)", en: "Precursors (customs, industry)" },
  agencies: ["customs", "industry"],
  catalog: [],
  migrations,
  registers: [firmsRegister],
  router: customsRouter,
  consoleWidgets: [{ id: "firms", title: { vi: "Doanh nghiệp kinh doanh tiền chất", en: "Precursor businesses" } }],
});

export type { CustomsRouter } from "./router";

export default customsPlugin;
