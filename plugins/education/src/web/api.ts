import { createPluginApi } from "@pcmt/plugin-sdk/web";
import type { EducationRouter } from "../server/router";

export const { usePluginApi: useEducationApi } = createPluginApi<EducationRouter>("education");
