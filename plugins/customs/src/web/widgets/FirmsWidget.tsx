import { CountWidget } from "@pcmt/ui";
import { useCustomsApi } from "../api";

/** Console widget: how many doanh nghiệp kinh doanh tiền chất are on record in the province. */
export default function FirmsWidget() {
  const api = useCustomsApi();
  return <CountWidget query={api.firms.count.queryOptions()} unit={{ vi: "bản ghi", en: "records" }} />;
}
