import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { clinicsRegister } from "../common";
import { occupancy } from "./occupancy";

export const healthRouter = createRouter({
  clinics: createRegisterRouter(clinicsRegister),
  occupancy,
});

export type HealthRouter = typeof healthRouter;
