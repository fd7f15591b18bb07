import { defineWebPlugin } from "@pcmt/plugin-sdk/web";
import { IconStethoscope } from "@tabler/icons-react";
import { lazy } from "react";

export const healthWebPlugin = defineWebPlugin({
  id: "health",
  navigation: [{ path: "", label: { vi: "Cơ sở điều trị Methadone", en: "Methadone clinics" }, icon: IconStethoscope }],
  routes: [{ path: "", component: lazy(() => import("./pages/ClinicsPage")) }],
  consoleWidgets: { clinics: lazy(() => import("./widgets/ClinicsWidget")) },
});

export default healthWebPlugin;
