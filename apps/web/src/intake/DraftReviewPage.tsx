import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { describeDeadline, documentKindLabels, documentKindLabelsEn } from "@pcmt/domain";
import { ErrorAlert, formatDate, formatDateTime, useLanguage, useTranslation } from "@pcmt/ui";
import { IconCheck, IconDeviceFloppy, IconPencil } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { UnsavedChangesGuard } from "../app/UnsavedChangesGuard";
import { DataElementModal } from "./DataElementModal";
import { DraftChanges } from "./DraftChanges";
import {
  addGeneralTask,
  addIndicator,
  addTask,
  type DataElement,
  type DraftWork,
  freeRef,
  generalToTask,
  mergeTaskWithNext,
  putDataElement,
  rejectFact,
  rejectGeneralTask,
  rejectIndicator,
  rejectTask,
  removeDataElement,
  replaceWords,
  type Span,
  splitTask,
  taskToGeneral,
  updateIndicator,
  updateTask,
} from "./draftEdits";
import { DraftHeaderModal } from "./DraftHeaderModal";
import {
  DraftElementTable,
  DraftGeneralTable,
  DraftIndicatorTable,
  DraftTaskTable,
  type RowAction,
} from "./DraftItemTables";
import { DraftPoints, type Point, type Resolutions } from "./DraftPoints";
import { DraftSource, type MarkedSpan } from "./DraftSource";
import { IndicatorEditModal } from "./IndicatorEditModal";
import { SplitTaskModal } from "./SplitTaskModal";
import { TaskEditModal } from "./TaskEditModal";
import { TaskFromWordsModal } from "./TaskFromWordsModal";

type Selection = { item: string; ref: string } | null;
type Dialog =
  | { kind: "task"; ref: string }
  | { kind: "split"; ref: string }
  | { kind: "indicator"; ref: string }
  | { kind: "element"; code: string | null }
  | { kind: "header" }
  | { kind: "addTask"; span: Span }
  | { kind: "toTask"; ref: string }
  | { kind: "publish" }
  | { kind: "discard" }
  | null;

const tabOf: Record<string, string> = {
  task: "tasks",
  generalTask: "general",
  indicator: "indicators",
  dataElement: "elements",
  fact: "facts",
};

/** The section a position of the source falls in: the last heading before it. */
function sectionAt(work: DraftWork, start: number): string | null {
  let found: { ref: string; start: number } | null = null;
  for (const e of work.evidence)
    if (e.item === "section" && e.source.start <= start && (!found || e.source.start > found.start))
      found = { ref: e.ref, start: e.source.start };
  return found?.ref ?? null;
}

/**
 * A draft beside its source: every item's words marked in the text, the points to settle, the items by kind with
 * what the reviewer may do to each (edit, split, merge with the next, turn general, reject; add from selected words),
 * what still blocks publication, the changes against the version in the catalog, and publication itself.
 */
