import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../app/trpc";

/** Today's provinces from the server (the repository's and any dataset loaded), as options of a Select. */
export function useProvinceOptions(enabled = true): { value: string; label: string }[] {
  const trpc = useTRPC();
  const provinces = useQuery({ ...trpc.catalog.provinces.queryOptions(), enabled, staleTime: 10 * 60_000 });
  return (provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }));
}
