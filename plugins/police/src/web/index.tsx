import { defineWebPlugin } from "@pcmt/plugin-sdk/web";
import { IconShieldCheck } from "@tabler/icons-react";
import { lazy } from "react";

export const policeWebPlugin = defineWebPlugin({
  id: "police",
  navigation: [
    { path: "", label: { vi: "Điểm, tụ điểm phức tạp về ma túy", en: "Drug hotspots" }, icon: IconShieldCheck },
  ],
  routes: [{ path: "", component: lazy(() => import("./pages/HotspotsPage")) }],
  consoleWidgets: { hotspots: lazy(() => import("./widgets/HotspotsWidget")) },
});

export default policeWebPlugin;
