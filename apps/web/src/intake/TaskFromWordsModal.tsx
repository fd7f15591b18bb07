import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, TextInput, Textarea } from "@mantine/core";
import { type AgencyCode, type CatalogDocument, isAgencyCode } from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { useState } from "react";
import { agencyOptions } from "./agencyOptions";

const refPattern = /^§[A-Za-z0-9.-]+$/;

/** A task made from words (selected in the source, or a general task's): who leads it, where it sits, its ref. */
export function TaskFromWordsModal({
  title,
  words,
  document,
  suggestedRef,
  suggestedSection,
  refLocked,
  onSave,
  onClose,
}: {
  title: string;
  words: string;
  document: CatalogDocument;
  suggestedRef: string;
  suggestedSection: string | null;
  refLocked: boolean;
  onSave: (task: { ref: string; section: string | null; lead: AgencyCode[]; coordinating: AgencyCode[] }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [ref, setRef] = useState(suggestedRef);
  const [section, setSection] = useState<string | null>(suggestedSection);
  const [lead, setLead] = useState<string[]>([]);
  const [coordinating, setCoordinating] = useState<string[]>([]);
  const options = agencyOptions(language);
  const errors = [
    !refPattern.test(ref) && t("intake.task.refInvalid"),
    lead.length === 0 && t("intake.task.leadRequired"),
  ].filter((e): e is string => !!e);
  const codes = (list: string[]): AgencyCode[] => list.filter(isAgencyCode);
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <Stack>
        <Textarea label={t("intake.task.text")} value={words} readOnly autosize maxRows={6} translate="no" />
        <Group grow>
          <TextInput
            label={t("intake.task.ref")}
            value={ref}
            disabled={refLocked}
            onChange={(e) => setRef(e.currentTarget.value.trim())}
          />
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
          data-testid="new-task-lead"
        />
        <MultiSelect
          label={t("intake.task.coordinating")}
          data={options.filter((o) => !lead.includes(o.value))}
          value={coordinating}
          onChange={setCoordinating}
          searchable
        />
        {errors.length > 0 && <Alert color="red">{errors.join(" ")}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("intake.cancel")}
          </Button>
          <Button
            disabled={errors.length > 0}
            onClick={() =>
              onSave({
                ref,
                section,
                lead: codes(lead),
                coordinating: codes(coordinating.filter((c) => !lead.includes(c))),
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
