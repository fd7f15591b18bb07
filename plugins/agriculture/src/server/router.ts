import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { CropSiteFields } from "../common";

export const cropSitesRegister = createRegisterRouter({
  table: "agriculture_crop_sites",
  agencies: ["agriculture"],
  fields: CropSiteFields,
  entityLabel: "điểm trồng cây có chứa chất ma túy",
  orderBy: "discovered_on",
});

export const agricultureRouter = createRouter({
  cropSites: cropSitesRegister,
});

export type AgricultureRouter = typeof agricultureRouter;