export function DraftReviewPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const draft = useQuery(trpc.documentIntake.draft.queryOptions({ id }));
  const [work, setWork] = useState<DraftWork | null>(null);
  const [resolutions, setResolutions] = useState<Resolutions>({});
  const [dirty, setDirty] = useState(0);
  const [loaded, setLoaded] = useState<number | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const [selectedWords, setSelectedWords] = useState<Span | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tab, setTab] = useState<string | null>("tasks");
  // Since when the platform tracks the document's reports: today by default (earlier periods were reported outside).
  const [reportsFrom, setReportsFrom] = useState(() => new Date().toISOString().slice(0, 10));

  const data = draft.data;
  // A version read from the server replaces the local copy while nothing is being edited (adjusted while rendering).
  if (data && data.version !== loaded && dirty === 0) {
    setWork({ document: data.document, evidence: data.evidence });
    setResolutions({});
    setLoaded(data.version);
  }

  const save = useMutation(
    trpc.documentIntake.save.mutationOptions({
      onSuccess: async () => {
        setDirty(0);
        await queryClient.invalidateQueries({ queryKey: trpc.documentIntake.draft.queryKey({ id }) });
        await queryClient.invalidateQueries({ queryKey: trpc.documentIntake.drafts.queryKey() });
      },
    }),
  );
  const discard = useMutation(
    trpc.documentIntake.discard.mutationOptions({
      onSuccess: async () => {
        setDialog(null);
        setDirty(0);
        await queryClient.invalidateQueries({ queryKey: trpc.documentIntake.draft.queryKey({ id }) });
        await queryClient.invalidateQueries({ queryKey: trpc.documentIntake.drafts.queryKey() });
      },
    }),
  );
  const publish = useMutation(
    trpc.documentIntake.publish.mutationOptions({
      onSuccess: async () => {
        setDialog(null);
        // The catalog changed: every page's tasks, obligations and targets.
        await queryClient.invalidateQueries();
      },
    }),
  );

  const points = useMemo(() => (data?.points ?? []) as Point[], [data]);
  const doubtful = useMemo(
    () => new Set(points.filter((p) => !(resolutions[p.id]?.resolved ?? !!p.resolution)).map((p) => p.ref)),
    [points, resolutions],
  );
  const spans = useMemo<MarkedSpan[]>(() => {
    if (!work) return [];
    const present = new Set([
      ...work.document.tasks.map((x) => `task:${x.ref}`),
      ...work.document.generalTasks.map((x) => `generalTask:${x.ref}`),
      ...work.document.sections.map((x) => `section:${x.ref}`),
      ...work.document.indicators.map((x) => `indicator:${x.ref}`),
    ]);
    return work.evidence
      .filter((e) => present.has(`${e.item}:${e.ref}`) || e.item === "fact" || e.item === "reporting")
      .map((e) => ({
        key: `${e.item}:${e.ref}`,
        item: e.item,
        start: e.source.start,
        end: e.source.end,
        doubtful: doubtful.has(e.ref),
      }));
  }, [work, doubtful]);

  if (draft.isError) return <ErrorAlert error={draft.error} />;
  if (!data || !work) return <Text c="dimmed">{t("common.loading")}</Text>;

  const doc = work.document;
  const open = data.status === "open";
  const edit = (change: (w: DraftWork) => DraftWork) => {
    setWork((w) => (w ? change(w) : w));
    setDirty((n) => n + 1);
  };
  const selectedSpan =
    selection && spans.find((s) => s.key === `${selection.item}:${selection.ref}`)
      ? { ...spans.find((s) => s.key === `${selection.item}:${selection.ref}`)!, key: `sel:${selection.ref}` }
      : null;
  const select = (item: string, ref: string) => {
    setSelection({ item, ref });
    if (tabOf[item]) setTab(tabOf[item]);
  };
  const openPoint = (p: Point) => {
    const item =
      p.item === "dataElement"
        ? "indicator"
        : doc.tasks.some((x) => x.ref === p.ref)
          ? "task"
          : doc.indicators.some((x) => x.ref === p.ref)
            ? "indicator"
            : p.item;
    select(item, p.ref);
  };
  const allRefs = [...doc.tasks.map((x) => x.ref), ...doc.generalTasks.map((x) => x.ref)];
  const taskActions = (ref: string, index: number): RowAction[] => [
    { label: t("intake.actions.edit"), onClick: () => setDialog({ kind: "task", ref }) },
    { label: t("intake.actions.split"), onClick: () => setDialog({ kind: "split", ref }) },
    {
      label: t("intake.actions.mergeNext"),
      disabled: index >= doc.tasks.length - 1,
      onClick: () => edit((w) => mergeTaskWithNext(w, data.sourceText, ref)),
    },
    { label: t("intake.actions.toGeneral"), onClick: () => edit((w) => taskToGeneral(w, ref)) },
    {
      label: t("intake.actions.useSelection"),
      disabled: !selectedWords,
      onClick: () => selectedWords && edit((w) => replaceWords(w, "task", ref, selectedWords)),
    },
    { label: t("intake.actions.reject"), color: "red", onClick: () => edit((w) => rejectTask(w, ref)) },
  ];
  const generalActions = (ref: string): RowAction[] => [
    { label: t("intake.actions.toTask"), onClick: () => setDialog({ kind: "toTask", ref }) },
    {
      label: t("intake.actions.useSelection"),
      disabled: !selectedWords,
      onClick: () => selectedWords && edit((w) => replaceWords(w, "generalTask", ref, selectedWords)),
    },
    { label: t("intake.actions.reject"), color: "red", onClick: () => edit((w) => rejectGeneralTask(w, ref)) },
  ];
  const indicatorActions = (ref: string): RowAction[] => [
    { label: t("intake.actions.edit"), onClick: () => setDialog({ kind: "indicator", ref }) },
    {
      label: t("intake.actions.useSelection"),
      disabled: !selectedWords,
      onClick: () => selectedWords && edit((w) => replaceWords(w, "indicator", ref, selectedWords)),
    },
    { label: t("intake.actions.reject"), color: "red", onClick: () => edit((w) => rejectIndicator(w, ref)) },
  ];
  const elementActions = (code: string): RowAction[] => [
    { label: t("intake.actions.edit"), onClick: () => setDialog({ kind: "element", code }) },
    {
      label: t("intake.actions.remove"),
      color: "red",
      disabled: doc.indicators.some((i) => [i.numerator, i.denominator, i.element].includes(code)),
      onClick: () => edit((w) => removeDataElement(w, code)),
    },
  ];
  const saveDraft = () =>
    save.mutate({
      id,
      version: data.version,
      document: work.document,
      evidence: work.evidence,
      resolutions: Object.entries(resolutions).map(([pointId, r]) => ({ id: pointId, ...r })),
    });
  const kindLabel = (language === "en" ? documentKindLabelsEn : documentKindLabels)[doc.kind];
  const dialogTask = dialog && "ref" in dialog ? doc.tasks.find((x) => x.ref === dialog.ref) : undefined;
  const dialogIndicator = dialog?.kind === "indicator" ? doc.indicators.find((x) => x.ref === dialog.ref) : undefined;
  const dialogGeneral = dialog?.kind === "toTask" ? doc.generalTasks.find((x) => x.ref === dialog.ref) : undefined;
  const emptyElement: DataElement = {
    code: "",
    name: "",
    text: doc.indicators[0]?.text ?? doc.title,
    agency: null,
    unit: "count",
    aggregation: "sum",
  };
  const dialogElement =
    dialog?.kind === "element"
      ? dialog.code === null
        ? emptyElement
        : doc.dataElements.find((d) => d.code === dialog.code)
      : undefined;

  return (
    <Stack>
      <UnsavedChangesGuard count={dirty} />
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Badge variant="light">{kindLabel}</Badge>
            <Text fw={600} translate="no">
              {doc.number ?? t("catalogPages.noNumber")}
            </Text>
            <Text c="dimmed" translate="no">
              {doc.issuer} · {doc.issuedOn ? formatDate(doc.issuedOn) : t("catalogPages.document.noDate")}
            </Text>
            {open && (
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconPencil size={12} />}
                onClick={() => setDialog({ kind: "header" })}
              >
                {t("intake.header.edit")}
              </Button>
            )}
          </Group>
          <Title order={2} translate="no">
            {doc.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t("intake.review.source", {
              file: data.sourceFileName,
              via: t(`intake.via.${data.sourceVia}`),
              name: data.createdBy ?? t("intake.someone"),
              at: formatDateTime(data.createdAt),
            })}
            {data.baseSlug && ` · ${t("intake.review.newVersionOf", { title: data.baseTitle ?? data.baseSlug })}`} ·{" "}
            <Anchor href={`/api/drafts/${id}/source`} size="sm">
              {t("intake.review.downloadSource")}
            </Anchor>
          </Text>
          <Text size="sm" c="dimmed">
            {t("intake.review.covers", {
              from: doc.covers.from ? formatDate(doc.covers.from) : "…",
              until: doc.covers.until ? formatDate(doc.covers.until) : t("intake.review.open"),
            })}
            {doc.reporting &&
              ` · ${t("intake.review.reporting", { rule: describeDeadline(doc.reporting.rule, language) })}`}
          </Text>
        </div>
        {open && (
          <Group>
            <Button variant="subtle" color="red" onClick={() => setDialog({ kind: "discard" })}>
              {t("intake.review.discard")}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={saveDraft}
              loading={save.isPending}
              disabled={dirty === 0 && Object.keys(resolutions).length === 0}
              data-testid="save-draft"
            >
              {dirty > 0 || Object.keys(resolutions).length > 0
                ? t("intake.review.saveCount", { count: dirty + Object.keys(resolutions).length })
                : t("intake.review.saved")}
            </Button>
            <Button
              leftSection={<IconCheck size={16} />}
              disabled={dirty > 0 || Object.keys(resolutions).length > 0 || data.problems.length > 0}
              onClick={() => setDialog({ kind: "publish" })}
              data-testid="publish-draft"
            >
              {t("intake.review.publish")}
            </Button>
          </Group>
        )}
      </Group>
      {save.error && <ErrorAlert error={save.error} />}
      {data.status === "published" && data.published && (
        <Alert color="green" title={t("intake.review.publishedTitle")} data-testid="draft-published">
          {t("intake.review.publishedBody", { version: data.published.version ?? 1 })}{" "}
          <Anchor component={Link} to={`/catalog/${data.published.slug}`}>
            {t("intake.review.openDocument")}
          </Anchor>{" "}
          ·{" "}
          <Anchor component={Link} to="/console">
            {t("intake.review.openConsole")}
          </Anchor>
        </Alert>
      )}
      {data.status === "discarded" && <Alert color="gray">{t("intake.review.discarded")}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          {/* The source stays in view while the reviewer goes down the items. */}
          <div style={{ position: "sticky", top: 70 }}>
            <DraftSource
              text={data.sourceText}
              spans={spans}
              selected={selectedSpan}
              onSelectItem={(key) => {
                const [item, ...rest] = key.split(":");
                select(item!, rest.join(":"));
              }}
              onSelectText={setSelectedWords}
            />
          </div>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack>
            {selectedWords && open && (
              <Paper withBorder p="xs" bg="yellow.0" data-testid="selected-words">
                <Text size="xs" lineClamp={2} translate="no">
                  {t("intake.selection.words", { words: selectedWords.quote })}
                </Text>
                <Group gap="xs" mt={4}>
                  <Button size="compact-xs" onClick={() => setDialog({ kind: "addTask", span: selectedWords })}>
                    {t("intake.selection.addTask")}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => {
                      const section = sectionAt(work, selectedWords.start);
                      edit((w) =>
                        addGeneralTask(
                          w,
                          selectedWords,
                          `${section ?? "§"}-${doc.generalTasks.length + 1}`.replace("§-", "§"),
                          section,
                        ),
                      );
                      setSelectedWords(null);
                      setTab("general");
                    }}
                  >
                    {t("intake.selection.addGeneral")}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => {
                      const holder = selection?.item === "task" ? selection.ref : sectionAt(work, selectedWords.start);
                      const added = addIndicator(work, selectedWords, holder ?? "§1");
                      edit(() => added.work);
                      setSelectedWords(null);
                      select("indicator", added.ref);
                      setDialog({ kind: "indicator", ref: added.ref });
                    }}
                  >
                    {t("intake.selection.addIndicator")}
                  </Button>
                  <Button size="compact-xs" variant="subtle" onClick={() => setSelectedWords(null)}>
                    {t("intake.selection.clear")}
                  </Button>
                </Group>
              </Paper>
            )}
            <DraftPoints
              points={points}
              resolutions={resolutions}
              readOnly={!open}
              onOpen={openPoint}
              onChange={(pointId, value) => setResolutions((r) => ({ ...r, [pointId]: value }))}
            />
            {open &&
              (dirty > 0 || Object.keys(resolutions).length > 0 ? (
                <Alert color="yellow" data-testid="draft-unsaved">
                  {t("intake.review.unsaved")}
                </Alert>
              ) : data.problems.length > 0 ? (
                <Alert
                  color="orange"
                  title={t("intake.review.problemsTitle", { count: data.problems.length })}
                  data-testid="draft-problems"
                >
                  <List size="sm">
                    {data.problems.slice(0, 12).map((p, i) => (
                      <List.Item key={i}>{p.message}</List.Item>
                    ))}
                  </List>
                </Alert>
              ) : (
                <Alert color="green" data-testid="draft-ready">
                  {t("intake.review.ready")}
                </Alert>
              ))}
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="tasks">{t("intake.tabs.tasks", { count: doc.tasks.length })}</Tabs.Tab>
                <Tabs.Tab value="general">{t("intake.tabs.general", { count: doc.generalTasks.length })}</Tabs.Tab>
                <Tabs.Tab value="indicators">{t("intake.tabs.indicators", { count: doc.indicators.length })}</Tabs.Tab>
                <Tabs.Tab value="elements">{t("intake.tabs.elements", { count: doc.dataElements.length })}</Tabs.Tab>
                <Tabs.Tab value="facts">{t("intake.tabs.facts", { count: doc.facts.length })}</Tabs.Tab>
                {data.comparison && <Tabs.Tab value="changes">{t("intake.tabs.changes")}</Tabs.Tab>}
              </Tabs.List>
              <Tabs.Panel value="tasks" pt="xs">
                <DraftTaskTable
                  document={doc}
                  selectedRef={selection?.item === "task" ? selection.ref : null}
                  doubtful={doubtful}
                  onSelect={(ref) => select("task", ref)}
                  actionsOf={open ? taskActions : () => []}
                />
              </Tabs.Panel>
              <Tabs.Panel value="general" pt="xs">
                <DraftGeneralTable
                  document={doc}
                  selectedRef={selection?.item === "generalTask" ? selection.ref : null}
                  onSelect={(ref) => select("generalTask", ref)}
                  actionsOf={open ? generalActions : () => []}
                />
              </Tabs.Panel>
              <Tabs.Panel value="indicators" pt="xs">
                <DraftIndicatorTable
                  document={doc}
                  selectedRef={selection?.item === "indicator" ? selection.ref : null}
                  doubtful={doubtful}
                  onSelect={(ref) => select("indicator", ref)}
                  actionsOf={open ? indicatorActions : () => []}
                />
              </Tabs.Panel>
              <Tabs.Panel value="elements" pt="xs">
                {open && (
                  <Button size="xs" variant="light" mb="xs" onClick={() => setDialog({ kind: "element", code: null })}>
                    {t("intake.element.add")}
                  </Button>
                )}
                <DraftElementTable document={doc} actionsOf={open ? elementActions : () => []} />
              </Tabs.Panel>
              <Tabs.Panel value="facts" pt="xs">
                <Stack gap="xs">
                  {doc.facts.map((f, i) => (
                    <Group key={`${f.name}${i}`} justify="space-between" wrap="nowrap">
                      <Text size="sm" translate="no">
                        {f.name}: {f.value} {f.unit} {f.asOf ? `(${f.asOf})` : ""}
                      </Text>
                      {open && (
                        <Button
                          size="compact-xs"
                          color="red"
                          variant="subtle"
                          onClick={() => edit((w) => rejectFact(w, i))}
                        >
                          {t("intake.actions.reject")}
                        </Button>
                      )}
                    </Group>
                  ))}
                  {doc.facts.length === 0 && <Text c="dimmed">{t("intake.review.noFacts")}</Text>}
                </Stack>
              </Tabs.Panel>
              {data.comparison && (
                <Tabs.Panel value="changes" pt="xs">
                  <DraftChanges comparison={data.comparison} baseTitle={data.baseTitle} />
                </Tabs.Panel>
              )}
            </Tabs>
          </Stack>
        </Grid.Col>
      </Grid>

      {dialog?.kind === "task" && dialogTask && (
        <TaskEditModal
          task={dialogTask}
          document={doc}
          sourceText={data.sourceText}
          takenRefs={allRefs}
          onClose={() => setDialog(null)}
          onSave={(task) => {
            edit((w) => updateTask(w, dialog.ref, task));
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === "split" && dialogTask && (
        <SplitTaskModal
          task={dialogTask}
          onClose={() => setDialog(null)}
          onSplit={(at) => {
            edit((w) => splitTask(w, data.sourceText, dialog.ref, at));
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === "indicator" && dialogIndicator && (
        <IndicatorEditModal
          indicator={dialogIndicator}
          document={doc}
          onClose={() => setDialog(null)}
          onSave={(indicator) => {
            edit((w) => updateIndicator(w, dialog.ref, indicator));
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === "element" && dialogElement && (
        <DataElementModal
          element={dialogElement}
          takenCodes={doc.dataElements.map((d) => d.code)}
          sourceText={data.sourceText}
          onClose={() => setDialog(null)}
          onSave={(element) => {
            edit((w) => putDataElement(w, dialog.code, element));
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === "header" && (
        <DraftHeaderModal
          header={doc}
          slugLocked={!!data.baseSlug}
          sourceText={data.sourceText}
          onClose={() => setDialog(null)}
          onSave={(header) => {
            edit((w) => ({ ...w, document: { ...w.document, ...header } }));
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === "addTask" && (
        <TaskFromWordsModal
          title={t("intake.selection.addTaskTitle")}
          words={dialog.span.quote}
          document={doc}
          suggestedSection={sectionAt(work, dialog.span.start)}
          suggestedRef={freeRef(
            doc,
            `${sectionAt(work, dialog.span.start) ?? "§"}-${doc.tasks.length + 1}`.replace("§-", "§"),
          )}
          refLocked={false}
          onClose={() => setDialog(null)}
          onSave={(task) => {
            edit((w) => addTask(w, dialog.span, task));
            setSelectedWords(null);
            setDialog(null);
            select("task", freeRef(doc, task.ref));
          }}
        />
      )}
      {dialog?.kind === "toTask" && dialogGeneral && (
        <TaskFromWordsModal
          title={t("intake.actions.toTask")}
          words={dialogGeneral.text}
          document={doc}
          suggestedSection={dialogGeneral.section}
          suggestedRef={dialogGeneral.ref}
          refLocked
          onClose={() => setDialog(null)}
          onSave={(task) => {
            edit((w) => {
              const moved = generalToTask(w, dialog.ref, task.lead);
              const made = moved.document.tasks.find((x) => x.ref === dialog.ref);
              return made
                ? updateTask(moved, dialog.ref, { ...made, section: task.section, coordinating: task.coordinating })
                : moved;
            });
            setDialog(null);
          }}
        />
      )}
      <Modal opened={dialog?.kind === "discard"} onClose={() => setDialog(null)} title={t("intake.review.discard")}>
        <Stack>
          <Text size="sm">{t("intake.review.discardBody")}</Text>
          {discard.error && <ErrorAlert error={discard.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t("intake.cancel")}
            </Button>
            <Button
              color="red"
              loading={discard.isPending}
              onClick={() => discard.mutate({ id, version: data.version })}
            >
              {t("intake.review.discardConfirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={dialog?.kind === "publish"} onClose={() => setDialog(null)} title={t("intake.publish.title")}>
        <Stack>
          <Text size="sm">
            {t("intake.publish.body", {
              tasks: doc.tasks.length,
              indicators: doc.indicators.length,
            })}
          </Text>
          {data.baseSlug ? (
            <Text size="sm">{t("intake.publish.newVersion")}</Text>
          ) : (
            <TextInput
              label={t("intake.publish.reportsFrom")}
              description={t("intake.publish.reportsFromHint")}
              value={reportsFrom}
              onChange={(e) => setReportsFrom(e.currentTarget.value.trim())}
              error={/^\d{4}-\d{2}-\d{2}$/.test(reportsFrom) ? null : t("intake.header.dateInvalid")}
              data-testid="reports-from"
            />
          )}
          {publish.error && <ErrorAlert error={publish.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t("intake.cancel")}
            </Button>
            <Button
              loading={publish.isPending}
              disabled={!data.baseSlug && !/^\d{4}-\d{2}-\d{2}$/.test(reportsFrom)}
              onClick={() => publish.mutate({ id, version: data.version, ...(data.baseSlug ? {} : { reportsFrom }) })}
              data-testid="confirm-publish"
            >
              {t("intake.publish.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
