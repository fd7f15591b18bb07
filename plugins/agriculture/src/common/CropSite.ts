import { defineRegister, field } from "@pcmt/plugin-sdk/register";
import type { z } from "zod";

/**
 * The register of drug crop sites, declared once: its fields (labels, kinds, constraints, columns) give the
 * validation of the form and the procedure, the page's columns and form, and the columns the migration must make.
 */
export const cropSitesRegister = defineRegister({
  table: "agriculture_crop_sites",
  agencies: ["agriculture"],
  title: { vi: "Điểm trồng cây có chứa chất ma túy", en: "Drug crop sites" },
  entity: { vi: "điểm trồng cây có chứa chất ma túy", en: "drug crop site" },
  orderBy: "discovered_on",
  fields: {
    locality: field.text({ vi: "Địa bàn (xã, thôn)", en: "Locality (commune, village)" }, { max: 300 }),
    plant: field.choice({ vi: "Loại cây", en: "Plant" }, [
      { value: "cannabis", label: { vi: "Cần sa", en: "Cannabis" } },
      { value: "opium_poppy", label: { vi: "Cây thuốc phiện", en: "Opium poppy" } },
      { value: "coca", label: { vi: "Cây côca", en: "Coca" } },
      { value: "other", label: { vi: "Khác", en: "Other" } },
    ]),
    area_m2: field.positiveNumber({ vi: "Diện tích (m²)", en: "Area (m²)" }, { max: 10_000_000 }),
    discovered_on: field.date({ vi: "Ngày phát hiện", en: "Discovered on" }),
    destroyed: field.yesNo({ vi: "Đã phá bỏ", en: "Destroyed" }),
  },
});

/** The fields an officer fills in for one row; validates both the web form and the procedure input. */
export const CropSiteFields = cropSitesRegister.schema;
export type CropSiteFields = z.infer<typeof CropSiteFields>;
