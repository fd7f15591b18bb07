import { defineWebPlugin } from "@pcmt/plugin-sdk/web";
import { IconFlask } from "@tabler/icons-react";
import { lazy } from "react";

export const customsWebPlugin = defineWebPlugin({
  id: "customs",
  navigation: [
    { path: "", label: { vi: "Doanh nghiệp kinh doanh tiền chất", en: "Precursor businesses" }, icon: IconFlask },
  ],
  routes: [{ path: "", component: lazy(() => import("./pages/FirmsPage")) }],
  consoleWidgets: { firms: lazy(() => import("./widgets/FirmsWidget")) },
});

export default customsWebPlugin;
