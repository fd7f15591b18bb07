import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from "@mantine/core";
import { Aggregation, isAgencyCode, unitWord, unitWords } from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { useState } from "react";
import { agencyOptions } from "./agencyOptions";
import type { DataElement } from "./draftEdits";

const codePattern = /^[a-z][a-z0-9_]*$/;

/** A data element (a count the agencies report) added or corrected: code, name, unit, agency, words it comes from. */
export function DataElementModal({
  element,
  takenCodes,
  sourceText,
  onSave,
  onClose,
}: {
  element: DataElement;
  takenCodes: readonly string[];
  sourceText: string;
  onSave: (element: DataElement) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [value, setValue] = useState(element);
  const set = <K extends keyof DataElement>(key: K, v: DataElement[K]) => setValue((old) => ({ ...old, [key]: v }));
  const errors = [
    !codePattern.test(value.code) && t("intake.element.codeInvalid"),
    value.code !== element.code && takenCodes.includes(value.code) && t("intake.element.codeTaken"),
    !value.name.trim() && t("intake.element.nameRequired"),
    !sourceText.includes(value.text) && t("intake.element.textNotVerbatim"),
  ].filter((e): e is string => !!e);
  return (
    <Modal opened onClose={onClose} title={element.code ? t("intake.element.editTitle") : t("intake.element.addTitle")}>
      <Stack>
        <TextInput
          label={t("intake.element.code")}
          value={value.code}
          onChange={(e) => set("code", e.currentTarget.value.trim())}
        />
        <TextInput
          label={t("intake.element.name")}
          value={value.name}
          onChange={(e) => set("name", e.currentTarget.value)}
        />
        <Group grow>
          <Select
            label={t("intake.element.unit")}
            data={Object.keys(unitWords).map((u) => ({
              value: u,
              label: unitWord(u, language) ? `${unitWord(u, language)} (${u})` : u,
            }))}
            value={value.unit}
            onChange={(v) => v && set("unit", v)}
          />
          <Select
            label={t("intake.element.aggregation")}
            data={Aggregation.options
              .filter((a) => a !== "ratio")
              .map((a) => ({ value: a, label: t(`intake.aggregation.${a}`) }))}
            value={value.aggregation}
            onChange={(v) => v && set("aggregation", Aggregation.parse(v))}
          />
        </Group>
        <Select
          label={t("intake.element.agency")}
          data={agencyOptions(language)}
          value={value.agency}
          onChange={(v) => set("agency", v && isAgencyCode(v) ? v : null)}
          clearable
          searchable
        />
        <Textarea
          label={t("intake.element.text")}
          description={t("intake.element.textHint")}
          value={value.text}
          onChange={(e) => set("text", e.currentTarget.value)}
          autosize
          maxRows={4}
        />
        {errors.length > 0 && <Alert color="red">{errors.join(" ")}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("intake.cancel")}
          </Button>
          <Button disabled={errors.length > 0} onClick={() => onSave({ ...value, name: value.name.trim() })}>
            {t("intake.apply")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
