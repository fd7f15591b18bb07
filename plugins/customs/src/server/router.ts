import { createRegisterRouter, createRouter } from "@pcmt/plugin-sdk";
import { PrecursorFirmFields } from "../common";

export const firmsRegister = createRegisterRouter({
  table: "customs_precursor_firms",
  agencies: ["customs", "industry"],
  fields: PrecursorFirmFields,
  entityLabel: "doanh nghiệp kinh doanh tiền chất",
  orderBy: "name",
});

export const customsRouter = createRouter({
  firms: firmsRegister,
});

export type CustomsRouter = typeof customsRouter;
