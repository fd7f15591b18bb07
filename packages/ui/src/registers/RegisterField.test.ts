import { describe, expect, it } from "vitest";
import { emptyValues, type RegisterField, toInput } from "./RegisterField";

const fields: RegisterField[] = [
  { name: "name", label: { vi: "Tên", en: "Name" }, kind: "text" },
  { name: "capacity", label: { vi: "Công suất", en: "Capacity" }, kind: "number" },
  { name: "inspected_on", label: { vi: "Ngày", en: "Date" }, kind: "date" },
  { name: "destroyed", label: { vi: "Đã phá", en: "Destroyed" }, kind: "boolean" },
  {
    name: "status",
    label: { vi: "Trạng thái", en: "Status" },
    kind: "select",
    options: [{ value: "active", label: { vi: "Đang hoạt động", en: "Active" } }],
  },
];

describe("register form values", () => {
  it("starts blank with the first option selected", () => {
    expect(emptyValues(fields)).toEqual({
      name: "",
      capacity: null,
      inspected_on: "",
      destroyed: false,
      status: "active",
    });
  });

  it("sends an empty date as null so an optional date validates", () => {
    expect(toInput(fields, { name: "A", capacity: 3, inspected_on: "", destroyed: true, status: "active" })).toEqual({
      name: "A",
      capacity: 3,
      inspected_on: null,
      destroyed: true,
      status: "active",
    });
  });
});
