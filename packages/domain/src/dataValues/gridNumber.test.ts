import { describe, expect, it } from "vitest";
import { parseGridNumber } from "./gridNumber";

describe("parseGridNumber", () => {
  it.each([
    ["1.234.567", 1_234_567],
    ["1.234", 1234],
    ["1.234,5", 1234.5],
    ["62,3", 62.3],
    ["62,3%", 62.3],
    ["1,234.5", 1234.5],
    ["1,234,567", 1_234_567],
    ["2.5", 2.5],
    ["0", 0],
    [" 12 ", 12],
    ["1\u00a0234", 1234],
    ["-3", -3],
  ])("reads %s as %d", (text, value) => {
    expect(parseGridNumber(text)).toEqual({ value });
  });

  it("reads an empty cell as no value", () => {
    expect(parseGridNumber("  ")).toEqual({ value: null });
  });

  it.each(["mười hai", "12a", "1..2", "--1", "1,2,3"])("keeps %s as typed, marked not a number", (text) => {
    expect(parseGridNumber(text)).toEqual({ invalid: text });
  });
});
