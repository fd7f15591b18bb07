import { defineRegister, field } from "@pcmt/plugin-sdk/register";
import type { z } from "zod";

/**
 * The register of Methadone clinics, declared once: its fields (labels, kinds, constraints, columns) give the
 * validation of the form and the procedure, the page's columns and form, and the columns the migration must make.
 */
export const clinicsRegister = defineRegister({
  table: "health_methadone_clinics",
  agencies: ["health"],
  title: { vi: "Cơ sở điều trị Methadone", en: "Methadone clinics" },
  entity: { vi: "cơ sở điều trị Methadone", en: "Methadone clinic" },
  orderBy: "name",
  fields: {
    name: field.text({ vi: "Tên cơ sở", en: "Clinic name" }, { max: 300 }),
    address: field.text({ vi: "Địa chỉ", en: "Address" }, { max: 300 }),
    capacity: field.integer({ vi: "Công suất (người)", en: "Capacity (patients)" }, { max: 100_000 }),
    patients: field.integer({ vi: "Đang điều trị (người)", en: "In treatment (patients)" }, { max: 100_000 }),
  },
});

/** The fields an officer fills in for one row; validates both the web form and the procedure input. */
export const MethadoneClinicFields = clinicsRegister.schema;
export type MethadoneClinicFields = z.infer<typeof MethadoneClinicFields>;
