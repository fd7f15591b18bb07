import { Anchor, Badge, Group, Select, Stack, Table, Text, Title } from "@mantine/core";
import { documentKindLabels, documentKindLabelsEn, type DocumentKind } from "@pcmt/domain";
import { ErrorAlert, formatDate, useLanguage, useShell, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useTRPC } from "../app/trpc";

const everyProvince = "*";

/** The plan documents the platform holds: the user's own province first (and alone, until they choose otherwise). */
export function DocumentsPage() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const language = useLanguage();
  const { actor } = useShell();
  const documents = useQuery(trpc.catalog.documents.queryOptions());
  const [chosen, setChosen] = useState<string | null>(null);
  const all = documents.data ?? [];
  const provinces = [
    ...new Map(all.filter((d) => d.provinceCode).map((d) => [d.provinceCode!, d.province])).entries(),
  ].sort(([, a], [, b]) => a.localeCompare(b, "vi"));
  const own =
    actor.provinceCode && provinces.some(([code]) => code === actor.provinceCode) ? actor.provinceCode : everyProvince;
  const province = chosen ?? own;
  const shown = province === everyProvince ? all : all.filter((d) => d.provinceCode === province);
  const kindLabels = language === "en" ? documentKindLabelsEn : documentKindLabels;
  const names = new Map(provinces);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t("catalogPages.documents.title")}</Title>
        <Select
          label={t("catalogPages.documents.province")}
          data={[
            { value: everyProvince, label: t("catalogPages.documents.everyProvince") },
            ...provinces.map(([code, name]) => ({
              value: code,
              label: code === actor.provinceCode ? `${name} ${t("catalogPages.documents.myProvince")}` : name,
            })),
          ]}
          // Province names are names: as written, with "(my province)" in the reader's language.
          renderOption={({ option }) =>
            option.value === everyProvince ? (
              option.label
            ) : (
              <span>
                <span translate="no">{names.get(option.value) ?? option.label}</span>
                {option.value === actor.provinceCode ? ` ${t("catalogPages.documents.myProvince")}` : ""}
              </span>
            )
          }
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
