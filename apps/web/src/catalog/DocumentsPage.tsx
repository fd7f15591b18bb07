import { Anchor, Badge, Group, Stack, Table, Text, Title } from "@mantine/core";
import { documentKindLabels, documentKindLabelsEn, type DocumentKind } from "@pcmt/domain";
import { ErrorAlert, formatDate, useLanguage, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useTRPC } from "../app/trpc";
import { useProvinceChoice } from "./useProvinceChoice";

/** The plan documents the platform holds: the user's own province first (and alone, until they choose otherwise). */
export function DocumentsPage() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const language = useLanguage();
  const documents = useQuery(trpc.catalog.documents.queryOptions());
  const { shown, select } = useProvinceChoice(documents.data ?? [], "documents-province");
  const kindLabels = language === "en" ? documentKindLabelsEn : documentKindLabels;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t("catalogPages.documents.title")}</Title>
        {select}
      </Group>
      {documents.isError && <ErrorAlert error={documents.error} />}
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("catalogPages.documents.number")}</Table.Th>
            <Table.Th>{t("catalogPages.documents.kind")}</Table.Th>
            <Table.Th>{t("catalogPages.documents.summary")}</Table.Th>
            <Table.Th>{t("catalogPages.documents.issuer")}</Table.Th>
            <Table.Th>{t("catalogPages.documents.provinceColumn")}</Table.Th>
            <Table.Th>{t("catalogPages.documents.date")}</Table.Th>
            <Table.Th>{t("catalogPages.documents.tasks")}</Table.Th>
            <Table.Th>{t("catalogPages.documents.indicators")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((d) => (
            <Table.Tr key={d.slug}>
              <Table.Td translate={d.number ? "no" : undefined}>
                {d.number ?? <Text c="dimmed">{t("catalogPages.noNumber")}</Text>}
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{kindLabels[d.kind as DocumentKind] ?? d.kind}</Badge>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/catalog/${d.slug}`} translate="no">
                  {d.title}
                </Anchor>
              </Table.Td>
              <Table.Td translate="no">{d.issuer}</Table.Td>
              <Table.Td translate="no">{d.province}</Table.Td>
              <Table.Td>
                {d.issuedOn ? formatDate(d.issuedOn) : <Text c="dimmed">{t("catalogPages.documents.noDate")}</Text>}
              </Table.Td>
              <Table.Td>
                {d.tasks}
                {d.generalTasks > 0 && (
                  <Text span c="dimmed" size="sm">
                    {t("catalogPages.documents.generalTasks", { count: d.generalTasks })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{d.indicators}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
