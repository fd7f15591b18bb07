import { Loader, Text } from "@mantine/core";
import { type QueryKey, type UseQueryOptions, useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../errors/ErrorAlert";
import { formatNumber } from "../format/formatters";
import { useLocalized } from "../i18n/setupI18n";

/** A console widget that shows one count. */
export function CountWidget<TError, TKey extends QueryKey>({
  query,
  unit,
}: {
  query: UseQueryOptions<number, TError, number, TKey>;
  unit: { vi: string; en: string };
}) {
  const localize = useLocalized();
  const result = useQuery(query);
  if (result.isPending) return <Loader size="sm" />;
  if (result.isError) return <ErrorAlert error={result.error} />;
  return (
    <Text fz={32} fw={700} lh={1.1}>
      {formatNumber(result.data)}{" "}
      <Text span c="dimmed" fz="sm" fw={400}>
        {localize(unit)}
      </Text>
    </Text>
  );
}
