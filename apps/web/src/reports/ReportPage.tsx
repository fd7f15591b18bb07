import { Alert, Anchor, Badge, Button, Card, Group, Modal, Radio, SegmentedControl, Stack, Tabs, Text, Textarea, Title } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { agencyName, describeDeadline, isAgencyCode } from "@pcmt/domain";
import { describeError, ErrorAlert, formatDate, ReportStateBadge, TimelinessBadge, useShell, useTranslation } from "@pcmt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { periodLabel } from "./periodLabel";
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

const statusOptions = [
  { value: "not_started", label: "Chưa thực hiện" },
  { value: "in_progress", label: "Đang thực hiện" },
  { value: "done", label: "Hoàn thành" },
];

function draftOf(report: { summary: string; items: { taskId: string; status: Status; narrative: string }[] }): Draft {
  return { summary: report.summary, items: Object.fromEntries(report.items.map((i) => [i.taskId, { status: i.status, narrative: i.narrative }])) };
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

  const setReport = (next: NonNullable<typeof report>) => queryClient.setQueryData(trpc.reports.get.queryKey({ reportId: id }), next);
  const save = useMutation(trpc.reports.saveDraft.mutationOptions());
  const submit = useMutation(trpc.reports.submit.mutationOptions());
  const review = useMutation(trpc.reports.review.mutationOptions());

  const canEdit = !!report && actor.role === "agency_officer" && actor.agencyCode === report.agencyCode && (report.state === "draft" || report.state === "returned");
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
      const described = describeError(error, "Không kết nối được máy chủ.");
      if (described.code === "CONFLICT") {
        const theirs = await queryClient.fetchQuery({ ...trpc.reports.get.queryOptions({ reportId: id }), staleTime: 0 });
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
      notifications.show({ color: "green", message: "Đã gửi báo cáo tới cơ quan thường trực." });
      void queryClient.invalidateQueries({ queryKey: trpc.reports.mySchedule.queryKey() });
    } catch {
      // shown below from submit.error
    }
  }

  async function decide(decision: "accept" | "return") {
    try {
      const next = await review.mutateAsync(decision === "accept" ? { reportId: id, decision } : { reportId: id, decision, reason });
      setReport(next);
      setReturning(false);
      setReason("");
      notifications.show({ color: "green", message: decision === "accept" ? "Đã tiếp nhận báo cáo." : "Đã trả lại báo cáo." });
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
      notifications.show({ color: "green", message: "Đã lưu bản gộp." });
    } catch (error) {
      notifications.show({ color: "red", message: describeError(error, "Không lưu được.").message });
    }
  }

  if (reportQuery.isError) return <ErrorAlert error={reportQuery.error} />;
  if (!report || !draft) return <Text c="dimmed">Đang tải…</Text>;
  const agency = isAgencyCode(report.agencyCode) ? agencyName(report.agencyCode) : report.agencyCode;

  return (
    <Stack>
      <UnsavedChangesGuard count={unsavedCells} />
      <Group justify="space-between" align="flex-start">
        <div>
          <Text c="dimmed" size="sm">
            <Anchor component={Link} to={actor.role === "agency_officer" ? "/reports" : "/desk"}>
              ← {actor.role === "agency_officer" ? "Báo cáo định kỳ" : "Tiếp nhận báo cáo"}
            </Anchor>
          </Text>
          <Title order={2}>
            Báo cáo {periodLabel(report.period).toLowerCase()} — {agency}
          </Title>
          <Group gap="xs" mt={4}>
            <ReportStateBadge state={report.state} />
            <TimelinessBadge timeliness={report.timeliness} daysLate={report.daysLate} overdue={report.overdue} awaitingResubmission={report.awaitingResubmission} />
            <Text size="sm" c="dimmed">
              Hạn gửi: {formatDate(report.dueDate)}
              {report.firstSubmittedAt ? ` · gửi lần đầu ${formatDate(new Date(report.firstSubmittedAt))}` : ""}
            </Text>
          </Group>
        </div>
        <Group>
          {canEdit && (
            <Text size="xs" c="dimmed" data-testid="save-status">
              {save.isPending
                ? "Đang lưu…"
                : unsavedCells > 0
                  ? t("grid.unsaved", { count: unsavedCells })
                  : dirty
                    ? "Chưa lưu"
                    : savedAt
                      ? `Đã lưu lúc ${savedAt.toLocaleTimeString("vi-VN")}`
                      : "Đã lưu"}
            </Text>
          )}
          {canEdit && (
            <Button onClick={() => setChecking(true)}>{report.state === "returned" ? "Gửi lại báo cáo" : "Gửi báo cáo"}</Button>
          )}
          {canReview && (
            <>
              <Button color="green" onClick={() => decide("accept")} loading={review.isPending && review.variables?.decision === "accept"}>
                Tiếp nhận
              </Button>
              <Button color="orange" variant="light" onClick={() => setReturning(true)}>
                Trả lại
              </Button>
            </>
          )}
          {canReopen && (
            <Button color="orange" variant="light" onClick={() => setReturning(true)}>
              Mở lại để sửa
            </Button>
          )}
        </Group>
      </Group>
      {report.state === "returned" && report.returnReason && (
        <Alert color="orange" title="Cơ quan thường trực trả lại báo cáo" data-testid="return-reason">
          {report.returnReason}
        </Alert>
      )}
      {!canEdit && actor.role === "agency_officer" && report.state === "submitted" && <Alert color="blue">Báo cáo đã gửi, đang chờ cơ quan thường trực xem xét.</Alert>}
      {submit.error && <ErrorAlert error={submit.error} />}
      {canEdit && draft && (
        <SubmitCheckModal
          opened={checking}
          reportId={id}
          summary={draft.summary}
          tasks={report.items.map((item) => ({ taskId: item.taskId, ref: item.ref, text: item.text, status: draft.items[item.taskId]?.status ?? item.status, narrative: draft.items[item.taskId]?.narrative ?? item.narrative }))}
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
            Nội dung
          </Tabs.Tab>
          <Tabs.Tab value="data" rightSection={<OpenCommentsBadge kind="cell" />}>
            Số liệu
          </Tabs.Tab>
          <Tabs.Tab value="versions">Các lần gửi ({report.versions.length})</Tabs.Tab>
          <Tabs.Tab value="history">Lịch sử thay đổi</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="content" pt="sm">
          <Stack>
            <Textarea
              label="Tóm tắt kết quả trong kỳ"
              autosize
              minRows={3}
              value={draft.summary}
              readOnly={!canEdit}
              onChange={(e) => {
                const value = e.currentTarget.value;
                change((d) => ({ ...d, summary: value }));
              }}
            />
            {report.items.length === 0 && <Text c="dimmed">Kỳ này không có nhiệm vụ nào của cơ quan.</Text>}
            {report.items.map((item) => {
              const current = draft.items[item.taskId] ?? { status: item.status, narrative: item.narrative };
              return (
                <Card key={item.taskId} withBorder data-task={item.taskId}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Anchor component={Link} to={`/catalog/${item.documentSlug}?task=${encodeURIComponent(item.ref)}`} size="sm" fw={600}>
                      {item.documentNumber ?? item.documentTitle.slice(0, 40)} {item.ref}
                    </Anchor>
                    <Group gap={4} wrap="nowrap">
                      <Badge variant="light" color={item.role === "lead" ? "red" : "gray"} data-role={item.role}>
                        {item.role === "lead" ? "Chủ trì" : "Phối hợp"}
                      </Badge>
                      {item.deadline && (
                        <Badge variant="outline" title={item.deadlineText ?? undefined} data-testid="task-deadline">
                          {describeDeadline(item.deadline)}
                        </Badge>
                      )}
                    </Group>
                  </Group>
                  <Text size="sm" lineClamp={3} mb="xs" style={{ whiteSpace: "pre-line" }}>
                    {item.text}
                  </Text>
                  <SegmentedControl
                    size="xs"
                    data={statusOptions}
                    value={current.status}
                    disabled={!canEdit}
                    onChange={(value) => change((d) => ({ ...d, items: { ...d.items, [item.taskId]: { ...current, status: value as Status } } }))}
                    aria-label="Trạng thái thực hiện"
                  />
                  <Textarea
                    mt="xs"
                    placeholder="Kết quả thực hiện, khó khăn, kiến nghị…"
                    autosize
                    minRows={2}
                    value={current.narrative}
                    readOnly={!canEdit}
                    aria-label={`Kết quả thực hiện ${item.ref}`}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      change((d) => ({ ...d, items: { ...d.items, [item.taskId]: { ...current, narrative: value } } }));
                    }}
                  />
                  <TargetComments target={{ kind: "task", taskId: item.taskId }} />
                  <EvidenceList reportId={id} taskId={item.taskId} evidence={report.evidence.filter((e) => e.taskId === item.taskId)} canEdit={canEdit} onChange={setReport} />
                </Card>
              );
            })}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="data" pt="sm">
          <DataGridPanel reportId={id} canEdit={canEdit} onUnsavedChange={setUnsavedCells} />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="sm">
          <ReportVersions reportId={id} taskRefs={Object.fromEntries(report.items.map((item) => [item.taskId, item.ref]))} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <ReportHistory reportId={id} />
        </Tabs.Panel>
      </Tabs>
      </ReportCommentsProvider>
      <Modal opened={returning} onClose={() => setReturning(false)} title={canReopen ? "Mở lại báo cáo đã tiếp nhận" : "Trả lại báo cáo"}>
        <Stack>
          {canReopen && (
            <Text size="sm">
              Báo cáo sẽ trở về trạng thái “Trả lại” để cơ quan sửa nội dung và số liệu rồi gửi lại; lý do và thời điểm mở lại được ghi vào lịch sử. Thời hạn của lần gửi đầu được giữ nguyên.
            </Text>
          )}
          <Textarea label={canReopen ? "Lý do mở lại" : "Lý do trả lại"} required autosize minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={describeError(review.error, "").fieldErrors.reason} />
          <Button color="orange" onClick={() => decide("return")} loading={review.isPending}>
            {canReopen ? "Mở lại" : "Trả lại"}
          </Button>
        </Stack>
      </Modal>
      {conflict && <MergeDialog conflict={conflict} onSave={mergeAndSave} />}
    </Stack>
  );
}

