import {
  Button,
  Card,
  FileInput,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { ErrorAlert, useShell, useTranslation } from "@pcmt/ui";
import { IconFileText } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useTRPC } from "../app/trpc";
import { UploadProgress } from "../files/UploadProgress";
import { useFileUpload } from "../files/useFileUpload";

/**
 * A document in: a file (.docx, .pdf, .txt, .md) or its text pasted, optionally as a new version of a document the
 * catalog has; the server reads it into a draft and the review opens.
 */
export function NewDraftForm() {
  const { t } = useTranslation();
  const { actor } = useShell();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<"file" | "paste">("file");
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  const [baseSlug, setBaseSlug] = useState<string | null>(null);
  const [province, setProvince] = useState<string | null>(actor.provinceCode);
  const documents = useQuery(trpc.documentIntake.documents.queryOptions());
  const provinces = useQuery({ ...trpc.catalog.provinces.queryOptions(), enabled: !actor.provinceCode });
  const upload = useFileUpload("document-source");
  const paste = useMutation(trpc.documentIntake.createFromText.mutationOptions());
  const opened = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: trpc.documentIntake.drafts.queryKey() });
    void navigate(`/intake/${id}`);
  };
  const candidates = (documents.data ?? []).filter((d) => !province || d.provinceCode === province);
  const submit = () => {
    if (mode === "file" && file)
      upload.mutate(
        { fields: { province: province ?? undefined, baseSlug: baseSlug ?? undefined }, file },
        { onSuccess: (r) => void opened(r.id) },
      );
    if (mode === "paste")
      paste.mutate(
        { text, fileName: name || undefined, province: province ?? undefined, baseSlug: baseSlug ?? undefined },
        { onSuccess: (r) => void opened(r.id) },
      );
  };
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Text fw={600}>{t("intake.new.title")}</Text>
          <SegmentedControl
            value={mode}
            onChange={(v) => setMode(v === "paste" ? "paste" : "file")}
            data={[
              { value: "file", label: t("intake.new.file") },
              { value: "paste", label: t("intake.new.paste") },
            ]}
          />
        </Group>
        {mode === "file" ? (
          <FileInput
            label={t("intake.new.fileLabel")}
            description={t("intake.new.fileHint")}
            placeholder={t("intake.new.filePlaceholder")}
            accept=".docx,.pdf,.txt,.md"
            value={file}
            onChange={setFile}
            clearable
            data-testid="intake-file"
          />
        ) : (
          <>
            <TextInput
              label={t("intake.new.nameLabel")}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              maxLength={150}
            />
            <Textarea
              label={t("intake.new.textLabel")}
              placeholder={t("intake.new.textPlaceholder")}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              rows={12}
              resize="vertical"
              data-testid="intake-text"
            />
          </>
        )}
        <Group grow align="flex-start">
          {!actor.provinceCode && (
            <Select
              label={t("intake.new.province")}
              data={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
              value={province}
              onChange={setProvince}
              searchable
            />
          )}
          <Select
            label={t("intake.new.baseLabel")}
            description={t("intake.new.baseHint")}
            placeholder={t("intake.new.basePlaceholder")}
            data={candidates.map((d) => ({ value: d.slug, label: `${d.number ?? ""} ${d.title}`.trim() }))}
            value={baseSlug}
            onChange={setBaseSlug}
            clearable
            searchable
          />
        </Group>
        <Group>
          <Button
            leftSection={<IconFileText size={16} />}
            onClick={submit}
            loading={upload.isPending || paste.isPending}
            disabled={(mode === "file" ? !file : text.trim().length < 40) || (!actor.provinceCode && !province)}
            data-testid="intake-read"
          >
            {t("intake.new.read")}
          </Button>
          <Text size="xs" c="dimmed">
            {t("intake.new.nothingPublished")}
          </Text>
        </Group>
        <UploadProgress sent={upload.sent} pending={upload.isPending} readingLabel={t("intake.new.reading")} />
        {upload.error && <ErrorAlert error={upload.error} />}
        {paste.error && <ErrorAlert error={paste.error} />}
      </Stack>
    </Card>
  );
}
