import { Loader, Progress, Stack, Text } from "@mantine/core";
import { ErrorAlert, formatNumber, useLocalized } from "@pcmt/ui";
import { useQuery } from "@tanstack/react-query";
import { useHealthApi } from "../api";

const clinicsUnit = { vi: "cơ sở", en: "clinics" };
const inTreatment = { vi: "người đang điều trị", en: "patients in treatment" };

/** Console widget: Methadone places in use across the province's clinics. */
export default function ClinicsWidget() {
  const api = useHealthApi();
  const localize = useLocalized();
  const occupancy = useQuery(api.occupancy.queryOptions());
  if (occupancy.isPending) return <Loader size="sm" />;
  if (occupancy.isError) return <ErrorAlert error={occupancy.error} />;
  const { clinics, capacity, patients, occupancyRate } = occupancy.data;
  return (
    <Stack gap={4}>
      <Text fz={32} fw={700} lh={1.1}>
        {formatNumber(clinics)}{" "}
        <Text span c="dimmed" fz="sm" fw={400}>
          {localize(clinicsUnit)}
        </Text>
      </Text>
      <Text size="sm">
        {formatNumber(patients)} / {formatNumber(capacity)} {localize(inTreatment)}
        {occupancyRate === null ? "" : ` (${formatNumber(Math.round(occupancyRate * 1000) / 10)}%)`}
      </Text>
      {occupancyRate !== null && (
        <Progress value={Math.min(100, occupancyRate * 100)} color={occupancyRate > 1 ? "red" : "teal"} />
      )}
    </Stack>
  );
}
