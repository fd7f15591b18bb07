import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { MethadoneClinicFields } from "../common";
import { occupancy } from "./occupancy";

export const clinicsRegister = createRegisterRouter({
  table: "health_methadone_clinics",
  agencies: ["health"],
  fields: MethadoneClinicFields,
  entityLabel: "cơ sở điều trị Methadone",
  orderBy: "name",
});

export const healthRouter = createRouter({
  clinics: clinicsRegister,
  occupancy,
});

export type HealthRouter = typeof healthRouter;
