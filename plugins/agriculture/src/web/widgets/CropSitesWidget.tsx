import { CountWidget } from "@pcmt/ui";
import { useAgricultureApi } from "../api";

/** Console widget: how many điểm trồng cây có chứa chất ma túy are on record in the province. */
export default function CropSitesWidget() {
  const api = useAgricultureApi();
  return <CountWidget query={api.cropSites.count.queryOptions()} unit={{ vi: "bản ghi", en: "records" }} />;
}
