import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { facilitiesRegister } from "../common";

export const labourRouter = createRouter({
  facilities: createRegisterRouter(facilitiesRegister),
});

export type LabourRouter = typeof labourRouter;
