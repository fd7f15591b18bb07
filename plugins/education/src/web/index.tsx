import { defineWebPlugin } from "@pcmt/plugin-sdk/web";
import { IconSchool } from "@tabler/icons-react";
import { lazy } from "react";

export const educationWebPlugin = defineWebPlugin({
  id: "education",
  navigation: [
    {
      path: "",
      label: { vi: "Buổi tuyên truyền trong trường học", en: "School awareness sessions" },
      icon: IconSchool,
    },
  ],
  routes: [{ path: "", component: lazy(() => import("./pages/SessionsPage")) }],
  consoleWidgets: { sessions: lazy(() => import("./widgets/SessionsWidget")) },
});

export default educationWebPlugin;
