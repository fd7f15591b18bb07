import { defineRegister, field } from "@pcmt/plugin-sdk/register";
import type { z } from "zod";

/**
 * The register of precursor businesss, declared once: its fields (labels, kinds, constraints, columns) give the
 * validation of the form and the procedure, the page's columns and form, and the columns the migration must make.
 */
export const firmsRegister = defineRegister({
  table: "customs_precursor_firms",
  agencies: ["customs", "industry"],
  title: { vi: "Doanh nghiệp kinh doanh tiền chất", en: "Precursor businesses" },
  entity: { vi: "doanh nghiệp kinh doanh tiền chất", en: "precursor business" },
  orderBy: "name",
  fields: {
    name: field.text({ vi: "Tên doanh nghiệp", en: "Business name" }, { max: 300 }),
    tax_code: field.text(
      { vi: "Mã số thuế", en: "Tax code" },
      {
        max: 14,
        pattern: {
          regex: /^\d{10}(-\d{3})?$/,
          message: "Mã số thuế gồm 10 chữ số (hoặc 13 với chi nhánh, dạng 0123456789-001)",
        },
      },
    ),
    precursors: field.text({ vi: "Tiền chất kinh doanh", en: "Precursors handled" }, { max: 1000 }),
    last_inspected_on: field.optionalDate({ vi: "Ngày kiểm tra gần nhất", en: "Last inspected on" }),
  },
});

/** The fields an officer fills in for one row; validates both the web form and the procedure input. */
export const PrecursorFirmFields = firmsRegister.schema;
export type PrecursorFirmFields = z.infer<typeof PrecursorFirmFields>;
