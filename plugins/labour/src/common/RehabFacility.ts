import { defineRegister, field } from "@pcmt/plugin-sdk/register";
import type { z } from "zod";

/**
 * The register of rehabilitation facilitys, declared once: its fields (labels, kinds, constraints, columns) give the
 * validation of the form and the procedure, the page's columns and form, and the columns the migration must make.
 */
export const facilitiesRegister = defineRegister({
  table: "labour_rehab_facilities",
  agencies: ["labour"],
  title: { vi: "Cơ sở cai nghiện ma túy", en: "Drug rehabilitation facilities" },
  entity: { vi: "cơ sở cai nghiện ma túy", en: "rehabilitation facility" },
  orderBy: "name",
  fields: {
    name: field.text({ vi: "Tên cơ sở", en: "Facility name" }, { max: 300 }),
    ownership: field.choice({ vi: "Loại hình", en: "Ownership" }, [
      { value: "public", label: { vi: "Công lập", en: "Public" } },
      { value: "private", label: { vi: "Ngoài công lập", en: "Private" } },
    ]),
    capacity: field.integer({ vi: "Quy mô tiếp nhận (người)", en: "Capacity (people)" }, { max: 100_000 }),
    residents: field.integer({ vi: "Đang quản lý (người)", en: "Residents (people)" }, { max: 100_000 }),
  },
});

/** The fields an officer fills in for one row; validates both the web form and the procedure input. */
export const RehabFacilityFields = facilitiesRegister.schema;
export type RehabFacilityFields = z.infer<typeof RehabFacilityFields>;
