import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from "@mantine/core";
import { type CatalogDocument, DocumentKind, documentKindLabels, documentKindLabelsEn } from "@pcmt/domain";
import { useLanguage, useTranslation } from "@pcmt/ui";
import { useState } from "react";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const slugPattern = /^[a-z0-9-]+$/;

type Header = Pick<CatalogDocument, "slug" | "number" | "kind" | "issuer" | "issuedOn" | "title" | "covers">;

/** The document's own fields as read from its header: number, kind, issuer, date, title, the time it governs. */
export function DraftHeaderModal({
  header,
  slugLocked,
  onSave,
  onClose,
}: {
  header: Header;
  slugLocked: boolean;
  onSave: (header: Header) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [value, setValue] = useState(header);
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
            disabled={errors.length > 0}
            onClick={() => onSave({ ...value, title: value.title.trim(), issuer: value.issuer.trim() })}
          >
            {t("intake.apply")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
