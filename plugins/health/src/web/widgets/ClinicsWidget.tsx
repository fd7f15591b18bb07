import { CountWidget } from "@pcmt/ui";
import { useHealthApi } from "../api";

/** Console widget: how many cơ sở điều trị Methadone are on record in the province. */
export default function ClinicsWidget() {
  const api = useHealthApi();
  return <CountWidget query={api.clinics.count.queryOptions()} unit={{ vi: "bản ghi", en: "records" }} />;
}
