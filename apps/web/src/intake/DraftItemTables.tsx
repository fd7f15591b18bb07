import { ActionIcon, Badge, Group, Menu, Table, Text } from "@mantine/core";
import {
  agencyName,
  type CatalogDocument,
  describeDeadline,
  describeTarget,
  isAgencyCode,
  unitWord,
} from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { IconDots } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { indicatorsUsing } from "./draftEdits";

/** What a row's menu offers; the page decides what each does. */
export interface RowAction {
  label: string;
  onClick: () => void;
  color?: string;
  disabled?: boolean;
}

function RowMenu({ actions, label }: { actions: RowAction[]; label: string }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={label}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map((a) => (
          <Menu.Item key={a.label} color={a.color} onClick={a.onClick} disabled={a.disabled}>
            {a.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function Agencies({ codes, variant }: { codes: readonly string[]; variant: "lead" | "coordinating" }) {
  const language = useLanguage();
  return (
    <Group gap={4}>
      {codes.map((code) => (
        <Badge
          key={code}
          size="sm"
          variant={variant === "lead" ? "filled" : "outline"}
          color={variant === "lead" ? "red" : "gray"}
          style={{ textTransform: "none" }}
        >
          {isAgencyCode(code) ? agencyName(code, language) : code}
        </Badge>
      ))}
    </Group>
  );
}

function Rows({ head, children, testId }: { head: string[]; children: ReactNode; testId: string }) {
  return (
    <Table striped highlightOnHover data-testid={testId} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          {head.map((h, i) => (
            <Table.Th key={h} w={i === 0 ? 90 : i === head.length - 1 ? 44 : undefined}>
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

const rowStyle = (selected: boolean) => ({
  cursor: "pointer",
  background: selected ? "var(--mantine-color-yellow-1)" : undefined,
});

export function DraftTaskTable({
  document,
  selectedRef,
  doubtful,
  onSelect,
  actionsOf,
}: {
  document: CatalogDocument;
  selectedRef: string | null;
  doubtful: ReadonlySet<string>;
  onSelect: (ref: string) => void;
  actionsOf: (ref: string, index: number) => RowAction[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Rows
      testId="draft-tasks"
      head={[
        t("intake.columns.ref"),
        t("intake.columns.task"),
        t("intake.columns.agencies"),
        t("intake.columns.deadline"),
        "",
      ]}
    >
      {document.tasks.map((task, index) => (
        <Table.Tr
          key={task.ref}
          data-ref={task.ref}
          style={rowStyle(task.ref === selectedRef)}
          onClick={() => onSelect(task.ref)}
        >
          <Table.Td>
            <Text size="sm" fw={600} translate="no" c={doubtful.has(task.ref) ? "red" : undefined}>
              {task.ref}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" lineClamp={3} translate="no">
              {task.text}
            </Text>
          </Table.Td>
          <Table.Td>
            <Agencies codes={task.lead} variant="lead" />
            <Agencies codes={task.coordinating} variant="coordinating" />
          </Table.Td>
          <Table.Td>
            <Text size="xs">{task.deadline ? describeDeadline(task.deadline, language) : "—"}</Text>
          </Table.Td>
          <Table.Td onClick={(e) => e.stopPropagation()}>
            <RowMenu actions={actionsOf(task.ref, index)} label={t("intake.actions.menu", { ref: task.ref })} />
          </Table.Td>
        </Table.Tr>
      ))}
    </Rows>
  );
}

export function DraftGeneralTable({
  document,
  selectedRef,
  onSelect,
  actionsOf,
}: {
  document: CatalogDocument;
  selectedRef: string | null;
  onSelect: (ref: string) => void;
  actionsOf: (ref: string) => RowAction[];
}) {
  const { t } = useTranslation();
  return (
    <Rows testId="draft-general" head={[t("intake.columns.ref"), t("intake.columns.text"), ""]}>
      {document.generalTasks.map((g) => (
        <Table.Tr key={g.ref} data-ref={g.ref} style={rowStyle(g.ref === selectedRef)} onClick={() => onSelect(g.ref)}>
          <Table.Td>
            <Text size="sm" fw={600} translate="no">
              {g.ref}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" lineClamp={3} translate="no">
              {g.text}
            </Text>
          </Table.Td>
          <Table.Td onClick={(e) => e.stopPropagation()}>
            <RowMenu actions={actionsOf(g.ref)} label={t("intake.actions.menu", { ref: g.ref })} />
          </Table.Td>
        </Table.Tr>
      ))}
    </Rows>
  );
}

export function DraftIndicatorTable({
  document,
  selectedRef,
  doubtful,
  onSelect,
  actionsOf,
}: {
  document: CatalogDocument;
  selectedRef: string | null;
  doubtful: ReadonlySet<string>;
  onSelect: (ref: string) => void;
  actionsOf: (ref: string) => RowAction[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const elementName = (code: string | null) =>
    code ? (document.dataElements.find((d) => d.code === code)?.name ?? code) : "—";
  return (
    <Rows
      testId="draft-indicators"
      head={[
        t("intake.columns.ref"),
        t("intake.columns.indicator"),
        t("intake.columns.target"),
        t("intake.columns.measure"),
        "",
      ]}
    >
      {document.indicators.map((i) => (
        <Table.Tr key={i.ref} data-ref={i.ref} style={rowStyle(i.ref === selectedRef)} onClick={() => onSelect(i.ref)}>
          <Table.Td>
            <Text size="sm" fw={600} translate="no" c={doubtful.has(i.ref) ? "red" : undefined}>
              {i.ref}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" lineClamp={2} translate="no">
              {i.name}
            </Text>
            {i.agency && isAgencyCode(i.agency) && (
              <Text size="xs" c="dimmed">
                {agencyName(i.agency, language)}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm" data-testid="indicator-target-words">
              {describeTarget(i, language)}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="xs">
              {i.aggregation === "ratio"
                ? t("intake.indicator.ratioOf", {
                    numerator: elementName(i.numerator),
                    denominator: elementName(i.denominator),
                  })
                : `${t(`intake.aggregation.${i.aggregation}`)}: ${elementName(i.element)}`}
            </Text>
          </Table.Td>
          <Table.Td onClick={(e) => e.stopPropagation()}>
            <RowMenu actions={actionsOf(i.ref)} label={t("intake.actions.menu", { ref: i.ref })} />
          </Table.Td>
        </Table.Tr>
      ))}
    </Rows>
  );
}

export function DraftElementTable({
  document,
  actionsOf,
}: {
  document: CatalogDocument;
  actionsOf: (code: string) => RowAction[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Rows
      testId="draft-elements"
      head={[t("intake.columns.code"), t("intake.columns.element"), t("intake.columns.usedBy"), ""]}
    >
      {document.dataElements.map((d) => (
        <Table.Tr key={d.code}>
          <Table.Td>
            <Text size="xs" translate="no" style={{ wordBreak: "break-all" }}>
              {d.code}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{d.name}</Text>
            <Text size="xs" c="dimmed">
              {[
                unitWord(d.unit, language) || d.unit,
                d.agency && isAgencyCode(d.agency) ? agencyName(d.agency, language) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="xs">{indicatorsUsing(document, d.code).join(", ") || "—"}</Text>
          </Table.Td>
          <Table.Td>
            <RowMenu actions={actionsOf(d.code)} label={t("intake.actions.menu", { ref: d.code })} />
          </Table.Td>
        </Table.Tr>
      ))}
    </Rows>
  );
}
