import { Anchor, Group, Stack, Table, Title } from "@mantine/core";
import { ErrorAlert, useLanguage, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useTRPC } from "../app/trpc";
import { useProvinceChoice } from "./useProvinceChoice";
import { AgencyBadges } from "./AgencyBadges";
import { describeTarget } from "@pcmt/domain";

/** The numeric targets of the documents: the user's own province first (and alone, until they choose otherwise). */
export function IndicatorsPage() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const language = useLanguage();
  const indicators = useQuery(trpc.catalog.indicators.queryOptions());
  const { shown, select } = useProvinceChoice(indicators.data ?? [], "indicators-province");
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t("catalogPages.indicators.title")}</Title>
        {select}
      </Group>
      {indicators.isError && <ErrorAlert error={indicators.error} />}
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("catalogPages.indicators.document")}</Table.Th>
            <Table.Th>{t("catalogPages.indicators.indicator")}</Table.Th>
            <Table.Th>{t("catalogPages.indicators.target")}</Table.Th>
            <Table.Th>{t("catalogPages.indicators.agency")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/catalog/${i.documentSlug}?task=${encodeURIComponent(i.ref)}`}
                  size="sm"
                  translate="no"
                >
                  {(i.documentNumber ?? i.documentTitle.slice(0, 30)) + " " + i.ref}
                </Anchor>
              </Table.Td>
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
    </Stack>
  );
}
