import { CountWidget } from "@pcmt/ui";
import { useLabourApi } from "../api";

/** Console widget: how many cơ sở cai nghiện ma túy are on record in the province. */
export default function FacilitiesWidget() {
  const api = useLabourApi();
  return <CountWidget query={api.facilities.count.queryOptions()} unit={{ vi: "bản ghi", en: "records" }} />;
}
