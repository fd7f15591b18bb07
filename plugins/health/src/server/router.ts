import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { MethadoneClinicFields } from "../common";

export const clinicsRegister = createRegisterRouter({
  table: "health_methadone_clinics",
  agencies: ["health"],
  fields: MethadoneClinicFields,
  entityLabel: "cơ sở điều trị Methadone",
  orderBy: "name",
});

export const healthRouter = createRouter({
  clinics: clinicsRegister,
});

export type HealthRouter = typeof healthRouter;
