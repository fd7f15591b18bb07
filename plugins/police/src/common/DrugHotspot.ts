import { defineRegister, field } from "@pcmt/plugin-sdk/register";
import type { z } from "zod";

/**
 * The register of drug hotspots, declared once: its fields (labels, kinds, constraints, columns) give the
 * validation of the form and the procedure, the page's columns and form, and the columns the migration must make.
 */
export const hotspotsRegister = defineRegister({
  table: "police_drug_hotspots",
  agencies: ["police"],
  title: { vi: "Điểm, tụ điểm phức tạp về ma túy", en: "Drug hotspots" },
  entity: { vi: "điểm, tụ điểm phức tạp về ma túy", en: "drug hotspot" },
  orderBy: "name",
  fields: {
    name: field.text({ vi: "Tên điểm, tụ điểm", en: "Hotspot name" }, { max: 300 }),
    locality: field.text({ vi: "Địa bàn (xã, phường)", en: "Locality (commune, ward)" }, { max: 200 }),
    status: field.choice({ vi: "Trạng thái", en: "Status" }, [
      { value: "active", label: { vi: "Đang hoạt động", en: "Active" } },
      { value: "eliminated", label: { vi: "Đã triệt xóa", en: "Dismantled" } },
    ]),
    discovered_on: field.date({ vi: "Ngày phát hiện", en: "Discovered on" }),
  },
});

/** The fields an officer fills in for one row; validates both the web form and the procedure input. */
export const DrugHotspotFields = hotspotsRegister.schema;
export type DrugHotspotFields = z.infer<typeof DrugHotspotFields>;
