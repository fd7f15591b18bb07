import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import {
  type CatalogDocument,
  describeDeadline,
  DocumentKind,
  documentKindLabels,
  documentKindLabelsEn,
} from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../app/trpc";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const slugPattern = /^[a-z0-9-]+$/;

type Header = Pick<
  CatalogDocument,
  "slug" | "number" | "kind" | "issuer" | "issuedOn" | "title" | "covers" | "reporting"
>;

/** The document's own fields as read from its header: number, kind, issuer, date, title, the time it governs. */
export function DraftHeaderModal({
  header,
  slugLocked,
  sourceText,
  onSave,
  onClose,
}: {
  header: Header;
  slugLocked: boolean;
  sourceText: string;
  onSave: (header: Header) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [value, setValue] = useState(header);
  const trpc = useTRPC();
  const [reportingText, setReportingText] = useState(header.reporting?.text ?? "");
  const words = reportingText.trim();
  const changed = words !== (header.reporting?.text ?? "");
  const reading = useQuery({
    ...trpc.documentIntake.readDeadline.queryOptions({ text: words || "-", covers: value.covers }),
    enabled: words.length > 0 && changed,
  });
  const rule = !words ? null : !changed ? (header.reporting?.rule ?? null) : (reading.data?.rule ?? null);
  const set = <K extends keyof Header>(key: K, v: Header[K]) => setValue((old) => ({ ...old, [key]: v }));
  const date = (v: string | null) => (v && !isoDate.test(v) ? t("intake.header.dateInvalid") : null);
  const errors = [
    !slugPattern.test(value.slug) && t("intake.header.slugInvalid"),
    !value.title.trim() && t("intake.header.titleRequired"),
    !value.issuer.trim() && t("intake.header.issuerRequired"),
    date(value.issuedOn),
    date(value.covers.from),
    date(value.covers.until),
    value.covers.from && value.covers.until && value.covers.until < value.covers.from && t("intake.header.coversOrder"),
    words && !sourceText.includes(words) && t("intake.header.reportingNotVerbatim"),
    words && changed && reading.isSuccess && !reading.data && t("intake.header.reportingUnread"),
  ].filter((e): e is string => !!e);
  const labels = language === "en" ? documentKindLabelsEn : documentKindLabels;
  return (
    <Modal opened onClose={onClose} title={t("intake.header.title")} size="lg">
      <Stack>
        <Group grow>
          <Select
            label={t("intake.header.kind")}
            data={DocumentKind.options.map((k) => ({ value: k, label: labels[k] }))}
            value={value.kind}
            onChange={(v) => v && set("kind", DocumentKind.parse(v))}
          />
          <TextInput
            label={t("intake.header.number")}
            value={value.number ?? ""}
            onChange={(e) => set("number", e.currentTarget.value.trim() || null)}
          />
          <TextInput
            label={t("intake.header.issuedOn")}
            placeholder="2026-01-08"
            value={value.issuedOn ?? ""}
            onChange={(e) => set("issuedOn", e.currentTarget.value.trim() || null)}
          />
        </Group>
        <TextInput
          label={t("intake.header.issuer")}
          value={value.issuer}
          onChange={(e) => set("issuer", e.currentTarget.value)}
        />
        <Textarea
          label={t("intake.header.titleField")}
          value={value.title}
          onChange={(e) => set("title", e.currentTarget.value)}
          autosize
        />
        <Group grow>
          <TextInput
            label={t("intake.header.coversFrom")}
            value={value.covers.from ?? ""}
            onChange={(e) => set("covers", { ...value.covers, from: e.currentTarget.value.trim() || null })}
          />
          <TextInput
            label={t("intake.header.coversUntil")}
            description={t("intake.header.coversHint")}
            value={value.covers.until ?? ""}
            onChange={(e) => set("covers", { ...value.covers, until: e.currentTarget.value.trim() || null })}
          />
        </Group>
        <Textarea
          label={t("intake.header.reporting")}
          description={t("intake.header.reportingHint")}
          value={reportingText}
          onChange={(e) => setReportingText(e.currentTarget.value)}
          autosize
          maxRows={4}
          data-testid="reporting-text"
        />
        <Text size="sm" c="dimmed">
          {rule
            ? t("intake.task.deadlineRead", { rule: describeDeadline(rule, language) })
            : t("intake.header.reportingNone")}
        </Text>
        <TextInput
          label={t("intake.header.slug")}
          description={slugLocked ? t("intake.header.slugLocked") : t("intake.header.slugHint")}
          value={value.slug}
          disabled={slugLocked}
          onChange={(e) => set("slug", e.currentTarget.value.trim())}
        />
        {errors.length > 0 && <Alert color="red">{errors.join(" ")}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("intake.cancel")}
          </Button>
          <Button
            disabled={errors.length > 0 || (!!words && changed && reading.isPending)}
            onClick={() =>
              onSave({
                ...value,
                title: value.title.trim(),
                issuer: value.issuer.trim(),
                reporting: words && rule ? { text: words, rule } : null,
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
