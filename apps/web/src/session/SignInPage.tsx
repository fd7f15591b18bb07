import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { describeError, setLanguage, useLanguage, useTranslation } from "@pcmt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useTRPC } from "../app/trpc";

/** Each language offered under its own name, whatever the page's language. */
const languageNames = { vi: "Tiếng Việt", en: "English" };

export function SignInPage({ expired, onSignedIn }: { expired: boolean; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const language = useLanguage();
  const form = useForm({ initialValues: { username: "", password: "" } });
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async () => {
        onSignedIn();
        // Nothing cached for the previous user survives; the session query refetches and opens the app.
        await queryClient.resetQueries();
        void navigate("/", { replace: true });
      },
    }),
  );
  const error = signIn.error ? describeError(signIn.error, t("errors.network")) : null;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} radius="md">
        <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
          <Stack>
            <div>
              <Title order={2}>{t("auth.title")}</Title>
              <Text c="dimmed" size="sm">
                {t("app.fullName")}
              </Text>
              <Text c="dimmed" size="xs">
                {t("auth.subtitle")}
              </Text>
            </div>
            {expired && <Alert color="yellow">{t("auth.sessionExpired")}</Alert>}
            <TextInput
              label={t("auth.username")}
              autoComplete="username"
              autoFocus
              required
              {...form.getInputProps("username")}
              name="username"
              error={error?.fieldErrors.username}
            />
            <PasswordInput
              label={t("auth.password")}
              autoComplete="current-password"
              required
              {...form.getInputProps("password")}
              name="password"
              error={error?.fieldErrors.password}
            />
            {error && Object.keys(error.fieldErrors).length === 0 && (
              <Alert color="red" role="alert">
                {error.message}
              </Alert>
            )}
            <Button type="submit" loading={signIn.isPending} fullWidth>
              {t("auth.submit")}
            </Button>
            <SegmentedControl
              size="xs"
              value={language}
              onChange={(value) => setLanguage(value === "en" ? "en" : "vi")}
              data={[
                {
                  value: "vi",
                  label: (
                    <span lang="vi" translate="no">
                      {languageNames.vi}
                    </span>
                  ),
                },
                {
                  value: "en",
                  label: (
                    <span lang="en" translate="no">
                      {languageNames.en}
                    </span>
                  ),
                },
              ]}
            />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
