import type { CatalogDocument } from "@pcmt/domain";
import { describe, expect, it } from "vitest";
import {
  addGeneralTask,
  addIndicator,
  addTask,
  type DraftWork,
  mergeTaskWithNext,
  putDataElement,
  rejectIndicator,
  splitPoints,
  splitTask,
  taskToGeneral,
} from "./draftEdits";

const source =
  "II. NHIỆM VỤ\n\n- Rà soát người sử dụng ma túy; hoàn thành trước ngày 30/6/2026.\n\n- tiếp tục ở đoạn sau.\n\n- Tuyên truyền tại 100% trường học.";

function work(): DraftWork {
  const document: CatalogDocument = {
    slug: "kh-thu",
    sourceFile: "kh.txt",
    number: null,
    kind: "ke_hoach",
    issuer: "UBND",
    province: "Thái Nguyên",
    issuedOn: null,
    title: "Kế hoạch",
    covers: { from: null, until: null },
    replacedBy: null,
    reporting: null,
    sections: [{ ref: "§II", title: "II. NHIỆM VỤ", parent: null }],
    tasks: [
      {
        ref: "§II-1",
        section: "§II",
        text: "Rà soát người sử dụng ma túy; hoàn thành trước ngày 30/6/2026.",
        lead: ["police"],
        coordinating: ["health"],
        deadline: { kind: "fixed", date: "2026-06-30", before: true },
        deadlineText: "hoàn thành trước ngày 30/6/2026",
        indicators: [],
      },
      {
        ref: "§II-2",
        section: "§II",
        text: "tiếp tục ở đoạn sau.",
        lead: ["health"],
        coordinating: [],
        deadline: null,
        deadlineText: null,
        indicators: [],
      },
      {
        ref: "§II-3",
        section: "§II",
        text: "Tuyên truyền tại 100% trường học.",
        lead: ["education"],
        coordinating: [],
        deadline: null,
        deadlineText: null,
        indicators: ["§II-3"],
      },
    ],
    generalTasks: [],
    indicators: [
      {
        ref: "§II-3",
        code: "schools",
        name: "Trường học được tuyên truyền",
        text: "Tuyên truyền tại 100% trường học",
        agency: "education",
        unit: "percent",
        comparator: ">=",
        target: 100,
        baseline: null,
        due: null,
        aggregation: "ratio",
        numerator: "schools_reached",
        denominator: "schools_total",
        element: null,
        minCompleteness: null,
      },
    ],
    dataElements: [],
    facts: [],
  };
  return { document, evidence: [] };
}

describe("the reviewer's edits of a draft", () => {
  it("merges two tasks into the source's words from the first's start to the second's end", () => {
    const merged = mergeTaskWithNext(work(), source, "§II-1");
    const task = merged.document.tasks[0]!;
    expect(merged.document.tasks.map((t) => t.ref)).toEqual(["§II-1", "§II-3"]);
    expect(source.includes(task.text)).toBe(true);
    expect(task.text.endsWith("tiếp tục ở đoạn sau.")).toBe(true);
    expect(task.lead).toEqual(["police", "health"]);
    expect(task.coordinating).toEqual([]);
    const span = merged.evidence.find((e) => e.ref === "§II-1")!.source;
    expect(source.slice(span.start, span.end)).toBe(task.text);
  });

  it("splits a task at a clause: the part holding the deadline words keeps the deadline", () => {
    const at = splitPoints(work().document.tasks[0]!.text)[0]!;
    const split = splitTask(work(), source, "§II-1", at);
    const [head, tail] = split.document.tasks;
    expect(head).toMatchObject({ ref: "§II-1", text: "Rà soát người sử dụng ma túy;", deadline: null });
    expect(tail).toMatchObject({ ref: "§II-1-p2", text: "hoàn thành trước ngày 30/6/2026.", lead: ["police"] });
    expect(tail!.deadline).toEqual({ kind: "fixed", date: "2026-06-30", before: true });
    for (const e of split.evidence) expect(source.slice(e.source.start, e.source.end)).toBe(e.source.quote);
  });

  it("drops a target and the tasks' links to it; a task turned general loses its agencies", () => {
    const dropped = rejectIndicator(work(), "§II-3");
    expect(dropped.document.indicators).toEqual([]);
    expect(dropped.document.tasks[2]!.indicators).toEqual([]);
    const general = taskToGeneral(work(), "§II-2");
    expect(general.document.tasks.map((t) => t.ref)).toEqual(["§II-1", "§II-3"]);
    expect(general.document.generalTasks).toEqual([{ ref: "§II-2", section: "§II", text: "tiếp tục ở đoạn sau." }]);
  });

  it("adds a task from selected words under a free ref, and renames an element everywhere it is used", () => {
    const start = source.indexOf("Tuyên truyền");
    const added = addTask(
      work(),
      { quote: "Tuyên truyền", start, end: start + 12 },
      { ref: "§II-3", lead: ["education"], coordinating: [], section: "§II" },
    );
    expect(added.document.tasks.at(-1)).toMatchObject({ ref: "§II-3-p2", text: "Tuyên truyền" });
    const renamed = putDataElement(
      putDataElement(work(), null, {
        code: "schools_total",
        name: "Tổng số trường",
        text: "100% trường học",
        agency: "education",
        unit: "school",
        aggregation: "sum",
      }),
      "schools_total",
      {
        code: "schools_all",
        name: "Tổng số trường",
        text: "100% trường học",
        agency: "education",
        unit: "school",
        aggregation: "sum",
      },
    );
    expect(renamed.document.indicators[0]!.denominator).toBe("schools_all");
    expect(renamed.document.dataElements.map((d) => d.code)).toEqual(["schools_all"]);
  });

  it("adds a target from selected words: its number as the level, linked to the task holding the words", () => {
    const base = work();
    const text = "Rà soát người sử dụng ma túy";
    const start = source.indexOf(text);
    const withSpan: DraftWork = {
      ...base,
      evidence: [
        {
          item: "task",
          ref: "§II-1",
          source: { quote: base.document.tasks[0]!.text, start, end: start + base.document.tasks[0]!.text.length },
          confidence: "high",
          reason: "",
        },
      ],
    };
    const words = "30/6";
    const at = source.indexOf(words);
    const added = addIndicator(withSpan, { quote: words, start: at, end: at + words.length }, "§II-1");
    expect(added.ref).toBe("§II-1");
    const indicator = added.work.document.indicators.find((i) => i.ref === "§II-1")!;
    expect(indicator).toMatchObject({ target: 30, unit: "count", agency: "police", text: "30/6" });
    expect(added.work.document.tasks[0]!.indicators).toEqual(["§II-1"]);
    // A second target on the same item takes the next free ref.
    const again = addIndicator(added.work, { quote: words, start: at, end: at + words.length }, "§II-1");
    expect(again.ref).toBe("§II-1.t2");
    const general = addGeneralTask(base, { quote: "tiếp tục ở đoạn sau.", start: 0, end: 1 }, "§II-2", "§II");
    expect(general.document.generalTasks).toEqual([{ ref: "§II-2-p2", section: "§II", text: "tiếp tục ở đoạn sau." }]);
  });
});
