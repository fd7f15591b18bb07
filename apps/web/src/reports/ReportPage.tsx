import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Radio,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { agencyName, describeDeadline, isAgencyCode } from "@pcmt/domain";
import {
  describeError,
  ErrorAlert,
  formatDate,
  formatDateTime,
  ReportStateBadge,
  TimelinessBadge,
  useLanguage,
  useShell,
  useTranslation,
} from "@pcmt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { periodLabel } from "../periods/periodLabel";
import { UnsavedChangesGuard } from "../app/UnsavedChangesGuard";
import { DataGridPanel } from "./DataGridPanel";
import { OpenCommentsBadge, ReportCommentsProvider, TargetComments } from "./comments/ReportComments";
import { EvidenceList } from "./EvidenceList";
import { ReportHistory } from "./ReportHistory";
import { SubmitCheckModal } from "./SubmitCheckModal";
import { ReportVersions } from "./ReportVersions";

type Status = "not_started" | "in_progress" | "done";
interface Draft {
  summary: string;
  items: Record<string, { status: Status; narrative: string }>;
}

const statuses: Status[] = ["not_started", "in_progress", "done"];

function draftOf(report: { summary: string; items: { taskId: string; status: Status; narrative: string }[] }): Draft {
  return {
    summary: report.summary,
    items: Object.fromEntries(report.items.map((i) => [i.taskId, { status: i.status, narrative: i.narrative }])),
  };
}

