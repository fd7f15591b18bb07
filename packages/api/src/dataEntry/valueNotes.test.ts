import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPopulations } from "../places/placePopulations";
import { rowsInMemory } from "../spreadsheets/readSheetRows";
import { type ApiTestHarness, createApiTestHarness } from "../testing/apiTestHarness";

const health: Actor = {
  userId: crypto.randomUUID(),
  username: "yte.qt",
  displayName: "Y tế QT",
  role: "agency_officer",
  agencyCode: "health",
  provinceCode: "quang_tri",
};
const office: Actor = {
  ...health,
  userId: crypto.randomUUID(),
  username: "vp.qt",
  role: "standing_office",
  agencyCode: null,
};
const police: Actor = { ...health, userId: crypto.randomUUID(), username: "congan.qt", agencyCode: "police" };
const total = "kh-29-bcd-quang-tri-2024#commune_health_facilities";

describe.each(testEngines)(
  "what a value carries: copies from the last period, warnings, Vietnamese order (%s)",
  (engine) => {
    let api: ApiTestHarness;
    let reportId: string;
    beforeAll(async () => {
      api = await createApiTestHarness(engine);
      // Three months of history: every district reports 10, 12, 11 facilities.
      for (const [period, value] of [
        ["2024-05", 10],
        ["2024-06", 12],
        ["2024-07", 11],
      ] as const) {
        const id = (await api.as(health).reports.open({ period })).id;
        const grid = await api.as(health).dataEntry.grid({ reportId: id });
        const saved = await api.as(health).dataEntry.save({
          reportId: id,
          cells: grid.units.map((u) => ({ elementId: total, orgUnit: u.code, value })),
        });
        expect(saved.problems).toEqual([]);
      }
      reportId = (await api.as(health).reports.open({ period: "2024-08" })).id;
    });
    afterAll(() => api.close());

    it("lists the places in Vietnamese alphabetical order, Đ after D, not after Z", async () => {
      const names = (await api.as(health).dataEntry.grid({ reportId })).units.map((u) => u.name);
      expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
      const firstD = names.findIndex((n) => n.startsWith("Đ"));
      expect(firstD).toBeGreaterThan(-1);
      expect(names.slice(firstD + 1).some((n) => /^[E-Z]/.test(n))).toBe(true);
    });

    it("offers last period's values; a copied value stays marked and blocks submission until confirmed", async () => {
      const previous = await api.as(health).dataEntry.previousValues({ reportId });
      expect(previous.period).toBe("2024-07");
      expect(previous.cells.filter((c) => c.elementId === total).map((c) => c.value)).toEqual(
        previous.cells.filter((c) => c.elementId === total).map(() => 11),
      );

      const copied = previous.cells.filter((c) => c.elementId === total);
      const saved = await api
        .as(health)
        .dataEntry.save({ reportId, cells: copied.map((c) => ({ ...c, copiedFrom: "2024-07" })) });
      expect(saved).toMatchObject({ stored: copied.length, warned: 0 });
      expect(saved.grid.notes.filter((n) => n.copiedFrom === "2024-07")).toHaveLength(copied.length);

      // Typing over one copied value confirms it.
      const [first, ...rest] = copied;
      const typed = await api
        .as(health)
        .dataEntry.save({ reportId, cells: [{ elementId: total, orgUnit: first!.orgUnit, value: 13 }] });
      expect(typed.grid.notes.filter((n) => n.copiedFrom !== null)).toHaveLength(rest.length);

      const report = await api.as(health).reports.get({ reportId });
      await expect(api.as(health).reports.submit({ reportId, expectedVersion: report.version })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining(`Còn ${rest.length} ô số liệu sao chép từ kỳ trước chưa được xác nhận`),
      });
      const confirmed = await api.as(health).dataEntry.confirmCopies({ reportId });
      expect(confirmed.confirmed).toBe(rest.length);
      expect(confirmed.grid.notes.filter((n) => n.copiedFrom !== null)).toEqual([]);
      expect(
        (await api.as(health).reports.history({ reportId })).some((h) => h.action === "report.copies_confirmed"),
      ).toBe(true);
    });

    it("refuses a copy claimed from a period that is not an earlier one", async () => {
      const grid = await api.as(health).dataEntry.grid({ reportId });
      await expect(
        api.as(health).dataEntry.save({
          reportId,
          cells: [{ elementId: total, orgUnit: grid.units[0]!.code, value: 5, copiedFrom: "2025-01" }],
        }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(api.as(office).dataEntry.previousValues({ reportId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    });

    it("stores a value far from the place's history with its warnings, shown to the reviewer; a normal value clears them", async () => {
      const place = (await api.as(health).dataEntry.grid({ reportId })).units[1]!.code;
      const saved = await api
        .as(health)
        .dataEntry.save({ reportId, cells: [{ elementId: total, orgUnit: place, value: 1_234_567 }] });
      expect(saved).toMatchObject({ stored: 1, warned: 1, problems: [] });
      const seen = await api.as(office).dataEntry.grid({ reportId });
      expect(seen.notes.find((n) => n.orgUnit === place)?.warnings).toEqual([
        { kind: "above_history", reference: 12, periods: 3 },
        expect.objectContaining({ kind: "above_peers" }),
      ]);
      const fixed = await api
        .as(health)
        .dataEntry.save({ reportId, cells: [{ elementId: total, orgUnit: place, value: 12 }] });
      expect(fixed.warned).toBe(0);
      expect(fixed.grid.notes.find((n) => n.orgUnit === place)).toBeUndefined();
    });

    it("keeps the numbers of each submission, for the versions tab to compare", async () => {
      const report = await api.as(health).reports.get({ reportId });
      await api.as(health).reports.submit({ reportId, expectedVersion: report.version });
      const [version] = await api.as(office).reports.versions({ reportId });
      const values = (version!.snapshot as { values: { orgUnit: string; elementId: string; value: number }[] }).values;
      expect(values.filter((v) => v.elementId === total).map((v) => v.value)).toContain(13);
    });

    it("loads populations all or nothing, and warns of more people than a place has residents", async () => {
      const grid = await api.as(health).dataEntry.grid({ reportId });
      const place = grid.units[2]!.code;
      const bad = await importPopulations(
        api.db,
        rowsInMemory([
          ["Mã địa bàn", "Năm", "Dân số"],
          [place, "2023", "45.210"],
          ["khong_co", "2023", "1"],
          [place, "1890", "-5"],
        ]),
        "Cục Thống kê",
      );
      expect(bad.stored).toBe(0);
      expect(bad.problems.map((p) => [p.row, p.column])).toEqual([
        [3, "Mã địa bàn"],
        [4, "Năm"],
        [4, "Dân số"],
      ]);
      expect(await api.db.selectFrom("place_populations").selectAll().execute()).toEqual([]);
      expect(
        await importPopulations(
          api.db,
          rowsInMemory([
            ["Mã địa bàn", "Năm", "Dân số"],
            [place, "2023", "45.210"],
          ]),
          "Cục Thống kê",
        ),
      ).toEqual({ stored: 1, problems: [] });

      // A count of people (the police's registered drug users) above the district's residents.
      const policeReport = await api.as(police).reports.open({ period: "2024-08" });
      const policeGrid = await api.as(police).dataEntry.grid({ reportId: policeReport.id });
      const people = policeGrid.elements.find((e) => e.unit === "person")!;
      const saved = await api.as(police).dataEntry.save({
        reportId: policeReport.id,
        cells: [{ elementId: people.id, orgUnit: place, value: 50_000 }],
      });
      expect(saved.warned).toBe(1);
      expect(saved.grid.notes.find((n) => n.orgUnit === place)?.warnings).toContainEqual({
        kind: "above_population",
        reference: 45_210,
        year: 2023,
      });
    });
  },
);
