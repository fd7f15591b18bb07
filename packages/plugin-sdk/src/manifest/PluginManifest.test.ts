import { describe, expect, it } from "vitest";
import { createRouter } from "../server/trpc";
import { PluginManifestError, validatePluginManifest } from "./PluginManifest";

const valid = {
  id: "health",
  version: "1.0.0",
  displayName: { vi: "Y tế", en: "Health" },
  agencies: ["health"],
  catalog: [],
  migrations: { "0001_clinics": { up: async () => {} } },
  router: createRouter({}),
  consoleWidgets: [{ id: "clinics", title: { vi: "Cơ sở Methadone", en: "Methadone clinics" } }],
};

describe("validatePluginManifest", () => {
  it("accepts a complete manifest", () => {
    expect(validatePluginManifest(valid).id).toBe("health");
  });

  it("names the plugin and the bad field", () => {
    const bad = { ...valid, displayName: { vi: "", en: "Health" } };
    expect(() => validatePluginManifest(bad)).toThrow(PluginManifestError);
    expect(() => validatePluginManifest(bad)).toThrow(/Plugin "health".*"displayName\.vi"/);
  });

  it("rejects an agency code that is not in the registry", () => {
    expect(() => validatePluginManifest({ ...valid, agencies: ["ministry_of_magic"] })).toThrow(/"agencies\.0"/);
    // An id whose tables or migration history would be the core's.
    expect(() => validatePluginManifest({ ...valid, id: "core" })).toThrow(/trùng tên bảng của lõi/);
    expect(() => validatePluginManifest({ ...valid, id: "catalog" })).toThrow(/trùng tên bảng của lõi/);
  });

  it("rejects migration names that do not sort", () => {
    expect(() => validatePluginManifest({ ...valid, migrations: { clinics: { up: async () => {} } } })).toThrow(
      /"migrations\.clinics"/,
    );
  });

  it("rejects duplicate widgets and a missing router", () => {
    const widget = valid.consoleWidgets[0];
    expect(() => validatePluginManifest({ ...valid, consoleWidgets: [widget, widget] })).toThrow(/"consoleWidgets"/);
    expect(() => validatePluginManifest({ ...valid, router: undefined })).toThrow(/"router"/);
  });

  it("says when there is no id at all", () => {
    expect(() => validatePluginManifest({ ...valid, id: 42 })).toThrow(/Plugin "\(không có id\)".*"id"/);
  });
});
