import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput, Textarea } from "@mantine/core";
import { Aggregation, type CatalogDocument, Comparator, isAgencyCode, unitWord, unitWords } from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { useState } from "react";
import { agencyOptions } from "./agencyOptions";
import type { Indicator } from "./draftEdits";

const periodOrDate = /^(\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?|\d{4}-\d{2}-\d{2})$/;
const codePattern = /^[a-z][a-z0-9_]*$/;

/**
 * A target's reading as the reviewer corrects it: name, accountable agency, comparator, value and unit, baseline,
 * due period, how values add up and the data elements that measure it.
 */
export function IndicatorEditModal({
  indicator,
  document,
  onSave,
  onClose,
}: {
  indicator: Indicator;
  document: CatalogDocument;
  onSave: (indicator: Indicator) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [value, setValue] = useState<Indicator>(indicator);
  const set = <K extends keyof Indicator>(key: K, v: Indicator[K]) => setValue((old) => ({ ...old, [key]: v }));
  const baselineKind = value.baseline === null ? "none" : value.baseline === "previous_year" ? "previous" : "fixed";
  const elements = document.dataElements.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }));
  const otherCodes = document.indicators.filter((i) => i.ref !== indicator.ref).map((i) => i.code);
  const errors = [
    !value.name.trim() && t("intake.indicator.nameRequired"),
    !codePattern.test(value.code) && t("intake.indicator.codeInvalid"),
    otherCodes.includes(value.code) && t("intake.indicator.codeTaken"),
    value.due !== null && !periodOrDate.test(value.due) && t("intake.indicator.dueInvalid"),
    value.aggregation === "ratio" && (!value.numerator || !value.denominator) && t("intake.indicator.ratioTerms"),
    value.aggregation === "ratio" &&
      value.numerator !== null &&
      value.numerator === value.denominator &&
      t("intake.indicator.sameTerms"),
  ].filter((e): e is string => !!e);

  return (
    <Modal opened onClose={onClose} title={t("intake.indicator.editTitle", { ref: indicator.ref })} size="lg">
      <Stack>
        <Textarea
          label={t("intake.indicator.text")}
          value={indicator.text}
          readOnly
          autosize
          maxRows={4}
          translate="no"
        />
        <Group grow>
          <TextInput
            label={t("intake.indicator.name")}
            value={value.name}
            onChange={(e) => set("name", e.currentTarget.value)}
          />
          <TextInput
            label={t("intake.indicator.code")}
            value={value.code}
            onChange={(e) => set("code", e.currentTarget.value.trim())}
          />
        </Group>
        <Group grow>
          <Select
            label={t("intake.indicator.agency")}
            data={agencyOptions(language)}
            value={value.agency}
            onChange={(v) => set("agency", v && isAgencyCode(v) ? v : null)}
            clearable
            searchable
          />
          <Select
            label={t("intake.indicator.unit")}
            data={Object.keys(unitWords).map((u) => ({
              value: u,
              label: unitWord(u, language) ? `${unitWord(u, language)} (${u})` : u,
            }))}
            value={value.unit}
            onChange={(v) => v && set("unit", v)}
          />
        </Group>
        <Group grow>
          <Select
            label={t("intake.indicator.comparator")}
            data={Comparator.options}
            value={value.comparator}
            onChange={(v) => v && set("comparator", Comparator.parse(v))}
            data-testid="indicator-comparator"
          />
          <NumberInput
            label={t("intake.indicator.target")}
            value={value.target}
            onChange={(v) => typeof v === "number" && set("target", v)}
            decimalSeparator=","
            data-testid="indicator-target"
          />
          <TextInput
            label={t("intake.indicator.due")}
            description={t("intake.indicator.dueHint")}
            value={value.due ?? ""}
            onChange={(e) => set("due", e.currentTarget.value.trim() || null)}
          />
        </Group>
        <Group grow>
          <Select
            label={t("intake.indicator.baseline")}
            data={[
              { value: "none", label: t("intake.indicator.baselineNone") },
              { value: "previous", label: t("intake.indicator.baselinePrevious") },
              { value: "fixed", label: t("intake.indicator.baselineFixed") },
            ]}
            value={baselineKind}
            onChange={(v) => set("baseline", v === "previous" ? "previous_year" : v === "fixed" ? 0 : null)}
          />
          {baselineKind === "fixed" && (
            <NumberInput
              label={t("intake.indicator.baselineValue")}
              value={typeof value.baseline === "number" ? value.baseline : 0}
              onChange={(v) => typeof v === "number" && set("baseline", v)}
            />
          )}
        </Group>
        <Select
          label={t("intake.indicator.aggregation")}
          data={Aggregation.options.map((a) => ({ value: a, label: t(`intake.aggregation.${a}`) }))}
          value={value.aggregation}
          onChange={(v) => v && set("aggregation", Aggregation.parse(v))}
        />
        {value.aggregation === "ratio" ? (
          <Group grow>
            <Select
              label={t("intake.indicator.numerator")}
              data={elements}
              value={value.numerator}
              onChange={(v) => set("numerator", v)}
              clearable
              searchable
            />
            <Select
              label={t("intake.indicator.denominator")}
              data={elements}
              value={value.denominator}
              onChange={(v) => set("denominator", v)}
              clearable
              searchable
            />
          </Group>
        ) : (
          <Select
            label={t("intake.indicator.element")}
            data={elements}
            value={value.element}
            onChange={(v) => set("element", v)}
            clearable
            searchable
          />
        )}
        {elements.length === 0 && <Alert color="gray">{t("intake.indicator.noElements")}</Alert>}
        {errors.length > 0 && <Alert color="red">{errors.join(" ")}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("intake.cancel")}
          </Button>
          <Button
            disabled={errors.length > 0}
            onClick={() =>
              onSave({
                ...value,
                name: value.name.trim(),
                numerator: value.aggregation === "ratio" ? value.numerator : null,
                denominator: value.aggregation === "ratio" ? value.denominator : null,
                element: value.aggregation === "ratio" ? null : value.element,
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
