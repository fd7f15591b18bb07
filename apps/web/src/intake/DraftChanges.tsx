import { Alert, Badge, Group, Table, Text } from "@mantine/core";
import { formatNumber, useTranslation } from "@pcmt/ui";

export interface ItemChange {
  kind: string;
  ref: string;
  change: "added" | "removed" | "changed" | "unchanged";
  fields: string[];
  before: string | null;
  after: string | null;
  reports: number;
}

const changeColor = { added: "green", removed: "red", changed: "orange", unchanged: "gray" } as const;

/**
 * A new version against the document in the catalog, item by item (by ref): what it adds, drops and changes, and
 * how many reports each task already carries — they stay attached to the ref, so a dropped task's reports are kept
 * but the task is no longer assigned.
 */
export function DraftChanges({
  comparison,
  baseTitle,
}: {
  comparison: {
    header: string[];
    counts: Record<ItemChange["change"], number>;
    items: ItemChange[];
  };
  baseTitle: string | null;
}) {
  const { t } = useTranslation();
  const changed = comparison.items.filter((i) => i.change !== "unchanged" && i.kind !== "section");
  const keptReports = comparison.items
    .filter((i) => i.change === "unchanged" && i.kind === "task")
    .reduce((n, i) => n + i.reports, 0);
  return (
    <div data-testid="draft-changes">
      <Alert color="blue" mb="sm">
        {t("intake.changes.summary", {
          title: baseTitle ?? "",
          added: formatNumber(comparison.counts.added),
          removed: formatNumber(comparison.counts.removed),
          changed: formatNumber(comparison.counts.changed),
          unchanged: formatNumber(comparison.counts.unchanged),
        })}{" "}
        {t("intake.changes.keptReports", { count: keptReports })}
        {comparison.header.length > 0 &&
          ` ${t("intake.changes.header", { fields: comparison.header.map((f) => t(`intake.fields.${f}`)).join(", ") })}`}
      </Alert>
      {changed.length === 0 ? (
        <Text c="dimmed">{t("intake.changes.none")}</Text>
      ) : (
        <Table striped layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t("intake.columns.ref")}</Table.Th>
              <Table.Th w={100}>{t("intake.columns.change")}</Table.Th>
              <Table.Th>{t("intake.columns.text")}</Table.Th>
              <Table.Th w={90}>{t("intake.columns.reports")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changed.map((i) => (
              <Table.Tr key={`${i.kind}${i.ref}`} data-change={i.change} data-ref={i.ref}>
                <Table.Td>
                  <Text size="sm" fw={600} translate="no">
                    {i.ref}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`intake.kinds.${i.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={changeColor[i.change]} variant="light">
                    {t(`intake.changes.${i.change}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {i.change === "changed" && (
                    <Group gap={4} mb={4}>
                      {i.fields.map((f) => (
                        <Badge key={f} size="xs" variant="outline">
                          {t(`intake.fields.${f}`, { defaultValue: f })}
                        </Badge>
                      ))}
                    </Group>
                  )}
                  {i.before && i.before !== i.after && (
                    <Text size="xs" td="line-through" c="dimmed" lineClamp={3} translate="no">
                      {i.before}
                    </Text>
                  )}
                  {i.after && (
                    <Text size="sm" lineClamp={3} translate="no">
                      {i.after}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{i.kind === "task" ? formatNumber(i.reports) : ""}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
