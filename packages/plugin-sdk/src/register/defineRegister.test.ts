import { describe, expect, it } from "vitest";
import { defineRegister, field } from "./registerFields";

const clinics = defineRegister({
  table: "sample_clinics",
  agencies: ["health"],
  title: { vi: "Cơ sở", en: "Clinics" },
  entity: { vi: "cơ sở", en: "clinic" },
  orderBy: "name",
  fields: {
    name: field.text({ vi: "Tên cơ sở", en: "Name" }, { max: 10 }),
    kind: field.choice({ vi: "Loại hình", en: "Kind" }, [
      { value: "public", label: { vi: "Công lập", en: "Public" } },
      { value: "private", label: { vi: "Ngoài công lập", en: "Private" } },
    ]),
    capacity: field.integer({ vi: "Công suất", en: "Capacity" }),
    patients: field.integer({ vi: "Đang điều trị", en: "In treatment" }),
    inspected_on: field.optionalDate({ vi: "Ngày kiểm tra", en: "Inspected on" }),
  },
  rules: [
    {
      check: (r) => r.patients <= r.capacity,
      message: "Số đang điều trị không được lớn hơn công suất",
      path: "patients",
    },
  ],
});

describe("a register declared once", () => {
  it("validates with messages from its labels, and its rules across fields", () => {
    expect(
      clinics.schema.safeParse({ name: "A", kind: "public", capacity: 10, patients: 5, inspected_on: null }).success,
    ).toBe(true);
    const bad = clinics.schema.safeParse({
      name: " ",
      kind: "x",
      capacity: -1,
      patients: 2.5,
      inspected_on: "12/03/2024",
    });
    expect(bad.success ? [] : bad.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "name: Nhập tên cơ sở",
      "kind: Loại hình phải là công lập hoặc ngoài công lập",
      "capacity: Công suất không được âm",
      "patients: Đang điều trị phải là số nguyên",
      "inspected_on: Ngày kiểm tra phải có dạng YYYY-MM-DD",
    ]);
    const over = clinics.schema.safeParse({ name: "A", kind: "public", capacity: 1, patients: 5, inspected_on: null });
    expect(over.success ? null : over.error.issues[0]).toMatchObject({
      path: ["patients"],
      message: "Số đang điều trị không được lớn hơn công suất",
    });
  });

  it("gives the page its fields in order and the migration its columns", () => {
    expect(clinics.formFields.map((f) => [f.name, f.kind])).toEqual([
      ["name", "text"],
      ["kind", "select"],
      ["capacity", "number"],
      ["patients", "number"],
      ["inspected_on", "date"],
    ]);
    expect(clinics.formFields[1]?.options?.map((o) => o.label.en)).toEqual(["Public", "Private"]);
    expect(clinics.columns).toEqual({
      name: { type: "text", nullable: false },
      kind: { type: "text", nullable: false },
      capacity: { type: "integer", nullable: false },
      patients: { type: "integer", nullable: false },
      inspected_on: { type: "date", nullable: true },
    });
  });
});
