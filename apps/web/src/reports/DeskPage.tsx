import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { agencyName, isAgencyCode } from "@pcmt/domain";
import {
  ErrorAlert,
  formatDate,
  ReportStateBadge,
  TimelinessBadge,
  useLanguage,
  useShell,
  useTranslation,
} from "@pcmt/ui";
import { IconBellRinging } from "@tabler/icons-react";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../app/trpc";
import { useProvinceOptions } from "../places/useProvinceOptions";
import { periodLabel } from "../periods/periodLabel";
import { ReminderLog } from "../notifications/ReminderLog";
import { RemindModal } from "../notifications/RemindModal";

const nameOf = (code: string, language: "vi" | "en") => (isAgencyCode(code) ? agencyName(code, language) : code);

/** The standing office's desk: every agency's report for a period, who is late and by how much, reminders. */
export function DeskPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const { actor } = useShell();
  const provinceOptions = useProvinceOptions(!actor.provinceCode);
  const [params, setParams] = useSearchParams();
  const wanted = params.get("period") ?? undefined;
  const province = actor.provinceCode ?? params.get("province") ?? "quang_tri";
  const desk = useQuery(trpc.reports.desk.queryOptions({ period: wanted, provinceCode: province }));
  const rows = desk.data?.rows ?? [];
  const period = desk.data?.period ?? wanted ?? null;
  // The server's choices carry a Vietnamese label: the period ids are named here, in the page's language.
  const choices = (desk.data?.choices ?? []).map((c) => c.period);
  if (period && !choices.includes(period)) choices.unshift(period);
  const missing = rows.filter((r) => r.overdue);
  const [reminding, setReminding] = useState<{ agencies: string[] | null } | null>(null);
  const canRemind = actor.role === "standing_office";
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    setParams(next, { replace: true });
  };
  const count = (predicate: (r: (typeof rows)[number]) => boolean) => rows.filter(predicate).length;

  return (
    <Stack>
      <Title order={2}>{t("nav.desk")}</Title>
      <Group>
        <Select
          label={t("reportPages.columns.period")}
          description={desk.data && !wanted ? t("reportPages.desk.defaultPeriod") : undefined}
          data={choices.map((c) => ({ value: c, label: periodLabel(c, language) }))}
          value={period}
          onChange={(v) => set("period", v)}
          allowDeselect={false}
          searchable
          w={280}
          nothingFoundMessage={t("reportPages.desk.noPeriods")}
        />
        {!actor.provinceCode && (
          <Select
            label={t("users.province")}
            translate="no"
            data={provinceOptions}
            value={province}
            onChange={(v) => set("province", v)}
            allowDeselect={false}
            searchable
            w={240}
          />
        )}
      </Group>
      {desk.isError && <ErrorAlert error={desk.error} />}
      {desk.data && !desk.data.period && <Text c="dimmed">{t("reportPages.desk.noPeriod")}</Text>}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        <Text>
          {t("reportPages.desk.due")} <b>{rows.length}</b>
        </Text>
        <Text>
          {t("reportPages.desk.sent")} <b>{count((r) => r.state === "submitted" || r.state === "accepted")}</b>
        </Text>
        <Text>
          {t("reportPages.desk.accepted")} <b>{count((r) => r.state === "accepted")}</b>
        </Text>
        <Text c={missing.length ? "red" : undefined}>
          {t("reportPages.desk.missing")} <b>{missing.length}</b>
        </Text>
        <Text>
          {t("reportPages.desk.notDue")} <b>{count((r) => r.timeliness === "not_due" && !r.awaitingResubmission)}</b>
        </Text>
        <Text c={count((r) => r.awaitingResubmission) ? "orange" : undefined}>
          {t("reportPages.desk.awaiting")} <b>{count((r) => r.awaitingResubmission)}</b>
        </Text>
      </SimpleGrid>
      {canRemind && missing.length > 0 && (
        <Button
          w="fit-content"
          color="orange"
          leftSection={<IconBellRinging size={16} />}
          onClick={() => setReminding({ agencies: null })}
        >
          {t("notices.remindAll", { count: missing.length })}
        </Button>
      )}
      <Table striped withTableBorder data-testid="desk-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("reportPages.columns.agency")}</Table.Th>
            <Table.Th>{t("reportPages.columns.dueDate")}</Table.Th>
            <Table.Th>{t("reportPages.columns.state")}</Table.Th>
            <Table.Th>{t("reportPages.columns.timeliness")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.agencyCode} data-agency={r.agencyCode}>
              <Table.Td>
                <Anchor component={Link} to={`/agencies/${r.agencyCode}`}>
                  {nameOf(r.agencyCode, language)}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDate(r.dueDate)}</Table.Td>
              <Table.Td>
                <ReportStateBadge state={r.state} />
              </Table.Td>
              <Table.Td>
                <TimelinessBadge
                  timeliness={r.timeliness}
                  daysLate={r.daysLate}
                  overdue={r.overdue}
                  awaitingResubmission={r.awaitingResubmission}
                />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {r.id && (
                    <Button component={Link} to={`/reports/${r.id}`} size="xs" variant="light">
                      {r.state === "submitted" && actor.role === "standing_office"
                        ? t("reportPages.desk.review")
                        : t("reportPages.desk.view")}
                    </Button>
                  )}
                  {canRemind && r.state !== "submitted" && r.state !== "accepted" && (
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconBellRinging size={14} />}
                      onClick={() => setReminding({ agencies: [r.agencyCode] })}
                    >
                      {t("notices.remindOne")}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {period && <ReminderLog provinceCode={province} period={period} />}
      {period && reminding && (
        <RemindModal
          provinceCode={province}
          period={period}
          agencyCodes={reminding.agencies}
          lateCount={missing.length}
          onClose={() => setReminding(null)}
        />
      )}
    </Stack>
  );
}
