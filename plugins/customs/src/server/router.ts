import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { firmsRegister } from "../common";

export const customsRouter = createRouter({
  firms: createRegisterRouter(firmsRegister),
});

export type CustomsRouter = typeof customsRouter;
