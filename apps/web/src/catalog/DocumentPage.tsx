import { Anchor, Badge, Button, Card, Grid, Group, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { comparatorWords, describeTarget, type DocumentKind, documentKindLabels, indicatorStateLabels } from "@pcmt/domain";
import { ErrorAlert, formatDate, formatNumber } from "@pcmt/ui";
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
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const doc = useQuery(trpc.catalog.document.queryOptions({ slug }));
  const progress = useQuery(trpc.catalog.taskProgress.queryOptions({ slug }));
  if (doc.isError) return <ErrorAlert error={doc.error} />;
  if (!doc.data) return <Text c="dimmed">Đang tải…</Text>;
  const d = doc.data;
  const items = [...d.tasks];
  const highlight = items.find((t) => t.ref === selected)?.text ?? d.indicators.find((i) => i.ref === selected)?.text ?? d.facts.find((f) => f.id === selected)?.text ?? null;
  const select = (ref: string) => setParams({ task: ref }, { replace: true });
  const download = async () => downloadJson(`${d.slug}.json`, await queryClient.fetchQuery(trpc.catalog.export.queryOptions({ slug: d.slug })));

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Badge variant="light">{documentKindLabels[d.kind as DocumentKind] ?? d.kind}</Badge>
            <Text fw={600}>{d.number ?? "Không số"}</Text>
            <Text c="dimmed">
              {d.issuer} · {d.issuedOn ? formatDate(d.issuedOn) : "không ghi ngày"}
            </Text>
          </Group>
          <Title order={2}>{d.title}</Title>
          {d.reporting && (
            <Text size="sm" c="dimmed">
              Chế độ báo cáo: {d.reporting.label}
            </Text>
          )}
        </div>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={download}>
          Tải JSON
        </Button>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Tabs defaultValue="tasks">
            <Tabs.List>
              <Tabs.Tab value="tasks">Nhiệm vụ ({d.tasks.filter((t) => !t.isGeneral).length})</Tabs.Tab>
              <Tabs.Tab value="indicators">Chỉ tiêu ({d.indicators.length})</Tabs.Tab>
              <Tabs.Tab value="data">Số liệu, tình hình ({d.dataElements.length + d.facts.length})</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="tasks" pt="sm">
              <Stack gap="xs">
                {[{ ref: null as string | null, title: "" }, ...d.sections].map((section) => {
                  const inSection = items.filter((t) => t.sectionRef === section.ref);
                  if (section.ref === null && inSection.length === 0) return null;
                  return (
                    <Stack key={section.ref ?? "-"} gap={6}>
                      {section.ref && (
                        <Text fw={700} size="sm" mt="sm">
                          {section.ref} · {section.title}
                        </Text>
                      )}
                      {inSection.map((t) => (
                        <Card
                          key={t.id}
                          withBorder
                          padding="xs"
                          onClick={() => select(t.ref)}
                          style={{ cursor: "pointer", borderColor: t.ref === selected ? "var(--mantine-color-red-6)" : undefined }}
                          data-task-ref={t.ref}
                        >
                          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                            <Text size="sm" fw={600}>
                              {t.ref}
                            </Text>
                            {t.isGeneral ? (
                              <Badge size="xs" color="gray">
                                Nhiệm vụ chung
                              </Badge>
                            ) : t.deadlineLabel ? (
                              <Badge size="xs" variant="light">
                                {t.deadlineLabel}
                              </Badge>
                            ) : null}
                          </Group>
                          <Text size="sm" lineClamp={t.ref === selected ? undefined : 3} style={{ whiteSpace: "pre-line" }}>
                            {t.text}
                          </Text>
                          {!t.isGeneral && (
                            <Group gap="xs" mt={4}>
                              <AgencyBadges codes={t.lead} variant="lead" />
                              <AgencyBadges codes={t.coordinating} variant="coordinating" />
                            </Group>
                          )}
                          <TaskProgressLinks progress={(progress.data ?? []).filter((p) => p.taskId === t.id)} />
                          {t.indicatorIds.length > 0 && (
                            <Group gap={4} mt={4}>
                              {t.indicatorIds.map((id) => (
                                <Badge key={id} component={Link} to={`/indicators/${encodeURIComponent(id)}`} size="xs" variant="dot" style={{ cursor: "pointer" }}>
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
                    <Table.Th>Mục</Table.Th>
                    <Table.Th>Chỉ tiêu</Table.Th>
                    <Table.Th>Mục tiêu</Table.Th>
                    <Table.Th>Cơ quan</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.indicators.map((i) => (
                    <Table.Tr key={i.id} onClick={() => select(i.ref)} style={{ cursor: "pointer" }}>
                      <Table.Td>{i.ref}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/indicators/${encodeURIComponent(i.id)}`}>
                          {i.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{describeTarget(i)}</Table.Td>
                      <Table.Td>{i.agency ? <AgencyBadges codes={[i.agency]} variant="lead" /> : "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="xs" c="dimmed" mt="xs">
                Trạng thái được đánh giá khi có số liệu: {Object.values(indicatorStateLabels).join(" / ")}. So sánh: {Object.values(comparatorWords).join(", ")}.
              </Text>
            </Tabs.Panel>
            <Tabs.Panel value="data" pt="sm">
              <Stack>
                <Title order={5}>Số liệu tình hình</Title>
                {d.facts.length === 0 && <Text c="dimmed">Văn bản không nêu số liệu tình hình.</Text>}
                {d.facts.map((f) => (
                  <Card key={f.id} withBorder padding="xs" onClick={() => select(f.id)} style={{ cursor: "pointer" }}>
                    <Text fw={600}>
                      {f.name}: {formatNumber(f.value)} {f.unit === "percent" ? "%" : f.unit}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {f.asOf ? `Thời điểm: ${f.asOf.length === 10 ? formatDate(f.asOf) : f.asOf}` : "Không ghi thời điểm"}
                    </Text>
                  </Card>
                ))}
                <Title order={5}>Số liệu phải báo cáo</Title>
                {d.dataElements.length === 0 && <Text c="dimmed">Không có.</Text>}
                {d.dataElements.map((e) => (
                  <Text key={e.code} size="sm">
                    <b>{e.name}</b> ({e.unit}){e.agency ? ` — ${e.agency}` : ""}
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
