import { Anchor, Badge, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { documentKindLabels, type DocumentKind } from "@pcmt/domain";
import { ErrorAlert, formatDate, useShell } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useTRPC } from "../app/trpc";

const everyProvince = "*";

/** The plan documents the platform holds: the user's own province first (and alone, until they choose otherwise). */
export function DocumentsPage() {
  const trpc = useTRPC();
  const { actor } = useShell();
  const documents = useQuery(trpc.catalog.documents.queryOptions());
  const [chosen, setChosen] = useState<string | null>(null);
  const all = documents.data ?? [];
  const provinces = [...new Map(all.filter((d) => d.provinceCode).map((d) => [d.provinceCode!, d.province])).entries()].sort(([, a], [, b]) => a.localeCompare(b, "vi"));
  const own = actor.provinceCode && provinces.some(([code]) => code === actor.provinceCode) ? actor.provinceCode : everyProvince;
  const province = chosen ?? own;
  const shown = province === everyProvince ? all : all.filter((d) => d.provinceCode === province);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Văn bản kế hoạch</Title>
        <Select
          label="Tỉnh, thành phố"
          data={[{ value: everyProvince, label: "Mọi tỉnh, thành phố" }, ...provinces.map(([code, name]) => ({ value: code, label: code === actor.provinceCode ? `${name} (tỉnh của tôi)` : name }))]}
          value={province}
          onChange={(value) => setChosen(value ?? everyProvince)}
          allowDeselect={false}
          w={280}
          data-testid="documents-province"
        />
      </Group>
      {documents.isError && <ErrorAlert error={documents.error} />}
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Số</Table.Th>
            <Table.Th>Loại</Table.Th>
            <Table.Th>Trích yếu</Table.Th>
            <Table.Th>Cơ quan ban hành</Table.Th>
            <Table.Th>Tỉnh</Table.Th>
            <Table.Th>Ngày</Table.Th>
            <Table.Th>Nhiệm vụ</Table.Th>
            <Table.Th>Chỉ tiêu</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((d) => (
            <Table.Tr key={d.slug}>
              <Table.Td>{d.number ?? <Text c="dimmed">Không số</Text>}</Table.Td>
              <Table.Td>
                <Badge variant="light">{documentKindLabels[d.kind as DocumentKind] ?? d.kind}</Badge>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/catalog/${d.slug}`}>
                  {d.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{d.issuer}</Table.Td>
              <Table.Td>{d.province}</Table.Td>
              <Table.Td>{d.issuedOn ? formatDate(d.issuedOn) : <Text c="dimmed">Không ghi ngày</Text>}</Table.Td>
              <Table.Td>
                {d.tasks}
                {d.generalTasks > 0 && <Text span c="dimmed" size="sm">{` + ${d.generalTasks} chung`}</Text>}
              </Table.Td>
              <Table.Td>{d.indicators}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
