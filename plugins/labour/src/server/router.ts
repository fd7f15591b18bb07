import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { RehabFacilityFields } from "../common";

export const facilitiesRegister = createRegisterRouter({
  table: "labour_rehab_facilities",
  agencies: ["labour"],
  fields: RehabFacilityFields,
  entityLabel: "cơ sở cai nghiện ma túy",
  orderBy: "name",
});

export const labourRouter = createRouter({
  facilities: facilitiesRegister,
});

export type LabourRouter = typeof labourRouter;
