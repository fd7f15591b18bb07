import { Anchor, Badge, Button, Group, Modal, Select, Stack, Table, Text, Title } from "@mantine/core";
import { ErrorAlert, formatDate, formatDateTime, useTranslation } from "@pcmt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useTRPC } from "../app/trpc";
import { NewDraftForm } from "./NewDraftForm";

const statusColor = { open: "orange", published: "green", discarded: "gray" } as const;

/** Drafts being reviewed and those done, most recent first. */
function DraftList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const drafts = useQuery(trpc.documentIntake.drafts.queryOptions());
  if (drafts.isError) return <ErrorAlert error={drafts.error} />;
  const rows = drafts.data ?? [];
  return (
    <Stack gap="xs">
      <Title order={4}>{t("intake.drafts.title")}</Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t("intake.drafts.none")}</Text>
      ) : (
        <Table striped data-testid="draft-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("intake.drafts.document")}</Table.Th>
              <Table.Th>{t("intake.drafts.file")}</Table.Th>
              <Table.Th>{t("intake.drafts.items")}</Table.Th>
              <Table.Th>{t("intake.drafts.by")}</Table.Th>
              <Table.Th>{t("intake.drafts.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/intake/${d.id}`} translate="no">
                    {d.title}
                  </Anchor>
                  {d.baseSlug && (
                    <Text size="xs" c="dimmed">
                      {t("intake.drafts.newVersion")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" translate="no">
                    {d.sourceFileName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t("intake.drafts.counts", { tasks: d.tasks, indicators: d.indicators })}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{d.createdBy ?? t("intake.someone")}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(d.updatedAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColor[d.status]} variant="light">
                    {t(`intake.status.${d.status}`)}
                  </Badge>
                  {d.status === "open" && d.openPoints > 0 && (
                    <Text size="xs" c="orange">
                      {t("intake.points.open", { count: d.openPoints })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** The province's documents: their published versions, and marking one replaced by another (or lifting it). */
function ProvinceDocuments() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const documents = useQuery(trpc.documentIntake.documents.queryOptions());
  const [replacing, setReplacing] = useState<string | null>(null);
  const [by, setBy] = useState<string | null>(null);
  const mark = useMutation(
    trpc.documentIntake.markReplaced.mutationOptions({
      onSuccess: async () => {
        setReplacing(null);
        setBy(null);
        // Obligations and targets of the province change with the lifetime.
        await queryClient.invalidateQueries();
      },
    }),
  );
  if (documents.isError) return <ErrorAlert error={documents.error} />;
  const rows = documents.data ?? [];
  const target = rows.find((d) => d.slug === replacing);
  const titleOf = (slug: string | null) => rows.find((d) => d.slug === slug)?.title ?? slug;
  return (
    <Stack gap="xs">
      <Title order={4}>{t("intake.documents.title")}</Title>
      <Table striped data-testid="intake-documents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("intake.drafts.document")}</Table.Th>
            <Table.Th>{t("intake.documents.covers")}</Table.Th>
            <Table.Th>{t("intake.documents.versions")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.slug} data-slug={d.slug}>
              <Table.Td>
                <Anchor component={Link} to={`/catalog/${d.slug}`} translate="no">
                  {d.number ? `${d.number} — ` : ""}
                  {d.title}
                </Anchor>
                {d.replacedBy && (
                  <Text size="xs" c="red">
                    {t("intake.documents.replacedBy", { title: titleOf(d.replacedBy) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {d.coversFrom ? formatDate(d.coversFrom) : "…"} –{" "}
                  {d.coversUntil ? formatDate(d.coversUntil) : t("intake.review.open")}
                </Text>
              </Table.Td>
              <Table.Td>
                {d.versions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("intake.documents.repository")}
                  </Text>
                ) : (
                  d.versions.map((v) => (
                    <Text size="xs" key={v.version}>
                      {t("intake.documents.version", {
                        version: v.version,
                        name: v.publishedBy ?? t("intake.someone"),
                        at: formatDateTime(v.publishedAt),
                      })}
                    </Text>
                  ))
                )}
              </Table.Td>
              <Table.Td>
                {d.replacedBy ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => {
                      if (window.confirm(t("intake.documents.unreplaceConfirm", { title: d.title })))
                        mark.mutate({ slug: d.slug, replacedBy: null });
                    }}
                    loading={mark.isPending && mark.variables?.slug === d.slug}
                  >
                    {t("intake.documents.unreplace")}
                  </Button>
                ) : (
                  <Button size="compact-xs" variant="subtle" onClick={() => setReplacing(d.slug)}>
                    {t("intake.documents.replace")}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {mark.error && !replacing && <ErrorAlert error={mark.error} />}
      <Modal opened={!!target} onClose={() => setReplacing(null)} title={t("intake.documents.replaceTitle")}>
        <Stack>
          <Text size="sm" translate="no">
            {target?.title}
          </Text>
          <Select
            label={t("intake.documents.replacedByLabel")}
            data={rows
              .filter((d) => d.slug !== replacing && d.provinceCode === target?.provinceCode)
              .map((d) => ({ value: d.slug, label: `${d.number ?? ""} ${d.title}`.trim() }))}
            value={by}
            onChange={setBy}
            searchable
          />
          <Text size="xs" c="dimmed">
            {t("intake.documents.replaceHint")}
          </Text>
          {mark.error && <ErrorAlert error={mark.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReplacing(null)}>
              {t("intake.cancel")}
            </Button>
            <Button
              disabled={!by}
              loading={mark.isPending}
              onClick={() => replacing && by && mark.mutate({ slug: replacing, replacedBy: by })}
            >
              {t("intake.documents.replaceConfirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** Bringing documents in: read a new one, the drafts under review, the province's documents and their versions. */
export function IntakePage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1200}>
      <Title order={2}>{t("intake.title")}</Title>
      <Text c="dimmed">{t("intake.intro")}</Text>
      <NewDraftForm />
      <DraftList />
      <ProvinceDocuments />
    </Stack>
  );
}