/** One report: the agency fills it in (saved as it types), submits it; the standing office accepts or returns it. */
export function ReportPage() {
  const { id = "" } = useParams();
  const { actor } = useShell();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reportQuery = useQuery(trpc.reports.get.queryOptions({ reportId: id }));
  const report = reportQuery.data;
  // Local edits not yet saved; null when the page shows exactly what the server has.
  const [edited, setEdited] = useState<Draft | null>(null);
  const latestEdit = useRef<Draft | null>(null);
  const draft = edited ?? (report ? draftOf(report) : null);
  const dirty = edited !== null;
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [conflict, setConflict] = useState<{ mine: Draft; theirs: NonNullable<typeof report> } | null>(null);
  const [returning, setReturning] = useState(false);
  const [checking, setChecking] = useState(false);
  const [reason, setReason] = useState("");
  const [unsavedCells, setUnsavedCells] = useState(0);
  const { t } = useTranslation();
  const language = useLanguage();
  const statusOptions = statuses.map((value) => ({ value, label: t(`comments.status.${value}`) }));

  const setReport = (next: NonNullable<typeof report>) =>
    queryClient.setQueryData(trpc.reports.get.queryKey({ reportId: id }), next);
  const save = useMutation(trpc.reports.saveDraft.mutationOptions());
  const submit = useMutation(trpc.reports.submit.mutationOptions());
  const review = useMutation(trpc.reports.review.mutationOptions());

  const canEdit =
    !!report &&
    actor.role === "agency_officer" &&
    actor.agencyCode === report.agencyCode &&
    (report.state === "draft" || report.state === "returned");
  const canReview = !!report && actor.role === "standing_office" && report.state === "submitted";
  // An accepted report's values are frozen; the standing office reopens it (returns it with a reason) to change them.
  const canReopen = !!report && actor.role === "standing_office" && report.state === "accepted";

  async function persist(current: Draft, expectedVersion: number) {
    const next = await save.mutateAsync({
      reportId: id,
      expectedVersion,
      summary: current.summary,
      items: Object.entries(current.items).map(([taskId, item]) => ({ taskId, ...item })),
    });
    setReport(next);
    // Keep what was typed while the save was on its way; it goes with the next save.
    if (latestEdit.current === current) {
      latestEdit.current = null;
      setEdited(null);
    }
    setSavedAt(new Date());
    return next;
  }

  async function saveNow(current: Draft | null = draft) {
    if (!current || !report) return report;
    try {
      return await persist(current, report.version);
    } catch (error) {
      const described = describeError(error, t("errors.network"));
      if (described.code === "CONFLICT") {
        const theirs = await queryClient.fetchQuery({
          ...trpc.reports.get.queryOptions({ reportId: id }),
          staleTime: 0,
        });
        setConflict({ mine: current, theirs });
      }
      return undefined;
    }
  }
  const autosave = useDebouncedCallback((current: Draft) => void saveNow(current), 1200);

  function change(update: (d: Draft) => Draft) {
    if (!draft) return;
    const next = update(draft);
    latestEdit.current = next;
    setEdited(next);
    autosave(next);
  }

  async function submitReport() {
    if (!report) return;
    const latest = dirty ? await saveNow() : report;
    if (!latest) return;
    try {
      setReport(await submit.mutateAsync({ reportId: id, expectedVersion: latest.version }));
      setChecking(false);
      notifications.show({ color: "green", message: t("reportPages.report.sent") });
      void queryClient.invalidateQueries({ queryKey: trpc.reports.mySchedule.queryKey() });
    } catch {
      // shown below from submit.error
    }
  }

  async function decide(decision: "accept" | "return") {
    try {
      const next = await review.mutateAsync(
        decision === "accept" ? { reportId: id, decision } : { reportId: id, decision, reason },
      );
      setReport(next);
      setReturning(false);
      setReason("");
      notifications.show({
        color: "green",
        message: decision === "accept" ? t("reportPages.report.accepted") : t("reportPages.report.returned"),
      });
      void queryClient.invalidateQueries({ queryKey: trpc.reports.desk.pathKey() });
    } catch {
      // shown from review.error
    }
  }

  async function mergeAndSave(choice: Draft) {
    if (!conflict) return;
    setConflict(null);
    setReport(conflict.theirs);
    latestEdit.current = choice;
    try {
      await persist(choice, conflict.theirs.version);
      notifications.show({ color: "green", message: t("reportPages.merge.saved") });
    } catch (error) {
      notifications.show({ color: "red", message: describeError(error, t("reportPages.report.saveFailed")).message });
    }
  }

  if (reportQuery.isError) return <ErrorAlert error={reportQuery.error} />;
  if (!report || !draft) return <Text c="dimmed">{t("common.loading")}</Text>;
  const agency = isAgencyCode(report.agencyCode) ? agencyName(report.agencyCode, language) : report.agencyCode;
  const period = periodLabel(report.period, language);

  return (
    <Stack>
      <UnsavedChangesGuard count={unsavedCells} />
      <Group justify="space-between" align="flex-start">
        <div>
          <Text c="dimmed" size="sm">
            <Anchor component={Link} to={actor.role === "agency_officer" ? "/reports" : "/desk"}>
              ← {actor.role === "agency_officer" ? t("nav.reports") : t("nav.desk")}
            </Anchor>
          </Text>
          <Title order={2}>
            {t("reportPages.report.title", { period: language === "vi" ? period.toLowerCase() : period, agency })}
          </Title>
          <Group gap="xs" mt={4}>
            <ReportStateBadge state={report.state} />
            <TimelinessBadge
              timeliness={report.timeliness}
              daysLate={report.daysLate}
              overdue={report.overdue}
              awaitingResubmission={report.awaitingResubmission}
            />
            <Text size="sm" c="dimmed">
              {t("reportPages.report.dueDate", { date: formatDate(report.dueDate) })}
              {report.firstSubmittedAt
                ? ` · ${t("reportPages.report.firstSubmitted", { date: formatDate(new Date(report.firstSubmittedAt)) })}`
                : ""}
            </Text>
          </Group>
        </div>
        <Group>
          {canEdit && (
            <Text size="xs" c="dimmed" data-testid="save-status">
              {save.isPending
                ? t("reportPages.report.saving")
                : unsavedCells > 0
                  ? t("grid.unsaved", { count: unsavedCells })
                  : dirty
                    ? t("reportPages.report.notSaved")
                    : savedAt
                      ? t("reportPages.report.savedAt", { time: formatDateTime(savedAt) })
                      : t("reportPages.report.saved")}
            </Text>
          )}
          {canEdit && (
            <Button onClick={() => setChecking(true)}>
              {report.state === "returned" ? t("reportPages.report.resend") : t("reportPages.report.send")}
            </Button>
          )}
          {canReview && (
            <>
              <Button
                color="green"
                onClick={() => decide("accept")}
                loading={review.isPending && review.variables?.decision === "accept"}
              >
                {t("reportPages.report.accept")}
              </Button>
              <Button color="orange" variant="light" onClick={() => setReturning(true)}>
                {t("reportPages.report.return")}
              </Button>
            </>
          )}
          {canReopen && (
            <Button color="orange" variant="light" onClick={() => setReturning(true)}>
              {t("reportPages.report.reopen")}
            </Button>
          )}
        </Group>
      </Group>
      {report.state === "returned" && report.returnReason && (
        <Alert color="orange" title={t("reportPages.report.returnedTitle")} data-testid="return-reason">
          <span translate="no">{report.returnReason}</span>
        </Alert>
      )}
      {!canEdit && actor.role === "agency_officer" && report.state === "submitted" && (
        <Alert color="blue">{t("reportPages.report.awaitingReview")}</Alert>
      )}
      {submit.error && <ErrorAlert error={submit.error} />}
      {canEdit && draft && (
        <SubmitCheckModal
          opened={checking}
          reportId={id}
          summary={draft.summary}
          tasks={report.items.map((item) => ({
            taskId: item.taskId,
            ref: item.ref,
            text: item.text,
            status: draft.items[item.taskId]?.status ?? item.status,
            narrative: draft.items[item.taskId]?.narrative ?? item.narrative,
          }))}
          unsavedCells={unsavedCells}
          evidenceCount={report.evidence.length}
          sending={submit.isPending || save.isPending}
          onConfirm={() => void submitReport()}
          onClose={() => setChecking(false)}
        />
      )}
      {review.error && <ErrorAlert error={review.error} />}
      <ReportCommentsProvider report={report}>
        <Tabs defaultValue="content">
          <Tabs.List>
            <Tabs.Tab value="content" rightSection={<OpenCommentsBadge kind="task" />}>
              {t("reportPages.report.tabs.content")}
            </Tabs.Tab>
            <Tabs.Tab value="data" rightSection={<OpenCommentsBadge kind="cell" />}>
              {t("reportPages.report.tabs.data")}
            </Tabs.Tab>
            <Tabs.Tab value="versions">
              {t("reportPages.report.tabs.versions", { count: report.versions.length })}
            </Tabs.Tab>
            <Tabs.Tab value="history">{t("reportPages.report.tabs.history")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="content" pt="sm">
            <Stack>
              <Textarea
                label={t("reportPages.report.summary")}
                translate="no"
                autosize
                minRows={3}
                value={draft.summary}
                readOnly={!canEdit}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  change((d) => ({ ...d, summary: value }));
                }}
              />
              {report.items.length === 0 && <Text c="dimmed">{t("reportPages.report.noTasks")}</Text>}
              {report.items.map((item) => {
                const current = draft.items[item.taskId] ?? { status: item.status, narrative: item.narrative };
                return (
                  <Card key={item.taskId} withBorder data-task={item.taskId}>
                    <Group justify="space-between" align="flex-start" wrap="nowrap">
                      <Anchor
                        component={Link}
                        to={`/catalog/${item.documentSlug}?task=${encodeURIComponent(item.ref)}`}
                        size="sm"
                        fw={600}
                        translate="no"
                      >
                        {item.documentNumber ?? item.documentTitle.slice(0, 40)} {item.ref}
                      </Anchor>
                      <Group gap={4} wrap="nowrap">
                        <Badge variant="light" color={item.role === "lead" ? "red" : "gray"} data-role={item.role}>
                          {t(`reportPages.role.${item.role}`)}
                        </Badge>
                        {item.deadline && (
                          <Badge
                            variant="outline"
                            title={item.deadlineText ?? undefined}
                            translate={item.deadlineText ? "no" : undefined}
                            data-testid="task-deadline"
                          >
                            {describeDeadline(item.deadline, language)}
                          </Badge>
                        )}
                      </Group>
                    </Group>
                    <Text size="sm" lineClamp={3} mb="xs" style={{ whiteSpace: "pre-line" }} translate="no">
                      {item.text}
                    </Text>
                    <SegmentedControl
                      size="xs"
                      data={statusOptions}
                      value={current.status}
                      disabled={!canEdit}
                      onChange={(value) =>
                        change((d) => ({ ...d, items: { ...d.items, [item.taskId]: { ...current, status: value } } }))
                      }
                      aria-label={t("reportPages.report.status")}
                    />
                    <Textarea
                      mt="xs"
                      placeholder={t("reportPages.report.narrativePlaceholder")}
                      autosize
                      minRows={2}
                      value={current.narrative}
                      readOnly={!canEdit}
                      aria-label={t("reportPages.report.narrative", { ref: item.ref })}
                      translate="no"
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        change((d) => ({
                          ...d,
                          items: { ...d.items, [item.taskId]: { ...current, narrative: value } },
                        }));
                      }}
                    />
                    <TargetComments target={{ kind: "task", taskId: item.taskId }} />
                    <EvidenceList
                      reportId={id}
                      taskId={item.taskId}
                      evidence={report.evidence.filter((e) => e.taskId === item.taskId)}
                      canEdit={canEdit}
                      onChange={setReport}
                    />
                  </Card>
                );
              })}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="data" pt="sm">
            <DataGridPanel reportId={id} canEdit={canEdit} onUnsavedChange={setUnsavedCells} />
          </Tabs.Panel>
          <Tabs.Panel value="versions" pt="sm">
            <ReportVersions
              reportId={id}
              taskRefs={Object.fromEntries(report.items.map((item) => [item.taskId, item.ref]))}
            />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="sm">
            <ReportHistory reportId={id} />
          </Tabs.Panel>
        </Tabs>
      </ReportCommentsProvider>
      <Modal
        opened={returning}
        onClose={() => setReturning(false)}
        title={canReopen ? t("reportPages.report.reopenTitle") : t("reportPages.report.returnTitle")}
      >
        <Stack>
          {canReopen && <Text size="sm">{t("reportPages.report.reopenIntro")}</Text>}
          <Textarea
            label={canReopen ? t("reportPages.report.reopenReason") : t("reportPages.report.returnReason")}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={describeError(review.error, "").fieldErrors.reason}
          />
          <Button color="orange" onClick={() => decide("return")} loading={review.isPending}>
            {canReopen ? t("reportPages.report.reopenConfirm") : t("reportPages.report.returnConfirm")}
          </Button>
        </Stack>
      </Modal>
      {conflict && <MergeDialog conflict={conflict} onSave={mergeAndSave} />}
    </Stack>
  );
}

