import { defineWebPlugin } from "@pcmt/plugin-sdk/web";
import { IconPlant } from "@tabler/icons-react";
import { lazy } from "react";

export const agricultureWebPlugin = defineWebPlugin({
  id: "agriculture",
  navigation: [
    { path: "", label: { vi: "Điểm trồng cây có chứa chất ma túy", en: "Drug crop sites" }, icon: IconPlant },
  ],
  routes: [{ path: "", component: lazy(() => import("./pages/CropSitesPage")) }],
  consoleWidgets: { cropsites: lazy(() => import("./widgets/CropSitesWidget")) },
});

export default agricultureWebPlugin;
