import { Anchor, Card, Stack, Table, Text, Title } from "@mantine/core";
import { defaultMinCompleteness, describeTarget } from "@pcmt/domain";
import { ErrorAlert, useShell } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { AgencyBadges } from "./AgencyBadges";
import { IndicatorDrillDown } from "./IndicatorDrillDown";
import { TaskTable } from "./TaskTable";

const aggregationWords: Record<string, string> = {
  sum: "Cộng dồn theo địa bàn và kỳ",
  average: "Trung bình",
  ratio: "Tỷ lệ: tổng tử số / tổng mẫu số",
  max: "Giá trị lớn nhất",
  min: "Giá trị nhỏ nhất",
  latest: "Số liệu mới nhất",
};

/** One indicator: its words, target, how it adds up and the tasks accountable for it. */
export function IndicatorPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const { actor } = useShell();
  const indicator = useQuery(trpc.catalog.indicator.queryOptions({ id }));
  if (indicator.isError) return <ErrorAlert error={indicator.error} />;
  if (!indicator.data) return <Text c="dimmed">Đang tải…</Text>;
  const i = indicator.data;
  return (
    <Stack>
      <div>
        <Text size="sm" c="dimmed">
          <Anchor component={Link} to={`/catalog/${i.document.slug}?task=${encodeURIComponent(i.ref)}`}>
            {i.document.number ?? i.document.title} {i.ref}
          </Anchor>
        </Text>
        <Title order={2}>{i.name}</Title>
      </div>
      <Card withBorder>
        <Text style={{ whiteSpace: "pre-line" }}>“{i.text}”</Text>
      </Card>
      <Table withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={220}>Mục tiêu</Table.Th>
            <Table.Td>{describeTarget(i)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Cơ quan chịu trách nhiệm</Table.Th>
            <Table.Td>{i.agency ? <AgencyBadges codes={[i.agency]} variant="lead" /> : "Văn bản không nêu"}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Cách tổng hợp</Table.Th>
            <Table.Td>
              {aggregationWords[i.aggregation] ?? i.aggregation}
              {i.aggregation === "ratio" && ` (${i.dataElements.find((e) => e.code === i.numerator)?.name ?? i.numerator} / ${i.dataElements.find((e) => e.code === i.denominator)?.name ?? i.denominator})`}
              {i.aggregation !== "ratio" && i.element && ` — đo bằng “${i.dataElements.find((e) => e.code === i.element)?.name ?? i.element}”`}
              {i.aggregation !== "ratio" && !i.element && " — văn bản không nêu số liệu để đo chỉ tiêu này"}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Điều kiện đánh giá</Table.Th>
            <Table.Td>Khi ít nhất {i.minCompleteness ?? defaultMinCompleteness}% số địa bàn phải báo cáo đã báo cáo, và tử số không lớn hơn mẫu số ở bất kỳ địa bàn nào</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {actor.role !== "agency_officer" && (
        <>
          <Title order={4}>Số liệu</Title>
          <IndicatorDrillDown indicatorId={i.id} />
        </>
      )}
      <Title order={4}>Nhiệm vụ gắn với chỉ tiêu</Title>
      <TaskTable tasks={i.tasks} showDocument={false} />
    </Stack>
  );
}
