import { Anchor, Badge, Button, Card, Grid, Group, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import {
  agencyName,
  comparatorWords,
  describeDeadline,
  describeTarget,
  describeValue,
  documentKindLabels,
  documentKindLabelsEn,
  indicatorStateLabels,
  indicatorStateLabelsEn,
  isAgencyCode,
  type DocumentKind,
  unitWord,
} from "@pcmt/domain";
import { ErrorAlert, formatDate, formatDateTime, useLanguage, useTranslation } from "@pcmt/ui";
import { IconDownload } from "@tabler/icons-react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { AgencyBadges } from "./AgencyBadges";
import { downloadJson } from "../files/browserFiles";
import { SourceText } from "./SourceText";
import { TaskProgressLinks } from "./TaskProgressLinks";

/** One document: its structure section by section beside its source text; a task links to its words. */
export function DocumentPage() {
  const { slug = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const selected = params.get("task");
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const doc = useQuery(trpc.catalog.document.queryOptions({ slug }));
  const progress = useQuery(trpc.catalog.taskProgress.queryOptions({ slug }));
  if (doc.isError) return <ErrorAlert error={doc.error} />;
  if (!doc.data) return <Text c="dimmed">{t("common.loading")}</Text>;
  const d = doc.data;
  const items = [...d.tasks];
  const highlight =
    items.find((x) => x.ref === selected)?.text ??
    d.indicators.find((i) => i.ref === selected)?.text ??
    d.facts.find((f) => f.id === selected)?.text ??
    null;
  const select = (ref: string) => setParams({ task: ref }, { replace: true });
  const download = async () =>
    downloadJson(`${d.slug}.json`, await queryClient.fetchQuery(trpc.catalog.export.queryOptions({ slug: d.slug })));
  const en = language === "en";
  const unitWordOf = (unit: string) => unitWord(unit, language);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Badge variant="light">
              {(en ? documentKindLabelsEn : documentKindLabels)[d.kind as DocumentKind] ?? d.kind}
            </Badge>
            {d.number ? (
              <Text fw={600} translate="no">
                {d.number}
              </Text>
            ) : (
              <Text fw={600}>{t("catalogPages.noNumber")}</Text>
            )}
            <Text c="dimmed">
              <span translate="no">{d.issuer}</span> ·{" "}
              {d.issuedOn ? formatDate(d.issuedOn) : t("catalogPages.document.noDate")}
            </Text>
          </Group>
          <Title order={2} translate="no">
            {d.title}
          </Title>
          {d.reporting && (
            <Text size="sm" c="dimmed">
              {t("catalogPages.document.reporting", { rule: describeDeadline(d.reporting.rule, language) })}
            </Text>
          )}
          {d.publication && (
            <Text size="sm" c="dimmed" data-testid="document-publication">
              {t("catalogPages.document.published", {
                version: d.publication.version,
                name: d.publication.publishedBy ?? t("intake.someone"),
                at: formatDateTime(d.publication.publishedAt),
              })}{" "}
              <Anchor href={`/api/documents/${encodeURIComponent(d.slug)}/source`} size="sm" translate="no">
                {t("catalogPages.document.sourceFile", { file: d.publication.sourceFileName })}
              </Anchor>
            </Text>
          )}
        </div>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={download}>
          {t("catalogPages.document.downloadJson")}
        </Button>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Tabs defaultValue="tasks">
            <Tabs.List>
              <Tabs.Tab value="tasks">
                {t("catalogPages.document.tasksTab", { count: d.tasks.filter((x) => !x.isGeneral).length })}
              </Tabs.Tab>
              <Tabs.Tab value="indicators">{t("catalogPages.indicatorsTab", { count: d.indicators.length })}</Tabs.Tab>
              <Tabs.Tab value="data">
                {t("catalogPages.document.dataTab", { count: d.dataElements.length + d.facts.length })}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="tasks" pt="sm">
              <Stack gap="xs">
                {[{ ref: null as string | null, title: "" }, ...d.sections].map((section) => {
                  const inSection = items.filter((x) => x.sectionRef === section.ref);
                  if (section.ref === null && inSection.length === 0) return null;
                  return (
                    <Stack key={section.ref ?? "-"} gap={6}>
                      {section.ref && (
                        <Text fw={700} size="sm" mt="sm" translate="no">
                          {section.ref} · {section.title}
                        </Text>
                      )}
                      {inSection.map((task) => (
                        <Card
                          key={task.id}
                          withBorder
                          padding="xs"
                          onClick={() => select(task.ref)}
                          style={{
                            cursor: "pointer",
                            borderColor: task.ref === selected ? "var(--mantine-color-red-6)" : undefined,
                          }}
                          data-task-ref={task.ref}
                        >
                          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                            <Text size="sm" fw={600} translate="no">
                              {task.ref}
                            </Text>
                            {task.isGeneral ? (
                              <Badge size="xs" color="gray">
                                {t("catalogPages.document.generalTask")}
                              </Badge>
                            ) : task.deadline ? (
                              <Badge size="xs" variant="light">
                                {describeDeadline(task.deadline, language)}
                              </Badge>
                            ) : null}
                          </Group>
                          <Text
                            size="sm"
                            lineClamp={task.ref === selected ? undefined : 3}
                            style={{ whiteSpace: "pre-line" }}
                            translate="no"
                          >
                            {task.text}
                          </Text>
                          {!task.isGeneral && (
                            <Group gap="xs" mt={4}>
                              <AgencyBadges codes={task.lead} variant="lead" />
                              <AgencyBadges codes={task.coordinating} variant="coordinating" />
                            </Group>
                          )}
                          <TaskProgressLinks progress={(progress.data ?? []).filter((p) => p.taskId === task.id)} />
                          {task.indicatorIds.length > 0 && (
                            <Group gap={4} mt={4}>
                              {task.indicatorIds.map((id) => (
                                <Badge
                                  key={id}
                                  component={Link}
                                  to={`/indicators/${encodeURIComponent(id)}`}
                                  size="xs"
                                  variant="dot"
                                  style={{ cursor: "pointer" }}
                                  translate="no"
                                >
                                  {d.indicators.find((i) => i.id === id)?.name ?? id}
                                </Badge>
                              ))}
                            </Group>
                          )}
                        </Card>
                      ))}
                    </Stack>
                  );
                })}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="indicators" pt="sm">
              <Table withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("catalogPages.document.ref")}</Table.Th>
                    <Table.Th>{t("catalogPages.document.indicator")}</Table.Th>
                    <Table.Th>{t("catalogPages.document.target")}</Table.Th>
                    <Table.Th>{t("catalogPages.document.agency")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.indicators.map((i) => (
                    <Table.Tr key={i.id} onClick={() => select(i.ref)} style={{ cursor: "pointer" }}>
                      <Table.Td translate="no">{i.ref}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/indicators/${encodeURIComponent(i.id)}`} translate="no">
                          {i.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{describeTarget(i, language)}</Table.Td>
                      <Table.Td>{i.agency ? <AgencyBadges codes={[i.agency]} variant="lead" /> : "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="xs" c="dimmed" mt="xs">
                {t("catalogPages.document.evaluationNote", {
                  states: Object.values(en ? indicatorStateLabelsEn : indicatorStateLabels).join(" / "),
                  comparators: Object.values(comparatorWords).join(", "),
                })}
              </Text>
            </Tabs.Panel>
            <Tabs.Panel value="data" pt="sm">
              <Stack>
                <Title order={5}>{t("catalogPages.document.facts")}</Title>
                {d.facts.length === 0 && <Text c="dimmed">{t("catalogPages.document.noFacts")}</Text>}
                {d.facts.map((f) => (
                  <Card key={f.id} withBorder padding="xs" onClick={() => select(f.id)} style={{ cursor: "pointer" }}>
                    <Text fw={600}>
                      <span translate="no">{f.name}</span>: {describeValue(f.value, f.unit, language)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {f.asOf
                        ? t("catalogPages.document.asOf", { date: f.asOf.length === 10 ? formatDate(f.asOf) : f.asOf })
                        : t("catalogPages.document.noAsOf")}
                    </Text>
                  </Card>
                ))}
                <Title order={5}>{t("catalogPages.document.dataElements")}</Title>
                {d.dataElements.length === 0 && <Text c="dimmed">{t("catalogPages.document.noDataElements")}</Text>}
                {d.dataElements.map((e) => (
                  <Text key={e.code} size="sm">
                    <b translate="no">{e.name}</b> ({unitWordOf(e.unit)})
                    {e.agency ? ` — ${isAgencyCode(e.agency) ? agencyName(e.agency, language) : e.agency}` : ""}
                  </Text>
                ))}
              </Stack>
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SourceText text={d.sourceText} highlight={highlight} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
