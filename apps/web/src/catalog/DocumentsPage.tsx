import { Anchor, Badge, Stack, Table, Text, Title } from "@mantine/core";
import { documentKindLabels, type DocumentKind } from "@pcmt/domain";
import { ErrorAlert, formatDate } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useTRPC } from "../app/trpc";

/** The plan documents the platform holds. */
export function DocumentsPage() {
  const trpc = useTRPC();
  const documents = useQuery(trpc.catalog.documents.queryOptions());
  return (
    <Stack>
      <Title order={2}>Văn bản kế hoạch</Title>
      {documents.isError && <ErrorAlert error={documents.error} />}
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Số</Table.Th>
            <Table.Th>Loại</Table.Th>
            <Table.Th>Trích yếu</Table.Th>
            <Table.Th>Cơ quan ban hành</Table.Th>
            <Table.Th>Ngày</Table.Th>
            <Table.Th>Nhiệm vụ</Table.Th>
            <Table.Th>Chỉ tiêu</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.data?.map((d) => (
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