/** Someone saved the draft first: choose, field by field, which text to keep. Nothing is lost either way. */
function MergeDialog({
  conflict,
  onSave,
}: {
  conflict: {
    mine: Draft;
    theirs: { summary: string; items: { taskId: string; ref: string; status: Status; narrative: string }[] };
  };
  onSave: (d: Draft) => void;
}) {
  const theirs = draftOf(conflict.theirs);
  const differing = [
    ...(conflict.mine.summary !== theirs.summary ? ["summary"] : []),
    ...Object.keys(conflict.mine.items).filter(
      (k) => JSON.stringify(conflict.mine.items[k]) !== JSON.stringify(theirs.items[k]),
    ),
  ];
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Record<string, "mine" | "theirs">>(
    Object.fromEntries(differing.map((k) => [k, "mine"])),
  );
  const merged: Draft = {
    summary: choice.summary === "theirs" ? theirs.summary : conflict.mine.summary,
    items: Object.fromEntries(
      Object.keys({ ...theirs.items, ...conflict.mine.items }).map((k) => [
        k,
        (choice[k] === "theirs" ? theirs.items[k] : conflict.mine.items[k]) ?? theirs.items[k]!,
      ]),
    ),
  };
  const show = (d: Draft, key: string) => {
    if (key === "summary") return <span translate="no">{d.summary}</span>;
    const item = d.items[key];
    return (
      <>
        {item ? t(`comments.status.${item.status}`) : ""} — <span translate="no">{item?.narrative ?? ""}</span>
      </>
    );
  };
  return (
    <Modal opened onClose={() => onSave(merged)} title={t("reportPages.merge.title")} size="xl">
      <Stack>
        <Text size="sm">{t("reportPages.merge.intro")}</Text>
        {differing.map((key) => (
          <Card key={key} withBorder>
            {key === "summary" ? (
              <Text fw={600} size="sm">
                {t("reportPages.merge.summary")}
              </Text>
            ) : (
              <Text fw={600} size="sm" translate="no">
                {conflict.theirs.items.find((i) => i.taskId === key)?.ref ?? key}
              </Text>
            )}
            <Radio.Group value={choice[key]} onChange={(v) => setChoice({ ...choice, [key]: v })}>
              <Stack gap={4} mt={4}>
                <Radio
                  value="mine"
                  label={
                    <>
                      {t("reportPages.merge.mine")} {show(conflict.mine, key)}
                    </>
                  }
                />
                <Radio
                  value="theirs"
                  label={
                    <>
                      {t("reportPages.merge.theirs")} {show(theirs, key)}
                    </>
                  }
                />
              </Stack>
            </Radio.Group>
          </Card>
        ))}
        <Button onClick={() => onSave(merged)}>{t("reportPages.merge.save")}</Button>
      </Stack>
    </Modal>
  );
}
