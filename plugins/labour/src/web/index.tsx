import { defineWebPlugin } from "@pcmt/plugin-sdk/web";
import { IconBuildingHospital } from "@tabler/icons-react";
import { lazy } from "react";

export const labourWebPlugin = defineWebPlugin({
  id: "labour",
  navigation: [
    {
      path: "",
      label: { vi: "Cơ sở cai nghiện ma túy", en: "Drug rehabilitation facilities" },
      icon: IconBuildingHospital,
    },
  ],
  routes: [{ path: "", component: lazy(() => import("./pages/FacilitiesPage")) }],
  consoleWidgets: { facilities: lazy(() => import("./widgets/FacilitiesWidget")) },
});

export default labourWebPlugin;
