import type { Actor } from "@pcmt/domain";
import { testEngines } from "@pcmt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiTestHarness, createApiTestHarness } from "../testing/apiTestHarness";

const health: Actor = {
  userId: crypto.randomUUID(),
  username: "yte.qt",
  displayName: "Y tế QT",
  role: "agency_officer",
  agencyCode: "health",
  provinceCode: "quang_tri",
};
const police: Actor = {
  ...health,
  userId: crypto.randomUUID(),
  username: "congan.qt",
  displayName: "Công an QT",
  agencyCode: "police",
};
const office: Actor = {
  ...health,
  userId: crypto.randomUUID(),
  username: "vp.qt",
  displayName: "Văn phòng QT",
  role: "standing_office",
  agencyCode: null,
};
const otherOffice: Actor = { ...office, userId: crypto.randomUUID(), username: "vp.tn", provinceCode: "thai_nguyen" };
const total = "kh-29-bcd-quang-tri-2024#commune_health_facilities";

describe.each(testEngines)("review comments on tasks and cells (%s)", (engine) => {
  let api: ApiTestHarness;
  let reportId: string;
  let taskId: string;
  let place: string;
  let cellThread: string;
  let taskThread: string;

  beforeAll(async () => {
    api = await createApiTestHarness(engine);
    await api.registerUsers(health, office);
    const report = await api.as(health).reports.open({ period: "2024-05" });
    reportId = report.id;
    taskId = report.items[0]!.taskId;
    place = (await api.as(health).dataEntry.grid({ reportId })).units[0]!.code;
    await api.as(health).dataEntry.save({ reportId, cells: [{ elementId: total, orgUnit: place, value: 20 }] });
    const saved = await api.as(health).reports.saveDraft({
      reportId,
      expectedVersion: report.version,
      summary: "Tháng 5",
      items: [{ taskId, status: "in_progress", narrative: "Đã rà soát" }],
    });
    await api.as(health).reports.submit({ reportId, expectedVersion: saved.version });
  });
  afterAll(() => api.close());

  it("lets the office comment on a cell and a task, each thread named and holding what its target held", async () => {
    const onCell = await api.as(office).comments.open({
      reportId,
      target: { kind: "cell", orgUnit: place, elementId: total },
      body: "Số cơ sở tăng so với tháng trước, đề nghị kiểm tra.",
    });
    cellThread = onCell.id;
    const onTask = await api
      .as(office)
      .comments.open({ reportId, target: { kind: "task", taskId }, body: "Bổ sung số xã đã rà soát." });
    taskThread = onTask.id;
    const threads = await api.as(health).comments.list({ reportId });
    const cell = threads.find((t) => t.id === cellThread)!;
    expect(cell).toMatchObject({
      target: { kind: "cell", orgUnit: place, elementId: total },
      then: { kind: "cell", value: 20 },
      now: { kind: "cell", value: 20 },
      changed: false,
    });
    expect(cell.targetLabel).toMatch(/ — /);
    expect(cell.messages).toEqual([
      expect.objectContaining({ author: "Văn phòng QT", body: "Số cơ sở tăng so với tháng trước, đề nghị kiểm tra." }),
    ]);
    expect(threads.find((t) => t.id === taskThread)).toMatchObject({
      then: { kind: "task", status: "in_progress", narrative: "Đã rà soát" },
      changed: false,
    });
  });

  it("refuses whoever may not write, and targets or threads that are not this report's", async () => {
    await expect(
      api.as(health).comments.open({ reportId, target: { kind: "task", taskId }, body: "Tự góp ý" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      api.as(otherOffice).comments.open({ reportId, target: { kind: "task", taskId }, body: "Tỉnh khác" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.as(police).comments.list({ reportId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      api.as(police).comments.reply({ reportId, threadId: cellThread, body: "Xen vào" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      api.as(office).comments.open({ reportId, target: { kind: "task", taskId: "khong-co#task" }, body: "Không có" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      api.as(office).comments.open({
        reportId,
        target: { kind: "cell", orgUnit: "thai_nguyen.dai_tu", elementId: total },
        body: "Không thuộc",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const policeReport = await api.as(police).reports.open({ period: "2024-05" });
    await expect(
      api.as(office).comments.open({
        reportId: policeReport.id,
        target: { kind: "task", taskId: policeReport.items[0]!.taskId },
        body: "Bản nháp",
      }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("chưa được gửi"),
    });
    await expect(
      api.as(police).comments.reply({ reportId: policeReport.id, threadId: cellThread, body: "Sang báo cáo khác" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      api.as(office).comments.open({ reportId, target: { kind: "task", taskId }, body: " " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows, after the report is returned, corrected and resubmitted, what changed per thread", async () => {
    await api.as(office).reports.review({ reportId, decision: "return", reason: "Xem các góp ý" });
    await api.as(health).dataEntry.save({ reportId, cells: [{ elementId: total, orgUnit: place, value: 18 }] });
    const answered = await api.as(health).comments.reply({ reportId, threadId: cellThread, body: "Đã sửa: 18 cơ sở." });
    expect(answered.threads.find((t) => t.id === cellThread)!.messages.map((m) => m.author)).toEqual([
      "Văn phòng QT",
      "Y tế QT",
    ]);
    const report = await api.as(health).reports.get({ reportId });
    await api.as(health).reports.submit({ reportId, expectedVersion: report.version });
    const threads = await api.as(office).comments.list({ reportId });
    expect(threads.find((t) => t.id === cellThread)).toMatchObject({
      then: { value: 20 },
      now: { value: 18 },
      changed: true,
    });
    expect(threads.find((t) => t.id === taskThread)).toMatchObject({ changed: false });
    const history = await api.as(office).reports.history({ reportId });
    expect(history.filter((h) => h.action === "report.comment")).toHaveLength(2);
  });

  it("closes a settled thread; nothing more is written in it", async () => {
    const closed = await api.as(office).comments.resolve({ reportId, threadId: cellThread });
    expect(closed.threads.find((t) => t.id === cellThread)).toMatchObject({
      resolvedBy: "Văn phòng QT",
      resolvedAt: expect.any(String),
    });
    await expect(
      api.as(health).comments.reply({ reportId, threadId: cellThread, body: "Thêm nữa" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Trao đổi này đã được đóng." });
    await expect(api.as(health).comments.resolve({ reportId, threadId: taskThread })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
