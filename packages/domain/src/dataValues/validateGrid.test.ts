import { describe, expect, it } from "vitest";
import { validateGrid } from "./validateGrid";

const options = {
  parts: [{ part: "treated", whole: "registered" }],
  wholeNumberElements: new Set(["treated", "registered"]),
};

describe("validateGrid", () => {
  it("accepts numbers within their bounds and empty cells", () => {
    expect(
      validateGrid(
        [
          { elementId: "treated", orgUnit: "a", value: 3 },
          { elementId: "registered", orgUnit: "a", value: 5 },
          { elementId: "treated", orgUnit: "b", value: null },
        ],
        options,
      ),
    ).toEqual([]);
  });

  it("lists every problem with its place and column", () => {
    const errors = validateGrid(
      [
        { elementId: "treated", orgUnit: "a", value: 7 },
        { elementId: "registered", orgUnit: "a", value: 5 },
        { elementId: "registered", orgUnit: "b", value: -1 },
        { elementId: "treated", orgUnit: "c", value: 2.5 },
        { elementId: "registered", orgUnit: "d", value: Number.NaN },
      ],
      { ...options, names: (id) => (id === "registered" ? "Người nghiện có hồ sơ" : id) },
    );
    expect(errors).toEqual([
      { elementId: "registered", orgUnit: "b", value: -1, message: "Không được âm" },
      { elementId: "treated", orgUnit: "c", value: 2.5, message: "Phải là số nguyên" },
      { elementId: "registered", orgUnit: "d", value: Number.NaN, message: "Phải là một số" },
      { elementId: "treated", orgUnit: "a", message: "Không được lớn hơn “Người nghiện có hồ sơ” (5)" },
    ]);
  });
});
