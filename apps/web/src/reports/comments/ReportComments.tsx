import { Badge, Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { AppRouter } from "@pcmt/api";
import { taskStatusLabels } from "@pcmt/domain";
import { describeError, formatDateTime, formatNumber, useShell, useTranslation } from "@pcmt/ui";
import { IconCheck, IconMessage } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { createContext, type ReactNode, useContext, useState } from "react";
import { useTRPC } from "../../app/trpc";

type Thread = inferRouterOutputs<AppRouter>["comments"]["list"][number];
type Target = Thread["target"];
type TargetState = NonNullable<Thread["then"]>;

interface ReportComments {
  reportId: string;
  threads: Thread[];
  canOpen: boolean;
  canReply: boolean;
  canResolve: boolean;
}

const CommentsContext = createContext<ReportComments | null>(null);

const sameTarget = (a: Target, b: Target) =>
  a.kind === "task"
    ? b.kind === "task" && a.taskId === b.taskId
    : b.kind === "cell" && a.orgUnit === b.orgUnit && a.elementId === b.elementId;

/** A report's review threads, loaded once for the page: tasks and cells read theirs from here. */
export function ReportCommentsProvider({
  report,
  children,
}: {
  report: { id: string; agencyCode: string; provinceCode: string; state: string | null };
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const { actor } = useShell();
  const threads = useQuery(trpc.comments.list.queryOptions({ reportId: report.id }));
  const office =
    actor.role === "standing_office" && (actor.provinceCode === null || actor.provinceCode === report.provinceCode);
  const ownAgency = actor.role === "agency_officer" && actor.agencyCode === report.agencyCode;
  const value: ReportComments = {
    reportId: report.id,
    threads: threads.data ?? [],
    canOpen: office && report.state !== null && report.state !== "draft",
    canReply: office || ownAgency,
    canResolve: office,
  };
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}

export function useReportComments(): ReportComments {
  return (
    useContext(CommentsContext) ?? { reportId: "", threads: [], canOpen: false, canReply: false, canResolve: false }
  );
}

/** The threads still open on a target (a grid cell is marked with them). */
export function openThreadsOn(threads: Thread[], target: Target): Thread[] {
  return threads.filter((t) => t.resolvedAt === null && sameTarget(t.target, target));
}

/** On a tab: how many threads are still open on its tasks or its cells. */
export function OpenCommentsBadge({ kind }: { kind: Target["kind"] }) {
  const { t } = useTranslation();
  const count = useReportComments().threads.filter(
    (thread) => thread.resolvedAt === null && thread.target.kind === kind,
  ).length;
  if (count === 0) return null;
  return (
    <Badge
      size="sm"
      color="yellow"
      variant="filled"
      title={t("comments.openCount", { count })}
      data-testid={`open-comments-${kind}`}
    >
      {count}
    </Badge>
  );
}

function useCommentActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const { reportId } = useReportComments();
  const update = (result: { threads: Thread[] }) =>
    queryClient.setQueryData(trpc.comments.list.queryKey({ reportId }), result.threads);
  const fail = (error: unknown) =>
    notifications.show({ color: "red", message: describeError(error, t("errors.network")).message });
  return {
    open: useMutation({ ...trpc.comments.open.mutationOptions(), onSuccess: update, onError: fail }),
    reply: useMutation({ ...trpc.comments.reply.mutationOptions(), onSuccess: update, onError: fail }),
    resolve: useMutation({ ...trpc.comments.resolve.mutationOptions(), onSuccess: update, onError: fail }),
  };
}

/** The review threads of one task or one cell, and, for the office, a box to open a new one. */
export function TargetComments({ target }: { target: Target }) {
  const { t } = useTranslation();
  const { reportId, threads, canOpen } = useReportComments();
  const actions = useCommentActions();
  const [body, setBody] = useState("");
  const [writing, setWriting] = useState(false);
  const own = threads.filter((thread) => sameTarget(thread.target, target));
  if (own.length === 0 && !canOpen) return null;
  return (
    <Stack gap={6} data-testid="comments">
      {own.map((thread) => (
        <ThreadView key={thread.id} thread={thread} />
      ))}
      {canOpen &&
        (writing ? (
          <Stack gap={4}>
            <Textarea
              label={t("comments.new")}
              autosize
              minRows={2}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={describeError(actions.open.error, "").fieldErrors.body}
            />
            <Group gap="xs">
              <Button
                size="xs"
                loading={actions.open.isPending}
                onClick={() =>
                  actions.open.mutate(
                    { reportId, target, body },
                    {
                      onSuccess: () => {
                        setBody("");
                        setWriting(false);
                      },
                    },
                  )
                }
              >
                {t("comments.send")}
              </Button>
              <Button size="xs" variant="default" onClick={() => setWriting(false)}>
                {t("comments.cancel")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconMessage size={14} />}
            onClick={() => setWriting(true)}
            w="fit-content"
          >
            {t("comments.add")}
          </Button>
        ))}
    </Stack>
  );
}

function describeState(t: ReturnType<typeof useTranslation>["t"], state: TargetState | null): string {
  if (!state) return "—";
  if (state.kind === "cell") return state.value === null ? t("comments.emptyValue") : formatNumber(state.value);
  const status = taskStatusLabels[state.status as keyof typeof taskStatusLabels] ?? state.status;
  return `${t(`comments.status.${state.status}`, { defaultValue: status })}${state.narrative ? ` — “${state.narrative.length > 120 ? `${state.narrative.slice(0, 120)}…` : state.narrative}”` : ""}`;
}

function ThreadView({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const { reportId, canReply, canResolve } = useReportComments();
  const actions = useCommentActions();
  const [answer, setAnswer] = useState("");
  const closed = thread.resolvedAt !== null;
  return (
    <Paper withBorder p="xs" bg={closed ? "gray.0" : "yellow.0"} data-thread={thread.id} data-resolved={closed}>
      <Stack gap={4}>
        {thread.messages.map((m) => (
          <div key={m.id}>
            <Text size="xs" c="dimmed">
              {m.author ?? t("comments.someone")} · {formatDateTime(m.at)}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {m.body}
            </Text>
          </div>
        ))}
        <Text size="xs" c={thread.changed ? "blue" : "dimmed"} data-testid="thread-change">
          {thread.changed
            ? t("comments.changed", { then: describeState(t, thread.then), now: describeState(t, thread.now) })
            : t("comments.unchanged")}
        </Text>
        {closed ? (
          <Badge variant="light" color="gray" leftSection={<IconCheck size={12} />} w="fit-content">
            {t("comments.resolved", { who: thread.resolvedBy ?? t("comments.someone") })}
          </Badge>
        ) : (
          <Group gap="xs" align="flex-end">
            {canReply && (
              <>
                <Textarea
                  size="xs"
                  autosize
                  minRows={1}
                  placeholder={t("comments.replyPlaceholder")}
                  aria-label={t("comments.reply")}
                  value={answer}
                  onChange={(e) => setAnswer(e.currentTarget.value)}
                  style={{ flex: 1 }}
                />
                <Button
                  size="xs"
                  variant="default"
                  loading={actions.reply.isPending}
                  disabled={answer.trim().length < 2}
                  onClick={() =>
                    actions.reply.mutate(
                      { reportId, threadId: thread.id, body: answer },
                      { onSuccess: () => setAnswer("") },
                    )
                  }
                >
                  {t("comments.reply")}
                </Button>
              </>
            )}
            {canResolve && (
              <Button
                size="xs"
                variant="subtle"
                color="green"
                loading={actions.resolve.isPending}
                onClick={() => actions.resolve.mutate({ reportId, threadId: thread.id })}
              >
                {t("comments.resolve")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