/** Someone saved the draft first: choose, field by field, which text to keep. Nothing is lost either way. */
function MergeDialog({ conflict, onSave }: { conflict: { mine: Draft; theirs: { summary: string; items: { taskId: string; ref: string; status: Status; narrative: string }[] } }; onSave: (d: Draft) => void }) {
  const theirs = draftOf(conflict.theirs);
  const differing = [
    ...(conflict.mine.summary !== theirs.summary ? ["summary"] : []),
    ...Object.keys(conflict.mine.items).filter((k) => JSON.stringify(conflict.mine.items[k]) !== JSON.stringify(theirs.items[k])),
  ];
  const [choice, setChoice] = useState<Record<string, "mine" | "theirs">>(Object.fromEntries(differing.map((k) => [k, "mine"])));
  const merged: Draft = {
    summary: choice.summary === "theirs" ? theirs.summary : conflict.mine.summary,
    items: Object.fromEntries(Object.keys({ ...theirs.items, ...conflict.mine.items }).map((k) => [k, (choice[k] === "theirs" ? theirs.items[k] : conflict.mine.items[k]) ?? theirs.items[k]!])),
  };
  const label = (key: string) => (key === "summary" ? "Tóm tắt" : (conflict.theirs.items.find((i) => i.taskId === key)?.ref ?? key));
  const show = (d: Draft, key: string) => (key === "summary" ? d.summary : `${statusOptions.find((s) => s.value === d.items[key]?.status)?.label ?? ""} — ${d.items[key]?.narrative ?? ""}`);
  return (
    <Modal opened onClose={() => onSave(merged)} title="Báo cáo vừa được người khác lưu" size="xl">
      <Stack>
        <Text size="sm">Chọn nội dung giữ lại cho từng mục khác nhau, rồi lưu bản gộp.</Text>
        {differing.map((key) => (
          <Card key={key} withBorder>
            <Text fw={600} size="sm">
              {label(key)}
            </Text>
            <Radio.Group value={choice[key]} onChange={(v) => setChoice({ ...choice, [key]: v as "mine" | "theirs" })}>
              <Stack gap={4} mt={4}>
                <Radio value="mine" label={`Của bạn: ${show(conflict.mine, key)}`} />
                <Radio value="theirs" label={`Bản đã lưu: ${show(theirs, key)}`} />
              </Stack>
            </Radio.Group>
          </Card>
        ))}
        <Button onClick={() => onSave(merged)}>Lưu bản gộp</Button>
      </Stack>
    </Modal>
  );
}
