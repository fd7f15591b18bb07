import { CountWidget } from "@pcmt/ui";
import { usePoliceApi } from "../api";

/** Console widget: how many điểm, tụ điểm phức tạp về ma túy are on record in the province. */
export default function HotspotsWidget() {
  const api = usePoliceApi();
  return <CountWidget query={api.hotspots.count.queryOptions()} unit={{ vi: "bản ghi", en: "records" }} />;
}
