import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { type AgencyCode, type CatalogDocument, describeDeadline, isAgencyCode } from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";
import { agencyOptions } from "./agencyOptions";
import type { Task } from "./draftEdits";

const refPattern = /^§[A-Za-z0-9.-]+$/;

/**
 * A task's fields as the reviewer corrects them: its ref and section, lead and coordinating agencies, the words that
 * set its deadline (read into a rule by the server, shown back in words) and the targets it answers for.
 */
export function TaskEditModal({
  task,
  document,
  sourceText,
  takenRefs,
  onSave,
  onClose,
}: {
  task: Task;
  document: CatalogDocument;
  sourceText: string;
  takenRefs: readonly string[];
  onSave: (task: Task) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const [ref, setRef] = useState(task.ref);
  const [section, setSection] = useState<string | null>(task.section);
  const [lead, setLead] = useState<string[]>(task.lead);
  const [coordinating, setCoordinating] = useState<string[]>(task.coordinating);
  const [deadlineText, setDeadlineText] = useState(task.deadlineText ?? "");
  const [indicators, setIndicators] = useState<string[]>(task.indicators);
  const words = deadlineText.trim();
  const reading = useQuery({
    ...trpc.documentIntake.readDeadline.queryOptions({ text: words || "-", covers: document.covers }),
    enabled: words.length > 0 && words !== task.deadlineText,
  });
  const rule = !words ? null : words === task.deadlineText ? task.deadline : (reading.data?.rule ?? null);
  const errors = [
    !refPattern.test(ref) && t("intake.task.refInvalid"),
    ref !== task.ref && takenRefs.includes(ref) && t("intake.task.refTaken", { ref }),
    lead.length === 0 && t("intake.task.leadRequired"),
    words && !sourceText.includes(words) && t("intake.task.deadlineNotVerbatim"),
    words && words !== task.deadlineText && reading.isSuccess && !reading.data && t("intake.task.deadlineUnread"),
  ].filter((e): e is string => !!e);
  const options = agencyOptions(language);
  const codes = (list: string[]): AgencyCode[] => list.filter(isAgencyCode);

  return (
    <Modal opened onClose={onClose} title={t("intake.task.editTitle", { ref: task.ref })} size="lg">
      <Stack>
        <Textarea label={t("intake.task.text")} value={task.text} readOnly autosize maxRows={6} translate="no" />
        <Text size="xs" c="dimmed">
          {t("intake.task.textHint")}
        </Text>
        <Group grow>
          <TextInput label={t("intake.task.ref")} value={ref} onChange={(e) => setRef(e.currentTarget.value.trim())} />
          <Select
            label={t("intake.task.section")}
            data={document.sections.map((s) => ({ value: s.ref, label: `${s.ref} ${s.title}` }))}
            value={section}
            onChange={setSection}
            clearable
            searchable
          />
        </Group>
        <MultiSelect
          label={t("intake.task.lead")}
          data={options}
          value={lead}
          onChange={setLead}
          searchable
          data-testid="task-lead"
        />
        <MultiSelect
          label={t("intake.task.coordinating")}
          data={options.filter((o) => !lead.includes(o.value))}
          value={coordinating.filter((c) => !lead.includes(c))}
          onChange={setCoordinating}
          searchable
        />
        <TextInput
          label={t("intake.task.deadlineText")}
          description={t("intake.task.deadlineHint")}
          value={deadlineText}
          onChange={(e) => setDeadlineText(e.currentTarget.value)}
        />
        {rule && (
          <Text size="sm" c="dimmed" data-testid="deadline-reading">
            {t("intake.task.deadlineRead", { rule: describeDeadline(rule, language) })}
          </Text>
        )}
        <MultiSelect
          label={t("intake.task.indicators")}
          data={document.indicators.map((i) => ({ value: i.ref, label: `${i.ref} ${i.name}` }))}
          value={indicators}
          onChange={setIndicators}
          searchable
        />
        {errors.length > 0 && (
          <Alert color="red" data-testid="task-errors">
            {errors.join(" ")}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("intake.cancel")}
          </Button>
          <Button
            disabled={errors.length > 0 || (!!words && words !== task.deadlineText && reading.isPending)}
            onClick={() =>
              onSave({
                ...task,
                ref,
                section,
                lead: codes(lead),
                coordinating: codes(coordinating.filter((c) => !lead.includes(c))),
                deadline: words ? rule : null,
                deadlineText: words || null,
                indicators,
              })
            }
          >
            {t("intake.apply")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
