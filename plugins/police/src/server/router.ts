import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { DrugHotspotFields } from "../common";

export const hotspotsRegister = createRegisterRouter({
  table: "police_drug_hotspots",
  agencies: ["police"],
  fields: DrugHotspotFields,
  entityLabel: "điểm, tụ điểm phức tạp về ma túy",
  orderBy: "name",
});

export const policeRouter = createRouter({
  hotspots: hotspotsRegister,
});

export type PoliceRouter = typeof policeRouter;
